/**
 * An element failed to load or save and is showing the failure itself; the
 * event lets the host log it or show its own banner. Never fired for a request
 * the element cancelled on purpose (a newer request, leaving the page).
 */
export class SuiteErrorEvent extends Event {
  /** Usually a `SuiteApiError`: tell kinds apart with `error.kind`. */
  readonly error: Error;

  constructor(error: Error) {
    super('suite-error', { bubbles: true, composed: true });
    this.error = error;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'suite-error': SuiteErrorEvent;
  }
}
