export interface SuiteUserDeletedEventInit {
  /** The deleted user. */
  userId: string;
}

/**
 * A user was deleted.
 */
export class SuiteUserDeletedEvent extends Event {
  readonly userId: string;

  constructor(init: SuiteUserDeletedEventInit) {
    super('suite-user-deleted', { bubbles: true, composed: true });
    this.userId = init.userId;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'suite-user-deleted': SuiteUserDeletedEvent;
  }
}
