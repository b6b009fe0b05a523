export interface SuiteBeforeLeaveEventInit {
  /** Where the host is about to go, for its own logs; the kit does not read it. */
  destination?: string;
}

/**
 * The in-app counterpart of `beforeunload`: a host whose router changes views
 * without unloading the page dispatches it (on `window` or any element) before
 * it navigates. An editor with unsaved changes asks the admin and cancels it
 * when they choose to stay, so the router checks what `dispatchEvent` returns:
 *
 * ```js
 * if (!window.dispatchEvent(new SuiteBeforeLeaveEvent({ destination }))) return; // stay
 * ```
 */
export class SuiteBeforeLeaveEvent extends Event {
  readonly destination: string | undefined;

  constructor(init: SuiteBeforeLeaveEventInit = {}) {
    super('suite-before-leave', { bubbles: true, composed: true, cancelable: true });
    this.destination = init.destination;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'suite-before-leave': SuiteBeforeLeaveEvent;
  }
  interface WindowEventMap {
    'suite-before-leave': SuiteBeforeLeaveEvent;
  }
}
