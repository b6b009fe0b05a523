import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { ProblemError } from '../../src/api/errors.js';
import type { AuditActorList, AuditActorQuery, AuditEvent, AuditPage, AuditQuery } from '../../src/api/schemas/audit.js';
import type { Me } from '../../src/api/schemas/me.js';
import type { User, UserListQuery, UserPage } from '../../src/api/schemas/user.js';
import type { RequestOptions } from '../../src/api/suite-api.js';
import '../../src/components/audit-log/audit-log.js';
import type { AuditLogApi, SuiteAuditLog } from '../../src/components/audit-log/audit-log.component.js';
import type { SuiteUserPicker } from '../../src/components/user-panel/user-picker.component.js';
import type { SuiteErrorEvent } from '../../src/events/suite-error-event.js';
import { plainUser } from '../fixtures/user-record.js';
import { collect, deferred, settle, type Deferred } from './support/async.js';
import { mountInContext } from './support/context.js';

// ---------------------------------------------------------------- helpers

const XSS = '<img src=x onerror=alert(1)>';

const AUDITOR: Me = {
  id: 'a1',
  displayName: 'Camille Durand',
  email: 'camille@acme.example',
  role: 'super_admin',
  scope: { kind: 'client', partnerId: 'p1', clientId: 'c1' },
  permissions: ['audit.read', 'users.read'],
  supervisionSessionId: null,
};

const CAMILLE = { id: 'a1', displayName: 'Camille Durand' };
const NORA = { id: 'a2', displayName: 'Nora Lind' };
const jeanne = { type: 'user', id: 'u1', label: 'Jeanne Martin' };

/** One event, `minutesAgo` before a fixed noon, newest-first order being the caller's job. */
function auditEvent(id: string, at: string, overrides: Partial<AuditEvent> = {}): AuditEvent {
  return {
    id,
    at,
    action: 'user.updated',
    actor: CAMILLE,
    clientId: 'c1',
    subject: jeanne,
    reason: null,
    supervisionSessionId: null,
    details: { fields: ['jobTitle'] },
    ...overrides,
  };
}

/** `count` plain events, newest first, a minute apart. */
function manyEvents(count: number, overrides: (i: number) => Partial<AuditEvent> = () => ({})): AuditEvent[] {
  const noon = Date.parse('2026-03-12T12:00:00Z');
  return Array.from({ length: count }, (_, i) => auditEvent(`e${String(i).padStart(4, '0')}`, new Date(noon - i * 60_000).toISOString(), overrides(i)));
}

/** A supervision session of Jeanne by Camille: start, one update with the session's token, end (newest first). */
function sessionTrail(ended: 'exit' | 'expired' | 'open' = 'exit'): AuditEvent[] {
  const started = auditEvent('s-start', '2026-03-12T10:00:00Z', {
    action: 'supervision.started',
    reason: 'Shows Jeanne how to set up her voicemail',
    supervisionSessionId: 'sess1',
    details: { expiresAt: ended === 'open' ? '2999-01-01T00:00:00Z' : '2026-03-12T10:30:00Z' },
  });
  const update = auditEvent('s-update', '2026-03-12T10:05:00Z', { supervisionSessionId: 'sess1', details: { fields: ['mobile'] } });
  const end =
    ended === 'open'
      ? []
      : [
          auditEvent('s-end', ended === 'expired' ? '2026-03-12T11:00:00Z' : '2026-03-12T10:12:30Z', {
            action: 'supervision.ended',
            reason: 'Shows Jeanne how to set up her voicemail',
            supervisionSessionId: 'sess1',
            details: ended === 'expired' ? { durationSeconds: 1800, expired: true, endedWith: 'admin_token' } : { durationSeconds: 750, expired: false, endedWith: 'admin_token' },
          }),
        ];
  return [...end, update, started];
}

function person(id: string, firstName: string, lastName: string): User {
  return plainUser({
    id,
    userCode: id.toUpperCase(),
    firstName,
    lastName,
    email: `${firstName}.${lastName}@acme.example`.toLowerCase(),
    login: firstName.toLowerCase(),
    agencyIds: [],
    licencePoolIds: [],
    status: 'active',
    invitedAt: null,
    activatedAt: null,
    createdAt: '2026-03-01T09:00:00Z',
    updatedAt: '2026-03-01T09:00:00Z',
  });
}

const JEANNE_USER = person('u1', 'Jeanne', 'Martin');
const JEAN_USER = person('u7', 'Jean', 'Dupont');

