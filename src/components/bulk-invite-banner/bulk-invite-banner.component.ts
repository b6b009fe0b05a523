import { consume } from '@lit/context';
import { initialState, Task, TaskStatus } from '@lit/task';
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import { isAbortError, isOutcomeUnknown, ProblemError } from '../../api/errors.js';
import type {
  BulkInvitationPreview,
  BulkInvitationResult,
  BulkSelection,
  InvitationResult,
  UserSummary,
} from '../../api/schemas/invitation.js';
import { UserUpdate } from '../../api/schemas/user.js';
import type { SuiteApi } from '../../api/suite-api.js';
import { apiContext } from '../../context/api-context.js';
import { LocalizeController } from '../../controllers/localize-controller.js';
import { SuiteErrorEvent } from '../../events/suite-error-event.js';
import { SuiteInvitationsSentEvent } from '../../events/suite-invitations-sent-event.js';
import { SuiteRequestCloseEvent } from '../../events/suite-request-close-event.js';
import { SuiteUserChangedEvent } from '../../events/suite-user-changed-event.js';
import { bulkInviteBannerMessages } from '../../i18n/bulk-invite-banner.js';
import { SuiteElement } from '../suite-element.js';
import { bulkInviteBannerStyles } from './bulk-invite-banner.styles.js';

/** The calls this element makes; a partner's adapter (or a test) implements only these. */
export type BulkInviteBannerApi = Pick<SuiteApi, 'previewBulkInvitation' | 'sendBulkInvitation' | 'updateUser'>;

/**
 * A send to a whole client is answered in one response, after every chunk is
 * written: far longer than a read. Timing out early would only make the
 * client retry into a request still running.
 */
const BULK_SEND_TIMEOUT_MS = 120_000;

/** Results shown per page: a send to a whole client can report thousands. */
const RESULTS_PAGE = 50;

/** One click's send: its key is reused only to repeat that same send after an unknown outcome. */
interface Attempt {
  key: string;
  selection: BulkSelection;
  /** Sending again only the failures of an earlier send: its results replace theirs. */
  retryOfFailures: boolean;
}

interface RowState {
  draft: string;
  error?: string;
  saving?: boolean;
}

const REASON_CODES = ['no_email', 'seat_limit', 'already_active', 'invalid_status', 'not_found', 'rate_limited'] as const;
type ReasonCode = (typeof REASON_CODES)[number];
const OUTCOME_ORDER: Record<InvitationResult['outcome'], number> = { failed: 0, skipped: 1, sent: 2 };

const fullName = (user: Pick<UserSummary, 'firstName' | 'lastName'>) => `${user.firstName} ${user.lastName}`;

/** Merges a retry's results into the earlier ones: the retried users' lines are replaced, counts recomputed. */
function merge(earlier: BulkInvitationResult, retry: BulkInvitationResult): BulkInvitationResult {
  const byUser = new Map(earlier.results.map((result) => [result.userId, result]));
  for (const result of retry.results) byUser.set(result.userId, result);
  const results = [...byUser.values()];
  const count = (outcome: InvitationResult['outcome']) => results.filter((result) => result.outcome === outcome).length;
  return { sent: count('sent'), skipped: count('skipped'), failed: count('failed'), results };
}

/**
 * Before a bulk invitation: how many emails will go out and who cannot be
 * invited for lack of an email (each can be given one here). Then sends, with
 * a progress indicator and per-user results, and retries only the failures.
 * One Idempotency-Key per click: a retry of that click never sends twice.
 *
 * @tagname suite-bulk-invite-banner
 * @summary Preview, send and retry a bulk invitation; users without email are listed and fixable inline.
 *
 * @fires {SuiteInvitationsSentEvent} suite-invitations-sent - A send (or a retry of the failures) finished; `result` has that send's per-user results.
 * @fires {SuiteUserChangedEvent} suite-user-changed - A user was given an email from the banner.
 * @fires {SuiteRequestCloseEvent} suite-request-close - The admin dismissed the banner. Cancelable: the banner stays when the host cancels it.
 * @fires {SuiteErrorEvent} suite-error - Counting, saving an email or sending failed (the banner shows it too).
 *
 * @csspart base - The banner (a labelled region).
 * @csspart header - The title and the dismiss button.
 * @csspart dismiss-button - The × button.
 * @csspart live - The polite live region that announces progress and results (visually hidden).
 * @csspart summary - "N invitations will be sent; M users have no email…".
 * @csspart no-email-list - The scrollable list of users without an email.
 * @csspart no-email-row - One user without an email, with their email field.
 * @csspart field-error - A row's error.
 * @csspart send-button - Send the invitations.
 * @csspart progress - The progress bar while sending.
 * @csspart results - The per-user results table.
 * @csspart retry-failed-button - Send again to the failures only.
 * @csspart error - A failure of the whole request, with Retry when the outcome is unknown.
 *
 * @cssproperty --suite-bulk-invite-banner-list-height - Maximum height of the scrollable lists. Default `16rem`.
 * @cssproperty --suite-bulk-invite-banner-accent - Colour of the banner's leading edge. Default `--suite-color-primary`.
 */
