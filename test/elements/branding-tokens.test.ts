import { expect, fixture, html } from '@open-wc/testing';
import { colord, extend } from 'colord';
import a11yPlugin from 'colord/plugins/a11y';
import oklabPlugin from 'colord/plugins/oklab';
import { LitElement, html as litHtml } from 'lit';
import type { EffectiveBranding } from '../../src/api/schemas/branding.js';
import {
  applyBrandingTokens,
  brandingTokens,
  RAMP_STEPS,
  removeBrandingTokens,
  type EffectiveBrandingValues,
} from '../../src/theming/branding-tokens.js';
import { DEFAULT_BRANDING } from '../../src/theming/default-branding.js';
import { color } from '../../src/theming/tokens.js';

extend([a11yPlugin, oklabPlugin]);

const NO_BRANDING = DEFAULT_BRANDING;

const branded = (values: Partial<EffectiveBrandingValues>): EffectiveBrandingValues => ({ ...NO_BRANDING, ...values });

/** Brands across the wheel and the awkward middle: a mid grey and a pure yellow have no good "on" colour but black or white. */
const PRIMARIES = ['#1F5BD8', '#FFD400', '#777777', '#FF0000', '#00C800', '#0B6E99', '#B4361A', '#FFFFFF', '#000000', '#7F00FF', '#FF69B4'];

/** A child that counts its renders, to prove a theme switch re-renders nothing. */
class CountingChild extends LitElement {
  static override styles = [];
  updates = 0;
  protected override updated(): void {
    this.updates++;
  }
  override render() {
    return litHtml`<span>child</span>`;
  }
}
customElements.define('test-counting-child', CountingChild);

const nextFrame = () => new Promise((resolve) => requestAnimationFrame(() => resolve(undefined)));

