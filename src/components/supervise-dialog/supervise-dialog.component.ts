import { consume } from '@lit/context';
import { html, nothing, type TemplateResult } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { isOutcomeUnknown, isSuiteApiError, ProblemError } from '../../api/errors.js';
import { SUPERVISION_MAX_MINUTES, SUPERVISION_REFUSALS, SupervisionStart } from '../../api/schemas/supervision.js';
import type { SupervisionRefusal } from '../../api/schemas/supervision.js';
import type { User } from '../../api/schemas/user.js';
import type { SuiteApi } from '../../api/suite-api.js';
import { apiContext } from '../../context/api-context.js';
import { LocalizeController } from '../../controllers/localize-controller.js';
import { ModalDialogController } from '../../controllers/modal-dialog-controller.js';
import { SuiteErrorEvent } from '../../events/suite-error-event.js';
import { SuiteSupervisionStartedEvent } from '../../events/suite-supervision-started-event.js';
import { superviseDialogMessages } from '../../i18n/supervise-dialog.js';
import { SuiteElement } from '../suite-element.js';
import { superviseDialogStyles } from './supervise-dialog.styles.js';

/** The calls this element makes; a partner's adapter (or a test) implements only these. */
export type SuperviseDialogApi = Pick<SuiteApi, 'startSupervision' | 'endSupervision'>;

/** The contract's limit on a reason (`SupervisionStart`), shown as a counter. */
const REASON_MAX = 500;

const isRefusal = (value: unknown): value is SupervisionRefusal => SUPERVISION_REFUSALS.includes(value as SupervisionRefusal);

/**
 * Asks for the reason before a supervision starts (DOMAIN.md "Supervision"),
 * says that the session lasts at most 30 minutes, is recorded, and leaves the
 * sensitive actions out, then starts it. The server's refusals (the admin's own
 * account, another administrator, a banned, closed or not yet active account,
 * out of scope, a session already open) are said in words, next to the reason,
 * which stays as typed.
 *
 * A native modal dialog: focus goes to the reason, Escape closes it, and focus
 * returns to whatever opened it.
 *
 * @tagname suite-supervise-dialog
 * @summary The reason for a supervision, and the server's answer in words.
 *
 * @fires {SuiteSupervisionStartedEvent} suite-supervision-started - The session started; carries it (with its token, the only time the server sends it) and the user. The dialog closes.
 * @fires {SuiteErrorEvent} suite-error - The start failed for another reason than a refusal (the dialog shows it too).
 *
 * @csspart dialog - The native `<dialog>`.
 * @csspart base - The content of the dialog.
 * @csspart rules - What a supervision allows and records.
 * @csspart reason - The reason's text area.
 * @csspart field-error - The message under the reason when it needs fixing.
 * @csspart error - The server's refusal or failure.
 * @csspart footer - The row of action buttons.
 * @csspart start-button - Start supervising.
 *
 * @cssproperty --suite-supervise-dialog-width - Inline size of the dialog. Default `min(34rem, 100vw - 2rem)`.
 */
export class SuiteSuperviseDialog extends SuiteElement {
  static override styles = superviseDialogStyles;

  protected readonly localize = new LocalizeController(this, superviseDialogMessages);

  /** The client (tenant) the user belongs to. */
  @property({ attribute: 'client-id' }) clientId?: string;

  /** A backend client set directly; wins over the one provided by `apiContext`. */
  @property({ attribute: false }) api?: SuperviseDialogApi;

  @consume({ context: apiContext, subscribe: true })
  @state()
  protected providedApi?: SuperviseDialogApi;

  @state() private user?: User;
  @state() private reason = '';
  @state() private reasonError?: string;
  @state() private requestError?: string;
  @state() private starting = false;
  /** The admin's own session still open elsewhere (a closed tab), which the admin may end from here. */
  @state() private openSessionId?: string;

  @query('dialog') private dialog!: HTMLDialogElement;
  @query('textarea') private reasonField?: HTMLTextAreaElement;


  private readonly modal = new ModalDialogController(this, () => this.dialog);

  /** Whether the dialog is open. */
  get open(): boolean {
    return this.modal.isOpen;
  }

  /** Opens the dialog for `user`, with an empty reason. */
  async show(user: User): Promise<void> {
    if (user.id !== this.user?.id) this.reason = '';
    this.user = user;
    this.reasonError = undefined;
    this.requestError = undefined;
    this.openSessionId = undefined;
    this.starting = false;
    await this.modal.open();
  }

  /** Closes the dialog (like Escape or Cancel); focus goes back to the opener. */
  close(): void {
    this.modal.close();
  }

  override render(): TemplateResult {
    const term = this.localize.term.bind(this.localize);
    const user = this.user;
    const name = user ? `${user.firstName} ${user.lastName}` : '';
    return html`
      <dialog part="dialog" aria-labelledby="title" aria-describedby="intro" @close=${this.modal.onClose}>
        <div part="base" class="base" lang=${this.localize.locale}>
          <h2 id="title">${user ? term('superviseDialog.title', { name }) : ''}</h2>
          ${this.modal.isOpen && user ? this.renderBody(name) : nothing}
        </div>
      </dialog>
    `;
  }