export class SuiteBulkInviteBanner extends SuiteElement {
  static override styles = bulkInviteBannerStyles;

  protected readonly localize = new LocalizeController(this, bulkInviteBannerMessages);

  /** The client (tenant) whose users are invited. */
  @property({ attribute: 'client-id' }) clientId?: string;

  /** Who to invite: explicit ids or every user matching a filter. `null` shows nothing. */
  @property({ attribute: false }) selection: BulkSelection | null = null;

  /** A backend client set directly; wins over the one provided by `apiContext`. */
  @property({ attribute: false }) api?: BulkInviteBannerApi;

  @consume({ context: apiContext, subscribe: true })
  @state()
  protected providedApi?: BulkInviteBannerApi;

  @state() private dismissed = false;
  @state() private rows = new Map<string, RowState>();
  @state() private sending: Attempt | null = null;
  @state() private sendError?: { message: string; canRetry: boolean };
  @state() private result: BulkInvitationResult | null = null;
  @state() private resultsShown = RESULTS_PAGE;
  /** What the polite live region says; set on purpose so each change is announced once. */
  @state() private announcement = '';
  /** Bumped to count again after an email was given. */
  @state() private recount = 0;

  /** The last send that did not finish in a known way: Retry repeats it with its key. */
  private unfinished: Attempt | null = null;

  private readonly previewTask = new Task(this, {
    args: () => [this.api ?? this.providedApi, this.clientId, this.selection, this.recount] as const,
    task: async ([api, clientId, selection], { signal }): Promise<BulkInvitationPreview | typeof initialState> => {
      if (!api || !clientId || !selection) return initialState;
      try {
        const preview = await api.previewBulkInvitation(clientId, selection, { signal });
        this.announcement = this.summaryText(preview);
        return preview;
      } catch (error) {
        if (!signal.aborted && !isAbortError(error)) this.reportError(error);
        throw error;
      }
    },
  });

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    // A new selection is a new banner: nothing of the previous one carries over.
    if (changed.has('selection') || changed.has('clientId')) {
      this.dismissed = false;
      this.sending = null;
      this.rows = new Map();
      this.sendError = undefined;
      this.result = null;
      this.resultsShown = RESULTS_PAGE;
      this.unfinished = null;
      this.announcement = '';
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    if (this.previewTask.status === TaskStatus.PENDING) this.previewTask.abort();
  }

  // ------------------------------------------------------------------ render

  override render(): TemplateResult | typeof nothing {
    if (!this.selection || this.dismissed) return nothing;
    const term = this.localize.term.bind(this.localize);
    return html`
      <section part="base" class="base" role="region" aria-labelledby="title" lang=${this.localize.locale}>
        <!-- Not a <header>: at the top of a shadow root it is one more banner landmark beside the portal\'s own. -->
        <div part="header" class="header">
          <h2 id="title">${term('bulkInvite.title')}</h2>
          <button part="dismiss-button" class="dismiss" type="button" aria-label=${term('bulkInvite.dismiss')} @click=${this.dismiss}>
            <span aria-hidden="true">×</span>
          </button>
        </div>
        <!-- Heard, not seen: everything it says is also on screen (summary, button, results). -->
        <p part="live" class="visually-hidden" role="status" aria-live="polite">${this.announcement}</p>
        ${this.result ? this.renderResults(this.result) : this.renderPreview()} ${this.renderSendError()}
      </section>
    `;
  }

  private renderPreview(): unknown {
    const term = this.localize.term.bind(this.localize);
    return this.previewTask.render({
      pending: () =>
        this.previewTask.value
          ? this.renderPreviewBody(this.previewTask.value as BulkInvitationPreview, true)
          : html`<p class="message">${term('bulkInvite.loading')}</p>`,
      complete: (preview) => this.renderPreviewBody(preview, false),
      error: (error) =>
        isAbortError(error)
          ? nothing
          : html`<div part="error" class="error" role="alert">
              <p>${this.describeError(error, 'bulkInvite.error.preview')}</p>
              <button type="button" class="secondary" @click=${() => void this.previewTask.run()}>${term('error.retry')}</button>
            </div>`,
    });
  }

