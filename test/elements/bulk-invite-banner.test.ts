import { expect, fixture, html } from '@open-wc/testing';
import { NetworkError, ProblemError } from '../../src/api/errors.js';
import type {
  BulkInvitationPreview,
  BulkInvitationResult,
  BulkSelection,
  InvitationResult,
  UserSummary,
} from '../../src/api/schemas/invitation.js';
import type { User, UserUpdate } from '../../src/api/schemas/user.js';
import type { IdempotentRequestOptions } from '../../src/api/suite-api.js';
import '../../src/components/bulk-invite-banner/bulk-invite-banner.js';
import type { BulkInviteBannerApi, SuiteBulkInviteBanner } from '../../src/components/bulk-invite-banner/bulk-invite-banner.component.js';
import type { SuiteInvitationsSentEvent, SuiteUserChangedEvent } from '../../src/events/index.js';
import { collect, deferred, settle } from './support/async.js';

// ---------------------------------------------------------------- data

const summary = (id: string, firstName: string, lastName: string): UserSummary => ({
  id,
  firstName,
  lastName,
  login: `${firstName}.${lastName}`.toLowerCase(),
  userCode: id.toUpperCase(),
});

const NO_EMAIL = [summary('u7', 'Hugo', 'Bernard'), summary('u8', 'Inès', 'Petit'), summary('u9', 'Louis', 'Moreau')];

function preview(overrides: Partial<BulkInvitationPreview> = {}): BulkInvitationPreview {
  return {
    toInvite: 12,
    withoutEmail: { total: NO_EMAIL.length, items: NO_EMAIL },
    skipped: 2,
    seatShortfalls: [],
    ...overrides,
  };
}

const result = (userId: string, outcome: InvitationResult['outcome'], code: string | null = null): InvitationResult => ({
  userId,
  outcome,
  invitedAt: outcome === 'sent' ? '2026-03-12T10:30:00Z' : null,
  code,
  message: code ? `server says ${code}` : null,
});

function bulkResult(results: InvitationResult[]): BulkInvitationResult {
  const count = (outcome: InvitationResult['outcome']) => results.filter((r) => r.outcome === outcome).length;
  return { sent: count('sent'), skipped: count('skipped'), failed: count('failed'), results };
}

const FIRST_SEND = bulkResult([
  result('u1', 'sent'),
  result('u2', 'sent'),
  result('u3', 'failed', 'seat_limit'),
  result('u4', 'skipped', 'already_active'),
  result('u5', 'failed', 'rate_limited'),
]);

const SELECTION: BulkSelection = { filter: { status: ['pending'] } };

interface SendCall {
  selection: BulkSelection;
  key: string | undefined;
  timeoutMs: number | undefined;
}

/** A SuiteApi stand-in that records calls; each answer can be replaced per test. */
class FakeApi implements BulkInviteBannerApi {
  readonly previews: BulkSelection[] = [];
  readonly sends: SendCall[] = [];
  readonly updates: { userId: string; changes: UserUpdate }[] = [];
  answerPreview: (selection: BulkSelection) => Promise<BulkInvitationPreview> = async () => preview();
  answerSend: (call: SendCall) => Promise<BulkInvitationResult> = async () => FIRST_SEND;
  answerUpdate: (userId: string, changes: UserUpdate) => Promise<User> = async (userId, changes) => ({ id: userId, ...changes }) as User;

  previewBulkInvitation(_clientId: string, selection: BulkSelection): Promise<BulkInvitationPreview> {
    this.previews.push(selection);
    return this.answerPreview(selection);
  }

  sendBulkInvitation(_clientId: string, selection: BulkSelection, options?: IdempotentRequestOptions): Promise<BulkInvitationResult> {
    const call = { selection, key: options?.idempotencyKey, timeoutMs: options?.timeoutMs };
    this.sends.push(call);
    return this.answerSend(call);
  }

  updateUser(_clientId: string, userId: string, changes: UserUpdate): Promise<User> {
    this.updates.push({ userId, changes });
    return this.answerUpdate(userId, changes);
  }
}

// ---------------------------------------------------------------- helpers

