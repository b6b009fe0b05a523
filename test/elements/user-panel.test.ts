import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { NetworkError, ProblemError } from '../../src/api/errors.js';
import type { LicencePool, LicencePoolList } from '../../src/api/schemas/licence-pool.js';
import type { Me } from '../../src/api/schemas/me.js';
import type { FieldError } from '../../src/api/schemas/problem.js';
import type { AgencyList } from '../../src/api/schemas/tenancy.js';
import type {
  PasswordResetResult,
  ReplaceResult,
  ReplaceUser,
  StatusChange,
  User,
  UserListQuery,
  UserPage,
  UserPermissions,
  UserStatus,
  UserUpdate,
} from '../../src/api/schemas/user.js';
import '../../src/components/user-panel/user-panel.js';
import type { SuiteUserPanel, UserPanelApi } from '../../src/components/user-panel/user-panel.component.js';
import type { SuiteUserPicker } from '../../src/components/user-panel/user-picker.component.js';
import type {
  SuiteErrorEvent,
  SuiteRequestCloseEvent,
  SuiteSuperviseRequestEvent,
  SuiteUserChangedEvent,
  SuiteUserDeletedEvent,
  SuiteUserReplacedEvent,
} from '../../src/events/index.js';
import { SUPER_ADMIN } from '../fixtures/admins.js';
import { plainUser } from '../fixtures/user-record.js';

// ---------------------------------------------------------------- data

const NOW = '2026-03-12T09:30:00.000Z';

function makeUser(overrides: Partial<User> = {}): User {
  return plainUser({
    id: 'u1',
    userCode: 'JM01',
    firstName: 'Jeanne',
    lastName: 'Martin',
    email: 'jeanne.martin@acme.example',
    login: 'jeanne.martin',
    jobTitle: 'Accountant',
    company: 'Acme',
    department: 'Finance',
    mobile: '+33 6 12 34 56 78',
    address: { street: '1 rue de la Paix', zip: '75002', city: 'Paris', country: 'FR' },
    agencyIds: ['a1'],
    licencePoolIds: ['p-core'],
    storageQuota: '10GB',
    backupQuota: '50GB',
    status: 'active',
    invitedAt: '2026-03-01T10:00:00.000Z',
    activatedAt: '2026-03-02T10:00:00.000Z',
    hasApiKey: true,
    createdAt: '2026-02-01T10:00:00.000Z',
    updatedAt: NOW,
    ...overrides,
  });
}

function pool(id: string, key: string, name: string, total: number, used: number): LicencePool {
  return { id, clientId: 'c1', key, name, kind: 'user', total, used, remaining: total - used };
}

const CORE = pool('p-core', 'core', 'Core', 50, 38);
const CONTRACT = pool('p-contract', 'contract', 'Contract', 10, 10);
const LEGACY = pool('p-legacy', 'legacy', 'Legacy', 5, 8);
const AGENCIES: AgencyList = {
  items: [
    { id: 'a1', clientId: 'c1', name: 'Lyon' },
    { id: 'a2', clientId: 'c1', name: 'Nantes' },
    { id: 'a3', clientId: 'c1', name: 'Lille' },
  ],
};

const AGENCY_ADMIN: Me = {
  ...SUPER_ADMIN,
  id: 'admin-2',
  role: 'admin',
  scope: { kind: 'agencies', partnerId: 'p1', clientId: 'c1', agencyIds: ['a1', 'a2'] },
};

const READER: Me = { ...SUPER_ADMIN, id: 'admin-3', role: 'operator', permissions: ['users.read', 'licences.read'] };

const problem = (status: number, code: string, errors?: FieldError[], detail?: string) =>
  new ProblemError('TEST /endpoint', { type: 'about:blank', title: code, status, code, ...(detail ? { detail } : {}), ...(errors ? { errors } : {}) });

// ---------------------------------------------------------------- fake api

interface Call {
  method: keyof UserPanelApi;
  args: unknown[];
}

type Override = (...args: never[]) => Promise<unknown>;

/** Answers like the reference backend for one user; `answer` replaces a method's behaviour for a test. */
class FakeApi implements UserPanelApi {
  readonly calls: Call[] = [];
  user: User;
  pools: LicencePool[] = [CORE, CONTRACT, LEGACY];
  directory: User[] = [];
  readonly answer: Partial<Record<keyof UserPanelApi, Override>> = {};
  /** A method waits for this before answering as usual (to see a loading state). */
  readonly hold: Partial<Record<keyof UserPanelApi, Promise<void>>> = {};

  constructor(user: User = makeUser()) {
    this.user = user;
  }

  private record<T>(method: keyof UserPanelApi, args: unknown[], fallback: () => T): Promise<T> {
    this.calls.push({ method, args });
    const override = this.answer[method] as ((...a: unknown[]) => Promise<T>) | undefined;
    if (override) return override(...args);
    return Promise.resolve(this.hold[method]).then(fallback);
  }

  callsTo(method: keyof UserPanelApi): unknown[][] {
    return this.calls.filter((call) => call.method === method).map((call) => call.args);
  }

  getUser(clientId: string, userId: string, options?: { signal?: AbortSignal }): Promise<User> {
    return this.record('getUser', [clientId, userId, options], () => this.user);
  }
  listAgencies(clientId: string, options?: { signal?: AbortSignal }): Promise<AgencyList> {
    return this.record('listAgencies', [clientId, options], () => AGENCIES);
  }
  listLicencePools(clientId: string, options?: { signal?: AbortSignal }): Promise<LicencePoolList> {
    return this.record('listLicencePools', [clientId, options], () => ({ items: this.pools }));
  }
  updateUser(clientId: string, userId: string, changes: UserUpdate): Promise<User> {
    return this.record('updateUser', [clientId, userId, changes], () => {
      this.user = { ...this.user, ...(changes as Partial<User>) };
      return this.user;
    });
  }
  deleteUser(clientId: string, userId: string): Promise<void> {
    return this.record('deleteUser', [clientId, userId], () => undefined);
  }
  changeUserStatus(clientId: string, userId: string, change: StatusChange): Promise<User> {
    return this.record('changeUserStatus', [clientId, userId, change], () => {
      this.user = { ...this.user, status: change.status, statusReason: change.reason ?? null };
      return this.user;
    });
  }
  replaceUser(clientId: string, userId: string, replacement: ReplaceUser): Promise<ReplaceResult> {
    return this.record('replaceUser', [clientId, userId, replacement], () => {
      const leaver = { ...this.user, status: 'inactive' as const, statusReason: 'replaced by Paul Durand' };
      const newcomer = makeUser({ id: 'u2', userCode: 'PD02', firstName: 'Paul', lastName: 'Durand', login: 'paul.durand', status: 'invited', licencePoolIds: this.user.licencePoolIds });
      this.user = leaver;
      return { leaver, newcomer };
    });
  }
  resetUserPassword(clientId: string, userId: string): Promise<PasswordResetResult> {
    return this.record('resetUserPassword', [clientId, userId], () => ({ userId, mustChangePassword: true as const }));
  }
  revokeUserApiKey(clientId: string, userId: string): Promise<void> {
    return this.record('revokeUserApiKey', [clientId, userId], () => undefined);
  }
  getUserPermissions(clientId: string, userId: string, options?: { signal?: AbortSignal }): Promise<UserPermissions> {
    return this.record('getUserPermissions', [clientId, userId, options], () => ({
      userId,
      permissions: [
        { key: 'account.sign_in', granted: true, source: 'role' as const },
        { key: 'agency.a1.member', granted: true, source: 'agency' as const },
        { key: 'support.sessions', granted: false, source: 'capability' as const },
        { key: 'directory.listed', granted: true, source: 'override' as const },
      ],
    }));
  }
  listUsers(clientId: string, query?: UserListQuery, options?: { signal?: AbortSignal }): Promise<UserPage> {
    return this.record('listUsers', [clientId, query, options], () => ({ items: this.directory, total: this.directory.length, nextCursor: null }));
  }
}