describe('brandingTokens', () => {
  it('gives a primary ramp 50..950 from lightest to darkest, keeping the brand hue', () => {
    for (const primary of PRIMARIES.filter((hex) => colord(hex).toHsl().s > 20)) {
      const tokens = brandingTokens(branded({ primaryColor: primary }));
      const ramp = RAMP_STEPS.map((step) => tokens[`--suite-color-primary-${step}`]!);
      expect(ramp.every((hex) => colord(hex).isValid()), primary).to.equal(true);
      const lightness = ramp.map((hex) => colord(hex).toOklab().l);
      for (let i = 1; i < lightness.length; i++) expect(lightness[i]!, `${primary} step ${RAMP_STEPS[i]}`).to.be.below(lightness[i - 1]!);
      expect(lightness[0]!, `${primary} 50`).to.be.above(0.95);
      expect(lightness.at(-1)!, `${primary} 950`).to.be.below(0.3);
      // Mixing with white or black in OKLab scales a and b together: the hue angle stays (within clamping to sRGB).
      const hue = (hex: string) => {
        const { a, b } = colord(hex).toOklab();
        return (Math.atan2(b, a) * 180) / Math.PI;
      };
      const brandHue = hue(primary);
      for (const step of [200, 500, 800] as const) {
        const delta = Math.abs(((hue(tokens[`--suite-color-primary-${step}`]!) - brandHue + 540) % 360) - 180);
        expect(delta, `${primary} ${step} hue`).to.be.below(12);
      }
    }
  });

  it('picks "on" colours that reach 4.5:1 on the primary and on every ramp step', () => {
    for (const primary of PRIMARIES) {
      const tokens = brandingTokens(branded({ primaryColor: primary, textColor: '#808080' }));
      expect(colord(tokens['--suite-color-on-primary']!).contrast(primary), `on-primary on ${primary}`).to.be.at.least(4.5);
      for (const step of RAMP_STEPS) {
        const ratio = colord(tokens[`--suite-color-on-primary-${step}`]!).contrast(tokens[`--suite-color-primary-${step}`]!);
        expect(ratio, `${primary} ${step}`).to.be.at.least(4.5);
      }
    }
  });

  it("keeps the branding's text colour on the primary when it reads well, and replaces it when it does not", () => {
    expect(brandingTokens(branded({ primaryColor: '#0B6E99', textColor: '#FFFFEE' }))['--suite-color-on-primary']).to.equal('#ffffee');
    // White on yellow is 1.4:1: the on colour becomes black; the header keeps the reseller's choice (the editor warns about it).
    const yellow = brandingTokens(branded({ primaryColor: '#FFD400', textColor: '#FFFFFF' }));
    expect(yellow['--suite-color-on-primary']).to.equal('#000000');
    expect(yellow['--suite-color-on-header']).to.equal('#ffffff');
  });

  it('moves hover and active states away from the on colour, so its contrast only grows', () => {
    for (const primary of PRIMARIES) {
      const tokens = brandingTokens(branded({ primaryColor: primary }));
      const on = tokens['--suite-color-on-primary']!;
      const base = colord(on).contrast(primary);
      const hover = colord(on).contrast(tokens['--suite-color-primary-hover']!);
      const active = colord(on).contrast(tokens['--suite-color-primary-active']!);
      expect(hover, `hover on ${primary}`).to.be.at.least(base);
      expect(active, `active on ${primary}`).to.be.at.least(hover);
      if (primary !== '#FFFFFF' && primary !== '#000000') expect(tokens['--suite-color-primary-hover'], primary).to.not.equal(tokens['--suite-color-primary']);
    }
  });

  it('paints the header with the gradient (its angle, its stops) or the primary colour, and the text colour', () => {
    const flat = brandingTokens(branded({ primaryColor: '#0B6E99', textColor: '#FFFFFF' }));
    expect(flat['--suite-header-background']).to.equal('#0b6e99');
    expect(flat['--suite-color-on-header']).to.equal('#ffffff');
    const gradient = brandingTokens(branded({ gradient: { from: '#0A4F70', to: '#0B7A8F', angle: 120 } }));
    expect(gradient['--suite-header-background']).to.equal('linear-gradient(120deg, #0a4f70, #0b7a8f)');
  });

  it('reads an effective branding with sources the same as its bare values', () => {
    const sourced = Object.fromEntries(
      Object.entries(branded({ primaryColor: '#B4361A' })).map(([field, value]) => [field, { value, source: 'partner' }]),
    ) as EffectiveBranding;
    expect(brandingTokens(sourced)).to.deep.equal(brandingTokens(branded({ primaryColor: '#B4361A' })));
  });

  it("gives no tokens when no colour was chosen (all from the default), so the page's theme shows", () => {
    const source = (field: string) => (field === 'messageText' ? 'client' : 'default');
    const unbranded = Object.fromEntries(
      Object.entries(branded({ messageText: 'Hello' })).map(([field, value]) => [field, { value, source: source(field) }]),
    ) as EffectiveBranding;
    expect(brandingTokens(unbranded)).to.deep.equal({});
    const onlyText = { ...unbranded, textColor: { value: '#FFFFEE', source: 'partner' as const } };
    expect(brandingTokens(onlyText)['--suite-color-on-header'], 'one colour chosen brings them all').to.equal('#ffffee');
    expect(brandingTokens(onlyText)['--suite-color-primary']).to.equal('#1f5bd8');
  });

  it('never lets a half-typed draft reach CSS: invalid colours fall back to the defaults', () => {
    const tokens = brandingTokens(
      branded({ primaryColor: 'red;background:url(x)', textColor: '#12', gradient: { from: '#FFF', to: 'nope)', angle: 400 } }),
    );
    expect(tokens['--suite-color-primary']).to.equal('#1f5bd8');
    expect(tokens['--suite-color-on-header']).to.equal('#ffffff');
    expect(tokens['--suite-header-background']).to.equal('#1f5bd8');
    expect(Object.values(tokens).join(' ')).to.not.match(/url|;|nope/);
  });

  it('gives the defaults of tokens.ts for the default branding (no theme file needed to look the same)', () => {
    const tokens = brandingTokens(NO_BRANDING);
    const fallback = (fragment: { cssText: string }) => /,\s*(.+)\)$/.exec(fragment.cssText)![1];
    expect(tokens['--suite-color-primary']).to.equal(fallback(color.primary));
    expect(tokens['--suite-color-on-primary']).to.equal(fallback(color.onPrimary));
    expect(tokens['--suite-color-primary-hover']).to.equal(fallback(color.primaryHover));
    expect(tokens['--suite-color-primary-active']).to.equal(fallback(color.primaryActive));
    expect(tokens['--suite-header-background']).to.equal(fallback(color.headerBackground));
    expect(tokens['--suite-color-on-header']).to.equal(fallback(color.onHeader));
  });
});

