import type { User } from '../api/schemas/user.js';

export interface SuiteUserReplacedEventInit {
  /** The user who left (now inactive, seat freed). */
  leaver: User;
  /** The user who took the seat. */
  newcomer: User;
}

/**
 * A user was replaced: the seat moved from the leaver to the newcomer in one transaction.
 */
export class SuiteUserReplacedEvent extends Event {
  readonly leaver: User;
  readonly newcomer: User;

  constructor(init: SuiteUserReplacedEventInit) {
    super('suite-user-replaced', { bubbles: true, composed: true });
    this.leaver = init.leaver;
    this.newcomer = init.newcomer;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'suite-user-replaced': SuiteUserReplacedEvent;
  }
}
