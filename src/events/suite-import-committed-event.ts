export interface SuiteImportCommittedEventInit {
  /** The users the import created, all `pending` (nobody is invited yet). */
  userIds: readonly string[];
  /** How many users were created. */
  count: number;
}

/**
 * An import was committed: its users now exist as `pending`. Siblings refresh
 * (the table, the seat meter); inviting them is a separate, later step.
 */
export class SuiteImportCommittedEvent extends Event {
  readonly userIds: readonly string[];
  readonly count: number;

  constructor(init: SuiteImportCommittedEventInit) {
    super('suite-import-committed', { bubbles: true, composed: true });
    this.userIds = init.userIds;
    this.count = init.count;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'suite-import-committed': SuiteImportCommittedEvent;
  }
}
