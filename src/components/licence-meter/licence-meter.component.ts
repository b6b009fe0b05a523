import { consume } from '@lit/context';
import { initialState, Task, TaskStatus } from '@lit/task';
import { html, nothing, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import { styleProperties } from '../style-properties.js';
import { isAbortError } from '../../api/errors.js';
import { isHttpsUrl } from '../../api/https-url.js';
import type { LicencePool, LicencePoolList } from '../../api/schemas/licence-pool.js';
import type { SuiteApi } from '../../api/suite-api.js';
import { apiContext } from '../../context/api-context.js';
import { SuiteBuyLicencesEvent } from '../../events/suite-buy-licences-event.js';
import { SuiteErrorEvent } from '../../events/suite-error-event.js';
import { LocalizeController } from '../../controllers/localize-controller.js';
import { licenceMeterMessages } from '../../i18n/licence-meter.js';
import { SuiteElement } from '../suite-element.js';
import { licenceMeterStyles } from './licence-meter.styles.js';

/**
 * The one call this element makes. Typed narrowly so a partner's own adapter
 * (or a test) need not implement the whole SuiteApi to show its seats.
 */
export type LicenceMeterApi = Pick<SuiteApi, 'listLicencePools'>;

type PoolStatus = 'available' | 'full' | 'over';

function poolStatus(pool: LicencePool): PoolStatus {
  if (pool.remaining < 0) return 'over';
  return pool.remaining === 0 ? 'full' : 'available';
}

/**
 * Shows a client's licence pools: total, used and remaining seats, with
 * over-allocation spelled out and a way to buy more where a pool is full.
 *
 * @tagname suite-licence-meter
 * @summary Total / used / remaining seats for each licence pool of a client.
 *
 * @fires {SuiteBuyLicencesEvent} suite-buy-licences - The admin asked for more licences in a full or over-allocated pool. Cancelable: call `preventDefault()` to handle the purchase yourself; otherwise a valid https `buy-url` opens in a new tab.
 * @fires {SuiteErrorEvent} suite-error - Loading the pools failed (not fired when a request is cancelled).
 *
 * @csspart base - The wrapper around every state.
 * @csspart summary - The line that counts over-allocated pools, when there are any.
 * @csspart table - The table of pools.
 * @csspart row - One pool's row.
 * @csspart cell - Every header and data cell of a pool's row.
 * @csspart buy-button - The "Buy more licences" button of a full or over-allocated pool.
 * @csspart error - The error message and its Retry button.
 *
 * @cssproperty --suite-licence-meter-bar-height - Height of each pool's usage bar. Default `0.5rem`.
 * @cssproperty --suite-licence-meter-bar-fill - Colour of the used part of the bar. Default `--suite-color-primary`.
 * @cssproperty --suite-licence-meter-bar-fill-over - Colour of the bar of an over-allocated pool. Default `--suite-color-danger`.
 * @cssproperty --suite-licence-meter-bar-track - Colour of the empty part of the bar. Default `--suite-color-track`.
 * @cssproperty --suite-licence-meter-cell-padding - Padding of the table cells. Default `--suite-space-s --suite-space-m`.
 */
export class SuiteLicenceMeter extends SuiteElement {
  static override styles = licenceMeterStyles;

  protected readonly localize = new LocalizeController(this, licenceMeterMessages);

  /** The client (tenant) whose pools are shown. */
  @property({ attribute: 'client-id' }) clientId?: string;

  /**
   * Where "Buy more licences" leads when the host does not cancel
   * `suite-buy-licences`. Only an absolute `https:` URL is ever opened.
   */
  @property({ attribute: 'buy-url' }) buyUrl?: string;

  /** A backend client set directly; wins over the one provided by `apiContext`. */
  @property({ attribute: false }) api?: LicenceMeterApi;

  @consume({ context: apiContext, subscribe: true })
  @state()
  protected providedApi?: LicenceMeterApi;

  /** Set when leaving the page cancelled a load, so coming back reloads. */
  private abortedByDisconnect = false;

  private readonly poolsTask = new Task(this, {
    args: () => [this.api ?? this.providedApi, this.clientId] as const,
    task: async ([api, clientId], { signal }): Promise<LicencePoolList | typeof initialState> => {
      if (!api || !clientId) return initialState;
      try {
        return await api.listLicencePools(clientId, { signal });
      } catch (error) {
        if (!signal.aborted && !isAbortError(error)) {
          this.dispatchEvent(new SuiteErrorEvent(error instanceof Error ? error : new Error(String(error))));
        }
        throw error;
      }
    },
  });

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.abortedByDisconnect) {
      this.abortedByDisconnect = false;
      void this.poolsTask.run();
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    if (this.poolsTask.status === TaskStatus.PENDING) {
      this.abortedByDisconnect = true;
      this.poolsTask.abort();
    }
  }

  /** Loads the pools again, e.g. after the host changed seats elsewhere. */
  reload(): Promise<void> {
    return this.poolsTask.run();
  }

  override render(): TemplateResult {
    const loading = this.poolsTask.status === TaskStatus.PENDING;
    return html`
      <div part="base" class="base" lang=${this.localize.locale} aria-busy=${loading ? 'true' : 'false'}>
        ${this.poolsTask.render({
          pending: () => html`<p class="message" role="status">${this.localize.term('licenceMeter.loading')}</p>`,
          complete: (list) => (list.items.length === 0 ? this.renderEmpty() : this.renderPools(list.items)),
          error: (error) => this.renderError(error),
        })}
      </div>
    `;
  }

  private renderEmpty(): TemplateResult {
    return html`<p class="message">${this.localize.term('licenceMeter.empty')}</p>`;
  }

  private renderPools(pools: readonly LicencePool[]): TemplateResult {
    const term = this.localize.term.bind(this.localize);
    const overCount = pools.filter((pool) => pool.remaining < 0).length;
    return html`
      ${overCount > 0
        ? html`<p part="summary" class="summary">${term('licenceMeter.overAllocatedPools', { count: overCount })}</p>`
        : nothing}
      <table part="table">
        <caption>
          ${term('licenceMeter.caption')}
        </caption>
        <thead>
          <tr>
            <th scope="col">${term('licenceMeter.column.pool')}</th>
            <th scope="col">${term('licenceMeter.column.total')}</th>
            <th scope="col">${term('licenceMeter.column.used')}</th>
            <th scope="col">${term('licenceMeter.column.remaining')}</th>
            <th scope="col"><span class="visually-hidden">${term('licenceMeter.column.actions')}</span></th>
          </tr>
        </thead>
        <tbody>
          ${repeat(
            pools,
            (pool) => pool.id,
            (pool) => this.renderPool(pool),
          )}
        </tbody>
      </table>
    `;
  }

  private renderPool(pool: LicencePool): TemplateResult {
    const term = this.localize.term.bind(this.localize);
    const status = poolStatus(pool);
    const number = (value: number) => this.localize.formatNumber(value);
    // An over-allocated pool fills the whole bar; the words say by how much.
    const fill = pool.total === 0 ? (pool.used > 0 ? 100 : 0) : Math.min(100, (pool.used / pool.total) * 100);
    return html`
      <tr part="row" data-status=${status} data-pool=${pool.key}>
        <th part="cell" scope="row">
          ${pool.name}
          <span class="bar" aria-hidden="true"><span class="bar-fill" style=${styleProperties({ '--_fill': `${fill}%` })}></span></span>
        </th>
        <td part="cell">${number(pool.total)}</td>
        <td part="cell">${number(pool.used)}</td>
        <td part="cell" class=${status === 'over' ? 'over' : ''}>
          ${status === 'over'
            ? term('licenceMeter.overLimit', { count: -pool.remaining })
            : status === 'full'
              ? term('licenceMeter.full', { remaining: pool.remaining })
              : number(pool.remaining)}
        </td>
        <td part="cell">
          ${status === 'available'
            ? nothing
            : html`<button
                part="buy-button"
                type="button"
                aria-label=${term('licenceMeter.buyFor', { pool: pool.name })}
                @click=${() => this.requestBuy(pool)}
              >
                ${term('licenceMeter.buy')}
              </button>`}
        </td>
      </tr>
    `;
  }

  private renderError(error: unknown): TemplateResult | typeof nothing {
    if (isAbortError(error)) return nothing;
    return html`
      <div part="error" class="error" role="alert">
        <p>${this.describeError(error)}</p>
        <button type="button" @click=${() => void this.poolsTask.run()}>${this.localize.term('error.retry')}</button>
      </div>
    `;
  }

  private describeError(error: unknown): string {
    return this.localize.describeError(error, this.localize.term('error.loadLicences'));
  }

  private requestBuy(pool: LicencePool): void {
    const event = new SuiteBuyLicencesEvent({ clientId: pool.clientId, poolId: pool.id, poolKey: pool.key });
    if (!this.dispatchEvent(event)) return;
    const url = this.validBuyUrl();
    if (url) window.open(url, '_blank', 'noopener');
  }

  /** `buy-url` if it is an absolute https URL, else nothing: a host's typo must not become a `javascript:` link. */
  private validBuyUrl(): string | undefined {
    // isHttpsUrl rather than the zod HttpsUrl schema: same rule, no zod in the element's bundle.
    return this.buyUrl && isHttpsUrl(this.buyUrl) ? this.buyUrl : undefined;
  }
}
