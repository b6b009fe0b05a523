import { ContextProvider } from '@lit/context';
import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { NetworkError, ProblemError } from '../../src/api/errors.js';
import type { EffectiveBranding } from '../../src/api/schemas/branding.js';
import { MODULE_IMPACTS, MODULE_KEYS } from '../../src/api/schemas/modules.js';
import type { EffectiveModule } from '../../src/api/schemas/modules.js';
import type { SupervisionSession } from '../../src/api/schemas/supervision.js';
import type { User, UserUpdate } from '../../src/api/schemas/user.js';
import type { SuiteApi } from '../../src/api/suite-api.js';
import '../../src/components/supervision-frame/supervision-frame.js';
import { supervisionStartMessage, type SuiteSupervisionFrame } from '../../src/components/supervision-frame/supervision-frame.component.js';
import { apiContext } from '../../src/context/api-context.js';
import type { SuiteSupervisionEndedEvent } from '../../src/events/index.js';
import { contrastRatio } from '../../src/theming/contrast.js';
import { DEFAULT_BRANDING } from '../../src/theming/default-branding.js';
import { plainUser } from '../fixtures/user-record.js';
import { collect, deferred, settle } from './support/async.js';

// ---------------------------------------------------------------- helpers

const TOKEN = 'sv-token-0123456789abcdef';

/**
 * A session of `lengthMs` as the server answers it. Its times are years in the
 * past on purpose: the frame counts the server's length on its own clock, so a
 * client clock far from the server's changes nothing.
 */
function session(lengthMs = 30 * 60_000): SupervisionSession {
  const startedAt = Date.parse('2001-03-04T10:00:00Z');
  return {
    id: 'sv-1',
    clientId: 'c1',
    userId: 'u1',
    adminId: 'adm-1',
    reason: 'Show Jeanne where her invoices are',
    token: TOKEN,
    startedAt: new Date(startedAt).toISOString(),
    expiresAt: new Date(startedAt + lengthMs).toISOString(),
    endedAt: null,
  };
}

const ended = (s: SupervisionSession): SupervisionSession => ({ ...s, token: null, endedAt: '2001-03-04T10:05:00Z' });

function jeanne(overrides: Partial<User> = {}): User {
  return plainUser({
    id: 'u1',
    userCode: 'JM042',
    firstName: 'Jeanne',
    lastName: 'Martin',
    email: 'jeanne.martin@example.com',
    login: 'jeanne.martin',
    mobile: '+33 6 12 34 56 78',
    agencyIds: [],
    licencePoolIds: [],
    status: 'active',
    invitedAt: '2026-01-01T09:00:00Z',
    activatedAt: '2026-01-02T09:00:00Z',
    createdAt: '2026-01-01T09:00:00Z',
    updatedAt: '2026-01-02T09:00:00Z',
    ...overrides,
  });
}

const problem = (status: number, code: string) => new ProblemError('TEST', { type: 'about:blank', title: code, status, code });

const branding = Object.fromEntries(Object.entries(DEFAULT_BRANDING).map(([field, value]) => [field, { value, source: 'default' }])) as EffectiveBranding;
const modules: EffectiveModule[] = MODULE_KEYS.map((key) => ({ key, enabled: true, source: 'default', impacts: [...MODULE_IMPACTS[key]] }));

