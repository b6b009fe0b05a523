import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { isAbortError } from '../../api/errors.js';
import type { ClientPage } from '../../api/schemas/tenancy.js';
import type { SuiteApi } from '../../api/suite-api.js';

export type ClientPickerApi = Pick<SuiteApi, 'listClients'>;

/** How long typing must pause before a search goes out. */
export const SEARCH_DEBOUNCE_MS = 250;

/**
 * The partner's clients, one page at a time: a debounced search, and cursor
 * pages walked both ways (the cursor of every page seen is kept, so "previous"
 * costs one request, not a walk from the start). Each request cancels the one
 * before it, so a late answer never replaces a newer one.
 */
export class ClientPagesController implements ReactiveController {
  /** The page on screen; kept while the next one loads so the list does not flicker. */
  page: ClientPage | undefined;
  loading = false;
  error: unknown;
  /** The search the page on screen answers. */
  query = '';
  /** Zero-based. */
  pageIndex = 0;

  private cursors: (string | undefined)[] = [undefined];
  /** The backend client the pages come from; a new one starts over. */
  private api: ClientPickerApi | undefined;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private inFlight: AbortController | undefined;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly source: () => { api: ClientPickerApi | undefined; pageSize: number },
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    // Back in the page after a move: the load cut short by leaving runs again.
    if (this.api && !this.page) void this.load();
  }

  hostUpdate(): void {
    const { api } = this.source();
    if (api && api !== this.api) {
      this.api = api;
      this.page = undefined;
      this.pageIndex = 0;
      this.cursors = [undefined];
      void this.load();
    }
  }

  hostDisconnected(): void {
    this.cancel();
    this.loading = false;
  }

  get pageCount(): number {
    return this.page ? Math.max(1, Math.ceil(this.page.total / this.source().pageSize)) : 1;
  }

  get hasNext(): boolean {
    return Boolean(this.page?.nextCursor);
  }

  get hasPrevious(): boolean {
    return this.pageIndex > 0;
  }

  /** Searches for `text` once typing pauses; `now` skips the pause (Enter). */
  search(text: string, now = false): void {
    this.cancel();
    const query = text.trim();
    const run = () => {
      this.query = query;
      this.pageIndex = 0;
      this.cursors = [undefined];
      void this.load();
    };
    if (now) run();
    else this.timer = setTimeout(run, SEARCH_DEBOUNCE_MS);
  }

  /** Loads the next page; resolves once it is on screen (or failed). */
  next(): Promise<void> {
    if (!this.page?.nextCursor) return Promise.resolve();
    this.cursors[this.pageIndex + 1] = this.page.nextCursor;
    this.pageIndex += 1;
    return this.load();
  }

  previous(): Promise<void> {
    if (this.pageIndex === 0) return Promise.resolve();
    this.pageIndex -= 1;
    return this.load();
  }

  /** The current page again (the backend client changed, or after a failure). */
  reload(): Promise<void> {
    return this.load();
  }

  private cancel(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
    this.inFlight?.abort();
    this.inFlight = undefined;
  }

  private async load(): Promise<void> {
    this.cancel();
    const api = this.api;
    const { pageSize } = this.source();
    if (!api) return;
    const abort = new AbortController();
    this.inFlight = abort;
    this.loading = true;
    this.error = undefined;
    this.host.requestUpdate();
    const cursor = this.cursors[this.pageIndex];
    try {
      const page = await api.listClients({ ...(this.query ? { q: this.query } : {}), ...(cursor ? { cursor } : {}), limit: pageSize }, { signal: abort.signal });
      if (abort.signal.aborted) return;
      this.page = page;
    } catch (error) {
      if (abort.signal.aborted || isAbortError(error)) return;
      this.error = error;
    } finally {
      if (this.inFlight === abort) {
        this.inFlight = undefined;
        this.loading = false;
        this.host.requestUpdate();
      }
    }
  }
}
