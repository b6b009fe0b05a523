import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { NetworkError, ProblemError } from '../../src/api/errors.js';
import type { LicencePool, LicencePoolList } from '../../src/api/schemas/licence-pool.js';
import type { User, UserListQuery, UserPage, UserUpdate } from '../../src/api/schemas/user.js';
import '../../src/components/team-capabilities/team-capabilities.js';
import type { SuiteTeamCapabilities, TeamCapabilitiesApi } from '../../src/components/team-capabilities/team-capabilities.component.js';
import { SuiteUserChangedEvent } from '../../src/events/suite-user-changed-event.js';
import { collect, deferred, settle } from './support/async.js';
import { plainUser } from '../fixtures/user-record.js';
import { mountInContext, readOnlyOperator } from './support/context.js';

// ---------------------------------------------------------------- helpers

const XSS = '<img src=x onerror=alert(1)>';

function user(overrides: Partial<User> = {}): User {
  return plainUser({
    id: 'u1',
    userCode: 'JM01',
    firstName: 'Jeanne',
    lastName: 'Martin',
    email: 'jeanne.martin@acme.example',
    login: 'jeanne.martin',
    agencyIds: [],
    licencePoolIds: ['pool-core'],
    status: 'active',
    invitedAt: '2026-03-12T09:00:00Z',
    activatedAt: '2026-03-13T09:00:00Z',
    createdAt: '2026-03-01T09:00:00Z',
    updatedAt: '2026-03-13T09:00:00Z',
    ...overrides,
  });
}

function pool(key: string, kind: LicencePool['kind'], total: number, used: number, name = key): LicencePool {
  return { id: `pool-${key}`, clientId: 'c1', key, name, kind, total, used, remaining: total - used };
}

const CORE = pool('core', 'user', 50, 38, 'Core');
const operators = (total: number, used: number, name = 'Operators') => pool('operator', 'operator', total, used, name);

const seatLimit = () =>
  new ProblemError('PATCH /clients/c1/users/u1', {
    type: 'about:blank',
    title: 'No seat left',
    status: 409,
    code: 'seat_limit',
    detail: 'The pool "Operators" has 0 seat(s) left; this needs 1.',
    errors: [{ path: 'licencePoolIds', code: 'seat_limit', message: 'Operators: 0 left, 1 needed' }],
  });

/** A backend stand-in: holds a user and pools, applies PATCHes like the reference backend, records every call. */
class FakeTeamApi implements TeamCapabilitiesApi {
  readonly updates: UserUpdate[] = [];
  readonly listQueries: (UserListQuery | undefined)[] = [];
  getUserCalls = 0;
  /** Set to make the next loads fail or hang. */
  loadFailure: unknown = null;
  hangLoads = false;
  /** Answers the next PATCH instead of applying it. */
  nextUpdate: ((changes: UserUpdate) => Promise<User>) | null = null;

  constructor(
    public user: User,
    public pools: LicencePool[],
    public userCount = 120,
  ) {}

  private load<T>(value: () => T): Promise<T> {
    if (this.hangLoads) return new Promise<T>(() => undefined);
    if (this.loadFailure) return Promise.reject(this.loadFailure);
    return Promise.resolve(value());
  }

  getUser(): Promise<User> {
    this.getUserCalls += 1;
    return this.load(() => this.user);
  }

  listLicencePools(): Promise<LicencePoolList> {
    return this.load(() => ({ items: this.pools.map((p) => ({ ...p })) }));
  }

  listUsers(_clientId: string, query?: UserListQuery): Promise<UserPage> {
    this.listQueries.push(query);
    return this.load(() => ({ items: [], total: this.userCount, nextCursor: null }));
  }

