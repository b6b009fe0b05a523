import { consume } from '@lit/context';
import { initialState, Task, TaskStatus } from '@lit/task';
import { html, nothing, type TemplateResult } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import { isAbortError, isOutcomeUnknown, isSuiteApiError, ProblemError } from '../../api/errors.js';
import { InvitationRequest } from '../../api/schemas/invitation.js';
import type { InvitationSent } from '../../api/schemas/invitation.js';
import type { LicencePool } from '../../api/schemas/licence-pool.js';
import type { Me } from '../../api/schemas/me.js';
import type { Agency } from '../../api/schemas/tenancy.js';
import { MAIL_LANGUAGES, USER_ROLES } from '../../api/schemas/user.js';
import type { MailLanguage, User, UserRole, UserUpdate } from '../../api/schemas/user.js';
import type { SuiteApi } from '../../api/suite-api.js';
import { adminContext } from '../../context/admin-context.js';
import { apiContext } from '../../context/api-context.js';
import { LocalizeController } from '../../controllers/localize-controller.js';
import { ModalDialogController } from '../../controllers/modal-dialog-controller.js';
import { SuiteErrorEvent } from '../../events/suite-error-event.js';
import { SuiteInviteSentEvent } from '../../events/suite-invite-sent-event.js';
import { SuiteUserChangedEvent } from '../../events/suite-user-changed-event.js';
import { inviteDialogMessages } from '../../i18n/invite-dialog.js';
import { SuiteElement } from '../suite-element.js';
import { inviteDialogStyles } from './invite-dialog.styles.js';

/** The calls this element makes; a partner's adapter (or a test) implements only these. */
export type InviteDialogApi = Pick<SuiteApi, 'inviteUser' | 'listAgencies' | 'listLicencePools' | 'updateUser'>;

type Field = 'email' | 'role' | 'agencyIds' | 'licencePoolIds' | 'mailLanguage';
const FIELDS: readonly Field[] = ['email', 'role', 'agencyIds', 'licencePoolIds', 'mailLanguage'];
type FieldErrors = Partial<Record<Field, string>>;

interface Draft {
  /** `account`: the address already on the user; `other`: the one typed in `otherEmail`. */
  emailChoice: 'account' | 'other';
  otherEmail: string;
  role: UserRole;
  agencyIds: string[];
  licencePoolIds: string[];
  mailLanguage: MailLanguage;
}

interface Choices {
  agencies: Agency[];
  pools: LicencePool[];
}

/** One click's request: its key is reused only to repeat that same request after an unknown outcome. */
interface Attempt {
  key: string;
  body: string;
}

const INVITABLE_STATUSES: readonly User['status'][] = ['pending', 'invited'];
/** Roles only a super administrator (or the partner) may hand out; the server refuses them to others on update. */
const TOP_ROLES: readonly UserRole[] = ['super_admin'];
const ADMIN_ROLES: readonly UserRole[] = ['super_admin', 'admin'];

/**
 * An active account is not invited again (DOMAIN.md, admin invitation): it
 * simply gains the administrator space, which is a role change (UserUpdate).
 */
const gainsAdminSpace = (user: User) => user.status === 'active' && !ADMIN_ROLES.includes(user.role);

const sameMembers = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((id) => b.includes(id));

/**
 * Sends or resends one user's invitation: the address on the account in one
 * click or another one, role, agencies within the admin's scope, licence pools
 * (a full pool is disabled and says why) and the language of the email.
 * A native modal dialog: focus moves into it, Escape closes it, focus returns
 * to whatever opened it.
 *
 * @tagname suite-invite-dialog
 * @summary Invite (or re-invite) one user, with field-level errors and no duplicate email.
 *
 * @fires {SuiteInviteSentEvent} suite-invite-sent - The invitation left; carries the user as the server now has them and `sentAt`.
 * @fires {SuiteUserChangedEvent} suite-user-changed - An active user was given administrator access (a role change, no email).
 * @fires {SuiteErrorEvent} suite-error - Loading the choices or sending failed (the dialog shows the failure too).
 *
 * @csspart dialog - The native `<dialog>`.
 * @csspart base - The content of the dialog.
 * @csspart header - The title bar with the close button.
 * @csspart close-button - The × button.
 * @csspart status - The user's invitation status ("Invited on 12/03/2026"), a polite live region.
 * @csspart form - The invitation form.
 * @csspart field - Each field or group of fields.
 * @csspart field-error - The message under a field that needs fixing.
 * @csspart error - The message about the whole request, with Retry when the outcome is unknown.
 * @csspart footer - The row of action buttons.
 * @csspart send-button - Send / Resend.
 *
 * @cssproperty --suite-invite-dialog-width - Inline size of the dialog. Default `min(36rem, 100vw - 2rem)`.
 * @cssproperty --suite-invite-dialog-padding - Padding of the dialog content. Default `--suite-space-l`.
 */
