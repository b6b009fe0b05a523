import { consume } from '@lit/context';
import { html, nothing, type TemplateResult } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import type { Client } from '../../api/schemas/tenancy.js';
import { apiContext } from '../../context/api-context.js';
import { LocalizeController } from '../../controllers/localize-controller.js';
import { SuiteClientSelectEvent } from '../../events/suite-client-select-event.js';
import { clientPickerMessages } from '../../i18n/client-picker.js';
import { SuiteElement } from '../suite-element.js';
import { ClientPagesController, type ClientPickerApi } from './client-pages.controller.js';
import { clientPickerStyles } from './client-picker.styles.js';

export type { ClientPickerApi } from './client-pages.controller.js';

/**
 * A partner admin's searchable, paginated list of clients, to pick the one
 * to work on (its branding, its modules). A search field above a WAI-ARIA
 * single-select listbox: the arrow keys, Home and End move through the
 * clients without choosing (choosing loads another client's settings, so
 * selection does not follow focus), Enter or Space picks, Page Up and Page
 * Down turn the page. Each client says whether it has its own branding.
 *
 * @tagname suite-client-picker
 * @summary Search and page through the partner's clients and pick one.
 *
 * @fires {SuiteClientSelectEvent} suite-client-select - A client was picked. Cancelable: `preventDefault()` keeps the previous choice.
 *
 * @csspart base - The wrapper.
 * @csspart search - The search field.
 * @csspart status - How many clients match, or that they are loading (a polite live region).
 * @csspart listbox - The list of clients.
 * @csspart option - One client.
 * @csspart pagination - The previous/next page controls.
 * @csspart error - The failure message, with Retry.
 *
 * @cssproperty --suite-client-picker-max-height - Block size of the list before it scrolls. Default `20rem`.
 */
export class SuiteClientPicker extends SuiteElement {
  static override styles = clientPickerStyles;

  protected readonly localize = new LocalizeController(this, clientPickerMessages);

  /** A backend client set directly; wins over the one provided by `apiContext`. */
  @property({ attribute: false }) api?: ClientPickerApi;

  @consume({ context: apiContext, subscribe: true })
  @state()
  protected providedApi?: ClientPickerApi;

  /** The id of the picked client; empty while none is. */
  @property() value = '';

  /** Clients per page. */
  @property({ type: Number, attribute: 'page-size' }) pageSize = 10;

  /** The option the keyboard is on (not necessarily the picked one). */
  @state() private activeIndex = -1;

  @query('#listbox') private listbox?: HTMLElement;

  private readonly pages = new ClientPagesController(this, () => ({ api: this.api ?? this.providedApi, pageSize: this.pageSize }));

  protected override willUpdate(): void {
    const count = this.pages.page?.items.length ?? 0;
    if (this.activeIndex >= count) this.activeIndex = count - 1;
  }

  override render(): TemplateResult {
    const term = this.localize.term.bind(this.localize);
    const clients = this.pages.page?.items ?? [];
    const active = this.activeIndex >= 0 && clients[this.activeIndex] ? `client-${this.activeIndex}` : undefined;
    return html`
      <div part="base" class="base" lang=${this.localize.locale}>
        <label for="search">${term('clientPicker.search')}</label>
        <input
          part="search"
          id="search"
          type="search"
          autocomplete="off"
          aria-controls=${clients.length > 0 ? 'listbox' : nothing}
          @input=${this.onSearchInput}
          @keydown=${this.onSearchKeydown}
        />
        <p part="status" class="status" id="status" role="status">${this.statusText()}</p>
        ${this.pages.error ? this.renderError() : nothing}
        ${clients.length > 0
          ? html`<ul
              part="listbox"
              id="listbox"
              class="listbox"
              role="listbox"
              tabindex="0"
              aria-label=${term('clientPicker.list')}
              aria-describedby="help"
              aria-busy=${this.pages.loading ? 'true' : 'false'}
              aria-activedescendant=${active ?? nothing}
              @keydown=${this.onListKeydown}
              @focus=${this.onListFocus}
            >
              ${repeat(
                clients,
                (client) => client.id,
                (client, index) => html`<li
                  part="option"
                  id=${`client-${index}`}
                  class=${index === this.activeIndex ? 'option active' : 'option'}
                  role="option"
                  aria-selected=${client.id === this.value ? 'true' : 'false'}
                  @click=${() => this.pick(client, index)}
                >
                  <span class="name">${client.name}</span>
                  <span class="detail">
                    ${term('clientPicker.users', { count: client.userCount })} ·
                    ${client.hasOwnBranding ? term('clientPicker.ownBranding') : term('clientPicker.inherits')}
                  </span>
                </li>`,
              )}
            </ul>`
          : nothing}
        <p id="help" class="visually-hidden">${term('clientPicker.help')}</p>
        ${this.pages.pageCount > 1 || this.pages.hasPrevious ? this.renderPagination() : nothing}
      </div>
    `;
  }

