export interface SuiteUserOpenEventInit {
  /** The user to show. */
  userId: string;
}

/**
 * The admin asked to see one user (Enter on a row, or its name activated); the host opens the user panel.
 */
export class SuiteUserOpenEvent extends Event {
  readonly userId: string;

  constructor(init: SuiteUserOpenEventInit) {
    super('suite-user-open', { bubbles: true, composed: true });
    this.userId = init.userId;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'suite-user-open': SuiteUserOpenEvent;
  }
}
