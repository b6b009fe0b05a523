import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { NetworkError, ProblemError } from '../../src/api/errors.js';
import type { AddressBookGroup, AddressBookGroupList, ShareRequest } from '../../src/api/schemas/address-book.js';
import type { User, UserListQuery, UserPage } from '../../src/api/schemas/user.js';
import '../../src/components/address-book-sharing/address-book-sharing.js';
import type {
  AddressBookSharingApi,
  SuiteAddressBookSharing,
} from '../../src/components/address-book-sharing/address-book-sharing.component.js';
import { SEARCH_DEBOUNCE_MS } from '../../src/components/address-book-sharing/user-search.controller.js';
import { deferred, settle, type Deferred } from './support/async.js';
import { plainUser } from '../fixtures/user-record.js';
import { mountInContext, readOnlyOperator } from './support/context.js';

// ---------------------------------------------------------------- helpers

const XSS = '<img src=x onerror=alert(1)>';

function user(id: string, firstName: string, lastName: string, overrides: Partial<User> = {}): User {
  return plainUser({
    id,
    userCode: id.toUpperCase(),
    firstName,
    lastName,
    email: `${firstName}.${lastName}@acme.example`.toLowerCase(),
    login: `${firstName}.${lastName}`.toLowerCase(),
    agencyIds: [],
    licencePoolIds: [],
    status: 'active',
    invitedAt: null,
    activatedAt: null,
    createdAt: '2026-03-01T09:00:00Z',
    updatedAt: '2026-03-01T09:00:00Z',
    ...overrides,
  });
}

const JEANNE = user('u1', 'Jeanne', 'Martin');
const PAUL = user('u2', 'Paul', 'Durand');
const PAULINE = user('u3', 'Pauline', 'Petit');
const SHARED_AT = '2026-03-12T09:00:00Z';

function group(id: string, name: string, contactCount: number, shares: AddressBookGroup['shares'] = []): AddressBookGroup {
  return { id, clientId: 'c1', name, contactCount, shares };
}

const defaultGroups = () => [
  group('g1', 'Customers', 240, [{ userId: 'u1', permission: 'write', sharedAt: SHARED_AT }]),
  group('g2', 'Suppliers', 38, [{ userId: 'u9', permission: 'read', sharedAt: SHARED_AT }]),
  group('g3', 'Partners', 12),
];

interface ShareCall {
  action: 'share' | 'unshare';
  groupId: string;
  userId: string;
  permission?: ShareRequest['permission'];
}

/** A backend stand-in: applies shares like the reference backend, records calls, fails or holds chosen ones. */
class FakeSharingApi implements AddressBookSharingApi {
  readonly calls: ShareCall[] = [];
  readonly searches: { query: UserListQuery | undefined; signal: AbortSignal | undefined }[] = [];
  loadFailure: unknown = null;
  hangLoads = false;
  /** `groupId/userId` -> the error that call fails with. */
  readonly failures = new Map<string, unknown>();
  /** When set, every share/unshare waits for `release()`. */
  held: Deferred<void> | null = null;

  constructor(
    public groups: AddressBookGroup[] = defaultGroups(),
    public directory: User[] = [JEANNE, PAUL, PAULINE],
  ) {}

  private load<T>(value: () => T): Promise<T> {
    if (this.hangLoads) return new Promise<T>(() => undefined);
    if (this.loadFailure) return Promise.reject(this.loadFailure);
    return Promise.resolve(value());
  }

  getUser(_clientId: string, userId: string): Promise<User> {
    return this.load(() => this.directory.find((u) => u.id === userId)!);
  }

  listAddressBookGroups(): Promise<AddressBookGroupList> {
    return this.load(() => ({ items: this.groups.map((g) => ({ ...g, shares: [...g.shares] })) }));
  }

  /** When set, searches wait for it. */
  heldSearch: Deferred<void> | null = null;

  async listUsers(_clientId: string, query?: UserListQuery, options?: { signal?: AbortSignal }): Promise<UserPage> {
    this.searches.push({ query, signal: options?.signal });
    if (this.heldSearch) await this.heldSearch.promise;
    const q = (query?.q ?? '').toLowerCase();
    const items = this.directory.filter((u) => `${u.firstName} ${u.lastName} ${u.email}`.toLowerCase().includes(q));
    return { items, total: items.length, nextCursor: null };
  }

