import type { User } from '../api/schemas/user.js';

export interface SuiteUserChangedEventInit {
  /** The user as the server now has them. */
  user: User;
}

/**
 * A user was saved (fields, status, capabilities); lists showing that user should update the row.
 */
export class SuiteUserChangedEvent extends Event {
  readonly user: User;

  constructor(init: SuiteUserChangedEventInit) {
    super('suite-user-changed', { bubbles: true, composed: true });
    this.user = init.user;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'suite-user-changed': SuiteUserChangedEvent;
  }
}
