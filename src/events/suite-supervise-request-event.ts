import type { User } from '../api/schemas/user.js';

export interface SuiteSuperviseRequestEventInit {
  /** The user whose selfcare the admin wants to see. */
  user: User;
}

/**
 * The admin asked to supervise a user's selfcare. Cancelable: a host with its own supervision flow calls `preventDefault()`.
 */
export class SuiteSuperviseRequestEvent extends Event {
  readonly user: User;

  constructor(init: SuiteSuperviseRequestEventInit) {
    super('suite-supervise-request', { bubbles: true, composed: true, cancelable: true });
    this.user = init.user;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'suite-supervise-request': SuiteSuperviseRequestEvent;
  }
}