export class SuiteInviteDialog extends SuiteElement {
  static override styles = inviteDialogStyles;

  protected readonly localize = new LocalizeController(this, inviteDialogMessages);

  /** The client (tenant) the user belongs to. */
  @property({ attribute: 'client-id' }) clientId?: string;

  /** A backend client set directly; wins over the one provided by `apiContext`. */
  @property({ attribute: false }) api?: InviteDialogApi;

  @consume({ context: apiContext, subscribe: true })
  @state()
  protected providedApi?: InviteDialogApi;

  /** The signed-in admin: decides which roles may be handed out. */
  @consume({ context: adminContext, subscribe: true })
  @state()
  protected admin?: Me;

  @state() private user?: User;
  @state() private draft?: Draft;
  @state() private fieldErrors: FieldErrors = {};
  @state() private requestError?: { message: string; canRetry: boolean };
  @state() private sending = false;
  @state() private sent?: InvitationSent;
  /** An active user was just given administrator access. */
  @state() private granted = false;
  /** Bumped by each `show()`, so the seats are read afresh every time the dialog opens. */
  @state() private opening = 0;

  @query('dialog') private dialog!: HTMLDialogElement;

  private attempt: Attempt | null = null;

  private readonly choicesTask = new Task(this, {
    args: () => [this.api ?? this.providedApi, this.clientId, this.opening] as const,
    task: async ([api, clientId, opening], { signal }): Promise<Choices | typeof initialState> => {
      if (!api || !clientId || opening === 0) return initialState;
      try {
        const [agencies, pools] = await Promise.all([api.listAgencies(clientId, { signal }), api.listLicencePools(clientId, { signal })]);
        return { agencies: agencies.items, pools: pools.items };
      } catch (error) {
        if (!signal.aborted && !isAbortError(error)) this.reportError(error);
        throw error;
      }
    },
  });

  private readonly modal = new ModalDialogController(
    this,
    () => this.dialog,
    () => this.choicesTask.abort(),
  );

  /** Whether the dialog is open. */
  get open(): boolean {
    return this.modal.isOpen;
  }

  /**
   * Opens the dialog for `user`, prefilled with what the account has. Focus
   * returns to the element that had it when the dialog closes.
   */
  async show(user: User): Promise<void> {
    this.user = user;
    this.draft = {
      emailChoice: user.email ? 'account' : 'other',
      otherEmail: '',
      role: gainsAdminSpace(user) ? 'admin' : user.role,
      agencyIds: [...user.agencyIds],
      licencePoolIds: [...user.licencePoolIds],
      mailLanguage: user.mailLanguage,
    };
    this.fieldErrors = {};
    this.requestError = undefined;
    this.sent = undefined;
    this.granted = false;
    this.sending = false;
    this.attempt = null;
    this.opening += 1;
    // Shown again while open (another user): focus still goes back to the first opener.
    await this.modal.open();
  }

  /** Closes the dialog (like Escape or the close button); focus goes back to the opener. */
  close(): void {
    this.modal.close();
  }

  // ------------------------------------------------------------------ render

