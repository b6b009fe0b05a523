/** What the host needs to sell more seats: which client, which pool. */
export interface SuiteBuyLicencesEventInit {
  clientId: string;
  poolId: string;
  poolKey: string;
}

/**
 * The admin asked to buy more licences for a full or over-allocated pool.
 * Cancelable: a host portal that runs its own purchase flow calls
 * `preventDefault()` and the element will not open its `buy-url`.
 */
export class SuiteBuyLicencesEvent extends Event {
  readonly clientId: string;
  readonly poolId: string;
  readonly poolKey: string;

  constructor(init: SuiteBuyLicencesEventInit) {
    super('suite-buy-licences', { bubbles: true, composed: true, cancelable: true });
    this.clientId = init.clientId;
    this.poolId = init.poolId;
    this.poolKey = init.poolKey;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'suite-buy-licences': SuiteBuyLicencesEvent;
  }
}
