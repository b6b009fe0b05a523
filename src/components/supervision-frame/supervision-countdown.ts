import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** Minutes left at which the time is announced (not every second: a live timer would talk over everything). */
export const ANNOUNCED_MINUTES = [5, 1] as const;

export interface SupervisionCountdownOptions {
  /** Once, when the time has run out. */
  onExpired: () => void;
}

/** `mm:ss` of a number of milliseconds left, counted in whole seconds rounded up (00:00 only at the end). */
export function formatTimeLeft(milliseconds: number): string {
  const seconds = Math.max(0, Math.ceil(milliseconds / 1000));
  const minutes = Math.floor(seconds / 60);
  return `${String(minutes).padStart(2, '0')}:${String(seconds % 60).padStart(2, '0')}`;
}

/**
 * The time left of a supervision session. The length comes from the server's
 * own two times (`expiresAt - startedAt`) and runs on this page's monotonic
 * clock from the moment the session arrives, so a client clock set minutes
 * off (or changed while supervising) neither shortens nor stretches it.
 */
export class SupervisionCountdown implements ReactiveController {
  private readonly host: ReactiveControllerHost;
  private readonly options: SupervisionCountdownOptions;
  /** `performance.now()` at which the session ends; undefined when not counting. */
  private deadline: number | undefined;
  private timer: ReturnType<typeof setTimeout> | undefined;
  /** The threshold of ANNOUNCED_MINUTES the time is under, so each is announced once, when crossed. */
  private threshold: number | undefined;

  /** The minutes to announce now (a threshold just crossed), else undefined. */
  announcement: number | undefined;

  constructor(host: ReactiveControllerHost, options: SupervisionCountdownOptions) {
    this.host = host;
    this.options = options;
    host.addController(this);
  }

  /** Starts counting a session of `startedAt` to `expiresAt` (server times) from now. */
  start(startedAt: string, expiresAt: string): void {
    const length = Date.parse(expiresAt) - Date.parse(startedAt);
    this.deadline = performance.now() + (Number.isFinite(length) ? length : 0);
    // A session that opens already under a threshold does not announce it: nothing was crossed.
    this.threshold = this.thresholdOf(this.remaining);
    this.announcement = undefined;
    this.schedule();
  }

  /** Stops counting (the session ended); the time left stays as it was. */
  stop(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
    this.deadline = undefined;
  }

  /** Milliseconds left; 0 once run out. */
  get remaining(): number {
    return this.deadline === undefined ? 0 : Math.max(0, this.deadline - performance.now());
  }

  get running(): boolean {
    return this.deadline !== undefined;
  }

  hostConnected(): void {
    if (this.deadline !== undefined) this.tick();
  }

  hostDisconnected(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
  }

  private thresholdOf(remaining: number): number | undefined {
    return [...ANNOUNCED_MINUTES].reverse().find((minutes) => remaining <= minutes * 60_000);
  }

  private tick(): void {
    const remaining = this.remaining;
    const threshold = this.thresholdOf(remaining);
    if (threshold !== this.threshold) {
      this.threshold = threshold;
      if (threshold !== undefined && remaining > 0) this.announcement = threshold;
    }
    // The host re-renders each second; what it checks after each render (the banner's colours) follows.
    this.host.requestUpdate();
    if (remaining <= 0) {
      this.stop();
      this.options.onExpired();
      return;
    }
    this.schedule();
  }

  /** Next tick when the shown second changes (just past it, so the display never lags a second behind). */
  private schedule(): void {
    clearTimeout(this.timer);
    const remaining = this.remaining;
    this.timer = setTimeout(() => this.tick(), remaining <= 0 ? 0 : (remaining % 1000 || 1000) + 5);
  }
}
