import { expect, fixture, html, nextFrame, oneEvent, waitUntil } from '@open-wc/testing';
import { AbortedError, NetworkError, ProblemError } from '../../src/api/errors.js';
import type { Me, Permission } from '../../src/api/schemas/me.js';
import type { StatusChange, User, UserListQuery, UserPage } from '../../src/api/schemas/user.js';
import type { RequestOptions } from '../../src/api/suite-api.js';
import { resetMouse, sendMouse } from '@web/test-runner-commands';
import '../../src/components/user-table/user-table.js';
import type { SuiteUserTable, UserTableApi } from '../../src/components/user-table/user-table.component.js';
import type { SuiteBulkInviteRequestEvent, SuiteSelectionChangeEvent, SuiteUserOpenEvent } from '../../src/events/index.js';
import { AGENCIES, POOLS, UserDirectory } from '../fixtures/user-directory.js';

// ---------------------------------------------------------------- fake backend

interface ListCall {
  query: UserListQuery;
  signal: AbortSignal | undefined;
}

/** A SuiteApi stand-in over a deterministic directory; records calls, can fail on purpose. */
class FakeApi implements UserTableApi {
  readonly listCalls: ListCall[] = [];
  readonly statusCalls: { userId: string; change: StatusChange }[] = [];
  readonly deleteCalls: string[] = [];
  /** Users whose status change or delete fails with a server reason, until healed. */
  readonly refusing = new Map<string, string>();
  /** Answers to listUsers wait for this when set. */
  gate: Promise<void> | undefined;
  listFailure: unknown;

  constructor(readonly directory: UserDirectory) {}

  async listUsers(_clientId: string, query: UserListQuery = {}, options?: RequestOptions): Promise<UserPage> {
    this.listCalls.push({ query, signal: options?.signal });
    if (this.gate) await this.gate;
    if (options?.signal?.aborted) throw new AbortedError('aborted', 'GET /users');
    if (this.listFailure) throw this.listFailure;
    return structuredClone(this.directory.list(query));
  }

  async listAgencies() {
    return { items: AGENCIES };
  }

  async listLicencePools() {
    return { items: POOLS };
  }

  private refuse(userId: string, endpoint: string): void {
    const reason = this.refusing.get(userId);
    if (reason) {
      throw new ProblemError(endpoint, { type: 'about:blank', title: 'Refused', status: 409, code: 'refused', detail: reason });
    }
  }

  async changeUserStatus(_clientId: string, userId: string, change: StatusChange): Promise<User> {
    this.statusCalls.push({ userId, change });
    this.refuse(userId, 'POST /status');
    const user = { ...this.directory.users.find((u) => u.id === userId)!, status: change.status };
    this.directory.replace(user);
    return user;
  }

  async deleteUser(_clientId: string, userId: string): Promise<void> {
    this.deleteCalls.push(userId);
    this.refuse(userId, 'DELETE /users');
    this.directory.remove(userId);
  }
}

function admin(permissions: Permission[], agencyIds?: string[]): Me {
  return {
    id: 'admin-1',
    displayName: 'Admin',
    email: null,
    role: agencyIds ? 'admin' : 'super_admin',
    scope: agencyIds ? { kind: 'agencies', partnerId: 'p1', clientId: 'c1', agencyIds } : { kind: 'client', partnerId: 'p1', clientId: 'c1' },
    permissions,
    supervisionSessionId: null,
  };
}

const ALL: Permission[] = ['users.read', 'users.write', 'users.invite', 'users.bulk_invite'];

// ---------------------------------------------------------------- helpers

const shadow = (el: SuiteUserTable) => el.shadowRoot!;
const squeeze = (value: string | null | undefined) => (value ?? '').replace(/[ \t\n\r]+/g, ' ').trim();
const grid = (el: SuiteUserTable) => shadow(el).querySelector<HTMLElement>('[role="grid"]')!;
const dataRows = (el: SuiteUserTable) => [...shadow(el).querySelectorAll<HTMLElement>('.body > [role="row"]')];
const loadedRows = (el: SuiteUserTable) => dataRows(el).filter((row) => row.dataset['userId']);
const rowAt = (el: SuiteUserTable, index: number) => shadow(el).querySelector<HTMLElement>(`.body > [role="row"][data-index="${index}"]`);
const focused = (el: SuiteUserTable) => shadow(el).activeElement as HTMLElement | null;
const button = (el: SuiteUserTable, text: string) =>
  [...shadow(el).querySelectorAll<HTMLButtonElement>('button')].find((b) => squeeze(b.textContent) === text);
const message = (el: SuiteUserTable) => squeeze(shadow(el).querySelector('[part~="message"]')?.textContent);

async function table(api: FakeApi, options: { me?: Me; lang?: string } = {}): Promise<SuiteUserTable> {
  const el = await fixture<SuiteUserTable>(
    html`<suite-user-table client-id="c1" lang=${options.lang ?? 'en'} .api=${api} .admin=${options.me ?? admin(ALL)}></suite-user-table>`,
  );
  await waitUntil(() => el['list'].total === 0 || loadedRows(el).length > 0, 'rows render', { timeout: 4000 });
  await settle(el);
  return el;
}

async function settle(el: SuiteUserTable): Promise<void> {
  for (let i = 0; i < 3; i++) {
    await nextFrame();
    await el.updateComplete;
  }
}

function press(el: SuiteUserTable, key: string, init: KeyboardEventInit = {}): void {
  const target = focused(el) ?? grid(el);
  target.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, composed: true, cancelable: true, ...init }));
}

async function focusCell(el: SuiteUserTable, row: number, col: number): Promise<void> {
  const cell = shadow(el).querySelector<HTMLElement>(`[data-row="${row}"][data-col="${col}"]`)!;
  cell.focus();
  await settle(el);
}

function collect<K extends keyof GlobalEventHandlersEventMap>(target: EventTarget, type: K): GlobalEventHandlersEventMap[K][] {
  const seen: GlobalEventHandlersEventMap[K][] = [];
  target.addEventListener(type, (event) => seen.push(event as GlobalEventHandlersEventMap[K]));
  return seen;
}

/** Every rendered data row's aria-rowindex matches its position, and loaded rows hold the user of that position. */
function expectTrueRowIndexes(el: SuiteUserTable, idOf: (index: number) => string): void {
  const rows = dataRows(el);
  expect(rows.length).to.be.greaterThan(0);
  for (const row of rows) {
    const index = Number(row.dataset['index']);
    expect(row.getAttribute('aria-rowindex'), `row ${index}`).to.equal(String(index + 2));
    if (row.dataset['userId']) expect(row.dataset['userId'], `row ${index}`).to.equal(idOf(index));
  }
}