async function banner(api: BulkInviteBannerApi, selection: BulkSelection | null = SELECTION, lang = 'en'): Promise<SuiteBulkInviteBanner> {
  const el = await fixture<SuiteBulkInviteBanner>(
    html`<suite-bulk-invite-banner client-id="c1" lang=${lang} .api=${api} .selection=${selection}></suite-bulk-invite-banner>`,
  );
  await settle(el);
  return el;
}

const $ = <T extends Element = HTMLElement>(el: SuiteBulkInviteBanner, selector: string) => el.shadowRoot!.querySelector<T>(selector);
const $$ = <T extends Element = HTMLElement>(el: SuiteBulkInviteBanner, selector: string) => [...el.shadowRoot!.querySelectorAll<T>(selector)];
const squeeze = (value: string | null | undefined) => (value ?? '').replace(/[ \t\n\r]+/g, ' ').trim();
const textOf = (el: SuiteBulkInviteBanner, selector: string) => squeeze($(el, selector)?.textContent);
const live = (el: SuiteBulkInviteBanner) => textOf(el, '[part~="live"]');
const sendButton = (el: SuiteBulkInviteBanner) => $<HTMLButtonElement>(el, '[part~="send-button"]')!;
const row = (el: SuiteBulkInviteBanner, userId: string) => $<HTMLLIElement>(el, `li[data-user-id="${userId}"]`);
const resultRows = (el: SuiteBulkInviteBanner) =>
  $$<HTMLTableRowElement>(el, '[part~="results"] tbody tr').map((tr) => [...tr.querySelectorAll('th, td')].map((cell) => squeeze(cell.textContent)));

async function typeEmail(el: SuiteBulkInviteBanner, userId: string, email: string): Promise<void> {
  const input = row(el, userId)!.querySelector('input')!;
  input.value = email;
  input.dispatchEvent(new Event('input'));
  await el.updateComplete;
  row(el, userId)!.querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
  await settle(el);
}

async function send(el: SuiteBulkInviteBanner): Promise<void> {
  sendButton(el).click();
  await settle(el);
}

// ---------------------------------------------------------------- tests