describe('applyBrandingTokens', () => {
  async function providerWithChild() {
    const provider = await fixture<HTMLDivElement>(html`
      <div>
        <test-counting-child></test-counting-child>
      </div>
    `);
    const child = provider.querySelector<CountingChild>('test-counting-child')!;
    await child.updateComplete;
    return { provider, child };
  }

  it('sets the tokens on the provider; its subtree restyles and no element re-renders', async () => {
    const { provider, child } = await providerWithChild();
    const rendersBefore = child.updates;

    applyBrandingTokens(provider, brandingTokens(branded({ primaryColor: '#0B6E99' })));
    await nextFrame();
    expect(provider.style.getPropertyValue('--suite-color-primary')).to.equal('#0b6e99');
    expect(getComputedStyle(child).getPropertyValue('--suite-color-primary').trim()).to.equal('#0b6e99');

    applyBrandingTokens(provider, brandingTokens(branded({ primaryColor: '#B4361A' })));
    await nextFrame();
    expect(getComputedStyle(child).getPropertyValue('--suite-color-primary').trim()).to.equal('#b4361a');
    expect(child.updates).to.equal(rendersBefore);
  });

  it('drops the tokens the new branding does not set, and removes them all on request', async () => {
    const { provider } = await providerWithChild();
    applyBrandingTokens(provider, { '--suite-color-primary': '#0b6e99', '--suite-header-background': 'linear-gradient(90deg, #000000, #ffffff)' });
    applyBrandingTokens(provider, { '--suite-color-primary': '#b4361a' });
    expect(provider.style.getPropertyValue('--suite-header-background')).to.equal('');
    expect(provider.style.getPropertyValue('--suite-color-primary')).to.equal('#b4361a');
    provider.style.setProperty('--host-own', '1px');
    removeBrandingTokens(provider);
    expect(provider.style.getPropertyValue('--suite-color-primary')).to.equal('');
    expect(provider.style.getPropertyValue('--host-own'), "the host's own inline properties stay").to.equal('1px');
  });

  it('lets the host page override any token: on a descendant, or with !important on the provider', async () => {
    const style = document.createElement('style');
    style.textContent = `
      .host-override { --suite-color-primary: #123456; }
      .provider-important { --suite-color-on-header: #fedcba !important; }
      .provider-plain { --suite-color-on-header: #abcdef; }
    `;
    document.head.append(style);
    try {
      const { provider, child } = await providerWithChild();
      provider.classList.add('provider-important', 'provider-plain');
      child.classList.add('host-override');
      applyBrandingTokens(provider, brandingTokens(branded({ primaryColor: '#0B6E99', textColor: '#FFFFFF' })));
      const childStyle = getComputedStyle(child);
      expect(childStyle.getPropertyValue('--suite-color-primary').trim()).to.equal('#123456');
      expect(childStyle.getPropertyValue('--suite-color-on-header').trim()).to.equal('#fedcba');
      // A plain rule on the provider itself loses to the inline token: that is why the two ways above exist.
      provider.classList.remove('provider-important');
      expect(getComputedStyle(child).getPropertyValue('--suite-color-on-header').trim()).to.equal('#ffffff');
    } finally {
      style.remove();
    }
  });
});
