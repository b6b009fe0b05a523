const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text for HTML content and double- or single-quoted attributes: names and company names are user input. */
export const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (char) => HTML_ESCAPES[char]!);

const formatters = new Map<string, Intl.DateTimeFormat>();

/** `12 March 2026 at 14:03 UTC` in the reader's language; UTC because the server does not know the reader's zone. */
export function formatExpiry(date: Date, lang: string): string {
  let formatter = formatters.get(lang);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat(lang, {
      year: 'numeric',
      month: 'long',
      day: 'numeric',
      hour: '2-digit',
      minute: '2-digit',
      timeZone: 'UTC',
      timeZoneName: 'short',
    });
    formatters.set(lang, formatter);
  }
  return formatter.format(date);
}
