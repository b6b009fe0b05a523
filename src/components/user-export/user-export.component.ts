import { consume } from '@lit/context';
import { html, nothing, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { UserFilter, UserExportQuery, UserSort } from '../../api/schemas/user.js';
import type { DownloadProgress, SuiteApi } from '../../api/suite-api.js';
import { apiContext } from '../../context/api-context.js';
import { LocalizeController } from '../../controllers/localize-controller.js';
import { SuiteRequestCloseEvent } from '../../events/suite-request-close-event.js';
import { userExportMessages } from '../../i18n/user-export.js';
import { csvDelimiterFor, type CsvDelimiter } from '../../spreadsheet/csv.js';
import { SuiteElement } from '../suite-element.js';
import { userExportStyles } from './user-export.styles.js';
import { UserExportController } from './user-export.controller.js';

/** The call this element makes; a partner's adapter (or a test) implements only it. */
export type UserExportApi = Pick<SuiteApi, 'exportUsers'>;

/** Which users to export, asked when an export starts (the search and filters may have changed since the element rendered). */
export type UserExportQuerySource = () => { filter: UserFilter; sort?: UserSort };

const FORMATS: readonly UserExportQuery['format'][] = ['csv', 'xlsx'];

/**
 * Exports a client's users as CSV (UTF-8 with BOM, `;` or `,`) or XLSX, every
 * cell guarded against formula injection by the server. The server applies
 * the admin's scope. A progress bar follows the download (indeterminate with
 * the bytes received when the size is not announced, as for a streamed
 * export), Cancel stops it, a failure offers Retry, and the file is saved as
 * `users-<client>-<yyyy-mm-dd>.<format>`.
 *
 * @tagname suite-user-export
 * @summary Export the users matching a search and filters to CSV or XLSX, with progress and Cancel.
 *
 * @fires {SuiteRequestCloseEvent} suite-request-close - Escape was pressed while no export runs: the host may hide the element.
 *
 * @csspart base - The wrapper around everything.
 * @csspart form - Format, separator and Download.
 * @csspart progress - The progress bar, the bytes received and Cancel.
 * @csspart progress-bar - The `<progress>` itself.
 * @csspart status - What happened last (running, saved, cancelled).
 * @csspart error - Why the export failed, with Retry.
 */
export class SuiteUserExport extends SuiteElement {
  static override styles = userExportStyles;

  protected readonly localize = new LocalizeController(this, userExportMessages);

  /** The client (tenant) whose users are exported. */
  @property({ attribute: 'client-id' }) clientId?: string;

  /** A backend client set directly; wins over the one provided by `apiContext`. */
  @property({ attribute: false }) api?: UserExportApi;

  /** Called when an export starts, for the search, filters and sort to export (`<suite-user-admin>` answers its table's); without it, every user by last name. */
  @property({ attribute: false }) getQuery?: UserExportQuerySource;

  @consume({ context: apiContext, subscribe: true })
  @state()
  protected providedApi?: UserExportApi;

  @state() private format: UserExportQuery['format'] = 'csv';
  /** Chosen by the admin; until then the separator Excel expects in the admin's language. */
  @state() private chosenDelimiter: CsvDelimiter | undefined;

  private readonly exporter = new UserExportController(this);

  private get delimiter(): CsvDelimiter {
    return this.chosenDelimiter ?? csvDelimiterFor(this.localize.locale);
  }

  private start(event: Event): void {
    event.preventDefault();
    const api = this.api ?? this.providedApi;
    if (!api || !this.clientId || this.exporter.busy) return;
    const { filter, sort } = this.getQuery?.() ?? { filter: {} };
    const format = this.format;
    void this.exporter.start({ api, clientId: this.clientId, query: { ...filter, sort, format, ...(format === 'csv' ? { delimiter: this.delimiter } : {}) } });
  }

  /** Cancel and Retry go away as they act: the focus goes to Download, which stays. */
  private focusStart(): void {
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('.start')?.focus());
  }

  override render(): TemplateResult {
    const term = this.localize.term.bind(this.localize);
    const state = this.exporter.state;
    const busy = state.phase === 'running';
    const status =
      state.phase === 'running'
        ? term('userExport.running')
        : state.phase === 'saved'
          ? term('userExport.saved', { fileName: state.fileName })
          : state.phase === 'cancelled'
            ? term('userExport.cancelled')
            : '';
    return html`
      <section
        part="base"
        class="base"
        aria-labelledby="title"
        lang=${this.localize.locale}
        @keydown=${(event: KeyboardEvent) => {
          if (event.key === 'Escape' && !busy) this.dispatchEvent(new SuiteRequestCloseEvent({ source: 'keyboard' }));
        }}
      >
        <h3 id="title">${term('userExport.title')}</h3>
        <p class="hint">${term('userExport.scope')}</p>
        <form part="form" class="form" @submit=${this.start}>
          <fieldset class="formats">
            <legend>${term('userExport.format')}</legend>
            ${FORMATS.map(
              (format) => html`<label class="choice">
                <input type="radio" name="format" value=${format} .checked=${this.format === format} @change=${() => (this.format = format)} />
                ${term(format === 'csv' ? 'userExport.csv' : 'userExport.xlsx')}
              </label>`,
            )}
          </fieldset>
          ${this.format === 'csv'
            ? html`<label class="field">
                <span>${term('userExport.delimiter')}</span>
                <select class="delimiter" @change=${(event: Event) => (this.chosenDelimiter = (event.target as HTMLSelectElement).value as CsvDelimiter)}>
                  <option value=";" ?selected=${this.delimiter === ';'}>${term('userExport.semicolon')}</option>
                  <option value="," ?selected=${this.delimiter === ','}>${term('userExport.comma')}</option>
                </select>
              </label>`
            : nothing}
          <!-- aria-disabled rather than disabled: the focused button keeps focus while the export runs. -->
          <button type="submit" class="start" aria-disabled=${busy ? 'true' : 'false'}>${term('userExport.start')}</button>
        </form>
        ${state.phase === 'running' ? this.renderProgress(state.progress) : nothing}
        <p part="status" class="status" role="status">${status}</p>
        ${state.phase === 'failed'
          ? html`<div part="error" class="error" role="alert">
              <p>${this.localize.describeError(state.error, term('userExport.failed'))}</p>
              <button
                type="button"
                @click=${() => {
                  void this.exporter.retry();
                  this.focusStart();
                }}
              >
                ${term('error.retry')}
              </button>
            </div>`
          : nothing}
      </section>
    `;
  }

  /** Determinate when the backend announced the size; otherwise the bar runs and the bytes received are counted. */
  private renderProgress(progress: DownloadProgress | null): TemplateResult {
    const term = this.localize.term.bind(this.localize);
    const total = progress?.totalBytes ?? undefined;
    const received = progress?.receivedBytes ?? 0;
    return html`
      <div part="progress" class="progress">
        <progress
          part="progress-bar"
          aria-label=${term('userExport.progress')}
          max=${ifDefined(total)}
          value=${ifDefined(total === undefined ? undefined : Math.min(received, total))}
        ></progress>
        <span class="received">
          ${total === undefined ? term('userExport.received', { bytes: received }) : term('userExport.receivedOf', { bytes: received, total })}
        </span>
        <button
          type="button"
          class="cancel"
          @click=${() => {
            this.exporter.cancel();
            this.focusStart();
          }}
        >
          ${term('userExport.cancel')}
        </button>
      </div>
    `;
  }
}
