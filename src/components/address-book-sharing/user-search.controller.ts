import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { isSuiteApiError } from '../../api/errors.js';
import type { User } from '../../api/schemas/user.js';
import type { SuiteApi } from '../../api/suite-api.js';

export type UserSearchApi = Pick<SuiteApi, 'listUsers'>;

export type UserSearchState =
  | { kind: 'idle' }
  | { kind: 'searching' }
  | { kind: 'done'; users: readonly User[]; total: number }
  | { kind: 'failed'; error: unknown };

/** How long typing must pause before a search goes out. */
export const SEARCH_DEBOUNCE_MS = 250;
/** A picker shows a short list; the admin types more to narrow it. */
const SEARCH_LIMIT = 20;

/**
 * Debounced user search for a picker: one request per pause in typing, the
 * previous one cancelled (its late answer can never replace a newer one).
 * Only full user accounts are searched: contacts cannot receive a share.
 */
export class UserSearchController implements ReactiveController {
  state: UserSearchState = { kind: 'idle' };
  private timer: ReturnType<typeof setTimeout> | undefined;
  private inFlight: AbortController | undefined;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly source: () => { api: UserSearchApi | undefined; clientId: string | undefined },
  ) {
    host.addController(this);
  }

  hostDisconnected(): void {
    this.clear();
  }

  /** Searches for `text` after the debounce; an empty text clears the results. */
  search(text: string): void {
    this.cancel();
    const q = text.trim();
    if (!q) {
      this.set({ kind: 'idle' });
      return;
    }
    this.set({ kind: 'searching' });
    this.timer = setTimeout(() => void this.run(q), SEARCH_DEBOUNCE_MS);
  }

  /** Drops the results and any pending search. */
  clear(): void {
    this.cancel();
    this.set({ kind: 'idle' });
  }

  private cancel(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
    this.inFlight?.abort();
    this.inFlight = undefined;
  }

  private async run(q: string): Promise<void> {
    const { api, clientId } = this.source();
    if (!api || !clientId) return;
    const controller = new AbortController();
    this.inFlight = controller;
    try {
      const page = await api.listUsers(clientId, { q, accountType: ['user'], sort: 'lastName', limit: SEARCH_LIMIT }, { signal: controller.signal });
      if (!controller.signal.aborted) this.set({ kind: 'done', users: page.items, total: page.total });
    } catch (error) {
      const aborted = controller.signal.aborted || (isSuiteApiError(error) && error.kind === 'aborted');
      if (!aborted) this.set({ kind: 'failed', error });
    }
  }

  private set(state: UserSearchState): void {
    this.state = state;
    this.host.requestUpdate();
  }
}