/** What the supervision token may do, recorded. */
class SupervisionApi {
  calls: string[] = [];
  updates: UserUpdate[] = [];
  user: () => Promise<User> = () => Promise.resolve(jeanne());
  branding: () => Promise<EffectiveBranding> = () => Promise.resolve(branding);
  update: (changes: UserUpdate) => Promise<User> = (changes) => Promise.resolve(jeanne(changes as Partial<User>));
  end: () => Promise<SupervisionSession> = () => Promise.resolve(ended(session()));
  getUser(clientId: string, userId: string): Promise<User> {
    this.calls.push(`getUser ${clientId} ${userId}`);
    return this.user();
  }
  getEffectiveBranding(clientId: string): Promise<EffectiveBranding> {
    this.calls.push(`getEffectiveBranding ${clientId}`);
    return this.branding();
  }
  getEffectiveModules(clientId: string): Promise<EffectiveModule[]> {
    this.calls.push(`getEffectiveModules ${clientId}`);
    return Promise.resolve(modules);
  }
  assetUrl(assetId: string): string {
    return `https://cdn.example.com/assets/${assetId}`;
  }
  updateUser(_clientId: string, _userId: string, changes: UserUpdate): Promise<User> {
    this.calls.push('updateUser');
    this.updates.push(changes);
    return this.update(changes);
  }
  endSupervision(sessionId: string): Promise<SupervisionSession> {
    this.calls.push(`endSupervision ${sessionId}`);
    return this.end();
  }
}

/** The admin's api: only ends sessions (anything else it is asked is a leak of the admin's token into the frame). */
class AdminApi {
  ends: string[] = [];
  end: () => Promise<SupervisionSession> = () => Promise.resolve(ended(session()));
  endSupervision(sessionId: string): Promise<SupervisionSession> {
    this.ends.push(sessionId);
    return this.end();
  }
}

interface Mounted {
  el: SuiteSupervisionFrame;
  supervision: SupervisionApi;
  admin: AdminApi | undefined;
  events: SuiteSupervisionEndedEvent[];
}

const mountedHosts: HTMLElement[] = [];

async function mount(
  options: {
    lengthMs?: number;
    user?: User;
    supervision?: SupervisionApi;
    admin?: AdminApi | null;
    lang?: string;
    style?: string;
    src?: string;
    rounds?: number;
  } = {},
): Promise<Mounted> {
  const supervision = options.supervision ?? new SupervisionApi();
  const admin = options.admin === null ? undefined : (options.admin ?? new AdminApi());
  const host = document.createElement('div');
  if (options.style) host.setAttribute('style', options.style);
  if (admin) new ContextProvider(host, { context: apiContext, initialValue: admin as unknown as SuiteApi });
  const el = document.createElement('suite-supervision-frame');
  el.session = session(options.lengthMs);
  el.supervisionApi = supervision as unknown as SuiteApi;
  if (options.user) el.user = options.user;
  if (options.src !== undefined) el.src = options.src;
  el.lang = options.lang ?? 'en';
  host.append(el);
  document.body.append(host);
  mountedHosts.push(host);
  const events = collect(el, 'suite-supervision-ended');
  await settle(el, options.rounds ?? 4);
  return { el, supervision, admin, events };
}

const $ = <T extends Element = HTMLElement>(el: Element, selector: string) => el.shadowRoot!.querySelector<T>(selector);
const text = (node: Element | null | undefined) => (node?.textContent ?? '').replace(/[ \t\n]+/g, ' ').trim();
const dashboard = (el: SuiteSupervisionFrame) => $(el, 'suite-selfcare-dashboard');

