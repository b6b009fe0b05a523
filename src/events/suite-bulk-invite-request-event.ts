import type { BulkSelection } from '../api/schemas/invitation.js';

export interface SuiteBulkInviteRequestEventInit {
  /** Who to invite. */
  selection: BulkSelection;
  /** How many users the selection holds. */
  count: number;
}

/**
 * The admin chose "Invite" on a selection; the host shows the bulk-invite banner for it. Cancelable so a host can run its own flow.
 */
export class SuiteBulkInviteRequestEvent extends Event {
  readonly selection: BulkSelection;
  readonly count: number;

  constructor(init: SuiteBulkInviteRequestEventInit) {
    super('suite-bulk-invite-request', { bubbles: true, composed: true, cancelable: true });
    this.selection = init.selection;
    this.count = init.count;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'suite-bulk-invite-request': SuiteBulkInviteRequestEvent;
  }
}