/** The audit calls over an in-memory log, as the server answers them (filters, half-open range, cursors). */
class FakeAuditApi implements AuditLogApi {
  readonly calls: AuditQuery[] = [];
  readonly actorCalls: AuditActorQuery[] = [];
  readonly userSearches: UserListQuery[] = [];
  /** Held answers, in call order: a test releases them to look at the pending state. */
  readonly held: Deferred<void>[] = [];
  hold = false;
  failNext?: Error;

  constructor(
    public events: AuditEvent[],
    public actors = [CAMILLE, NORA],
    public users: User[] = [JEANNE_USER, JEAN_USER],
  ) {}

  async listAuditEvents(query: AuditQuery = {}, options?: RequestOptions): Promise<AuditPage> {
    this.calls.push(query);
    if (this.hold) {
      const gate = deferred<void>();
      this.held.push(gate);
      await gate.promise;
    }
    if (options?.signal?.aborted) throw new DOMException('aborted', 'AbortError');
    const failure = this.failNext;
    this.failNext = undefined;
    if (failure) throw failure;
    // The schema's input type leaves `action` loose (one value or several); the element always sends an array.
    const actions = query.action as readonly string[] | undefined;
    const matching = this.events.filter(
      (event) =>
        (!query.actor || event.actor.id === query.actor) &&
        (!query.userId || event.subject?.id === query.userId) &&
        (!query.supervisionSessionId || event.supervisionSessionId === query.supervisionSessionId) &&
        (!actions?.length || actions.includes(event.action)) &&
        (!query.from || Date.parse(event.at) >= Date.parse(query.from)) &&
        (!query.to || Date.parse(event.at) < Date.parse(query.to)),
    );
    const start = query.cursor ? Number(query.cursor.slice('after-'.length)) : 0;
    const limit = Number(query.limit ?? 50);
    const items = matching.slice(start, start + limit);
    return { items, total: matching.length, nextCursor: start + limit < matching.length ? `after-${start + limit}` : null };
  }

  async listAuditActors(query: AuditActorQuery = {}): Promise<AuditActorList> {
    this.actorCalls.push(query);
    return { items: this.actors };
  }

  async listUsers(_clientId: string, query: UserListQuery = {}): Promise<UserPage> {
    this.userSearches.push(query);
    const q = (query.q ?? '').toLowerCase();
    const items = this.users.filter((user) => `${user.firstName} ${user.lastName}`.toLowerCase().includes(q));
    return { items, total: items.length, nextCursor: null };
  }

  /** Lets the oldest held call answer. */
  release(): void {
    this.held.shift()?.resolve();
  }
}

interface Mounted {
  el: SuiteAuditLog;
  provider: HTMLElement;
}

const mounted: Mounted[] = [];

/** Mounts the log below a provider of the api (as the admin shell does); `clientId: null` for the whole scope. */
async function mount(api: AuditLogApi, options: { clientId?: string | null; lang?: string } = {}): Promise<SuiteAuditLog> {
  const { el, provider } = mountInContext('suite-audit-log', AUDITOR, api);
  el.removeAttribute('user-id');
  if (options.clientId === null) el.removeAttribute('client-id');
  else if (options.clientId) el.setAttribute('client-id', options.clientId);
  if (options.lang) el.lang = options.lang;
  mounted.push({ el, provider });
  await settle(el);
  return el;
}

const root = (el: SuiteAuditLog) => el.shadowRoot!;
const $ = <T extends Element = HTMLElement>(el: SuiteAuditLog, selector: string) => root(el).querySelector<T & Element>(selector)!;
const $$ = <T extends Element = HTMLElement>(el: SuiteAuditLog, selector: string) => [...root(el).querySelectorAll<T & Element>(selector)];
const squeeze = (value: string | null | undefined) => (value ?? '').replace(/\s+/g, ' ').trim();
const text = (node: Element | null) => squeeze(node?.textContent);
const rows = (el: SuiteAuditLog) => $$(el, 'tbody tr[part="row"]');
const countText = (el: SuiteAuditLog) => text($(el, '[part="count"]'));
const lastCall = (api: FakeAuditApi) => api.calls[api.calls.length - 1]!;