  private async apply(call: ShareCall): Promise<AddressBookGroup> {
    this.calls.push(call);
    if (this.held) await this.held.promise;
    const failure = this.failures.get(`${call.groupId}/${call.userId}`);
    if (failure) throw failure;
    this.groups = this.groups.map((g) => {
      if (g.id !== call.groupId) return g;
      const others = g.shares.filter((s) => s.userId !== call.userId);
      return {
        ...g,
        shares: call.action === 'share' ? [...others, { userId: call.userId, permission: call.permission!, sharedAt: SHARED_AT }] : others,
      };
    });
    return this.groups.find((g) => g.id === call.groupId)!;
  }

  shareAddressBookGroup(_clientId: string, groupId: string, userId: string, share: ShareRequest): Promise<AddressBookGroup> {
    return this.apply({ action: 'share', groupId, userId, permission: share.permission });
  }

  unshareAddressBookGroup(_clientId: string, groupId: string, userId: string): Promise<AddressBookGroup> {
    return this.apply({ action: 'unshare', groupId, userId });
  }
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function sharing(api: AddressBookSharingApi, lang = 'en'): Promise<SuiteAddressBookSharing> {
  const el = await fixture<SuiteAddressBookSharing>(
    html`<suite-address-book-sharing client-id="c1" user-id="u1" lang=${lang} .api=${api}></suite-address-book-sharing>`,
  );
  await settle(el, 4);
  return el;
}

const shadow = (el: SuiteAddressBookSharing) => el.shadowRoot!;
const squeeze = (value: string | null | undefined) => (value ?? '').replace(/[ \t\n\r]+/g, ' ').trim();
const q = <E extends Element = HTMLElement>(el: SuiteAddressBookSharing, selector: string) => shadow(el).querySelector<E>(selector);
const has = (el: SuiteAddressBookSharing, selector: string) => q(el, selector) !== null;
const access = (el: SuiteAddressBookSharing, groupId: string) => squeeze(q(el, `tr[data-group="${groupId}"] td[data-access]`)?.textContent);
const checkbox = (el: SuiteAddressBookSharing, groupId: string) => q<HTMLInputElement>(el, `tr[data-group="${groupId}"] input[type="checkbox"]`)!;
const selectAll = (el: SuiteAddressBookSharing) => q<HTMLInputElement>(el, 'thead input[type="checkbox"]')!;
const recipientNames = (el: SuiteAddressBookSharing) => [...shadow(el).querySelectorAll('[part~="recipient"] .recipient-name')].map((s) => squeeze(s.textContent));
const input = (el: SuiteAddressBookSharing) => q<HTMLInputElement>(el, 'input[role="combobox"]')!;
const options = (el: SuiteAddressBookSharing) => [...shadow(el).querySelectorAll<HTMLElement>('[role="option"]')];
const actionButton = (el: SuiteAddressBookSharing, action: string) => q<HTMLButtonElement>(el, `button[data-action="${action}"]`)!;
const resultText = (el: SuiteAddressBookSharing) => squeeze(q(el, '[part~="results"] [role="status"]')?.textContent);
const failureTexts = (el: SuiteAddressBookSharing) => [...shadow(el).querySelectorAll('[part~="results"] li')].map((li) => squeeze(li.textContent));

async function tick(el: SuiteAddressBookSharing, box: HTMLInputElement): Promise<void> {
  box.click();
  await el.updateComplete;
}

/** Types in the picker and waits for the debounced search to answer. */
async function typeInPicker(el: SuiteAddressBookSharing, text: string): Promise<void> {
  input(el).focus();
  await sendKeys({ type: text });
  await pause(SEARCH_DEBOUNCE_MS + 50);
  await settle(el, 4);
}

async function press(el: SuiteAddressBookSharing, key: string): Promise<void> {
  await sendKeys({ press: key });
  await el.updateComplete;
}

// ---------------------------------------------------------------- tests

describe('<suite-address-book-sharing>', () => {
  describe('loaded', () => {
    it("lists the client's groups with this user's access and how many users each is shared with", async () => {
      const el = await sharing(new FakeSharingApi());
      const rows = [...shadow(el).querySelectorAll('tbody tr')].map((row) => [...row.querySelectorAll('th, td')].map((c) => squeeze(c.textContent)));
      expect(rows).to.deep.equal([
        ['', 'Customers', '240', 'Read and write', '1 user'],
        ['', 'Suppliers', '38', 'Not shared', '1 user'],
        ['', 'Partners', '12', 'Not shared', '0 users'],
      ]);
      const headers = [...shadow(el).querySelectorAll('thead th')].map((th) => squeeze(th.textContent));
      expect(headers.slice(1)).to.deep.equal(['Group', 'Contacts', 'Access for Jeanne Martin', 'Shared with']);
      expect(recipientNames(el)).to.deep.equal(['Jeanne Martin']);
      expect(actionButton(el, 'share').getAttribute('aria-disabled')).to.equal('true');
      expect(squeeze(q(el, '#selection-summary')!.textContent)).to.equal('Select at least one group and one person.');
      await expect(el).to.be.accessible();
    });

    it('empty: says the client has no groups', async () => {
      const el = await sharing(new FakeSharingApi([]));
      expect(squeeze(q(el, '.message')!.textContent)).to.equal('This client has no address-book groups yet.');
      expect(has(el, 'table')).to.equal(false);
      await expect(el).to.be.accessible();
    });

    it('renders group and user names as text, never as markup', async () => {
      const evil = user('u1', XSS, XSS);
      const el = await sharing(new FakeSharingApi([group('g1', XSS, 1)], [evil, user('u4', XSS, 'Doe')]));
      expect(squeeze(q(el, 'tbody th')!.textContent)).to.equal(XSS);
      expect(recipientNames(el)).to.deep.equal([`${XSS} ${XSS}`]);
      await typeInPicker(el, 'doe');
      expect(squeeze(options(el)[0]!.querySelector('.option-name')!.textContent)).to.equal(`${XSS} Doe`);
      expect(has(el, 'img')).to.equal(false);
    });
  });

  describe('selecting', () => {
    it('selects one group, several, or all at once (with an indeterminate "select all")', async () => {
      const el = await sharing(new FakeSharingApi());
      await tick(el, checkbox(el, 'g2'));
      expect(selectAll(el).indeterminate).to.equal(true);
      expect(squeeze(q(el, '#selection-summary')!.textContent)).to.equal('1 group × 1 person');
      await tick(el, selectAll(el));
      expect(['g1', 'g2', 'g3'].map((id) => checkbox(el, id).checked)).to.deep.equal([true, true, true]);
      expect(selectAll(el).indeterminate).to.equal(false);
      expect(squeeze(q(el, '#selection-summary')!.textContent)).to.equal('3 groups × 1 person');
      await tick(el, selectAll(el));
      expect(['g1', 'g2', 'g3'].map((id) => checkbox(el, id).checked)).to.deep.equal([false, false, false]);
    });

    it('removing the last person blocks the actions and says why', async () => {
      const el = await sharing(new FakeSharingApi());
      await tick(el, checkbox(el, 'g2'));
      q<HTMLButtonElement>(el, '[part~="recipient"] button')!.click();
      await el.updateComplete;
      expect(recipientNames(el)).to.deep.equal([]);
      expect(squeeze(q(el, '.recipients-block .message')!.textContent)).to.equal('Nobody yet: add at least one person.');
      expect(actionButton(el, 'share').getAttribute('aria-disabled')).to.equal('true');
    });
  });

  describe('picker (APG combobox)', () => {
    it('searches after a pause in typing, users only, cancelling the previous search', async () => {
      const api = new FakeSharingApi();
      const el = await sharing(api);
      api.heldSearch = deferred<void>();
      input(el).focus();
      await sendKeys({ type: 'pa' });
      await pause(SEARCH_DEBOUNCE_MS + 50);
      await settle(el, 4);
      // Two keystrokes, one request.
      expect(api.searches).to.have.length(1);
      expect(api.searches[0]!.query).to.deep.equal({ q: 'pa', accountType: ['user'], sort: 'lastName', limit: 20 });
      expect(squeeze(q(el, '.search-status')!.textContent)).to.equal('Searching…');
      await sendKeys({ type: 'u' });
      expect(api.searches[0]!.signal!.aborted).to.equal(true);
      api.heldSearch.resolve();
      api.heldSearch = null;
      await pause(SEARCH_DEBOUNCE_MS + 50);
      await settle(el, 4);
      expect(api.searches.map((s) => s.query?.q)).to.deep.equal(['pa', 'pau']);
      expect(input(el).getAttribute('aria-expanded')).to.equal('true');
      expect(options(el).map((o) => squeeze(o.querySelector('.option-name')!.textContent))).to.deep.equal(['Paul Durand', 'Pauline Petit']);
      expect(squeeze(q(el, '.search-status')!.textContent)).to.equal('2 users found.');
      await expect(el).to.be.accessible();
    });

    it('ArrowDown / ArrowUp move the active option (aria-activedescendant), wrapping; Enter picks it', async () => {
      const el = await sharing(new FakeSharingApi());
      await typeInPicker(el, 'pa');
      expect(input(el).hasAttribute('aria-activedescendant')).to.equal(false);
      await press(el, 'ArrowDown');
      expect(input(el).getAttribute('aria-activedescendant')).to.equal('option-u2');
      expect(options(el)[0]!.getAttribute('aria-selected')).to.equal('true');
      await press(el, 'ArrowDown');
      expect(input(el).getAttribute('aria-activedescendant')).to.equal('option-u3');
      await press(el, 'ArrowDown');
      expect(input(el).getAttribute('aria-activedescendant')).to.equal('option-u2');
      await press(el, 'ArrowUp');
      expect(input(el).getAttribute('aria-activedescendant')).to.equal('option-u3');
      await expect(el).to.be.accessible();
      await press(el, 'Enter');
      expect(recipientNames(el)).to.deep.equal(['Jeanne Martin', 'Pauline Petit']);
      expect(input(el).value).to.equal('');
      expect(input(el).getAttribute('aria-expanded')).to.equal('false');
      expect(shadow(el).activeElement === input(el)).to.equal(true);
      // Someone already picked is not offered again.
      await typeInPicker(el, 'pa');
      expect(options(el).map((o) => o.id)).to.deep.equal(['option-u2']);
    });

    it('Escape closes the list first, then clears the field', async () => {
      const el = await sharing(new FakeSharingApi());
      await typeInPicker(el, 'pa');
      await press(el, 'ArrowDown');
      await press(el, 'Escape');
      expect(input(el).getAttribute('aria-expanded')).to.equal('false');
      expect(input(el).hasAttribute('aria-activedescendant')).to.equal(false);
      expect(input(el).value).to.equal('pa');
      await press(el, 'Escape');
      expect(input(el).value).to.equal('');
      expect(recipientNames(el)).to.deep.equal(['Jeanne Martin']);
    });

    it('a click on an option picks it; "no user matches" is said', async () => {
      const el = await sharing(new FakeSharingApi());
      await typeInPicker(el, 'paul');
      options(el)[0]!.click();
      await el.updateComplete;
      expect(recipientNames(el)).to.deep.equal(['Jeanne Martin', 'Paul Durand']);
      await typeInPicker(el, 'zzz');
      expect(squeeze(q(el, '.search-status')!.textContent)).to.equal('No user matches.');
      expect(input(el).getAttribute('aria-expanded')).to.equal('false');
    });
  });

  describe('sharing', () => {
    it('shares several groups with several people with the chosen permission: one call per group × person', async () => {
      const api = new FakeSharingApi();
      const el = await sharing(api);
      await tick(el, checkbox(el, 'g2'));
      await tick(el, checkbox(el, 'g3'));
      await typeInPicker(el, 'paul');
      await press(el, 'ArrowDown');
      await press(el, 'Enter');
      q<HTMLInputElement>(el, 'input[type="radio"][value="write"]')!.click();
      await el.updateComplete;
      actionButton(el, 'share').click();
      await settle(el, 4);
      expect(api.calls.map((c) => `${c.action} ${c.groupId} ${c.userId} ${c.permission}`).sort()).to.deep.equal([
        'share g2 u1 write',
        'share g2 u2 write',
        'share g3 u1 write',
        'share g3 u2 write',
      ]);
      expect(access(el, 'g2')).to.equal('Read and write');
      expect(access(el, 'g3')).to.equal('Read and write');
      expect(squeeze(q(el, 'tr[data-group="g2"] td:last-child')!.textContent)).to.equal('3 users');
      expect(resultText(el)).to.equal('Done: 4 changes saved.');
      await expect(el).to.be.accessible();
    });

    it('unshares the selected groups', async () => {
      const api = new FakeSharingApi();
      const el = await sharing(api);
      await tick(el, selectAll(el));
      actionButton(el, 'unshare').click();
      await settle(el, 4);
      expect(api.calls.map((c) => `${c.action} ${c.groupId} ${c.userId}`)).to.deep.equal(['unshare g1 u1', 'unshare g2 u1', 'unshare g3 u1']);
      expect(access(el, 'g1')).to.equal('Not shared');
      expect(resultText(el)).to.equal('Done: 3 changes saved.');
    });

    it('shows progress while running, a few calls at a time, and takes no second run meanwhile', async () => {
      const api = new FakeSharingApi(Array.from({ length: 6 }, (_, i) => group(`g${i}`, `Group ${i}`, i)));
      api.held = deferred<void>();
      const el = await sharing(api);
      await tick(el, selectAll(el));
      actionButton(el, 'share').click();
      await settle(el, 4);
      expect(api.calls).to.have.length(4);
      const progress = q<HTMLProgressElement>(el, '[part~="progress"] progress')!;
      expect([progress.max, progress.value]).to.deep.equal([6, 0]);
      expect(squeeze(q(el, '[part~="progress"] [role="status"]')!.textContent)).to.equal('0 of 6 done');
      expect(q(el, '[part~="base"]')!.getAttribute('aria-busy')).to.equal('true');
      expect(actionButton(el, 'share').getAttribute('aria-disabled')).to.equal('true');
      expect(selectAll(el).disabled).to.equal(true);
      await expect(el).to.be.accessible();
      actionButton(el, 'unshare').click();
      api.held.resolve();
      await settle(el, 4);
      expect(api.calls.filter((c) => c.action === 'unshare')).to.have.length(0);
      expect(api.calls).to.have.length(6);
      expect(has(el, '[part~="progress"]')).to.equal(false);
      expect(resultText(el)).to.equal('Done: 6 changes saved.');
    });

    it('leaving the page stops the run; back on the page, the actions work again', async () => {
      const api = new FakeSharingApi();
      api.held = deferred<void>();
      const el = await sharing(api);
      await tick(el, selectAll(el));
      actionButton(el, 'share').click();
      await settle(el, 4);
      const parent = el.parentNode!;
      el.remove();
      api.held.resolve();
      api.held = null;
      await settle(el, 4);
      parent.appendChild(el);
      await settle(el, 4);
      expect(has(el, '[part~="progress"]')).to.equal(false);
      expect(actionButton(el, 'share').getAttribute('aria-disabled')).to.equal('false');
      actionButton(el, 'unshare').click();
      await settle(el, 4);
      expect(resultText(el)).to.equal('Done: 3 changes saved.');
    });

    it('reports each failed item in words, and "Retry failed" retries only those', async () => {
      const api = new FakeSharingApi();
      api.failures.set('g2/u1', new NetworkError('Failed to fetch', 'PUT /clients/c1/address-book-groups/g2/shares/u1'));
      api.failures.set(
        'g3/u1',
        new ProblemError('PUT /clients/c1/address-book-groups/g3/shares/u1', {
          type: 'about:blank',
          title: 'Invalid request',
          status: 400,
          code: 'validation_failed',
          errors: [{ path: 'userId', code: 'contact_not_allowed', message: 'a contact cannot receive a shared group' }],
        }),
      );
      const errors: Event[] = [];
      document.addEventListener('suite-error', (event) => errors.push(event));
      const el = await sharing(api);
      await tick(el, selectAll(el));
      actionButton(el, 'share').click();
      await settle(el, 4);
      expect(resultText(el)).to.equal('1 change saved, 2 failed.');
      expect(failureTexts(el)).to.deep.equal([
        'Suppliers, Jeanne Martin: The server could not be reached. Check your connection.',
        'Partners, Jeanne Martin: a contact cannot receive a shared group.',
      ]);
      expect(errors).to.have.length(2);
      await expect(el).to.be.accessible();

      api.failures.clear();
      api.calls.length = 0;
      actionButton(el, 'retry').click();
      await settle(el, 4);
      expect(api.calls.map((c) => `${c.groupId} ${c.userId} ${c.permission}`)).to.deep.equal(['g2 u1 read', 'g3 u1 read']);
      expect(resultText(el)).to.equal('Done: 2 changes saved.');
    });
  });

  describe('states', () => {
    it('loading: aria-busy and a status message', async () => {
      const api = new FakeSharingApi();
      api.hangLoads = true;
      const el = await sharing(api);
      expect(q(el, '[part~="base"]')!.getAttribute('aria-busy')).to.equal('true');
      expect(squeeze(q(el, '[role="status"]')!.textContent)).to.equal('Loading address-book groups…');
      await expect(el).to.be.accessible();
    });

    it('error: a message and Retry', async () => {
      const api = new FakeSharingApi();
      api.loadFailure = new ProblemError('GET /clients/c1/address-book-groups', { type: 'about:blank', title: 'Internal', status: 500, code: 'internal' });
      const el = await sharing(api);
      const alert = q(el, '[part~="error"]')!;
      expect(alert.getAttribute('role')).to.equal('alert');
      expect(squeeze(alert.querySelector('p')!.textContent)).to.equal('The address-book groups could not be loaded.');
      await expect(el).to.be.accessible();
      api.loadFailure = null;
      alert.querySelector('button')!.click();
      await settle(el, 4);
      expect(shadow(el).querySelectorAll('tbody tr')).to.have.length(3);
    });

    it('read-only for an admin without users.write: no selection, no actions', async () => {
      const api = new FakeSharingApi();
      const { el, provider } = mountInContext('suite-address-book-sharing', readOnlyOperator(['users.read']), api);
      try {
        await settle(el, 4);
        expect(shadow(el).querySelectorAll('tbody tr')).to.have.length(3);
        expect(has(el, 'input[type="checkbox"]')).to.equal(false);
        expect(has(el, '[part~="actions"]')).to.equal(false);
        expect(squeeze(q(el, '.message')!.textContent)).to.equal('You can see these shares but not change them.');
        await expect(el).to.be.accessible();
      } finally {
        provider.remove();
      }
    });
  });

  describe('in French', () => {
    it('translates the table, the picker and the results', async () => {
      const api = new FakeSharingApi();
      const el = await sharing(api, 'fr');
      const headers = [...shadow(el).querySelectorAll('thead th')].map((th) => squeeze(th.textContent));
      expect(headers.slice(1)).to.deep.equal(['Groupe', 'Contacts', 'Accès de Jeanne Martin', 'Partagé avec']);
      expect(access(el, 'g1')).to.equal('Lecture et écriture');
      expect(squeeze(q(el, 'label[for="picker-input"]')!.textContent)).to.equal('Ajouter des personnes');
      await tick(el, checkbox(el, 'g3'));
      actionButton(el, 'share').click();
      await settle(el, 4);
      expect(resultText(el)).to.equal('Terminé\u00a0: 1 modification enregistrée.');
      expect(q(el, '[part~="base"]')!.getAttribute('lang')).to.equal('fr');
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
        const el = await sharing(new FakeSharingApi());
        await tick(el, selectAll(el));
        actionButton(el, 'share').click();
        await settle(el, 4);
        await typeInPicker(el, 'pa');
        el.setAttribute('lang', 'fr');
        await settle(el, 4);
        const failing = new FakeSharingApi();
        failing.loadFailure = new Error('boom');
        await sharing(failing);
      } finally {
        console.warn = original;
      }
      expect(warnings.filter((warning) => !warning.includes('Lit is in dev mode'))).to.deep.equal([]);
    });
  });
});
