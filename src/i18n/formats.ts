import type { MessageTools } from './index.js';

/*
 * Formatting shared by the English catalogues and every language's: the
 * locale comes from the tools, so one helper serves them all. A module of its
 * own, so that loading a language does not pull in English areas the page
 * never showed.
 */

/** A moment as the audit log shows it. */
export const at = (value: string, t: MessageTools) => t.date(value, { dateStyle: 'medium', timeStyle: 'short' });

/** `12 min 30 s`, `45 s`, `1 h 5 min`: a duration in the locale's unit words and digits. */
export function durationText(seconds: number, t: MessageTools): string {
  const whole = Math.max(0, Math.round(seconds));
  const hours = Math.floor(whole / 3600);
  const minutes = Math.floor((whole % 3600) / 60);
  const rest = whole % 60;
  const unit = (value: number, name: 'hour' | 'minute' | 'second') => t.number(value, { style: 'unit', unit: name, unitDisplay: 'short' });
  const parts = [hours > 0 ? unit(hours, 'hour') : '', minutes > 0 ? unit(minutes, 'minute') : '', rest > 0 || whole === 0 ? unit(rest, 'second') : ''];
  return parts.filter(Boolean).join(' ');
}

/** `1.2 MB`, `340 kB`: an export's size in the locale's words and digits. */
export function byteSize(bytes: number, t: MessageTools): string {
  if (bytes >= 1_000_000) return t.number(bytes / 1_000_000, { style: 'unit', unit: 'megabyte', maximumFractionDigits: 1 });
  if (bytes >= 1_000) return t.number(bytes / 1_000, { style: 'unit', unit: 'kilobyte', maximumFractionDigits: 0 });
  return t.number(bytes, { style: 'unit', unit: 'byte', unitDisplay: 'long' });
}

/** An import file's size limit, in megabytes of 1024 x 1024 bytes. */
export const megabytes = (bytes: number, t: MessageTools) =>
  t.number(bytes / (1024 * 1024), { style: 'unit', unit: 'megabyte', maximumFractionDigits: 1 });
