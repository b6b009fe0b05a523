import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { isAbortError } from '../api/errors.js';

/** One user a bulk action runs on, with the words that name them in results. */
export interface BulkTarget {
  id: string;
  label: string;
}

export interface BulkFailure {
  target: BulkTarget;
  error: unknown;
}

/** Runs one user's part of the action. */
export type BulkStep = (target: BulkTarget, signal: AbortSignal) => Promise<void>;

export type BulkPhase = 'idle' | 'collecting' | 'running' | 'done';

/** Requests in flight at once: fast on a big selection without tripping the server's rate limits. */
const CONCURRENCY = 4;

/**
 * A bulk action run one request per user, a few at a time, with progress,
 * per-user failures and "retry failed" that runs again only those.
 */
export class BulkActionController implements ReactiveController {
  phase: BulkPhase = 'idle';
  /** Users handled so far in this run (or collected so far while collecting). */
  done = 0;
  /** Users this run handles. */
  size = 0;
  succeeded = 0;
  failures: BulkFailure[] = [];

  private step: BulkStep | undefined;
  private abort = new AbortController();

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  hostConnected(): void {}

  hostDisconnected(): void {
    this.abort.abort();
  }

  get signal(): AbortSignal {
    return this.abort.signal;
  }

  /** Before the run: the ids of a `{ filter }` selection are being paged through. */
  collecting(found: number, expected: number): void {
    this.phase = 'collecting';
    this.done = found;
    this.size = expected;
    this.host.requestUpdate();
  }

  /** Starts a run; aborts whatever ran before. */
  start(): AbortSignal {
    this.abort.abort();
    this.abort = new AbortController();
    this.failures = [];
    this.succeeded = 0;
    this.phase = 'collecting';
    this.done = 0;
    this.size = 0;
    this.host.requestUpdate();
    return this.abort.signal;
  }

  async run(targets: readonly BulkTarget[], step: BulkStep): Promise<void> {
    this.step = step;
    this.failures = [];
    this.succeeded = 0;
    await this.execute(targets);
  }

  /** Runs again only the users that failed, keeping those that succeeded as they are. */
  async retryFailed(): Promise<void> {
    const targets = this.failures.map((failure) => failure.target);
    if (!targets.length || !this.step) return;
    // `succeeded` keeps counting from the first run.
    this.failures = [];
    await this.execute(targets);
  }

  /** Stops the run (requests in flight are cancelled); results so far stay. */
  cancel(): void {
    this.abort.abort();
  }

  dismiss(): void {
    this.abort.abort();
    this.phase = 'idle';
    this.failures = [];
    this.host.requestUpdate();
  }

  private async execute(targets: readonly BulkTarget[]): Promise<void> {
    const signal = this.abort.signal;
    const step = this.step!;
    this.phase = 'running';
    this.done = 0;
    this.size = targets.length;
    this.host.requestUpdate();
    let next = 0;
    const worker = async () => {
      while (next < targets.length && !signal.aborted) {
        const target = targets[next++]!;
        try {
          await step(target, signal);
          this.succeeded++;
        } catch (error) {
          if (signal.aborted && isAbortError(error)) return;
          this.failures.push({ target, error });
        }
        this.done++;
        this.host.requestUpdate();
      }
    };
    await Promise.all(Array.from({ length: Math.min(CONCURRENCY, targets.length) }, worker));
    this.phase = 'done';
    this.host.requestUpdate();
  }
}
