import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { isAbortError } from '../../api/errors.js';
import type { AuditEvent } from '../../api/schemas/audit.js';
import type { SuiteApi } from '../../api/suite-api.js';

/** A session's trail is short (30 minutes at most): one call of the largest page nearly always holds it. */
const TRAIL_PAGE_SIZE = 500;

/** What the log knows of one supervision session, from its trail. */
export interface SupervisionSessionView {
  id: string;
  started: AuditEvent | undefined;
  ended: AuditEvent | undefined;
  /** What was done with the session's token, oldest first. */
  actions: AuditEvent[];
}

export type SupervisionTrailState = { kind: 'loading' } | { kind: 'loaded'; session: SupervisionSessionView } | { kind: 'failed'; error: unknown };

/** Sorts a session's trail into its start, its end and what happened in between. */
export function sessionView(id: string, trail: readonly AuditEvent[]): SupervisionSessionView {
  // The log answers newest first; a session reads from its start.
  const oldestFirst = [...trail].sort((a, b) => Date.parse(a.at) - Date.parse(b.at) || a.id.localeCompare(b.id));
  return {
    id,
    started: oldestFirst.find((event) => event.action === 'supervision.started'),
    ended: oldestFirst.find((event) => event.action === 'supervision.ended'),
    actions: oldestFirst.filter((event) => event.action !== 'supervision.started' && event.action !== 'supervision.ended'),
  };
}

/**
 * The trails of the supervision sessions the admin opened in the log, loaded
 * on first opening (`listAuditEvents({supervisionSessionId})`) and kept while
 * the element lives; a failed load is tried again on the next opening.
 */
export class SupervisionTrailController implements ReactiveController {
  private readonly trails = new Map<string, SupervisionTrailState>();
  private readonly loads = new Map<string, AbortController>();

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly source: () => { api: Pick<SuiteApi, 'listAuditEvents'> | undefined; clientId: string | undefined },
    private readonly onFailed: (error: unknown) => void,
  ) {
    host.addController(this);
  }

  hostDisconnected(): void {
    // A load cut short is forgotten, so coming back into the page loads it again.
    for (const [id, load] of this.loads) {
      load.abort();
      this.trails.delete(id);
    }
    this.loads.clear();
  }

  state(sessionId: string): SupervisionTrailState | undefined {
    return this.trails.get(sessionId);
  }

  /** Loads the session's trail unless it is loaded or loading. */
  load(sessionId: string): void {
    const known = this.trails.get(sessionId);
    if (known && known.kind !== 'failed') return;
    void this.fetch(sessionId);
  }

  /** Forgets every trail (another client, another backend). */
  reset(): void {
    for (const load of this.loads.values()) load.abort();
    this.loads.clear();
    this.trails.clear();
  }

  private async fetch(sessionId: string): Promise<void> {
    const { api, clientId } = this.source();
    if (!api) return;
    const load = new AbortController();
    this.loads.set(sessionId, load);
    this.set(sessionId, { kind: 'loading' });
    try {
      const trail: AuditEvent[] = [];
      let cursor: string | undefined;
      do {
        const page = await api.listAuditEvents(
          { ...(clientId ? { clientId } : {}), supervisionSessionId: sessionId, limit: TRAIL_PAGE_SIZE, ...(cursor ? { cursor } : {}) },
          { signal: load.signal },
        );
        if (load.signal.aborted) return;
        trail.push(...page.items);
        cursor = page.nextCursor ?? undefined;
      } while (cursor);
      this.set(sessionId, { kind: 'loaded', session: sessionView(sessionId, trail) });
    } catch (error) {
      if (load.signal.aborted || isAbortError(error)) return;
      this.set(sessionId, { kind: 'failed', error });
      this.onFailed(error);
    } finally {
      if (this.loads.get(sessionId) === load) this.loads.delete(sessionId);
    }
  }

  private set(sessionId: string, state: SupervisionTrailState): void {
    this.trails.set(sessionId, state);
    this.host.requestUpdate();
  }
}