// ---------------------------------------------------------------- helpers
// Assertions compare booleans and strings, never elements: chai's diff of a
// failing element walks Lit's internals and can stall the browser.

async function settle(el: SuiteUserPanel): Promise<void> {
  for (let i = 0; i < 3; i++) {
    await new Promise((resolve) => setTimeout(resolve, 0));
    await el.updateComplete;
  }
}

/** `admin: null` renders with no admin at all (none set, none provided). */
async function panel(api: FakeApi, admin: Me | null = SUPER_ADMIN, lang = 'en'): Promise<SuiteUserPanel> {
  const el = await fixture<SuiteUserPanel>(
    html`<suite-user-panel client-id="c1" user-id="u1" lang=${lang} .api=${api} .admin=${admin ?? undefined}></suite-user-panel>`,
  );
  await settle(el);
  return el;
}

const root = (el: SuiteUserPanel) => el.shadowRoot!;
const $ = <T extends Element = HTMLElement>(el: SuiteUserPanel, selector: string) => root(el).querySelector<T>(selector);
const squeeze = (value: string | null | undefined) => (value ?? '').replace(/[ \t\n\r]+/g, ' ').trim();
const text = (el: SuiteUserPanel, selector = '[part~="base"]') => squeeze($(el, selector)?.textContent);
const has = (el: SuiteUserPanel, selector: string) => $(el, selector) !== null;
const actions = (el: SuiteUserPanel) => [...root(el).querySelectorAll<HTMLButtonElement>('[part~="action"]')].map((button) => button.dataset['action']);
const action = (el: SuiteUserPanel, id: string) => $<HTMLButtonElement>(el, `[data-action="${id}"]`)!;
const focused = (el: SuiteUserPanel) => root(el).activeElement as HTMLElement | null;
const dialog = (el: SuiteUserPanel) => $<HTMLDialogElement>(el, 'dialog');
const dialogButton = (el: SuiteUserPanel, label: string) =>
  [...dialog(el)!.querySelectorAll<HTMLButtonElement>('button')].find((button) => squeeze(button.textContent) === label)!;
/** The read-only view as "label value" lines. */
const items = (el: SuiteUserPanel) =>
  [...root(el).querySelectorAll('[part~="details"] .item')].map((item) => `${squeeze(item.querySelector('dt')!.textContent)} ${squeeze(item.querySelector('dd')!.textContent)}`);
const errorOf = (el: SuiteUserPanel, id: string) => squeeze($(el, `#${id}-error`)?.textContent);

function collect<K extends keyof GlobalEventHandlersEventMap>(target: EventTarget, type: K): GlobalEventHandlersEventMap[K][] {
  const seen: GlobalEventHandlersEventMap[K][] = [];
  target.addEventListener(type, (event) => seen.push(event as GlobalEventHandlersEventMap[K]));
  return seen;
}

/** A dialog's `close` event comes in a task of its own: wait for it, then for the render that follows. */
async function dialogClosed(el: SuiteUserPanel): Promise<void> {
  await waitUntil(() => !has(el, 'dialog'), 'the dialog closes', { timeout: 2000 });
  await settle(el);
}

async function edit(el: SuiteUserPanel): Promise<void> {
  action(el, 'edit').click();
  await settle(el);
}

async function type(el: SuiteUserPanel, selector: string, value: string): Promise<void> {
  const input = $<HTMLInputElement | HTMLTextAreaElement>(el, selector)!;
  input.value = value;
  input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
  await el.updateComplete;
}

async function choose(el: SuiteUserPanel, selector: string, value: string): Promise<void> {
  const select = $<HTMLSelectElement>(el, selector)!;
  select.value = value;
  select.dispatchEvent(new Event('change', { bubbles: true }));
  await el.updateComplete;
}

async function tick(el: SuiteUserPanel, selector: string, checked: boolean): Promise<void> {
  const box = $<HTMLInputElement>(el, selector)!;
  box.checked = checked;
  box.dispatchEvent(new Event('change', { bubbles: true }));
  await el.updateComplete;
}

async function save(el: SuiteUserPanel): Promise<void> {
  $<HTMLButtonElement>(el, '[part~="save-button"]')!.click();
  await settle(el);
}

/** Types into a picker and waits past its debounce for the results. */
async function search(el: SuiteUserPanel, picker: SuiteUserPicker, query: string): Promise<HTMLInputElement> {
  const input = picker.shadowRoot!.querySelector<HTMLInputElement>('input')!;
  input.focus();
  input.value = query;
  input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
  await new Promise((resolve) => setTimeout(resolve, 320));
  await picker.updateComplete;
  await settle(el);
  return input;
}

const changesSent = (api: FakeApi) => api.callsTo('updateUser').map((args) => args[2]);

// ---------------------------------------------------------------- tests

