import type { SupervisionSession } from '../api/schemas/supervision.js';
import type { User } from '../api/schemas/user.js';

export interface SuiteSupervisionStartedEventInit {
  /** The session as the start answered it: the only time its `token` is there. */
  session: SupervisionSession;
  /** The supervised user. */
  user: User;
}

/**
 * A supervision session started. `<suite-user-admin>` then shows
 * `<suite-supervision-frame>` in place of its table; a host that shows the frame
 * elsewhere (its own page, a full-screen layer) calls `preventDefault()`.
 */
export class SuiteSupervisionStartedEvent extends Event {
  readonly session: SupervisionSession;
  readonly user: User;

  constructor(init: SuiteSupervisionStartedEventInit) {
    super('suite-supervision-started', { bubbles: true, composed: true, cancelable: true });
    this.session = init.session;
    this.user = init.user;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'suite-supervision-started': SuiteSupervisionStartedEvent;
  }
}