  override render(): TemplateResult {
    const user = this.user;
    const name = user ? `${user.firstName} ${user.lastName}` : '';
    const resend = user?.status === 'invited' || this.sent !== undefined;
    const term = this.localize.term.bind(this.localize);
    const title = !user
      ? ''
      : (user.status === 'active' && this.mayGrantAdmin()) || this.granted
        ? term('inviteDialog.titleAdmin', { name })
        : term(resend ? 'inviteDialog.titleResend' : 'inviteDialog.title', { name });
    // The header is a div: a <header> outside sectioning content is one more banner landmark, next to the host's and the admin's.
    return html`
      <dialog part="dialog" aria-labelledby="title" @close=${this.modal.onClose}>
        <div part="base" class="base" lang=${this.localize.locale}>
          <div part="header" class="header">
            <h2 id="title">${title}</h2>
            <button part="close-button" class="close" type="button" aria-label=${term('inviteDialog.close')} @click=${this.close}>
              <span aria-hidden="true">×</span>
            </button>
          </div>
          <p part="status" class="status" role="status">${this.modal.isOpen && user ? this.statusText(user) : ''}</p>
          ${this.modal.isOpen && user && this.draft ? this.renderBody(user, this.draft) : nothing}
        </div>
      </dialog>
    `;
  }

  private statusText(user: User): string {
    const term = this.localize.term.bind(this.localize);
    if (this.granted) return term('inviteDialog.status.adminGranted', { name: `${user.firstName} ${user.lastName}` });
    if (this.sending) return term(user.status === 'active' ? 'inviteDialog.adminAccess.saving' : 'inviteDialog.sending');
    if (this.sent) {
      return term('inviteDialog.status.sent', { email: this.sent.invitation.email, date: this.localize.formatDay(this.sent.invitation.sentAt) });
    }
    if (user.status === 'invited' && user.invitedAt) return term('inviteDialog.status.invitedOn', { date: this.localize.formatDay(user.invitedAt) });
    if (user.status === 'pending') return term('inviteDialog.status.pending');
    return '';
  }

  /** Changing a role needs `users.write`; without an admin context the server alone decides. */
  private mayGrantAdmin(): boolean {
    return !this.admin || this.admin.permissions.includes('users.write');
  }

  private renderBody(user: User, draft: Draft): TemplateResult {
    const term = this.localize.term.bind(this.localize);
    if (gainsAdminSpace(user) && this.mayGrantAdmin()) return this.renderAdminAccess(user, draft);
    if (!INVITABLE_STATUSES.includes(user.status)) {
      const message =
        user.status === 'active'
          ? term('inviteDialog.status.active')
          : term('inviteDialog.status.blocked', { status: term(`inviteDialog.statusName.${user.status as 'inactive' | 'banned' | 'closed'}`) });
      return html`
        <p class="message">${message}</p>
        <div part="footer" class="footer">
          <button type="button" class="done" autofocus @click=${this.close}>${term('inviteDialog.close')}</button>
        </div>
      `;
    }
    const resend = user.status === 'invited' || this.sent !== undefined;
    return html`
      <form part="form" novalidate @submit=${this.onSubmit}>
        ${this.renderRequestError(this.send)} ${this.renderEmail(user, draft)} ${this.renderRole(user, draft)}
        ${this.choicesTask.render({
          // A reload (after seat_limit) keeps the fields on screen: the focus and the checked boxes stay where they are.
          pending: () =>
            this.choicesTask.value
              ? this.renderChoices(user, this.choicesTask.value as Choices, draft)
              : html`<p class="message">${term('inviteDialog.loading')}</p>`,
          complete: (choices) => this.renderChoices(user, choices, draft),
          error: (error) =>
            isAbortError(error)
              ? nothing
              : html`<div class="error" role="alert">
                  <p>${term('inviteDialog.error.loadChoices')}</p>
                  <button type="button" class="secondary" @click=${() => void this.choicesTask.run()}>${term('error.retry')}</button>
                </div>`,
        })}
        ${this.renderLanguage(draft)}
        <div part="footer" class="footer">
          <button type="button" class="secondary" @click=${this.close}>
            ${term(this.sent ? 'inviteDialog.done' : 'inviteDialog.cancel')}
          </button>
          <!-- aria-disabled rather than disabled: the focused button must keep focus while the request runs. -->
          <button part="send-button" type="submit" aria-disabled=${this.sending ? 'true' : 'false'}>
            ${term(this.sending ? 'inviteDialog.sending' : resend ? 'inviteDialog.resend' : 'inviteDialog.send')}
          </button>
        </div>
      </form>
    `;
  }