  private statusText(): string {
    const term = this.localize.term.bind(this.localize);
    const page = this.pages.page;
    if (this.pages.loading && !page) return term('clientPicker.loading');
    if (!page) return '';
    const query = this.pages.query;
    if (page.total === 0) return query ? term('clientPicker.noMatch', { query }) : term('clientPicker.none');
    return query ? term('clientPicker.matches', { count: page.total, query }) : term('clientPicker.count', { count: page.total });
  }

  private renderError(): TemplateResult {
    return html`<div part="error" class="error" role="alert">
      <p>${this.localize.describeError(this.pages.error, this.localize.term('clientPicker.failed'))}</p>
      <button type="button" class="secondary" @click=${() => void this.pages.reload()}>${this.localize.term('error.retry')}</button>
    </div>`;
  }

  private renderPagination(): TemplateResult {
    const term = this.localize.term.bind(this.localize);
    // aria-disabled rather than disabled: a button that turns disabled under the keyboard drops focus to the page.
    return html`<div part="pagination" class="pagination">
      <button
        type="button"
        class="secondary previous"
        aria-disabled=${this.pages.hasPrevious && !this.pages.loading ? 'false' : 'true'}
        @click=${() => void this.turn(-1)}
      >
        ${term('clientPicker.previous')}
      </button>
      <span>${term('clientPicker.page', { page: this.pages.pageIndex + 1, pages: this.pages.pageCount })}</span>
      <button type="button" class="secondary next" aria-disabled=${this.pages.hasNext && !this.pages.loading ? 'false' : 'true'} @click=${() => void this.turn(1)}>
        ${term('clientPicker.next')}
      </button>
    </div>`;
  }

  private onSearchInput(event: Event): void {
    this.activeIndex = -1;
    this.pages.search((event.target as HTMLInputElement).value);
  }

  private onSearchKeydown(event: KeyboardEvent): void {
    if (event.key === 'Enter') {
      event.preventDefault();
      this.pages.search((event.target as HTMLInputElement).value, true);
    } else if (event.key === 'ArrowDown' && this.listbox) {
      event.preventDefault();
      this.activeIndex = Math.max(0, this.selectedIndex());
      this.listbox.focus();
    }
  }

  private selectedIndex(): number {
    return this.pages.page?.items.findIndex((client) => client.id === this.value) ?? -1;
  }

  private onListFocus(): void {
    if (this.activeIndex < 0) this.activeIndex = Math.max(0, this.selectedIndex());
  }

  private onListKeydown(event: KeyboardEvent): void {
    const clients = this.pages.page?.items ?? [];
    const last = clients.length - 1;
    const moves: Record<string, () => number> = {
      ArrowDown: () => Math.min(last, this.activeIndex + 1),
      ArrowUp: () => Math.max(0, this.activeIndex - 1),
      Home: () => 0,
      End: () => last,
    };
    const move = moves[event.key];
    if (move) {
      event.preventDefault();
      this.activeIndex = move();
      return;
    }
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      const client = clients[this.activeIndex];
      if (client) this.pick(client, this.activeIndex);
    } else if (event.key === 'PageDown' || event.key === 'PageUp') {
      event.preventDefault();
      void this.turn(event.key === 'PageDown' ? 1 : -1);
    }
  }

  private async turn(direction: 1 | -1): Promise<void> {
    if (this.pages.loading || (direction === 1 ? !this.pages.hasNext : !this.pages.hasPrevious)) return;
    await (direction === 1 ? this.pages.next() : this.pages.previous());
    if (this.activeIndex >= 0) this.activeIndex = 0;
  }

  private pick(client: Client, index: number): void {
    this.activeIndex = index;
    if (!this.dispatchEvent(new SuiteClientSelectEvent({ client }))) return;
    this.value = client.id;
  }

  protected override updated(): void {
    if (this.activeIndex >= 0) this.renderRoot.querySelector(`#client-${this.activeIndex}`)?.scrollIntoView({ block: 'nearest' });
  }
}
