import type { User } from '../api/schemas/user.js';

export interface SuiteInviteRequestEventInit {
  /** The user to invite, or to invite again. */
  user: User;
}

/**
 * The admin asked to invite (or re-invite) one user from the user panel; the
 * container opens the invitation dialog for them.
 */
export class SuiteInviteRequestEvent extends Event {
  readonly user: User;

  constructor(init: SuiteInviteRequestEventInit) {
    super('suite-invite-request', { bubbles: true, composed: true });
    this.user = init.user;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'suite-invite-request': SuiteInviteRequestEvent;
  }
}
