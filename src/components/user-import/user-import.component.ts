import { consume } from '@lit/context';
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { repeat } from 'lit/directives/repeat.js';
import { isAbortError, isOutcomeUnknown, isSuiteApiError, ProblemError } from '../../api/errors.js';
import type { ImportJob, ImportRow } from '../../api/schemas/import.js';
import type { Me } from '../../api/schemas/me.js';
import type { SuiteApi } from '../../api/suite-api.js';
import { adminContext } from '../../context/admin-context.js';
import { apiContext } from '../../context/api-context.js';
import { LocalizeController } from '../../controllers/localize-controller.js';
import { SuiteBulkInviteRequestEvent } from '../../events/suite-bulk-invite-request-event.js';
import { SuiteErrorEvent } from '../../events/suite-error-event.js';
import { SuiteImportCommittedEvent } from '../../events/suite-import-committed-event.js';
import { type CellMessageParams, userImportMessages } from '../../i18n/user-import.js';
import {
  IMPORT_LIMITS,
  type ImportContext,
  type ImportFileErrorCode,
  type ImportFormat,
  type ImportKind,
  type ImportProgress,
  type ParsedImport,
  type ReadImportOptions,
} from '../../import/types.js';
import { csvDelimiterFor, csvDocument } from '../../spreadsheet/csv.js';
import { SuiteElement } from '../suite-element.js';
import {
  allProblems,
  facets,
  filterProblems,
  type ImportProblem,
  isCellErrorCode,
  problemsFromFieldErrors,
  type ProblemTally,
  tally,
  toProblems,
} from './import-problems.js';
import { userImportStyles } from './user-import.styles.js';
import { deepActiveElement } from '../deep-active-element.js';

/** The calls this element makes; a partner's adapter (or a test) implements only these. */
export type UserImportApi = Pick<SuiteApi, 'listAgencies' | 'listLicencePools' | 'validateImport' | 'commitImport'>;

/** Reads and checks a file off the main thread; `readImportFile` by default, a fake in tests and stories. */
export type ImportReader = (file: File, options: ReadImportOptions) => Promise<ParsedImport>;

/** Writes the template a client fills in; `importTemplate` by default. */
export type ImportTemplateWriter = (kind: ImportKind, format: ImportFormat, lang: string) => Promise<Blob>;

/* The reader (and its worker) and the template writer load on first use: most visits never import. */
const workerReader = () => import('../../import/read-import-file.js');
const readWithWorker: ImportReader = (file, options) => workerReader().then((module) => module.readImportFile(file, options));
const writeTemplate: ImportTemplateWriter = (kind, format, lang) =>
  import('../../import/template.js').then((module) => module.importTemplate(kind, format, lang));

/**
 * The server re-validates up to 200,000 rows (and receives tens of megabytes)
 * or creates them all in one transaction: far longer than a read. Timing out
 * early would only leave the admin guessing.
 */
const VALIDATE_TIMEOUT_MS = 180_000;
const COMMIT_TIMEOUT_MS = 300_000;

/** Problems per page of the detail table: 10,000 of them render a page at a time. */
const PAGE_SIZE = 100;

const ACCEPT = '.csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

const FILE_ERROR_CODES: readonly ImportFileErrorCode[] = [
  'file_too_large',
  'too_many_rows',
  'uncompressed_too_large',
  'unreadable',
  'empty',
  'no_header',
  'unsupported_format',
  'blocked_by_page_policy',
];

/** The reader's refusal, recognised by shape: a second copy of the kit makes its own `ImportFileError` class. */
function fileRefusal(error: unknown): { code: ImportFileErrorCode; params: Readonly<Record<string, number | string>> } | null {
  if (!(error instanceof Error) || error.name !== 'ImportFileError') return null;
  const { code, params } = error as Error & { code?: string; params?: Record<string, number | string> };
  return FILE_ERROR_CODES.includes(code as ImportFileErrorCode) ? { code: code as ImportFileErrorCode, params: params ?? {} } : null;
}

/** The limit a refusal names: the reader's figure when it gave one, else the kit's own. */
const LIMIT_OF: Partial<Record<ImportFileErrorCode, number>> = {
  file_too_large: IMPORT_LIMITS.maxFileBytes,
  too_many_rows: IMPORT_LIMITS.maxRows,
  uncompressed_too_large: IMPORT_LIMITS.maxUncompressedBytes,
};

const asNumber = (value: number | string | undefined) => (value === undefined || value === '' || Number.isNaN(Number(value)) ? undefined : Number(value));

interface Refusal {
  fileName: string;
  message: string;
  /** Whether picking the same file again may work (the agencies and pools failed to load, not the file). */
  canRetry: boolean;
}

interface RequestFailure {
  message: string;
  retry?: () => void;
}

