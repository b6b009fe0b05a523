export interface SuiteRequestCloseEventInit {
  /** What asked for the close. */
  source: 'close-button' | 'keyboard';
}

/**
 * A panel asks to be closed. Cancelable: the host may keep it open (for instance to confirm leaving unsaved changes).
 */
export class SuiteRequestCloseEvent extends Event {
  readonly source: 'close-button' | 'keyboard';

  constructor(init: SuiteRequestCloseEventInit) {
    super('suite-request-close', { bubbles: true, composed: true, cancelable: true });
    this.source = init.source;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'suite-request-close': SuiteRequestCloseEvent;
  }
}