const XSS = '<img src=x onerror=alert(1)>';

// ---------------------------------------------------------------- tests

describe('<suite-user-table>', () => {
  // Focus events need the page to hold the browser's focus; the page of the
  // previous test file may still have it while it closes. A real click takes it.
  before(async () => {
    await sendMouse({ type: 'click', position: [1, 1] });
    await resetMouse();
  });

  describe('states', () => {
    it('is busy and says so while the first page loads', async () => {
      const api = new FakeApi(new UserDirectory(50));
      api.gate = new Promise(() => undefined);
      const el = await fixture<SuiteUserTable>(html`<suite-user-table client-id="c1" lang="en" .api=${api} .admin=${admin(ALL)}></suite-user-table>`);
      await settle(el);
      expect(grid(el).getAttribute('aria-busy')).to.equal('true');
      expect(grid(el).getAttribute('aria-rowcount')).to.equal('-1');
      expect(message(el)).to.equal('Loading users…');
      await expect(el).to.be.accessible();
    });

    it('renders the loaded users with the total and a grid the size of the list', async () => {
      const el = await table(new FakeApi(new UserDirectory(120)));
      expect(grid(el).getAttribute('aria-rowcount')).to.equal('121');
      expect(grid(el).getAttribute('aria-busy')).to.equal('false');
      expect(grid(el).getAttribute('aria-multiselectable')).to.equal('true');
      expect(shadow(el).querySelector('[part~="header"]')!.getAttribute('aria-rowindex')).to.equal('1');
      expect(message(el)).to.equal('120 users');
      const first = rowAt(el, 0)!;
      expect(squeeze(first.textContent)).to.contain('Martin000000 Jeanne');
      expectTrueRowIndexes(el, (i) => `u-${i}`);
      await expect(el).to.be.accessible();
    });

    it('says when a client has no users, and when nothing matches', async () => {
      const el = await table(new FakeApi(new UserDirectory(0)));
      expect(message(el)).to.equal('This client has no users yet.');
      expect(grid(el).getAttribute('aria-rowcount')).to.equal('1');
      await expect(el).to.be.accessible();
    });

    it('says when nothing matches the search and filters', async () => {
      const filtered = await table(new FakeApi(new UserDirectory(30)));
      const select = shadow(filtered).querySelector<HTMLSelectElement>('select[data-filter="role"]')!;
      select.value = 'super_admin';
      select.dispatchEvent(new Event('change'));
      const search = shadow(filtered).querySelector<HTMLInputElement>('input[type="search"]')!;
      search.value = 'nobody-has-this-name';
      search.dispatchEvent(new Event('input'));
      await waitUntil(() => message(filtered) === 'No users match this search and these filters.', 'no match', { timeout: 2000 });
      await expect(filtered).to.be.accessible();
    });

    it('shows a load failure with Retry, reports it once, and recovers', async () => {
      const api = new FakeApi(new UserDirectory(40));
      api.listFailure = new NetworkError('offline', 'GET /users');
      const errors = collect(document, 'suite-error');
      const el = await fixture<SuiteUserTable>(html`<suite-user-table client-id="c1" lang="en" .api=${api} .admin=${admin(ALL)}></suite-user-table>`);
      await waitUntil(() => shadow(el).querySelector('[role="alert"]'), 'error shows', { timeout: 2000 });
      expect(squeeze(shadow(el).querySelector('[role="alert"]')!.textContent)).to.contain('The server could not be reached.');
      expect(errors).to.have.length(1);
      await expect(el).to.be.accessible();
      api.listFailure = undefined;
      button(el, 'Retry')!.click();
      await waitUntil(() => loadedRows(el).length > 0, 'rows after retry', { timeout: 2000 });
      expect(shadow(el).querySelector('[role="alert"]') === null).to.equal(true);
    });

    it('shows the server reason of a refused list', async () => {
      const api = new FakeApi(new UserDirectory(5));
      api.listFailure = new ProblemError('GET /users', { type: 'about:blank', title: 'Forbidden', status: 403, code: 'forbidden', detail: XSS });
      const el = await fixture<SuiteUserTable>(html`<suite-user-table client-id="c1" lang="en" .api=${api} .admin=${admin(ALL)}></suite-user-table>`);
      await waitUntil(() => shadow(el).querySelector('[role="alert"]'), 'error shows', { timeout: 2000 });
      expect(squeeze(shadow(el).querySelector('[role="alert"] p')!.textContent)).to.equal(XSS);
      expect(shadow(el).querySelector('img') === null, 'no <img> element').to.equal(true);
    });
  });

  describe('100,000 users', () => {
    const directory = new UserDirectory(100_000);

    it('keeps the DOM small and knows the total', async () => {
      const el = await table(new FakeApi(directory));
      expect(grid(el).getAttribute('aria-rowcount')).to.equal('100001');
      expect(dataRows(el).length).to.be.lessThan(60);
      expect(message(el)).to.equal('100,000 users');
    });

    it('loads the last page in one request when scrolled to the bottom', async () => {
      const api = new FakeApi(directory);
      const el = await table(api);
      const before = api.listCalls.length;
      const body = grid(el);
      body.scrollTop = body.scrollHeight;
      await waitUntil(() => rowAt(el, 99_999)?.dataset['userId'] === 'u-99999', 'last row loads', { timeout: 4000 });
      const calls = api.listCalls.slice(before);
      expect(calls).to.have.length(1);
      expect(calls[0]!.query.sort).to.equal('-lastName');
      expect(calls[0]!.query.cursor).to.equal(undefined);
      expect(rowAt(el, 99_999)!.getAttribute('aria-rowindex')).to.equal('100001');
      expectTrueRowIndexes(el, (i) => `u-${i}`);
    });

    it('jumps to the middle in one request, at its offset, with true row indexes', async () => {
      const api = new FakeApi(directory);
      const el = await table(api);
      const before = api.listCalls.length;
      grid(el).scrollTop = grid(el).scrollHeight / 2;
      await waitUntil(() => rowAt(el, 50_000)?.dataset['userId'] === 'u-50000' && !el['list'].loading, 'middle rows load', { timeout: 4000 });
      await settle(el);
      const calls = api.listCalls.slice(before);
      expect(calls).to.have.length(1);
      expect(calls[0]!.query.cursor).to.equal(undefined);
      expect(calls[0]!.query.sort).to.equal('lastName');
      expect(calls[0]!.query.offset).to.be.within(49_800, 50_000);
      expect(loadedRows(el).length).to.equal(dataRows(el).length);
      expectTrueRowIndexes(el, (i) => `u-${i}`);
    });

    it('reads a far row near the end at its offset from the end, in the reverse sort', async () => {
      const api = new FakeApi(directory);
      const el = await table(api);
      const before = api.listCalls.length;
      grid(el).scrollTop = grid(el).scrollHeight * 0.9;
      await waitUntil(() => loadedRows(el).length === dataRows(el).length && !el['list'].loading, 'far rows load', { timeout: 4000 });
      await settle(el);
      const calls = api.listCalls.slice(before);
      expect(calls).to.have.length(1);
      expect(calls[0]!.query.sort).to.equal('-lastName');
      expect(calls[0]!.query.offset).to.be.within(9_000, 11_000);
      expectTrueRowIndexes(el, (i) => `u-${i}`);
    });

    it('does not ask again and again for rows a backend answers as past its end', async () => {
      const api = new FakeApi(directory);
      const el = await table(api);
      const list = api.listUsers.bind(api);
      api.listUsers = async (clientId, query = {}, options) => {
        const page = await list(clientId, query, options);
        return query.offset === undefined ? page : { ...page, items: [], nextCursor: null };
      };
      const before = api.listCalls.length;
      grid(el).scrollTop = grid(el).scrollHeight / 2;
      await waitUntil(() => api.listCalls.length > before && !el['list'].loading, 'asked', { timeout: 4000 });
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect(api.listCalls.length - before).to.equal(1);
      expect(dataRows(el).length).to.be.greaterThan(0);
      expect(loadedRows(el)).to.have.length(0);
    });

    it('walks from the nearest cursor to a row less than a page of 500 away', async () => {
      const api = new FakeApi(directory);
      const el = await table(api);
      const before = api.listCalls.length;
      const rowHeight = shadow(el).querySelector<HTMLElement>('[part~="header"]')!.getBoundingClientRect().height;
      grid(el).scrollTop = 400 * rowHeight;
      await waitUntil(() => rowAt(el, 400)?.dataset['userId'] === 'u-400' && !el['list'].loading, 'rows 400+ load', { timeout: 4000 });
      await settle(el);
      const calls = api.listCalls.slice(before);
      expect(calls.length).to.be.greaterThan(0);
      expect(calls.every((call) => call.query.offset === undefined)).to.equal(true);
      expect(calls[0]!.query.cursor).to.equal('o100');
      expectTrueRowIndexes(el, (i) => `u-${i}`);
    });

    it('starts a new search from the top, without walking to where the old list was scrolled', async () => {
      const api = new FakeApi(directory);
      const el = await table(api);
      grid(el).scrollTop = grid(el).scrollHeight * 0.6;
      await settle(el);
      const select = shadow(el).querySelector<HTMLSelectElement>('select[data-filter="status"]')!;
      select.value = 'banned';
      select.dispatchEvent(new Event('change'));
      const before = api.listCalls.length;
      await waitUntil(() => message(el) === '10,000 users' && !el['list'].loading, 'filtered', { timeout: 4000 });
      const calls = api.listCalls.slice(before);
      expect(calls.length).to.be.lessThan(3);
      expect(calls[0]!.query).to.include({ sort: 'lastName', limit: 100 });
      expect(calls[0]!.query.cursor).to.equal(undefined);
      expect(grid(el).scrollTop).to.equal(0);
      expectTrueRowIndexes(el, (i) => `u-${i * 10 + 7}`);
    });

    it('Ctrl+End moves focus to the last row (loading its page) and Ctrl+Home back', async () => {
      const el = await table(new FakeApi(directory));
      await focusCell(el, 0, 1);
      press(el, 'End', { ctrlKey: true });
      await waitUntil(() => focused(el)?.dataset['row'] === '99999', 'focus on the last row', { timeout: 4000 });
      expect(focused(el)!.dataset['col']).to.equal('6');
      await waitUntil(() => rowAt(el, 99_999)?.dataset['userId'] === 'u-99999', 'last page loads', { timeout: 4000 });
      expect(focused(el)!.closest('[role="row"]')!.getAttribute('aria-rowindex')).to.equal('100001');
      press(el, 'Home', { ctrlKey: true });
      await waitUntil(() => focused(el)?.dataset['row'] === '0', 'focus on the first row', { timeout: 4000 });
      expect(focused(el)!.dataset['col']).to.equal('0');
    });
  });

  describe('layout', () => {
    /*
     * The first rows are placed before anything is laid out, from a guess that
     * counts the toolbar above them; a host that hides the toolbar leaves rows
     * on screen below the guess, which the resize notification right after the
     * first layout renders before that frame is painted, not a frame later.
     */
    it('shows every row on screen in its first frame, also where the first guess falls short (toolbar hidden)', async () => {
      const style = document.createElement('style');
      style.textContent = 'suite-user-table.no-toolbar::part(toolbar) { display: none; }';
      document.head.append(style);
      const el = document.createElement('suite-user-table');
      el.className = 'no-toolbar';
      el.clientId = 'c1';
      el.lang = 'en';
      el.api = new FakeApi(new UserDirectory(1000));
      el.admin = admin(ALL);
      el.style.setProperty('--suite-user-table-height', '100vh');
      try {
        // Attached at the start of a frame; the check runs once that frame is painted (a message posted during it).
        const firstFrame = await new Promise<{ lastShown: number; lastOnScreen: number }>((resolve) => {
          requestAnimationFrame(() => {
            document.body.append(el);
            const channel = new MessageChannel();
            channel.port1.onmessage = () => {
              const bodyTop = shadow(el).querySelector('.body')!.getBoundingClientRect().top;
              const rowHeight = shadow(el).querySelector('[part~="header"]')!.getBoundingClientRect().height;
              const visibleBottom = Math.min(innerHeight, grid(el).getBoundingClientRect().bottom);
              resolve({
                lastShown: Math.max(-1, ...loadedRows(el).map((row) => Number(row.dataset['index']))),
                lastOnScreen: Math.floor((visibleBottom - 1 - bodyTop) / rowHeight),
              });
            };
            channel.port2.postMessage(null);
          });
        });
        expect(firstFrame.lastOnScreen).to.be.greaterThan(0);
        expect(firstFrame.lastShown).to.be.at.least(firstFrame.lastOnScreen);
      } finally {
        el.remove();
        style.remove();
      }
    });

    it('places every rendered row at its own place in the scrolled grid, under the sticky header', async () => {
      const el = await table(new FakeApi(new UserDirectory(100_000)));
      const header = shadow(el).querySelector<HTMLElement>('[part~="header"]')!;
      const rowHeight = header.getBoundingClientRect().height;
      expect(grid(el).scrollHeight).to.be.closeTo(header.parentElement!.offsetHeight + 100_000 * rowHeight, 2);
      for (const fraction of [0, 0.37, 1]) {
        grid(el).scrollTop = (grid(el).scrollHeight - grid(el).clientHeight) * fraction;
        await waitUntil(() => loadedRows(el).length === dataRows(el).length && !el['list'].loading, `rows at ${fraction}`, { timeout: 4000 });
        await settle(el);
        const bodyTop = shadow(el).querySelector('.body')!.getBoundingClientRect().top;
        for (const row of dataRows(el)) {
          expect(row.getBoundingClientRect().top - bodyTop, `row ${row.dataset['index']}`).to.be.closeTo(Number(row.dataset['index']) * rowHeight, 1);
        }
        // The rows on screen are all rendered: the first one right under the header, down to the bottom edge.
        const visibleTop = header.parentElement!.getBoundingClientRect().bottom;
        const visibleBottom = grid(el).getBoundingClientRect().top + grid(el).clientTop + grid(el).clientHeight;
        const indexes = dataRows(el).map((row) => Number(row.dataset['index']));
        const firstOnScreen = Math.floor((visibleTop - bodyTop) / rowHeight);
        const lastOnScreen = Math.min(99_999, Math.floor((visibleBottom - 1 - bodyTop) / rowHeight));
        expect(firstOnScreen).to.be.at.least(0);
        expect(Math.min(...indexes)).to.be.at.most(firstOnScreen);
        expect(Math.max(...indexes)).to.be.at.least(lastOnScreen);
      }
    });

    /**
     * Chromium reports a layout change made inside a ResizeObserver callback
     * that leaves observations undelivered as a window error, which a host's
     * error tracker would log. Nothing the table does may cause one.
     */
    it('never leaves a ResizeObserver notification undelivered: load, scroll, jump to the end, filter, resize', async () => {
      let phase = 'load';
      const errors: string[] = [];
      const onError = (event: ErrorEvent) => {
        if (/ResizeObserver/.test(event.message)) errors.push(`${phase}: ${event.message}`);
      };
      window.addEventListener('error', onError);
      const frames = async (count = 3) => {
        for (let i = 0; i < count; i++) await nextFrame();
      };
      const resize = async (el: SuiteUserTable) => {
        for (const [width, height] of [
          ['30rem', '12rem'],
          ['60rem', '40rem'],
          ['', ''],
        ]) {
          el.style.width = width!;
          el.style.setProperty('--suite-user-table-height', height!);
          await frames();
        }
      };
      try {
        // A list shorter than the grid (the body is smaller than its scroller), then a long one.
        const few = await table(new FakeApi(new UserDirectory(4)));
        await frames();
        few.remove();
        const el = await table(new FakeApi(new UserDirectory(100_000)));
        await frames();

        phase = 'scroll';
        for (let step = 0; step < 8; step++) {
          grid(el).scrollTop += 170;
          await frames(2);
        }
        await waitUntil(() => loadedRows(el).some((row) => Number(row.dataset['index']) > 30), 'scrolled rows load', { timeout: 4000 });
        await frames();

        phase = 'jump to end';
        grid(el).scrollTop = grid(el).scrollHeight;
        await waitUntil(() => rowAt(el, 99_999)?.dataset['userId'] === 'u-99999', 'last row loads', { timeout: 4000 });
        await frames();

        phase = 'resize (100,000 users, at the end)';
        await resize(el);

        phase = 'filter';
        const select = shadow(el).querySelector<HTMLSelectElement>('select[data-filter="status"]')!;
        select.value = 'banned';
        select.dispatchEvent(new Event('change'));
        await waitUntil(() => message(el) === '10,000 users' && !el['list'].loading, 'filtered', { timeout: 4000 });
        await frames();
        const search = shadow(el).querySelector<HTMLInputElement>('input[type="search"]')!;
        search.value = 'Martin00007';
        search.dispatchEvent(new Event('input'));
        await waitUntil(() => message(el) === '1 user' && !el['list'].loading, 'searched', { timeout: 4000 });
        await frames();

        phase = 'resize (1 user)';
        await resize(el);
      } finally {
        window.removeEventListener('error', onError);
      }
      expect(errors).to.deep.equal([]);
    });
  });

  describe('keyboard (WAI-ARIA grid)', () => {
    it('has one tab stop and moves it with the arrow keys', async () => {
      const el = await table(new FakeApi(new UserDirectory(60)));
      expect(shadow(el).querySelectorAll('[role="grid"] [tabindex="0"]')).to.have.length(1);
      await focusCell(el, -1, 1);
      press(el, 'ArrowDown');
      await settle(el);
      expect([focused(el)!.dataset['row'], focused(el)!.dataset['col']]).to.deep.equal(['0', '1']);
      press(el, 'ArrowRight');
      press(el, 'ArrowRight');
      await settle(el);
      expect(focused(el)!.dataset['col']).to.equal('3');
      press(el, 'ArrowDown');
      await settle(el);
      expect(focused(el)!.dataset['row']).to.equal('1');
      press(el, 'ArrowLeft');
      press(el, 'ArrowUp');
      await settle(el);
      expect([focused(el)!.dataset['row'], focused(el)!.dataset['col']]).to.deep.equal(['0', '2']);
      expect(shadow(el).querySelectorAll('[role="grid"] [tabindex="0"]')).to.have.length(1);
      expect(focused(el)!.getAttribute('tabindex')).to.equal('0');
    });

    it('Home and End move within the row; PageDown and PageUp by a screenful', async () => {
      const el = await table(new FakeApi(new UserDirectory(300)));
      await focusCell(el, 2, 2);
      press(el, 'End');
      await settle(el);
      expect([focused(el)!.dataset['row'], focused(el)!.dataset['col']]).to.deep.equal(['2', '6']);
      press(el, 'Home');
      await settle(el);
      expect([focused(el)!.dataset['row'], focused(el)!.dataset['col']]).to.deep.equal(['2', '0']);
      press(el, 'PageDown');
      await waitUntil(() => Number(focused(el)?.dataset['row']) > 6, 'page down', { timeout: 2000 });
      const after = Number(focused(el)!.dataset['row']);
      press(el, 'PageUp');
      await waitUntil(() => Number(focused(el)?.dataset['row']) < after, 'page up', { timeout: 2000 });
      press(el, 'PageUp');
      await waitUntil(() => focused(el)?.dataset['row'] === '0', 'page up stops at the first row', { timeout: 2000 });
    });

    it('keeps focus on the logical cell when its row re-renders with loaded data', async () => {
      const api = new FakeApi(new UserDirectory(500));
      const el = await table(api);
      await focusCell(el, 3, 1);
      const release = (() => {
        let open!: () => void;
        api.gate = new Promise<void>((resolve) => (open = resolve));
        return open;
      })();
      el.refresh();
      await settle(el);
      release();
      api.gate = undefined;
      await waitUntil(() => !el['list'].loading, 'reloaded', { timeout: 2000 });
      await settle(el);
      expect([focused(el)?.dataset['row'], focused(el)?.dataset['col']]).to.deep.equal(['3', '1']);
    });

    it('keeps the logical cell when its row scrolls out of the DOM, and comes back to it', async () => {
      const el = await table(new FakeApi(new UserDirectory(5_000)));
      await focusCell(el, 2, 1);
      grid(el).scrollTop = grid(el).scrollHeight / 2;
      await waitUntil(() => rowAt(el, 2) === null, 'row 2 leaves the DOM', { timeout: 2000 });
      await settle(el);
      // The grid holds focus (and the tab stop) meanwhile, so keys still work.
      expect(focused(el) === grid(el), 'the grid holds focus').to.equal(true);
      expect(grid(el).getAttribute('tabindex')).to.equal('0');
      press(el, 'ArrowDown');
      await waitUntil(() => focused(el)?.dataset['row'] === '3', 'focus on the next row', { timeout: 2000 });
      expect(focused(el)!.dataset['col']).to.equal('1');
      expect(grid(el).getAttribute('tabindex')).to.equal('-1');
    });

    it('announces selection changes only when the selection changes', async () => {
      const el = await table(new FakeApi(new UserDirectory(20)));
      const changes = collect(el, 'suite-selection-change');
      grid(el).scrollTop = 100;
      await settle(el);
      expect(changes).to.have.length(0);
      rowAt(el, 0)!.querySelector<HTMLInputElement>('input[type="checkbox"]')!.click();
      await settle(el);
      button(el, 'Clear selection')!.click();
      await settle(el);
      expect(changes.map((c) => [c.selection, c.count])).to.deep.equal([
        [{ userIds: ['u-0'] }, 1],
        [null, 0],
      ]);
    });

    it('Enter on a row, or activating the name, opens the user', async () => {
      const el = await table(new FakeApi(new UserDirectory(20)));
      await focusCell(el, 4, 3);
      setTimeout(() => press(el, 'Enter'));
      const opened = (await oneEvent(el, 'suite-user-open')) as SuiteUserOpenEvent;
      expect(opened.userId).to.equal('u-4');
      setTimeout(() => rowAt(el, 2)!.querySelector<HTMLButtonElement>('[part~="name-button"]')!.click());
      const clicked = (await oneEvent(el, 'suite-user-open')) as SuiteUserOpenEvent;
      expect(clicked.userId).to.equal('u-2');
      expect(clicked.composed).to.equal(true);
    });
  });

  describe('sort', () => {
    it('sorts by a column on click, with aria-sort on that header only, and true row indexes', async () => {
      const api = new FakeApi(new UserDirectory(200));
      const el = await table(api);
      const headers = () => [...shadow(el).querySelectorAll<HTMLElement>('[role="columnheader"]')];
      expect(headers().filter((h) => h.hasAttribute('aria-sort')).map((h) => h.getAttribute('aria-sort'))).to.deep.equal(['ascending']);
      const emailHeader = headers()[2]!;
      emailHeader.querySelector('button')!.click();
      await waitUntil(() => api.listCalls.at(-1)?.query.sort === 'email' && !el['list'].loading, 'sorted by email', { timeout: 2000 });
      await settle(el);
      expect(headers().map((h) => h.hasAttribute('aria-sort'))).to.deep.equal([false, false, true, false, false, false, false]);
      expect(emailHeader.getAttribute('aria-sort')).to.equal('ascending');
      const byEmail = api.directory.list({ sort: 'email', limit: 500 }).items;
      expectTrueRowIndexes(el, (i) => byEmail[i]!.id);
      emailHeader.querySelector('button')!.click();
      await waitUntil(() => api.listCalls.at(-1)?.query.sort === '-email' && !el['list'].loading, 'descending', { timeout: 2000 });
      await settle(el);
      expect(emailHeader.getAttribute('aria-sort')).to.equal('descending');
      const byEmailDesc = api.directory.list({ sort: '-email', limit: 500 }).items;
      expectTrueRowIndexes(el, (i) => byEmailDesc[i]!.id);
    });

    it('sorts with Enter on a focused header', async () => {
      const api = new FakeApi(new UserDirectory(30));
      const el = await table(api);
      await focusCell(el, -1, 6);
      press(el, 'Enter');
      await waitUntil(() => api.listCalls.at(-1)?.query.sort === 'userCode', 'sorted by code', { timeout: 2000 });
      await settle(el);
      expect(focused(el)!.dataset['row']).to.equal('-1');
    });
  });

  describe('search and filters', () => {
    it('debounces the search and cancels the previous request', async () => {
      const api = new FakeApi(new UserDirectory(300));
      const el = await table(api);
      const before = api.listCalls.length;
      const search = shadow(el).querySelector<HTMLInputElement>('input[type="search"]')!;
      for (const text of ['M', 'Ma', 'Martin00001']) {
        search.value = text;
        search.dispatchEvent(new Event('input'));
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
      expect(api.listCalls.length).to.equal(before);
      await waitUntil(() => api.listCalls.length > before, 'search request', { timeout: 1000 });
      expect(api.listCalls.slice(before).map((call) => call.query.q)).to.deep.equal(['Martin00001']);
      await waitUntil(() => message(el) === '10 users', 'results', { timeout: 2000 });
      expectTrueRowIndexes(el, (i) => `u-${10 + i}`);

      // A newer query aborts the one in flight.
      api.gate = new Promise(() => undefined);
      search.value = 'Jeanne';
      search.dispatchEvent(new Event('input'));
      await waitUntil(() => api.listCalls.at(-1)?.query.q === 'Jeanne', 'first', { timeout: 1000 });
      const first = api.listCalls.at(-1)!;
      search.value = 'Hugo';
      search.dispatchEvent(new Event('input'));
      await waitUntil(() => api.listCalls.at(-1)?.query.q === 'Hugo', 'second', { timeout: 1000 });
      expect(first.signal!.aborted).to.equal(true);
    });

    it('filters by status, role, agency, licence pool and account type', async () => {
      const api = new FakeApi(new UserDirectory(400));
      const el = await table(api);
      const choose = async (filter: string, value: string) => {
        const select = shadow(el).querySelector<HTMLSelectElement>(`select[data-filter="${filter}"]`)!;
        select.value = value;
        select.dispatchEvent(new Event('change'));
        await waitUntil(() => !el['list'].loading && el['list'].total !== undefined, `filtered by ${filter}`, { timeout: 2000 });
        await settle(el);
      };
      await choose('status', 'invited');
      expect(api.listCalls.at(-1)!.query.status).to.deep.equal(['invited']);
      const invited = api.directory.list({ status: ['invited'], limit: 500 });
      expect(grid(el).getAttribute('aria-rowcount')).to.equal(String(invited.total + 1));
      expectTrueRowIndexes(el, (i) => invited.items[i]!.id);
      await choose('role', 'user');
      await choose('agency', 'ag-lyon');
      await choose('pool', 'pool-core');
      await choose('accountType', 'user');
      expect(api.listCalls.at(-1)!.query).to.deep.include({
        status: ['invited'],
        role: ['user'],
        agency: ['ag-lyon'],
        pool: ['pool-core'],
        accountType: ['user'],
      });
      await expect(el).to.be.accessible();
    });

    it('keeps the chosen filter shown when its options are written again in another language', async () => {
      const el = await table(new FakeApi(new UserDirectory(400)));
      const status = () => shadow(el).querySelector<HTMLSelectElement>('select[data-filter="status"]')!;
      const texts = () => [...status().options].map((option) => squeeze(option.textContent));
      expect(texts().slice(0, 3)).to.deep.equal(['All', 'Pending', 'Invited']);
      expect(status().value).to.equal('');
      status().value = 'invited';
      status().dispatchEvent(new Event('change'));
      await waitUntil(() => el['list'].total !== undefined && !el['list'].loading, 'filtered', { timeout: 2000 });
      el.lang = 'fr';
      await el.updateComplete;
      expect(texts().slice(0, 3)).to.deep.equal(['Tous', 'En attente', 'Invité']);
      expect(status().value).to.equal('invited');
      expect(status().selectedOptions[0]!.textContent).to.equal('Invité');
      // Reset from outside the select (the filters emptied): the list shows "all" again.
      el['filters'] = { status: '', role: '', agency: '', pool: '', accountType: '' };
      await el.updateComplete;
      expect(status().value).to.equal('');
      await expect(el).to.be.accessible();
    });

    it('offers an agency-scoped admin only their agencies', async () => {
      const el = await table(new FakeApi(new UserDirectory(10)), { me: admin(ALL, ['ag-lyon', 'ag-lille']) });
      await waitUntil(() => shadow(el).querySelector('select[data-filter="agency"]'), 'agency filter', { timeout: 2000 });
      const options = [...shadow(el).querySelectorAll('select[data-filter="agency"] option')].map((o) => squeeze(o.textContent));
      expect(options).to.deep.equal(['All', 'Lyon', 'Lille']);
      const pools = [...shadow(el).querySelectorAll('select[data-filter="pool"] option')].map((o) => squeeze(o.textContent));
      expect(pools).to.deep.equal(['All', 'Core', 'Contract']);
    });
  });

  describe('status badges and language', () => {
    it('shows the invitation date in the badge, localized', async () => {
      const el = await table(new FakeApi(new UserDirectory(10)), { lang: 'en-GB' });
      expect(squeeze(rowAt(el, 3)!.querySelector('[part~="status-badge"]')!.textContent)).to.equal('Invited on 12/03/2026');
      expect(squeeze(rowAt(el, 0)!.querySelector('[part~="status-badge"]')!.textContent)).to.equal('Active');
    });

    it('speaks French', async () => {
      const el = await table(new FakeApi(new UserDirectory(2_500)), { lang: 'fr' });
      expect(squeeze(rowAt(el, 3)!.querySelector('[part~="status-badge"]')!.textContent)).to.equal('Invité le 12/03/2026');
      expect(message(el)).to.equal('2\u202f500 utilisateurs');
      expect(grid(el).getAttribute('aria-label')).to.equal('Utilisateurs');
      expect(squeeze(shadow(el).querySelector('[role="columnheader"]:nth-child(2)')!.textContent)).to.match(/^Nom\b/);
      // The toolbar renders again only when what it shows changes: the French words must reach it too.
      expect(squeeze(shadow(el).querySelector('[part~="toolbar"] .search span')!.textContent)).to.equal('Rechercher des utilisateurs');
      expect(squeeze(shadow(el).querySelector('select[data-filter="status"]')!.closest('label')!.querySelector('span')!.textContent)).to.equal('Statut');
      await expect(el).to.be.accessible();
    });
  });

  describe('selection', () => {
    it('selects with the checkbox and Space, sets aria-selected, and emits the selection', async () => {
      const el = await table(new FakeApi(new UserDirectory(50)));
      const changes = collect(el, 'suite-selection-change');
      rowAt(el, 1)!.querySelector<HTMLInputElement>('input[type="checkbox"]')!.click();
      await settle(el);
      expect(rowAt(el, 1)!.getAttribute('aria-selected')).to.equal('true');
      expect(changes.at(-1)!.selection).to.deep.equal({ userIds: ['u-1'] });
      await focusCell(el, 4, 2);
      press(el, ' ');
      await settle(el);
      expect(rowAt(el, 4)!.getAttribute('aria-selected')).to.equal('true');
      expect((changes.at(-1) as SuiteSelectionChangeEvent).count).to.equal(2);
      press(el, ' ');
      await settle(el);
      expect(rowAt(el, 4)!.getAttribute('aria-selected')).to.equal('false');
      expect(changes.at(-1)!.selection).to.deep.equal({ userIds: ['u-1'] });
      expect(squeeze(shadow(el).querySelector('[part~="bulk-bar"] .count')!.textContent)).to.equal('1 user selected');
      await expect(el).to.be.accessible();
    });

    it('selects a range with Shift-click and with Shift+Space', async () => {
      const el = await table(new FakeApi(new UserDirectory(50)));
      const box = (i: number) => rowAt(el, i)!.querySelector<HTMLInputElement>('input[type="checkbox"]')!;
      box(2).click();
      box(5).dispatchEvent(new MouseEvent('click', { shiftKey: true, bubbles: true, cancelable: true }));
      await waitUntil(() => rowAt(el, 4)!.getAttribute('aria-selected') === 'true', 'range', { timeout: 2000 });
      expect(el['selection'].toBulkSelection()).to.deep.equal({ userIds: ['u-2', 'u-3', 'u-4', 'u-5'] });
      el['selection'].clear();
      await focusCell(el, 1, 1);
      press(el, ' ');
      await settle(el);
      await focusCell(el, 3, 1);
      press(el, ' ', { shiftKey: true });
      await waitUntil(() => rowAt(el, 2)!.getAttribute('aria-selected') === 'true', 'shift+space range', { timeout: 2000 });
      expect(el['selection'].toBulkSelection()).to.deep.equal({ userIds: ['u-1', 'u-2', 'u-3'] });
    });

    it('"select all N matching" becomes a filter selection', async () => {
      const api = new FakeApi(new UserDirectory(1_000));
      const el = await table(api);
      const select = shadow(el).querySelector<HTMLSelectElement>('select[data-filter="status"]')!;
      select.value = 'pending';
      select.dispatchEvent(new Event('change'));
      await waitUntil(() => message(el) === '100 users', 'filtered', { timeout: 2000 });
      const changes = collect(el, 'suite-selection-change');
      const all = shadow(el).querySelector<HTMLInputElement>('[part~="header"] input[type="checkbox"]')!;
      expect(all.getAttribute('aria-label')).to.equal('Select all 100 matching users');
      all.click();
      await settle(el);
      expect(changes.at(-1)!.selection).to.deep.equal({ filter: { status: ['pending'] } });
      expect(changes.at(-1)!.count).to.equal(100);
      expect(all.checked).to.equal(true);
      expect(loadedRows(el).every((row) => row.getAttribute('aria-selected') === 'true')).to.equal(true);
      await expect(el).to.be.accessible();
    });
  });

  describe('bulk actions', () => {
    it('offers only what the admin may do', async () => {
      const el = await table(new FakeApi(new UserDirectory(10)), { me: admin(['users.read']) });
      rowAt(el, 0)!.querySelector<HTMLInputElement>('input[type="checkbox"]')!.click();
      await settle(el);
      expect(shadow(el).querySelectorAll('[part~="bulk-button"]')).to.have.length(0);
    });

    it('offers status actions and delete with the write permission', async () => {
      const writer = await table(new FakeApi(new UserDirectory(10)), { me: admin(['users.read', 'users.write']) });
      rowAt(writer, 0)!.querySelector<HTMLInputElement>('input[type="checkbox"]')!.click();
      await settle(writer);
      const actions = [...shadow(writer).querySelectorAll<HTMLElement>('[part~="bulk-button"]')].map((b) => b.dataset['action']);
      expect(actions).to.deep.equal(['deactivate', 'reactivate', 'delete']);
    });

    it('deactivates each user with progress and per-user results; retry runs only the failures', async () => {
      const api = new FakeApi(new UserDirectory(30, 'c1', (user, i) => (i === 2 ? { ...user, firstName: XSS } : user)));
      api.refusing.set('u-2', `Seat rule: ${XSS}`);
      const el = await table(api);
      for (const i of [0, 1, 2]) rowAt(el, i)!.querySelector<HTMLInputElement>('input[type="checkbox"]')!.click();
      await settle(el);
      button(el, 'Deactivate')!.click();
      await waitUntil(() => el['bulk'].phase === 'done', 'done', { timeout: 2000 });
      await settle(el);
      expect(api.statusCalls.map((c) => [c.userId, c.change.status])).to.deep.equal([
        ['u-0', 'inactive'],
        ['u-1', 'inactive'],
        ['u-2', 'inactive'],
      ]);
      const status = shadow(el).querySelector('[part~="bulk-status"]')!;
      expect(squeeze(status.querySelector('[role="status"]')!.textContent)).to.equal('2 users deactivated. 1 failed:');
      expect(squeeze(status.querySelector('li')!.textContent)).to.equal(`Martin000002 ${XSS}: Seat rule: ${XSS}`);
      expect(shadow(el).querySelector('img') === null, 'no <img> element').to.equal(true);
      expect(squeeze(rowAt(el, 0)!.querySelector('[part~="status-badge"]')!.textContent)).to.equal('Inactive');
      await expect(el).to.be.accessible();

      api.refusing.clear();
      button(el, 'Retry the failed user')!.click();
      await waitUntil(() => el['bulk'].phase === 'done' && api.statusCalls.length === 4, 'retried', { timeout: 2000 });
      await settle(el);
      expect(api.statusCalls.at(-1)!.userId).to.equal('u-2');
      expect(squeeze(shadow(el).querySelector('[part~="bulk-status"] [role="status"]')!.textContent)).to.equal('3 users deactivated.');
    });

    it('shows a progress bar while running', async () => {
      const api = new FakeApi(new UserDirectory(10));
      let release!: () => void;
      const held = new Promise<void>((resolve) => (release = resolve));
      const original = api.changeUserStatus.bind(api);
      api.changeUserStatus = async (...args) => {
        await held;
        return original(...args);
      };
      const el = await table(api);
      for (const i of [0, 1]) rowAt(el, i)!.querySelector<HTMLInputElement>('input[type="checkbox"]')!.click();
      await settle(el);
      button(el, 'Reactivate')!.click();
      await waitUntil(() => shadow(el).querySelector('progress'), 'progress', { timeout: 2000 });
      const progress = shadow(el).querySelector('progress')!;
      expect(progress.max).to.equal(2);
      expect(progress.getAttribute('aria-label')).to.equal('Reactivating users');
      await expect(el).to.be.accessible();
      release();
      await waitUntil(() => el['bulk'].phase === 'done', 'done', { timeout: 2000 });
    });

    it('pages through the ids of a "select all matching" selection first', async () => {
      const api = new FakeApi(new UserDirectory(1_300));
      const el = await table(api);
      const select = shadow(el).querySelector<HTMLSelectElement>('select[data-filter="role"]')!;
      select.value = 'admin';
      select.dispatchEvent(new Event('change'));
      await waitUntil(() => message(el) === '130 users', 'filtered', { timeout: 2000 });
      shadow(el).querySelector<HTMLInputElement>('[part~="header"] input[type="checkbox"]')!.click();
      await settle(el);
      const before = api.listCalls.length;
      button(el, 'Deactivate')!.click();
      await waitUntil(() => el['bulk'].phase === 'done', 'done', { timeout: 4000 });
      const collecting = api.listCalls.slice(before).find((call) => call.query.limit === 500)!;
      expect(collecting.query.role).to.deep.equal(['admin']);
      expect(api.statusCalls).to.have.length(130);
      expect(new Set(api.statusCalls.map((c) => c.userId)).size).to.equal(130);
    });

    it('confirms a delete in a dialog that focuses Cancel and gives focus back', async () => {
      const api = new FakeApi(new UserDirectory(20, 'c1', (user, i) => (i === 1 ? { ...user, firstName: XSS } : user)));
      const el = await table(api);
      for (const i of [1, 2]) rowAt(el, i)!.querySelector<HTMLInputElement>('input[type="checkbox"]')!.click();
      await settle(el);
      const deleteButton = button(el, 'Delete')!;
      deleteButton.focus();
      deleteButton.click();
      await waitUntil(() => shadow(el).querySelector('dialog')?.open, 'dialog opens', { timeout: 2000 });
      const dialog = shadow(el).querySelector('dialog')!;
      expect(squeeze(dialog.querySelector('h2')!.textContent)).to.equal('Delete 2 users?');
      expect(squeeze(dialog.querySelector('.names')!.textContent)).to.contain(`Martin000001 ${XSS}`);
      expect(dialog.querySelector('img') === null, 'no <img> element').to.equal(true);
      expect(focused(el) === dialog.querySelector('button.cancel'), 'Cancel has focus').to.equal(true);
      await expect(el).to.be.accessible();
      (dialog.querySelector('button.cancel') as HTMLButtonElement).click();
      await settle(el);
      expect(dialog.open).to.equal(false);
      expect(focused(el) === deleteButton, 'focus back on Delete').to.equal(true);
      expect(api.deleteCalls).to.deep.equal([]);

      expect(shadow(el).querySelector('dialog') === null, 'the dialog leaves once closed').to.equal(true);

      deleteButton.click();
      await waitUntil(() => shadow(el).querySelector('dialog')?.open, 'dialog reopens', { timeout: 2000 });
      (shadow(el).querySelector('dialog button.confirm') as HTMLButtonElement).click();
      await waitUntil(() => el['bulk'].phase === 'done', 'deleted', { timeout: 2000 });
      await settle(el);
      expect(api.deleteCalls).to.deep.equal(['u-1', 'u-2']);
      expect(grid(el).getAttribute('aria-rowcount')).to.equal('19');
      expectTrueRowIndexes(el, (i) => `u-${i === 0 ? 0 : i + 2}`);
    });

    it('hands "Invite" to the host with the selection, sending nothing itself', async () => {
      const api = new FakeApi(new UserDirectory(10));
      const el = await table(api);
      for (const i of [3, 4]) rowAt(el, i)!.querySelector<HTMLInputElement>('input[type="checkbox"]')!.click();
      await settle(el);
      setTimeout(() => button(el, 'Invite')!.click());
      const request = (await oneEvent(el, 'suite-bulk-invite-request')) as SuiteBulkInviteRequestEvent;
      expect(request.selection).to.deep.equal({ userIds: ['u-3', 'u-4'] });
      expect(request.count).to.equal(2);
      expect(request.cancelable).to.equal(true);
      expect(request.composed).to.equal(true);
      await settle(el);
      expect(api.statusCalls).to.deep.equal([]);
      expect(shadow(el).querySelector('[part~="bulk-status"]') === null).to.equal(true);
    });

    it('offers "Invite" only with the bulk-invite permission', async () => {
      const el = await table(new FakeApi(new UserDirectory(10)), { me: admin(['users.read', 'users.bulk_invite']) });
      rowAt(el, 0)!.querySelector<HTMLInputElement>('input[type="checkbox"]')!.click();
      await settle(el);
      const actions = [...shadow(el).querySelectorAll<HTMLElement>('[part~="bulk-button"]')].map((b) => b.dataset['action']);
      expect(actions).to.deep.equal(['invite']);
    });
  });

  describe('methods', () => {
    it('upsertUser shows a change, removeUser shifts the rows, refresh reloads', async () => {
      const api = new FakeApi(new UserDirectory(40));
      const el = await table(api);
      el.upsertUser({ ...api.directory.users[1]!, firstName: XSS });
      await settle(el);
      expect(squeeze(rowAt(el, 1)!.querySelector('[part~="name-button"]')!.textContent)).to.equal(`Martin000001 ${XSS}`);
      expect(shadow(el).querySelector('img') === null, 'no <img> element').to.equal(true);
      el.removeUser('u-1');
      await settle(el);
      expect(grid(el).getAttribute('aria-rowcount')).to.equal('40');
      expectTrueRowIndexes(el, (i) => `u-${i === 0 ? 0 : i + 1}`);
      const before = api.listCalls.length;
      el.refresh();
      await waitUntil(() => api.listCalls.length > before && !el['list'].loading, 'refreshed', { timeout: 2000 });
      await settle(el);
      expect(grid(el).getAttribute('aria-rowcount')).to.equal('41');
      expectTrueRowIndexes(el, (i) => `u-${i}`);
    });

    it('renders a hostile name as text in the table', async () => {
      const el = await table(new FakeApi(new UserDirectory(5, 'c1', (user) => ({ ...user, lastName: XSS, email: null }))));
      const row = shadow(el).querySelector('[data-user-id="u-0"]')!;
      expect(squeeze(row.querySelector('[part~="name-button"]')!.textContent)).to.equal(`${XSS} Jeanne`);
      expect(row.querySelector('input')!.getAttribute('aria-label')).to.equal(`Select ${XSS} Jeanne`);
      expect(shadow(el).querySelector('img') === null, 'no <img> element').to.equal(true);
    });
  });
});
