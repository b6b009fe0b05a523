import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { isAbortError } from '../api/errors.js';
import type { User, UserFilter, UserSort } from '../api/schemas/user.js';
import type { SuiteApi } from '../api/suite-api.js';

export type UserListApi = Pick<SuiteApi, 'listUsers'>;

/** What the list shows: the same filter and sort go to every page request. */
export interface UserListQuery {
  api: UserListApi;
  clientId: string;
  filter: UserFilter;
  sort: UserSort;
}

/** Rows asked for when the visible range needs one: a screenful or two, one request. */
const PAGE_SIZE = 100;
/**
 * The contract's largest page: a row at most this far from a known cursor is
 * walked to (the cheapest read for the server); a farther one is read at its
 * `offset`. Also the most rows one request brings.
 */
const WALK_SIZE = 500;
/** Rows kept in memory; the farthest from view go first (their cursors stay, so one request brings them back). */
const MAX_CACHED_ROWS = 20_000;

/** `lastName` <-> `-lastName`: the server breaks ties on the id in the same direction, so one is the exact mirror of the other. */
export const reverseSort = (sort: UserSort): UserSort => (sort.startsWith('-') ? sort.slice(1) : `-${sort}`) as UserSort;

interface Route {
  /** Read the list backwards (reverse sort) from the end instead of forwards from the start. */
  backward: boolean;
  /** Position the page starts at: a row index forwards, a distance from the last row backwards. */
  position: number;
  /** Start at this cursor (null: at `position` counted by the server, with `offset` unless 0). */
  cursor: string | null;
  limit: number;
}

/**
 * A sparse window onto a server-driven user list of any length.
 *
 * Every row is one request away. The contract pages with opaque keyset
 * cursors, cheap for the server, and every page leaves one behind; the reverse
 * sort (the exact mirror of the sort) reads the list from its last row, so
 * End, or the scrollbar dragged to the bottom, is one request too. A row
 * within one page of 500 from a known cursor is walked to from there; a row
 * farther away (the scrollbar dragged to the middle of 100,000) is read at its
 * `offset`, counted from the nearer end of the list.
 */
export class UserListController implements ReactiveController {
  /** Every user matching the query (the server's `total`); undefined until the first page answers. */
  total: number | undefined;
  /** Why the last request failed; cleared by `retry()` and by a new query. */
  error: unknown;

  private query: UserListQuery | undefined;
  private readonly rows = new Map<number, User>();
  /** Row index -> the cursor whose page starts there (`null`: the start of the list). */
  private forward = new Map<number, string | null>();
  /** Distance from the last row -> the cursor of the reverse sort whose page starts there. */
  private backward = new Map<number, string | null>();
  private wanted = { from: 0, to: PAGE_SIZE - 1 };
  private abort = new AbortController();
  private pumping = false;

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  hostConnected(): void {
    // Coming back after a disconnect (which aborted everything): carry on loading.
    if (this.query) void this.pump();
  }

  hostDisconnected(): void {
    this.abort.abort();
    this.abort = new AbortController();
    this.pumping = false;
  }

  /** Rows the view wants are being loaded (false as soon as the last of them arrives, with that render). */
  get loading(): boolean {
    return this.pumping && this.firstMissing() !== undefined;
  }

  /** A new search, filter or sort: forget everything, cancel what is in flight, load from the top. */
  setQuery(query: UserListQuery): void {
    this.query = query;
    this.total = undefined;
    // A new list is shown from its top; the view says otherwise once it has scrolled.
    this.wanted = { from: 0, to: PAGE_SIZE - 1 };
    this.restart();
  }

  /** Same query, fresh data (someone else changed users); the total stays until the new one arrives. */
  refresh(): void {
    if (this.query) this.restart();
  }

  /** Runs the failed request again. */
  retry(): void {
    this.error = undefined;
    void this.pump();
    this.host.requestUpdate();
  }

  userAt(index: number): User | undefined {
    return this.rows.get(index);
  }

  indexOf(userId: string): number {
    for (const [index, user] of this.rows) if (user.id === userId) return index;
    return -1;
  }

  /** Rows currently in memory (a selection "all but one" can only name the users it has seen). */
  cachedUsers(): User[] {
    return [...this.rows.values()];
  }

  /** The rows the view needs now; missing ones load in order, nearest route first. */
  want(from: number, to: number): void {
    this.wanted = { from: Math.max(0, from), to: Math.max(from, to) };
    void this.pump();
  }

  /** A row changed elsewhere: shown at once where it is; a user not in view needs the server to place it. */
  upsert(user: User): boolean {
    const index = this.indexOf(user.id);
    if (index < 0) return false;
    this.rows.set(index, user);
    this.host.requestUpdate();
    return true;
  }

  /** A user left the list: later rows and cursors move up one, so row indexes stay true without a reload. */
  remove(userId: string): boolean {
    const removed = this.indexOf(userId);
    if (removed < 0 || this.total === undefined) return false;
    const total = this.total;
    const rows = [...this.rows].filter(([i]) => i !== removed).map(([i, u]): [number, User] => [i > removed ? i - 1 : i, u]);
    this.rows.clear();
    for (const [i, u] of rows) this.rows.set(i, u);
    // A forward cursor starting after the removed row now starts one row earlier;
    // a backward one counts from the end, which moved for rows before the removed one.
    this.forward = new Map([...this.forward].map(([p, c]) => [p > removed ? p - 1 : p, c]));
    this.backward = new Map([...this.backward].map(([q, c]) => [q > total - 1 - removed ? q - 1 : q, c]));
    this.total = total - 1;
    this.host.requestUpdate();
    return true;
  }

