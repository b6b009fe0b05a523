import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import type { LicencePool } from '../../src/api/schemas/licence-pool.js';
import type { SupervisionSession } from '../../src/api/schemas/supervision.js';
import type { Me } from '../../src/api/schemas/me.js';
import type { User, UserExportQuery, UserListQuery, UserPage } from '../../src/api/schemas/user.js';
import type { DownloadOptions, SuiteApi } from '../../src/api/suite-api.js';
import { AbortedError, NetworkError } from '../../src/api/errors.js';
import '../../src/components/user-admin/user-admin.js';
import type { SuiteUserAdmin } from '../../src/components/user-admin/user-admin.component.js';
import type { SuiteUserTable } from '../../src/components/user-table/user-table.component.js';
import type { SuiteUserExport } from '../../src/components/user-export/user-export.component.js';
import {
  SuiteBulkInviteRequestEvent,
  SuiteRequestCloseEvent,
  SuiteSuperviseRequestEvent,
  SuiteSupervisionEndedEvent,
  SuiteSelectionChangeEvent,
  SuiteUserChangedEvent,
  SuiteUserOpenEvent,
} from '../../src/events/index.js';
import { SuiteImportCommittedEvent } from '../../src/events/suite-import-committed-event.js';
import { SUPER_ADMIN } from '../fixtures/admins.js';
import { plainUser } from '../fixtures/user-record.js';

// ---------------------------------------------------------------- data

function makeUser(index: number, overrides: Partial<User> = {}): User {
  return plainUser({
    id: `u${index}`,
    userCode: `U${String(index).padStart(3, '0')}`,
    firstName: 'Jeanne',
    lastName: `Martin ${index}`,
    email: `jeanne.martin${index}@acme.example`,
    login: `jeanne.martin${index}`,
    agencyIds: ['a1'],
    licencePoolIds: ['p-core'],
    status: 'active',
    invitedAt: '2026-03-01T10:00:00.000Z',
    activatedAt: '2026-03-02T10:00:00.000Z',
    createdAt: '2026-02-01T10:00:00.000Z',
    updatedAt: '2026-03-02T10:00:00.000Z',
    ...overrides,
  });
}


const CORE: LicencePool = { id: 'p-core', clientId: 'c1', key: 'core', name: 'Core', kind: 'user', total: 50, used: 12, remaining: 38 };

const supervisionSession = (clientId: string, userId: string, reason: string): SupervisionSession => ({
  id: 'sup-1',
  clientId,
  userId,
  adminId: SUPER_ADMIN.id,
  reason,
  token: 'supervision-token-0123456789',
  startedAt: new Date().toISOString(),
  expiresAt: new Date(Date.now() + 30 * 60_000).toISOString(),
  endedAt: null,
});

// ---------------------------------------------------------------- fake api

type Method = keyof SuiteApi;

/**
 * Answers the few calls the admin and its first-screen parts make; any other
 * call is recorded and rejected, so a test sees what was asked.
 */
type ExportAnswer = (clientId: string, query: UserExportQuery, options: DownloadOptions) => Promise<Blob>;

function fakeApi(options: { me?: Me | (() => Promise<Me>); users?: User[]; exportUsers?: ExportAnswer } = {}) {
  const calls: { method: Method; args: unknown[] }[] = [];
  const users = options.users ?? [makeUser(1), makeUser(2), makeUser(3)];
  const answers: Partial<Record<Method, (...args: never[]) => Promise<unknown>>> = {
    getMe: () => (typeof options.me === 'function' ? options.me() : Promise.resolve(options.me ?? SUPER_ADMIN)),
    listLicencePools: () => Promise.resolve({ items: [CORE] }),
    listAgencies: () => Promise.resolve({ items: [{ id: 'a1', clientId: 'c1', name: 'Lyon' }] }),
    listUsers: (_clientId: string, _query?: UserListQuery): Promise<UserPage> =>
      Promise.resolve({ items: users, total: users.length, nextCursor: null } as UserPage),
    getUser: (_clientId: string, userId: string) => Promise.resolve(users.find((user) => user.id === userId)),
    startSupervision: (clientId: string, userId: string, start: { reason: string }) => Promise.resolve(supervisionSession(clientId, userId, start.reason)),
    endSupervision: (sessionId: string) => Promise.resolve({ ...supervisionSession('c1', 'u1', 'ended'), id: sessionId, token: null, endedAt: new Date().toISOString() }),
    ...(options.exportUsers ? { exportUsers: options.exportUsers } : {}),
  };
  const api = new Proxy({} as SuiteApi, {
    get(_target, property) {
      // Not a promise, not a Lit directive: only method names answer.
      if (typeof property === 'symbol' || property === 'then' || property.startsWith('_')) return undefined;
      const method = property as Method;
      return (...args: unknown[]) => {
        calls.push({ method, args });
        const answer = answers[method] as ((...a: unknown[]) => Promise<unknown>) | undefined;
        return answer ? answer(...args) : Promise.reject(new Error(`unexpected call ${String(method)}`));
      };
    },
  });
  return { api, calls, callsTo: (method: Method) => calls.filter((call) => call.method === method) };
}