describe('<suite-bulk-invite-banner>', () => {
  describe('preview', () => {
    it('shows nothing without a selection, and asks nothing', async () => {
      const api = new FakeApi();
      const el = await banner(api, null);
      expect(el.shadowRoot!.childElementCount).to.equal(0);
      expect(api.previews).to.have.length(0);
      await expect(el).to.be.accessible();
    });

    it('loading: a labelled region says it is counting', async () => {
      const api = new FakeApi();
      api.answerPreview = () => new Promise(() => undefined);
      const el = await banner(api);
      const region = $(el, '[part~="base"]')!;
      expect(region.getAttribute('role')).to.equal('region');
      expect(squeeze(el.shadowRoot!.getElementById(region.getAttribute('aria-labelledby')!)!.textContent)).to.equal('Invite the selected users');
      expect(textOf(el, '.message')).to.equal('Counting the invitations…');
      await expect(el).to.be.accessible();
    });

    it('says how many invitations go out and how many users cannot be invited, and lists them', async () => {
      const api = new FakeApi();
      const el = await banner(api);
      expect(api.previews).to.deep.equal([SELECTION]);
      const expected = '12 invitations will be sent; 3 users have no email and cannot be invited.';
      expect(textOf(el, '[part~="summary"]')).to.equal(expected);
      expect(live(el)).to.equal(expected);
      expect($(el, '[part~="live"]')!.getAttribute('aria-live')).to.equal('polite');
      expect(squeeze($$(el, '.message')[0]!.textContent)).to.equal('2 users are already active, banned or closed and will be skipped.');
      expect($$(el, '[part~="no-email-row"] .name').map((n) => squeeze(n.textContent))).to.deep.equal(['Hugo Bernard', 'Inès Petit', 'Louis Moreau']);
      expect(squeeze(sendButton(el).textContent)).to.equal('Send 12 invitations');
      await expect(el).to.be.accessible();
    });

    it('singular forms', async () => {
      const api = new FakeApi();
      api.answerPreview = async () => preview({ toInvite: 1, skipped: 0, withoutEmail: { total: 1, items: [NO_EMAIL[0]!] } });
      const el = await banner(api);
      expect(textOf(el, '[part~="summary"]')).to.equal('1 invitation will be sent; 1 user has no email and cannot be invited.');
      expect(squeeze(sendButton(el).textContent)).to.equal('Send 1 invitation');
    });

    it('warns of pools that lack seats', async () => {
      const api = new FakeApi();
      api.answerPreview = async () => preview({ seatShortfalls: [{ poolId: 'pool-core', poolName: 'Core', needed: 12, remaining: 3 }] });
      const el = await banner(api);
      expect(textOf(el, '.warning')).to.equal('Not enough seats in Core: 12 needed, 3 left. The users beyond the last seat will not be invited.');
    });

    it('many users without email: says how many are listed, in a scrollable list', async () => {
      const items = Array.from({ length: 100 }, (_, i) => summary(`n${i}`, `First${i}`, `Last${i}`));
      const api = new FakeApi();
      api.answerPreview = async () => preview({ withoutEmail: { total: 250, items } });
      const el = await banner(api);
      expect($$(el, '[part~="no-email-row"]')).to.have.length(100);
      expect(squeeze($$(el, '.message')[1]!.textContent)).to.include('Showing the first 100 of 250.');
      const list = $(el, '[part~="no-email-list"]')!;
      expect(getComputedStyle(list).overflowY).to.equal('auto');
      expect(list.scrollHeight).to.be.greaterThan(list.clientHeight);
      await expect(el).to.be.accessible();
    });

    it('nothing to send: no send button', async () => {
      const api = new FakeApi();
      api.answerPreview = async () => preview({ toInvite: 0 });
      const el = await banner(api);
      expect($(el, '[part~="send-button"]')).to.equal(null);
      expect(squeeze($$(el, '.actions .message')[0]!.textContent)).to.equal('No invitation to send.');
    });

    it('a failed count says so and can be retried', async () => {
      const api = new FakeApi();
      let calls = 0;
      api.answerPreview = async () => {
        if (calls++ === 0) throw new NetworkError('down', 'POST /clients/c1/invitations/preview');
        return preview();
      };
      const errors = collect(document, 'suite-error');
      const el = await banner(api);
      expect(textOf(el, '[part~="error"] p')).to.equal('The server could not be reached. Check your connection.');
      expect(errors).to.have.length(1);
      await expect(el).to.be.accessible();
      $<HTMLButtonElement>(el, '[part~="error"] button')!.click();
      await settle(el);
      expect(textOf(el, '[part~="summary"]')).to.match(/^12 invitations/);
    });

    it('renders hostile names as text', async () => {
      const api = new FakeApi();
      api.answerPreview = async () =>
        preview({ withoutEmail: { total: 1, items: [summary('x1', '<img src=x onerror=alert(1)>', '<script>boom()</script>')] } });
      const el = await banner(api);
      expect(textOf(el, '[part~="no-email-row"] .name')).to.equal('<img src=x onerror=alert(1)> <script>boom()</script>');
      expect($(el, 'img')).to.equal(null);
      expect($(el, 'script')).to.equal(null);
      expect(row(el, 'x1')!.querySelector('label')!.textContent).to.equal('Email address for <img src=x onerror=alert(1)> <script>boom()</script>');
    });
  });

  describe('giving an email inline', () => {
    it('refuses an invalid address next to the row, keeping what was typed', async () => {
      const api = new FakeApi();
      const el = await banner(api);
      await typeEmail(el, 'u8', 'ines@');
      expect(api.updates).to.have.length(0);
      const input = row(el, 'u8')!.querySelector('input')!;
      expect(input.value).to.equal('ines@');
      expect(input.getAttribute('aria-invalid')).to.equal('true');
      const error = el.shadowRoot!.getElementById(input.getAttribute('aria-describedby')!)!;
      expect(squeeze(error.textContent)).to.equal('Type a valid email address, for example name@company.com.');
      expect(el.shadowRoot!.activeElement).to.equal(input);
      // The other rows are untouched.
      expect(row(el, 'u7')!.querySelector('[part~="field-error"]')).to.equal(null);
      await expect(el).to.be.accessible();
    });

    it('an empty address is refused too', async () => {
      const api = new FakeApi();
      const el = await banner(api);
      await typeEmail(el, 'u7', '  ');
      expect(api.updates).to.have.length(0);
      expect(squeeze(row(el, 'u7')!.querySelector('[part~="field-error"]')!.textContent)).to.equal('Type an email address.');
    });

    it('saves a valid address, says so, counts again and fires suite-user-changed', async () => {
      const api = new FakeApi();
      let counted = 0;
      api.answerPreview = async () =>
        counted++ === 0 ? preview() : preview({ toInvite: 13, withoutEmail: { total: 2, items: [NO_EMAIL[0]!, NO_EMAIL[2]!] } });
      const changed = collect(document, 'suite-user-changed');
      const el = await banner(api);
      await typeEmail(el, 'u8', ' ines.petit@acme.example ');
      expect(api.updates).to.deep.equal([{ userId: 'u8', changes: { email: 'ines.petit@acme.example' } }]);
      expect(api.previews).to.have.length(2);
      expect(row(el, 'u8')).to.equal(null);
      expect(textOf(el, '[part~="summary"]')).to.equal('13 invitations will be sent; 2 users have no email and cannot be invited.');
      expect((changed[0] as SuiteUserChangedEvent).user.id).to.equal('u8');
      expect(live(el)).to.equal('13 invitations will be sent; 2 users have no email and cannot be invited.');
    });

    it('announces the saved email while counting again', async () => {
      const api = new FakeApi();
      let counted = 0;
      const recount = deferred<BulkInvitationPreview>();
      api.answerPreview = () => (counted++ === 0 ? Promise.resolve(preview()) : recount.promise);
      const el = await banner(api);
      await typeEmail(el, 'u8', 'ines.petit@acme.example');
      expect(live(el)).to.equal('Email saved for Inès Petit. Counting the invitations again.');
      // The old figures stay visible, but cannot be sent while stale.
      expect(sendButton(el).getAttribute('aria-disabled')).to.equal('true');
      sendButton(el).click();
      expect(api.sends).to.have.length(0);
      recount.resolve(preview());
      await settle(el);
      expect(sendButton(el).getAttribute('aria-disabled')).to.equal('false');
    });

    it('a server refusal (address taken) is shown on that row', async () => {
      const api = new FakeApi();
      api.answerUpdate = async () => {
        throw new ProblemError('PATCH /clients/c1/users/u7', {
          type: 'about:blank',
          title: 'Email already used',
          status: 409,
          code: 'email_taken',
          errors: [{ path: 'email', code: 'email_taken', message: 'already used by another user of this client' }],
        });
      };
      const el = await banner(api);
      await typeEmail(el, 'u7', 'paul@acme.example');
      expect(squeeze(row(el, 'u7')!.querySelector('[part~="field-error"]')!.textContent)).to.equal(
        'Another user of this client already has this address.',
      );
      expect(row(el, 'u7')!.querySelector('input')!.value).to.equal('paul@acme.example');
      expect(api.previews).to.have.length(1);
    });
  });

  describe('sending', () => {
    it('sends the selection with a key, shows progress, and sends once however often it is clicked', async () => {
      const api = new FakeApi();
      const answer = deferred<BulkInvitationResult>();
      api.answerSend = () => answer.promise;
      const el = await banner(api);
      sendButton(el).click();
      await el.updateComplete;
      sendButton(el).click();
      sendButton(el).click();
      await el.updateComplete;
      expect(api.sends).to.have.length(1);
      expect(api.sends[0]!.selection).to.deep.equal(SELECTION);
      expect(api.sends[0]!.key).to.be.a('string').and.have.length.greaterThan(10);
      expect(sendButton(el).getAttribute('aria-disabled')).to.equal('true');
      expect(squeeze(sendButton(el).textContent)).to.equal('Sending 12 invitations…');
      const progress = $(el, '[part~="progress"]')!;
      expect(progress.tagName).to.equal('PROGRESS');
      expect(progress.getAttribute('aria-label')).to.equal('Sending the invitations');
      expect(live(el)).to.equal('Sending 12 invitations…');
      await expect(el).to.be.accessible();
      answer.resolve(FIRST_SEND);
      await settle(el);
      expect($(el, '[part~="progress"]')).to.equal(null);
    });

    it('shows per-user results, failures first, with reasons, and fires suite-invitations-sent', async () => {
      const api = new FakeApi();
      const events = collect(document, 'suite-invitations-sent');
      const el = await banner(api);
      await send(el);
      expect(textOf(el, '[part~="summary"]')).to.equal('Done: 2 sent, 1 skipped, 2 failed.');
      expect(live(el)).to.equal('Done: 2 sent, 1 skipped, 2 failed.');
      expect(resultRows(el)).to.deep.equal([
        ['u3', 'Failed', 'No seat left in the licence pool'],
        ['u5', 'Failed', 'Too many emails to this address lately'],
        ['u4', 'Skipped', 'Already active'],
        ['u1', 'Sent', ''],
        ['u2', 'Sent', ''],
      ]);
      // No second send of the same batch: only the failures can be sent again.
      expect($(el, '[part~="send-button"]')).to.equal(null);
      expect(events).to.have.length(1);
      const event = events[0] as SuiteInvitationsSentEvent;
      expect(event.result).to.deep.equal(FIRST_SEND);
      expect([event.bubbles, event.composed]).to.deep.equal([true, true]);
      await expect(el).to.be.accessible();
    });

    it('an unknown code shows the server message', async () => {
      const api = new FakeApi();
      api.answerSend = async () => bulkResult([result('u1', 'failed', 'mailbox_full')]);
      const el = await banner(api);
      await send(el);
      expect(resultRows(el)).to.deep.equal([['u1', 'Failed', 'server says mailbox_full']]);
    });

    it('names users it knows from the preview', async () => {
      const api = new FakeApi();
      api.answerSend = async () => bulkResult([result('u7', 'skipped', 'no_email')]);
      const el = await banner(api);
      await send(el);
      expect(resultRows(el)).to.deep.equal([['Hugo Bernard', 'Skipped', 'No email address']]);
    });

    it('retry failed sends only the failures, with a new key, and merges their results', async () => {
      const api = new FakeApi();
      let sends = 0;
      api.answerSend = async () => (sends++ === 0 ? FIRST_SEND : bulkResult([result('u3', 'failed', 'seat_limit'), result('u5', 'sent')]));
      const events = collect(document, 'suite-invitations-sent');
      const el = await banner(api);
      await send(el);
      const retry = $<HTMLButtonElement>(el, '[part~="retry-failed-button"]')!;
      expect(squeeze(retry.textContent)).to.equal('Retry the 2 failed invitations');
      retry.click();
      await settle(el);
      expect(api.sends).to.have.length(2);
      expect(api.sends[1]!.selection).to.deep.equal({ userIds: ['u3', 'u5'] });
      expect(api.sends[1]!.key).to.not.equal(api.sends[0]!.key);
      expect(textOf(el, '[part~="summary"]')).to.equal('Done: 3 sent, 1 skipped, 1 failed.');
      expect(resultRows(el)[0]).to.deep.equal(['u3', 'Failed', 'No seat left in the licence pool']);
      expect(squeeze($(el, '[part~="retry-failed-button"]')!.textContent)).to.equal('Retry the 1 failed invitation');
      expect((events[1] as SuiteInvitationsSentEvent).result.results).to.have.length(2);
    });

    it('an unknown outcome keeps the key: Retry repeats that click, never a second email', async () => {
      const api = new FakeApi();
      let sends = 0;
      api.answerSend = async () => {
        if (sends++ === 0) throw new NetworkError('connection reset', 'POST /clients/c1/invitations/bulk');
        return FIRST_SEND;
      };
      const el = await banner(api);
      await send(el);
      expect(textOf(el, '[part~="error"] p')).to.equal(
        'The server could not be reached. Check your connection. The server did not confirm the invitations. Retry: the same request is sent again, never a second email.',
      );
      await expect(el).to.be.accessible();
      $<HTMLButtonElement>(el, '[part~="error"] button')!.click();
      await settle(el);
      expect(api.sends).to.have.length(2);
      expect(api.sends[1]!.key).to.equal(api.sends[0]!.key);
      expect(api.sends[1]!.selection).to.deep.equal(SELECTION);
      expect(textOf(el, '[part~="summary"]')).to.equal('Done: 2 sent, 1 skipped, 2 failed.');
      expect($(el, '[part~="error"]')).to.equal(null);
    });

    it('a retry of "retry failed" keeps that click\'s key too', async () => {
      const api = new FakeApi();
      let sends = 0;
      api.answerSend = async () => {
        sends += 1;
        if (sends === 1) return FIRST_SEND;
        if (sends === 2) throw new ProblemError('POST', { type: 'about:blank', title: 'Unavailable', status: 503, code: 'internal' });
        return bulkResult([result('u3', 'sent'), result('u5', 'sent')]);
      };
      const el = await banner(api);
      await send(el);
      $<HTMLButtonElement>(el, '[part~="retry-failed-button"]')!.click();
      await settle(el);
      $<HTMLButtonElement>(el, '[part~="error"] button')!.click();
      await settle(el);
      expect(api.sends.map((s) => s.key)).to.have.length(3);
      expect(api.sends[2]!.key).to.equal(api.sends[1]!.key);
      expect(api.sends[2]!.key).to.not.equal(api.sends[0]!.key);
      expect(api.sends[2]!.selection).to.deep.equal({ userIds: ['u3', 'u5'] });
      expect(textOf(el, '[part~="summary"]')).to.equal('Done: 4 sent, 1 skipped, 0 failed.');
      expect($(el, '[part~="retry-failed-button"]')).to.equal(null);
    });

    it('waits longer than a read for the one answer of a big send', async () => {
      const api = new FakeApi();
      const el = await banner(api);
      await send(el);
      expect(api.sends[0]!.timeoutMs).to.be.at.least(60_000);
    });

    it('"still in progress" (the first request with this key runs on) keeps the key for Retry', async () => {
      const api = new FakeApi();
      let sends = 0;
      api.answerSend = async () => {
        if (sends++ === 0) {
          throw new ProblemError('POST', { type: 'about:blank', title: 'Request in progress', status: 409, code: 'idempotency_in_progress' });
        }
        return FIRST_SEND;
      };
      const el = await banner(api);
      await send(el);
      $<HTMLButtonElement>(el, '[part~="error"] button')!.click();
      await settle(el);
      expect(api.sends[1]!.key).to.equal(api.sends[0]!.key);
    });

    it('a refusal (forbidden) offers no retry', async () => {
      const api = new FakeApi();
      api.answerSend = async () => {
        throw new ProblemError('POST', { type: 'about:blank', title: 'Forbidden', status: 403, code: 'forbidden' });
      };
      const el = await banner(api);
      await send(el);
      expect(textOf(el, '[part~="error"]')).to.equal('You are not allowed to send these invitations.');
      expect($(el, '[part~="error"] button')).to.equal(null);
    });

    it('pages long results', async () => {
      const api = new FakeApi();
      api.answerSend = async () => bulkResult(Array.from({ length: 120 }, (_, i) => result(`s${i}`, 'sent')));
      const el = await banner(api);
      await send(el);
      expect(resultRows(el)).to.have.length(50);
      const more = $$<HTMLButtonElement>(el, '.actions button').find((b) => squeeze(b.textContent) === 'Show 50 more')!;
      more.click();
      await el.updateComplete;
      expect(resultRows(el)).to.have.length(100);
      $$<HTMLButtonElement>(el, '.actions button').find((b) => squeeze(b.textContent) === 'Show 20 more')!.click();
      await el.updateComplete;
      expect(resultRows(el)).to.have.length(120);
      const scroller = $(el, '[part~="results"]')!;
      expect(scroller.scrollHeight).to.be.greaterThan(scroller.clientHeight);
      await expect(el).to.be.accessible();
    });
  });

  describe('dismissing and new selections', () => {
    it('the dismiss button asks to close; the banner goes unless the host cancels', async () => {
      const api = new FakeApi();
      const el = await banner(api);
      const button = $<HTMLButtonElement>(el, '[part~="dismiss-button"]')!;
      expect(button.getAttribute('aria-label')).to.equal('Dismiss the invitation banner');
      const veto = (event: Event) => event.preventDefault();
      el.addEventListener('suite-request-close', veto);
      button.click();
      await el.updateComplete;
      expect($(el, '[part~="base"]')).to.not.equal(null);
      el.removeEventListener('suite-request-close', veto);
      const requests = collect(el, 'suite-request-close');
      button.click();
      await el.updateComplete;
      expect(requests).to.have.length(1);
      expect($(el, '[part~="base"]')).to.equal(null);
    });

    it('a new selection starts afresh: shown again, new count, no old results', async () => {
      const api = new FakeApi();
      const el = await banner(api);
      await send(el);
      $<HTMLButtonElement>(el, '[part~="dismiss-button"]')!.click();
      await el.updateComplete;
      el.selection = { userIds: ['u1', 'u2'] };
      await settle(el);
      expect(api.previews.at(-1)).to.deep.equal({ userIds: ['u1', 'u2'] });
      expect($(el, '[part~="results"]')).to.equal(null);
      expect(textOf(el, '[part~="summary"]')).to.match(/^12 invitations will be sent/);
    });
  });

  describe('a new selection while sending', () => {
    it('the old send still reports its event; the new banner is not blocked by it', async () => {
      const api = new FakeApi();
      const answer = deferred<BulkInvitationResult>();
      api.answerSend = () => answer.promise;
      const events = collect(document, 'suite-invitations-sent');
      const el = await banner(api);
      sendButton(el).click();
      await el.updateComplete;
      el.selection = { userIds: ['u9'] };
      await settle(el);
      expect(sendButton(el).getAttribute('aria-disabled')).to.equal('false');
      expect($(el, '[part~="progress"]')).to.equal(null);
      answer.resolve(FIRST_SEND);
      await settle(el);
      expect(events).to.have.length(1);
      expect($(el, '[part~="results"]')).to.equal(null);
    });
  });

  describe('in French', () => {
    it('says everything in French', async () => {
      const api = new FakeApi();
      const el = await banner(api, SELECTION, 'fr');
      expect(textOf(el, 'h2')).to.equal('Inviter les utilisateurs sélectionnés');
      expect(textOf(el, '[part~="summary"]')).to.equal(
        '12 invitations seront envoyées\u00a0; 3 utilisateurs n’ont pas d’e-mail et ne peuvent pas être invités.',
      );
      expect(squeeze(sendButton(el).textContent)).to.equal('Envoyer 12 invitations');
      expect($(el, '[part~="dismiss-button"]')!.getAttribute('aria-label')).to.equal('Fermer le bandeau d’invitation');
      await send(el);
      expect(textOf(el, '[part~="summary"]')).to.equal('Terminé\u00a0: 2 envoyées, 1 ignorée, 2 en échec.');
      expect(resultRows(el)[0]).to.deep.equal(['u3', 'En échec', 'Plus de place dans le pool de licences']);
      await expect(el).to.be.accessible();
    });
  });

  describe('Lit dev mode', () => {
    it('renders every state without a Lit warning', async () => {
      (globalThis as { litIssuedWarnings?: Set<string> }).litIssuedWarnings?.clear();
      const warnings: string[] = [];
      const original = console.warn;
      console.warn = (...args: unknown[]) => warnings.push(args.map(String).join(' '));
      try {
        const api = new FakeApi();
        const el = await banner(api);
        await typeEmail(el, 'u7', 'bad');
        await typeEmail(el, 'u7', 'hugo@acme.example');
        await send(el);
        $<HTMLButtonElement>(el, '[part~="retry-failed-button"]')!.click();
        await settle(el);
      } finally {
        console.warn = original;
      }
      expect(warnings.filter((warning) => !warning.includes('Lit is in dev mode'))).to.deep.equal([]);
    });
  });
});
