import { ContextProvider } from '@lit/context';
import { expect, fixture, html } from '@open-wc/testing';
import { LitElement } from 'lit';
import { SuiteElement } from '../../src/components/suite-element.js';
import { localeContext } from '../../src/context/locale-context.js';
import { LocalizeController } from '../../src/controllers/localize-controller.js';
import { commonMessages } from '../../src/i18n/common.js';
import type { CatalogueArea } from '../../src/i18n/catalogue.js';
import { LOADED_LOCALES, matchCatalogue, type Message, type Messages } from '../../src/i18n/index.js';
import { auditLogMessages } from '../../src/i18n/audit-log.js';
import { superviseDialogMessages } from '../../src/i18n/supervise-dialog.js';
import { supervisionFrameMessages } from '../../src/i18n/supervision-frame.js';
import { licenceMeterMessages } from '../../src/i18n/licence-meter.js';
import { teamCapabilitiesMessages } from '../../src/i18n/team-capabilities.js';
import { addressBookSharingMessages } from '../../src/i18n/address-book-sharing.js';
import { inviteDialogMessages } from '../../src/i18n/invite-dialog.js';
import { bulkInviteBannerMessages } from '../../src/i18n/bulk-invite-banner.js';
import { userPanelMessages } from '../../src/i18n/user-panel.js';
import { userTableMessages } from '../../src/i18n/user-table.js';
import { clientPickerMessages } from '../../src/i18n/client-picker.js';
import { userImportMessages } from '../../src/i18n/user-import.js';
import { brandingEditorMessages } from '../../src/i18n/branding-editor.js';
import { selfcareDashboardMessages } from '../../src/i18n/selfcare-dashboard.js';
import { modulesMessages } from '../../src/i18n/modules.js';
import { moduleTogglesMessages } from '../../src/i18n/module-toggles.js';
import { importTemplateMessages } from '../../src/i18n/import-template.js';
import { userAdminMessages } from '../../src/i18n/user-admin.js';
import { userExportMessages } from '../../src/i18n/user-export.js';

/** Renders one translated string, so tests can read which catalogue an element uses. */
class LocaleProbe extends SuiteElement {
  protected readonly localize = new LocalizeController(this, licenceMeterMessages);

  override render() {
    return html`${this.localize.term('licenceMeter.empty')}`;
  }

  get controller() {
    return this.localize;
  }
}
LocaleProbe.define('suite-locale-probe');

/** A third-party element with a shadow root, to check the ancestor walk crosses it. */
class ShadowWrapper extends LitElement {
  override render() {
    return html`<div><suite-locale-probe></suite-locale-probe></div>`;
  }
}
customElements.define('test-shadow-wrapper', ShadowWrapper);

declare global {
  interface HTMLElementTagNameMap {
    'suite-locale-probe': LocaleProbe;
    'test-shadow-wrapper': ShadowWrapper;
  }
}

const ENGLISH = 'No licence pools';
const FRENCH = 'Aucun pool de licences';
const said = (probe: LocaleProbe) => probe.shadowRoot!.textContent;
/** What the probe says once its words are loaded (French loads on first use). */
const saidWhenReady = async (probe: LocaleProbe) => {
  await probe.updateComplete;
  return said(probe);
};