  /** `retry` repeats the request whose outcome is unknown. */
  private renderRequestError(retry: () => void): TemplateResult | typeof nothing {
    const term = this.localize.term.bind(this.localize);
    const errorCount = FIELDS.filter((field) => this.fieldErrors[field]).length;
    if (this.requestError) {
      return html`<div part="error" class="error" role="alert">
        <p>${this.requestError.message}</p>
        ${this.requestError.canRetry ? html`<button type="button" class="secondary" @click=${retry}>${term('inviteDialog.retry')}</button>` : nothing}
      </div>`;
    }
    return errorCount > 0 ? html`<p part="error" class="error" role="alert">${term('inviteDialog.error.fieldsToFix', { count: errorCount })}</p>` : nothing;
  }

  /** An active user keeps their account and gains the administrator space: role and agencies, no email. */
  private renderAdminAccess(user: User, draft: Draft): TemplateResult {
    const term = this.localize.term.bind(this.localize);
    return html`
      <form part="form" novalidate @submit=${this.onGrantAdmin}>
        <p class="hint">${term('inviteDialog.adminAccess.hint')}</p>
        ${this.renderRequestError(this.grantAdmin)} ${this.renderRole(user, draft)}
        ${this.choicesTask.render({
          pending: () =>
            this.choicesTask.value
              ? this.renderAgencies((this.choicesTask.value as Choices).agencies, draft)
              : html`<p class="message">${term('inviteDialog.loading')}</p>`,
          complete: (choices) => this.renderAgencies(choices.agencies, draft),
          error: (error) => (isAbortError(error) ? nothing : html`<p class="error" role="alert">${term('inviteDialog.error.loadChoices')}</p>`),
        })}
        <div part="footer" class="footer">
          <button type="button" class="secondary" @click=${this.close}>${term('inviteDialog.cancel')}</button>
          <button part="send-button" type="submit" aria-disabled=${this.sending ? 'true' : 'false'}>
            ${term(this.sending ? 'inviteDialog.adminAccess.saving' : 'inviteDialog.adminAccess.submit')}
          </button>
        </div>
      </form>
    `;
  }

  private renderChoices(user: User, choices: Choices, draft: Draft): TemplateResult {
    return html`${this.renderAgencies(choices.agencies, draft)} ${this.renderPools(user, choices.pools, draft)}`;
  }

  private renderFieldError(field: Field): TemplateResult | typeof nothing {
    const message = this.fieldErrors[field];
    return message ? html`<p part="field-error" class="field-error" id=${`${field}-error`}>${message}</p>` : nothing;
  }

  private describedBy(field: Field, ...others: string[]): string | typeof nothing {
    const ids = [...others, ...(this.fieldErrors[field] ? [`${field}-error`] : [])];
    return ids.length ? ids.join(' ') : nothing;
  }

  private renderEmail(user: User, draft: Draft): TemplateResult {
    const term = this.localize.term.bind(this.localize);
    const invalid = this.fieldErrors.email ? 'true' : 'false';
    const other = html`
      <label class="stacked" for="other-email">${term('inviteDialog.email.otherLabel')}</label>
      <input
        id="other-email"
        name="email"
        type="email"
        autocomplete="off"
        spellcheck="false"
        maxlength="254"
        ?autofocus=${!user.email}
        ?disabled=${draft.emailChoice !== 'other'}
        aria-invalid=${invalid}
        aria-describedby=${this.describedBy('email', ...(user.email ? [] : ['email-none']))}
        .value=${draft.otherEmail}
        @input=${(event: Event) => this.edit({ otherEmail: (event.target as HTMLInputElement).value }, 'email')}
      />
    `;
    if (!user.email) {
      return html`<div part="field" class="field">
        <p id="email-none" class="hint">${term('inviteDialog.email.none')}</p>
        ${other} ${this.renderFieldError('email')}
      </div>`;
    }
    return html`
      <fieldset part="field" class="field" aria-describedby=${this.describedBy('email')}>
        <legend>${term('inviteDialog.email.legend')}</legend>
        <label class="choice">
          <input
            type="radio"
            name="email-choice"
            value="account"
            ?autofocus=${draft.emailChoice === 'account'}
            .checked=${draft.emailChoice === 'account'}
            @change=${() => this.edit({ emailChoice: 'account' }, 'email')}
          />
          <span>${term('inviteDialog.email.account', { email: user.email })}</span>
        </label>
        <label class="choice">
          <input
            type="radio"
            name="email-choice"
            value="other"
            ?autofocus=${draft.emailChoice === 'other'}
            .checked=${draft.emailChoice === 'other'}
            @change=${this.chooseOtherEmail}
          />
          <span>${term('inviteDialog.email.other')}</span>
        </label>
        <div class="nested">${other}</div>
        ${this.renderFieldError('email')}
      </fieldset>
    `;
  }

