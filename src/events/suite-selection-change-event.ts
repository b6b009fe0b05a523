import type { BulkSelection } from '../api/schemas/invitation.js';

export interface SuiteSelectionChangeEventInit {
  /** Explicit ids, or "every user matching the filter"; `null` when nothing is selected. */
  selection: BulkSelection | null;
  /** How many users the selection holds (the total for "all matching"). */
  count: number;
}

/**
 * The table selection changed.
 */
export class SuiteSelectionChangeEvent extends Event {
  readonly selection: BulkSelection | null;
  readonly count: number;

  constructor(init: SuiteSelectionChangeEventInit) {
    super('suite-selection-change', { bubbles: true, composed: true });
    this.selection = init.selection;
    this.count = init.count;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'suite-selection-change': SuiteSelectionChangeEvent;
  }
}
