import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { NetworkError } from '../../src/api/errors.js';
import type { Client, ClientListQuery, ClientPage } from '../../src/api/schemas/tenancy.js';
import type { RequestOptions } from '../../src/api/suite-api.js';
import '../../src/components/client-picker/client-picker.js';
import type { ClientPickerApi, SuiteClientPicker } from '../../src/components/client-picker/client-picker.component.js';
import type { SuiteClientSelectEvent } from '../../src/events/index.js';

function client(index: number, overrides: Partial<Client> = {}): Client {
  return {
    id: `c-${String(index).padStart(3, '0')}`,
    partnerId: 'p-1',
    name: `Client ${String(index).padStart(2, '0')}`,
    userCount: index * 3,
    hasOwnBranding: index % 4 === 0,
    createdAt: '2026-01-01T00:00:00Z',
    ...overrides,
  };
}

interface ListCall {
  query: ClientListQuery;
  signal: AbortSignal | undefined;
}

/** Cursors are offsets; `hold` keeps the next answer back until released. */
class FakeApi implements ClientPickerApi {
  readonly calls: ListCall[] = [];
  failNext = false;
  private held: (() => void)[] = [];
  holdAnswers = false;

  constructor(readonly clients: Client[]) {}

  async listClients(query: ClientListQuery = {}, options: RequestOptions = {}): Promise<ClientPage> {
    this.calls.push({ query, signal: options.signal });
    if (this.holdAnswers) await new Promise<void>((resolve) => this.held.push(resolve));
    if (options.signal?.aborted) throw Object.assign(new Error('aborted'), { name: 'AbortError' });
    if (this.failNext) {
      this.failNext = false;
      throw new NetworkError('network down', 'GET /clients');
    }
    const q = (query.q ?? '').toLowerCase();
    const matches = this.clients.filter((c) => c.name.toLowerCase().includes(q));
    const offset = Number(query.cursor ?? 0);
    const limit = Number(query.limit ?? 25);
    const items = matches.slice(offset, offset + limit);
    return { items, total: matches.length, nextCursor: offset + limit < matches.length ? String(offset + limit) : null };
  }

  release(): void {
    for (const resolve of this.held.splice(0)) resolve();
  }
}

const CLIENTS = Array.from({ length: 23 }, (_, i) => client(i + 1));

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
async function settle(el: SuiteClientPicker): Promise<void> {
  for (let i = 0; i < 3; i++) {
    await pause(0);
    await el.updateComplete;
  }
}

async function setup(api: FakeApi, value = ''): Promise<SuiteClientPicker> {
  const el = await fixture<SuiteClientPicker>(html`<suite-client-picker page-size="10" .value=${value} .api=${api}></suite-client-picker>`);
  await settle(el);
  return el;
}

const $ = <T extends Element = HTMLElement>(el: SuiteClientPicker, selector: string) => el.shadowRoot!.querySelector<T>(selector);
const squeeze = (value: string | null | undefined) => (value ?? '').replace(/\s+/g, ' ').trim();
const names = (el: SuiteClientPicker) => [...el.shadowRoot!.querySelectorAll('[role="option"] .name')].map((node) => node.textContent);
const status = (el: SuiteClientPicker) => squeeze($(el, '[part~="status"]')!.textContent);
const activeOption = (el: SuiteClientPicker) => {
  const id = $(el, '[role="listbox"]')!.getAttribute('aria-activedescendant');
  return id ? squeeze($(el, `#${id} .name`)!.textContent) : null;
};

async function type(el: SuiteClientPicker, text: string): Promise<void> {
  $<HTMLInputElement>(el, '#search')!.focus();
  await sendKeys({ type: text });
}

