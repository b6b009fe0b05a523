import { ContextProvider } from '@lit/context';
import { expect, fixture, html } from '@open-wc/testing';
import { AbortedError, ProblemError } from '../../src/api/errors.js';
import { createHttpApi } from '../../src/api/http/http-api.js';
import type { LicencePool, LicencePoolList } from '../../src/api/schemas/licence-pool.js';
import type { SuiteApi } from '../../src/api/suite-api.js';
import '../../src/components/licence-meter/licence-meter.js';
import type { LicenceMeterApi, SuiteLicenceMeter } from '../../src/components/licence-meter/licence-meter.component.js';
import { apiContext } from '../../src/context/api-context.js';
import type { SuiteBuyLicencesEvent, SuiteErrorEvent } from '../../src/events/index.js';
import { collect, deferred, settle, type Deferred } from './support/async.js';

// ---------------------------------------------------------------- helpers

function pool(key: string, name: string, total: number, used: number): LicencePool {
  return { id: `pool-${key}`, clientId: 'c1', key, name, kind: 'user', total, used, remaining: total - used };
}

const CORE = pool('core', 'Core', 50, 38);
const CONTRACT = pool('contract', 'Contract', 10, 10);
const OPERATORS = pool('operators', 'Operators', 5, 8);
const POOLS: LicencePoolList = { items: [CORE, CONTRACT, OPERATORS] };

interface RecordedCall {
  clientId: string;
  signal: AbortSignal | undefined;
}

/** A SuiteApi stand-in that records each call and answers with whatever `answer` returns. */
class RecordingApi implements LicenceMeterApi {
  readonly calls: RecordedCall[] = [];
  constructor(private readonly answer: (call: RecordedCall) => Promise<LicencePoolList>) {}

  listLicencePools(clientId: string, options?: { signal?: AbortSignal }): Promise<LicencePoolList> {
    const call = { clientId, signal: options?.signal };
    this.calls.push(call);
    return this.answer(call);
  }
}

const answering = (list: LicencePoolList) => new RecordingApi(async () => list);
const failingWith = (error: unknown) =>
  new RecordingApi(async () => {
    throw error;
  });
const neverAnswering = () => new RecordingApi(() => new Promise<LicencePoolList>(() => undefined));

/** Lets pending promises settle, then waits for the element's next render. */

async function meter(api: LicenceMeterApi, attrs: { lang?: string; buyUrl?: string } = {}): Promise<SuiteLicenceMeter> {
  const el = await fixture<SuiteLicenceMeter>(
    html`<suite-licence-meter client-id="c1" lang=${attrs.lang ?? 'en'} buy-url=${attrs.buyUrl ?? ''} .api=${api}></suite-licence-meter>`,
  );
  await settle(el, 1);
  return el;
}

const shadow = (el: SuiteLicenceMeter) => el.shadowRoot!;
const rows = (el: SuiteLicenceMeter) => [...shadow(el).querySelectorAll<HTMLTableRowElement>('tbody tr')];
// Only ASCII whitespace is template indentation: `\s` would also eat the
// narrow no-break spaces French number formatting relies on.
const squeeze = (value: string | null) => (value ?? '').replace(/[ \t\n\r]+/g, ' ').trim();
const cellTexts = (row: HTMLTableRowElement) => [...row.querySelectorAll('th, td')].map((cell) => squeeze(cell.textContent));
const rowFor = (el: SuiteLicenceMeter, key: string) => shadow(el).querySelector<HTMLTableRowElement>(`tr[data-pool="${key}"]`)!;
const text = (el: SuiteLicenceMeter) => squeeze(shadow(el).textContent);
// Booleans, not elements, in assertions: chai's diff of a failing element
// walks Lit's internals and can stall the browser.
const has = (el: SuiteLicenceMeter, selector: string) => shadow(el).querySelector(selector) !== null;

// ---------------------------------------------------------------- tests