  async updateUser(_clientId: string, _userId: string, changes: UserUpdate): Promise<User> {
    this.updates.push(changes);
    if (this.nextUpdate) {
      const answer = this.nextUpdate;
      this.nextUpdate = null;
      return answer(changes);
    }
    const before = this.user;
    this.user = { ...before, ...(changes as Partial<User>) };
    // As the reference backend: support assigns the client's operator pool (and frees it when turned off).
    const operatorPool = this.pools.find((p) => p.kind === 'operator');
    if (operatorPool && changes.capabilities && changes.capabilities.supportManagement !== before.capabilities.supportManagement) {
      const others = this.user.licencePoolIds.filter((id) => id !== operatorPool.id);
      this.user = { ...this.user, licencePoolIds: changes.capabilities.supportManagement ? [...others, operatorPool.id] : others };
    }
    this.pools = this.pools.map((p) => {
      if (p.kind !== 'operator') return p;
      const delta = Number(this.user.licencePoolIds.includes(p.id)) - Number(before.licencePoolIds.includes(p.id));
      return { ...p, used: p.used + delta, remaining: p.remaining - delta };
    });
    return this.user;
  }
}

async function capabilities(api: TeamCapabilitiesApi, lang = 'en'): Promise<SuiteTeamCapabilities> {
  const el = await fixture<SuiteTeamCapabilities>(
    html`<suite-team-capabilities client-id="c1" user-id="u1" lang=${lang} .api=${api}></suite-team-capabilities>`,
  );
  await settle(el);
  return el;
}

const shadow = (el: SuiteTeamCapabilities) => el.shadowRoot!;
const squeeze = (value: string | null | undefined) => (value ?? '').replace(/[ \t\n\r]+/g, ' ').trim();
const switchFor = (el: SuiteTeamCapabilities, capability: string) =>
  shadow(el).querySelector<HTMLButtonElement>(`[data-capability="${capability}"] [role="switch"]`)!;
const checked = (el: SuiteTeamCapabilities, capability: string) => switchFor(el, capability).getAttribute('aria-checked');
const count = (el: SuiteTeamCapabilities, which: string) => squeeze(shadow(el).querySelector(`[data-count="${which}"]`)?.textContent);
const feedback = (el: SuiteTeamCapabilities) => squeeze(shadow(el).querySelector('[part~="feedback"]')?.textContent);
const reason = (el: SuiteTeamCapabilities) => squeeze(shadow(el).querySelector('[part~="reason"]')?.textContent);
const has = (el: SuiteTeamCapabilities, selector: string) => shadow(el).querySelector(selector) !== null;

// ---------------------------------------------------------------- tests