  private summaryText(preview: BulkInvitationPreview): string {
    return this.localize.term('bulkInvite.summary', { toInvite: preview.toInvite, withoutEmail: preview.withoutEmail.total });
  }

  /** `stale`: a recount is running; the previous figures stay on screen but cannot be sent. */
  private renderPreviewBody(preview: BulkInvitationPreview, stale: boolean): TemplateResult {
    const term = this.localize.term.bind(this.localize);
    const busy = stale || this.sending !== null;
    return html`
      <p part="summary" class="summary">${this.summaryText(preview)}</p>
      ${preview.skipped > 0 ? html`<p class="message">${term('bulkInvite.skipped', { count: preview.skipped })}</p>` : nothing}
      ${preview.seatShortfalls.map(
        (shortfall) =>
          html`<p class="warning">
            ${term('bulkInvite.shortfall', { pool: shortfall.poolName, needed: shortfall.needed, remaining: shortfall.remaining })}
          </p>`,
      )}
      ${preview.withoutEmail.items.length > 0 ? this.renderWithoutEmail(preview) : nothing}
      <div class="actions">
        ${preview.toInvite > 0
          ? html`<button
              part="send-button"
              type="button"
              aria-disabled=${busy ? 'true' : 'false'}
              @click=${() => this.sendClicked(preview)}
            >
              ${this.sending ? term('bulkInvite.sending', { count: preview.toInvite }) : term('bulkInvite.send', { count: preview.toInvite })}
            </button>`
          : html`<p class="message">${term('bulkInvite.nothingToSend')}</p>`}
        ${this.renderProgress()}
      </div>
    `;
  }

  private renderProgress(): TemplateResult | typeof nothing {
    // The server answers a bulk send in one response: the bar is indeterminate, honestly.
    return this.sending ? html`<progress part="progress" aria-label=${this.localize.term('bulkInvite.progress')}></progress>` : nothing;
  }

  private renderWithoutEmail(preview: BulkInvitationPreview): TemplateResult {
    const term = this.localize.term.bind(this.localize);
    const { items, total } = preview.withoutEmail;
    return html`
      <h3 id="no-email-title">${term('bulkInvite.noEmail.title')}</h3>
      <p class="message">
        ${term('bulkInvite.noEmail.hint')}
        ${items.length < total ? term('bulkInvite.noEmail.partial', { shown: items.length, total }) : nothing}
      </p>
      <ul part="no-email-list" class="list" aria-labelledby="no-email-title">
        ${repeat(
          items,
          (user) => user.id,
          (user, index) => this.renderWithoutEmailRow(user, index),
        )}
      </ul>
    `;
  }

  private renderWithoutEmailRow(user: UserSummary, index: number): TemplateResult {
    const term = this.localize.term.bind(this.localize);
    const row = this.rows.get(user.id) ?? { draft: '' };
    const name = fullName(user);
    const inputId = `email-${index}`;
    const errorId = `email-${index}-error`;
    return html`
      <li part="no-email-row" class="row" data-user-id=${user.id}>
        <span class="who"><span class="name">${name}</span> <span class="login">${user.login}</span></span>
        <form class="inline" novalidate @submit=${(event: SubmitEvent) => this.saveEmail(event, user)}>
          <label class="visually-hidden" for=${inputId}>${term('bulkInvite.noEmail.label', { name })}</label>
          <input
            id=${inputId}
            type="email"
            autocomplete="off"
            spellcheck="false"
            maxlength="254"
            aria-invalid=${row.error ? 'true' : 'false'}
            aria-describedby=${row.error ? errorId : nothing}
            .value=${row.draft}
            @input=${(event: Event) => this.setRow(user.id, { draft: (event.target as HTMLInputElement).value, error: undefined })}
          />
          <button type="submit" class="secondary" aria-label=${term('bulkInvite.noEmail.saveFor', { name })} aria-disabled=${row.saving ? 'true' : 'false'}>
            ${term(row.saving ? 'bulkInvite.noEmail.saving' : 'bulkInvite.noEmail.save')}
          </button>
        </form>
        ${row.error ? html`<p part="field-error" class="field-error" id=${errorId}>${row.error}</p>` : nothing}
      </li>
    `;
  }