  private renderBody(name: string): TemplateResult {
    const term = this.localize.term.bind(this.localize);
    const invalid = this.reasonError !== undefined;
    return html`
      <div id="intro" class="intro">
        <p>${term('superviseDialog.intro', { name })}</p>
        <p part="rules" class="rules">${term('superviseDialog.rules', { minutes: SUPERVISION_MAX_MINUTES })}</p>
      </div>
      <form novalidate @submit=${this.onSubmit}>
        <div class="field">
          <label for="reason">${term('superviseDialog.reason')}</label>
          <p id="reason-hint" class="hint">${term('superviseDialog.reasonHint')}</p>
          <textarea
            part="reason"
            id="reason"
            name="reason"
            rows="3"
            required
            autofocus
            maxlength=${REASON_MAX}
            aria-invalid=${invalid ? 'true' : 'false'}
            aria-describedby=${invalid ? 'reason-hint reason-error' : 'reason-hint'}
            .value=${this.reason}
            @input=${this.onInput}
          ></textarea>
          <p class="count" aria-hidden="true">${term('superviseDialog.reasonCount', { count: this.reason.length, max: REASON_MAX })}</p>
          ${invalid ? html`<p part="field-error" class="field-error" id="reason-error">${this.reasonError}</p>` : nothing}
        </div>
        ${this.requestError
          ? html`<div part="error" class="error" role="alert">
              <p>${this.requestError}</p>
              ${this.openSessionId
                ? html`<button type="button" class="secondary" @click=${this.endOpenSessionAndStart}>${term('superviseDialog.endOpenSession')}</button>`
                : nothing}
            </div>`
          : nothing}
        <div part="footer" class="footer">
          <button type="button" class="secondary" @click=${this.close}>${term('superviseDialog.cancel')}</button>
          <!-- aria-disabled rather than disabled: the focused button keeps focus while the request runs. -->
          <button part="start-button" type="submit" aria-disabled=${this.starting ? 'true' : 'false'}>
            ${term(this.starting ? 'superviseDialog.starting' : 'superviseDialog.start')}
          </button>
        </div>
      </form>
    `;
  }

  private onInput(event: Event): void {
    this.reason = (event.target as HTMLTextAreaElement).value;
    // The message goes once the reason is acceptable, not at the first keystroke of a fix.
    if (this.reasonError && this.reasonProblem() === undefined) this.reasonError = undefined;
  }

  /** What the contract's schema says of the reason, in words; `undefined` when it is acceptable. */
  private reasonProblem(): string | undefined {
    if (SupervisionStart.safeParse({ reason: this.reason }).success) return undefined;
    return this.reason.trim().length === 0
      ? this.localize.term('superviseDialog.error.reasonRequired')
      : this.localize.term('superviseDialog.error.reasonTooLong', { max: REASON_MAX });
  }

  private onSubmit(event: Event): void {
    event.preventDefault();
    void this.start();
  }

  /** Ends the admin's session left open elsewhere (its token is gone with that tab), then starts this one. */
  private async endOpenSessionAndStart(): Promise<void> {
    const api = this.api ?? this.providedApi;
    const sessionId = this.openSessionId;
    if (!api || !sessionId || this.starting) return;
    this.starting = true;
    try {
      await api.endSupervision(sessionId);
    } catch (error) {
      this.starting = false;
      this.requestError = this.describeFailure(error);
      return;
    }
    this.starting = false;
    this.openSessionId = undefined;
    await this.start();
  }

  private async start(): Promise<void> {
    const user = this.user;
    const api = this.api ?? this.providedApi;
    // One click, one session: a second press while the first is under way does nothing.
    if (!user || !api || !this.clientId || this.starting) return;
    this.reasonError = this.reasonProblem();
    this.requestError = undefined;
    this.openSessionId = undefined;
    if (this.reasonError) {
      this.reasonField?.focus();
      return;
    }
    this.starting = true;
    try {
      const session = await api.startSupervision(this.clientId, user.id, { reason: this.reason.trim() });
      this.starting = false;
      this.dispatchEvent(new SuiteSupervisionStartedEvent({ session, user }));
      this.close();
    } catch (error) {
      this.starting = false;
      this.requestError = this.describeFailure(error);
      if (error instanceof ProblemError && error.problem.refusal === 'already_supervising') this.openSessionId = error.problem.openSessionId;
      if (!(error instanceof ProblemError && error.code === 'supervision_refused')) {
        this.dispatchEvent(new SuiteErrorEvent(error instanceof Error ? error : new Error(String(error))));
      }
    }
  }

  private describeFailure(error: unknown): string {
    const term = this.localize.term.bind(this.localize);
    if (error instanceof ProblemError) {
      const refusal = error.problem.refusal;
      if (error.code === 'supervision_refused' && isRefusal(refusal)) return term(`superviseDialog.refusal.${refusal}`);
      if (error.code === 'forbidden') return term('superviseDialog.error.forbidden');
      if (error.code === 'not_found') return term('superviseDialog.error.notFound');
      // A refusal from a backend without `refusal`: its own words are better than none.
      if (error.code === 'supervision_refused') return error.problem.detail ?? term('superviseDialog.error.failed');
    }
    if (isSuiteApiError(error) && isOutcomeUnknown(error) && error.kind !== 'rate-limited') return term('superviseDialog.error.unknownOutcome');
    return this.localize.describeError(error, term('superviseDialog.error.failed'));
  }
}