describe('<suite-team-capabilities>', () => {
  describe('loaded', () => {
    it('shows both capabilities as APG switches with their state and the users / operators counter', async () => {
      const api = new FakeTeamApi(user({ capabilities: { remoteManagement: true, supportManagement: false } }), [CORE, operators(5, 3)]);
      const el = await capabilities(api);
      for (const capability of ['remoteManagement', 'supportManagement']) {
        const button = switchFor(el, capability);
        expect(button.tagName).to.equal('BUTTON');
        expect(button.getAttribute('role')).to.equal('switch');
        expect(button.getAttribute('aria-disabled')).to.equal('false');
      }
      expect(squeeze(switchFor(el, 'remoteManagement').querySelector('.label')!.textContent)).to.equal('Remote management');
      expect(squeeze(switchFor(el, 'supportManagement').querySelector('.label')!.textContent)).to.equal('Support management');
      expect([checked(el, 'remoteManagement'), checked(el, 'supportManagement')]).to.deep.equal(['true', 'false']);
      expect(count(el, 'users')).to.equal('120');
      expect(count(el, 'operators')).to.equal('3 of 5');
      // The team counts users, not contacts; one row is enough to read the total.
      expect(api.listQueries).to.deep.equal([{ accountType: ['user'], limit: 1 }]);
      expect(has(el, '[part~="reason"]')).to.equal(false);
      await expect(el).to.be.accessible();
    });

    it('says support is not capped when the client has no operator pool', async () => {
      const el = await capabilities(new FakeTeamApi(user(), [CORE]));
      expect(count(el, 'operators')).to.equal('not capped (no operator pool)');
      expect(switchFor(el, 'supportManagement').getAttribute('aria-disabled')).to.equal('false');
    });

    it('exposes the documented parts', async () => {
      const el = await capabilities(new FakeTeamApi(user(), [CORE, operators(1, 1)]));
      for (const part of ['base', 'counter', 'capability', 'switch', 'reason', 'feedback']) {
        expect(has(el, `[part~="${part}"]`), part).to.equal(true);
      }
    });
  });

  describe('switching', () => {
    it('turns remote management on with a click, saves only the capabilities, and emits suite-user-changed', async () => {
      const api = new FakeTeamApi(user(), [CORE, operators(5, 3)]);
      const el = await capabilities(api);
      const events = collect(document, 'suite-user-changed');
      switchFor(el, 'remoteManagement').click();
      await settle(el);
      expect(api.updates).to.deep.equal([{ capabilities: { remoteManagement: true, supportManagement: false } }]);
      expect(checked(el, 'remoteManagement')).to.equal('true');
      expect(feedback(el)).to.equal('Remote management turned on.');
      expect(events).to.have.length(1);
      const event = events[0] as SuiteUserChangedEvent;
      expect(event.user.capabilities.remoteManagement).to.equal(true);
      expect([event.bubbles, event.composed]).to.deep.equal([true, true]);
      await expect(el).to.be.accessible();
    });

    it('turning support on saves the capability (the server assigns the operator seat) and updates the counter', async () => {
      const api = new FakeTeamApi(user(), [CORE, operators(5, 3)]);
      const el = await capabilities(api);
      switchFor(el, 'supportManagement').click();
      await settle(el);
      expect(api.updates).to.deep.equal([{ capabilities: { remoteManagement: false, supportManagement: true } }]);
      expect(checked(el, 'supportManagement')).to.equal('true');
      expect(count(el, 'operators')).to.equal('4 of 5');
    });

    it('turning support off frees the operator seat', async () => {
      const api = new FakeTeamApi(
        user({ capabilities: { remoteManagement: true, supportManagement: true }, licencePoolIds: ['pool-core', 'pool-operator'] }),
        [CORE, operators(5, 5)],
      );
      const el = await capabilities(api);
      switchFor(el, 'supportManagement').click();
      await settle(el);
      expect(api.updates).to.deep.equal([{ capabilities: { remoteManagement: true, supportManagement: false } }]);
      expect(checked(el, 'supportManagement')).to.equal('false');
      expect(count(el, 'operators')).to.equal('4 of 5');
    });

    it('shows the new state at once while saving, and takes no second change meanwhile', async () => {
      const api = new FakeTeamApi(user(), [CORE, operators(5, 3)]);
      const el = await capabilities(api);
      const answer = deferred<User>();
      api.nextUpdate = () => answer.promise;
      switchFor(el, 'remoteManagement').click();
      await el.updateComplete;
      expect(checked(el, 'remoteManagement')).to.equal('true');
      expect(switchFor(el, 'remoteManagement').getAttribute('aria-disabled')).to.equal('true');
      expect(switchFor(el, 'supportManagement').getAttribute('aria-disabled')).to.equal('true');
      expect(feedback(el)).to.equal('Saving…');
      await expect(el).to.be.accessible();
      switchFor(el, 'supportManagement').click();
      expect(api.updates).to.have.length(1);
      answer.resolve(user({ capabilities: { remoteManagement: true, supportManagement: false } }));
      await settle(el);
      expect(checked(el, 'remoteManagement')).to.equal('true');
      expect(switchFor(el, 'supportManagement').getAttribute('aria-disabled')).to.equal('false');
    });
  });

  describe('keyboard (APG switch)', () => {
    for (const key of ['Space', 'Enter']) {
      it(`${key} toggles the focused switch; its label does not change`, async () => {
        const api = new FakeTeamApi(user(), [CORE, operators(5, 3)]);
        const el = await capabilities(api);
        const button = switchFor(el, 'remoteManagement');
        const label = squeeze(button.querySelector('.label')!.textContent);
        button.focus();
        await sendKeys({ press: key });
        await settle(el);
        expect(checked(el, 'remoteManagement')).to.equal('true');
        expect(squeeze(switchFor(el, 'remoteManagement').querySelector('.label')!.textContent)).to.equal(label);
        expect(shadow(el).activeElement === switchFor(el, 'remoteManagement')).to.equal(true);
        await sendKeys({ press: key });
        await settle(el);
        expect(checked(el, 'remoteManagement')).to.equal('false');
        expect(api.updates.map((u) => u.capabilities?.remoteManagement)).to.deep.equal([true, false]);
      });
    }

    it('Tab moves from one switch to the next', async () => {
      const el = await capabilities(new FakeTeamApi(user(), [CORE, operators(5, 3)]));
      switchFor(el, 'remoteManagement').focus();
      await sendKeys({ press: 'Tab' });
      expect(shadow(el).activeElement === switchFor(el, 'supportManagement')).to.equal(true);
    });
  });

  describe('full operator pool', () => {
    it('disables turning support on, keeps the switch focusable, and says why in words', async () => {
      const api = new FakeTeamApi(user(), [CORE, operators(5, 5)]);
      const el = await capabilities(api);
      const support = switchFor(el, 'supportManagement');
      expect(support.getAttribute('aria-disabled')).to.equal('true');
      expect(support.hasAttribute('disabled')).to.equal(false);
      expect(reason(el)).to.equal(
        'Support cannot be turned on: the operator pool “Operators” is full (5 of 5 seats used). Free an operator seat or buy more licences first.',
      );
      expect(support.getAttribute('aria-describedby')).to.include('supportManagement-reason');
      support.click();
      support.focus();
      await sendKeys({ press: 'Space' });
      await settle(el);
      expect(api.updates).to.deep.equal([]);
      expect(checked(el, 'supportManagement')).to.equal('false');
      // Remote management is not capped.
      expect(switchFor(el, 'remoteManagement').getAttribute('aria-disabled')).to.equal('false');
      await expect(el).to.be.accessible();
    });

    it('says by how much an over-allocated pool is over', async () => {
      const el = await capabilities(new FakeTeamApi(user(), [CORE, operators(5, 8)]));
      expect(reason(el)).to.equal(
        'Support cannot be turned on: the operator pool “Operators” is 3 over its limit. Free operator seats or buy more licences first.',
      );
      expect(count(el, 'operators')).to.equal('8 of 5');
    });

    it('still lets support be turned off, and a user already holding an operator seat is not blocked', async () => {
      const api = new FakeTeamApi(
        user({ capabilities: { remoteManagement: false, supportManagement: true }, licencePoolIds: ['pool-operator'] }),
        [CORE, operators(5, 5)],
      );
      const el = await capabilities(api);
      expect(switchFor(el, 'supportManagement').getAttribute('aria-disabled')).to.equal('false');
      expect(has(el, '[part~="reason"]')).to.equal(false);

      const holder = await capabilities(
        new FakeTeamApi(user({ role: 'operator', licencePoolIds: ['pool-operator'] }), [CORE, operators(5, 5)]),
      );
      expect(switchFor(holder, 'supportManagement').getAttribute('aria-disabled')).to.equal('false');
    });

    it('renders a pool name as text, never as markup', async () => {
      const el = await capabilities(new FakeTeamApi(user(), [CORE, operators(2, 2, XSS)]));
      expect(reason(el)).to.include(`“${XSS}”`);
      expect(has(el, 'img')).to.equal(false);
    });
  });

  describe('server refusal', () => {
    it('409 seat_limit: says which pool in words, reverts the switch, and shows the pool as it now is', async () => {
      const api = new FakeTeamApi(user(), [CORE, operators(5, 4)]);
      const el = await capabilities(api);
      const errors = collect(document, 'suite-error');
      const changes = collect(document, 'suite-user-changed');
      api.nextUpdate = async () => {
        // Another admin took the last seat meanwhile.
        api.pools = [CORE, operators(5, 5)];
        throw seatLimit();
      };
      switchFor(el, 'supportManagement').click();
      await settle(el);
      expect(checked(el, 'supportManagement')).to.equal('false');
      expect(feedback(el)).to.equal(
        'Support was not turned on: the operator pool “Operators” has no seat left. Free an operator seat or buy more licences.',
      );
      expect(count(el, 'operators')).to.equal('5 of 5');
      expect(switchFor(el, 'supportManagement').getAttribute('aria-disabled')).to.equal('true');
      expect(errors).to.have.length(1);
      expect(changes).to.have.length(0);
      await expect(el).to.be.accessible();
    });

    it('a refused change names the reason (modification prevention), a network failure says so; both revert', async () => {
      const api = new FakeTeamApi(user(), [CORE, operators(5, 3)]);
      const el = await capabilities(api);
      api.nextUpdate = () =>
        Promise.reject(new ProblemError('PATCH /clients/c1/users/u1', { type: 'about:blank', title: 'Forbidden', status: 403, code: 'forbidden' }));
      switchFor(el, 'remoteManagement').click();
      await settle(el);
      expect(checked(el, 'remoteManagement')).to.equal('false');
      expect(feedback(el)).to.equal(
        "You are not allowed to change this user's capabilities (the user may be protected against modification).",
      );
      api.nextUpdate = () => Promise.reject(new NetworkError('Failed to fetch', 'PATCH /clients/c1/users/u1'));
      switchFor(el, 'remoteManagement').click();
      await settle(el);
      expect(checked(el, 'remoteManagement')).to.equal('false');
      expect(feedback(el)).to.equal('The server could not be reached. Check your connection.');
    });
  });

  describe('states', () => {
    it('loading: aria-busy and a status message', async () => {
      const api = new FakeTeamApi(user(), [CORE]);
      api.hangLoads = true;
      const el = await capabilities(api);
      expect(shadow(el).querySelector('[part~="base"]')!.getAttribute('aria-busy')).to.equal('true');
      expect(squeeze(shadow(el).querySelector('[role="status"]')!.textContent)).to.equal('Loading team capabilities…');
      expect(has(el, '[role="switch"]')).to.equal(false);
      await expect(el).to.be.accessible();
    });

    it('error: a message, a suite-error event, and Retry loads again', async () => {
      const api = new FakeTeamApi(user(), [CORE, operators(5, 3)]);
      api.loadFailure = new ProblemError('GET /clients/c1/users/u1', { type: 'about:blank', title: 'Internal', status: 500, code: 'internal' });
      const errors = collect(document, 'suite-error');
      const el = await capabilities(api);
      const alert = shadow(el).querySelector('[part~="error"]')!;
      expect(alert.getAttribute('role')).to.equal('alert');
      expect(squeeze(alert.querySelector('p')!.textContent)).to.equal('The team capabilities could not be loaded.');
      expect(errors.length).to.be.greaterThan(0);
      await expect(el).to.be.accessible();
      api.loadFailure = null;
      alert.querySelector('button')!.click();
      await settle(el);
      expect(has(el, '[part~="error"]')).to.equal(false);
      expect(checked(el, 'remoteManagement')).to.equal('false');
    });

    it('not found: says the user is gone or out of reach', async () => {
      const api = new FakeTeamApi(user(), [CORE]);
      api.loadFailure = new ProblemError('GET /clients/c1/users/u1', { type: 'about:blank', title: 'Not found', status: 404, code: 'not_found' });
      const el = await capabilities(api);
      expect(squeeze(shadow(el).querySelector('[part~="error"] p')!.textContent)).to.equal('This user no longer exists or is outside your reach.');
    });

    it('read-only for an admin without users.write', async () => {
      const api = new FakeTeamApi(user(), [CORE, operators(5, 3)]);
      const { el, provider } = mountInContext('suite-team-capabilities', readOnlyOperator(['users.read', 'licences.read']), api);
      try {
        await settle(el);
        expect(switchFor(el, 'remoteManagement').getAttribute('aria-disabled')).to.equal('true');
        expect(squeeze(shadow(el).textContent)).to.include('You can see these capabilities but not change them.');
        switchFor(el, 'remoteManagement').click();
        await settle(el);
        expect(api.updates).to.deep.equal([]);
        await expect(el).to.be.accessible();
      } finally {
        provider.remove();
      }
    });
  });

  describe('coordination', () => {
    it('builds on a user saved elsewhere, not on its stale copy', async () => {
      const api = new FakeTeamApi(user(), [CORE, operators(5, 3)]);
      const el = await capabilities(api);
      api.user = user({ capabilities: { remoteManagement: true, supportManagement: false }, updatedAt: '2026-11-20T10:00:00Z' });
      document.body.dispatchEvent(new SuiteUserChangedEvent({ user: api.user }));
      await settle(el);
      expect(checked(el, 'remoteManagement')).to.equal('true');
      switchFor(el, 'supportManagement').click();
      await settle(el);
      expect(api.updates).to.deep.equal([{ capabilities: { remoteManagement: true, supportManagement: true } }]);
    });

    it('ignores its own save echoed by a host (no reload)', async () => {
      const api = new FakeTeamApi(user(), [CORE, operators(5, 3)]);
      const el = await capabilities(api);
      el.addEventListener('suite-user-changed', (event) => document.body.dispatchEvent(new SuiteUserChangedEvent({ user: event.user })), { once: true });
      switchFor(el, 'remoteManagement').click();
      await settle(el);
      expect(api.getUserCalls).to.equal(1);
    });

    it('takes the operator pool the server assigns: the first operator pool by id', async () => {
      const el = await capabilities(new FakeTeamApi(user(), [CORE, pool('b-ops', 'operator', 3, 3, 'Night shift'), pool('a-ops', 'operator', 4, 1, 'Day shift')]));
      expect(count(el, 'operators')).to.equal('1 of 4');
      expect(switchFor(el, 'supportManagement').getAttribute('aria-disabled')).to.equal('false');
    });

    it('loads the new user when user-id changes, showing nothing of the previous one meanwhile', async () => {
      const api = new FakeTeamApi(user({ capabilities: { remoteManagement: true, supportManagement: false } }), [CORE]);
      const el = await capabilities(api);
      expect(checked(el, 'remoteManagement')).to.equal('true');
      api.hangLoads = true;
      el.userId = 'u2';
      await el.updateComplete;
      expect(has(el, '[role="switch"]')).to.equal(false);
    });
  });

  describe('in French', () => {
    it('translates the switches, the counter and the full-pool reason', async () => {
      const el = await capabilities(new FakeTeamApi(user(), [CORE, operators(5, 5, 'Opérateurs')], 1234), 'fr');
      expect(squeeze(shadow(el).querySelector('h3')!.textContent)).to.equal("Capacités d'équipe");
      expect(squeeze(switchFor(el, 'supportManagement').querySelector('.label')!.textContent)).to.equal('Gestion du support');
      expect(count(el, 'users')).to.equal(new Intl.NumberFormat('fr').format(1234));
      expect(count(el, 'operators')).to.equal('5 sur 5');
      expect(reason(el)).to.equal(
        "Impossible d'activer le support\u00a0: le pool opérateurs «\u00a0Opérateurs\u00a0» est complet (5 sièges utilisés sur 5). Libérez un siège d'opérateur ou achetez des licences d'abord.",
      );
      expect(shadow(el).querySelector('[part~="base"]')!.getAttribute('lang')).to.equal('fr');
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
        const api = new FakeTeamApi(user(), [CORE, operators(5, 3)]);
        const el = await capabilities(api);
        switchFor(el, 'supportManagement').click();
        await settle(el);
        el.setAttribute('lang', 'fr');
        await settle(el);
        const failing = new FakeTeamApi(user(), [CORE]);
        failing.loadFailure = new Error('boom');
        await capabilities(failing);
      } finally {
        console.warn = original;
      }
      expect(warnings.filter((warning) => !warning.includes('Lit is in dev mode'))).to.deep.equal([]);
    });
  });
});
