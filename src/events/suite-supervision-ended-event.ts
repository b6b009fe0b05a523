import type { SupervisionSession } from '../api/schemas/supervision.js';

/**
 * Why a supervision frame closed: the admin left (`exit`), the 30 minutes ran
 * out (`expired`), or the server stopped honouring the token before that
 * (`revoked`: the session was ended elsewhere, or the user was banned or closed).
 */
export type SupervisionEndReason = 'exit' | 'expired' | 'revoked';

export interface SuiteSupervisionEndedEventInit {
  /** The session that ended (as the end answered it when the server could be reached). */
  session: SupervisionSession;
  reason: SupervisionEndReason;
}

/** A supervision frame closed; the host puts back what the frame replaced. */
export class SuiteSupervisionEndedEvent extends Event {
  readonly session: SupervisionSession;
  readonly reason: SupervisionEndReason;

  constructor(init: SuiteSupervisionEndedEventInit) {
    super('suite-supervision-ended', { bubbles: true, composed: true });
    this.session = init.session;
    this.reason = init.reason;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'suite-supervision-ended': SuiteSupervisionEndedEvent;
  }
}
