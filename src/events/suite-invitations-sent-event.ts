import type { BulkInvitationResult } from '../api/schemas/invitation.js';

export interface SuiteInvitationsSentEventInit {
  /** Counts and per-user results. */
  result: BulkInvitationResult;
}

/**
 * A bulk invitation finished (some may have failed: see `result.results`).
 */
export class SuiteInvitationsSentEvent extends Event {
  readonly result: BulkInvitationResult;

  constructor(init: SuiteInvitationsSentEventInit) {
    super('suite-invitations-sent', { bubbles: true, composed: true });
    this.result = init.result;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'suite-invitations-sent': SuiteInvitationsSentEvent;
  }
}