describe('LocalizeController', () => {
  let pageLang: string | null;
  beforeEach(() => {
    pageLang = document.documentElement.getAttribute('lang');
    document.documentElement.removeAttribute('lang');
  });
  afterEach(() => {
    if (pageLang === null) document.documentElement.removeAttribute('lang');
    else document.documentElement.setAttribute('lang', pageLang);
  });

  describe('where the locale comes from', () => {
    it('falls back to English when nothing says otherwise', async () => {
      const probe = await fixture<LocaleProbe>(html`<suite-locale-probe></suite-locale-probe>`);
      expect(said(probe)).to.equal(ENGLISH);
      expect(probe.controller.locale).to.equal('en');
    });

    it("uses the element's own lang first", async () => {
      const wrapper = await fixture(html`<div lang="en"><suite-locale-probe lang="fr"></suite-locale-probe></div>`);
      expect(await saidWhenReady(wrapper.querySelector<LocaleProbe>('suite-locale-probe')!)).to.equal(FRENCH);
    });

    it('uses the closest ancestor [lang], skipping empty ones', async () => {
      const wrapper = await fixture(html`<div lang="fr"><p lang=""><suite-locale-probe></suite-locale-probe></p></div>`);
      expect(await saidWhenReady(wrapper.querySelector<LocaleProbe>('suite-locale-probe')!)).to.equal(FRENCH);
    });

    it('walks out of shadow roots through their hosts', async () => {
      const wrapper = await fixture(html`<section lang="fr"><test-shadow-wrapper></test-shadow-wrapper></section>`);
      const shadowHost = wrapper.querySelector<ShadowWrapper>('test-shadow-wrapper')!;
      await shadowHost.updateComplete;
      const probe = shadowHost.shadowRoot!.querySelector<LocaleProbe>('suite-locale-probe')!;
      await probe.updateComplete;
      expect(said(probe)).to.equal(FRENCH);
    });

    it('prefers the localeContext value over ancestors, but not over its own lang', async () => {
      const provider = document.createElement('div');
      provider.lang = 'en';
      const locale = new ContextProvider(provider, { context: localeContext, initialValue: 'fr' });
      const fromContext = document.createElement('suite-locale-probe') as LocaleProbe;
      const ownLang = document.createElement('suite-locale-probe') as LocaleProbe;
      ownLang.setAttribute('lang', 'en');
      provider.append(fromContext, ownLang);
      document.body.append(provider);
      try {
        await Promise.all([fromContext.updateComplete, ownLang.updateComplete]);
        expect(said(fromContext)).to.equal(FRENCH);
        expect(said(ownLang)).to.equal(ENGLISH);

        locale.setValue('en');
        await fromContext.updateComplete;
        expect(said(fromContext)).to.equal(ENGLISH);
      } finally {
        provider.remove();
      }
    });

    it('re-renders when an ancestor lang changes', async () => {
      const wrapper = await fixture(html`<div lang="en"><suite-locale-probe></suite-locale-probe></div>`);
      const probe = wrapper.querySelector<LocaleProbe>('suite-locale-probe')!;
      expect(said(probe)).to.equal(ENGLISH);
      wrapper.setAttribute('lang', 'fr');
      await new Promise((resolve) => setTimeout(resolve, 0));
      await probe.updateComplete;
      expect(said(probe)).to.equal(FRENCH);
    });

    it('lets a French and an English element live side by side on one page', async () => {
      const wrapper = await fixture(
        html`<div><suite-locale-probe lang="fr"></suite-locale-probe><suite-locale-probe lang="en"></suite-locale-probe></div>`,
      );
      const [fr, en] = wrapper.querySelectorAll<LocaleProbe>('suite-locale-probe');
      expect([said(fr!), said(en!)]).to.deep.equal([FRENCH, ENGLISH]);
    });
  });

  describe('fallbacks', () => {
    it('matches a regional tag by language, then falls back to English', () => {
      expect(matchCatalogue('fr')).to.equal('fr');
      expect(matchCatalogue('fr-CA')).to.equal('fr');
      expect(matchCatalogue('FR-be')).to.equal('fr');
      expect(matchCatalogue('de-DE')).to.equal('de');
      expect(matchCatalogue('ko-KR')).to.equal('en');
      expect(matchCatalogue('')).to.equal('en');
    });

    it('reads pt-BR and zh-CN in any case, and gives other regions of a language its supported variant', () => {
      expect(matchCatalogue('pt-BR')).to.equal('pt-br');
      expect(matchCatalogue('zh-CN')).to.equal('zh-cn');
      expect(matchCatalogue('pt-PT')).to.equal('pt-br');
      expect(matchCatalogue('pt')).to.equal('pt-br');
      expect(matchCatalogue('zh-Hant-TW')).to.equal('zh-cn');
      expect(matchCatalogue('ja-JP')).to.equal('ja');
    });

    it('keeps the regional tag for formatting when the words come from its language', async () => {
      const probe = await fixture<LocaleProbe>(html`<suite-locale-probe lang="fr-CA"></suite-locale-probe>`);
      expect(said(probe)).to.equal(FRENCH);
      expect(probe.controller.locale).to.equal('fr-CA');
      expect(probe.controller.catalogueLocale).to.equal('fr');
    });

    it('formats in English when an unsupported language falls back to English words', async () => {
      const probe = await fixture<LocaleProbe>(html`<suite-locale-probe lang="ko"></suite-locale-probe>`);
      expect(said(probe)).to.equal(ENGLISH);
      expect(probe.controller.locale).to.equal('en');
      expect(probe.controller.formatNumber(1234.5)).to.equal('1,234.5');
    });

    it('survives a lang that is not a valid language tag', async () => {
      const probe = await fixture<LocaleProbe>(html`<suite-locale-probe lang="not a tag!"></suite-locale-probe>`);
      expect(said(probe)).to.equal(ENGLISH);
      expect(probe.controller.formatNumber(2)).to.equal('2');
    });
  });

  describe('formatting', () => {
    it('formats numbers and dates in the element locale', async () => {
      const wrapper = await fixture(
        html`<div><suite-locale-probe lang="fr"></suite-locale-probe><suite-locale-probe lang="en"></suite-locale-probe></div>`,
      );
      const [fr, en] = [...wrapper.querySelectorAll<LocaleProbe>('suite-locale-probe')].map((probe) => probe.controller);
      expect(fr!.formatNumber(1234.5)).to.equal(new Intl.NumberFormat('fr').format(1234.5));
      expect(en!.formatNumber(1234.5)).to.equal('1,234.5');
      expect(en!.formatNumber(0.25, { style: 'percent' })).to.equal('25%');
      const date = new Date(Date.UTC(2026, 2, 12, 12));
      expect(fr!.formatDate(date, { dateStyle: 'short', timeZone: 'UTC' })).to.equal('12/03/2026');
      expect(en!.formatDate(date.toISOString(), { dateStyle: 'short', timeZone: 'UTC' })).to.equal('3/12/26');
    });

    it('chooses plural forms by the rules of the element language', async () => {
      const wrapper = await fixture(
        html`<div><suite-locale-probe lang="fr"></suite-locale-probe><suite-locale-probe lang="en"></suite-locale-probe></div>`,
      );
      const [fr, en] = [...wrapper.querySelectorAll<LocaleProbe>('suite-locale-probe')].map((probe) => probe.controller);
      const forms = { one: '# one', other: '# other' };
      // French counts 0 as singular, English as plural.
      expect([fr!.plural(0, forms), fr!.plural(1, forms), fr!.plural(2, forms)]).to.deep.equal(['0 one', '1 one', '2 other']);
      expect([en!.plural(0, forms), en!.plural(1, forms), en!.plural(2, forms)]).to.deep.equal(['0 other', '1 one', '2 other']);
      expect(fr!.term('licenceMeter.overAllocatedPools', { count: 0 })).to.equal('0 pool dépasse sa limite');
      expect(en!.term('licenceMeter.overAllocatedPools', { count: 1 })).to.equal('1 pool is over its limit');
    });
  });

  describe('languages loaded on first use', () => {
    let loads = 0;
    let answer: () => Promise<{ 'probe.word': string }> = () => Promise.resolve({ 'probe.word': 'Bonjour' });
    const probeMessages: Messages<{ 'probe.word': string }> = {
      en: { 'probe.word': 'Hello' },
      load: () => {
        loads++;
        return answer();
      },
    };
    class LazyProbe extends SuiteElement {
      private readonly localize = new LocalizeController(this, probeMessages);
      override render() {
        return html`${this.localize.term('probe.word')}`;
      }
    }
    LazyProbe.define('suite-lazy-locale-probe');

    it('keeps English when a language cannot load, says so once, and tries again on a later render', async () => {
      const warnings: unknown[][] = [];
      const warn = console.warn;
      console.warn = (...args: unknown[]) => void warnings.push(args);
      answer = () => Promise.reject(new Error('offline'));
      try {
        const probe = await fixture<LazyProbe>(html`<suite-lazy-locale-probe lang="fr"></suite-lazy-locale-probe>`);
        expect(probe.shadowRoot!.textContent).to.equal('Hello');
        expect(warnings).to.have.length(1);
        expect(String(warnings[0]![0])).to.contain('"fr" words could not be loaded');
        answer = () => Promise.resolve({ 'probe.word': 'Bonjour' });
        probe.requestUpdate();
        await probe.updateComplete;
        expect(probe.shadowRoot!.textContent).to.equal('Bonjour');
      } finally {
        console.warn = warn;
      }
    });

    it('loads an area\'s language once for every element, and updateComplete waits for it', async () => {
      const before = loads;
      const wrapper = await fixture(html`<div lang="fr"><suite-lazy-locale-probe></suite-lazy-locale-probe><suite-lazy-locale-probe></suite-lazy-locale-probe></div>`);
      const probes = [...wrapper.querySelectorAll<LazyProbe>('suite-lazy-locale-probe')];
      await Promise.all(probes.map((probe) => probe.updateComplete));
      expect(probes.map((probe) => probe.shadowRoot!.textContent)).to.deep.equal(['Bonjour', 'Bonjour']);
      expect(loads - before).to.equal(0, 'already loaded by the previous test: no second load');
    });
  });

  describe('catalogues', () => {
    // Every area of src/i18n/ (the type enforces the keys; this guards against casts and a language module that
    // forgets an area).
    const areas: Record<CatalogueArea, Messages<Record<string, Message>>> = {
      addressBookSharing: addressBookSharingMessages,
      auditLog: auditLogMessages,
      brandingEditor: brandingEditorMessages,
      bulkInviteBanner: bulkInviteBannerMessages,
      clientPicker: clientPickerMessages,
      common: commonMessages,
      importTemplate: importTemplateMessages,
      inviteDialog: inviteDialogMessages,
      licenceMeter: licenceMeterMessages,
      moduleToggles: moduleTogglesMessages,
      modules: modulesMessages,
      selfcareDashboard: selfcareDashboardMessages,
      superviseDialog: superviseDialogMessages,
      supervisionFrame: supervisionFrameMessages,
      teamCapabilities: teamCapabilitiesMessages,
      userAdmin: userAdminMessages,
      userExport: userExportMessages,
      userImport: userImportMessages,
      userPanel: userPanelMessages,
      userTable: userTableMessages,
    };
    for (const [area, messages] of Object.entries(areas)) {
      it(`${area}: every language has exactly the keys of English`, async () => {
        for (const locale of LOADED_LOCALES) {
          const catalogue = await messages.load(locale);
          expect(Object.keys(catalogue).sort(), locale).to.deep.equal(Object.keys(messages.en).sort());
        }
      });
    }

    for (const locale of LOADED_LOCALES) {
      it(`${locale}: is a translation, not a copy of English`, async () => {
        // Some words are the same in both (Total, CSV, a product name); a language where more than one
        // plain string in seventeen still reads as English (the most today: 3.6%) was not translated.
        const same: string[] = [];
        let strings = 0;
        for (const messages of Object.values(areas)) {
          const catalogue = await messages.load(locale);
          for (const [key, english] of Object.entries(messages.en)) {
            if (typeof english !== 'string' || english.length < 4) continue;
            strings++;
            if (catalogue[key] === english) same.push(key);
          }
        }
        expect(same.length / strings, `${locale} keeps the English of ${same.join(', ')}`).to.be.below(0.06);
      });
    }

    it('formats every plural message with the rules of its language', async () => {
      // ja, zh-cn and th have only the `other` category: a message there must not depend on `one`.
      for (const locale of LOADED_LOCALES) {
        const probe = await fixture<LocaleProbe>(html`<suite-locale-probe lang=${locale}></suite-locale-probe>`);
        await probe.updateComplete;
        for (const count of [0, 1, 2, 5, 21, 1000]) {
          const text = probe.controller.term('licenceMeter.overAllocatedPools', { count });
          expect(text, `${locale} ${count}`).to.contain(probe.controller.formatNumber(count));
          expect(text, `${locale} ${count}`).not.to.contain('#');
        }
      }
    });
  });
});