  private renderResults(result: BulkInvitationResult): TemplateResult {
    const term = this.localize.term.bind(this.localize);
    const ordered = [...result.results].sort((a, b) => OUTCOME_ORDER[a.outcome] - OUTCOME_ORDER[b.outcome]);
    const shown = ordered.slice(0, this.resultsShown);
    const failed = result.results.filter((r) => r.outcome === 'failed').length;
    return html`
      <p part="summary" class="summary">${term('bulkInvite.done', { sent: result.sent, skipped: result.skipped, failed: result.failed })}</p>
      <!-- Focusable so that keyboard users can scroll a long list of results. -->
      <div class="scroller" part="results" tabindex="0" role="region" aria-labelledby="results-caption">
        <table>
          <caption id="results-caption">
            ${term('bulkInvite.results.caption')}
          </caption>
          <thead>
            <tr>
              <th scope="col">${term('bulkInvite.results.user')}</th>
              <th scope="col">${term('bulkInvite.results.outcome')}</th>
              <th scope="col">${term('bulkInvite.results.reason')}</th>
            </tr>
          </thead>
          <tbody>
            ${repeat(
              shown,
              (r) => r.userId,
              (r) => html`<tr data-outcome=${r.outcome} data-user-id=${r.userId}>
                <th scope="row">${this.userLabel(r.userId)}</th>
                <td class=${`outcome ${r.outcome}`}>${term(`bulkInvite.outcome.${r.outcome}`)}</td>
                <td>${this.reason(r)}</td>
              </tr>`,
            )}
          </tbody>
        </table>
      </div>
      <div class="actions">
        ${ordered.length > shown.length
          ? html`<button type="button" class="secondary" @click=${() => (this.resultsShown += RESULTS_PAGE)}>
              ${term('bulkInvite.results.more', { count: Math.min(RESULTS_PAGE, ordered.length - shown.length) })}
            </button>`
          : nothing}
        ${failed > 0
          ? html`<button
              part="retry-failed-button"
              type="button"
              aria-disabled=${this.sending ? 'true' : 'false'}
              @click=${() => this.retryFailedClicked(result)}
            >
              ${this.sending ? term('bulkInvite.sending', { count: failed }) : term('bulkInvite.retryFailed', { count: failed })}
            </button>`
          : nothing}
        ${this.renderProgress()}
      </div>
    `;
  }

  /**
   * Results name users by id only (the contract's InvitationResult); the
   * names the banner learnt from the preview are used where it has them.
   */
  private userLabel(userId: string): string {
    const preview = this.previewTask.value as BulkInvitationPreview | undefined;
    const known = preview?.withoutEmail.items.find((user) => user.id === userId);
    return known ? fullName(known) : userId;
  }

  private reason(result: InvitationResult): string {
    if (!result.code) return '';
    if ((REASON_CODES as readonly string[]).includes(result.code)) return this.localize.term(`bulkInvite.reason.${result.code as ReasonCode}`);
    return result.message ?? result.code;
  }

  private renderSendError(): TemplateResult | typeof nothing {
    const error = this.sendError;
    if (!error) return nothing;
    return html`<div part="error" class="error" role="alert">
      <p>${error.message}</p>
      ${error.canRetry
        ? html`<button type="button" class="secondary" @click=${this.retryUnfinished}>${this.localize.term('bulkInvite.retry')}</button>`
        : nothing}
    </div>`;
  }

  // ------------------------------------------------------------------ emails

  private setRow(userId: string, change: Partial<RowState>): void {
    const rows = new Map(this.rows);
    rows.set(userId, { ...(rows.get(userId) ?? { draft: '' }), ...change });
    this.rows = rows;
  }

  private async saveEmail(event: SubmitEvent, user: UserSummary): Promise<void> {
    event.preventDefault();
    const term = this.localize.term.bind(this.localize);
    const api = this.api ?? this.providedApi;
    const row = this.rows.get(user.id) ?? { draft: '' };
    if (!api || !this.clientId || row.saving) return;
    const email = row.draft.trim();
    if (email === '') return this.rowFailed(user, term('bulkInvite.error.emailRequired'));
    if (!UserUpdate.safeParse({ email }).success) return this.rowFailed(user, term('bulkInvite.error.emailInvalid'));
    this.setRow(user.id, { saving: true, error: undefined });
    try {
      const updated = await api.updateUser(this.clientId, user.id, { email });
      const rows = new Map(this.rows);
      rows.delete(user.id);
      this.rows = rows;
      this.dispatchEvent(new SuiteUserChangedEvent({ user: updated }));
      this.announcement = term('bulkInvite.noEmail.saved', { name: fullName(user) });
      this.recount += 1;
    } catch (error) {
      if (isAbortError(error)) return;
      this.reportError(error);
      const taken = error instanceof ProblemError && (error.code === 'email_taken' || error.fieldErrors.some((f) => f.code === 'email_taken'));
      const invalid = error instanceof ProblemError && error.fieldErrors.some((f) => f.path === 'email' && f.code !== 'email_taken');
      this.rowFailed(
        user,
        taken ? term('bulkInvite.error.emailTaken') : invalid ? term('bulkInvite.error.emailInvalid') : this.describeError(error, 'bulkInvite.error.saveEmail'),
      );
    }
  }

