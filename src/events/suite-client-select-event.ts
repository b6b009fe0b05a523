import type { Client } from '../api/schemas/tenancy.js';

export interface SuiteClientSelectEventInit {
  /** The client the partner admin picked. */
  client: Client;
}

/**
 * A partner admin picked a client in `<suite-client-picker>`. Cancelable: a
 * host that calls `preventDefault()` keeps the previous choice.
 */
export class SuiteClientSelectEvent extends Event {
  readonly client: Client;

  constructor(init: SuiteClientSelectEventInit) {
    super('suite-client-select', { bubbles: true, composed: true, cancelable: true });
    this.client = init.client;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'suite-client-select': SuiteClientSelectEvent;
  }
}