/**
 * Bulk import of users or contacts from a CSV or XLSX file (DOMAIN.md,
 * "Migration and bulk import"): the template, then the file read and checked
 * in a Web Worker with a progress bar and a Cancel that stops it, then a
 * summary and every faulty cell (row as numbered in the spreadsheet), which
 * the admin can filter and download to fix the file. The server checks the
 * rows again; only a file with no error at all is committed, every user
 * created `pending` in one transaction or none. Then "review and send
 * invitations" hands exactly those users to the bulk invitation.
 *
 * @tagname suite-user-import
 * @summary Import users from CSV/XLSX: per-cell errors, server check, all-or-nothing creation, then invitations.
 *
 * @fires {SuiteImportCommittedEvent} suite-import-committed - The users were created (pending); carries their ids and count.
 * @fires {SuiteBulkInviteRequestEvent} suite-bulk-invite-request - "Review and send invitations": the created users as the selection. Cancelable.
 * @fires {SuiteErrorEvent} suite-error - A request to the server failed (the element shows it too).
 *
 * @csspart base - The wrapper around everything.
 * @csspart title - The heading ("Import users"); a host whose dialog has its own title may hide it.
 * @csspart templates - The template downloads.
 * @csspart drop-zone - Where a file is dropped or chosen.
 * @csspart pick-button - "Choose a file…".
 * @csspart refusal - Why a whole file was refused.
 * @csspart progress - The progress bar and its Cancel while a file is read or the server works.
 * @csspart result - The summary of the file read.
 * @csspart server - The server check: its outcome and the action that follows (check, create).
 * @csspart error - A request that failed, with Retry when that is safe.
 * @csspart problems - The detail of every faulty cell: filters, table, pages, download.
 * @csspart problem-table - The table of faulty cells.
 * @csspart done - After the users were created: "review and send invitations".
 *
 * @cssproperty --suite-user-import-table-height - Maximum block size of the detail table before it scrolls. Default `28rem`.
 */
export class SuiteUserImport extends SuiteElement {
  static override styles = userImportStyles;

  protected readonly localize = new LocalizeController(this, userImportMessages);

  /** The client (tenant) the users are imported into. */
  @property({ attribute: 'client-id' }) clientId?: string;

  /** What the file holds: `users` or `contacts`. The admin may switch it before picking a file. */
  @property({ reflect: true }) kind: ImportKind = 'users';

  /** A backend client set directly; wins over the one provided by `apiContext`. */
  @property({ attribute: false }) api?: UserImportApi;

  /** Reads and checks the file; by default in a Web Worker, started when the element is attached and kept between files. */
  @property({ attribute: false }) reader: ImportReader = readWithWorker;

  /** Writes the template to download; by default the kit's, loaded on first use. */
  @property({ attribute: false }) templateWriter: ImportTemplateWriter = writeTemplate;

  @consume({ context: apiContext, subscribe: true })
  @state()
  protected providedApi?: UserImportApi;

  /** The signed-in admin: an agency-scoped admin's rows must name its agencies. */
  @consume({ context: adminContext, subscribe: true })
  @state()
  protected admin?: Me;

  /** The file being read, and how far the reader got. */
  @state() private reading?: { fileName: string; progress?: ImportProgress };
  @state() private refusal?: Refusal;
  @state() private parsed?: ParsedImport;
  @state() private fileProblems: readonly ImportProblem[] = [];
  /** The server's cell errors (a job's, or a refusal's field errors) and their exact counts. */
  @state() private serverProblems: readonly ImportProblem[] = [];
  @state() private serverTally?: ProblemTally;
  /** The server's check of the rows sent; `validated` is what may be committed. */
  @state() private job?: ImportJob;
  @state() private busy?: 'checking' | 'committing';
  @state() private failure?: RequestFailure;
  @state() private committed?: ImportJob;
  @state() private templateBusy?: ImportFormat;
  @state() private templateFailed = false;
  @state() private dragging = false;
  /** Read by screen readers through the live region: what just happened. */
  @state() private announcement = '';
  @state() private kindFilter = '';
  @state() private columnFilter = '';
  @state() private page = 0;

  /** Every problem, the file's and the server's, sorted; recomputed only when either changes, with the filters' counts. */
  private problems: readonly ImportProblem[] = [];
  private facets: ReturnType<typeof facets> = { codes: new Map(), columns: new Map() };
  private filtered: readonly ImportProblem[] = [];

  /** Cancels what runs now: the read (which terminates the worker) or the server check. */
  private work?: AbortController;
  /** The last file picked: "retry" reads it again when only the agencies and pools failed to load. */
  private file?: File;
  /** The rows sent in the last check: server refusals name cells by their index in it. */
  private sentRows: readonly ImportRow[] = [];
  /** One key per click on "create": reused only by the Retry of an outcome nobody knows. */
  private commitKey?: string;
  /** The task that starts the default reader's workers ahead (`connectedCallback`)... */
  private preparing?: ReturnType<typeof setTimeout>;
  /** ...and whether it did: leaving then ends them. */
  private preparedReader = false;
  /** Links made for downloads, freed when the element leaves. */
  private readonly objectUrls = new Set<string>();

