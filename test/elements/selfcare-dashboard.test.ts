import { ContextProvider } from '@lit/context';
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { LitElement, html as litHtml } from 'lit';
import { NetworkError } from '../../src/api/errors.js';
import type { EffectiveBranding } from '../../src/api/schemas/branding.js';
import { MODULE_IMPACTS, MODULE_KEYS } from '../../src/api/schemas/modules.js';
import type { EffectiveModule, ModuleKey } from '../../src/api/schemas/modules.js';
import type { SuiteApi } from '../../src/api/suite-api.js';
import '../../src/components/selfcare-dashboard/selfcare-dashboard.js';
import type { SelfcareDashboardApi, SuiteSelfcareDashboard } from '../../src/components/selfcare-dashboard/selfcare-dashboard.component.js';
import { isDisplayableImageUrl } from '../../src/components/selfcare-dashboard/image-url.js';
import { apiContext } from '../../src/context/api-context.js';
import type { SuiteErrorEvent } from '../../src/events/index.js';
import type { EffectiveBrandingValues } from '../../src/theming/branding-tokens.js';

// ---------------------------------------------------------------- helpers

const BRANDING: EffectiveBrandingValues = {
  logoAssetId: 'logo-1',
  primaryColor: '#0B6E99',
  gradient: { from: '#0A4F70', to: '#0B7A8F', angle: 120 },
  textColor: '#FFFFFF',
  bannerAssetId: 'banner-1',
  messageLink: 'https://offers.example.com/spring',
  messageText: 'Spring offer: 2 months free',
};

const sourced = (values: EffectiveBrandingValues, source: 'partner' | 'client' = 'partner'): EffectiveBranding =>
  Object.fromEntries(Object.entries(values).map(([field, value]) => [field, { value, source }])) as EffectiveBranding;

function modules(enabled: readonly ModuleKey[]): EffectiveModule[] {
  return MODULE_KEYS.map((key) => ({ key, enabled: enabled.includes(key), source: 'default', impacts: [...MODULE_IMPACTS[key]] }));
}

const SOME = modules(['dashboard', 'my_phones', 'voicemail', 'contacts']);

class FakeApi implements SelfcareDashboardApi {
  brandingCalls: string[] = [];
  moduleCalls: string[] = [];
  constructor(
    private readonly answer: { branding?: () => Promise<EffectiveBranding>; modules?: () => Promise<EffectiveModule[]> } = {},
    private readonly origin = 'https://cdn.example.com',
  ) {}
  getEffectiveBranding(clientId: string): Promise<EffectiveBranding> {
    this.brandingCalls.push(clientId);
    return this.answer.branding?.() ?? Promise.resolve(sourced(BRANDING));
  }
  getEffectiveModules(clientId: string): Promise<EffectiveModule[]> {
    this.moduleCalls.push(clientId);
    return this.answer.modules?.() ?? Promise.resolve(SOME);
  }
  assetUrl(assetId: string): string {
    return `${this.origin}/api/v1/assets/${assetId}`;
  }
}

async function settle(el: SuiteSelfcareDashboard): Promise<void> {
  await new Promise((resolve) => setTimeout(resolve, 0));
  await el.updateComplete;
}

async function dashboard(
  props: { branding?: EffectiveBranding | EffectiveBrandingValues; modules?: readonly EffectiveModule[]; api?: SelfcareDashboardApi; lang?: string; brandName?: string } = {},
): Promise<SuiteSelfcareDashboard> {
  const el = await fixture<SuiteSelfcareDashboard>(html`
    <suite-selfcare-dashboard
      client-id="c-001"
      lang=${props.lang ?? 'en'}
      brand-name=${props.brandName ?? ''}
      .api=${props.api ?? new FakeApi()}
      .branding=${props.branding}
      .modules=${props.modules}
    ></suite-selfcare-dashboard>
  `);
  await settle(el);
  return el;
}

const $ = (el: SuiteSelfcareDashboard, selector: string) => el.shadowRoot!.querySelector<HTMLElement>(selector);
const tiles = (el: SuiteSelfcareDashboard) => [...el.shadowRoot!.querySelectorAll<HTMLElement>('[part="tile"]')].map((tile) => tile.dataset['module']);
const text = (node: Element | null) => (node?.textContent ?? '').replace(/[ \t\n]+/g, ' ').trim();

// ---------------------------------------------------------------- tests