  /**
   * The users of rows `from..to`, loading what is missing (Shift-click across
   * rows never scrolled through). Stops at `signal`.
   */
  async usersBetween(from: number, to: number, signal?: AbortSignal): Promise<User[]> {
    const users: User[] = [];
    for (let index = from; index <= to; index++) {
      let user = this.rows.get(index);
      while (!user) {
        if (signal?.aborted || !this.query || this.total === undefined || index >= this.total) return users;
        if (!(await this.loadPage(this.routeTo(index, to), this.abort.signal))) return users;
        user = this.rows.get(index);
      }
      users.push(user);
    }
    return users;
  }

  private restart(): void {
    this.abort.abort();
    this.abort = new AbortController();
    this.rows.clear();
    this.forward = new Map([[0, null]]);
    this.backward = new Map([[0, null]]);
    this.error = undefined;
    this.pumping = false;
    this.host.requestUpdate();
    void this.pump();
  }

  private firstMissing(): number | undefined {
    const last = this.total === undefined ? this.wanted.from : Math.min(this.wanted.to, this.total - 1);
    for (let index = this.wanted.from; index <= last; index++) if (!this.rows.has(index)) return index;
    // Nothing known yet (or the list shrank below the view): the first page tells the total.
    if (this.total === undefined) return 0;
    return undefined;
  }

  /**
   * How to load row `index` and the rows after it up to `until`: from the
   * nearest known cursor forwards, or backwards from the end, whichever is
   * nearer; from its offset when both are more than a page of 500 away.
   */
  private routeTo(index: number, until: number): Route {
    const nearest = (known: Map<number, string | null>, target: number): [number, string | null] => {
      let best: [number, string | null] = [0, null];
      for (const [position, cursor] of known) if (position <= target && position >= best[0]) best = [position, cursor];
      return best;
    };
    const [fromStart, forwardCursor] = nearest(this.forward, index);
    const limitFor = (distance: number) => (distance >= PAGE_SIZE ? WALK_SIZE : PAGE_SIZE);
    const forward: Route = { backward: false, position: fromStart, cursor: forwardCursor, limit: limitFor(index - fromStart) };
    if (this.total === undefined) return forward;
    const fromEnd = this.total - 1 - index;
    const [backPosition, backwardCursor] = nearest(this.backward, fromEnd);
    const forwardDistance = index - fromStart;
    const backwardDistance = fromEnd - backPosition;
    if (Math.min(forwardDistance, backwardDistance) > WALK_SIZE) {
      // One page from `index` to `until`: forwards at its offset, or backwards
      // at the offset of `until` from the end when that is the shorter count
      // (a server skipping rows reads them all).
      const limit = Math.min(WALK_SIZE, Math.max(PAGE_SIZE, until - index + 1));
      return fromEnd < index
        ? { backward: true, position: fromEnd - limit + 1, cursor: null, limit }
        : { backward: false, position: index, cursor: null, limit };
    }
    return backwardDistance < forwardDistance
      ? { backward: true, position: backPosition, cursor: backwardCursor, limit: limitFor(backwardDistance) }
      : forward;
  }

  private async pump(): Promise<void> {
    if (this.pumping || !this.query || this.error !== undefined) return;
    const signal = this.abort.signal;
    this.pumping = true;
    try {
      for (let missing = this.firstMissing(); missing !== undefined && !signal.aborted; missing = this.firstMissing()) {
        const page = this.loadPage(this.routeTo(missing, this.wanted.to), signal);
        // Once the request is made: rows an api has at hand (a cache) reach the render this asks for.
        this.host.requestUpdate();
        // A page bringing neither rows nor a cursor where rows should be (a
        // backend answering past its end) would be asked for again and again:
        // wait for the next want().
        if (!(await page)) break;
      }
    } catch (error) {
      if (!signal.aborted && !isAbortError(error)) this.error = error;
    } finally {
      if (!signal.aborted) {
        const wasLoading = this.loading;
        this.pumping = false;
        if (wasLoading) this.host.requestUpdate();
      }
    }
  }

  /** Loads one page; false when it taught nothing new (asking again would not either). */
  private async loadPage(route: Route, signal: AbortSignal): Promise<boolean> {
    const query = this.query!;
    const page = await query.api.listUsers(
      query.clientId,
      {
        ...query.filter,
        sort: route.backward ? reverseSort(query.sort) : query.sort,
        limit: route.limit,
        ...(route.cursor ? { cursor: route.cursor } : route.position ? { offset: route.position } : {}),
      },
      { signal },
    );
    if (signal.aborted) return false;
    if (this.total !== undefined && page.total !== this.total) {
      // Users were added or removed since the last page: positions computed
      // from the old total are wrong, so start over (this page's rows are right
      // only when the server counted their position: no cursor).
      this.rows.clear();
      this.forward = new Map([[0, null]]);
      this.backward = new Map([[0, null]]);
      if (route.cursor !== null) {
        this.total = page.total;
        return true;
      }
    }
    this.total = page.total;
    const known = this.rows.size + this.forward.size + this.backward.size;
    page.items.forEach((user, k) => {
      const offset = route.position + k;
      this.rows.set(route.backward ? page.total - 1 - offset : offset, user);
    });
    if (page.nextCursor) (route.backward ? this.backward : this.forward).set(route.position + page.items.length, page.nextCursor);
    const learned = this.rows.size + this.forward.size + this.backward.size > known;
    this.evict();
    this.host.requestUpdate();
    return learned;
  }

  private evict(): void {
    if (this.rows.size <= MAX_CACHED_ROWS) return;
    const { from, to } = this.wanted;
    const distance = (i: number) => (i < from ? from - i : i > to ? i - to : 0);
    const farthest = [...this.rows.keys()].sort((a, b) => distance(b) - distance(a));
    for (const index of farthest.slice(0, this.rows.size - MAX_CACHED_ROWS)) this.rows.delete(index);
  }
}