/** The "user concerned" picker (with `client-id`) and the combobox inside it. */
function userPicker(el: SuiteAuditLog): { picker: SuiteUserPicker; input: HTMLInputElement; within: ShadowRoot } {
  const picker = $<SuiteUserPicker>(el, 'suite-user-picker#user');
  const within = picker.shadowRoot!;
  return { picker, input: within.querySelector<HTMLInputElement>('input[role="combobox"]')!, within };
}

/** The error the picker's input names in `aria-describedby`, or null. */
function pickerError(el: SuiteAuditLog): HTMLElement | null {
  const { input, within } = userPicker(el);
  const ids = (input.getAttribute('aria-describedby') ?? '').split(' ').filter(Boolean);
  return ids.map((id) => within.getElementById(id)).find((node) => node?.getAttribute('part') === 'error') ?? null;
}

function setField(el: SuiteAuditLog, selector: string, value: string, type: 'input' | 'change' = 'input'): void {
  const field = $<HTMLInputElement | HTMLSelectElement>(el, selector);
  field.value = value;
  field.dispatchEvent(new Event(type, { bubbles: true }));
}

function tick(el: SuiteAuditLog, action: string): void {
  const box = $<HTMLInputElement>(el, `input[type="checkbox"][value="${action}"]`);
  box.click();
}

async function applyFilters(el: SuiteAuditLog): Promise<void> {
  $<HTMLButtonElement>(el, 'button.apply').click();
  await settle(el);
}

/** A local day as the server receives it: its midnight in the browser's time zone, as an instant. */
const localMidnightIso = (year: number, month: number, day: number) => new Date(year, month - 1, day).toISOString();

/** Stubs set by hand (the project has no sinon), undone after each test. */
const restorers: (() => void)[] = [];
function stub<T extends object, K extends keyof T>(target: T, key: K, replacement: T[K]): void {
  const original = target[key];
  target[key] = replacement;
  restorers.push(() => (target[key] = original));
}

afterEach(() => {
  for (const { provider } of mounted.splice(0)) provider.remove();
  for (const undo of restorers.splice(0)) undo();
});

/** Catches the file the element downloads: the Blob given to createObjectURL and the link clicked, without a real download. */
function catchDownloads(): { blobs: Blob[]; links: HTMLAnchorElement[]; revoked: string[] } {
  const caught = { blobs: [] as Blob[], links: [] as HTMLAnchorElement[], revoked: [] as string[] };
  const create = URL.createObjectURL.bind(URL);
  const revoke = URL.revokeObjectURL.bind(URL);
  stub(URL, 'createObjectURL', (object: Blob | MediaSource) => {
    if (object instanceof Blob) caught.blobs.push(object);
    return create(object);
  });
  stub(URL, 'revokeObjectURL', (url: string) => {
    caught.revoked.push(url);
    revoke(url);
  });
  stub(HTMLAnchorElement.prototype, 'click', function (this: HTMLAnchorElement) {
    caught.links.push(this);
  });
  return caught;
}

// ---------------------------------------------------------------- tests