describe('<suite-client-picker>', () => {
  it('shows the first page of clients with how many there are, accessible', async () => {
    const api = new FakeApi(CLIENTS);
    const el = await setup(api);
    expect(api.calls).to.have.length(1);
    expect(api.calls[0]!.query).to.deep.equal({ limit: 10 });
    expect(names(el)).to.deep.equal(CLIENTS.slice(0, 10).map((c) => c.name));
    expect(status(el)).to.equal('23 clients');
    expect(squeeze($(el, '[part~="pagination"] span')!.textContent)).to.equal('Page 1 of 3');
    expect(squeeze($(el, '#client-3 .detail')!.textContent)).to.equal('12 users · Own branding');
    await expect(el).to.be.accessible();
  });

  it('searches once typing pauses, and cancels the request a newer search replaces', async () => {
    const api = new FakeApi(CLIENTS);
    const el = await setup(api);
    await type(el, 'ent 1');
    // Still typing: nothing sent yet.
    expect(api.calls).to.have.length(1);
    await pause(400);
    await settle(el);
    expect(api.calls).to.have.length(2);
    expect(api.calls[1]!.query.q).to.equal('ent 1');
    expect(names(el)).to.deep.equal(['Client 10', 'Client 11', 'Client 12', 'Client 13', 'Client 14', 'Client 15', 'Client 16', 'Client 17', 'Client 18', 'Client 19']);
    expect(status(el)).to.equal('10 clients match “ent 1”');

    api.holdAnswers = true;
    await sendKeys({ type: '2' });
    await pause(400);
    expect(api.calls).to.have.length(3);
    const slow = api.calls[2]!;
    await sendKeys({ press: 'Backspace' });
    // The request for "ent 12" is cancelled as soon as the text changes again.
    expect(slow.signal?.aborted).to.equal(true);
    await pause(400);
    api.holdAnswers = false;
    api.release();
    await settle(el);
    expect(api.calls).to.have.length(4);
    expect(api.calls[3]!.query.q).to.equal('ent 1');
    expect(names(el)).to.have.length(10);
  });

  it('says when nothing matches, accessible', async () => {
    const el = await setup(new FakeApi(CLIENTS));
    await type(el, 'zzz');
    await sendKeys({ press: 'Enter' });
    await settle(el);
    expect(status(el)).to.equal('No client matches “zzz”.');
    expect($(el, '[role="listbox"]')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('pages forward with the cursor and back again, accessible on each page', async () => {
    const api = new FakeApi(CLIENTS);
    const el = await setup(api);
    $<HTMLButtonElement>(el, '.next')!.click();
    await settle(el);
    expect(api.calls[1]!.query).to.deep.equal({ cursor: '10', limit: 10 });
    expect(names(el)[0]).to.equal('Client 11');
    expect(squeeze($(el, '[part~="pagination"] span')!.textContent)).to.equal('Page 2 of 3');
    await expect(el).to.be.accessible();

    $<HTMLButtonElement>(el, '.next')!.click();
    await settle(el);
    expect(names(el)).to.deep.equal(['Client 21', 'Client 22', 'Client 23']);
    // The last page: Next stays focusable but does nothing.
    expect($(el, '.next')!.getAttribute('aria-disabled')).to.equal('true');
    $<HTMLButtonElement>(el, '.next')!.click();
    await settle(el);
    expect(api.calls).to.have.length(3);

    $<HTMLButtonElement>(el, '.previous')!.click();
    await settle(el);
    expect(api.calls[3]!.query).to.deep.equal({ cursor: '10', limit: 10 });
    expect(names(el)[0]).to.equal('Client 11');
  });

  it('keyboard: arrows move without picking, Enter picks, Page Down turns the page', async () => {
    const el = await setup(new FakeApi(CLIENTS));
    const picked: SuiteClientSelectEvent[] = [];
    el.addEventListener('suite-client-select', (event) => picked.push(event));
    $<HTMLInputElement>(el, '#search')!.focus();
    await sendKeys({ press: 'ArrowDown' });
    await el.updateComplete;
    expect(el.shadowRoot!.activeElement?.getAttribute('role')).to.equal('listbox');
    expect(activeOption(el)).to.equal('Client 01');
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'ArrowDown' });
    await el.updateComplete;
    expect(activeOption(el)).to.equal('Client 03');
    expect(picked).to.have.length(0);
    await sendKeys({ press: 'End' });
    await el.updateComplete;
    expect(activeOption(el)).to.equal('Client 10');
    await sendKeys({ press: 'Home' });
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(picked.map((event) => event.client.id)).to.deep.equal(['c-002']);
    expect(el.value).to.equal('c-002');
    expect($(el, '#client-1')!.getAttribute('aria-selected')).to.equal('true');
    expect($(el, '#client-0')!.getAttribute('aria-selected')).to.equal('false');
    await expect(el).to.be.accessible();

    await sendKeys({ press: 'PageDown' });
    await settle(el);
    expect(names(el)[0]).to.equal('Client 11');
    expect(activeOption(el)).to.equal('Client 11');
    await sendKeys({ press: ' ' });
    await el.updateComplete;
    expect(el.value).to.equal('c-011');
  });

  it('keeps the previous choice when the host cancels the event', async () => {
    const el = await setup(new FakeApi(CLIENTS), 'c-001');
    el.addEventListener('suite-client-select', (event) => event.preventDefault());
    $<HTMLElement>(el, '#client-4')!.click();
    await el.updateComplete;
    expect(el.value).to.equal('c-001');
    expect($(el, '#client-0')!.getAttribute('aria-selected')).to.equal('true');
  });

  it('shows a client name made of markup as text', async () => {
    const el = await setup(new FakeApi([client(1, { name: '<img src=x onerror=alert(1)>' })]));
    expect(names(el)).to.deep.equal(['<img src=x onerror=alert(1)>']);
    expect(el.shadowRoot!.querySelector('img')).to.equal(null);
  });

  it('reports a failure with Retry, accessible, and retries', async () => {
    const api = new FakeApi(CLIENTS);
    api.failNext = true;
    const el = await setup(api);
    expect(squeeze($(el, '[part~="error"] p')!.textContent)).to.equal('The server could not be reached. Check your connection.');
    await expect(el).to.be.accessible();
    $<HTMLButtonElement>(el, '[part~="error"] button')!.click();
    await settle(el);
    expect($(el, '[part~="error"]')).to.equal(null);
    expect(names(el)).to.have.length(10);
  });

  it('speaks French', async () => {
    const el = await fixture<SuiteClientPicker>(html`<suite-client-picker lang="fr" .api=${new FakeApi(CLIENTS)}></suite-client-picker>`);
    await settle(el);
    expect(status(el)).to.equal('23 clients');
    expect(squeeze($(el, 'label')!.textContent)).to.equal('Rechercher un client');
  });
});
