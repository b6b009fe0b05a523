// The demo mailbox: the outbox of the reference backend, read from the demo server's
// own route (scripts/portal-server.ts, not part of the kit's contract). Everything an
// email says goes in as text: its body was written from user data.
import type { DemoOutboxMail } from '../scripts/portal-server.js';

const list = document.querySelector<HTMLOListElement>('#mails')!;
const status = document.querySelector<HTMLElement>('#mailbox-status')!;
const refresh = document.querySelector<HTMLButtonElement>('#refresh')!;

/** Only our own accept page on this origin may become a link: a body could name any URL. */
function acceptHref(link: string | null): string | undefined {
  if (!link) return undefined;
  try {
    const url = new URL(link, location.href);
    return url.origin === location.origin && url.pathname.endsWith('/accept.html') ? url.href : undefined;
  } catch {
    return undefined;
  }
}

function element<K extends keyof HTMLElementTagNameMap>(tag: K, text?: string, className?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (text !== undefined) node.textContent = text;
  if (className) node.className = className;
  return node;
}

const languageNames = new Intl.DisplayNames(['en'], { type: 'language' });
const sentAt = new Intl.DateTimeFormat('en', { dateStyle: 'medium', timeStyle: 'short' });

function mailItem(mail: DemoOutboxMail): HTMLLIElement {
  const item = element('li');
  const article = element('article', undefined, 'mail');
  const headingId = `mail-${mail.id}`;
  article.setAttribute('aria-labelledby', headingId);
  const heading = element('h2', mail.subject);
  heading.id = headingId;

  const facts = element('dl', undefined, 'mail-facts');
  const fact = (term: string, value: string, lang?: string) => {
    const description = element('dd', value);
    if (lang) description.lang = lang;
    facts.append(element('dt', term), description);
  };
  fact('To', mail.to);
  fact('Language', `${languageNames.of(mail.language) ?? mail.language} (${mail.language})`);
  fact('Sent', sentAt.format(new Date(mail.createdAt)));
  fact('Delivery', mail.deliveryStatus === 'pending' ? 'pending (kept in the outbox: no SMTP_URL)' : mail.deliveryStatus);

  const body = element('pre', mail.text, 'mail-body');
  body.lang = mail.language;
  article.append(heading, facts, body);

  const href = acceptHref(mail.acceptUrl);
  if (href) {
    const link = element('a', 'Open the invitation link', 'mail-link');
    link.href = href;
    link.setAttribute('aria-describedby', headingId);
    article.append(link);
  }
  item.append(article);
  return item;
}

async function load() {
  status.textContent = 'Loading…';
  try {
    const response = await fetch('/demo/outbox', { headers: { accept: 'application/json' } });
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
    const mails = (await response.json()) as DemoOutboxMail[];
    list.replaceChildren(...mails.map(mailItem));
    status.textContent = mails.length === 0 ? 'No email yet: invite a user from the Users page.' : `${mails.length} emails, newest first.`;
  } catch {
    status.textContent = 'The outbox could not be read. Is the demo server (npm start) running?';
  }
}

refresh.addEventListener('click', () => void load());
void load();