/** The focused element, through shadow roots. */
function deepActive(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

/** Banner text pairs as the browser paints them: the banner's, and each text inside it over the banner. */
function bannerRatios(el: SuiteSupervisionFrame): number[] {
  const banner = $(el, '[part="banner"]')!;
  const background = getComputedStyle(banner).backgroundColor;
  const texts = [banner, ...banner.querySelectorAll('h2, .timer, button')];
  return texts.map((node) => {
    const style = getComputedStyle(node);
    const own = style.backgroundColor;
    return contrastRatio(style.color, own === 'rgba(0, 0, 0, 0)' ? background : own);
  });
}

afterEach(() => {
  for (const host of mountedHosts.splice(0)) host.remove();
  document.head.querySelectorAll('style[data-test], link[data-test]').forEach((node) => node.remove());
});

// ---------------------------------------------------------------- tests

describe('<suite-supervision-frame>', () => {
  describe('banner', () => {
    it('names the supervised user as text, never as markup, and focuses its heading on opening', async () => {
      const { el } = await mount({ user: jeanne({ firstName: '<img src=x onerror=alert(1)>' }) });
      const heading = $(el, '#banner-title')!;
      expect(text(heading)).to.equal("You are supervising <img src=x onerror=alert(1)> Martin's selfcare");
      expect(el.shadowRoot!.querySelectorAll('img')).to.have.length(0);
      expect(el.shadowRoot!.activeElement).to.equal(heading);
      expect($(el, '[part="banner"]')!.getAttribute('aria-labelledby')).to.equal('banner-title');
      await expect(el).to.be.accessible();
    });

    it('loads the name with the supervision token when no user is given, and is accessible while loading', async () => {
      const supervision = new SupervisionApi();
      const user = deferred<User>();
      supervision.user = () => user.promise;
      const { el } = await mount({ supervision });
      expect(text($(el, '#banner-title'))).to.equal("You are supervising a user's selfcare");
      expect(text($(el, '.account [role="status"]'))).to.equal('Loading the user…');
      await expect(el).to.be.accessible();
      user.resolve(jeanne());
      await settle(el);
      expect(supervision.calls).to.include('getUser c1 u1');
      expect(text($(el, '#banner-title'))).to.equal("You are supervising Jeanne Martin's selfcare");
      expect(text($(el, '.exit'))).to.equal('Exit');
      expect($(el, '.exit')!.getAttribute('aria-label')).to.equal('Exit the supervision of Jeanne Martin');
    });

    it('counts down mm:ss from the server-given length, whatever the client clock says', async () => {
      const { el } = await mount({ user: jeanne() });
      const timer = $(el, '[role="timer"]')!;
      expect(text(timer)).to.equal('30:00');
      expect(timer.getAttribute('aria-labelledby')).to.equal('time-left-label');
      expect(text($(el, '#time-left-label'))).to.equal('Time left');

      const short = await mount({ user: jeanne(), lengthMs: 2_500 });
      const shortTimer = $(short.el, '[role="timer"]')!;
      expect(text(shortTimer)).to.equal('00:03');
      await waitUntil(() => text(shortTimer) === '00:02', 'one second later', { timeout: 1_500 });
      await waitUntil(() => text(shortTimer) === '00:01', 'two seconds later', { timeout: 1_500 });
    });

    it('announces 5 minutes and 1 minute left through a polite live region, not every second', async () => {
      const five = await mount({ user: jeanne(), lengthMs: 5 * 60_000 + 1_200 });
      const live = $(five.el, '[aria-live="polite"]')!;
      expect(text(live)).to.equal('');
      await waitUntil(() => text(live) === '5 minutes left in the supervision session.', 'crossing 5 minutes', { timeout: 2_500 });
      const before = text($(five.el, '[role="timer"]'));
      await waitUntil(() => text($(five.el, '[role="timer"]')) !== before, 'a second later', { timeout: 1_500 });
      expect(text(live)).to.equal('5 minutes left in the supervision session.');

      const one = await mount({ user: jeanne(), lengthMs: 60_000 + 1_200 });
      const oneLive = $(one.el, '[aria-live="polite"]')!;
      expect(text(oneLive)).to.equal('');
      await waitUntil(() => text(oneLive) === '1 minute left in the supervision session.', 'crossing 1 minute', { timeout: 2_500 });
    });
  });

  describe('dashboard mode', () => {
    it("shows the client's dashboard loaded with the supervision token, never the admin's", async () => {
      const { el, supervision } = await mount({ user: jeanne() });
      const board = dashboard(el)!;
      expect(board.getAttribute('client-id')).to.equal('c1');
      expect(supervision.calls).to.include.members(['getEffectiveBranding c1', 'getEffectiveModules c1']);
      expect(board.shadowRoot!.querySelectorAll('[part="tile"]').length).to.be.greaterThan(0);
      await expect(el).to.be.accessible();
    });

    it("shows the account: name, email, mobile and the mail language, and saves the mail language with the supervision token", async () => {
      const { el, supervision, admin } = await mount({ user: jeanne() });
      const fields = [...el.shadowRoot!.querySelectorAll('.fields dt, .fields dd')].map(text);
      expect(fields).to.deep.equal(['Name', 'Jeanne Martin', 'Email', 'jeanne.martin@example.com', 'Mobile', '+33 6 12 34 56 78']);
      const select = $<HTMLSelectElement>(el, '#mail-language')!;
      expect(select.value).to.equal('fr');
      expect(text(select.selectedOptions[0])).to.equal('French');
      select.value = 'en';
      select.dispatchEvent(new Event('change'));
      $(el, '.mail-language button[type="submit"]')!.click();
      await settle(el);
      expect(supervision.updates).to.deep.equal([{ mailLanguage: 'en' }]);
      expect(admin!.ends).to.deep.equal([]);
      expect(text($(el, '.mail-language [role="status"]'))).to.equal('The mail language was saved.');
      expect($<HTMLSelectElement>(el, '#mail-language')!.value).to.equal('en');
    });

    it('shows password, email, two-factor and delete disabled but discoverable, each with its reason', async () => {
      const { el, supervision } = await mount({ user: jeanne() });
      const items = [...el.shadowRoot!.querySelectorAll<HTMLElement>('.blocked li')];
      expect(items.map((item) => item.dataset['action'])).to.deep.equal(['password', 'email', 'two_factor', 'delete']);
      for (const item of items) {
        const button = item.querySelector('button')!;
        expect(button.getAttribute('aria-disabled')).to.equal('true');
        expect(button.hasAttribute('disabled'), 'still in the Tab order').to.equal(false);
        const reason = el.shadowRoot!.getElementById(button.getAttribute('aria-describedby')!)!;
        expect(text(reason)).to.match(/^Not allowed while supervising: /);
        expect(reason.checkVisibility()).to.equal(true);
        button.click();
      }
      await settle(el);
      expect(supervision.calls.filter((call) => !call.startsWith('getEffective'))).to.deep.equal([]);
      expect(items.map((item) => text(item.querySelector('button')))).to.deep.equal(['Change password', 'Change email', 'Two-factor authentication', 'Delete account']);
    });

    it('says why when the server refuses a change while supervising (403 supervision_forbidden_action)', async () => {
      const supervision = new SupervisionApi();
      supervision.update = () => Promise.reject(problem(403, 'supervision_forbidden_action'));
      const { el } = await mount({ user: jeanne(), supervision });
      $(el, '.mail-language button[type="submit"]')!.click();
      await settle(el);
      expect(supervision.updates).to.have.length(1);
      expect(text($(el, '.mail-language [role="alert"]'))).to.equal(
        'Not allowed while supervising: the server refused this change. Only the user can make it.',
      );
      await expect(el).to.be.accessible();
    });
  });

  describe('expiry and revocation', () => {
    it('replaces the content at expiry, ends the session with the admin api, and fires ended{expired} on Close', async () => {
      const { el, admin, events } = await mount({ user: jeanne(), lengthMs: 1_500 });
      expect(dashboard(el)).to.not.equal(null);
      await waitUntil(() => $(el, '[part="ended"]'), 'the session expires', { timeout: 3_000 });
      const message = $(el, '[part="ended"]')!;
      expect(message.getAttribute('role')).to.equal('alert');
      expect(text(message.querySelector('p'))).to.equal('The supervision session has ended: 30 minutes is the limit.');
      expect(dashboard(el)).to.equal(null);
      expect($(el, '.exit')).to.equal(null);
      await settle(el);
      expect(admin!.ends).to.deep.equal(['sv-1']);
      expect(events).to.deep.equal([]);
      await expect(el).to.be.accessible();
      $(el, '.close')!.click();
      expect(events.map((event) => event.reason)).to.deep.equal(['expired']);
      expect(events[0]!.session.endedAt).to.equal('2001-03-04T10:05:00Z');
    });

    it('moves focus to Close when the focus was in the content that went away', async () => {
      const { el } = await mount({ user: jeanne(), lengthMs: 1_200 });
      $(el, '#mail-language')!.focus();
      await waitUntil(() => $(el, '[part="ended"]'), 'the session expires', { timeout: 3_000 });
      await el.updateComplete;
      expect(el.shadowRoot!.activeElement).to.equal($(el, '.close'));
    });

    it('treats a 401 of the supervision api as a revoked session: its own message and ended{revoked}', async () => {
      const supervision = new SupervisionApi();
      supervision.user = () => Promise.reject(problem(401, 'unauthenticated'));
      const { el, admin, events } = await mount({ supervision });
      const message = $(el, '[part="ended"]')!;
      expect(text(message.querySelector('p'))).to.equal(
        'The supervision session no longer works: it was ended elsewhere, or the account can no longer be supervised.',
      );
      expect(admin!.ends).to.deep.equal(['sv-1']);
      await expect(el).to.be.accessible();
      $(el, '.close')!.click();
      expect(events.map((event) => event.reason)).to.deep.equal(['revoked']);
    });

    it("also when the dashboard's own load answers 401", async () => {
      const supervision = new SupervisionApi();
      supervision.branding = () => Promise.reject(problem(401, 'unauthenticated'));
      const { el } = await mount({ user: jeanne(), supervision });
      expect($(el, '[part="ended"]')).to.not.equal(null);
    });
  });

  describe('Exit', () => {
    for (const key of ['Enter', 'Space']) {
      it(`ends the session on the server and fires ended{exit}, by keyboard (Tab, ${key})`, async () => {
        const { el, admin, supervision, events } = await mount({ user: jeanne() });
        expect(el.shadowRoot!.activeElement?.id).to.equal('banner-title');
        await sendKeys({ press: 'Tab' });
        expect(deepActive()).to.equal($(el, '.exit'));
        await sendKeys({ press: key });
        await settle(el);
        expect(admin!.ends).to.deep.equal(['sv-1']);
        expect(supervision.calls.filter((call) => call.startsWith('endSupervision'))).to.deep.equal([]);
        expect(events.map((event) => event.reason)).to.deep.equal(['exit']);
        expect(events[0]!.session.endedAt).to.equal('2001-03-04T10:05:00Z');
        expect(text($(el, '[part="content"]'))).to.equal('The supervision has ended.');
      });
    }

    it('ends with the supervision token when there is no admin api', async () => {
      const { el, supervision, events } = await mount({ user: jeanne(), admin: null });
      $(el, '.exit')!.click();
      await settle(el);
      expect(supervision.calls).to.include('endSupervision sv-1');
      expect(events.map((event) => event.reason)).to.deep.equal(['exit']);
    });

    it('keeps the frame and offers Retry when the end fails, without pretending it ended', async () => {
      const admin = new AdminApi();
      admin.end = () => Promise.reject(new NetworkError('offline', 'DELETE /supervision/sv-1'));
      const { el, events } = await mount({ user: jeanne(), admin });
      $(el, '.exit')!.click();
      await settle(el);
      const error = $(el, '[part="end-error"]')!;
      expect(error.getAttribute('role')).to.equal('alert');
      expect(text(error.querySelector('p'))).to.equal(
        'The supervision could not be ended: it is still running. The server could not be reached. Check your connection.',
      );
      expect(events).to.deep.equal([]);
      expect(dashboard(el)).to.not.equal(null);
      expect($(el, '[role="timer"]')).to.not.equal(null);
      expect(deepActive()).to.equal(error.querySelector('button'));
      await expect(el).to.be.accessible();

      admin.end = () => Promise.resolve(ended(session()));
      error.querySelector('button')!.click();
      await settle(el);
      expect(admin.ends).to.deep.equal(['sv-1', 'sv-1']);
      expect(events.map((event) => event.reason)).to.deep.equal(['exit']);
      expect($(el, '[part="end-error"]')).to.equal(null);
    });
  });

  describe('contrast floor and border', () => {
    for (const theme of ['default', 'dark', 'high-contrast', 'partner-ocean', 'partner-sunset']) {
      it(`${theme} theme: the banner reads by itself, the built-in pair is not needed`, async () => {
        const link = document.createElement('link');
        link.rel = 'stylesheet';
        link.href = new URL(`../../themes/${theme}.css`, import.meta.url).href;
        link.dataset['test'] = '';
        const loaded = new Promise((resolve) => link.addEventListener('load', resolve));
        document.head.append(link);
        await loaded;
        const { el } = await mount({ user: jeanne() });
        el.parentElement!.className = `suite-theme-${theme}`;
        await new Promise((resolve) => setTimeout(resolve, 1_100));
        const banner = $(el, '[part="banner"]')!;
        const surface = getComputedStyle(el).getPropertyValue('--suite-color-surface').trim();
        expect(contrastRatio(getComputedStyle(banner).color, surface), 'the banner text is the theme surface').to.equal(1);
        for (const ratio of bannerRatios(el)) expect(ratio).to.be.at.least(4.5);
        expect(banner.classList.contains('contrast-floor')).to.equal(false);
      });
    }

    it('keeps a readable themed banner as themed', async () => {
      const { el } = await mount({
        user: jeanne(),
        style: '--suite-supervision-banner-background: #000000; --suite-supervision-banner-color: #ffff00',
      });
      const banner = $(el, '[part="banner"]')!;
      expect(getComputedStyle(banner).backgroundColor).to.equal('rgb(0, 0, 0)');
      expect(getComputedStyle(banner).color).to.equal('rgb(255, 255, 0)');
    });

    it('lifts a low-contrast theme to the built-in pair', async () => {
      const { el } = await mount({
        user: jeanne(),
        style: '--suite-supervision-banner-background: #777777; --suite-supervision-banner-color: #888888',
      });
      for (const ratio of bannerRatios(el)) expect(ratio).to.be.at.least(4.5);
    });

    it('lifts a low-contrast ::part(banner) rule of the page, even !important', async () => {
      const style = document.createElement('style');
      style.dataset['test'] = '';
      style.textContent = `
        suite-supervision-frame::part(banner) { background: #eeeeee !important; color: #dddddd !important; }
        suite-supervision-frame::part(exit-button) { color: #e0e0e0 !important; }
      `;
      document.head.append(style);
      const { el } = await mount({ user: jeanne() });
      for (const ratio of bannerRatios(el)) expect(ratio).to.be.at.least(4.5);
    });

    it('lifts a theme changed after opening at the next tick', async () => {
      const { el } = await mount({ user: jeanne() });
      const host = el.parentElement!;
      host.setAttribute('style', '--suite-supervision-banner-background: #f0f0f0; --suite-supervision-banner-color: #eeeeee');
      await new Promise((resolve) => setTimeout(resolve, 1_100));
      for (const ratio of bannerRatios(el)) expect(ratio).to.be.at.least(4.5);
    });

    it('does not trust a gradient or image behind the text: the built-in pair, flat', async () => {
      const { el } = await mount({
        user: jeanne(),
        style: '--suite-supervision-banner-background: #000000 linear-gradient(90deg, #ffffff, #000000); --suite-supervision-banner-color: #ffffff',
      });
      const banner = $(el, '[part="banner"]')!;
      expect(getComputedStyle(banner).backgroundImage).to.equal('none');
      for (const ratio of bannerRatios(el)) expect(ratio).to.be.at.least(4.5);
    });

    it('keeps the border at 3px or more, visible against the content', async () => {
      const { el } = await mount({
        user: jeanne(),
        style: '--suite-supervision-border-width: 0px; --suite-supervision-border-color: #ffffff',
      });
      const frame = $(el, '[part="border"]')!;
      const style = getComputedStyle(frame);
      expect(parseFloat(style.borderTopWidth)).to.be.at.least(3);
      expect(style.borderTopStyle).to.equal('solid');
      expect(contrastRatio(style.borderTopColor, getComputedStyle($(el, '[part="content"]')!).backgroundColor)).to.be.at.least(3);
    });
  });

  it('never hides the focused element under the banner (WCAG 2.4.11): Tab through a long content', async () => {
    const { el } = await mount({ user: jeanne(), style: '--suite-supervision-frame-height: 260px; --suite-supervision-frame-min-height: 0' });
    const after = document.createElement('button');
    after.textContent = 'After the frame';
    el.parentElement!.append(after);
    const content = $(el, '[part="content"]')!;
    expect(content.scrollHeight, 'the content scrolls').to.be.greaterThan(content.clientHeight);
    const banner = $(el, '[part="banner"]')!;
    const visited: string[] = [];
    for (let step = 0; step < 40; step++) {
      await sendKeys({ press: 'Tab' });
      const focused = deepActive();
      if (!focused || focused === after) break;
      visited.push(text(focused) || focused.localName);
      if (focused === $(el, '.exit')) continue;
      const box = focused.getBoundingClientRect();
      const bar = banner.getBoundingClientRect();
      const overlaps = box.top < bar.bottom && box.bottom > bar.top && box.left < bar.right && box.right > bar.left;
      expect(overlaps, `${visited.at(-1)} at ${box.top}-${box.bottom}, banner ${bar.top}-${bar.bottom}`).to.equal(false);
    }
    expect(visited).to.include.members(['Exit', 'Change password', 'Delete account', 'Save the mail language']);
    expect(visited.length).to.be.at.least(7);
  });

  describe('iframe mode', () => {
    // The test page is http://localhost:PORT; the dev server also answers on 127.0.0.1, another origin.
    const SELFCARE_ORIGIN = `http://127.0.0.1:${location.port}`;
    const SAMPLE = `${SELFCARE_ORIGIN}/test/elements/fixtures/selfcare-sample.html?portal=${encodeURIComponent(location.origin)}`;

    it("frames the partner's page with the sandbox, named, without the token in its URL", async () => {
      const { el, supervision } = await mount({ user: jeanne(), src: SAMPLE });
      const frame = $<HTMLIFrameElement>(el, 'iframe')!;
      expect(frame.getAttribute('src')).to.equal(SAMPLE);
      expect(frame.getAttribute('sandbox')).to.equal('allow-scripts allow-same-origin allow-forms');
      expect(frame.title).to.equal("Jeanne Martin's selfcare");
      expect(frame.getAttribute('src')).not.to.contain(TOKEN);
      expect(dashboard(el)).to.equal(null);
      expect($(el, '.account')).to.equal(null);
      expect(supervision.calls).to.deep.equal([]);
      await expect(el).to.be.accessible();
    });

    it('sends the page the token, the session and the blocked actions', () => {
      expect(supervisionStartMessage(session())).to.deep.equal({
        type: 'suite-supervision:start',
        token: TOKEN,
        sessionId: 'sv-1',
        clientId: 'c1',
        userId: 'u1',
        expiresAt: session().expiresAt,
        blockedActions: ['password', 'email', 'two_factor', 'delete'],
      });
      expect(supervisionStartMessage({ ...session(), token: null })).to.equal(undefined);
    });

    it('ends the session on the server when the page asks to leave', async () => {
      const { el, admin, events } = await mount({ user: jeanne(), src: SAMPLE });
      const frame = $<HTMLIFrameElement>(el, 'iframe')!;
      // A stranger's request is ignored; the frame's own is followed.
      window.dispatchEvent(new MessageEvent('message', { data: { type: 'suite-selfcare:exit-request' }, origin: location.origin, source: frame.contentWindow }));
      await settle(el);
      expect(admin!.ends).to.deep.equal([]);
      window.dispatchEvent(new MessageEvent('message', { data: { type: 'suite-selfcare:exit-request' }, origin: SELFCARE_ORIGIN, source: frame.contentWindow }));
      await settle(el);
      expect(admin!.ends).to.deep.equal(['sv-1']);
      expect(events.map((event) => event.reason)).to.deep.equal(['exit']);
      expect($(el, 'iframe')).to.equal(null);
    });

    it("says so when the portal's policy refuses to frame the selfcare, and only for the selfcare's origin", async () => {
      const { el } = await mount({ user: jeanne(), src: SAMPLE });
      // What the browser dispatches when frame-src does not list the origin (a real one needs a page with that CSP: test/e2e/csp.test.ts).
      const violation = (blockedURI: string, effectiveDirective: string) =>
        new SecurityPolicyViolationEvent('securitypolicyviolation', {
          blockedURI,
          effectiveDirective,
          violatedDirective: effectiveDirective,
          originalPolicy: "default-src 'self'",
          disposition: 'enforce',
          statusCode: 0,
          documentURI: location.href,
          bubbles: true,
          composed: true,
        });
      document.dispatchEvent(violation('https://elsewhere.example/x', 'frame-src'));
      document.dispatchEvent(violation(SAMPLE, 'img-src'));
      await settle(el);
      // Booleans: a failed assertion on the element itself would have the runner serialise a cross-origin frame.
      expect($(el, 'iframe') !== null, 'another origin or another directive is not the selfcare').to.equal(true);
      document.dispatchEvent(violation(SAMPLE, 'frame-src'));
      await settle(el);
      expect($(el, 'iframe') === null, 'the frame gives way to the message').to.equal(true);
      expect($(el, '[role="alert"]')!.textContent).to.equal(
        `The selfcare cannot open: this portal's Content-Security-Policy does not allow ${SELFCARE_ORIGIN} in frame-src. Ask the portal's administrators to add it.`,
      );
      await expect(el).to.be.accessible();
    });

    const refusals = [
      ['a page of this origin', `${location.origin}/selfcare`, 'The selfcare cannot open: it is on the same origin as this page, so it could read the supervision token and act beyond it. Serve it from its own origin.'],
      ['http: on a remote host', 'http://selfcare.example.com/', 'The selfcare cannot open: its address must use https, or the supervision token could be read on the way.'],
      ['what is not a URL', 'https://[nope', 'The selfcare cannot open: its address (src) is not a valid URL.'],
    ] as const;
    for (const [what, src, message] of refusals) {
      it(`refuses ${what}, saying why`, async () => {
        const { el } = await mount({ user: jeanne(), src });
        expect($(el, 'iframe')).to.equal(null);
        const error = $(el, '[part="content"] [role="alert"]')!;
        expect(text(error)).to.equal(message);
        await expect(el).to.be.accessible();
      });
    }

    it('says it in French', async () => {
      const { el } = await mount({ user: jeanne(), src: `${location.origin}/selfcare`, lang: 'fr' });
      expect(text($(el, '[part="content"] [role="alert"]'))).to.match(/^L'espace ne peut pas s'ouvrir\u00a0: il a la même origine que cette page/);
    });
  });

  it('speaks French', async () => {
    const { el } = await mount({ user: jeanne(), lang: 'fr', lengthMs: 1_200 });
    expect(text($(el, '#banner-title'))).to.equal("Vous supervisez l'espace de Jeanne Martin");
    expect(text($(el, '.exit'))).to.equal('Quitter');
    expect(text($(el, '#time-left-label'))).to.equal('Temps restant');
    expect(text($(el, '#blocked-password'))).to.equal("Interdit pendant une supervision\u00a0: seul l'utilisateur change son mot de passe.");
    expect(text($<HTMLSelectElement>(el, '#mail-language')!.selectedOptions[0])).to.equal('Français');
    await waitUntil(() => $(el, '[part="ended"]'), 'the session expires', { timeout: 3_000 });
    expect(text($(el, '[part="ended"] p'))).to.equal('La session de supervision est terminée\u00a0: la limite est de 30\u00a0minutes.');
    expect(text($(el, '.close'))).to.equal('Fermer');
  });
});