  private get backend(): UserImportApi | undefined {
    return this.api ?? this.providedApi;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // The import view is open: its worker starts now, while the admin picks a file, rather than once the file is picked.
    // A task later, so that a reader set just after the element was attached (a test's, a framework's) is known.
    this.preparing = setTimeout(() => {
      if (this.reader !== readWithWorker) return;
      this.preparedReader = true;
      workerReader().then(
        (module) => this.isConnected && module.prepareImportReader(),
        () => undefined, // a module that fails to load fails the import too, which says so
      );
    });
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.preparing);
    if (this.preparedReader) {
      this.preparedReader = false;
      void workerReader().then((module) => !this.isConnected && module.releaseImportReaders(), () => undefined);
    }
    this.work?.abort();
    this.work = undefined;
    for (const url of this.objectUrls) URL.revokeObjectURL(url);
    this.objectUrls.clear();
  }

  protected override willUpdate(changed: PropertyValues): void {
    if (changed.has('fileProblems') || changed.has('serverProblems')) {
      this.problems = allProblems(this.fileProblems, this.serverProblems);
      this.facets = facets(this.problems);
    }
    if (changed.has('fileProblems') || changed.has('serverProblems') || changed.has('kindFilter') || changed.has('columnFilter')) {
      this.filtered = filterProblems(this.problems, this.kindFilter, this.columnFilter);
      const lastPage = Math.max(0, Math.ceil(this.filtered.length / PAGE_SIZE) - 1);
      if (this.page > lastPage) this.page = lastPage;
    }
    if (changed.has('clientId') && changed.get('clientId') !== undefined) this.reset();
  }

  // ------------------------------------------------------------------ render

  override render(): TemplateResult {
    const term = this.localize.term.bind(this.localize);
    return html`
      <section part="base" class="base" lang=${this.localize.locale} aria-labelledby="title">
        <h2 id="title" part="title">${term('userImport.title', { kind: this.kind })}</h2>
        <p class="visually-hidden" role="status">${this.announcement}</p>
        ${this.renderContent()}
      </section>
    `;
  }

  private renderContent(): TemplateResult {
    const term = this.localize.term.bind(this.localize);
    if (!this.backend || !this.clientId) return html`<p class="message">${term('userImport.notConfigured')}</p>`;
    if (this.admin && !this.admin.permissions.includes('users.import')) return html`<p class="message">${term('userImport.noPermission')}</p>`;
    if (this.committed) return this.renderCommitted(this.committed);
    const reading = this.reading !== undefined;
    return html`
      ${this.renderKind(reading || this.busy !== undefined)} ${this.renderTemplates()} ${this.renderDropZone(reading || this.busy !== undefined)}
      ${this.refusal ? this.renderRefusal(this.refusal) : nothing} ${this.reading ? this.renderReading(this.reading) : nothing}
      ${this.parsed && !reading ? this.renderResult(this.parsed) : nothing}
    `;
  }

  private renderKind(disabled: boolean): TemplateResult {
    const term = this.localize.term.bind(this.localize);
    return html`
      <fieldset class="kind" ?disabled=${disabled}>
        <legend>${term('userImport.kind.legend')}</legend>
        ${(['users', 'contacts'] as const).map(
          (kind) => html`<label class="choice">
            <input type="radio" name="kind" value=${kind} .checked=${this.kind === kind} @change=${() => this.chooseKind(kind)} />
            <span>${term(`userImport.kind.${kind}`)}</span>
          </label>`,
        )}
      </fieldset>
    `;
  }

  private renderTemplates(): TemplateResult {
    const term = this.localize.term.bind(this.localize);
    return html`
      <section part="templates" class="templates" aria-labelledby="templates-title" aria-describedby="templates-hint">
        <h3 id="templates-title">${term('userImport.template.title')}</h3>
        <p id="templates-hint" class="hint">${term('userImport.template.hint')}</p>
        <div class="actions">
          ${(['xlsx', 'csv'] as const).map(
            (format) => html`<button
              type="button"
              class="secondary"
              data-template=${format}
              aria-disabled=${this.templateBusy ? 'true' : 'false'}
              @click=${() => void this.downloadTemplate(format)}
            >
              ${term(this.templateBusy === format ? 'userImport.template.preparing' : `userImport.template.${format}`)}
            </button>`,
          )}
        </div>
        ${this.templateFailed ? html`<p class="error-text" role="alert">${term('userImport.template.failed')}</p>` : nothing}
      </section>
    `;
  }

  private renderDropZone(disabled: boolean): TemplateResult {
    const term = this.localize.term.bind(this.localize);
    const again = this.parsed !== undefined || this.refusal !== undefined;
    return html`
      <section
        part="drop-zone"
        class=${this.dragging ? 'drop-zone dragging' : 'drop-zone'}
        aria-labelledby="file-title"
        aria-describedby="file-hint"
        @dragenter=${this.onDragOver}
        @dragover=${this.onDragOver}
        @dragleave=${this.onDragLeave}
        @drop=${this.onDrop}
      >
        <h3 id="file-title">${term('userImport.file.title')}</h3>
        <p id="file-hint" class="hint">
          ${term('userImport.file.hint', { maxBytes: IMPORT_LIMITS.maxFileBytes, maxRows: IMPORT_LIMITS.maxRows })}
        </p>
        <button part="pick-button" type="button" class=${again ? 'secondary pick' : 'pick'} ?disabled=${disabled} @click=${this.pick}>
          ${term(again ? 'userImport.file.chooseAgain' : 'userImport.file.choose')}
        </button>
        <!-- The real picker, opened by the button: its own look cannot be styled or translated. -->
        <input type="file" accept=${ACCEPT} hidden tabindex="-1" @change=${this.onFileChosen} />
      </section>
    `;
  }

  private renderRefusal(refusal: Refusal): TemplateResult {
    const term = this.localize.term.bind(this.localize);
    return html`
      <div part="refusal" class="callout error" role="alert">
        <div>
          <p><strong>${term('userImport.refused.title', { name: refusal.fileName })}</strong></p>
          <p>${refusal.message}</p>
        </div>
        ${refusal.canRetry && this.file
          ? html`<button type="button" class="secondary" @click=${() => void this.read(this.file!)}>${term('error.retry')}</button>`
          : nothing}
      </div>
    `;
  }

  private renderReading(reading: { fileName: string; progress?: ImportProgress }): TemplateResult {
    const term = this.localize.term.bind(this.localize);
    const progress = reading.progress;
    const label = term(progress ? `userImport.progress.${progress.phase}` : 'userImport.progress.preparing');
    const percent = progress && progress.total > 0 ? Math.min(100, Math.floor((progress.done / progress.total) * 100)) : undefined;
    const valueText =
      progress?.phase === 'validating'
        ? term('userImport.progress.rows', { done: progress.done, total: progress.total })
        : percent !== undefined
          ? term('userImport.progress.value', { percent })
          : undefined;
    return this.renderProgress(label, percent, valueText, this.cancel);
  }

  /** A bar without `percent` is indeterminate (the server gives no progress). */
  private renderProgress(label: string, percent: number | undefined, valueText: string | undefined, cancel?: () => void): TemplateResult {
    const term = this.localize.term.bind(this.localize);
    return html`
      <div part="progress" class="progress">
        <span id="progress-label" class="progress-label">${label}</span>
        <progress
          aria-labelledby="progress-label"
          max="100"
          value=${ifDefined(percent)}
          aria-valuetext=${ifDefined(valueText)}
        ></progress>
        ${valueText ? html`<span class="progress-value" aria-hidden="true">${valueText}</span>` : nothing}
        ${cancel ? html`<button type="button" class="secondary cancel" @click=${cancel}>${term('userImport.progress.cancel')}</button>` : nothing}
      </div>
    `;
  }

  private renderResult(parsed: ParsedImport): TemplateResult {
    const term = this.localize.term.bind(this.localize);
    const errorRows = parsed.errorRows + (this.serverTally?.rows ?? 0);
    const ok = Math.max(0, parsed.rowCount - errorRows);
    const byKind = this.errorsByKind(parsed);
    return html`
      <section part="result" class="result" aria-labelledby="result-title">
        <h3 id="result-title" tabindex="-1">${term('userImport.result.title', { name: parsed.fileName })}</h3>
        <p class="hint">${this.formatText(parsed)}</p>
        <ul class="summary">
          <li>${term('userImport.result.read', { count: parsed.rowCount })}</li>
          <li class="ok">${term('userImport.result.ok', { count: ok })}</li>
          <li class=${errorRows > 0 ? 'bad' : ''}>${term('userImport.result.withErrors', { count: errorRows })}</li>
        </ul>
        ${byKind.length > 0
          ? html`<div class="by-kind">
              <h4 id="by-kind-title">${term('userImport.result.byKind')}</h4>
              <ul aria-labelledby="by-kind-title">
                ${byKind.map(([kind, count]) => html`<li>${term('userImport.result.kindCount', { kind, count })}</li>`)}
              </ul>
            </div>`
          : nothing}
        ${this.renderHeaders(parsed)} ${this.renderShortfalls(parsed)} ${this.renderServer(parsed)}
        ${this.problems.length > 0 ? this.renderProblems() : nothing}
      </section>
    `;
  }

  private formatText(parsed: ParsedImport): string {
    const term = this.localize.term.bind(this.localize);
    const delimiter =
      parsed.delimiter === ';'
        ? term('userImport.result.delimiter.semicolon')
        : parsed.delimiter === '\t'
          ? term('userImport.result.delimiter.tab')
          : term('userImport.result.delimiter.comma');
    return term('userImport.result.format', { format: parsed.format, encoding: (parsed.encoding ?? 'utf-8').toUpperCase(), delimiter });
  }

  /** The file's counts and the server's by kind name, most frequent first. */
  private errorsByKind(parsed: ParsedImport): [string, number][] {
    const merged = new Map<string, number>();
    for (const source of [parsed.errorsByCode, this.serverTally?.byCode ?? {}]) {
      for (const [code, count] of Object.entries(source)) {
        const kind = this.kindName(code);
        merged.set(kind, (merged.get(kind) ?? 0) + (count ?? 0));
      }
    }
    return [...merged].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0], this.localize.locale));
  }

  private renderHeaders(parsed: ParsedImport): TemplateResult {
    const term = this.localize.term.bind(this.localize);
    const mapped = parsed.headers.filter((header) => header.column !== null).length;
    return html`
      <details class="headers">
        <summary>${term('userImport.headers.summary', { mapped, ignored: parsed.unknownColumns.length })}</summary>
        <table class="header-table">
          <thead>
            <tr>
              <th scope="col">${term('userImport.headers.inFile')}</th>
              <th scope="col">${term('userImport.headers.column')}</th>
            </tr>
          </thead>
          <tbody>
            ${parsed.headers.map(
              (header) => html`<tr class=${header.column ? '' : 'ignored'}>
                <td>${header.text}</td>
                <td>${header.column ?? term('userImport.headers.ignored')}</td>
              </tr>`,
            )}
          </tbody>
        </table>
      </details>
      ${parsed.unknownColumns.length > 0
        ? html`<p class="unknown-columns">${term('userImport.headers.unknown', { names: parsed.unknownColumns.join(', ') })}</p>`
        : nothing}
    `;
  }

  private renderShortfalls(parsed: ParsedImport): TemplateResult | typeof nothing {
    const term = this.localize.term.bind(this.localize);
    if (parsed.seatShortfalls.length === 0) return nothing;
    return html`
      <div class="warning">
        <h4 id="shortfall-title">${term('userImport.shortfall.title')}</h4>
        <ul aria-labelledby="shortfall-title">
          ${parsed.seatShortfalls.map(
            (shortfall) =>
              html`<li data-pool=${shortfall.key}>
                ${term('userImport.shortfall.item', { pool: shortfall.name, needed: shortfall.needed, remaining: shortfall.remaining })}
              </li>`,
          )}
        </ul>
        <p>${term('userImport.shortfall.hint')}</p>
      </div>
    `;
  }

  /** The server's part: check, its outcome, create; and the way back to the file when anything is wrong. */
  private renderServer(parsed: ParsedImport): TemplateResult {
    const term = this.localize.term.bind(this.localize);
    const fileHasErrors = parsed.errors.length > 0;
    const job = this.job;
    const canCommit = !fileHasErrors && job?.status === 'validated' && this.serverProblems.length === 0;
    let outcome: TemplateResult | typeof nothing = nothing;
    if (job?.status === 'validated' && this.serverProblems.length === 0) {
      outcome = html`<p class="ok">${term('userImport.server.validated', { count: job.validRows })}</p>`;
    } else if (job?.status === 'invalid') {
      outcome = html`<p class="bad">${term('userImport.server.invalid', { count: job.errorRows })}</p>`;
    }
    return html`
      <div part="server" class="server" aria-busy=${this.busy ? 'true' : 'false'}>
        ${outcome} ${this.failure ? this.renderFailure(this.failure) : nothing}
        ${parsed.validRows.length === 0
          ? html`<p class="bad">${term('userImport.server.noValidRow')}</p>`
          : fileHasErrors || (job !== undefined && !canCommit) || this.serverProblems.length > 0
            ? html`<p class="bad">${term('userImport.server.fileErrorsFirst')}</p>`
            : nothing}
        ${this.busy
          ? this.renderProgress(
              term(this.busy === 'checking' ? 'userImport.progress.checking' : 'userImport.progress.committing'),
              undefined,
              undefined,
              this.busy === 'checking' ? this.cancel : undefined,
            )
          : this.renderServerActions(parsed, canCommit)}
      </div>
    `;
  }

  private renderServerActions(parsed: ParsedImport, canCommit: boolean): TemplateResult | typeof nothing {
    const term = this.localize.term.bind(this.localize);
    if (canCommit) {
      return html`
        <p class="hint" id="commit-hint">${term('userImport.server.commitHint')}</p>
        <div class="actions">
          <button type="button" class="commit" aria-describedby="commit-hint" @click=${() => void this.commit(false)}>
            ${term('userImport.server.commit', { count: this.job!.validRows })}
          </button>
        </div>
      `;
    }
    if (parsed.validRows.length === 0) return nothing;
    // With errors in the file, the check is still worth it: it lists duplicates of existing users, to fix in the same pass.
    const primary = parsed.errors.length === 0 && this.job === undefined;
    return html`
      <p class="hint" id="check-hint">${term('userImport.server.checkHint')}</p>
      <div class="actions">
        <button type="button" class=${primary ? 'check' : 'secondary check'} aria-describedby="check-hint" @click=${() => void this.check()}>
          ${term(this.job || this.serverProblems.length > 0 ? 'userImport.server.checkAgain' : 'userImport.server.check')}
        </button>
      </div>
    `;
  }

  private renderFailure(failure: RequestFailure): TemplateResult {
    const term = this.localize.term.bind(this.localize);
    return html`
      <div part="error" class="callout error" role="alert">
        <p>${failure.message}</p>
        ${failure.retry ? html`<button type="button" class="secondary" @click=${failure.retry}>${term('error.retry')}</button>` : nothing}
      </div>
    `;
  }

  private renderProblems(): TemplateResult {
    const term = this.localize.term.bind(this.localize);
    const { codes, columns } = this.facets;
    const total = this.filtered.length;
    const from = this.page * PAGE_SIZE;
    const shown = this.filtered.slice(from, from + PAGE_SIZE);
    const pages = Math.max(1, Math.ceil(total / PAGE_SIZE));
    const serverTotal = this.job?.status === 'invalid' ? Object.values(this.job.errorsByCode).reduce((sum, count) => sum + (count ?? 0), 0) : 0;
    return html`
      <section part="problems" class="problems" aria-labelledby="problems-title">
        <h4 id="problems-title">${term('userImport.detail.title', { count: this.problems.length })}</h4>
        ${serverTotal > this.serverProblems.length
          ? html`<p class="hint">${term('userImport.detail.truncated', { shown: this.serverProblems.length, total: serverTotal })}</p>`
          : nothing}
        <div class="filters">
          ${this.renderFilter('kind', term('userImport.detail.filterKind'), term('userImport.detail.allKinds'), codes, (code) => this.kindName(code))}
          ${this.renderFilter('column', term('userImport.detail.filterColumn'), term('userImport.detail.allColumns'), columns, (column) => column)}
          <button type="button" class="secondary download" ?disabled=${total === 0} @click=${this.downloadReport}>
            ${term('userImport.detail.download', { count: total })}
          </button>
        </div>
        ${total === 0
          ? html`<p class="hint">${term('userImport.detail.none')}</p>`
          : html`
              <div class="table-scroll" tabindex="0" role="region" aria-labelledby="problems-caption">
                <table part="problem-table" class="problem-table">
                  <caption id="problems-caption">${term('userImport.detail.caption', { from: from + 1, to: from + shown.length, total })}</caption>
                  <thead>
                    <tr>
                      <th scope="col">${term('userImport.detail.row')}</th>
                      <th scope="col">${term('userImport.detail.column')}</th>
                      <th scope="col">${term('userImport.detail.value')}</th>
                      <th scope="col">${term('userImport.detail.problem')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    ${repeat(
                      shown,
                      (problem) => `${problem.row}|${problem.column}|${problem.code}|${problem.fromServer ? 's' : 'f'}`,
                      (problem) => html`<tr data-row=${problem.row} data-column=${problem.column} data-code=${problem.code}>
                        <th scope="row">${this.rowNumber(problem.row)}</th>
                        <td>${problem.column}</td>
                        <td class="value">${problem.value === null || problem.value === '' ? html`<span class="empty">${term('userImport.detail.empty')}</span>` : problem.value}</td>
                        <td>
                          ${this.describeProblem(problem)}
                          ${problem.fromServer ? html`<span class="source">(${term('userImport.detail.fromServer')})</span>` : nothing}
                        </td>
                      </tr>`,
                    )}
                  </tbody>
                </table>
              </div>
              ${pages > 1
                ? html`<nav class="pages" aria-label=${term('userImport.detail.pages')}>
                    <button type="button" class="secondary" ?disabled=${this.page === 0} @click=${() => this.goToPage(this.page - 1)}>
                      ${term('userImport.detail.previous')}
                    </button>
                    <span aria-hidden="true">${this.localize.formatNumber(this.page + 1)} / ${this.localize.formatNumber(pages)}</span>
                    <button type="button" class="secondary" ?disabled=${this.page >= pages - 1} @click=${() => this.goToPage(this.page + 1)}>
                      ${term('userImport.detail.next')}
                    </button>
                  </nav>`
                : nothing}
            `}
      </section>
    `;
  }

  /** One filter of the detail: every value found, with how many problems have it. */
  private renderFilter(
    which: 'kind' | 'column',
    label: string,
    all: string,
    counts: ReadonlyMap<string, number>,
    labelOf: (value: string) => string,
  ): TemplateResult {
    const selected = which === 'kind' ? this.kindFilter : this.columnFilter;
    return html`
      <label class="filter">
        <span>${label}</span>
        <select id=${`${which}-filter`} @change=${(event: Event) => this.setFilter(which, (event.target as HTMLSelectElement).value)}>
          <option value="" ?selected=${selected === ''}>${all}</option>
          ${[...counts].map(
            ([value, count]) =>
              html`<option value=${value} ?selected=${selected === value}>
                ${this.localize.term('userImport.detail.option', { label: labelOf(value), count })}
              </option>`,
          )}
        </select>
      </label>
    `;
  }

  private renderCommitted(job: ImportJob): TemplateResult {
    const term = this.localize.term.bind(this.localize);
    const count = job.createdUserIds.length;
    return html`
      <section part="done" class="done" aria-labelledby="done-title">
        <h3 id="done-title" tabindex="-1">${term('userImport.done.title', { count })}</h3>
        <p class="hint">${term('userImport.done.hint')}</p>
        <div class="actions">
          ${count > 0 ? html`<button type="button" class="invite" @click=${this.requestInvitations}>${term('userImport.done.invite')}</button>` : nothing}
          <button type="button" class="secondary" @click=${this.startOver}>${term('userImport.done.another')}</button>
        </div>
      </section>
    `;
  }

  // ------------------------------------------------------------------ words

  /** As the spreadsheet numbers its rows: 2501, not 2,501. */
  private rowNumber(row: number): string {
    return this.localize.formatNumber(row, { useGrouping: false });
  }

  private kindName(code: string): string {
    return this.localize.term(isCellErrorCode(code) ? `userImport.kindName.${code}` : 'userImport.kindName.other');
  }

  /** Localised from the code and its details; a code this kit does not know keeps the source's words. */
  private describeProblem(problem: ImportProblem): string {
    if (!isCellErrorCode(problem.code)) return problem.message;
    const params: CellMessageParams = { ...problem.params, column: problem.column };
    return this.localize.term(`userImport.cell.${problem.code}`, params);
  }

  private refusalMessage(code: ImportFileErrorCode, params: Readonly<Record<string, number | string>>): string {
    const term = this.localize.term.bind(this.localize);
    const limit = LIMIT_OF[code];
    if (limit === undefined) return term(`userImport.refused.${code as 'unreadable' | 'empty' | 'no_header' | 'unsupported_format' | 'blocked_by_page_policy'}`);
    const max = asNumber(params['max']) ?? limit;
    const found = asNumber(params['size'] ?? params['rows'] ?? params['found']);
    return term(`userImport.refused.${code as 'file_too_large' | 'too_many_rows' | 'uncompressed_too_large'}`, found === undefined ? { max } : { max, found });
  }

  // ------------------------------------------------------------------ picking

  private chooseKind(kind: ImportKind): void {
    if (kind === this.kind) return;
    this.kind = kind;
    // Rows checked as users mean nothing as contacts.
    this.reset();
  }

  private pick(): void {
    this.renderRoot.querySelector<HTMLInputElement>('input[type="file"]')?.click();
  }

  private onFileChosen(event: Event): void {
    const input = event.target as HTMLInputElement;
    const file = input.files?.[0];
    // Emptied so that picking the same (fixed) file again fires `change` again.
    input.value = '';
    if (file) void this.read(file);
  }

  private carriesFiles(event: DragEvent): boolean {
    return event.dataTransfer?.types.includes('Files') ?? false;
  }

  private onDragOver(event: DragEvent): void {
    if (!this.carriesFiles(event) || this.reading || this.busy) return;
    event.preventDefault();
    event.dataTransfer!.dropEffect = 'copy';
    if (!this.dragging) {
      this.dragging = true;
      this.announce(this.localize.term('userImport.file.dragOver'));
    }
  }

  private onDragLeave(event: DragEvent): void {
    const zone = event.currentTarget as HTMLElement;
    // Leaving a child of the zone for another is not leaving the zone.
    if (event.relatedTarget instanceof Node && zone.contains(event.relatedTarget)) return;
    this.dragging = false;
  }

  private onDrop(event: DragEvent): void {
    this.dragging = false;
    if (!this.carriesFiles(event) || this.reading || this.busy) return;
    event.preventDefault();
    const file = event.dataTransfer?.files[0];
    if (file) void this.read(file);
  }

  // ------------------------------------------------------------------ reading

  /** Reads `file` from scratch: whatever was read or checked before is dropped. */
  async read(file: File): Promise<void> {
    const api = this.backend;
    const clientId = this.clientId;
    if (!api || !clientId) return;
    this.reset();
    const controller = new AbortController();
    this.work = controller;
    this.file = file;
    this.reading = { fileName: file.name };
    this.announce(this.localize.term('userImport.file.picked', { name: file.name }));
    const { signal } = controller;
    let context: ImportContext;
    try {
      context = await this.importContext(api, clientId, signal);
    } catch (error) {
      if (this.work !== controller) return;
      this.work = undefined;
      this.reading = undefined;
      if (isAbortError(error)) return this.cancelled();
      this.reportError(error);
      this.refusal = { fileName: file.name, message: this.localize.describeError(error, this.localize.term('userImport.refused.context')), canRetry: true };
      return;
    }
    try {
      const parsed = await this.reader(file, {
        context,
        signal,
        onProgress: (progress) => {
          if (this.work === controller) this.reading = { fileName: file.name, progress };
        },
      });
      if (this.work !== controller) return;
      this.parsed = parsed;
      this.fileProblems = toProblems(parsed.errors, false);
      this.announce(
        this.localize.term('userImport.result.announce', {
          read: parsed.rowCount,
          ok: Math.max(0, parsed.rowCount - parsed.errorRows),
          errors: parsed.errorRows,
        }),
      );
    } catch (error) {
      if (this.work !== controller) return;
      if (isAbortError(error)) return this.cancelled();
      const refusal = fileRefusal(error);
      if (!refusal) this.reportError(error);
      this.refusal = {
        fileName: file.name,
        message: refusal ? this.refusalMessage(refusal.code, refusal.params) : this.localize.term('userImport.refused.unreadable'),
        canRetry: false,
      };
    } finally {
      if (this.work === controller) {
        this.work = undefined;
        this.reading = undefined;
      }
    }
    await this.updateComplete;
    this.focusFirst('#result-title', '.pick');
  }

  private async importContext(api: UserImportApi, clientId: string, signal: AbortSignal): Promise<ImportContext> {
    const [agencies, pools] = await Promise.all([api.listAgencies(clientId, { signal }), api.listLicencePools(clientId, { signal })]);
    return {
      kind: this.kind,
      agencies: agencies.items.map(({ id, name }) => ({ id, name })),
      pools: pools.items.map(({ id, key, name, remaining }) => ({ id, key, name, remaining })),
      agencyScoped: this.admin?.scope.kind === 'agencies',
    };
  }

  /** Stops the read (the reader terminates its worker) or the server check under way. */
  private readonly cancel = (): void => {
    this.work?.abort();
  };

  private cancelled(): void {
    this.work = undefined;
    this.reading = undefined;
    this.busy = undefined;
    this.announce(this.localize.term('userImport.progress.cancelled'));
    void this.updateComplete.then(() => this.focusFirst('.check', '.pick'));
  }

  // ------------------------------------------------------------------ server

  private async check(): Promise<void> {
    const api = this.backend;
    const clientId = this.clientId;
    const parsed = this.parsed;
    if (!api || !clientId || !parsed || parsed.validRows.length === 0 || this.busy) return;
    const controller = new AbortController();
    this.work = controller;
    this.busy = 'checking';
    this.failure = undefined;
    this.job = undefined;
    this.serverProblems = [];
    this.serverTally = undefined;
    this.sentRows = parsed.validRows;
    try {
      const job = await api.validateImport(
        clientId,
        { kind: this.kind, fileName: parsed.fileName.slice(0, 255), rows: parsed.validRows },
        { signal: controller.signal, timeoutMs: VALIDATE_TIMEOUT_MS },
      );
      if (this.work !== controller) return;
      this.job = job;
      this.serverProblems = toProblems(job.errors, true);
      this.serverTally = { rows: job.errorRows, byCode: job.errorsByCode as Record<string, number> };
      const term = this.localize.term.bind(this.localize);
      this.announce(
        job.status === 'validated' ? term('userImport.server.validated', { count: job.validRows }) : term('userImport.server.invalid', { count: job.errorRows }),
      );
    } catch (error) {
      if (this.work !== controller) return;
      if (isAbortError(error)) return this.cancelled();
      this.showServerFailure(error, 'check');
    } finally {
      if (this.work === controller) {
        this.work = undefined;
        this.busy = undefined;
      }
    }
    await this.updateComplete;
    this.focusFirst('.commit', '[part="error"] button', '#problems-title', '.pick');
  }

  private async commit(retry: boolean): Promise<void> {
    const api = this.backend;
    const clientId = this.clientId;
    const job = this.job;
    if (!api || !clientId || !job || job.status !== 'validated' || this.busy) return;
    if (!retry || !this.commitKey) this.commitKey = crypto.randomUUID();
    this.busy = 'committing';
    this.failure = undefined;
    try {
      const committed = await api.commitImport(clientId, job.id, { idempotencyKey: this.commitKey, timeoutMs: COMMIT_TIMEOUT_MS });
      this.commitKey = undefined;
      this.committed = committed;
      this.dispatchEvent(new SuiteImportCommittedEvent({ userIds: committed.createdUserIds, count: committed.createdUserIds.length }));
      this.announce(this.localize.term('userImport.done.title', { count: committed.createdUserIds.length }));
    } catch (error) {
      if (isAbortError(error)) return;
      if (!isOutcomeUnknown(error)) this.commitKey = undefined;
      this.showServerFailure(error, 'commit');
    } finally {
      this.busy = undefined;
    }
    await this.updateComplete;
    this.focusFirst('.invite', '#done-title', '[part="error"] button', '#problems-title');
  }

  /**
   * A refusal that names cells puts them in the detail table, like the
   * reader's: the admin fixes the file. Nothing read is dropped, so a failure
   * of the network or the server can simply be retried.
   */
  private showServerFailure(error: unknown, step: 'check' | 'commit'): void {
    const term = this.localize.term.bind(this.localize);
    this.reportError(error);
    const fallback = term(step === 'check' ? 'userImport.server.checkFailed' : 'userImport.server.commitFailed');
    if (isOutcomeUnknown(error)) {
      const why = isSuiteApiError(error) ? this.localize.describeError(error, fallback) : fallback;
      this.failure = {
        message: step === 'commit' ? `${why} ${term('userImport.server.unknownOutcome')}` : why,
        retry: step === 'commit' ? () => void this.commit(true) : () => void this.check(),
      };
      return;
    }
    if (!(error instanceof ProblemError)) {
      this.failure = { message: this.localize.describeError(error, fallback) };
      return;
    }
    const { problems } = problemsFromFieldErrors(error.fieldErrors, this.sentRows);
    if (problems.length > 0) {
      // The job can no longer be committed as it stands: the rows must be checked again once fixed.
      this.job = undefined;
      this.serverProblems = problems;
      this.serverTally = tally(problems);
      this.failure = { message: term(error.status === 409 ? 'userImport.server.collisions' : 'userImport.server.rejectedRows') };
      return;
    }
    const message =
      error.status === 413
        ? term('userImport.server.tooLarge')
        : error.status === 403
          ? term('userImport.server.forbidden')
          : error.status === 404 && step === 'commit'
            ? term('userImport.server.expired')
            : this.localize.describeError(error, fallback);
    if (error.status === 404 && step === 'commit') this.job = undefined;
    this.failure = { message };
  }

  private requestInvitations(): void {
    const job = this.committed;
    if (!job || job.createdUserIds.length === 0) return;
    // By import, not by ids: 200,000 ids would not fit a request body.
    this.dispatchEvent(new SuiteBulkInviteRequestEvent({ selection: { importId: job.id }, count: job.createdUserIds.length }));
  }

  private async startOver(): Promise<void> {
    this.reset();
    await this.updateComplete;
    this.focusFirst('.pick');
  }

  /** Back to an empty import: what runs is cancelled, what was read is dropped. */
  private reset(): void {
    this.work?.abort();
    this.work = undefined;
    this.reading = undefined;
    this.refusal = undefined;
    this.parsed = undefined;
    this.fileProblems = [];
    this.serverProblems = [];
    this.serverTally = undefined;
    this.sentRows = [];
    this.job = undefined;
    this.busy = undefined;
    this.failure = undefined;
    this.committed = undefined;
    this.commitKey = undefined;
    this.kindFilter = '';
    this.columnFilter = '';
    this.page = 0;
  }

  // ------------------------------------------------------------------ detail

  private setFilter(which: 'kind' | 'column', value: string): void {
    if (which === 'kind') this.kindFilter = value;
    else this.columnFilter = value;
    this.page = 0;
  }

  private goToPage(page: number): void {
    this.page = page;
  }

  /** The problems as filtered, one line per cell; the writer neutralises formulas and adds the BOM Excel needs. */
  private readonly downloadReport = (): void => {
    const term = this.localize.term.bind(this.localize);
    const rows = [
      [term('userImport.detail.csvRow'), term('userImport.detail.csvColumn'), term('userImport.detail.csvValue'), term('userImport.detail.csvProblem')],
      ...this.filtered.map((problem) => [String(problem.row), problem.column, problem.value ?? '', this.describeProblem(problem)]),
    ];
    // The separator the admin's Excel splits on, as for the template.
    const csv = csvDocument(rows, csvDelimiterFor(this.localize.locale));
    this.save(new Blob([csv], { type: 'text/csv;charset=utf-8' }), term('userImport.detail.reportName', { name: this.parsed?.fileName ?? 'import' }));
  };

  private async downloadTemplate(format: ImportFormat): Promise<void> {
    if (this.templateBusy) return;
    this.templateBusy = format;
    this.templateFailed = false;
    try {
      const blob = await this.templateWriter(this.kind, format, this.localize.catalogueLocale);
      this.save(blob, this.localize.term('userImport.template.fileName', { kind: this.kind, format }));
    } catch (error) {
      this.reportError(error);
      this.templateFailed = true;
    } finally {
      this.templateBusy = undefined;
    }
  }

  /** Hands a file made here to the browser's download (an object URL of our own blob: no outside URL reaches the link). */
  private save(blob: Blob, fileName: string): void {
    const url = URL.createObjectURL(blob);
    this.objectUrls.add(url);
    const link = document.createElement('a');
    link.href = url;
    link.download = fileName;
    link.hidden = true;
    this.renderRoot.append(link);
    link.click();
    link.remove();
    // The download has started from the URL by the next tasks; kept a while for slow browsers, then freed.
    setTimeout(() => {
      URL.revokeObjectURL(url);
      this.objectUrls.delete(url);
    }, 60_000);
  }

  // ------------------------------------------------------------------ helpers

  private announce(message: string): void {
    this.announcement = message;
  }

  /** Focus moves to where the admin continues, unless they already moved it elsewhere outside this element. */
  private focusFirst(...selectors: string[]): void {
    const active = deepActiveElement();
    if (active && active !== document.body && !this.contains(active) && !this.renderRoot.contains(active)) return;
    for (const selector of selectors) {
      const target = this.renderRoot.querySelector<HTMLElement>(selector);
      if (target && !(target as HTMLButtonElement).disabled) {
        target.focus();
        return;
      }
    }
  }

  private reportError(error: unknown): void {
    this.dispatchEvent(new SuiteErrorEvent(error instanceof Error ? error : new Error(String(error))));
  }
}
