import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { SuiteBeforeLeaveEvent } from '../../events/suite-before-leave-event.js';

/**
 * Asks before unsaved work is left behind, and only then: the browser's own
 * prompt on unload (`beforeunload`, listened to only while something is
 * unsaved, so an untouched page stays eligible for the back/forward cache),
 * and a confirmation when the host's router announces an in-app navigation
 * with a `suite-before-leave` event, which is cancelled if the admin stays.
 */
export class LeaveGuardController implements ReactiveController {
  private guarding = false;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly unsaved: () => boolean,
    private readonly question: () => string,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    window.addEventListener('suite-before-leave', this.onLeave);
    this.sync();
  }

  hostUpdated(): void {
    this.sync();
  }

  hostDisconnected(): void {
    window.removeEventListener('suite-before-leave', this.onLeave);
    window.removeEventListener('beforeunload', this.onUnload);
    this.guarding = false;
  }

  private sync(): void {
    const unsaved = this.unsaved();
    if (unsaved === this.guarding) return;
    this.guarding = unsaved;
    if (unsaved) window.addEventListener('beforeunload', this.onUnload);
    else window.removeEventListener('beforeunload', this.onUnload);
  }

  private readonly onUnload = (event: BeforeUnloadEvent): void => {
    if (!this.unsaved()) return;
    event.preventDefault();
    // Older engines show their prompt only when returnValue is set.
    event.returnValue = '';
  };

  private readonly onLeave = (event: SuiteBeforeLeaveEvent): void => {
    if (!this.unsaved() || event.defaultPrevented) return;
    // The event is synchronous: only the browser's own dialog can answer before the router goes on.
    if (!window.confirm(this.question())) event.preventDefault();
  };
}