  private async chooseOtherEmail(): Promise<void> {
    this.edit({ emailChoice: 'other' }, 'email');
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLInputElement>('#other-email')?.focus();
  }

  /** Roles offered: the user's own, and no more than the signed-in admin may grant. */
  private offeredRoles(user: User): UserRole[] {
    const mayGrantTop = this.admin?.role === 'super_admin' || this.admin?.role === 'partner_admin';
    const allowed = USER_ROLES.filter((role) => role === user.role || mayGrantTop || !TOP_ROLES.includes(role));
    return gainsAdminSpace(user) ? allowed.filter((role) => ADMIN_ROLES.includes(role)) : allowed;
  }

  private renderRole(user: User, draft: Draft): TemplateResult {
    const term = this.localize.term.bind(this.localize);
    const adminRole = draft.role === 'admin' || draft.role === 'super_admin';
    return html`
      <div part="field" class="field">
        <label class="stacked" for="role">${term('inviteDialog.role.label')}</label>
        <select
          id="role"
          name="role"
          aria-invalid=${this.fieldErrors.role ? 'true' : 'false'}
          aria-describedby=${this.describedBy('role', ...(adminRole ? ['role-hint'] : []))}
          @change=${(event: Event) => this.edit({ role: (event.target as HTMLSelectElement).value as UserRole }, 'role')}
        >
          ${this.offeredRoles(user).map(
            (role) => html`<option value=${role} ?selected=${role === draft.role}>${term(`inviteDialog.role.${role}`)}</option>`,
          )}
        </select>
        ${adminRole ? html`<p id="role-hint" class="hint">${term('inviteDialog.role.adminHint')}</p>` : nothing}
        ${this.renderFieldError('role')}
      </div>
    `;
  }

  private renderAgencies(agencies: readonly Agency[], draft: Draft): TemplateResult {
    const term = this.localize.term.bind(this.localize);
    return html`
      <fieldset part="field" class="field" aria-describedby=${this.describedBy('agencyIds')}>
        <legend>${term('inviteDialog.agencies.legend')}</legend>
        ${agencies.length === 0
          ? html`<p class="hint">${term('inviteDialog.agencies.none')}</p>`
          : html`<div class="choices">
              ${repeat(
                agencies,
                (agency) => agency.id,
                (agency) => html`<label class="choice">
                  <input
                    type="checkbox"
                    name="agency"
                    .value=${agency.id}
                    .checked=${draft.agencyIds.includes(agency.id)}
                    @change=${(event: Event) => this.toggle('agencyIds', agency.id, (event.target as HTMLInputElement).checked)}
                  />
                  <span>${agency.name}</span>
                </label>`,
              )}
            </div>`}
        ${this.renderFieldError('agencyIds')}
      </fieldset>
    `;
  }

  /** A pool the user already takes a seat in (invited and assigned) costs nothing more on a resend. */
  private holdsSeat(user: User, pool: LicencePool): boolean {
    return (user.status === 'invited' || user.status === 'active') && user.licencePoolIds.includes(pool.id);
  }

