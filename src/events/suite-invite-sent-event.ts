import type { User } from '../api/schemas/user.js';

export interface SuiteInviteSentEventInit {
  /** The user as the server now has them (status `invited`). */
  user: User;
  /** When the invitation left, ISO 8601. */
  sentAt: string;
}

/**
 * One invitation was sent or resent.
 */
export class SuiteInviteSentEvent extends Event {
  readonly user: User;
  readonly sentAt: string;

  constructor(init: SuiteInviteSentEventInit) {
    super('suite-invite-sent', { bubbles: true, composed: true });
    this.user = init.user;
    this.sentAt = init.sentAt;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'suite-invite-sent': SuiteInviteSentEvent;
  }
}