  /** Keeps what was typed, says what is wrong next to it, and puts the caret back there. */
  private async rowFailed(user: UserSummary, message: string): Promise<void> {
    this.setRow(user.id, { saving: false, error: message });
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLInputElement>(`li[data-user-id="${CSS.escape(user.id)}"] input`)?.focus();
  }

  // ------------------------------------------------------------------ sending

  private sendClicked(preview: BulkInvitationPreview): void {
    if (this.sending || this.previewTask.status !== TaskStatus.COMPLETE || preview.toInvite === 0 || !this.selection) return;
    void this.send({ key: crypto.randomUUID(), selection: this.selection, retryOfFailures: false });
  }

  private retryFailedClicked(result: BulkInvitationResult): void {
    if (this.sending) return;
    const userIds = result.results.filter((r) => r.outcome === 'failed').map((r) => r.userId);
    if (userIds.length === 0) return;
    // A new click, so a new key: the earlier key belongs to the send that failed them.
    void this.send({ key: crypto.randomUUID(), selection: { userIds }, retryOfFailures: true });
  }

  private readonly retryUnfinished = (): void => {
    if (this.sending || !this.unfinished) return;
    void this.send(this.unfinished);
  };

  private async send(attempt: Attempt): Promise<void> {
    const api = this.api ?? this.providedApi;
    if (!api || !this.clientId) return;
    const term = this.localize.term.bind(this.localize);
    const selection = this.selection;
    const count = attempt.retryOfFailures && 'userIds' in attempt.selection ? attempt.selection.userIds.length : this.previewCount();
    this.sending = attempt;
    this.sendError = undefined;
    this.unfinished = null;
    this.announcement = term('bulkInvite.sending', { count });
    try {
      const result = await api.sendBulkInvitation(this.clientId, attempt.selection, { idempotencyKey: attempt.key, timeoutMs: BULK_SEND_TIMEOUT_MS });
      this.dispatchEvent(new SuiteInvitationsSentEvent({ result }));
      // The host moved on to another selection meanwhile: the emails left, but this banner is about other users now.
      if (this.selection !== selection) return;
      this.result = attempt.retryOfFailures && this.result ? merge(this.result, result) : result;
      this.resultsShown = RESULTS_PAGE;
      this.announcement = term('bulkInvite.done', { sent: this.result.sent, skipped: this.result.skipped, failed: this.result.failed });
    } catch (error) {
      if (this.selection !== selection || isAbortError(error)) return;
      this.reportError(error);
      const canRetry = isOutcomeUnknown(error);
      if (canRetry) this.unfinished = attempt;
      const message = canRetry
        ? [this.describeError(error, 'bulkInvite.error.send'), term('bulkInvite.error.unknownOutcome')].join(' ')
        : error instanceof ProblemError && error.code === 'forbidden'
          ? term('bulkInvite.error.forbidden')
          : this.describeError(error, 'bulkInvite.error.send');
      this.sendError = { message, canRetry };
      this.announcement = '';
    } finally {
      if (this.sending === attempt) this.sending = null;
    }
  }

  private previewCount(): number {
    const preview = this.previewTask.value as BulkInvitationPreview | undefined;
    return preview?.toInvite ?? 0;
  }

  private dismiss(): void {
    if (!this.dispatchEvent(new SuiteRequestCloseEvent({ source: 'close-button' }))) return;
    this.dismissed = true;
  }

  private describeError(error: unknown, fallback: 'bulkInvite.error.preview' | 'bulkInvite.error.send' | 'bulkInvite.error.saveEmail'): string {
    return this.localize.describeError(error, this.localize.term(fallback));
  }

  private reportError(error: unknown): void {
    this.dispatchEvent(new SuiteErrorEvent(error instanceof Error ? error : new Error(String(error))));
  }
}