  private renderPools(user: User, pools: readonly LicencePool[], draft: Draft): TemplateResult {
    const term = this.localize.term.bind(this.localize);
    return html`
      <fieldset part="field" class="field" aria-describedby=${this.describedBy('licencePoolIds')}>
        <legend>${term('inviteDialog.pools.legend')}</legend>
        ${pools.length === 0
          ? html`<p class="hint">${term('inviteDialog.pools.none')}</p>`
          : html`<div class="choices">
              ${repeat(
                pools,
                (pool) => pool.id,
                (pool, index) => {
                  const checked = draft.licencePoolIds.includes(pool.id);
                  const held = this.holdsSeat(user, pool);
                  const full = !held && pool.remaining <= 0;
                  const reason = held
                    ? term('inviteDialog.pools.held')
                    : pool.remaining < 0
                      ? term('inviteDialog.pools.over', { count: -pool.remaining })
                      : pool.remaining === 0
                        ? term('inviteDialog.pools.full')
                        : term('inviteDialog.pools.remaining', { count: pool.remaining });
                  return html`<div class="pool" data-pool=${pool.key} data-full=${full ? 'true' : 'false'}>
                    <label class="choice">
                      <input
                        type="checkbox"
                        name="licence-pool"
                        .value=${pool.id}
                        .checked=${checked}
                        ?disabled=${full && !checked}
                        aria-describedby=${`pool-${index}-reason`}
                        @change=${(event: Event) => this.toggle('licencePoolIds', pool.id, (event.target as HTMLInputElement).checked)}
                      />
                      <span>${pool.name}</span>
                    </label>
                    <span id=${`pool-${index}-reason`} class=${full ? 'reason full' : 'reason'}>${reason}</span>
                  </div>`;
                },
              )}
            </div>`}
        ${this.renderFieldError('licencePoolIds')}
      </fieldset>
    `;
  }

  private renderLanguage(draft: Draft): TemplateResult {
    const term = this.localize.term.bind(this.localize);
    const names = new Intl.DisplayNames([this.localize.locale], { type: 'language' });
    return html`
      <div part="field" class="field">
        <label class="stacked" for="mail-language">${term('inviteDialog.language.label')}</label>
        <select
          id="mail-language"
          name="mail-language"
          aria-invalid=${this.fieldErrors.mailLanguage ? 'true' : 'false'}
          aria-describedby=${this.describedBy('mailLanguage')}
          @change=${(event: Event) => this.edit({ mailLanguage: (event.target as HTMLSelectElement).value as MailLanguage }, 'mailLanguage')}
        >
          ${MAIL_LANGUAGES.map(
            (language) =>
              html`<option value=${language} ?selected=${language === draft.mailLanguage}>${names.of(language) ?? language}</option>`,
          )}
        </select>
        ${this.renderFieldError('mailLanguage')}
      </div>
    `;
  }

  // ------------------------------------------------------------------ editing

  /** Applies a change to the draft; the error of the field being edited is cleared, the others stay. */
  private edit(change: Partial<Draft>, field: Field): void {
    this.draft = { ...this.draft!, ...change };
    if (this.fieldErrors[field]) {
      const { [field]: _, ...rest } = this.fieldErrors;
      this.fieldErrors = rest;
    }
  }

  private toggle(field: 'agencyIds' | 'licencePoolIds', id: string, checked: boolean): void {
    const current = this.draft![field];
    this.edit({ [field]: checked ? [...current.filter((x) => x !== id), id] : current.filter((x) => x !== id) }, field);
  }

  // ------------------------------------------------------------------ sending

  private onSubmit(event: SubmitEvent): void {
    event.preventDefault();
    void this.send();
  }

  /** Only the fields the admin changed: every one left out keeps what the account has (InvitationRequest). */
  private request(user: User, draft: Draft, choices: Choices | undefined): InvitationRequest {
    const request: InvitationRequest = {};
    if (draft.emailChoice === 'other' || !user.email) request.email = draft.otherEmail.trim();
    if (draft.role !== user.role) request.role = draft.role;
    // Agencies outside the admin's scope are not listed, so they cannot be sent back: the server would refuse them.
    const reachable = choices ? draft.agencyIds.filter((id) => choices.agencies.some((agency) => agency.id === id)) : draft.agencyIds;
    if (!sameMembers(draft.agencyIds, user.agencyIds)) request.agencyIds = reachable;
    if (!sameMembers(draft.licencePoolIds, user.licencePoolIds)) request.licencePoolIds = draft.licencePoolIds;
    if (draft.mailLanguage !== user.mailLanguage) request.mailLanguage = draft.mailLanguage;
    return request;
  }