describe('<suite-licence-meter>', () => {
  describe('with data', () => {
    it('renders one row per pool with name, total, used and remaining', async () => {
      const el = await meter(answering(POOLS));
      expect(rows(el)).to.have.length(3);
      expect(cellTexts(rowFor(el, 'core')).slice(0, 4)).to.deep.equal(['Core', '50', '38', '12']);
      expect(cellTexts(rowFor(el, 'contract')).slice(0, 4)).to.deep.equal(['Contract', '10', '10', '0 (full)']);
      expect(shadow(el).querySelector('caption')!.textContent!.trim()).to.equal('Licences');
      const headers = [...shadow(el).querySelectorAll('thead th')].map((th) => th.textContent!.trim());
      expect(headers).to.deep.equal(['Licence pool', 'Total', 'Used', 'Remaining', 'Actions']);
      expect(shadow(el).querySelector('[part~="base"]')!.getAttribute('aria-busy')).to.equal('false');
      await expect(el).to.be.accessible();
    });

    it('says over-allocation in words, not colour alone', async () => {
      const el = await meter(answering(POOLS));
      const over = rowFor(el, 'operators');
      expect(over.dataset['status']).to.equal('over');
      expect(cellTexts(over)[3]).to.equal('3 over the limit');
      expect(shadow(el).querySelector('[part~="summary"]')!.textContent!.trim()).to.equal('1 pool is over its limit');
    });

    it('formats large numbers and pluralises the summary in the element locale', async () => {
      const big = { ...pool('core', 'Core', 1200, 2500), id: 'p1' };
      const other = pool('contract', 'Contract', 1, 3);
      const el = await meter(answering({ items: [big, other] }));
      expect(cellTexts(rowFor(el, 'core')).slice(1, 4)).to.deep.equal(['1,200', '2,500', '1,300 over the limit']);
      expect(shadow(el).querySelector('[part~="summary"]')!.textContent!.trim()).to.equal('2 pools are over their limit');
    });

    it('offers "Buy more licences" only on full or over-allocated pools', async () => {
      const el = await meter(answering(POOLS));
      const buttonIn = (key: string) => rowFor(el, key).querySelector('[part~="buy-button"]');
      const offered = rows(el).filter((row) => row.querySelector('[part~="buy-button"]') !== null);
      expect(offered.map((row) => row.dataset['pool'])).to.deep.equal(['contract', 'operators']);
      expect(buttonIn('contract')!.textContent!.trim()).to.equal('Buy more licences');
      expect(buttonIn('operators')!.getAttribute('aria-label')).to.equal('Buy more licences for Operators');
    });

    it('exposes the documented parts', async () => {
      const el = await meter(answering(POOLS));
      for (const part of ['base', 'table', 'row', 'cell', 'buy-button']) {
        expect(has(el, `[part~="${part}"]`), part).to.equal(true);
      }
    });
  });

  describe('buying licences', () => {
    let opened: unknown[][];
    let originalOpen: typeof window.open;

    beforeEach(() => {
      opened = [];
      originalOpen = window.open;
      window.open = (...args: unknown[]) => {
        opened.push(args);
        return null;
      };
    });

    afterEach(() => {
      window.open = originalOpen;
    });

    const clickBuy = (el: SuiteLicenceMeter, key: string) =>
      rowFor(el, key).querySelector<HTMLButtonElement>('[part~="buy-button"]')!.click();

    it('fires a cancelable, composed suite-buy-licences naming the client and pool, then opens the https buy-url', async () => {
      const el = await meter(answering(POOLS), { buyUrl: 'https://shop.example.com/licences' });
      const events = collect(document, 'suite-buy-licences');
      clickBuy(el, 'operators');
      expect(events).to.have.length(1);
      const event = events[0] as SuiteBuyLicencesEvent;
      expect([event.clientId, event.poolId, event.poolKey]).to.deep.equal(['c1', 'pool-operators', 'operators']);
      expect([event.bubbles, event.composed, event.cancelable]).to.deep.equal([true, true, true]);
      expect(opened).to.deep.equal([['https://shop.example.com/licences', '_blank', 'noopener']]);
    });

    it('does not open the buy-url when the host cancels the event', async () => {
      const el = await meter(answering(POOLS), { buyUrl: 'https://shop.example.com/licences' });
      const veto = (event: Event) => event.preventDefault();
      document.addEventListener('suite-buy-licences', veto);
      try {
        clickBuy(el, 'contract');
      } finally {
        document.removeEventListener('suite-buy-licences', veto);
      }
      expect(opened).to.deep.equal([]);
    });

    for (const unsafe of ['javascript:alert(1)', 'http://shop.example.com/licences', '//shop.example.com', 'shop']) {
      it(`never opens a buy-url that is not an absolute https URL (${unsafe})`, async () => {
        const el = await meter(answering(POOLS), { buyUrl: unsafe });
        const events = collect(el, 'suite-buy-licences');
        clickBuy(el, 'contract');
        expect(events).to.have.length(1);
        expect(opened).to.deep.equal([]);
      });
    }
  });

  describe('states', () => {
    it('loading: aria-busy and a status message', async () => {
      const el = await meter(neverAnswering());
      const base = shadow(el).querySelector('[part~="base"]')!;
      expect(base.getAttribute('aria-busy')).to.equal('true');
      expect(shadow(el).querySelector('[role="status"]')!.textContent!.trim()).to.equal('Loading licences…');
      expect(has(el, 'table')).to.equal(false);
      await expect(el).to.be.accessible();
    });

    it('empty: says there are no pools', async () => {
      const el = await meter(answering({ items: [] }));
      expect(text(el)).to.equal('No licence pools');
      expect(has(el, 'table')).to.equal(false);
      await expect(el).to.be.accessible();
    });

    it('error: a translated message, a Retry button, and one suite-error event', async () => {
      const failure = new ProblemError('GET /clients/c1/licence-pools', {
        type: 'about:blank',
        title: 'Internal Server Error',
        status: 500,
        code: 'internal',
      });
      const errors = collect(document, 'suite-error');
      const el = await meter(failingWith(failure));
      const alert = shadow(el).querySelector('[part~="error"]')!;
      expect(alert.getAttribute('role')).to.equal('alert');
      expect(alert.querySelector('p')!.textContent!.trim()).to.equal('The licences could not be loaded.');
      expect(alert.querySelector('button')!.textContent!.trim()).to.equal('Retry');
      expect(errors).to.have.length(1);
      expect((errors[0] as SuiteErrorEvent).error).to.equal(failure);
      expect([errors[0]!.bubbles, errors[0]!.composed]).to.deep.equal([true, true]);
      await expect(el).to.be.accessible();
    });

    it('error: Retry asks the backend again and shows the answer', async () => {
      let attempt = 0;
      const api = new RecordingApi(async () => {
        attempt += 1;
        if (attempt === 1) throw new TypeError('Failed to fetch');
        return POOLS;
      });
      const el = await meter(api);
      expect(api.calls).to.have.length(1);
      shadow(el).querySelector<HTMLButtonElement>('[part~="error"] button')!.click();
      await settle(el, 1);
      expect(api.calls).to.have.length(2);
      expect(rows(el)).to.have.length(3);
    });

    it('incompatible backend: names the endpoint and field, through the real HTTP client', async () => {
      const wrongShape = { items: [{ ...CORE, total: 'fifty' }] };
      const stubFetch: typeof fetch = async () =>
        new Response(JSON.stringify(wrongShape), { status: 200, headers: { 'Content-Type': 'application/json' } });
      const errors = collect(document, 'suite-error');
      const el = await meter(createHttpApi({ baseUrl: 'https://api.example.com/v1', fetch: stubFetch }));
      await settle(el, 1);
      expect(shadow(el).querySelector('[part~="error"] p')!.textContent!.trim()).to.equal(
        'Incompatible backend: GET /clients/c1/licence-pools answered an invalid field items.0.total',
      );
      expect(errors.map((event) => (event.error as { kind?: string }).kind)).to.deep.equal(['incompatible-backend']);
      await expect(el).to.be.accessible();
    });

    it('aborted: shows nothing and reports nothing', async () => {
      const errors = collect(document, 'suite-error');
      const el = await meter(failingWith(new AbortedError('cancelled', 'GET /clients/c1/licence-pools')));
      expect(text(el)).to.equal('');
      expect(has(el, '[part~="error"]')).to.equal(false);
      expect(errors).to.have.length(0);
    });
  });

  describe('loading', () => {
    it('passes an AbortSignal and aborts it when client-id changes mid-load', async () => {
      const answers = new Map<string, Deferred<LicencePoolList>>();
      const api = new RecordingApi(({ clientId }) => {
        const answer = deferred<LicencePoolList>();
        answers.set(clientId, answer);
        return answer.promise;
      });
      const el = await meter(api);
      const first = api.calls[0]!;
      expect(first.signal).to.be.instanceOf(AbortSignal);
      expect(first.signal!.aborted).to.equal(false);

      el.clientId = 'c2';
      await el.updateComplete;
      expect(api.calls.map((call) => call.clientId)).to.deep.equal(['c1', 'c2']);
      expect(first.signal!.aborted).to.equal(true);
      expect(api.calls[1]!.signal!.aborted).to.equal(false);

      // The stale answer arriving late must not replace the newer one.
      answers.get('c2')!.resolve({ items: [{ ...CORE, clientId: 'c2' }] });
      await settle(el, 1);
      answers.get('c1')!.resolve(POOLS);
      await settle(el, 1);
      expect(rows(el)).to.have.length(1);
    });

    it('aborts a pending load when removed from the page and loads again when put back', async () => {
      const api = neverAnswering();
      const el = await meter(api);
      const parent = el.parentNode!;
      el.remove();
      expect(api.calls[0]!.signal!.aborted).to.equal(true);
      parent.appendChild(el);
      await settle(el, 1);
      expect(api.calls).to.have.length(2);
      expect(api.calls[1]!.signal!.aborted).to.equal(false);
    });

    it('takes the api from context, and an api property wins over it', async () => {
      const fromContext = answering({ items: [CORE] });
      const fromProperty = answering(POOLS);
      const provider = document.createElement('div');
      // A partial SuiteApi is enough: the element only calls listLicencePools.
      new ContextProvider(provider, { context: apiContext, initialValue: fromContext as unknown as SuiteApi });
      const el = document.createElement('suite-licence-meter');
      el.setAttribute('client-id', 'c1');
      provider.append(el);
      document.body.append(provider);
      try {
        await settle(el, 1);
        expect(fromContext.calls).to.have.length(1);
        expect(rows(el)).to.have.length(1);

        el.api = fromProperty;
        await el.updateComplete;
        await settle(el, 1);
        expect(fromProperty.calls).to.have.length(1);
        expect(rows(el)).to.have.length(3);
      } finally {
        provider.remove();
      }
    });

    it('does not call the backend without a client-id', async () => {
      const api = answering(POOLS);
      const el = await fixture<SuiteLicenceMeter>(html`<suite-licence-meter .api=${api}></suite-licence-meter>`);
      await settle(el, 1);
      expect(api.calls).to.have.length(0);
      expect(text(el)).to.equal('');
    });
  });

  describe('in French', () => {
    it('renders every string in French and formats numbers the French way', async () => {
      const big = pool('core', 'Core', 1200, 2500);
      const el = await meter(answering({ items: [big, CONTRACT] }), { lang: 'fr' });
      expect(shadow(el).querySelector('caption')!.textContent!.trim()).to.equal('Licences');
      const headers = [...shadow(el).querySelectorAll('thead th')].map((th) => th.textContent!.trim());
      expect(headers).to.deep.equal(['Pool de licences', 'Total', 'Utilisées', 'Restantes', 'Actions']);
      const french = new Intl.NumberFormat('fr');
      expect(cellTexts(rowFor(el, 'core')).slice(1, 4)).to.deep.equal([
        french.format(1200),
        french.format(2500),
        `${french.format(1300)} au-delà de la limite`,
      ]);
      expect(cellTexts(rowFor(el, 'contract'))[3]).to.equal('0 (complet)');
      expect(rowFor(el, 'core').querySelector('[part~="buy-button"]')!.textContent!.trim()).to.equal('Acheter des licences');
      expect(shadow(el).querySelector('[part~="summary"]')!.textContent!.trim()).to.equal('1 pool dépasse sa limite');
      expect(shadow(el).querySelector('[part~="base"]')!.getAttribute('lang')).to.equal('fr');
      await expect(el).to.be.accessible();
    });

    it('says "3 au-delà de la limite" for an over-allocated pool', async () => {
      const el = await meter(answering(POOLS), { lang: 'fr' });
      expect(cellTexts(rowFor(el, 'operators'))[3]).to.equal('3 au-delà de la limite');
    });

    it('translates loading, empty and error states', async () => {
      const loading = await meter(neverAnswering(), { lang: 'fr' });
      expect(text(loading)).to.equal('Chargement des licences…');
      const empty = await meter(answering({ items: [] }), { lang: 'fr' });
      expect(text(empty)).to.equal('Aucun pool de licences');
      const failed = await meter(failingWith(new Error('boom')), { lang: 'fr' });
      expect(text(failed)).to.equal('Impossible de charger les licences. Réessayer');
    });

    it('re-renders when lang changes', async () => {
      const el = await meter(answering(POOLS));
      expect(cellTexts(rowFor(el, 'operators'))[3]).to.equal('3 over the limit');
      el.setAttribute('lang', 'fr-CA');
      await el.updateComplete;
      expect(cellTexts(rowFor(el, 'operators'))[3]).to.equal('3 au-delà de la limite');
    });
  });

  describe('Lit dev mode', () => {
    it('renders every state without a Lit warning', async () => {
      // Lit issues each warning once per page; forget earlier ones so this test sees them again.
      (globalThis as { litIssuedWarnings?: Set<string> }).litIssuedWarnings?.clear();
      const warnings: string[] = [];
      const original = console.warn;
      console.warn = (...args: unknown[]) => warnings.push(args.map(String).join(' '));
      try {
        const loaded = await meter(answering(POOLS));
        loaded.setAttribute('lang', 'fr');
        loaded.clientId = 'c2';
        await settle(loaded, 1);
        await meter(answering({ items: [] }));
        await meter(neverAnswering());
        const failed = await meter(failingWith(new Error('boom')));
        shadow(failed).querySelector<HTMLButtonElement>('[part~="error"] button')!.click();
        await settle(failed, 1);
      } finally {
        console.warn = original;
      }
      expect(warnings.filter((warning) => !warning.includes('Lit is in dev mode'))).to.deep.equal([]);
    });

    it('runs against the development build of Lit (so the check above means something)', () => {
      expect((globalThis as { litIssuedWarnings?: Set<string> }).litIssuedWarnings).to.be.instanceOf(Set);
    });
  });
});