describe('<suite-user-panel>', () => {
  describe('loading and viewing', () => {
    it('says it is loading, busy, and is accessible meanwhile', async () => {
      const api = new FakeApi();
      api.answer.getUser = () => new Promise<User>(() => undefined);
      const el = await panel(api);
      expect(text(el, '[role="status"]')).to.equal('Loading the user…');
      expect($(el, '[part~="base"]')!.getAttribute('aria-busy')).to.equal('true');
      await expect(el).to.be.accessible();
    });

    it('loads the user, agencies and pools with a cancellable signal and shows every field', async () => {
      const api = new FakeApi();
      const el = await panel(api);
      expect(api.callsTo('getUser')[0]!.slice(0, 2)).to.deep.equal(['c1', 'u1']);
      expect((api.callsTo('getUser')[0]![2] as { signal: AbortSignal }).signal).to.be.instanceOf(AbortSignal);
      expect(text(el, 'h2')).to.equal('Jeanne Martin');
      expect(text(el, '[part~="status"]')).to.equal('Active');
      const details = items(el);
      for (const expected of [
        'Email jeanne.martin@acme.example',
        'Login jeanne.martin',
        'Role User',
        'Mail language French',
        'Job title Accountant',
        'Mobile phone +33 6 12 34 56 78',
        'Country code France (FR)',
        'Account type User (full access)',
        'Visibility Public: listed in the directory',
        'Modification prevention Off',
        'Two-factor authentication None',
        'Suspension date Not set',
        'Password expiration The client’s policy',
        'Creation notification Yes',
        'Storage quota 10\u00a0GB',
        'Backup quota 50\u00a0GB',
        'Agencies Lyon',
        'Licence pools Core',
      ]) {
        expect(details).to.include(expected);
      }
      expect($(el, '[part~="base"]')!.getAttribute('aria-busy')).to.equal('false');
      await expect(el).to.be.accessible();
    });

    it('shows an invited user with the invitation date', async () => {
      const el = await panel(new FakeApi(makeUser({ status: 'invited', invitedAt: '2026-03-12T10:00:00.000Z' })), SUPER_ADMIN, 'en-GB');
      expect(text(el, '[part~="status"]')).to.equal('Invited on 12/03/2026');
    });

    it('shows a banned user with the reason', async () => {
      const el = await panel(new FakeApi(makeUser({ status: 'banned', statusReason: 'Fraud' })));
      expect(text(el, '[part~="status"]')).to.equal('Banned');
      expect(text(el, 'header')).to.contain('Reason: Fraud');
    });

    it('renders a name made of markup as text, in the panel and in dialogs', async () => {
      const api = new FakeApi(makeUser({ firstName: '<img src=x onerror=alert(1)>', lastName: '<b>x</b>' }));
      const el = await panel(api);
      expect(text(el, 'h2')).to.equal('<img src=x onerror=alert(1)> <b>x</b>');
      expect(root(el).querySelectorAll('img, b').length).to.equal(0);
      action(el, 'delete').click();
      await settle(el);
      expect(text(el, '#dialog-title')).to.equal('Delete <img src=x onerror=alert(1)> <b>x</b>?');
      expect(root(el).querySelectorAll('img, b').length).to.equal(0);
    });

    it('speaks French', async () => {
      const el = await panel(new FakeApi(makeUser({ status: 'invited', invitedAt: '2026-03-12T10:00:00.000Z' })), SUPER_ADMIN, 'fr');
      expect(text(el, '[part~="status"]')).to.equal('Invité le 12/03/2026');
      expect(items(el)).to.include('Quota de stockage 10\u00a0Go');
      expect(action(el, 'edit').textContent!.trim()).to.equal('Modifier');
      expect($(el, '[part~="close-button"]')!.getAttribute('aria-label')).to.equal('Fermer la fiche utilisateur');
    });

    it('leaves a place for the team capabilities and the address-book sharing of this user', async () => {
      const el = await panel(new FakeApi());
      for (const tag of ['suite-team-capabilities', 'suite-address-book-sharing']) {
        const child = $(el, `[part~="team"] ${tag}`)!;
        expect(child.getAttribute('client-id'), tag).to.equal('c1');
        expect(child.getAttribute('user-id'), tag).to.equal('u1');
      }
    });

    it('keeps its record in step when the team section changes the user', async () => {
      const el = await panel(new FakeApi());
      const child = $(el, 'suite-team-capabilities')!;
      const { SuiteUserChangedEvent } = await import('../../src/events/index.js');
      child.dispatchEvent(new SuiteUserChangedEvent({ user: makeUser({ firstName: 'Jeannette' }) }));
      await el.updateComplete;
      expect(text(el, 'h2')).to.equal('Jeannette Martin');
    });
  });

  describe('load errors', () => {
    it('says what failed, fires suite-error, and retries on demand', async () => {
      const api = new FakeApi();
      let fail = true;
      api.answer.getUser = async () => {
        if (fail) throw problem(500, 'internal');
        return api.user;
      };
      const errors = collect(document, 'suite-error');
      const el = await panel(api);
      expect(text(el, '[part~="error"]')).to.contain('The user could not be loaded.');
      expect(errors.length).to.equal(1);
      expect((errors[0] as SuiteErrorEvent).error).to.be.instanceOf(ProblemError);
      await expect(el).to.be.accessible();
      fail = false;
      $<HTMLButtonElement>(el, '[part~="error"] button')!.click();
      await settle(el);
      expect(text(el, 'h2')).to.equal('Jeanne Martin');
    });

    it('says a user outside reach is not found, and a network failure in words', async () => {
      const api = new FakeApi();
      api.answer.getUser = async () => {
        throw problem(404, 'not_found');
      };
      const el = await panel(api);
      expect(text(el, '[part~="error"]')).to.contain('does not exist or is outside the agencies you manage');
      api.answer.getUser = async () => {
        throw new NetworkError('network down', 'GET /x');
      };
      $<HTMLButtonElement>(el, '[part~="error"] button')!.click();
      await settle(el);
      expect(text(el, '[part~="error"]')).to.contain('The server could not be reached.');
    });
  });

  describe('editing', () => {
    it('opens a form on every field, focusing the first name, accessible', async () => {
      const el = await panel(new FakeApi());
      await edit(el);
      expect(has(el, '[part~="form"]')).to.equal(true);
      expect(focused(el)?.id).to.equal('field-firstName');
      for (const id of [
        'firstName', 'lastName', 'email', 'login', 'role', 'mailLanguage', 'jobTitle', 'company', 'department', 'biography', 'phone', 'mobile',
        'address-street', 'address-zip', 'address-city', 'address-country', 'accountType', 'visibility', 'modificationPrevention', 'twoFactor',
        'suspensionDate', 'expirationMode', 'creationNotification', 'storageQuota', 'backupQuota', 'agencyIds', 'licencePoolIds',
      ]) {
        expect(has(el, `#field-${id}`), id).to.equal(true);
      }
      expect($<HTMLInputElement>(el, '#field-storageQuota')!.value).to.equal('10');
      expect($<HTMLSelectElement>(el, 'select[name="storageQuotaUnit"]')!.value).to.equal('GB');
      await expect(el).to.be.accessible();
    });

    it('saves only the changed fields, then shows the user and tells the host', async () => {
      const api = new FakeApi();
      const el = await panel(api);
      const changed = collect(el, 'suite-user-changed');
      await edit(el);
      await type(el, '#field-jobTitle', 'Head of finance');
      await save(el);
      expect(changesSent(api)).to.deep.equal([{ jobTitle: 'Head of finance' }]);
      expect(has(el, '[part~="form"]')).to.equal(false);
      expect(items(el)).to.include('Job title Head of finance');
      expect(text(el, '.notice')).to.equal('Changes saved.');
      expect(changed.map((event) => (event as SuiteUserChangedEvent).user.jobTitle)).to.deep.equal(['Head of finance']);
    });

    it('sends nothing when nothing changed', async () => {
      const api = new FakeApi();
      const el = await panel(api);
      await edit(el);
      await save(el);
      expect(api.callsTo('updateUser')).to.have.length(0);
      expect(text(el, '.notice')).to.equal('No changes to save.');
    });

    it('cancelling drops the draft without a request', async () => {
      const api = new FakeApi();
      const el = await panel(api);
      await edit(el);
      await type(el, '#field-lastName', 'Dupont');
      [...root(el).querySelectorAll<HTMLButtonElement>('.form-buttons button')].find((b) => b.textContent!.trim() === 'Cancel')!.click();
      await settle(el);
      expect(api.callsTo('updateUser')).to.have.length(0);
      expect(text(el, 'h2')).to.equal('Jeanne Martin');
      expect(focused(el)?.id).to.equal('title');
    });

    describe('field rules, checked with the contract before sending', () => {
      const cases: [string, (el: SuiteUserPanel) => Promise<void>, string, string][] = [
        ['an empty first name', (el) => type(el, '#field-firstName', '  '), 'field-firstName', 'First name is required.'],
        ['a malformed email', (el) => type(el, '#field-email', 'jeanne@'), 'field-email', 'Email: enter an email address such as jeanne.martin@example.com.'],
        ['a login in no accepted format', (el) => type(el, '#field-login', 'jeanne'), 'field-login', 'Login: use last.first, first.last or first.last@company.com.'],
        ['a malformed phone', (el) => type(el, '#field-phone', 'call me'), 'field-phone', 'Fixed phone: enter a phone number such as +33 6 12 34 56 78.'],
        ['a country that is not two letters', (el) => type(el, '#field-address-country', 'F'), 'field-address-country', 'Country code: two letters, e.g. FR.'],
        ['a quota that is not a number', (el) => type(el, '#field-storageQuota', 'lots'), 'field-storageQuota', 'Storage quota: enter a number, e.g. 10 with the unit GB.'],
        ['a backup quota under 1 GB', async (el) => {
          await type(el, '#field-backupQuota', '512');
          await choose(el, 'select[name="backupQuotaUnit"]', 'MB');
        }, 'field-backupQuota', 'Backup quota: at least 1 GB.'],
        ['SMS two-factor without a mobile', async (el) => {
          await type(el, '#field-mobile', '');
          await choose(el, '#field-twoFactor', 'SMS');
        }, 'field-mobile', 'Mobile phone is required for SMS two-factor.'],
      ];
      for (const [what, act, id, message] of cases) {
        it(`refuses ${what}, naming the field next to it, and keeps the draft`, async () => {
          const api = new FakeApi();
          const el = await panel(api);
          await edit(el);
          await type(el, '#field-jobTitle', 'Typed before');
          await act(el);
          await save(el);
          expect(api.callsTo('updateUser'), 'nothing sent').to.have.length(0);
          expect(errorOf(el, id)).to.equal(message);
          const field = $(el, `#${id}`)!;
          expect(field.getAttribute('aria-invalid')).to.equal('true');
          expect(field.getAttribute('aria-describedby')).to.contain(`${id}-error`);
          expect(focused(el)?.id).to.equal(id);
          expect(text(el, '.summary')).to.contain(message);
          expect($<HTMLInputElement>(el, '#field-jobTitle')!.value).to.equal('Typed before');
        });
      }

      it('is accessible with errors shown, and clears a field’s error as it is fixed', async () => {
        const el = await panel(new FakeApi());
        await edit(el);
        await type(el, '#field-firstName', '');
        await type(el, '#field-email', 'nope');
        await save(el);
        await expect(el).to.be.accessible();
        expect(text(el, '.summary')).to.contain('Correct 2 fields before saving:');
        await type(el, '#field-firstName', 'Jeanne');
        expect(has(el, '#field-firstName-error')).to.equal(false);
        expect(has(el, '#field-email-error')).to.equal(true);
      });

      it('sends a quota with its unit and a suspension date as an instant', async () => {
        const api = new FakeApi();
        const el = await panel(api);
        await edit(el);
        await type(el, '#field-storageQuota', '512');
        await choose(el, 'select[name="storageQuotaUnit"]', 'MB');
        await type(el, '#field-suspensionDate', '2026-12-31T18:00');
        await save(el);
        expect(changesSent(api)).to.deep.equal([{ storageQuota: '512MB', suspensionDate: new Date('2026-12-31T18:00').toISOString() }]);
      });

      it('sends visibility, password expiration, creation notification and modification prevention', async () => {
        const api = new FakeApi();
        const el = await panel(api);
        await edit(el);
        await choose(el, '#field-visibility', 'PRIVATE');
        await choose(el, '#field-expirationMode', 'DISABLED');
        await tick(el, '#field-creationNotification', false);
        await tick(el, '#field-modificationPrevention', true);
        await save(el);
        expect(changesSent(api)).to.deep.equal([{ visibility: 'PRIVATE', expirationMode: 'DISABLED', creationNotification: false, modificationPrevention: true }]);
      });
    });

    describe('contact owner', () => {
      it('asks for an owner when the account becomes a contact', async () => {
        const api = new FakeApi();
        const el = await panel(api);
        await edit(el);
        await choose(el, '#field-accountType', 'contact');
        const picker = $<SuiteUserPicker>(el, '#field-ownerLogin')!;
        expect(picker !== null, 'owner picker shown').to.equal(true);
        await save(el);
        expect(api.callsTo('updateUser')).to.have.length(0);
        await picker.updateComplete;
        expect(squeeze(picker.shadowRoot!.querySelector('[part~="error"]')?.textContent)).to.equal('Owner: a contact needs an owner; pick the user who owns it.');
        expect(picker.shadowRoot!.querySelector('input')!.getAttribute('aria-invalid')).to.equal('true');
        expect(picker.shadowRoot!.activeElement?.tagName).to.equal('INPUT');
        await expect(el).to.be.accessible();
      });

      it('clears the owner when the admin types over it, so the rule applies again', async () => {
        const api = new FakeApi(makeUser({ accountType: 'contact', ownerLogin: 'paul.durand' }));
        const el = await panel(api);
        expect(items(el)).to.include('Owner paul.durand');
        await edit(el);
        const picker = $<SuiteUserPicker>(el, '#field-ownerLogin')!;
        const input = picker.shadowRoot!.querySelector<HTMLInputElement>('input')!;
        expect(input.value).to.equal('paul.durand');
        input.value = 'someone else';
        input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
        await settle(el);
        await save(el);
        expect(api.callsTo('updateUser')).to.have.length(0);
        expect(squeeze(picker.shadowRoot!.querySelector('[part~="error"]')?.textContent)).to.contain('a contact needs an owner');
      });

      it('picks the owner with the keyboard from a search over full users and saves their login', async () => {
        const api = new FakeApi();
        api.directory = [makeUser({ id: 'u7', firstName: 'Paul', lastName: 'Durand', login: 'paul.durand' }), makeUser({ id: 'u8', firstName: 'Paula', lastName: 'Roy', login: 'paula.roy' })];
        const el = await panel(api);
        await edit(el);
        await choose(el, '#field-accountType', 'contact');
        const picker = $<SuiteUserPicker>(el, '#field-ownerLogin')!;
        const input = await search(el, picker, 'pau');
        const [clientId, query] = api.callsTo('listUsers')[0]!;
        expect(clientId).to.equal('c1');
        expect(query).to.include({ q: 'pau' });
        expect((query as UserListQuery).accountType).to.deep.equal(['user']);
        expect(input.getAttribute('aria-expanded')).to.equal('true');
        await expect(el).to.be.accessible();
        await sendKeys({ press: 'ArrowDown' });
        await sendKeys({ press: 'ArrowDown' });
        await picker.updateComplete;
        expect(input.getAttribute('aria-activedescendant')).to.match(/option-1$/);
        await sendKeys({ press: 'ArrowUp' });
        await sendKeys({ press: 'Enter' });
        await settle(el);
        expect(input.value).to.equal('Paul Durand (paul.durand)');
        expect(input.getAttribute('aria-expanded')).to.equal('false');
        await save(el);
        expect(changesSent(api)).to.deep.equal([{ accountType: 'contact', ownerLogin: 'paul.durand' }]);
      });

      it('closes the picker popup on Escape without closing the panel', async () => {
        const api = new FakeApi();
        api.directory = [makeUser({ id: 'u7', firstName: 'Paul', lastName: 'Durand', login: 'paul.durand' })];
        const el = await panel(api);
        const closes = collect(el, 'suite-request-close');
        await edit(el);
        await choose(el, '#field-accountType', 'contact');
        const picker = $<SuiteUserPicker>(el, '#field-ownerLogin')!;
        const input = await search(el, picker, 'paul');
        await sendKeys({ press: 'Escape' });
        await picker.updateComplete;
        expect(input.getAttribute('aria-expanded')).to.equal('false');
        expect(closes).to.have.length(0);
      });
    });

    describe('role, agencies and pools', () => {
      it('offers the super administrator role only to a super administrator', async () => {
        const options = async (admin: Me) => {
          const el = await panel(new FakeApi(), admin);
          await edit(el);
          return [...$<HTMLSelectElement>(el, '#field-role')!.options].map((option) => option.value);
        };
        expect(await options(SUPER_ADMIN)).to.deep.equal(['super_admin', 'admin', 'operator', 'user']);
        expect(await options(AGENCY_ADMIN)).to.deep.equal(['admin', 'operator', 'user']);
      });

      it('lets only a super administrator set modification prevention', async () => {
        const el = await panel(new FakeApi(), AGENCY_ADMIN);
        await edit(el);
        expect($<HTMLInputElement>(el, '#field-modificationPrevention')!.disabled).to.equal(true);
      });

      it('offers only the agencies within the admin’s scope', async () => {
        const el = await panel(new FakeApi(), AGENCY_ADMIN);
        await edit(el);
        const offered = [...root(el).querySelectorAll<HTMLInputElement>('input[name="agencyIds"]')].map((box) => box.value);
        expect(offered).to.deep.equal(['a1', 'a2']);
      });

      it('disables full and over-allocated pools with the reason, except one the user already holds', async () => {
        const api = new FakeApi(makeUser({ licencePoolIds: ['p-core', 'p-contract'] }));
        api.pools = [CORE, CONTRACT, LEGACY, pool('p-ops', 'ops', 'Operators', 3, 3)];
        const el = await panel(api);
        await edit(el);
        const box = (key: string) => $<HTMLInputElement>(el, `[data-pool="${key}"] input`)!;
        const reason = (key: string) => text(el, `[data-pool="${key}"] .hint`);
        expect(box('core').disabled).to.equal(false);
        expect(reason('core')).to.equal('12 of 50 seats left');
        expect(box('contract').disabled, 'held').to.equal(false);
        expect(box('ops').disabled).to.equal(true);
        expect(reason('ops')).to.equal('Full: no seat left. Free a seat or buy more licences.');
        expect(box('legacy').disabled).to.equal(true);
        expect(reason('legacy')).to.equal('Over the limit by 3: new assignments are blocked until seats are freed.');
        expect(box('legacy').getAttribute('aria-describedby')).to.equal('pool-p-legacy-seats');
      });

      it('sends the agencies and pools chosen', async () => {
        const api = new FakeApi();
        api.pools = [CORE, pool('p-contract', 'contract', 'Contract', 10, 4)];
        const el = await panel(api);
        await edit(el);
        await tick(el, '#agency-a2', true);
        await tick(el, '#pool-p-contract', true);
        await tick(el, '#pool-p-core', false);
        await save(el);
        expect(changesSent(api)).to.deep.equal([{ agencyIds: ['a1', 'a2'], licencePoolIds: ['p-contract'] }]);
      });
    });

    describe('server refusals', () => {
      it('shows a 409 duplicate email next to the email, keeping the draft', async () => {
        const api = new FakeApi();
        api.answer.updateUser = async () => {
          throw problem(409, 'email_taken', [{ path: 'email', code: 'email_taken', message: 'already used by another user of this client' }]);
        };
        const el = await panel(api);
        await edit(el);
        await type(el, '#field-email', 'Paul.Durand@acme.example');
        await type(el, '#field-jobTitle', 'Controller');
        await save(el);
        expect(errorOf(el, 'field-email')).to.equal('Email: another user of this client already has this address.');
        expect(focused(el)?.id).to.equal('field-email');
        expect($<HTMLInputElement>(el, '#field-email')!.value).to.equal('Paul.Durand@acme.example');
        expect($<HTMLInputElement>(el, '#field-jobTitle')!.value).to.equal('Controller');
        expect(has(el, '[part~="form"]')).to.equal(true);
        await expect(el).to.be.accessible();
      });

      it('shows a 422 field error next to its field, in the server’s words when it has no translation', async () => {
        const api = new FakeApi();
        api.answer.updateUser = async () => {
          throw problem(422, 'validation_failed', [
            { path: 'login', code: 'login_taken', message: 'already used' },
            { path: 'address.city', code: 'unknown_city', message: 'not a city we deliver to' },
          ]);
        };
        const el = await panel(api);
        await edit(el);
        await type(el, '#field-login', 'paul.durand');
        await save(el);
        expect(errorOf(el, 'field-login')).to.equal('Login: another user of this client already has this login.');
        expect(errorOf(el, 'field-address-city')).to.equal('City: not a city we deliver to');
        expect(has(el, '.form [part~="error"]')).to.equal(false);
      });

      it('names the full pool when the server refuses a seat', async () => {
        const api = new FakeApi();
        api.pools = [CORE, pool('p-contract', 'contract', 'Contract', 10, 9)];
        api.answer.updateUser = async () => {
          // Someone took the last seat meanwhile.
          api.pools = [CORE, pool('p-contract', 'contract', 'Contract', 10, 10)];
          throw problem(409, 'seat_limit', [{ path: 'licencePoolIds', code: 'seat_limit', message: 'Contract: 0 left, 1 needed' }]);
        };
        const el = await panel(api);
        await edit(el);
        await tick(el, '#pool-p-contract', true);
        await save(el);
        expect(errorOf(el, 'field-licencePoolIds')).to.equal('Licence pools: no seat left in Contract.');
        expect(text(el, '[data-pool="contract"] .hint')).to.equal('Full: no seat left. Free a seat or buy more licences.');
        expect($<HTMLInputElement>(el, '#pool-p-contract')!.checked, 'draft kept').to.equal(true);
      });

      it('shows a refusal about no field above the form, keeping the draft', async () => {
        const api = new FakeApi();
        api.answer.updateUser = async () => {
          throw problem(403, 'supervision_forbidden_action', [{ path: 'email', code: 'supervision_forbidden_action', message: 'email cannot be changed while supervising' }]);
        };
        const el = await panel(api);
        await edit(el);
        await type(el, '#field-email', 'new@acme.example');
        await save(el);
        expect(errorOf(el, 'field-email')).to.equal('Email cannot be changed while you supervise a user.');
        api.answer.updateUser = async () => {
          throw problem(500, 'internal', undefined, 'database unavailable');
        };
        await save(el);
        expect(text(el, '.form [part~="error"]')).to.equal('The action failed: database unavailable');
        expect($<HTMLInputElement>(el, '#field-email')!.value).to.equal('new@acme.example');
      });
    });
  });

  describe('closing', () => {
    it('asks the host to close (close button, Escape), cancelably', async () => {
      const el = await panel(new FakeApi());
      const closes = collect(el, 'suite-request-close');
      $<HTMLButtonElement>(el, '[part~="close-button"]')!.click();
      action(el, 'permissions').focus();
      await sendKeys({ press: 'Escape' });
      expect(closes.map((event) => (event as SuiteRequestCloseEvent).source)).to.deep.equal(['close-button', 'keyboard']);
      expect(closes.every((event) => event.cancelable && event.bubbles && event.composed)).to.equal(true);
    });

    it('leaves Escape to a dialog of the team section', async () => {
      const el = await panel(new FakeApi());
      const closes = collect(el, 'suite-request-close');
      const teamDialog = document.createElement('dialog');
      const inside = document.createElement('button');
      inside.textContent = 'Inside';
      teamDialog.append(inside);
      $(el, 'suite-team-capabilities')!.append(teamDialog);
      teamDialog.showModal();
      inside.focus();
      await sendKeys({ press: 'Escape' });
      expect(closes).to.have.length(0);
      expect(teamDialog.open).to.equal(false);
    });

    it('asks first when there are unsaved changes; Keep editing keeps them', async () => {
      const el = await panel(new FakeApi());
      const closes = collect(el, 'suite-request-close');
      await edit(el);
      await type(el, '#field-lastName', 'Dupont');
      const closeButton = $<HTMLButtonElement>(el, '[part~="close-button"]')!;
      closeButton.focus();
      closeButton.click();
      await settle(el);
      expect(dialog(el)!.open).to.equal(true);
      expect(text(el, '#dialog-title')).to.equal('Unsaved changes');
      expect(squeeze(focused(el)?.textContent)).to.equal('Keep editing');
      expect(closes).to.have.length(0);
      await expect(el).to.be.accessible();
      dialogButton(el, 'Keep editing').click();
      await settle(el);
      await dialogClosed(el);
      expect(focused(el) === closeButton, 'focus back on the close button').to.equal(true);
      expect($<HTMLInputElement>(el, '#field-lastName')!.value).to.equal('Dupont');
    });

    it('Escape in the question keeps editing too', async () => {
      const el = await panel(new FakeApi());
      await edit(el);
      await type(el, '#field-lastName', 'Dupont');
      $<HTMLInputElement>(el, '#field-lastName')!.focus();
      await sendKeys({ press: 'Escape' });
      await settle(el);
      expect(dialog(el)!.open).to.equal(true);
      await sendKeys({ press: 'Escape' });
      await settle(el);
      await dialogClosed(el);
      expect(focused(el)?.id).to.equal('field-lastName');
      expect($<HTMLInputElement>(el, '#field-lastName')!.value).to.equal('Dupont');
    });

    it('discarding asks the host to close and drops the draft unless the host keeps the panel open', async () => {
      const el = await panel(new FakeApi());
      const closes = collect(el, 'suite-request-close');
      await edit(el);
      await type(el, '#field-lastName', 'Dupont');
      const veto = (event: Event) => event.preventDefault();
      el.addEventListener('suite-request-close', veto);
      $<HTMLButtonElement>(el, '[part~="close-button"]')!.click();
      await settle(el);
      dialogButton(el, 'Discard changes').click();
      await settle(el);
      expect(closes).to.have.length(1);
      expect($<HTMLInputElement>(el, '#field-lastName')!.value, 'host kept it open').to.equal('Dupont');
      el.removeEventListener('suite-request-close', veto);
      $<HTMLButtonElement>(el, '[part~="close-button"]')!.click();
      await settle(el);
      dialogButton(el, 'Discard changes').click();
      await settle(el);
      expect(closes).to.have.length(2);
      expect(has(el, '[part~="form"]')).to.equal(false);
    });
  });

  describe('actions by status and permission', () => {
    const expected: Record<UserStatus, string[]> = {
      pending: ['edit', 'invite', 'deactivate', 'permissions', 'ban', 'close', 'delete'],
      invited: ['edit', 'resend-invitation', 'deactivate', 'replace', 'permissions', 'ban', 'close', 'delete'],
      active: ['edit', 'deactivate', 'replace', 'supervise', 'reset-password', 'permissions', 'ban', 'close', 'delete'],
      inactive: ['edit', 'reactivate', 'reset-password', 'permissions', 'ban', 'close', 'delete'],
      banned: ['edit', 'permissions', 'close', 'delete'],
      closed: ['edit', 'reopen', 'permissions', 'delete'],
    };
    for (const [status, ids] of Object.entries(expected)) {
      it(`offers to a ${status} user only what the status allows`, async () => {
        const el = await panel(new FakeApi(makeUser({ status: status as UserStatus, hasApiKey: false })));
        expect(actions(el)).to.deep.equal(ids);
      });
    }

    it('offers to revoke an API key only when there is one, and a password change only when not already required', async () => {
      const el = await panel(new FakeApi(makeUser({ hasApiKey: true, mustChangePassword: true })));
      expect(actions(el)).to.include('revoke-api-key');
      expect(actions(el)).to.not.include('reset-password');
      expect(text(el, 'header')).to.contain('Must change their password at next sign-in.');
    });

    it('shows a reader only the permissions', async () => {
      const el = await panel(new FakeApi(), READER);
      expect(actions(el)).to.deep.equal(['permissions']);
      await expect(el).to.be.accessible();
    });

    it('shows nothing to change without an admin', async () => {
      const el = await panel(new FakeApi(), null);
      expect(actions(el)).to.deep.equal(['permissions']);
    });

    it('locks a protected record for an administrator, not for a super administrator', async () => {
      const user = makeUser({ modificationPrevention: true, hasApiKey: false });
      const locked = await panel(new FakeApi(user), AGENCY_ADMIN);
      expect(text(locked, '.locked')).to.contain('only a super administrator can change it');
      expect(actions(locked)).to.deep.equal(['supervise', 'reset-password', 'permissions']);
      const open = await panel(new FakeApi(user), SUPER_ADMIN);
      expect(has(open, '.locked')).to.equal(false);
      expect(actions(open)).to.include('edit');
    });

    it('does not offer to supervise an administrator, nor while already supervising', async () => {
      const admin = await panel(new FakeApi(makeUser({ role: 'admin' })));
      expect(actions(admin)).to.not.include('supervise');
      const supervising = await panel(new FakeApi(), { ...SUPER_ADMIN, supervisionSessionId: 's1' });
      expect(actions(supervising)).to.not.include('supervise');
    });

    it('is accessible with every action offered', async () => {
      const el = await panel(new FakeApi());
      await expect(el).to.be.accessible();
    });
  });

  describe('status actions', () => {
    it('deactivates, then says so, shows the status and tells the host', async () => {
      const api = new FakeApi();
      const el = await panel(api);
      const changed = collect(el, 'suite-user-changed');
      action(el, 'deactivate').click();
      await settle(el);
      expect(api.callsTo('changeUserStatus')[0]![2]).to.deep.equal({ status: 'inactive' });
      expect(text(el, '[part~="status"]')).to.equal('Inactive');
      expect(text(el, '.notice')).to.equal('Jeanne Martin was deactivated.');
      expect(changed.map((event) => (event as SuiteUserChangedEvent).user.status)).to.deep.equal(['inactive']);
      expect(actions(el)).to.include('reactivate');
    });

    it('reactivates, and names the full pool when the seat is refused', async () => {
      const api = new FakeApi(makeUser({ status: 'inactive', licencePoolIds: ['p-contract'] }));
      api.answer.changeUserStatus = async () => {
        throw problem(409, 'seat_limit', [{ path: 'licencePoolIds', code: 'seat_limit', message: 'Contract: 0 left, 1 needed' }]);
      };
      const el = await panel(api);
      action(el, 'reactivate').click();
      await settle(el);
      expect(api.callsTo('changeUserStatus')[0]![2]).to.deep.equal({ status: 'active' });
      expect(text(el, '[part~="error"]')).to.equal('No seat left in Contract: free a seat or buy more licences.');
      expect(text(el, '[part~="status"]')).to.equal('Inactive');
      await expect(el).to.be.accessible();
    });

    it('reopens a closed account explicitly', async () => {
      const api = new FakeApi(makeUser({ status: 'closed' }));
      const el = await panel(api);
      action(el, 'reopen').click();
      await settle(el);
      expect(api.callsTo('changeUserStatus')[0]![2]).to.deep.equal({ status: 'active', reopen: true });
      expect(text(el, '.notice')).to.equal('The account of Jeanne Martin was reopened.');
    });

    it('says a refused transition in words and shows the status as it now is', async () => {
      const api = new FakeApi();
      api.answer.changeUserStatus = async () => {
        api.user = { ...api.user, status: 'banned', statusReason: 'by another admin' };
        throw problem(409, 'invalid_transition', [{ path: 'status', code: 'invalid_transition', message: 'not allowed from banned' }]);
      };
      const el = await panel(api);
      action(el, 'deactivate').click();
      await settle(el);
      expect(text(el, '[part~="error"]')).to.contain('Not possible in the user’s current status');
      expect(text(el, '[part~="status"]')).to.equal('Banned');
    });
  });

  describe('ban', () => {
    it('asks for a reason in a dialog, refuses none, then bans', async () => {
      const api = new FakeApi();
      const el = await panel(api);
      action(el, 'ban').focus();
      action(el, 'ban').click();
      await settle(el);
      expect(dialog(el)!.open).to.equal(true);
      expect(text(el, '#dialog-title')).to.equal('Ban Jeanne Martin');
      expect(focused(el)?.id).to.equal('ban-reason');
      await expect(el).to.be.accessible();
      dialogButton(el, 'Ban').click();
      await settle(el);
      expect(api.callsTo('changeUserStatus')).to.have.length(0);
      expect(errorOf(el, 'ban-reason')).to.equal('Reason is required.');
      expect($(el, '#ban-reason')!.getAttribute('aria-invalid')).to.equal('true');
      await expect(el).to.be.accessible();
      await type(el, '#ban-reason', 'Shared the account');
      dialogButton(el, 'Ban').click();
      await settle(el);
      expect(api.callsTo('changeUserStatus')[0]![2]).to.deep.equal({ status: 'banned', reason: 'Shared the account' });
      await dialogClosed(el);
      expect(text(el, '[part~="status"]')).to.equal('Banned');
      expect(text(el, 'header')).to.contain('Reason: Shared the account');
      // The Ban button is gone for a banned user: focus lands on the title.
      expect(focused(el)?.id).to.equal('title');
    });

    it('closes on Escape and gives focus back to the Ban button', async () => {
      const el = await panel(new FakeApi());
      action(el, 'ban').focus();
      action(el, 'ban').click();
      await settle(el);
      await sendKeys({ press: 'Escape' });
      await settle(el);
      await dialogClosed(el);
      expect(focused(el) === action(el, 'ban'), 'focus back on Ban').to.equal(true);
    });

    it('keeps the dialog and the reason when the server refuses', async () => {
      const api = new FakeApi();
      api.answer.changeUserStatus = async () => {
        throw problem(403, 'forbidden');
      };
      const el = await panel(api);
      action(el, 'ban').click();
      await settle(el);
      await type(el, '#ban-reason', 'Fraud');
      dialogButton(el, 'Ban').click();
      await settle(el);
      expect(dialog(el)!.open).to.equal(true);
      expect(text(el, 'dialog [part~="error"]')).to.equal('You are not allowed to do this.');
      expect($<HTMLTextAreaElement>(el, '#ban-reason')!.value).to.equal('Fraud');
    });
  });

  describe('close the account', () => {
    it('confirms in a dialog focusing Cancel, then closes with the optional reason', async () => {
      const api = new FakeApi();
      const el = await panel(api);
      action(el, 'close').click();
      await settle(el);
      expect(squeeze(focused(el)?.textContent)).to.equal('Cancel');
      await expect(el).to.be.accessible();
      await type(el, '#close-reason', 'Left the company');
      dialogButton(el, 'Close the account').click();
      await settle(el);
      expect(api.callsTo('changeUserStatus')[0]![2]).to.deep.equal({ status: 'closed', reason: 'Left the company' });
      expect(text(el, '[part~="status"]')).to.equal('Closed');
      expect(actions(el)).to.include('reopen');
    });
  });

  describe('delete', () => {
    it('confirms in a dialog that focuses Cancel; Cancel deletes nothing and restores focus', async () => {
      const api = new FakeApi();
      const el = await panel(api);
      action(el, 'delete').focus();
      action(el, 'delete').click();
      await settle(el);
      expect(dialog(el)!.open).to.equal(true);
      expect(squeeze(focused(el)?.textContent)).to.equal('Cancel');
      expect(text(el, 'dialog')).to.contain('This cannot be undone.');
      await expect(el).to.be.accessible();
      await sendKeys({ press: 'Enter' });
      await settle(el);
      expect(api.callsTo('deleteUser')).to.have.length(0);
      await dialogClosed(el);
      expect(focused(el) === action(el, 'delete'), 'focus back on Delete').to.equal(true);
    });

    it('deletes on confirmation and tells the host', async () => {
      const api = new FakeApi();
      const el = await panel(api);
      const deleted = collect(el, 'suite-user-deleted');
      action(el, 'delete').click();
      await settle(el);
      dialogButton(el, 'Delete').click();
      await settle(el);
      expect(api.callsTo('deleteUser')).to.deep.equal([['c1', 'u1']]);
      expect(deleted.map((event) => (event as SuiteUserDeletedEvent).userId)).to.deep.equal(['u1']);
      expect(text(el, '[role="status"]')).to.equal('Jeanne Martin was deleted.');
      await waitUntil(() => focused(el)?.id === 'title', 'focus on the message');
      await expect(el).to.be.accessible();
    });

    it('shows the next user when the host opens another one after a deletion', async () => {
      const api = new FakeApi();
      const el = await panel(api);
      action(el, 'delete').click();
      await settle(el);
      dialogButton(el, 'Delete').click();
      await settle(el);
      api.user = makeUser({ id: 'u2', firstName: 'Paul', lastName: 'Durand' });
      let release!: () => void;
      api.hold.getUser = new Promise<void>((resolve) => (release = resolve));
      el.userId = 'u2';
      await settle(el);
      expect(text(el, '[role="status"]')).to.equal('Loading the user…');
      release();
      await settle(el);
      expect(text(el, 'h2')).to.equal('Paul Durand');
    });

    it('says a refusal while supervising in words, in the dialog', async () => {
      const api = new FakeApi();
      api.answer.deleteUser = async () => {
        throw problem(403, 'supervision_forbidden_action', undefined, 'Deleting a user is not allowed while supervising a user; end the supervision first.');
      };
      const el = await panel(api);
      action(el, 'delete').click();
      await settle(el);
      dialogButton(el, 'Delete').click();
      await settle(el);
      expect(text(el, 'dialog [part~="error"]')).to.equal('Not allowed while you supervise a user: end the supervision first.');
      await expect(el).to.be.accessible();
    });
  });

  describe('password, API key, supervision', () => {
    it('forces a password change at next sign-in', async () => {
      const api = new FakeApi();
      const el = await panel(api);
      const changed = collect(el, 'suite-user-changed');
      action(el, 'reset-password').click();
      await settle(el);
      expect(api.callsTo('resetUserPassword')).to.deep.equal([['c1', 'u1']]);
      expect(text(el, '.notice')).to.equal('Jeanne Martin will have to change their password at next sign-in.');
      expect(text(el, 'header')).to.contain('Must change their password');
      expect(changed).to.have.length(1);
    });

    it('says a 403 while supervising in words', async () => {
      const api = new FakeApi();
      api.answer.resetUserPassword = async () => {
        throw problem(403, 'supervision_forbidden_action');
      };
      const el = await panel(api);
      action(el, 'reset-password').click();
      await settle(el);
      expect(text(el, '[part~="error"]')).to.equal('Not allowed while you supervise a user: end the supervision first.');
    });

    it('revokes the API key', async () => {
      const api = new FakeApi();
      const el = await panel(api);
      action(el, 'revoke-api-key').click();
      await settle(el);
      expect(api.callsTo('revokeUserApiKey')).to.deep.equal([['c1', 'u1']]);
      expect(text(el, '.notice')).to.equal('The API key of Jeanne Martin was revoked.');
      expect(actions(el)).to.not.include('revoke-api-key');
    });

    it('asks the host to invite a pending user, or to resend an invited user’s invitation', async () => {
      const pending = await panel(new FakeApi(makeUser({ status: 'pending', invitedAt: null })));
      const requests = collect(document, 'suite-invite-request');
      expect(action(pending, 'invite').textContent!.trim()).to.equal('Invite…');
      action(pending, 'invite').click();
      const invited = await panel(new FakeApi(makeUser({ status: 'invited' })));
      expect(action(invited, 'resend-invitation').textContent!.trim()).to.equal('Resend the invitation…');
      action(invited, 'resend-invitation').click();
      expect(requests.map((event) => event.user.status)).to.deep.equal(['pending', 'invited']);
      const withoutRight = await panel(new FakeApi(makeUser({ status: 'pending' })), { ...SUPER_ADMIN, permissions: ['users.read', 'users.write'] });
      expect(actions(withoutRight)).to.not.include('invite');
    });

    it('asks the host to supervise, cancelably', async () => {
      const el = await panel(new FakeApi());
      const requests = collect(el, 'suite-supervise-request');
      action(el, 'supervise').click();
      expect(requests).to.have.length(1);
      expect((requests[0] as SuiteSuperviseRequestEvent).user.id).to.equal('u1');
      expect(requests[0]!.cancelable).to.equal(true);
    });
  });

  describe('permissions', () => {
    it('lists each permission with where it comes from', async () => {
      const api = new FakeApi();
      let release!: () => void;
      api.hold.getUserPermissions = new Promise<void>((resolve) => (release = resolve));
      const el = await panel(api);
      action(el, 'permissions').click();
      await settle(el);
      expect(text(el, 'dialog [role="status"]')).to.equal('Loading the permissions…');
      await expect(el).to.be.accessible();
      release();
      await settle(el);
      const rows = [...root(el).querySelectorAll('dialog tbody tr')].map((row) => squeeze(row.textContent));
      expect(rows).to.deep.equal([
        'account.sign_in Granted Role and account',
        'agency.a1.member Granted Agency',
        'support.sessions Denied Team capability',
        'directory.listed Granted Account setting',
      ]);
      expect(squeeze(focused(el)?.textContent)).to.equal('Close');
      await expect(el).to.be.accessible();
    });

    it('says when they cannot be loaded, with a retry', async () => {
      const api = new FakeApi();
      api.answer.getUserPermissions = async () => {
        throw problem(500, 'internal');
      };
      const el = await panel(api);
      action(el, 'permissions').click();
      await settle(el);
      expect(text(el, 'dialog [part~="error"]')).to.contain('The permissions could not be loaded.');
      await expect(el).to.be.accessible();
      delete api.answer.getUserPermissions;
      [...dialog(el)!.querySelectorAll<HTMLButtonElement>('button')].find((b) => b.textContent!.trim() === 'Retry')!.click();
      await settle(el);
      expect(root(el).querySelectorAll('dialog tbody tr').length).to.equal(4);
    });
  });

  describe('replace', () => {
    async function openReplace(api: FakeApi): Promise<SuiteUserPanel> {
      const el = await panel(api);
      action(el, 'replace').click();
      await settle(el);
      return el;
    }

    it('picks an existing pending or inactive user, moves the seat and shows it', async () => {
      const api = new FakeApi();
      api.directory = [makeUser({ id: 'u2', firstName: 'Paul', lastName: 'Durand', login: 'paul.durand', status: 'pending', licencePoolIds: [] })];
      const el = await openReplace(api);
      const replaced = collect(el, 'suite-user-replaced');
      const changed = collect(el, 'suite-user-changed');
      expect(text(el, '#dialog-title')).to.equal('Replace Jeanne Martin');
      await expect(el).to.be.accessible();
      const picker = $<SuiteUserPicker>(el, '#newcomer-picker')!;
      await search(el, picker, 'paul');
      const query = api.callsTo('listUsers')[0]![1] as UserListQuery;
      expect(query.status).to.deep.equal(['pending', 'inactive']);
      await sendKeys({ press: 'ArrowDown' });
      await sendKeys({ press: 'Enter' });
      await settle(el);
      dialogButton(el, 'Replace').click();
      await settle(el);
      expect(api.callsTo('replaceUser')[0]!.slice(1)).to.deep.equal(['u1', { newcomerId: 'u2' }]);
      expect(text(el, '#dialog-title')).to.equal('The seat moved');
      expect(text(el, '[data-role="leaver"]')).to.equal('Jeanne Martin is now Inactive.');
      expect(text(el, '[data-role="newcomer"]')).to.contain('Paul Durand (Invited on');
      expect(text(el, '[data-role="newcomer"]')).to.contain('now holds Core.');
      expect(squeeze(focused(el)?.textContent)).to.equal('Done');
      expect(replaced).to.have.length(1);
      expect((replaced[0] as SuiteUserReplacedEvent).leaver.status).to.equal('inactive');
      expect((replaced[0] as SuiteUserReplacedEvent).newcomer.licencePoolIds).to.deep.equal(['p-core']);
      expect(changed.map((event) => (event as SuiteUserChangedEvent).user.id)).to.deep.equal(['u1']);
      await expect(el).to.be.accessible();
      dialogButton(el, 'Done').click();
      await settle(el);
      expect(text(el, '[part~="status"]')).to.equal('Inactive');
    });

    it('asks for the newcomer when none is picked', async () => {
      const api = new FakeApi();
      const el = await openReplace(api);
      dialogButton(el, 'Replace').click();
      await settle(el);
      expect(api.callsTo('replaceUser')).to.have.length(0);
      const picker = $<SuiteUserPicker>(el, '#newcomer-picker')!;
      expect(squeeze(picker.shadowRoot!.querySelector('[part~="error"]')?.textContent)).to.equal('Newcomer: pick the user who takes the seat.');
    });

    it('creates the newcomer from a small form checked with the contract', async () => {
      const api = new FakeApi();
      const el = await openReplace(api);
      await tick(el, '#replace-create', true);
      dialogButton(el, 'Replace').click();
      await settle(el);
      expect(api.callsTo('replaceUser')).to.have.length(0);
      expect(errorOf(el, 'newcomer-firstName')).to.equal('First name is required.');
      expect(errorOf(el, 'newcomer-email')).to.equal('Email is required.');
      expect(focused(el)?.id).to.equal('newcomer-firstName');
      await expect(el).to.be.accessible();
      await type(el, '#newcomer-firstName', 'Paul');
      await type(el, '#newcomer-lastName', 'Durand');
      await type(el, '#newcomer-email', 'paul.durand@acme.example');
      await type(el, '#newcomer-login', 'paul.durand');
      dialogButton(el, 'Replace').click();
      await settle(el);
      expect(api.callsTo('replaceUser')[0]![2]).to.deep.equal({
        newcomer: { firstName: 'Paul', lastName: 'Durand', email: 'paul.durand@acme.example', login: 'paul.durand', mailLanguage: 'fr', agencyIds: ['a1'] },
      });
      expect(text(el, '#dialog-title')).to.equal('The seat moved');
    });

    it('shows the server’s complaint about the newcomer next to the field', async () => {
      const api = new FakeApi();
      api.answer.replaceUser = async () => {
        throw problem(409, 'email_taken', [{ path: 'newcomer.email', code: 'email_taken', message: 'already used' }]);
      };
      const el = await openReplace(api);
      await tick(el, '#replace-create', true);
      await type(el, '#newcomer-firstName', 'Paul');
      await type(el, '#newcomer-lastName', 'Durand');
      await type(el, '#newcomer-email', 'jeanne.martin@acme.example');
      await type(el, '#newcomer-login', 'paul.durand');
      dialogButton(el, 'Replace').click();
      await settle(el);
      expect(errorOf(el, 'newcomer-email')).to.equal('Email: another user of this client already has this address.');
      expect($<HTMLInputElement>(el, '#newcomer-firstName')!.value).to.equal('Paul');
    });

    it('names the pool when the seat cannot move', async () => {
      const api = new FakeApi(makeUser({ licencePoolIds: ['p-contract'] }));
      api.directory = [makeUser({ id: 'u2', firstName: 'Paul', lastName: 'Durand', login: 'paul.durand', status: 'inactive', licencePoolIds: [] })];
      api.answer.replaceUser = async () => {
        throw problem(409, 'seat_limit', [{ path: 'licencePoolIds', code: 'seat_limit', message: 'Contract: 0 left, 1 needed' }]);
      };
      const el = await openReplace(api);
      await search(el, $<SuiteUserPicker>(el, '#newcomer-picker')!, 'paul');
      await sendKeys({ press: 'ArrowDown' });
      await sendKeys({ press: 'Enter' });
      await settle(el);
      dialogButton(el, 'Replace').click();
      await settle(el);
      expect(text(el, 'dialog [part~="error"]')).to.equal('No seat left in Contract: free a seat or buy more licences.');
      expect(dialog(el)!.open).to.equal(true);
    });
  });
});