  /** The contract's own schema, plus what it cannot know: a typed address is required, and seats. */
  private validate(user: User, request: InvitationRequest, pools: readonly LicencePool[]): FieldErrors {
    const term = this.localize.term.bind(this.localize);
    const errors: FieldErrors = {};
    if (request.email === '') errors.email = term('inviteDialog.error.emailRequired');
    const parsed = InvitationRequest.safeParse(request);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        const field = issue.path[0];
        if (typeof field === 'string' && (FIELDS as readonly string[]).includes(field)) {
          errors[field as Field] ??= field === 'email' ? term('inviteDialog.error.emailInvalid') : term('inviteDialog.error.tooMany');
        }
      }
    }
    // An agency-scoped admin cannot leave a user outside every one of its agencies (the server refuses it).
    if (this.admin?.scope.kind === 'agencies' && request.agencyIds?.length === 0) errors.agencyIds = term('inviteDialog.error.agencyRequired');
    const short = pools.filter((pool) => this.draft!.licencePoolIds.includes(pool.id) && !this.holdsSeat(user, pool) && pool.remaining <= 0);
    if (short.length > 0) errors.licencePoolIds = term('inviteDialog.error.seatLimit', { pool: short.map((pool) => pool.name).join(', ') });
    return errors;
  }

  private readonly send = async (): Promise<void> => {
    const user = this.user;
    const draft = this.draft;
    const api = this.api ?? this.providedApi;
    if (!user || !draft || !api || !this.clientId || this.sending) return;
    const choices = this.choicesTask.status === TaskStatus.COMPLETE ? (this.choicesTask.value as Choices | undefined) : undefined;
    const request = this.request(user, draft, choices);
    const errors = this.validate(user, request, choices?.pools ?? []);
    this.requestError = undefined;
    this.fieldErrors = errors;
    if (Object.keys(errors).length > 0) {
      await this.focusFirstError();
      return;
    }

    const body = JSON.stringify(request);
    const opening = this.opening;
    // Same request after an unknown outcome: same key, so the server replays rather than sends twice.
    if (!this.attempt || this.attempt.body !== body) this.attempt = { key: crypto.randomUUID(), body };
    const { key } = this.attempt;
    this.sending = true;
    try {
      const sent = await api.inviteUser(this.clientId, user.id, request, { idempotencyKey: key });
      this.dispatchEvent(new SuiteInviteSentEvent({ user: sent.user, sentAt: sent.invitation.sentAt }));
      // The dialog was shown for someone else meanwhile: the email left, but this screen is theirs now.
      if (this.opening !== opening) return;
      this.attempt = null;
      this.sent = sent;
      this.user = sent.user;
      // The account now holds what was sent: a resend starts from there.
      this.draft = { ...draft, emailChoice: 'account', otherEmail: '' };
    } catch (error) {
      if (isAbortError(error)) return;
      this.reportError(error);
      if (this.opening !== opening) return;
      if (!isOutcomeUnknown(error)) this.attempt = null;
      this.showFailure(error);
    } finally {
      if (this.opening === opening) this.sending = false;
    }
  };

  private onGrantAdmin(event: SubmitEvent): void {
    event.preventDefault();
    void this.grantAdmin();
  }

  /** A role change (PATCH): sends no email, so repeating it after an unknown outcome is harmless. */
  private readonly grantAdmin = async (): Promise<void> => {
    const user = this.user;
    const draft = this.draft;
    const api = this.api ?? this.providedApi;
    if (!user || !draft || !api || !this.clientId || this.sending) return;
    const choices = this.choicesTask.status === TaskStatus.COMPLETE ? (this.choicesTask.value as Choices | undefined) : undefined;
    const { role, agencyIds } = this.request(user, draft, choices);
    const changes: UserUpdate = { ...(role ? { role } : {}), ...(agencyIds ? { agencyIds } : {}) };
    this.requestError = undefined;
    this.fieldErrors = {};
    this.sending = true;
    const opening = this.opening;
    try {
      const updated = await api.updateUser(this.clientId, user.id, changes);
      this.dispatchEvent(new SuiteUserChangedEvent({ user: updated }));
      if (this.opening !== opening) return;
      this.user = updated;
      this.granted = true;
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>('button.done')?.focus();
    } catch (error) {
      if (isAbortError(error)) return;
      this.reportError(error);
      if (this.opening === opening) this.showFailure(error);
    } finally {
      if (this.opening === opening) this.sending = false;
    }
  };

  private showFailure(error: unknown): void {
    const term = this.localize.term.bind(this.localize);
    if (isOutcomeUnknown(error)) {
      const why = isSuiteApiError(error) ? this.localize.describeError(error, '') : term('error.network');
      const outcome = this.user?.status === 'active' ? '' : term('inviteDialog.error.unknownOutcome');
      this.requestError = { message: [why, outcome].filter(Boolean).join(' ') || term('inviteDialog.error.grantFailed'), canRetry: true };
      return;
    }
    if (!(error instanceof ProblemError)) {
      this.requestError = { message: term('inviteDialog.error.generic'), canRetry: false };
      return;
    }
    const errors: FieldErrors = {};
    for (const fieldError of error.fieldErrors) {
      const field = fieldError.path.split('.')[0] ?? '';
      if ((FIELDS as readonly string[]).includes(field)) errors[field as Field] ??= this.describeServerFieldError(fieldError.code, fieldError.message);
    }
    if (error.code === 'seat_limit') {
      errors.licencePoolIds = this.seatLimitMessage();
      // The seats changed under us: show the pools as they are now.
      void this.choicesTask.run();
    }
    this.fieldErrors = errors;
    if (Object.keys(errors).length === 0) {
      const message =
        error.code === 'invalid_transition'
          ? term('inviteDialog.error.invalidTransition')
          : error.code === 'forbidden'
            ? term('inviteDialog.error.forbidden')
            : this.user?.status === 'active'
              ? term('inviteDialog.error.grantFailed')
              : term('inviteDialog.error.generic');
      this.requestError = { message, canRetry: false };
    } else {
      void this.focusFirstError();
    }
  }

  private describeServerFieldError(code: string, serverMessage: string): string {
    const term = this.localize.term.bind(this.localize);
    switch (code) {
      case 'email_taken':
        return term('inviteDialog.error.emailTaken');
      case 'required':
        return term('inviteDialog.error.emailRequired');
      case 'invalid_format':
        return term('inviteDialog.error.emailInvalid');
      case 'unknown_pool':
      case 'unknown_agency':
        return term('inviteDialog.error.unknownChoice');
      case 'seat_limit':
        return this.seatLimitMessage();
      case 'modification_prevented':
        return term('inviteDialog.error.protected');
      default:
        // A code this kit does not know yet: the server's words beat no words.
        return serverMessage;
    }
  }

  /** Names the checked pools that take a new seat: the server's field error has the name only in English prose. */
  private seatLimitMessage(): string {
    const term = this.localize.term.bind(this.localize);
    const choices = this.choicesTask.value as Choices | undefined;
    const user = this.user!;
    const candidates = (choices?.pools ?? []).filter((pool) => this.draft!.licencePoolIds.includes(pool.id) && !this.holdsSeat(user, pool));
    const full = candidates.filter((pool) => pool.remaining <= 0);
    const named = full.length > 0 ? full : candidates.length === 1 ? candidates : [];
    return named.length > 0
      ? term('inviteDialog.error.seatLimit', { pool: named.map((pool) => pool.name).join(', ') })
      : term('inviteDialog.error.seatLimitAny');
  }

  private async focusFirstError(): Promise<void> {
    await this.updateComplete;
    const field = FIELDS.find((name) => this.fieldErrors[name]);
    if (!field) return;
    const target =
      field === 'email'
        ? this.renderRoot.querySelector<HTMLElement>('#other-email:not([disabled])') ?? this.renderRoot.querySelector<HTMLElement>('input[name="email-choice"]:checked')
        : field === 'agencyIds'
          ? this.renderRoot.querySelector<HTMLElement>('input[name="agency"]:not([disabled])')
          : field === 'licencePoolIds'
            ? this.renderRoot.querySelector<HTMLElement>('input[name="licence-pool"]:not([disabled])')
            : this.renderRoot.querySelector<HTMLElement>(field === 'role' ? '#role' : '#mail-language');
    target?.focus();
  }

  private reportError(error: unknown): void {
    this.dispatchEvent(new SuiteErrorEvent(error instanceof Error ? error : new Error(String(error))));
  }
}