const part = <T extends Element = HTMLElement>(admin: SuiteUserAdmin, selector: string) => admin.shadowRoot!.querySelector<T>(selector);

async function loaded(api: SuiteApi, attributes: { lang?: string } = {}): Promise<SuiteUserAdmin> {
  const admin = await fixture<SuiteUserAdmin>(html`<suite-user-admin client-id="c1" lang=${attributes.lang ?? 'en'} .api=${api}></suite-user-admin>`);
  await waitUntil(() => part(admin, 'suite-user-table'), 'the table never showed');
  return admin;
}

// ---------------------------------------------------------------- tests

describe('<suite-user-admin>', () => {
  it('says what it needs when it has no backend or client yet', async () => {
    const admin = await fixture<SuiteUserAdmin>(html`<suite-user-admin></suite-user-admin>`);
    expect(part(admin, '.message')!.textContent).to.contain('base-url');
    await expect(admin).to.be.accessible();
  });

  it('shows a loading state while the admin loads, then the administration', async () => {
    let release!: (me: Me) => void;
    const { api } = fakeApi({ me: () => new Promise<Me>((resolve) => (release = resolve)) });
    const admin = await fixture<SuiteUserAdmin>(html`<suite-user-admin client-id="c1" .api=${api}></suite-user-admin>`);
    expect(part(admin, '[role=status]')!.textContent).to.contain('Loading');
    expect(part(admin, '[part=base]')!.getAttribute('aria-busy')).to.equal('true');
    await expect(admin).to.be.accessible();
    release(SUPER_ADMIN);
    await waitUntil(() => part(admin, 'suite-user-table'));
    expect(part(admin, 'h2')!.textContent).to.equal('Users');
    expect(part(admin, '.signed-in')!.textContent).to.equal('Signed in as Sam Super');
  });

  it('shows a failed admin load in words with Retry, which loads again', async () => {
    let fail = true;
    const { api, callsTo } = fakeApi({
      me: () => (fail ? Promise.reject(new NetworkError('offline', 'GET /me')) : Promise.resolve(SUPER_ADMIN)),
    });
    const errors: Event[] = [];
    const admin = await fixture<SuiteUserAdmin>(html`<suite-user-admin client-id="c1" .api=${api} @suite-error=${(e: Event) => errors.push(e)}></suite-user-admin>`);
    await waitUntil(() => part(admin, '[role=alert]'));
    expect(part(admin, '[role=alert]')!.textContent).to.contain('The server could not be reached');
    expect(errors).to.have.length(1);
    await expect(admin).to.be.accessible();
    fail = false;
    part<HTMLButtonElement>(admin, '[role=alert] button')!.click();
    await waitUntil(() => part(admin, 'suite-user-table'));
    expect(callsTo('getMe')).to.have.length(2);
  });

  it('lays out seats, toolbar and table for the client, with the api and admin provided to them', async () => {
    const { api, callsTo } = fakeApi();
    const admin = await loaded(api);
    expect(part(admin, 'suite-licence-meter')!.getAttribute('client-id')).to.equal('c1');
    expect(part(admin, 'suite-user-table')!.getAttribute('client-id')).to.equal('c1');
    await waitUntil(() => callsTo('listUsers').length > 0 && callsTo('listLicencePools').length > 0, 'the parts never used the provided api');
    expect(callsTo('listUsers')[0]!.args[0]).to.equal('c1');
    expect(part(admin, '[part=toolbar] button')!.textContent!.trim()).to.equal('Invite all users');
    await expect(admin).to.be.accessible();
  });

  it('offers only what the admin may do', async () => {
    const reader: Me = { ...SUPER_ADMIN, role: 'operator', permissions: ['users.read'] };
    const admin = await loaded(fakeApi({ me: reader }).api);
    expect(part(admin, '[part=toolbar] button')).to.equal(null);
    expect(part(admin, 'suite-licence-meter')).to.equal(null);

    const outsider: Me = { ...SUPER_ADMIN, permissions: ['branding.read'] };
    const refused = await fixture<SuiteUserAdmin>(html`<suite-user-admin client-id="c1" .api=${fakeApi({ me: outsider }).api}></suite-user-admin>`);
    await waitUntil(() => part(refused, '.message'));
    expect(part(refused, '.message')!.textContent).to.equal('Your account cannot see the users of this client.');
    expect(part(refused, 'suite-user-table')).to.equal(null);
  });

  it('shows a name as text, never as markup', async () => {
    const hostile = { ...SUPER_ADMIN, displayName: '<img src=x onerror=alert(1)>' };
    const admin = await loaded(fakeApi({ me: hostile }).api);
    expect(part(admin, '.signed-in')!.textContent).to.equal('Signed in as <img src=x onerror=alert(1)>');
    expect(part(admin, 'img')).to.equal(null);
  });

  it('opens the user panel on suite-user-open, moves focus into it, and gives it back on close', async () => {
    const { api } = fakeApi();
    const admin = await loaded(api);
    const table = part<SuiteUserTable>(admin, 'suite-user-table')!;
    const opener = document.createElement('button');
    opener.textContent = 'Open';
    table.shadowRoot!.append(opener);
    opener.focus();
    opener.dispatchEvent(new SuiteUserOpenEvent({ userId: 'u2' }));
    await admin.updateComplete;
    const panel = part(admin, 'suite-user-panel')!;
    expect(panel.getAttribute('user-id')).to.equal('u2');
    await waitUntil(() => admin.shadowRoot!.activeElement === part(admin, '[part=panel]'), 'focus did not move to the panel');
    await waitUntil(() => customElements.get('suite-user-panel'), 'the panel never loaded');
    await expect(admin).to.be.accessible();

    panel.dispatchEvent(new SuiteRequestCloseEvent({ source: 'close-button' }));
    await waitUntil(() => part(admin, 'suite-user-panel') === null, 'the panel did not close');
    await waitUntil(() => table.shadowRoot!.activeElement === opener, 'focus did not go back to the opener');
    opener.remove();
  });

  it('keeps the panel open when the host cancels suite-request-close', async () => {
    const { api } = fakeApi();
    const admin = await loaded(api);
    part(admin, 'suite-user-table')!.dispatchEvent(new SuiteUserOpenEvent({ userId: 'u1' }));
    await admin.updateComplete;
    const cancel = (event: Event) => event.preventDefault();
    document.addEventListener('suite-request-close', cancel);
    try {
      part(admin, 'suite-user-panel')!.dispatchEvent(new SuiteRequestCloseEvent({ source: 'keyboard' }));
      await new Promise((resolve) => setTimeout(resolve, 20));
      await admin.updateComplete;
      expect(part(admin, 'suite-user-panel')).to.not.equal(null);
    } finally {
      document.removeEventListener('suite-request-close', cancel);
    }
  });

  it('shows the bulk-invite banner for the table selection, unless the host cancels the request', async () => {
    const { api } = fakeApi();
    const admin = await loaded(api);
    const table = part(admin, 'suite-user-table')!;
    const selection = { userIds: ['u1', 'u3'] };

    const cancel = (event: Event) => event.preventDefault();
    document.addEventListener('suite-bulk-invite-request', cancel);
    table.dispatchEvent(new SuiteBulkInviteRequestEvent({ selection, count: 2 }));
    document.removeEventListener('suite-bulk-invite-request', cancel);
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(part(admin, 'suite-bulk-invite-banner')).to.equal(null);

    table.dispatchEvent(new SuiteBulkInviteRequestEvent({ selection, count: 2 }));
    await waitUntil(() => part(admin, 'suite-bulk-invite-banner'));
    expect((part(admin, 'suite-bulk-invite-banner') as HTMLElement & { selection: unknown }).selection).to.deep.equal(selection);
  });

  it('invites every user, or the selection once there is one', async () => {
    const { api } = fakeApi();
    const admin = await loaded(api);
    const button = () => part<HTMLButtonElement>(admin, '[part=toolbar] button')!;
    button().click();
    await waitUntil(() => part(admin, 'suite-bulk-invite-banner'));
    expect((part(admin, 'suite-bulk-invite-banner') as HTMLElement & { selection: unknown }).selection).to.deep.equal({ filter: {} });

    const selection = { userIds: ['u1', 'u2', 'u3'] };
    part(admin, 'suite-user-table')!.dispatchEvent(new SuiteSelectionChangeEvent({ selection, count: 3 }));
    await admin.updateComplete;
    expect(button().textContent!.trim()).to.equal('Invite the 3 selected users');
    button().click();
    await admin.updateComplete;
    expect((part(admin, 'suite-bulk-invite-banner') as HTMLElement & { selection: unknown }).selection).to.deep.equal(selection);
  });

  it('keeps its parts in step: a changed user updates the row and the seats', async () => {
    const { api, callsTo } = fakeApi();
    const admin = await loaded(api);
    await waitUntil(() => callsTo('listLicencePools').length === 2);
    const table = part<SuiteUserTable>(admin, 'suite-user-table')!;
    const upserted: User[] = [];
    table.upsertUser = (user: User) => void upserted.push(user);
    const changed = makeUser(2, { status: 'inactive' });
    table.dispatchEvent(new SuiteUserChangedEvent({ user: changed }));
    expect(upserted).to.deep.equal([changed]);
    await waitUntil(() => callsTo('listLicencePools').length === 3, 'the seats were not reloaded');
  });

  it('provides its language to its parts', async () => {
    const admin = await loaded(fakeApi().api, { lang: 'fr' });
    expect(part(admin, 'h2')!.textContent).to.equal('Utilisateurs');
    const meter = part(admin, 'suite-licence-meter')!;
    await waitUntil(() => meter.shadowRoot?.querySelector('th')?.textContent === 'Pool de licences', 'the licence meter did not speak French');
  });

  it('builds its HTTP client from base-url and the token, never showing the token in the DOM', async () => {
    const seen: { url: string; authorization: string | null }[] = [];
    const realFetch = window.fetch;
    window.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
      const request = new Request(input, init);
      seen.push({ url: request.url, authorization: request.headers.get('authorization') });
      return Promise.resolve(new Response(JSON.stringify({ type: 'about:blank', title: 'Unauthorized', status: 401, code: 'unauthorized' }), {
        status: 401,
        headers: { 'content-type': 'application/problem+json' },
      }));
    };
    try {
      const admin = await fixture<SuiteUserAdmin>(html`<suite-user-admin base-url="https://api.example.test/api/v1" client-id="c1" .token=${'s3cret-token'}></suite-user-admin>`);
      await waitUntil(() => seen.length > 0);
      expect(seen[0]).to.deep.equal({ url: 'https://api.example.test/api/v1/me', authorization: 'Bearer s3cret-token' });
      const attributes = admin.getAttributeNames().map((name) => admin.getAttribute(name));
      expect(attributes.join(' ')).to.not.contain('s3cret-token');
    } finally {
      window.fetch = realFetch;
    }
  });

  // -------------------------------------------------------------- export

  describe('export', () => {
    const saved: { href: string; download: string }[] = [];
    const revoked: string[] = [];
    const realClick = HTMLAnchorElement.prototype.click;
    const realRevoke = URL.revokeObjectURL.bind(URL);
    beforeEach(() => {
      saved.length = 0;
      revoked.length = 0;
      // The download itself is the browser's: the test sees what would be saved.
      HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
        saved.push({ href: this.href, download: this.download });
      };
      URL.revokeObjectURL = (url: string) => {
        revoked.push(url);
        realRevoke(url);
      };
    });
    afterEach(() => {
      HTMLAnchorElement.prototype.click = realClick;
      URL.revokeObjectURL = realRevoke;
    });

    const today = () => {
      const d = new Date();
      return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
    };
    const exporter = (admin: SuiteUserAdmin) => part<SuiteUserExport>(admin, 'suite-user-export');
    /** A part of the export panel, which is an element of its own inside the admin. */
    const inExport = <T extends Element = HTMLElement>(admin: SuiteUserAdmin, selector: string) => exporter(admin)?.shadowRoot?.querySelector<T>(selector) ?? null;
    const shown = (admin: SuiteUserAdmin) => exporter(admin) !== null && !exporter(admin)!.hidden;
    const exportButton = (admin: SuiteUserAdmin) => part<HTMLButtonElement>(admin, '.export-button')!;
    const start = (admin: SuiteUserAdmin) => inExport<HTMLButtonElement>(admin, '.start')!;
    const status = (admin: SuiteUserAdmin) => inExport(admin, '.status')!.textContent!.trim();
    async function openPanel(admin: SuiteUserAdmin) {
      exportButton(admin).click();
      await waitUntil(() => inExport(admin, '.start'), 'the export panel never showed');
      expect(exportButton(admin).getAttribute('aria-expanded')).to.equal('true');
    }
    async function choose(admin: SuiteUserAdmin, format: 'csv' | 'xlsx') {
      inExport<HTMLInputElement>(admin, `input[name=format][value=${format}]`)!.click();
      await exporter(admin)!.updateComplete;
    }

    it("exports the table's search, filters and sort, with the chosen separator, as a dated file", async () => {
      const { api, callsTo } = fakeApi({
        exportUsers: async (_clientId, _query, options) => {
          options.onProgress?.({ receivedBytes: 0, totalBytes: null });
          options.onProgress?.({ receivedBytes: 120, totalBytes: null });
          return new Blob(['\uFEFFLASTNAME,FIRSTNAME\r\n'], { type: 'text/csv' });
        },
      });
      const admin = await loaded(api);
      const table = part<SuiteUserTable>(admin, 'suite-user-table')!;
      await waitUntil(() => table.shadowRoot!.querySelector('[part=filter][data-filter=status]'), 'the filters never showed');
      const search = table.shadowRoot!.querySelector<HTMLInputElement>('[part=search]')!;
      search.value = 'mar';
      search.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
      const statusFilter = table.shadowRoot!.querySelector<HTMLSelectElement>('[part=filter][data-filter=status]')!;
      statusFilter.value = 'active';
      statusFilter.dispatchEvent(new Event('change'));
      const emailSort = [...table.shadowRoot!.querySelectorAll<HTMLButtonElement>('button.sort')].find((b) => b.textContent!.includes('Email'))!;
      emailSort.click();
      await table.updateComplete;
      emailSort.click();
      await waitUntil(() => callsTo('listUsers').some((call) => (call.args[1] as UserListQuery).q === 'mar'), 'the search never reached the table');

      expect(exporter(admin) === null && customElements.get('suite-user-export') === undefined, 'the export loads on first use').to.equal(true);
      await openPanel(admin);
      await expect(admin).to.be.accessible();
      const delimiter = inExport<HTMLSelectElement>(admin, 'select.delimiter')!;
      expect(delimiter.value).to.equal(',', 'English: Excel expects a comma');
      delimiter.value = ';';
      delimiter.dispatchEvent(new Event('change'));
      start(admin).click();

      await waitUntil(() => status(admin).startsWith('Exported'), 'the export never finished');
      const [clientId, query] = callsTo('exportUsers')[0]!.args as [string, UserExportQuery];
      expect(clientId).to.equal('c1');
      expect(query).to.deep.equal({ q: 'mar', status: ['active'], sort: '-email', format: 'csv', delimiter: ';' });
      const fileName = `users-c1-${today()}.csv`;
      expect(status(admin)).to.equal(`Exported: ${fileName}`);
      expect(saved).to.have.length(1);
      expect(saved[0]!.download).to.equal(fileName);
      expect(saved[0]!.href).to.match(/^blob:/);
      await expect(admin).to.be.accessible();
      await waitUntil(() => revoked.includes(saved[0]!.href), 'the object URL was never revoked', { timeout: 3000 });
    });

    it('shows the progress of a large export, the total when known, and Cancel stops it', async () => {
      let report!: NonNullable<DownloadOptions['onProgress']>;
      let signal!: AbortSignal;
      const { api, callsTo } = fakeApi({
        exportUsers: (_clientId, _query, options) => {
          report = options.onProgress!;
          signal = options.signal!;
          return new Promise<Blob>((_resolve, reject) => signal.addEventListener('abort', () => reject(new AbortedError('cancelled', 'GET /export'))));
        },
      });
      const admin = await loaded(api, { lang: 'fr' });
      await openPanel(admin);
      expect(inExport<HTMLSelectElement>(admin, 'select.delimiter')!.value).to.equal(';', 'French: Excel expects a semicolon');
      await choose(admin, 'xlsx');
      expect(inExport(admin, 'select.delimiter') === null, 'no separator in a workbook').to.equal(true);
      start(admin).focus();
      start(admin).click();
      await exporter(admin)!.updateComplete;
      expect(callsTo('exportUsers')[0]!.args[1]).to.deep.equal({ sort: 'lastName', format: 'xlsx' });
      const bar = () => inExport<HTMLProgressElement>(admin, '[part=progress-bar]')!;
      expect(bar().hasAttribute('value'), 'indeterminate until the size is known').to.equal(false);
      expect(status(admin)).to.equal('Export en cours…');
      expect(start(admin).getAttribute('aria-disabled')).to.equal('true');

      report({ receivedBytes: 1_500_000, totalBytes: null });
      await exporter(admin)!.updateComplete;
      expect(bar().hasAttribute('value')).to.equal(false);
      // Intl puts a no-break space (U+00A0 or U+202F, by engine) between number and unit.
      expect(inExport(admin, '.received')!.textContent!.trim()).to.match(/^1,5\s?Mo reçus$/);
      await expect(admin).to.be.accessible();

      report({ receivedBytes: 250_000, totalBytes: 1_000_000 });
      await exporter(admin)!.updateComplete;
      expect(bar().max).to.equal(1_000_000);
      expect(bar().value).to.equal(250_000);
      expect(inExport(admin, '.received')!.textContent!.trim()).to.match(/^250\s?ko reçus sur 1\s?Mo$/);

      inExport<HTMLButtonElement>(admin, '.cancel')!.click();
      expect(signal.aborted).to.equal(true);
      await waitUntil(() => status(admin) === 'Export annulé.', 'the export was not cancelled');
      expect(inExport(admin, '[part=progress-bar]') === null, 'the bar goes').to.equal(true);
      expect(saved).to.have.length(0);
      await waitUntil(() => exporter(admin)!.shadowRoot!.activeElement === start(admin), 'focus did not go back to Download');
      await expect(admin).to.be.accessible();
    });

    it('says why an export failed, and Retry repeats it with the same filters', async () => {
      let fail = true;
      const { api, callsTo } = fakeApi({
        exportUsers: () => (fail ? Promise.reject(new NetworkError('offline', 'GET /export')) : Promise.resolve(new Blob(['x']))),
      });
      const admin = await loaded(api);
      await openPanel(admin);
      start(admin).click();
      await waitUntil(() => inExport(admin, '[role=alert]'), 'no error shown');
      expect(inExport(admin, '[role=alert]')!.textContent).to.contain('The server could not be reached');
      await expect(admin).to.be.accessible();
      fail = false;
      inExport<HTMLButtonElement>(admin, '[role=alert] button')!.click();
      await waitUntil(() => status(admin).startsWith('Exported'), 'Retry did not export');
      expect(inExport(admin, '[role=alert]') === null, 'the error goes').to.equal(true);
      const calls = callsTo('exportUsers');
      expect(calls).to.have.length(2);
      expect(calls[1]!.args.slice(0, 2)).to.deep.equal(calls[0]!.args.slice(0, 2));
      expect(saved.map((file) => file.download)).to.deep.equal([`users-c1-${today()}.csv`]);
    });

    it('closes with Escape or its button, focus back on Export; only for admins who may export', async () => {
      const admin = await loaded(fakeApi().api);
      await openPanel(admin);
      const radio = inExport<HTMLInputElement>(admin, 'input[name=format][value=csv]')!;
      radio.focus();
      radio.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, composed: true }));
      await admin.updateComplete;
      expect(shown(admin), 'Escape closed the panel').to.equal(false);
      expect(exportButton(admin).getAttribute('aria-expanded')).to.equal('false');
      await waitUntil(() => admin.shadowRoot!.activeElement === exportButton(admin), 'focus did not go back to Export');
      exportButton(admin).click();
      await admin.updateComplete;
      expect(shown(admin), 'Export opens it again').to.equal(true);
      exportButton(admin).click();
      await admin.updateComplete;
      expect(shown(admin), 'and closes it').to.equal(false);
      expect(exportButton(admin).getAttribute('aria-expanded')).to.equal('false');

      const reader: Me = { ...SUPER_ADMIN, permissions: ['users.read', 'users.bulk_invite'] };
      const limited = await loaded(fakeApi({ me: reader }).api);
      expect(part(limited, '.export-button') === null, 'no export without users.export').to.equal(true);
      expect(part(limited, '.import-button') === null, 'no import without users.import').to.equal(true);
    });
  });

  // -------------------------------------------------------------- import

  describe('import', () => {
    const dialog = (admin: SuiteUserAdmin) => part<HTMLDialogElement>(admin, '[part=import-dialog]')!;
    const importButton = (admin: SuiteUserAdmin) => part<HTMLButtonElement>(admin, '.import-button')!;
    const importElement = (admin: SuiteUserAdmin) => part(admin, 'suite-user-import');

    async function openImport(admin: SuiteUserAdmin) {
      importButton(admin).focus();
      importButton(admin).click();
      await waitUntil(() => importElement(admin), 'the import never showed');
      expect(dialog(admin).open).to.equal(true);
    }

    it('loads the import on first click only, in a modal dialog; closing gives the focus back to the button', async () => {
      const admin = await loaded(fakeApi().api);
      expect(importButton(admin).textContent!.trim()).to.equal('Import users');
      expect(customElements.get('suite-user-import') === undefined, 'the import is not part of the first load').to.equal(true);
      expect(dialog(admin).open).to.equal(false);
      await openImport(admin);
      expect(customElements.get('suite-user-import') !== undefined, 'the import registered its element').to.equal(true);
      expect(importElement(admin)!.getAttribute('client-id')).to.equal('c1');
      expect(dialog(admin).getAttribute('aria-labelledby')).to.equal('import-title');
      expect(dialog(admin).contains(admin.shadowRoot!.activeElement), 'focus is inside the dialog').to.equal(true);
      await expect(admin).to.be.accessible();

      part<HTMLButtonElement>(admin, '[part=import-dialog] button.close')!.click();
      expect(dialog(admin).open).to.equal(false);
      await waitUntil(() => importElement(admin) === null, 'the import stayed: the next opening would not start afresh');
      await waitUntil(() => admin.shadowRoot!.activeElement === importButton(admin), 'focus did not go back to Import users');
      await expect(admin).to.be.accessible();
    });

    it('refreshes the table and the seats after a commit', async () => {
      const { api, callsTo } = fakeApi();
      const admin = await loaded(api);
      await waitUntil(() => callsTo('listLicencePools').length === 2);
      const table = part<SuiteUserTable>(admin, 'suite-user-table')!;
      let refreshed = 0;
      table.refresh = () => void refreshed++;
      await openImport(admin);
      importElement(admin)!.dispatchEvent(new SuiteImportCommittedEvent({ userIds: ['n1', 'n2'], count: 2 }));
      expect(refreshed).to.equal(1);
      await waitUntil(() => callsTo('listLicencePools').length === 3, 'the seats were not reloaded');
      expect(dialog(admin).open, 'the admin stays in the import to review').to.equal(true);
    });

    it('"review and send invitations" closes the dialog and hands the focus to the bulk-invite banner on those users', async () => {
      const admin = await loaded(fakeApi().api);
      await openImport(admin);
      const selection = { userIds: ['n1', 'n2'] };
      importElement(admin)!.dispatchEvent(new SuiteBulkInviteRequestEvent({ selection, count: 2 }));
      expect(dialog(admin).open, 'the dialog closes first').to.equal(false);
      await waitUntil(() => part(admin, 'suite-bulk-invite-banner'), 'no banner');
      const banner = part(admin, 'suite-bulk-invite-banner') as HTMLElement & { selection: unknown };
      expect(banner.selection).to.deep.equal(selection);
      await waitUntil(() => admin.shadowRoot!.activeElement === banner, 'focus did not move to the banner');
      expect(importElement(admin) === null, 'the import left with its dialog').to.equal(true);
    });
  });

  describe('supervision', () => {
    const frameOf = (admin: SuiteUserAdmin) => part<HTMLElement & { session?: SupervisionSession; supervisionApi?: SuiteApi; src?: string }>(admin, 'suite-supervision-frame');

    async function supervise(admin: SuiteUserAdmin): Promise<void> {
      part(admin, 'suite-user-table')!.dispatchEvent(new SuiteSuperviseRequestEvent({ user: makeUser(2) }));
      await waitUntil(() => part(admin, 'suite-supervise-dialog') && customElements.get('suite-supervise-dialog'), 'the dialog never loaded');
      const dialog = part(admin, 'suite-supervise-dialog')!;
      await waitUntil(() => dialog.shadowRoot?.querySelector('textarea'), 'the dialog never opened');
      const reason = dialog.shadowRoot!.querySelector('textarea')!;
      reason.value = 'Show the voicemail settings';
      reason.dispatchEvent(new Event('input'));
      await (dialog as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
      dialog.shadowRoot!.querySelector<HTMLButtonElement>('[part~=start-button]')!.click();
      await waitUntil(() => frameOf(admin), 'the frame never showed');
    }

    it('asks for the reason, then shows the frame in place of the administration, with a supervision api for the token', async () => {
      const { api, callsTo } = fakeApi();
      const madeFor: string[] = [];
      const admin = await loaded(api);
      admin.createSupervisionApi = (token) => {
        madeFor.push(token);
        return api;
      };
      await supervise(admin);
      expect(callsTo('startSupervision')[0]!.args.slice(0, 3)).to.deep.equal(['c1', 'u2', { reason: 'Show the voicemail settings' }]);
      expect(frameOf(admin)!.session!.token).to.equal('supervision-token-0123456789');
      expect(madeFor).to.deep.equal(['supervision-token-0123456789']);
      expect(part(admin, '.administration')!.hidden, 'the toolbar and table are hidden, not gone').to.equal(true);
      expect(frameOf(admin)!.src, 'the kit dashboard unless a selfcare-url is set').to.equal(undefined);
      expect(part(admin, 'suite-user-table')).to.not.equal(null);
    });

    it('hands selfcare-url to the frame as its src (iframe mode)', async () => {
      const { api } = fakeApi();
      const admin = await loaded(api);
      admin.createSupervisionApi = () => api;
      admin.setAttribute('selfcare-url', 'https://selfcare.partner.example/account');
      await supervise(admin);
      expect(frameOf(admin)!.src).to.equal('https://selfcare.partner.example/account');
    });

    it('gives the administration back when the frame ends, and says how it ended', async () => {
      const { api } = fakeApi();
      const admin = await loaded(api);
      admin.createSupervisionApi = () => api;
      await supervise(admin);
      const frame = frameOf(admin)!;
      frame.dispatchEvent(new SuiteSupervisionEndedEvent({ session: frame.session!, reason: 'expired' }));
      await admin.updateComplete;
      expect(frameOf(admin)).to.equal(null);
      expect(part(admin, '.administration')!.hidden).to.equal(false);
      expect(part(admin, '[part=notice]')!.textContent).to.equal('Supervision of Jeanne Martin 2\'s selfcare ended: the 30 minutes were up.');
      await expect(admin).to.be.accessible();
    });

    it('leaves both steps to a host that cancels them', async () => {
      const { api, callsTo } = fakeApi();
      const admin = await loaded(api);
      const cancel = (event: Event) => event.preventDefault();
      document.addEventListener('suite-supervise-request', cancel);
      try {
        part(admin, 'suite-user-table')!.dispatchEvent(new SuiteSuperviseRequestEvent({ user: makeUser(2) }));
        await new Promise((resolve) => setTimeout(resolve, 20));
        expect(part(admin, 'suite-supervise-dialog')).to.equal(null);
      } finally {
        document.removeEventListener('suite-supervise-request', cancel);
      }
      document.addEventListener('suite-supervision-started', cancel);
      try {
        admin.createSupervisionApi = () => api;
        part(admin, 'suite-user-table')!.dispatchEvent(new SuiteSuperviseRequestEvent({ user: makeUser(2) }));
        await waitUntil(() => part(admin, 'suite-supervise-dialog')?.shadowRoot?.querySelector('textarea'));
        const dialog = part(admin, 'suite-supervise-dialog')!;
        const reason = dialog.shadowRoot!.querySelector('textarea')!;
        reason.value = 'Host frame';
        reason.dispatchEvent(new Event('input'));
        await (dialog as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
        dialog.shadowRoot!.querySelector<HTMLButtonElement>('[part~=start-button]')!.click();
        await waitUntil(() => callsTo('startSupervision').length === 1);
        await new Promise((resolve) => setTimeout(resolve, 20));
        expect(frameOf(admin)).to.equal(null);
      } finally {
        document.removeEventListener('suite-supervision-started', cancel);
      }
    });
  });
});