describe('<suite-selfcare-dashboard>', () => {
  it('shows the logo top-left in a header, a heading, the message banner and a tile per enabled module', async () => {
    const el = await dashboard({ branding: BRANDING, modules: SOME, brandName: 'Nordlys Telecom' });
    const header = $(el, '.header')!;
    const logo = header.firstElementChild as HTMLImageElement;
    expect(logo.localName).to.equal('img');
    expect(logo.getAttribute('src')).to.equal('https://cdn.example.com/api/v1/assets/logo-1');
    expect(logo.alt).to.equal('Nordlys Telecom logo');
    expect(text($(el, 'h2'))).to.equal('My account');
    expect($(el, 'section')!.getAttribute('aria-labelledby')).to.equal('title');

    const banner = $(el, 'aside[part="message"]')!;
    expect(banner.getAttribute('aria-label')).to.equal('Message');
    expect(banner.querySelector('img')!.getAttribute('src')).to.equal('https://cdn.example.com/api/v1/assets/banner-1');
    expect(banner.querySelector('img')!.getAttribute('alt')).to.equal('');
    expect(text(banner)).to.contain('Spring offer: 2 months free');
    const link = banner.querySelector('a')!;
    expect(link.getAttribute('href')).to.equal('https://offers.example.com/spring');
    expect(link.getAttribute('rel')).to.equal('noopener noreferrer');
    expect(link.getAttribute('target')).to.equal('_blank');
    expect(text(link)).to.equal('Learn more (opens in a new tab)');

    expect(tiles(el)).to.deep.equal(['dashboard', 'my_phones', 'voicemail', 'contacts']);
    expect([...el.shadowRoot!.querySelectorAll('h3')].map(text)).to.deep.equal(['Dashboard', 'My phones', 'Voicemail', 'Contacts']);
    await expect(el).to.be.accessible();
  });

  it('gives each tile a named slot for the host, with default content', async () => {
    const el = await fixture<SuiteSelfcareDashboard>(html`
      <suite-selfcare-dashboard lang="en" .api=${new FakeApi()} .branding=${BRANDING} .modules=${SOME}>
        <p slot="module-voicemail">3 new messages</p>
      </suite-selfcare-dashboard>
    `);
    await settle(el);
    const voicemail = $(el, 'slot[name="module-voicemail"]') as HTMLSlotElement;
    expect(voicemail.assignedElements().map(text)).to.deep.equal(['3 new messages']);
    const phones = $(el, 'slot[name="module-my_phones"]') as HTMLSlotElement;
    expect(phones.assignedElements()).to.have.length(0);
    expect(text(phones)).to.equal('Your lines, devices and options.');
    await expect(el).to.be.accessible();
  });

  it('hides disabled modules, and "highlight mobile offers" adds the mobile mentions to the modules it impacts', async () => {
    const el = await dashboard({ branding: BRANDING, modules: SOME });
    expect(el.shadowRoot!.querySelectorAll('.mobile-mention')).to.have.length(0);
    expect(tiles(el)).to.not.include('documents');

    el.modules = modules(['dashboard', 'my_phones', 'documents', 'highlight_mobile_offers']);
    await el.updateComplete;
    expect(tiles(el), 'the switch itself has no tile').to.deep.equal(['dashboard', 'my_phones', 'documents']);
    const mentioned = [...el.shadowRoot!.querySelectorAll('.mobile-mention')].map((mention) => mention.closest('li')!.dataset['module']);
    expect(mentioned).to.deep.equal(['dashboard', 'my_phones']);
    await expect(el).to.be.accessible();
  });

  it('says so when no module is enabled', async () => {
    const el = await dashboard({ branding: BRANDING, modules: modules([]) });
    expect(tiles(el)).to.deep.equal([]);
    expect(text($(el, '.status'))).to.equal('No service is available yet.');
    await expect(el).to.be.accessible();
  });

  it('applies the branding as tokens on itself: the header takes the gradient and the text colour', async () => {
    const el = await dashboard({ branding: BRANDING, modules: SOME });
    expect(el.style.getPropertyValue('--suite-color-primary')).to.equal('#0b6e99');
    const header = getComputedStyle($(el, '.header')!);
    expect(header.backgroundImage).to.equal('linear-gradient(120deg, rgb(10, 79, 112), rgb(11, 122, 143))');
    expect(header.color).to.equal('rgb(255, 255, 255)');

    el.branding = { ...BRANDING, gradient: null, primaryColor: '#B4361A', textColor: '#FFFFEE' };
    await el.updateComplete;
    const flat = getComputedStyle($(el, '.header')!);
    expect(flat.backgroundImage).to.equal('none');
    expect(flat.backgroundColor).to.equal('rgb(180, 54, 26)');
    expect(flat.color).to.equal('rgb(255, 255, 238)');

    el.branding = undefined;
    el.api = new FakeApi({ branding: () => new Promise(() => undefined) });
    await el.updateComplete;
    expect(el.style.getPropertyValue('--suite-color-primary'), 'no branding: the theme shows again').to.equal('');
  });

  it("lets the host page override the branding's tokens on a part, and on the element with !important", async () => {
    const style = document.createElement('style');
    style.textContent = `
      suite-selfcare-dashboard.themed::part(header) { --suite-header-background: #123456; }
      suite-selfcare-dashboard.themed { --suite-color-on-header: #fedcba !important; }
    `;
    document.head.append(style);
    try {
      const el = await dashboard({ branding: BRANDING, modules: SOME });
      el.classList.add('themed');
      const header = getComputedStyle($(el, '.header')!);
      expect(header.backgroundImage).to.equal('none');
      expect(header.backgroundColor).to.equal('rgb(18, 52, 86)');
      expect(header.color).to.equal('rgb(254, 220, 186)');
    } finally {
      style.remove();
    }
  });

  it("restyles the host's slotted content on a new branding without re-rendering it", async () => {
    class Counting extends LitElement {
      updates = 0;
      protected override updated(): void {
        this.updates++;
      }
      override render() {
        return litHtml`<p>inside</p>`;
      }
    }
    customElements.define('test-dashboard-content', Counting);
    const el = await fixture<SuiteSelfcareDashboard>(html`
      <suite-selfcare-dashboard lang="en" .api=${new FakeApi()} .branding=${BRANDING} .modules=${SOME}>
        <test-dashboard-content slot="module-contacts"></test-dashboard-content>
      </suite-selfcare-dashboard>
    `);
    await settle(el);
    const content = el.querySelector<Counting>('test-dashboard-content')!;
    await content.updateComplete;
    const before = content.updates;
    el.branding = { ...BRANDING, primaryColor: '#B4361A' };
    await el.updateComplete;
    await new Promise((resolve) => requestAnimationFrame(resolve));
    expect(getComputedStyle(content).getPropertyValue('--suite-color-primary').trim()).to.equal('#b4361a');
    expect(content.updates).to.equal(before);
  });

  it('loads the branding and the modules for client-id through the provided api when they are not given', async () => {
    const api = new FakeApi();
    const provider = document.createElement('div');
    new ContextProvider(provider, { context: apiContext, initialValue: api as unknown as SuiteApi });
    const el = document.createElement('suite-selfcare-dashboard');
    el.setAttribute('client-id', 'c-007');
    el.lang = 'en';
    provider.append(el);
    document.body.append(provider);
    try {
      await settle(el);
      expect(api.brandingCalls).to.deep.equal(['c-007']);
      expect(api.moduleCalls).to.deep.equal(['c-007']);
      expect(tiles(el)).to.deep.equal(['dashboard', 'my_phones', 'voicemail', 'contacts']);
      expect(el.style.getPropertyValue('--suite-color-primary')).to.equal('#0b6e99');
      await expect(el).to.be.accessible();

      // A preview that gives its draft modules loads only the branding.
      const preview = document.createElement('suite-selfcare-dashboard');
      preview.setAttribute('client-id', 'c-007');
      preview.modules = modules(['documents']);
      provider.append(preview);
      await settle(preview);
      expect(api.moduleCalls).to.have.length(1);
      expect(api.brandingCalls).to.have.length(2);
      expect(tiles(preview)).to.deep.equal(['documents']);
    } finally {
      provider.remove();
    }
  });

  it('shows a loading state, then an error with Retry that loads again, and fires suite-error', async () => {
    let fail = true;
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const api = new FakeApi({
      modules: async () => {
        await gate;
        if (fail) throw new NetworkError('network down', 'GET /clients/c-001/modules/effective');
        return SOME;
      },
    });
    const errors: SuiteErrorEvent[] = [];
    const el = await fixture<SuiteSelfcareDashboard>(
      html`<suite-selfcare-dashboard client-id="c-001" lang="en" .api=${api} @suite-error=${(e: SuiteErrorEvent) => errors.push(e)}></suite-selfcare-dashboard>`,
    );
    expect(text($(el, '[role="status"]'))).to.equal('Loading your dashboard…');
    expect($(el, 'section')!.getAttribute('aria-busy')).to.equal('true');
    await expect(el).to.be.accessible();

    release();
    await settle(el);
    expect(text($(el, '[role="alert"] p'))).to.equal('The server could not be reached. Check your connection.');
    expect(errors).to.have.length(1);
    await expect(el).to.be.accessible();

    fail = false;
    $(el, '[role="alert"] button')!.click();
    await settle(el);
    expect(tiles(el)).to.deep.equal(['dashboard', 'my_phones', 'voicemail', 'contacts']);
  });

  it('never puts an unsafe URL in src or href, and shows hostile text as text', async () => {
    const hostile = '<img src=x onerror=alert(1)>';
    const el = await dashboard({
      api: new FakeApi({}, 'javascript:alert(1)//'),
      branding: { ...BRANDING, messageLink: 'javascript:alert(1)', messageText: hostile },
      modules: SOME,
      brandName: hostile,
    });
    expect(el.shadowRoot!.querySelectorAll('img'), 'neither the logo nor the banner').to.have.length(0);
    expect(el.shadowRoot!.querySelector('a'), 'no link').to.equal(null);
    expect(text($(el, '.message-text'))).to.equal(hostile);
    expect($(el, '[part="logo"]')!.getAttribute('aria-label')).to.equal(`${hostile} logo`);

    el.branding = { ...BRANDING, messageLink: 'http://offers.example.com/spring' };
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('a'), 'plain http is refused too').to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('lets only https URLs and assets of the page\'s own origin reach an img src', () => {
    const origin = window.location.origin;
    for (const url of ['https://cdn.example.com/a.png', `${origin}/api/v1/assets/a`, '/api/v1/assets/a']) expect(isDisplayableImageUrl(url), url).to.equal(true);
    for (const url of [
      'javascript:alert(1)',
      'data:image/svg+xml,<svg onload=alert(1)>',
      'http://cdn.example.com/a.png',
      'https://user:pass@cdn.example.com/a.png',
      `${origin.replace('localhost', 'user:pass@localhost')}/a.png`,
      'blob:https://cdn.example.com/1234',
    ]) {
      expect(isDisplayableImageUrl(url), url).to.equal(false);
    }
  });

  it("accepts the page's own origin for assets (a relative base-url), and falls back to the default logo when the image fails", async () => {
    const el = await dashboard({ api: new FakeApi({}, window.location.origin), branding: BRANDING, modules: SOME });
    // The test server has no such asset: the image fails (maybe before this line runs) and the default logo
    // (with the same text alternative) replaces it. The request itself shows the URL was let through.
    await waitUntil(() => $(el, 'span[part="logo"]'), 'the default logo replaces the image that failed');
    const requested = performance.getEntriesByType('resource').map((entry) => entry.name);
    expect(requested).to.include(`${window.location.origin}/api/v1/assets/logo-1`);
    expect($(el, 'img[part="logo"]')).to.equal(null);
    expect($(el, 'span[part="logo"]')!.getAttribute('aria-label')).to.equal('Company logo');
    await expect(el).to.be.accessible();
  });

  it('shows the default logo and no banner without a branded logo or message', async () => {
    const el = await dashboard({ branding: { ...BRANDING, logoAssetId: null, bannerAssetId: null, messageLink: null, messageText: null }, modules: SOME });
    expect($(el, 'span[part="logo"][role="img"]')).to.not.equal(null);
    expect($(el, 'aside')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('speaks French', async () => {
    const el = await dashboard({ branding: sourced(BRANDING, 'client'), modules: modules(['dashboard', 'my_phones', 'highlight_mobile_offers']), lang: 'fr' });
    expect(text($(el, 'h2'))).to.equal('Mon espace');
    expect([...el.shadowRoot!.querySelectorAll('h3')].map(text)).to.deep.equal(['Tableau de bord', 'Mes téléphones']);
    expect(text($(el, 'a'))).to.equal('En savoir plus (ouvre un nouvel onglet)');
    expect($(el, 'ul')!.getAttribute('aria-label')).to.equal('Services');
    await expect(el).to.be.accessible();
  });
});