describe('<suite-audit-log>', () => {
  it('lists the first page in a table with a caption, column headers and the count in a live region', async () => {
    const api = new FakeAuditApi(manyEvents(3));
    const el = await mount(api);

    expect(api.calls).to.deep.equal([{ clientId: 'c1', limit: 50 }]);
    expect(api.actorCalls).to.deep.equal([{ clientId: 'c1' }]);
    expect(text($(el, 'table caption'))).to.equal('Audit events, newest first');
    expect($$(el, 'thead th[scope="col"]').map(text)).to.deep.equal(['When', 'Action', 'Actor', 'Subject', 'Reason', 'Details']);
    expect(rows(el)).to.have.length(3);
    const cells = $$(el, 'tbody tr[part="row"]:first-child td').map(text);
    expect(cells[1]).to.equal('User updated');
    expect(cells.slice(2)).to.deep.equal(['Camille Durand', 'Jeanne Martin', '', 'Changed: jobTitle']);
    expect($(el, 'tbody time').getAttribute('datetime')).to.equal('2026-03-12T12:00:00.000Z');
    expect($(el, '[part="count"]').getAttribute('role')).to.equal('status');
    expect(countText(el)).to.equal('3 events');
    await expect(el).to.be.accessible();
  });

  it('says it is loading while the first page is on its way, accessibly', async () => {
    const api = new FakeAuditApi(manyEvents(3));
    api.hold = true;
    const el = await mount(api);

    expect(countText(el)).to.equal('Loading the audit log…');
    expect($(el, '[part="base"]').getAttribute('aria-busy')).to.equal('true');
    expect(root(el).querySelector('table')).to.equal(null);
    await expect(el).to.be.accessible();
    api.release();
    await settle(el);
    expect(rows(el)).to.have.length(3);
    expect($(el, '[part="base"]').getAttribute('aria-busy')).to.equal('false');
  });

  it('says when nothing was recorded, and when nothing matches the filters', async () => {
    const api = new FakeAuditApi([]);
    const el = await mount(api);
    expect(text($(el, '.message'))).to.equal('No event has been recorded yet.');
    expect(countText(el)).to.equal('0 events');
    await expect(el).to.be.accessible();

    tick(el, 'user.deleted');
    await applyFilters(el);
    expect(text($(el, '.message'))).to.equal('No event matches these filters.');
  });

  it('shows a refusal in words with Retry, fires suite-error, and loads again on Retry', async () => {
    const api = new FakeAuditApi(manyEvents(2));
    api.failNext = new ProblemError('GET /audit', { type: 'about:blank', title: 'Forbidden', status: 403, code: 'forbidden' });
    const errors = collect(document.body, 'suite-error');
    const el = await mount(api);

    const alert = $(el, '[part="error"]');
    expect(alert.getAttribute('role')).to.equal('alert');
    expect(text(alert.querySelector('p'))).to.equal('You are not allowed to read the audit log.');
    expect(errors.map((event: SuiteErrorEvent) => (event.error as ProblemError).code)).to.deep.equal(['forbidden']);
    await expect(el).to.be.accessible();

    alert.querySelector('button')!.click();
    await settle(el);
    expect(root(el).querySelector('[part="error"]')).to.equal(null);
    expect(rows(el)).to.have.length(2);
  });

  it('sends the actor, the picked user, the actions in words and the days (to as the next local midnight)', async () => {
    const events = [
      auditEvent('late', new Date(2026, 2, 2, 23, 59).toISOString(), { actor: NORA, action: 'user.status_changed', details: { from: 'active', to: 'inactive' } }),
      auditEvent('next-day', new Date(2026, 2, 3, 0, 0).toISOString(), { actor: NORA, action: 'user.status_changed' }),
      auditEvent('other', new Date(2026, 2, 2, 10, 0).toISOString(), { actor: CAMILLE }),
    ];
    const api = new FakeAuditApi(events);
    const el = await mount(api);

    // The actions are offered in words, not as codes.
    const label = $<HTMLInputElement>(el, 'input[value="user.status_changed"]').closest('label');
    expect(text(label)).to.equal('User status changed');
    expect($(el, '[part="actions-filter"]').localName).to.equal('fieldset');
    expect(text($(el, '[part="actions-filter"] legend'))).to.equal('Actions');

    expect($$<HTMLOptionElement>(el, '#actor option').map(text)).to.deep.equal(['Anyone', 'Camille Durand', 'Nora Lind']);
    setField(el, '#actor', 'a2', 'change');

    // The user concerned: searched by name among the client's users, then picked with the keyboard.
    const { picker, input: user, within } = userPicker(el);
    expect(user.getAttribute('role')).to.equal('combobox');
    expect(text(within.querySelector(`label[for="${user.id}"]`))).to.equal('User concerned');
    user.focus();
    await sendKeys({ type: 'Jeanne' });
    await waitUntil(() => within.querySelectorAll('[role="option"]').length === 1, 'the search did not answer');
    expect(api.userSearches.at(-1)?.q).to.equal('Jeanne');
    expect(user.getAttribute('aria-expanded')).to.equal('true');
    await expect(el).to.be.accessible();
    // The exported listbox keeps the log's own token.
    el.style.setProperty('--suite-audit-log-listbox-max-height', '5rem');
    expect(getComputedStyle(within.querySelector('[part="listbox"]')!).maxBlockSize).to.equal('80px');
    await sendKeys({ press: 'ArrowDown' });
    await picker.updateComplete;
    const option = within.querySelector('[role="option"]')!;
    expect(user.getAttribute('aria-activedescendant')).to.equal(option.id);
    expect(option.getAttribute('aria-selected')).to.equal('true');
    await sendKeys({ press: 'Enter' });
    await settle(el);
    expect(user.value).to.equal('Jeanne Martin (jeanne)');
    expect(picker.selected?.id).to.equal('u1');

    tick(el, 'user.status_changed');
    tick(el, 'user.deleted');
    setField(el, '#from', '2026-03-01');
    setField(el, '#to', '2026-03-02');
    await el.updateComplete;
    await applyFilters(el);

    expect(lastCall(api)).to.deep.equal({
      clientId: 'c1',
      actor: 'a2',
      userId: 'u1',
      action: ['user.deleted', 'user.status_changed'],
      from: localMidnightIso(2026, 3, 1),
      // "To 2 March" includes the whole day: the server's exclusive end is 3 March, 00:00 local time.
      to: localMidnightIso(2026, 3, 3),
      limit: 50,
    });
    expect(rows(el).map((row) => row.dataset['event'])).to.deep.equal(['late']);
    expect(text(rows(el)[0]!.querySelector('.details'))).to.equal('From active to inactive');
    expect(countText(el)).to.equal('1 event');
    await expect(el).to.be.accessible();

    $<HTMLButtonElement>(el, 'button.clear').click();
    await settle(el);
    expect(lastCall(api)).to.deep.equal({ clientId: 'c1', limit: 50 });
    expect(user.value).to.equal('');
    expect(picker.selected).to.equal(null);
    expect(rows(el)).to.have.length(3);
    await expect(el).to.be.accessible();
    // The pick is gone, not only its text: applying again sends no user.
    await applyFilters(el);
    expect(lastCall(api)).to.deep.equal({ clientId: 'c1', limit: 50 });
  });

  it('refuses a start day after the end day with an error named next to the field, and sends nothing', async () => {
    const api = new FakeAuditApi(manyEvents(2));
    const el = await mount(api);
    const callsBefore = api.calls.length;

    setField(el, '#from', '2026-03-10');
    setField(el, '#to', '2026-03-09');
    await applyFilters(el);

    const to = $<HTMLInputElement>(el, '#to');
    expect(to.getAttribute('aria-invalid')).to.equal('true');
    const error = root(el).getElementById(to.getAttribute('aria-describedby')!);
    expect(text(error)).to.equal('The end date must be on or after the start date.');
    expect(error!.previousElementSibling).to.equal(to);
    expect(root(el).activeElement).to.equal(to);
    expect(api.calls.length).to.equal(callsBefore);
    await expect(el).to.be.accessible();

    // One day (from = to) is a valid range: the error goes as the dates are fixed.
    setField(el, '#to', '2026-03-10');
    await el.updateComplete;
    expect(to.getAttribute('aria-invalid')).to.equal('false');
    await applyFilters(el);
    expect(lastCall(api)).to.include({ from: localMidnightIso(2026, 3, 10), to: localMidnightIso(2026, 3, 11) });
  });

  it('asks for a user picked in the list when a name was typed but none picked', async () => {
    const api = new FakeAuditApi(manyEvents(2));
    const el = await mount(api);
    const callsBefore = api.calls.length;
    const { picker, input: user, within } = userPicker(el);
    user.focus();
    await sendKeys({ type: 'Jea' });
    await applyFilters(el);
    await picker.updateComplete;
    expect(user.getAttribute('aria-invalid')).to.equal('true');
    expect(text(pickerError(el))).to.equal('Pick a user in the list, or clear the field.');
    expect(within.activeElement).to.equal(user);
    expect(api.calls.length).to.equal(callsBefore);
    await expect(el).to.be.accessible();

    // Emptying the field takes the error away, and an empty field filters nobody.
    for (const _ of 'Jea') await sendKeys({ press: 'Backspace' });
    await settle(el);
    await picker.updateComplete;
    expect(user.value).to.equal('');
    expect(user.getAttribute('aria-invalid')).to.equal('false');
    expect(text(pickerError(el))).to.equal('');
    await applyFilters(el);
    expect(lastCall(api)).to.deep.equal({ clientId: 'c1', limit: 50 });

    // So does picking a user.
    await sendKeys({ type: 'Jea' });
    await applyFilters(el);
    await picker.updateComplete;
    expect(text(pickerError(el))).to.equal('Pick a user in the list, or clear the field.');
    await waitUntil(() => within.querySelectorAll('[role="option"]').length === 2, 'the search did not answer');
    within.querySelector<HTMLElement>('[role="option"]')!.click();
    await settle(el);
    await picker.updateComplete;
    expect(text(pickerError(el))).to.equal('');
    expect(user.getAttribute('aria-invalid')).to.equal('false');
    await applyFilters(el);
    expect(lastCall(api)).to.deep.equal({ clientId: 'c1', userId: 'u1', limit: 50 });
  });

  it('empties the user filter for another client: its users are not this one’s', async () => {
    const api = new FakeAuditApi(manyEvents(2));
    const el = await mount(api);
    const { picker, input: user, within } = userPicker(el);
    user.focus();
    await sendKeys({ type: 'Jeanne' });
    await waitUntil(() => within.querySelectorAll('[role="option"]').length === 1, 'the search did not answer');
    within.querySelector<HTMLElement>('[role="option"]')!.click();
    await settle(el);
    expect(picker.selected?.id).to.equal('u1');

    el.clientId = 'c2';
    await settle(el);
    await picker.updateComplete;
    expect(userPicker(el).picker).to.equal(picker);
    expect(user.value).to.equal('');
    expect(picker.selected).to.equal(null);
    await applyFilters(el);
    expect(lastCall(api)).to.deep.equal({ clientId: 'c2', limit: 50 });
  });

  it('without client-id lists the whole scope and filters the user by id', async () => {
    const api = new FakeAuditApi(manyEvents(2));
    const el = await mount(api, { clientId: null });

    expect(api.calls).to.deep.equal([{ limit: 50 }]);
    expect(api.actorCalls).to.deep.equal([{}]);
    const user = $<HTMLInputElement>(el, '#user');
    expect(user.hasAttribute('role')).to.equal(false);
    setField(el, '#user', ' u1 ');
    await applyFilters(el);
    expect(lastCall(api)).to.deep.equal({ userId: 'u1', limit: 50 });
    expect(api.userSearches).to.deep.equal([]);
  });

  it('pages with Next and Previous over the server cursors, with the page number and the total', async () => {
    const api = new FakeAuditApi(manyEvents(120));
    const el = await mount(api);
    const next = () => $<HTMLButtonElement>(el, 'button.next');
    const previous = () => $<HTMLButtonElement>(el, 'button.previous');

    expect(countText(el)).to.equal('120 events');
    expect(text($(el, '.page'))).to.equal('Page 1 of 3');
    expect(previous().getAttribute('aria-disabled')).to.equal('true');
    expect($(el, '[part="pagination"]').localName).to.equal('nav');

    next().click();
    await settle(el);
    expect(lastCall(api)).to.deep.equal({ clientId: 'c1', limit: 50, cursor: 'after-50' });
    expect(text($(el, '.page'))).to.equal('Page 2 of 3');
    expect(rows(el)[0]!.dataset['event']).to.equal('e0050');

    next().click();
    await settle(el);
    expect(lastCall(api).cursor).to.equal('after-100');
    expect(rows(el)).to.have.length(20);
    expect(next().getAttribute('aria-disabled')).to.equal('true');
    next().click();
    await settle(el);
    expect(lastCall(api).cursor).to.equal('after-100');

    previous().click();
    await settle(el);
    expect(lastCall(api)).to.deep.equal({ clientId: 'c1', limit: 50, cursor: 'after-50' });
    expect(text($(el, '.page'))).to.equal('Page 2 of 3');

    previous().click();
    await settle(el);
    expect(lastCall(api)).to.deep.equal({ clientId: 'c1', limit: 50 });
    expect(text($(el, '.page'))).to.equal('Page 1 of 3');
    expect(rows(el)[0]!.dataset['event']).to.equal('e0000');
  });

  it('opens a supervision session (APG disclosure): reason, start, end, duration and what was done with its token', async () => {
    const api = new FakeAuditApi([...sessionTrail('exit'), ...manyEvents(2)]);
    const el = await mount(api);

    const startRow = rows(el).find((row) => row.dataset['action'] === 'supervision.started')!;
    expect(text(startRow.querySelector('.reason'))).to.equal('Shows Jeanne how to set up her voicemail');
    const duringRow = rows(el).find((row) => row.dataset['event'] === 's-update')!;
    expect(text(duringRow.querySelector('.during'))).to.equal('During a supervision session');
    const button = startRow.querySelector<HTMLButtonElement>('[part="session-button"]')!;
    expect(button.localName).to.equal('button');
    expect(text(button)).to.equal('Show session');
    expect(button.getAttribute('aria-expanded')).to.equal('false');
    expect(rows(el).filter((row) => row.querySelector('[part="session-button"]'))).to.have.length(1);

    button.focus();
    await sendKeys({ press: 'Enter' });
    await settle(el);

    expect(lastCall(api)).to.deep.equal({ clientId: 'c1', supervisionSessionId: 'sess1', limit: 500 });
    expect(button.getAttribute('aria-expanded')).to.equal('true');
    expect(text(button)).to.equal('Hide session');
    const panel = root(el).getElementById(button.getAttribute('aria-controls')!)!;
    expect(panel.getAttribute('part')).to.equal('session');
    expect(panel.getAttribute('aria-label')).to.equal('Supervision session of Jeanne Martin');
    expect(text(panel.querySelector('.session-reason'))).to.equal('Shows Jeanne how to set up her voicemail');
    expect(panel.querySelector('.session-start time')!.getAttribute('datetime')).to.equal('2026-03-12T10:00:00Z');
    const format = new Intl.DateTimeFormat('en', { dateStyle: 'medium', timeStyle: 'short' });
    expect(text(panel.querySelector('.session-end'))).to.equal(format.format(new Date('2026-03-12T10:12:30Z')));
    expect(text(panel.querySelector('.session-duration'))).to.equal('12 min 30 sec');
    const actions = [...panel.querySelectorAll('.session-actions li')];
    expect(actions.map((item) => item.getAttribute('data-event'))).to.deep.equal(['s-update']);
    expect(text(actions[0]!.querySelector('.session-action'))).to.equal('User updated');
    expect(text(actions[0]!.querySelector('.session-details'))).to.equal('Changed: mobile');
    await expect(el).to.be.accessible();

    button.click();
    await el.updateComplete;
    expect(button.getAttribute('aria-expanded')).to.equal('false');
    expect(root(el).querySelector('[part="session"]')).to.equal(null);
  });

  it('says a session expired (from supervision.ended) or is still open', async () => {
    const expired = new FakeAuditApi(sessionTrail('expired'));
    let el = await mount(expired);
    $<HTMLButtonElement>(el, '[part="session-button"]').click();
    await settle(el);
    const format = new Intl.DateTimeFormat('en', { dateStyle: 'medium', timeStyle: 'short' });
    expect(text($(el, '.session-end'))).to.equal(`Expired at ${format.format(new Date('2026-03-12T10:30:00Z'))}`);
    expect(text($(el, '.session-duration'))).to.equal('30 min');

    const open = new FakeAuditApi(sessionTrail('open'));
    el = await mount(open);
    $<HTMLButtonElement>(el, '[part="session-button"]').click();
    await settle(el);
    expect(text($(el, '.session-end'))).to.match(/^Still open/);
    expect(root(el).querySelector('.session-duration')).to.equal(null);
  });

  it('shows a session that failed to load with Retry, and the actor list that failed with a note, firing suite-error', async () => {
    const api = new FakeAuditApi(sessionTrail('exit'));
    const actorsDown = new ProblemError('GET /audit/actors', { type: 'about:blank', title: 'Unavailable', status: 503, code: 'internal' });
    api.listAuditActors = async () => {
      throw actorsDown;
    };
    const errors = collect(document.body, 'suite-error');
    const el = await mount(api);
    expect(text(root(el).getElementById($(el, '#actor').getAttribute('aria-describedby')!))).to.equal('The list of actors could not be loaded.');

    api.failNext = new ProblemError('GET /audit', { type: 'about:blank', title: 'Unavailable', status: 503, code: 'internal' });
    $<HTMLButtonElement>(el, '[part="session-button"]').click();
    await settle(el);
    const alert = $(el, '[part="session"] [role="alert"]');
    expect(text(alert.querySelector('p'))).to.equal('The session could not be loaded.');
    expect(errors.map((event: SuiteErrorEvent) => (event.error as ProblemError).endpoint)).to.deep.equal(['GET /audit/actors', 'GET /audit']);
    await expect(el).to.be.accessible();

    alert.querySelector('button')!.click();
    await settle(el);
    expect(text($(el, '.session-reason'))).to.equal('Shows Jeanne how to set up her voicemail');
  });

  it('exports every matching event to an injection-safe CSV through a revoked object URL', async () => {
    const caught = catchDownloads();
    const formulas = ['=HYPERLINK("http://evil.example","x")', '+33 6 12 34 56 78', '-2+3', '@SUM(A1)'];
    const api = new FakeAuditApi(manyEvents(1100, (i) => ({ subject: { type: 'user', id: `u${i}`, label: formulas[i % 4]! } })));
    const el = await mount(api);
    tick(el, 'user.updated');
    await applyFilters(el);
    const before = api.calls.length;

    $<HTMLButtonElement>(el, '#export').click();
    await waitUntil(() => caught.blobs.length === 1, 'no file was made');
    await el.updateComplete;

    expect(api.calls.slice(before)).to.deep.equal([
      { clientId: 'c1', action: ['user.updated'], limit: 500 },
      { clientId: 'c1', action: ['user.updated'], limit: 500, cursor: 'after-500' },
      { clientId: 'c1', action: ['user.updated'], limit: 500, cursor: 'after-1000' },
    ]);
    const csv = await caught.blobs[0]!.text();
    const lines = csv.replace(/^\uFEFF/, '').split('\r\n');
    expect(lines[0]).to.equal('at,action,actor,subject,reason,supervisionSessionId,details');
    expect(lines).to.have.length(1100 + 2); // header, rows, and the empty string after the last CRLF
    expect(lines[1]).to.equal(`2026-03-12T12:00:00.000Z,user.updated,Camille Durand,"'=HYPERLINK(""http://evil.example"",""x"")",,,"{""fields"":[""jobTitle""]}"`);
    expect(lines[2]).to.include(`,"'+33 6 12 34 56 78",`);
    expect(lines[3]).to.include(`,"'-2+3",`);
    expect(lines[4]).to.include(`,"'@SUM(A1)",`);
    expect(caught.links).to.have.length(1);
    expect(caught.links[0]!.href).to.match(/^blob:/);
    expect(caught.links[0]!.download).to.match(/^audit-c1-\d{4}-\d{2}-\d{2}\.csv$/);
    expect(text($(el, '.export-status'))).to.match(/^Exported: audit-c1-/);
    await waitUntil(() => caught.revoked.includes(caught.links[0]!.href), 'the object URL was never revoked', { timeout: 3000 });
  });

  it('shows the export progress and stops calling the api on Cancel', async () => {
    const caught = catchDownloads();
    const api = new FakeAuditApi(manyEvents(1600));
    const el = await mount(api);
    const before = api.calls.length;
    api.hold = true;

    $<HTMLButtonElement>(el, '#export').click();
    await el.updateComplete;
    expect($(el, '#export').getAttribute('aria-disabled')).to.equal('true');
    api.release();
    await waitUntil(() => api.calls.length === before + 2, 'the second page was never asked for');
    await el.updateComplete;
    const progress = $<HTMLProgressElement>(el, '[part="progress-bar"]');
    expect(progress.max).to.equal(1600);
    expect(progress.value).to.equal(500);
    expect(text($(el, '.export-count'))).to.equal('500 of 1,600 events');
    await expect(el).to.be.accessible();

    $<HTMLButtonElement>(el, 'button.cancel').click();
    api.release();
    await settle(el);
    expect(api.calls.length).to.equal(before + 2);
    expect(caught.blobs).to.deep.equal([]);
    expect(text($(el, '.export-status'))).to.equal('Export cancelled.');
    expect(root(el).querySelector('[part="progress-bar"]')).to.equal(null);
    expect(root(el).activeElement).to.equal($(el, '#export'));
  });

  it('shows a subject label that looks like markup as text', async () => {
    const api = new FakeAuditApi([auditEvent('x1', '2026-03-12T09:00:00Z', { subject: { type: 'user', id: 'u9', label: XSS }, reason: XSS })]);
    const el = await mount(api);
    expect(text($(el, 'td.subject'))).to.equal(XSS);
    expect(text($(el, 'td.reason'))).to.equal(XSS);
    expect(root(el).querySelector('img')).to.equal(null);
  });

  it('speaks French', async () => {
    const api = new FakeAuditApi([...sessionTrail('exit')]);
    const el = await mount(api, { lang: 'fr' });
    expect(text($(el, 'h2'))).to.equal('Journal d’audit');
    expect($$(el, 'thead th').map(text)).to.deep.equal(['Date', 'Action', 'Auteur', 'Concerné', 'Motif', 'Détails']);
    expect(countText(el)).to.equal('3 événements');
    expect(text($(el, 'tbody tr[data-action="supervision.started"] td.action > span'))).to.equal('Supervision commencée');
    expect(text($(el, '[part="session-button"]'))).to.equal('Afficher la session');
    expect(text($<HTMLInputElement>(el, 'input[value="user.deleted"]').closest('label'))).to.equal('Utilisateur supprimé');
    expect(text($(el, 'label[for="to"]'))).to.equal('Au (inclus)');
    await expect(el).to.be.accessible();
  });
});
