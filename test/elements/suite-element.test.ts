import { expect, fixture, html } from '@open-wc/testing';
import { SuiteElement } from '../../src/components/suite-element.js';
import { LocalizeController } from '../../src/controllers/localize-controller.js';
import { licenceMeterMessages } from '../../src/i18n/licence-meter.js';

let counter = 0;
const uniqueTag = () => `suite-define-probe-${++counter}`;

function captureWarnings(): { warnings: string[]; restore(): void } {
  const warnings: string[] = [];
  const original = console.warn;
  console.warn = (...args: unknown[]) => warnings.push(args.map(String).join(' '));
  return { warnings, restore: () => (console.warn = original) };
}

describe('SuiteElement', () => {
  describe('define()', () => {
    it('registers the class under the tag', () => {
      class Probe extends SuiteElement {}
      const tag = uniqueTag();
      Probe.define(tag);
      expect(customElements.get(tag)).to.equal(Probe);
    });

    it('is silent when the same class is defined twice under the same tag', () => {
      class Probe extends SuiteElement {}
      const tag = uniqueTag();
      const capture = captureWarnings();
      try {
        Probe.define(tag);
        Probe.define(tag);
      } finally {
        capture.restore();
      }
      expect(capture.warnings).to.deep.equal([]);
    });

    it('warns, does not throw and keeps the first class when another class claims the tag', () => {
      class First extends SuiteElement {}
      class Second extends SuiteElement {}
      const tag = uniqueTag();
      First.define(tag);
      const capture = captureWarnings();
      try {
        expect(() => Second.define(tag)).to.not.throw();
      } finally {
        capture.restore();
      }
      expect(capture.warnings).to.have.length(1);
      expect(capture.warnings[0]).to.include(`<${tag}> is already defined`);
      expect(customElements.get(tag)).to.equal(First);
    });

    it('lets one class answer to a second tag (a host alias)', () => {
      class Probe extends SuiteElement {}
      const [first, second] = [uniqueTag(), uniqueTag()];
      Probe.define(first);
      expect(() => Probe.define(second)).to.not.throw();
      expect(document.createElement(second)).to.be.instanceOf(Probe);
    });
  });

  describe('lang', () => {
    class LangProbe extends SuiteElement {
      private readonly localize = new LocalizeController(this, licenceMeterMessages);

      override render() {
        return html`${this.localize.term('licenceMeter.empty')}`;
      }
    }
    const tag = uniqueTag();
    LangProbe.define(tag);

    it('does not write an empty lang attribute by itself', async () => {
      const el = document.createElement(tag) as LangProbe;
      document.body.append(el);
      await el.updateComplete;
      expect(el.hasAttribute('lang')).to.equal(false);
      el.remove();
    });

    it('re-renders in the new language when lang is set as a property', async () => {
      const el = document.createElement(tag) as LangProbe;
      el.lang = 'en';
      const host = await fixture(html`<div></div>`);
      host.append(el);
      await el.updateComplete;
      expect(el.shadowRoot!.textContent).to.equal('No licence pools');
      el.lang = 'fr';
      await el.updateComplete;
      expect(el.getAttribute('lang')).to.equal('fr');
      expect(el.shadowRoot!.textContent).to.equal('Aucun pool de licences');
    });
  });

  describe('out of the document', () => {
    class LoadProbe extends SuiteElement {
      static override properties = { clientId: {} };
      declare clientId: string;
      readonly loads: string[] = [];
      protected override willUpdate(): void {
        this.loads.push(this.clientId);
      }
    }
    const tag = uniqueTag();
    LoadProbe.define(tag);

    it('does not update while removed, and catches up with what changed once attached again', async () => {
      const el = document.createElement(tag) as LoadProbe;
      el.clientId = 'c-1';
      document.body.append(el);
      await el.updateComplete;
      // A change queued just before a parent's render removes the element.
      el.clientId = 'c-2';
      el.remove();
      await el.updateComplete;
      expect(el.loads).to.deep.equal(['c-1']);

      document.body.append(el);
      await el.updateComplete;
      expect(el.loads).to.deep.equal(['c-1', 'c-2']);
      el.remove();
    });
  });
});
