import { consume } from '@lit/context';
import { initialState, Task, TaskStatus } from '@lit/task';
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import { repeat } from 'lit/directives/repeat.js';
import * as z from 'zod/mini';
import { isAbortError, isSuiteApiError, type ProblemError } from '../../api/errors.js';
import type { LicencePool } from '../../api/schemas/licence-pool.js';
import type { Me } from '../../api/schemas/me.js';
import type { FieldError } from '../../api/schemas/problem.js';
import type { Agency } from '../../api/schemas/tenancy.js';
import {
  ACCOUNT_TYPES,
  EXPIRATION_MODES,
  MAIL_LANGUAGES,
  StatusChange,
  TWO_FACTOR_MODES,
  USER_ROLES,
  ReplaceNewcomer,
  VISIBILITIES,
  type MailLanguage,
  type ReplaceResult,
  type ReplaceUser,
  type User,
  type UserPermissions,
  type UserStatus,
} from '../../api/schemas/user.js';
import type { SuiteApi } from '../../api/suite-api.js';
import { adminContext } from '../../context/admin-context.js';
import { apiContext } from '../../context/api-context.js';
import { LocalizeController } from '../../controllers/localize-controller.js';
import { SuiteErrorEvent } from '../../events/suite-error-event.js';
import { SuiteInviteRequestEvent } from '../../events/suite-invite-request-event.js';
import { SuiteRequestCloseEvent } from '../../events/suite-request-close-event.js';
import { SuiteSuperviseRequestEvent } from '../../events/suite-supervise-request-event.js';
import { SuiteUserChangedEvent } from '../../events/suite-user-changed-event.js';
import { SuiteUserDeletedEvent } from '../../events/suite-user-deleted-event.js';
import { SuiteUserReplacedEvent } from '../../events/suite-user-replaced-event.js';
import { userPanelMessages } from '../../i18n/user-panel.js';
import { SuiteElement } from '../suite-element.js';
import { changesFrom, draftFromUser, FORM_FIELDS, issuesFromServer, QUOTA_UNITS, validateChanges } from './user-draft.js';
import type { FieldIssue, FieldIssues, FormField, QuotaUnit, UserDraft } from './user-draft.js';
import type { SuiteUserPicker } from './user-picker.component.js';
import { userPanelStyles } from './user-panel.styles.js';

/** The calls this element makes, so a partner's adapter (or a test) implements only these. */
export type UserPanelApi = Pick<
  SuiteApi,
  | 'getUser'
  | 'updateUser'
  | 'deleteUser'
  | 'changeUserStatus'
  | 'replaceUser'
  | 'resetUserPassword'
  | 'revokeUserApiKey'
  | 'getUserPermissions'
  | 'listUsers'
  | 'listAgencies'
  | 'listLicencePools'
>;

type DialogName = 'ban' | 'close' | 'delete' | 'permissions' | 'replace' | 'discard';
type Busy = 'save' | 'deactivate' | 'reactivate' | 'reopen' | 'ban' | 'close' | 'delete' | 'resetPassword' | 'revokeApiKey' | 'replace';
type PermissionsView = { state: 'loading' } | { state: 'loaded'; permissions: UserPermissions['permissions'] } | { state: 'failed'; message: string };

/** The small form of a newcomer created by a replacement. */
interface NewcomerDraft {
  firstName: string;
  lastName: string;
  email: string;
  login: string;
  mailLanguage: MailLanguage;
}
type NewcomerField = keyof NewcomerDraft | 'newcomerId';

/** Invited until active: resending stays possible (DOMAIN.md). */
const INVITABLE: readonly UserStatus[] = ['pending', 'invited'];
// DOMAIN.md transitions, as the reference backend enforces them (server/domain/users.ts).
const DEACTIVATABLE: readonly UserStatus[] = ['pending', 'invited', 'active'];
const BANNABLE: readonly UserStatus[] = ['pending', 'invited', 'active', 'inactive'];
const CLOSABLE: readonly UserStatus[] = ['pending', 'invited', 'active', 'inactive', 'banned'];
/** Only a user holding a seat can hand it over. */
const REPLACEABLE: readonly UserStatus[] = ['invited', 'active'];
/** Users who have (or had) a password of their own. */
const PASSWORD_HOLDERS: readonly UserStatus[] = ['active', 'inactive'];
/** The newcomer of a replacement must not hold a seat already. */
const NEWCOMER_STATUSES: UserStatus[] = ['pending', 'inactive'];

const isProblem = (error: unknown): error is ProblemError =>
  isSuiteApiError(error) && (error.kind === 'problem' || error.kind === 'conflict' || error.kind === 'rate-limited') && 'problem' in error;

const fieldDomId = (field: string) => `field-${field.replace('.', '-')}`;

/**
 * One user of a client: every field of the record, viewed then edited with the
 * contract's rules, and the actions an admin takes on an account (status
 * changes, deletion, password, API key, permissions, replacement, supervision),
 * offered only where the status and the admin's permissions allow them.
 *
 * @tagname suite-user-panel
 * @summary View, edit and act on one user of a client.
 *
 * @fires {SuiteUserChangedEvent} suite-user-changed - The user was saved or changed status (also after a replacement, with the leaver).
 * @fires {SuiteUserDeletedEvent} suite-user-deleted - The user was deleted.
 * @fires {SuiteUserReplacedEvent} suite-user-replaced - The user was replaced: the leaver is inactive and the newcomer holds the seat.
 * @fires {SuiteInviteRequestEvent} suite-invite-request - The admin asked to invite a pending user, or to resend an invited user's invitation; the host opens the invitation dialog.
 * @fires {SuiteSuperviseRequestEvent} suite-supervise-request - The admin asked to supervise the user. Cancelable.
 * @fires {SuiteRequestCloseEvent} suite-request-close - The admin asked to close the panel (close button or Escape), after confirming to drop unsaved changes. Cancelable: the host may keep the panel open.
 * @fires {SuiteErrorEvent} suite-error - Loading the user failed (not fired when a request is cancelled).
 *
 * @csspart base - The wrapper around every state.
 * @csspart header - The name, user code and status.
 * @csspart status - The status badge ("Invited on 12/03/2026").
 * @csspart close-button - The button that asks to close the panel.
 * @csspart actions - The toolbar of actions.
 * @csspart action - Each action button.
 * @csspart details - The read-only view of the fields.
 * @csspart form - The edit form.
 * @csspart save-button - The form's Save button.
 * @csspart field-error - A message next to the field it concerns.
 * @csspart error - A failed load or action, in words.
 * @csspart team - The section holding the team capabilities and address-book sharing.
 * @csspart dialog - Every confirmation or detail dialog.
 *
 * @cssproperty --suite-user-panel-gap - Space between the sections. Default `--suite-space-l`.
 * @cssproperty --suite-user-panel-field-width - Width of a text input. Default `20rem`.
 * @cssproperty --suite-user-panel-dialog-width - Width of the dialogs. Default `32rem`.
 */
export class SuiteUserPanel extends SuiteElement {
  static override styles = userPanelStyles;

  protected readonly localize = new LocalizeController(this, userPanelMessages);

  /** The client (tenant) the user belongs to. */
  @property({ attribute: 'client-id' }) clientId?: string;

  /** The user shown. */
  @property({ attribute: 'user-id' }) userId?: string;

  /** A backend client set directly; wins over the one provided by `apiContext`. */
  @property({ attribute: false }) api?: UserPanelApi;

  /** The signed-in admin set directly; wins over the one provided by `adminContext`. */
  @property({ attribute: false }) admin?: Me;

  @consume({ context: apiContext, subscribe: true })
  @state()
  protected providedApi?: UserPanelApi;

  @consume({ context: adminContext, subscribe: true })
  @state()
  protected providedAdmin?: Me;

  @state() private user?: User;
  @state() private agencies: Agency[] = [];
  @state() private pools: LicencePool[] = [];
  /** Set while editing; the form's values. */
  @state() private draft?: UserDraft;
  @state() private fieldIssues: FieldIssues = {};
  /** A failed save whose cause is not one field. */
  @state() private formError = '';
  @state() private busy?: Busy;
  @state() private notice = '';
  @state() private actionError = '';
  @state() private deletedName = '';
  @state() private dialog?: DialogName;
  @state() private dialogError = '';
  @state() private banReason = '';
  @state() private banReasonError = '';
  @state() private closeReason = '';
  @state() private permissions: PermissionsView = { state: 'loading' };
  @state() private replaceMode: 'existing' | 'create' = 'existing';
  @state() private newcomer: NewcomerDraft = { firstName: '', lastName: '', email: '', login: '', mailLanguage: 'en' };
  @state() private newcomerIssues: Partial<Record<NewcomerField, string>> = {};
  @state() private replaceResult?: ReplaceResult;

  /** What had focus when a dialog opened, to return to when it closes. */
  private returnFocus?: HTMLElement;
  private closeSource: SuiteRequestCloseEvent['source'] = 'close-button';
  private abortedByDisconnect = false;
  private permissionsAbort?: AbortController;

  private readonly userTask = new Task(this, {
    args: () => [this.api ?? this.providedApi, this.clientId, this.userId] as const,
    task: async ([api, clientId, userId], { signal }): Promise<User | typeof initialState> => {
      if (!api || !clientId || !userId) return initialState;
      try {
        const [user, agencies, pools] = await Promise.all([
          api.getUser(clientId, userId, { signal }),
          api.listAgencies(clientId, { signal }),
          api.listLicencePools(clientId, { signal }),
        ]);
        this.user = user;
        this.agencies = agencies.items;
        this.pools = pools.items;
        this.draft = undefined;
        this.fieldIssues = {};
        this.formError = '';
        this.notice = '';
        this.actionError = '';
        this.deletedName = '';
        return user;
      } catch (error) {
        if (!signal.aborted && !isAbortError(error)) {
          this.dispatchEvent(new SuiteErrorEvent(error instanceof Error ? error : new Error(String(error))));
        }
        throw error;
      }
    },
  });

  protected override willUpdate(changed: PropertyValues): void {
    // Another user: the "deleted" message was about the previous one.
    if (changed.has('userId') || changed.has('clientId')) this.deletedName = '';
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.abortedByDisconnect) {
      this.abortedByDisconnect = false;
      void this.userTask.run();
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.permissionsAbort?.abort();
    if (this.userTask.status === TaskStatus.PENDING) {
      this.abortedByDisconnect = true;
      this.userTask.abort();
    }
  }

  /** Loads the user again (e.g. after the host changed it elsewhere); unsaved changes are dropped. */
  reload(): Promise<void> {
    return this.userTask.run();
  }

  /** True while the form holds changes that are not saved. */
  get hasUnsavedChanges(): boolean {
    return this.draft !== undefined && this.user !== undefined && Object.keys(changesFrom(this.user, this.draft)).length > 0;
  }

  // ------------------------------------------------------------------ permissions

  private get resolvedApi(): UserPanelApi | undefined {
    return this.api ?? this.providedApi;
  }

  private get resolvedAdmin(): Me | undefined {
    return this.admin ?? this.providedAdmin;
  }

  private can(permission: Me['permissions'][number]): boolean {
    return this.resolvedAdmin?.permissions.includes(permission) ?? false;
  }

  /** Only the client's super admin or the partner may touch a record under modification prevention, or make a super admin. */
  private get isTopAdmin(): boolean {
    const role = this.resolvedAdmin?.role;
    return role === 'super_admin' || role === 'partner_admin';
  }

  private isLocked(user: User): boolean {
    return user.modificationPrevention && !this.isTopAdmin;
  }

  private canChange(user: User): boolean {
    return this.can('users.write') && !this.isLocked(user);
  }

  // ------------------------------------------------------------------ render

  override render(): TemplateResult {
    const loading = this.userTask.status === TaskStatus.PENDING;
    return html`
      <div part="base" class="base" lang=${this.localize.locale} aria-busy=${loading ? 'true' : 'false'} @keydown=${this.onKeydown}>
        <button part="close-button" class="close-button" type="button" aria-label=${this.localize.term('userPanel.close')} @click=${() => this.requestClose('close-button')}>
          <span aria-hidden="true">×</span>
        </button>
        ${this.deletedName
          ? html`<p id="title" class="message" role="status" tabindex="-1">${this.localize.term('userPanel.deleted', { name: this.deletedName })}</p>`
          : this.userTask.render({
              pending: () => html`<p class="message" role="status">${this.localize.term('userPanel.loading')}</p>`,
              complete: () => (this.user ? this.renderUser(this.user) : nothing),
              error: (error) => this.renderLoadError(error),
            })}
      </div>
    `;
  }

  private renderLoadError(error: unknown): TemplateResult | typeof nothing {
    if (isAbortError(error)) return nothing;
    const fallback = isProblem(error) && error.status === 404 ? this.localize.term('userPanel.error.notFound') : this.localize.term('userPanel.error.load');
    return html`
      <div part="error" class="error" role="alert">
        <p>${this.localize.describeError(error, fallback)}</p>
        <button type="button" @click=${() => void this.userTask.run()}>${this.localize.term('error.retry')}</button>
      </div>
    `;
  }

  private renderUser(user: User): TemplateResult {
    const term = this.localize.term.bind(this.localize);
    return html`
      <header part="header" class="header">
        <h2 id="title" tabindex="-1">${this.fullName(user)}</h2>
        <p class="meta">
          <span>${term('userPanel.userCode', { code: user.userCode })}</span>
          <span part="status" class="status" data-status=${user.status}>${this.statusText(user)}</span>
        </p>
        ${user.statusReason ? html`<p class="meta">${term('userPanel.statusReason', { reason: user.statusReason })}</p>` : nothing}
        ${user.mustChangePassword ? html`<p class="meta">${term('userPanel.mustChangePassword')}</p>` : nothing}
        ${user.lastSignInAt ? html`<p class="meta">${term('userPanel.lastSignIn', { date: this.formatDateTime(user.lastSignInAt) })}</p>` : nothing}
      </header>
      <p class="notice" role="status">${this.notice}</p>
      ${this.actionError ? html`<p part="error" class="error" role="alert">${this.actionError}</p>` : nothing}
      ${this.isLocked(user) ? html`<p class="locked">${term('userPanel.locked')}</p>` : nothing}
      ${this.draft ? this.renderForm(user, this.draft) : html`${this.renderActions(user)}${this.renderDetails(user)}`}
      <section part="team" class="team" aria-labelledby="team-title" @suite-user-changed=${this.onTeamUserChanged}>
        <h3 id="team-title">${term('userPanel.section.team')}</h3>
        <suite-team-capabilities client-id=${this.clientId ?? ''} user-id=${user.id}></suite-team-capabilities>
        <suite-address-book-sharing client-id=${this.clientId ?? ''} user-id=${user.id}></suite-address-book-sharing>
      </section>
      ${this.renderDialog(user)}
    `;
  }

  private fullName(user: Pick<User, 'firstName' | 'lastName'>): string {
    return `${user.firstName} ${user.lastName}`;
  }

  private statusText(user: Pick<User, 'status' | 'invitedAt'>): string {
    const term = this.localize.term.bind(this.localize);
    if (user.status === 'invited') {
      return user.invitedAt ? term('userPanel.status.invitedOn', { date: this.localize.formatDay(user.invitedAt) }) : term('userPanel.status.invited');
    }
    return term(`userPanel.status.${user.status}`);
  }

  private formatDateTime(value: string): string {
    return this.localize.formatDate(value, { dateStyle: 'medium', timeStyle: 'short' });
  }

  private languageName(code: MailLanguage): string {
    try {
      return new Intl.DisplayNames([this.localize.locale], { type: 'language' }).of(code) ?? code;
    } catch {
      return code;
    }
  }

  // ------------------------------------------------------------------ actions

  private renderActions(user: User): TemplateResult {
    const term = this.localize.term.bind(this.localize);
    const canChange = this.canChange(user);
    const canWrite = this.can('users.write');
    const admin = this.resolvedAdmin;
    const busy = this.busy !== undefined;
    const action = (id: string, label: string, run: () => void) =>
      html`<button part="action" type="button" data-action=${id} ?disabled=${busy} @click=${run}>${label}</button>`;
    const supervisable =
      this.can('users.supervise') && user.status === 'active' && (user.role === 'user' || user.role === 'operator') && !admin?.supervisionSessionId;
    return html`
      <div part="actions" class="actions" role="group" aria-label=${term('userPanel.actions')}>
        ${canChange ? action('edit', term('userPanel.edit'), () => this.startEditing()) : nothing}
        ${this.can('users.invite') && INVITABLE.includes(user.status)
          ? action(user.status === 'pending' ? 'invite' : 'resend-invitation', term(user.status === 'pending' ? 'userPanel.action.invite' : 'userPanel.action.resendInvitation'), () =>
              // The invitation dialog belongs to the host: the panel only asks.
              this.dispatchEvent(new SuiteInviteRequestEvent({ user })),
            )
          : nothing}
        ${canChange && DEACTIVATABLE.includes(user.status)
          ? action('deactivate', term('userPanel.action.deactivate'), () => void this.changeStatus('deactivate', { status: 'inactive' }))
          : nothing}
        ${canChange && user.status === 'inactive'
          ? action('reactivate', term('userPanel.action.reactivate'), () => void this.changeStatus('reactivate', { status: 'active' }))
          : nothing}
        ${canChange && user.status === 'closed'
          ? action('reopen', term('userPanel.action.reopen'), () => void this.changeStatus('reopen', { status: 'active', reopen: true }))
          : nothing}
        ${canChange && REPLACEABLE.includes(user.status) && this.can('users.invite')
          ? action('replace', term('userPanel.action.replace'), () => this.openDialog('replace'))
          : nothing}
        ${supervisable ? action('supervise', term('userPanel.action.supervise'), () => this.requestSupervision(user)) : nothing}
        ${canWrite && PASSWORD_HOLDERS.includes(user.status) && !user.mustChangePassword
          ? action('reset-password', term('userPanel.action.resetPassword'), () => void this.resetPassword())
          : nothing}
        ${canWrite && user.hasApiKey ? action('revoke-api-key', term('userPanel.action.revokeApiKey'), () => void this.revokeApiKey()) : nothing}
        ${action('permissions', term('userPanel.action.permissions'), () => this.openDialog('permissions'))}
        ${canChange && BANNABLE.includes(user.status) ? action('ban', term('userPanel.action.ban'), () => this.openDialog('ban')) : nothing}
        ${canChange && CLOSABLE.includes(user.status) ? action('close', term('userPanel.action.close'), () => this.openDialog('close')) : nothing}
        ${canChange ? action('delete', term('userPanel.action.delete'), () => this.openDialog('delete')) : nothing}
        ${busy && this.busy !== 'save' ? html`<span class="working">${term('userPanel.working')}</span>` : nothing}
      </div>
    `;
  }

  /**
   * Runs one action: one at a time, errors in words where the admin is looking
   * (the open dialog, else the panel), pools reloaded when a seat was refused so
   * the form and the words name the pool as it is now.
   */
  private async perform(busy: Busy, run: (api: UserPanelApi, clientId: string, user: User) => Promise<void>, poolIds: readonly string[] = []): Promise<boolean> {
    const api = this.resolvedApi;
    const user = this.user;
    if (!api || !this.clientId || !user || this.busy) return false;
    this.busy = busy;
    this.notice = '';
    this.actionError = '';
    this.dialogError = '';
    try {
      await run(api, this.clientId, user);
      return true;
    } catch (error) {
      const message = await this.describeActionError(error, poolIds);
      if (this.dialog) this.dialogError = message;
      else this.actionError = message;
      if (isProblem(error) && error.code === 'invalid_transition') void this.refreshUser();
      return false;
    } finally {
      this.busy = undefined;
    }
  }

  private async describeActionError(error: unknown, poolIds: readonly string[]): Promise<string> {
    const term = this.localize.term.bind(this.localize);
    if (!isProblem(error) || error.kind === 'rate-limited') return this.localize.describeError(error, term('userPanel.error.action'));
    switch (error.code) {
      case 'forbidden':
        return term('userPanel.error.forbidden');
      case 'supervision_forbidden_action':
      case 'supervision_refused':
        return term('userPanel.error.supervising');
      case 'invalid_transition':
        return term('userPanel.error.invalidTransition');
      case 'not_found':
        return term('userPanel.error.notFound');
      case 'seat_limit':
        return term('userPanel.error.seatLimitAction', { pools: await this.fullPoolNames(poolIds, error) });
      default:
        return term('userPanel.error.actionDetail', { detail: error.message });
    }
  }

  /**
   * The pools a `seat_limit` refusal is about, by name: the contract names the
   * field, not the pool, so the pools are read again and the full ones among
   * those asked for are named; the server's own words when none is found.
   */
  private async fullPoolNames(poolIds: readonly string[], error: ProblemError): Promise<string> {
    await this.reloadPools();
    const full = this.pools.filter((pool) => poolIds.includes(pool.id) && pool.remaining <= 0).map((pool) => pool.name);
    if (full.length) return new Intl.ListFormat(this.localize.locale, { type: 'conjunction' }).format(full);
    return error.fieldErrors[0]?.message ?? error.message;
  }

  private async reloadPools(): Promise<void> {
    const api = this.resolvedApi;
    if (!api || !this.clientId) return;
    try {
      this.pools = (await api.listLicencePools(this.clientId)).items;
    } catch {
      // The pools shown stay as they were; the refusal is already in words.
    }
  }

  /** After a refused transition the status shown may be stale: read the user again, keeping the panel as it is. */
  private async refreshUser(): Promise<void> {
    const api = this.resolvedApi;
    if (!api || !this.clientId || !this.user) return;
    try {
      const fresh = await api.getUser(this.clientId, this.user.id);
      if (fresh.id === this.user.id) this.applyUser(fresh);
    } catch {
      // The error already on screen says what happened; nothing more to add.
    }
  }

  private applyUser(user: User): void {
    this.user = user;
    this.dispatchEvent(new SuiteUserChangedEvent({ user }));
  }

  private changeStatus(busy: 'deactivate' | 'reactivate' | 'reopen' | 'ban' | 'close', change: StatusChange): Promise<boolean> {
    const done = { deactivate: 'deactivated', reactivate: 'reactivated', reopen: 'reopened', ban: 'banned', close: 'closed' } as const;
    // Reactivation takes the seats back: a refusal names the user's pools.
    const poolIds = change.status === 'active' ? (this.user?.licencePoolIds ?? []) : [];
    return this.perform(
      busy,
      async (api, clientId, user) => {
        const updated = await api.changeUserStatus(clientId, user.id, change);
        this.applyUser(updated);
        this.notice = this.localize.term(`userPanel.done.${done[busy]}`, { name: this.fullName(updated) });
        if (change.status === 'active' || user.licencePoolIds.length) void this.reloadPools();
      },
      poolIds,
    );
  }

  private resetPassword(): Promise<boolean> {
    return this.perform('resetPassword', async (api, clientId, user) => {
      await api.resetUserPassword(clientId, user.id);
      this.applyUser({ ...user, mustChangePassword: true });
      this.notice = this.localize.term('userPanel.done.passwordReset', { name: this.fullName(user) });
    });
  }

  private revokeApiKey(): Promise<boolean> {
    return this.perform('revokeApiKey', async (api, clientId, user) => {
      await api.revokeUserApiKey(clientId, user.id);
      this.applyUser({ ...user, hasApiKey: false });
      this.notice = this.localize.term('userPanel.done.apiKeyRevoked', { name: this.fullName(user) });
    });
  }

  private requestSupervision(user: User): void {
    // The supervision frame is the host's (another element): the panel only asks.
    this.dispatchEvent(new SuiteSuperviseRequestEvent({ user }));
  }

  private onTeamUserChanged(event: SuiteUserChangedEvent): void {
    // Capabilities saved by the team section: keep the record here in step (the event goes on to the host).
    if (event.target !== this && event.user.id === this.user?.id) this.user = event.user;
  }

  // ------------------------------------------------------------------ view

  private renderDetails(user: User): TemplateResult {
    const term = this.localize.term.bind(this.localize);
    const text = (value: string | null | undefined) => (value ? value : html`<span class="unset">${term('userPanel.notSet')}</span>`);
    const item = (field: FormField, value: unknown) => html`<div class="item"><dt>${this.fieldLabel(field)}</dt><dd>${value}</dd></div>`;
    const agencyNames = user.agencyIds.map((id) => this.agencies.find((agency) => agency.id === id)?.name ?? id);
    const poolNames = user.licencePoolIds.map((id) => this.pools.find((pool) => pool.id === id)?.name ?? id);
    const country = user.address.country;
    return html`
      <div part="details" class="details">
        <section aria-labelledby="view-identity">
          <h3 id="view-identity">${term('userPanel.section.identity')}</h3>
          <dl>
            ${item('firstName', user.firstName)} ${item('lastName', user.lastName)} ${item('email', text(user.email))} ${item('login', user.login)}
            ${item('role', term(`userPanel.role.${user.role}`))} ${item('mailLanguage', this.languageName(user.mailLanguage))}
          </dl>
        </section>
        <section aria-labelledby="view-work">
          <h3 id="view-work">${term('userPanel.section.work')}</h3>
          <dl>
            ${item('jobTitle', text(user.jobTitle))} ${item('company', text(user.company))} ${item('department', text(user.department))}
            ${item('biography', text(user.biography))}
          </dl>
        </section>
        <section aria-labelledby="view-contact">
          <h3 id="view-contact">${term('userPanel.section.contact')}</h3>
          <dl>
            ${item('phone', text(user.phone))} ${item('mobile', text(user.mobile))} ${item('address.street', text(user.address.street))}
            ${item('address.zip', text(user.address.zip))} ${item('address.city', text(user.address.city))}
            ${item('address.country', text(country ? `${this.regionName(country)} (${country})` : null))}
          </dl>
        </section>
        <section aria-labelledby="view-account">
          <h3 id="view-account">${term('userPanel.section.account')}</h3>
          <dl>
            ${item('accountType', term(`userPanel.accountType.${user.accountType}`))}
            ${user.accountType === 'contact' ? item('ownerLogin', text(user.ownerLogin)) : nothing}
            ${item('visibility', term(`userPanel.visibility.${user.visibility}`))}
            ${item('modificationPrevention', term(user.modificationPrevention ? 'userPanel.on' : 'userPanel.off'))}
            ${item('twoFactor', term(`userPanel.twoFactor.${user.twoFactor}`))}
            ${item('suspensionDate', text(user.suspensionDate ? this.formatDateTime(user.suspensionDate) : null))}
            ${item('expirationMode', term(`userPanel.expirationMode.${user.expirationMode}`))}
            ${item('creationNotification', term(user.creationNotification ? 'userPanel.yes' : 'userPanel.no'))}
          </dl>
        </section>
        <section aria-labelledby="view-storage">
          <h3 id="view-storage">${term('userPanel.section.storage')}</h3>
          <dl>
            ${item('storageQuota', text(this.quotaText(user.storageQuota)))} ${item('backupQuota', text(this.quotaText(user.backupQuota)))}
          </dl>
        </section>
        <section aria-labelledby="view-access">
          <h3 id="view-access">${term('userPanel.section.access')}</h3>
          <dl>
            ${item('agencyIds', agencyNames.length ? this.list(agencyNames) : term('userPanel.noAgency'))}
            ${item('licencePoolIds', poolNames.length ? this.list(poolNames) : term('userPanel.noPool'))}
          </dl>
        </section>
      </div>
    `;
  }

  private list(names: readonly string[]): string {
    return new Intl.ListFormat(this.localize.locale, { type: 'conjunction' }).format(names);
  }

  private regionName(code: string): string {
    try {
      return new Intl.DisplayNames([this.localize.locale], { type: 'region' }).of(code) ?? code;
    } catch {
      return code;
    }
  }

  /** `10GB` -> "10 GB" ("10 Go" in French): units in the reader's words. */
  private quotaText(quota: string | null): string | null {
    if (!quota) return null;
    const match = /^(\d+(?:\.\d+)?)\s?(KB|MB|GB|TB)$/i.exec(quota.trim());
    if (!match) return quota;
    const unit = this.localize.term(`userPanel.unit.${match[2]!.toUpperCase() as QuotaUnit}`);
    return `${this.localize.formatNumber(Number(match[1]))}\u00a0${unit}`;
  }

  private fieldLabel(field: FormField): string {
    return this.localize.term(`userPanel.field.${field}`);
  }

  // ------------------------------------------------------------------ edit

  private startEditing(): void {
    if (!this.user) return;
    this.draft = draftFromUser(this.user);
    this.fieldIssues = {};
    this.formError = '';
    this.notice = '';
    this.actionError = '';
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>(`#${fieldDomId('firstName')}`)?.focus());
  }

  private stopEditing(): void {
    this.draft = undefined;
    this.fieldIssues = {};
    this.formError = '';
    void this.updateComplete.then(() => this.focusTitle());
  }

  private focusTitle(): void {
    this.renderRoot.querySelector<HTMLElement>('#title')?.focus();
  }

  private setDraft<K extends keyof UserDraft>(key: K, value: UserDraft[K], field?: FormField): void {
    if (!this.draft) return;
    this.draft = { ...this.draft, [key]: value };
    if (field && this.fieldIssues[field]) {
      // The admin is fixing this field: its old complaint no longer applies.
      const { [field]: _fixed, ...rest } = this.fieldIssues;
      this.fieldIssues = rest;
    }
  }

  private async save(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const user = this.user;
    const draft = this.draft;
    if (!user || !draft || this.busy) return;
    const changes = changesFrom(user, draft);
    if (Object.keys(changes).length === 0) {
      this.stopEditing();
      this.notice = this.localize.term('userPanel.nothingToSave');
      return;
    }
    const issues = validateChanges(user, changes);
    if (Object.keys(issues).length) {
      this.fieldIssues = issues;
      this.formError = '';
      await this.focusFirstIssue();
      return;
    }
    const addedPools = (changes.licencePoolIds ?? []).filter((id) => !user.licencePoolIds.includes(id));
    const api = this.resolvedApi;
    if (!api || !this.clientId) return;
    this.busy = 'save';
    this.formError = '';
    try {
      const saved = await api.updateUser(this.clientId, user.id, changes);
      this.applyUser(saved);
      this.stopEditing();
      this.notice = this.localize.term('userPanel.saved');
      if (changes.licencePoolIds) void this.reloadPools();
    } catch (error) {
      // The draft stays as typed: only the complaints change.
      await this.showSaveError(error, addedPools);
    } finally {
      this.busy = undefined;
    }
  }

  private async showSaveError(error: unknown, addedPools: readonly string[]): Promise<void> {
    if (!isProblem(error)) {
      this.fieldIssues = {};
      this.formError = await this.describeActionError(error, addedPools);
      return;
    }
    const { fields, rest } = issuesFromServer(error.fieldErrors);
    if (fields.licencePoolIds?.code === 'seat_limit') fields.licencePoolIds = { ...fields.licencePoolIds, pools: await this.fullPoolNames(addedPools, error) };
    this.fieldIssues = fields;
    this.formError = Object.keys(fields).length && !rest.length ? '' : await this.describeActionError(error, addedPools);
    if (Object.keys(fields).length) await this.focusFirstIssue();
  }

  private async focusFirstIssue(): Promise<void> {
    await this.updateComplete;
    const first = FORM_FIELDS.find((field) => this.fieldIssues[field]);
    if (!first) return;
    const target = this.renderRoot.querySelector<HTMLElement>(
      `#${fieldDomId(first)}, fieldset#${fieldDomId(first)} input:not([disabled]), suite-user-picker#${fieldDomId(first)}`,
    );
    // A fieldset cannot take focus itself: its first enabled checkbox does.
    const focusable = target?.tagName === 'FIELDSET' ? target.querySelector<HTMLElement>('input:not([disabled])') : target;
    focusable?.focus();
  }

  /** An issue in words, naming the field (`label` when the field shows under another name, like a replacement's newcomer). */
  private issueText(field: FormField, issue: FieldIssue, label = this.fieldLabel(field)): string {
    const term = this.localize.term.bind(this.localize);
    const named = { field: label };
    if (field === 'address.country' && (issue.code === 'too_small' || issue.code === 'too_big')) return term('userPanel.error.country', named);
    switch (issue.code) {
      case 'too_small':
        return term('userPanel.error.required', named);
      case 'too_big':
        return term('userPanel.error.tooLong', { ...named, max: issue.maximum ?? 0 });
      case 'invalid_format':
        if (field === 'email') return term('userPanel.error.email', named);
        if (field === 'login' || field === 'ownerLogin') return term('userPanel.error.login', named);
        if (field === 'phone' || field === 'mobile') return term('userPanel.error.phone', named);
        if (field === 'storageQuota' || field === 'backupQuota') return term('userPanel.error.quota', named);
        if (field === 'suspensionDate') return term('userPanel.error.date', named);
        break;
      case 'custom':
        if (field === 'backupQuota') return term('userPanel.error.backupMin', named);
        break;
      case 'owner_required':
        return term('userPanel.error.ownerRequired', named);
      case 'mobile_required':
        return term('userPanel.error.mobileRequired', named);
      case 'owner_unknown':
        return term('userPanel.error.ownerUnknown', named);
      case 'email_taken':
        return term('userPanel.error.emailTaken', named);
      case 'login_taken':
        return term('userPanel.error.loginTaken', named);
      case 'seat_limit':
        return term('userPanel.error.seatLimit', { ...named, pools: issue.pools ?? issue.message });
      case 'supervision_forbidden_action':
        return term('userPanel.error.supervisingField', named);
      case 'out_of_scope':
        return term('userPanel.error.outOfScope', named);
    }
    return term('userPanel.error.server', { ...named, message: issue.message });
  }

  private renderForm(user: User, draft: UserDraft): TemplateResult {
    const term = this.localize.term.bind(this.localize);
    const saving = this.busy === 'save';
    const issues = FORM_FIELDS.filter((field) => this.fieldIssues[field]);
    const roles = USER_ROLES.filter((role) => role !== 'super_admin' || this.isTopAdmin || user.role === 'super_admin');
    // Only a super admin makes or unmakes a super admin: for the others the role of a super admin is fixed.
    const roleFixed = user.role === 'super_admin' && !this.isTopAdmin;
    return html`
      <form part="form" class="form" novalidate aria-labelledby="title" @submit=${this.save}>
        <p class="hint">${term('userPanel.requiredNote')}</p>
        ${issues.length
          ? html`<div class="summary" role="alert">
              <p>${term('userPanel.errors.summary', { count: issues.length })}</p>
              <ul>
                ${issues.map((field) => html`<li>${this.issueText(field, this.fieldIssues[field]!)}</li>`)}
              </ul>
            </div>`
          : nothing}
        ${this.formError ? html`<p part="error" class="error" role="alert">${this.formError}</p>` : nothing}

        <fieldset>
          <legend>${term('userPanel.section.identity')}</legend>
          ${this.textInput('firstName', 'firstName', { required: true, maxlength: 100 })}
          ${this.textInput('lastName', 'lastName', { required: true, maxlength: 100 })}
          ${this.textInput('email', 'email', { type: 'email' })}
          ${this.textInput('login', 'login', { required: true, hint: term('userPanel.hint.login') })}
          ${this.select(
            'role',
            'role',
            roles.map((role) => [role, term(`userPanel.role.${role}`)]),
            { disabled: roleFixed },
          )}
          ${this.select(
            'mailLanguage',
            'mailLanguage',
            MAIL_LANGUAGES.map((code) => [code, this.languageName(code)]),
            { required: true },
          )}
        </fieldset>

        <fieldset>
          <legend>${term('userPanel.section.work')}</legend>
          ${this.textInput('jobTitle', 'jobTitle', { maxlength: 120 })} ${this.textInput('company', 'company', { maxlength: 200 })}
          ${this.textInput('department', 'department', { maxlength: 120 })} ${this.textArea('biography', 'biography', 2000)}
        </fieldset>

        <fieldset>
          <legend>${term('userPanel.section.contact')}</legend>
          ${this.textInput('phone', 'phone', { type: 'tel' })}
          ${this.textInput('mobile', 'mobile', {
            type: 'tel',
            required: draft.twoFactor === 'SMS',
            ...(draft.twoFactor === 'SMS' ? { hint: term('userPanel.hint.mobileForSms') } : {}),
          })}
          ${this.textInput('address.street', 'street', { maxlength: 200 })} ${this.textInput('address.zip', 'zip', { maxlength: 20 })}
          ${this.textInput('address.city', 'city', { maxlength: 120 })}
          ${this.textInput('address.country', 'country', { maxlength: 2, hint: term('userPanel.hint.country') })}
        </fieldset>

        <fieldset>
          <legend>${term('userPanel.section.account')}</legend>
          ${this.select(
            'accountType',
            'accountType',
            ACCOUNT_TYPES.map((type) => [type, term(`userPanel.accountType.${type}`)]),
          )}
          ${draft.accountType === 'contact' ? this.ownerPicker(user, draft) : nothing}
          ${this.select(
            'visibility',
            'visibility',
            VISIBILITIES.map((visibility) => [visibility, term(`userPanel.visibility.${visibility}`)]),
          )}
          ${this.checkbox('modificationPrevention', 'modificationPrevention', term('userPanel.hint.modificationPrevention'), !this.isTopAdmin)}
          ${this.select(
            'twoFactor',
            'twoFactor',
            TWO_FACTOR_MODES.map((mode) => [mode, term(`userPanel.twoFactor.${mode}`)]),
          )}
          ${this.textInput('suspensionDate', 'suspensionDate', { type: 'datetime-local', hint: term('userPanel.hint.suspensionDate') })}
          ${this.select(
            'expirationMode',
            'expirationMode',
            EXPIRATION_MODES.map((mode) => [mode, term(`userPanel.expirationMode.${mode}`)]),
          )}
          ${this.checkbox('creationNotification', 'creationNotification', term('userPanel.hint.creationNotification'))}
        </fieldset>

        <fieldset>
          <legend>${term('userPanel.section.storage')}</legend>
          ${this.quotaInput('storageQuota', 'storageQuotaAmount', 'storageQuotaUnit')}
          ${this.quotaInput('backupQuota', 'backupQuotaAmount', 'backupQuotaUnit', term('userPanel.hint.backupQuota'))}
        </fieldset>

        ${this.agencyChoices(draft)} ${this.poolChoices(user, draft)}

        <div class="form-buttons">
          <button part="save-button" class="primary" type="submit" ?disabled=${saving}>${saving ? term('userPanel.saving') : term('userPanel.save')}</button>
          <button type="button" ?disabled=${saving} @click=${() => this.stopEditing()}>${term('userPanel.cancelEdit')}</button>
        </div>
      </form>
    `;
  }

  /** `aria-describedby` of a field: its hint, then its error. */
  private describedBy(field: FormField, hasHint: boolean): string | typeof nothing {
    const ids = [hasHint ? `${fieldDomId(field)}-hint` : '', this.fieldIssues[field] ? `${fieldDomId(field)}-error` : ''].filter(Boolean);
    return ids.length ? ids.join(' ') : nothing;
  }

  private fieldError(field: FormField): TemplateResult | typeof nothing {
    const issue = this.fieldIssues[field];
    return issue ? html`<p part="field-error" class="field-error" id="${fieldDomId(field)}-error">${this.issueText(field, issue)}</p>` : nothing;
  }

  private fieldLabelFor(field: FormField, required = false): TemplateResult {
    return html`<label for=${fieldDomId(field)}>${this.fieldLabel(field)}${required ? html`<span aria-hidden="true"> *</span>` : nothing}</label>`;
  }

  private textInput(
    field: FormField,
    key: 'firstName' | 'lastName' | 'email' | 'login' | 'jobTitle' | 'company' | 'department' | 'phone' | 'mobile' | 'street' | 'zip' | 'city' | 'country' | 'suspensionDate',
    options: { type?: 'text' | 'email' | 'tel' | 'datetime-local'; required?: boolean; hint?: string; maxlength?: number } = {},
  ): TemplateResult {
    const value = this.draft?.[key] ?? '';
    return html`
      <div class="field">
        ${this.fieldLabelFor(field, options.required)}
        ${options.hint ? html`<p class="hint" id="${fieldDomId(field)}-hint">${options.hint}</p>` : nothing}
        <input
          id=${fieldDomId(field)}
          name=${field}
          type=${options.type ?? 'text'}
          autocomplete="off"
          maxlength=${options.maxlength ?? 254}
          ?required=${options.required ?? false}
          aria-invalid=${this.fieldIssues[field] ? 'true' : 'false'}
          aria-describedby=${this.describedBy(field, Boolean(options.hint))}
          .value=${live(value)}
          @input=${(event: InputEvent) => this.setDraft(key, (event.target as HTMLInputElement).value, field)}
        />
        ${this.fieldError(field)}
      </div>
    `;
  }

  private textArea(field: FormField, key: 'biography', maxlength: number): TemplateResult {
    return html`
      <div class="field">
        ${this.fieldLabelFor(field)}
        <textarea
          id=${fieldDomId(field)}
          name=${field}
          rows="3"
          maxlength=${maxlength}
          aria-invalid=${this.fieldIssues[field] ? 'true' : 'false'}
          aria-describedby=${this.describedBy(field, false)}
          .value=${live(this.draft?.[key] ?? '')}
          @input=${(event: InputEvent) => this.setDraft(key, (event.target as HTMLTextAreaElement).value, field)}
        ></textarea>
        ${this.fieldError(field)}
      </div>
    `;
  }

  private select<K extends 'role' | 'mailLanguage' | 'accountType' | 'visibility' | 'twoFactor' | 'expirationMode'>(
    field: FormField,
    key: K,
    options: readonly (readonly [UserDraft[K], string])[],
    flags: { required?: boolean; disabled?: boolean } = {},
  ): TemplateResult {
    const value = this.draft?.[key];
    return html`
      <div class="field">
        ${this.fieldLabelFor(field, flags.required)}
        <select
          id=${fieldDomId(field)}
          name=${field}
          ?disabled=${flags.disabled ?? false}
          aria-invalid=${this.fieldIssues[field] ? 'true' : 'false'}
          aria-describedby=${this.describedBy(field, false)}
          @change=${(event: Event) => this.setDraft(key, (event.target as HTMLSelectElement).value as UserDraft[K], field)}
        >
          ${options.map(([optionValue, label]) => html`<option value=${optionValue} ?selected=${optionValue === value}>${label}</option>`)}
        </select>
        ${this.fieldError(field)}
      </div>
    `;
  }

  private checkbox(field: FormField, key: 'modificationPrevention' | 'creationNotification', hint: string, disabled = false): TemplateResult {
    return html`
      <div class="field check">
        <input
          id=${fieldDomId(field)}
          name=${field}
          type="checkbox"
          ?disabled=${disabled}
          .checked=${live(this.draft?.[key] ?? false)}
          aria-invalid=${this.fieldIssues[field] ? 'true' : 'false'}
          aria-describedby=${this.describedBy(field, true)}
          @change=${(event: Event) => this.setDraft(key, (event.target as HTMLInputElement).checked, field)}
        />
        ${this.fieldLabelFor(field)}
        <p class="hint" id="${fieldDomId(field)}-hint">${hint}</p>
        ${this.fieldError(field)}
      </div>
    `;
  }

  private quotaInput(
    field: 'storageQuota' | 'backupQuota',
    amountKey: 'storageQuotaAmount' | 'backupQuotaAmount',
    unitKey: 'storageQuotaUnit' | 'backupQuotaUnit',
    hint?: string,
  ): TemplateResult {
    const term = this.localize.term.bind(this.localize);
    const unit = this.draft?.[unitKey] ?? 'GB';
    return html`
      <div class="field">
        ${this.fieldLabelFor(field)}
        ${hint ? html`<p class="hint" id="${fieldDomId(field)}-hint">${hint}</p>` : nothing}
        <div class="quota">
          <input
            id=${fieldDomId(field)}
            name=${field}
            type="text"
            inputmode="decimal"
            autocomplete="off"
            aria-invalid=${this.fieldIssues[field] ? 'true' : 'false'}
            aria-describedby=${this.describedBy(field, Boolean(hint))}
            .value=${live(this.draft?.[amountKey] ?? '')}
            @input=${(event: InputEvent) => this.setDraft(amountKey, (event.target as HTMLInputElement).value, field)}
          />
          <select
            name="${field}Unit"
            aria-label=${term('userPanel.unitOf', { field: this.fieldLabel(field) })}
            @change=${(event: Event) => this.setDraft(unitKey, (event.target as HTMLSelectElement).value as QuotaUnit, field)}
          >
            ${QUOTA_UNITS.map((option) => html`<option value=${option} ?selected=${option === unit}>${term(`userPanel.unit.${option}`)}</option>`)}
          </select>
        </div>
        ${this.fieldError(field)}
      </div>
    `;
  }

  private ownerPicker(user: User, draft: UserDraft): TemplateResult {
    const issue = this.fieldIssues.ownerLogin;
    return html`
      <suite-user-picker
        id=${fieldDomId('ownerLogin')}
        class="field"
        lang=${this.localize.locale}
        client-id=${this.clientId ?? ''}
        exclude-user-id=${user.id}
        label=${this.fieldLabel('ownerLogin')}
        hint=${this.localize.term('userPanel.hint.owner')}
        error=${issue ? this.issueText('ownerLogin', issue) : ''}
        value=${draft.ownerLogin}
        required
        .accountTypes=${['user'] as ('user' | 'contact')[]}
        .api=${this.resolvedApi}
        @change=${(event: Event) => this.setDraft('ownerLogin', (event.target as SuiteUserPicker).selected?.login ?? '', 'ownerLogin')}
      ></suite-user-picker>
    `;
  }

  /** Agencies within the admin's scope: an agency-scoped admin is offered only theirs. */
  private agencyChoices(draft: UserDraft): TemplateResult {
    const term = this.localize.term.bind(this.localize);
    const scope = this.resolvedAdmin?.scope;
    const offered = scope?.kind === 'agencies' ? this.agencies.filter((agency) => scope.agencyIds.includes(agency.id)) : this.agencies;
    return html`
      <fieldset id=${fieldDomId('agencyIds')} aria-describedby=${this.describedBy('agencyIds', false)}>
        <legend>${this.fieldLabel('agencyIds')}</legend>
        ${offered.length === 0 ? html`<p class="hint">${term('userPanel.noAgency')}</p>` : nothing}
        ${repeat(
          offered,
          (agency) => agency.id,
          (agency) => html`
            <div class="check">
              <input
                id="agency-${agency.id}"
                type="checkbox"
                name="agencyIds"
                value=${agency.id}
                .checked=${live(draft.agencyIds.includes(agency.id))}
                @change=${(event: Event) => this.toggle('agencyIds', agency.id, (event.target as HTMLInputElement).checked)}
              />
              <label for="agency-${agency.id}">${agency.name}</label>
            </div>
          `,
        )}
        ${this.fieldError('agencyIds')}
      </fieldset>
    `;
  }

  /**
   * Licence pools with their seats left. A full or over-allocated pool cannot
   * take the user (DOMAIN.md: assignments blocked until back to zero), unless
   * the user already holds a seat in it; the reason is said next to it.
   */
  private poolChoices(user: User, draft: UserDraft): TemplateResult {
    const term = this.localize.term.bind(this.localize);
    return html`
      <fieldset id=${fieldDomId('licencePoolIds')} aria-describedby=${this.describedBy('licencePoolIds', false)}>
        <legend>${this.fieldLabel('licencePoolIds')}</legend>
        ${this.pools.length === 0 ? html`<p class="hint">${term('userPanel.noPool')}</p>` : nothing}
        ${repeat(
          this.pools,
          (pool) => pool.id,
          (pool) => {
            const held = user.licencePoolIds.includes(pool.id);
            const blocked = !held && pool.remaining <= 0;
            const reason =
              pool.remaining < 0
                ? term('userPanel.pool.over', { count: -pool.remaining })
                : pool.remaining === 0
                  ? term('userPanel.pool.full')
                  : term('userPanel.pool.left', { remaining: pool.remaining, total: pool.total });
            return html`
              <div class="check" data-pool=${pool.key}>
                <input
                  id="pool-${pool.id}"
                  type="checkbox"
                  name="licencePoolIds"
                  value=${pool.id}
                  ?disabled=${blocked}
                  aria-describedby="pool-${pool.id}-seats"
                  .checked=${live(draft.licencePoolIds.includes(pool.id))}
                  @change=${(event: Event) => this.toggle('licencePoolIds', pool.id, (event.target as HTMLInputElement).checked)}
                />
                <label for="pool-${pool.id}">${pool.name}</label>
                <span class="hint" id="pool-${pool.id}-seats">${reason}</span>
              </div>
            `;
          },
        )}
        ${this.fieldError('licencePoolIds')}
      </fieldset>
    `;
  }

  private toggle(key: 'agencyIds' | 'licencePoolIds', id: string, on: boolean): void {
    const current = this.draft?.[key] ?? [];
    this.setDraft(key, on ? [...current.filter((existing) => existing !== id), id] : current.filter((existing) => existing !== id), key);
  }

  // ------------------------------------------------------------------ closing

  private onKeydown(event: KeyboardEvent): void {
    // A dialog handles its own Escape (native `cancel`), ours or one inside the team section; a picker's open popup takes it first.
    if (event.key !== 'Escape' || event.defaultPrevented || this.dialog) return;
    if (event.composedPath().some((target) => target instanceof HTMLDialogElement)) return;
    event.preventDefault();
    this.requestClose('keyboard');
  }

  private requestClose(source: SuiteRequestCloseEvent['source']): void {
    if (this.hasUnsavedChanges) {
      this.closeSource = source;
      this.openDialog('discard');
      return;
    }
    this.dispatchEvent(new SuiteRequestCloseEvent({ source }));
  }

  private discardAndClose(): void {
    this.closeDialog();
    // The draft goes only if the host lets the panel close: a host that keeps it open keeps the changes too.
    if (this.dispatchEvent(new SuiteRequestCloseEvent({ source: this.closeSource }))) {
      this.draft = undefined;
      this.fieldIssues = {};
      this.formError = '';
    }
  }

  // ------------------------------------------------------------------ dialogs

  private openDialog(name: DialogName): void {
    const active = this.shadowRoot?.activeElement;
    this.returnFocus = active instanceof HTMLElement ? active : undefined;
    this.dialogError = '';
    this.notice = '';
    this.actionError = '';
    if (name === 'ban') {
      this.banReason = '';
      this.banReasonError = '';
    }
    if (name === 'close') this.closeReason = '';
    if (name === 'permissions') void this.loadPermissions();
    if (name === 'replace') {
      this.replaceMode = 'existing';
      this.replaceResult = undefined;
      this.newcomerIssues = {};
      this.newcomer = { firstName: '', lastName: '', email: '', login: '', mailLanguage: this.user?.mailLanguage ?? 'en' };
    }
    this.dialog = name;
  }

  protected override updated(changed: PropertyValues): void {
    if (changed.has('dialog') && this.dialog) {
      const dialog = this.renderRoot.querySelector<HTMLDialogElement>('dialog');
      if (dialog && !dialog.open) {
        dialog.showModal();
        dialog.querySelector<HTMLElement>('[autofocus]')?.focus();
      }
    }
  }

  private closeDialog(): void {
    this.renderRoot.querySelector<HTMLDialogElement>('dialog')?.close();
  }

  private async onDialogClosed(): Promise<void> {
    this.dialog = undefined;
    this.permissionsAbort?.abort();
    await this.updateComplete;
    // The button that opened the dialog may be gone (a banned user has no "Ban"): the title takes focus then.
    const target = this.returnFocus;
    this.returnFocus = undefined;
    if (target?.isConnected && !(target as HTMLButtonElement).disabled) target.focus();
    else this.focusTitle();
  }

  private onDialogCancel(event: Event): void {
    // Escape while a request runs would hide its outcome.
    if (this.busy) event.preventDefault();
  }

  private renderDialog(user: User): TemplateResult | typeof nothing {
    if (!this.dialog) return nothing;
    const content = {
      ban: () => this.banDialog(user),
      close: () => this.closeAccountDialog(user),
      delete: () => this.deleteDialog(user),
      permissions: () => this.permissionsDialog(user),
      replace: () => this.replaceDialog(user),
      discard: () => this.discardDialog(),
    }[this.dialog]();
    return html`
      <dialog part="dialog" class="dialog" aria-labelledby="dialog-title" @close=${this.onDialogClosed} @cancel=${this.onDialogCancel}>${content}</dialog>
    `;
  }

  private dialogErrorBlock(): TemplateResult | typeof nothing {
    return this.dialogError ? html`<p part="error" class="error" role="alert">${this.dialogError}</p>` : nothing;
  }

  private cancelButton(autofocus = false): TemplateResult {
    return html`<button type="button" value="cancel" ?autofocus=${autofocus} ?disabled=${this.busy !== undefined} @click=${() => this.closeDialog()}>
      ${this.localize.term('userPanel.dialog.cancel')}
    </button>`;
  }

  private banDialog(user: User): TemplateResult {
    const term = this.localize.term.bind(this.localize);
    const submit = async (event: SubmitEvent) => {
      event.preventDefault();
      const change = { status: 'banned' as const, reason: this.banReason };
      // The contract's own rule: a ban needs a reason.
      if (!z.safeParse(StatusChange, change).success) {
        this.banReasonError = term('userPanel.error.required', { field: term('userPanel.ban.reason') });
        await this.updateComplete;
        this.renderRoot.querySelector<HTMLElement>('#ban-reason')?.focus();
        return;
      }
      if (await this.changeStatus('ban', change)) this.closeDialog();
    };
    return html`
      <form method="dialog" novalidate @submit=${submit}>
        <h2 id="dialog-title">${term('userPanel.ban.title', { name: this.fullName(user) })}</h2>
        <p>${term('userPanel.ban.text')}</p>
        <div class="field">
          <label for="ban-reason">${term('userPanel.ban.reason')}<span aria-hidden="true"> *</span></label>
          <textarea
            id="ban-reason"
            rows="3"
            maxlength="500"
            required
            autofocus
            aria-invalid=${this.banReasonError ? 'true' : 'false'}
            aria-describedby=${this.banReasonError ? 'ban-reason-error' : nothing}
            .value=${live(this.banReason)}
            @input=${(event: InputEvent) => {
              this.banReason = (event.target as HTMLTextAreaElement).value;
              this.banReasonError = '';
            }}
          ></textarea>
          ${this.banReasonError ? html`<p part="field-error" class="field-error" id="ban-reason-error">${this.banReasonError}</p>` : nothing}
        </div>
        ${this.dialogErrorBlock()}
        <div class="dialog-buttons">
          ${this.cancelButton()}
          <button class="danger" type="submit" ?disabled=${this.busy !== undefined}>${term('userPanel.ban.confirm')}</button>
        </div>
      </form>
    `;
  }

  private closeAccountDialog(user: User): TemplateResult {
    const term = this.localize.term.bind(this.localize);
    const submit = async (event: SubmitEvent) => {
      event.preventDefault();
      const reason = this.closeReason.trim();
      if (await this.changeStatus('close', reason ? { status: 'closed', reason } : { status: 'closed' })) this.closeDialog();
    };
    return html`
      <form method="dialog" novalidate @submit=${submit}>
        <h2 id="dialog-title">${term('userPanel.close.title', { name: this.fullName(user) })}</h2>
        <p>${term('userPanel.close.text')}</p>
        <div class="field">
          <label for="close-reason">${term('userPanel.close.reason')}</label>
          <textarea
            id="close-reason"
            rows="2"
            maxlength="500"
            .value=${live(this.closeReason)}
            @input=${(event: InputEvent) => (this.closeReason = (event.target as HTMLTextAreaElement).value)}
          ></textarea>
        </div>
        ${this.dialogErrorBlock()}
        <div class="dialog-buttons">
          ${this.cancelButton(true)}
          <button class="danger" type="submit" ?disabled=${this.busy !== undefined}>${term('userPanel.close.confirm')}</button>
        </div>
      </form>
    `;
  }

  private deleteDialog(user: User): TemplateResult {
    const term = this.localize.term.bind(this.localize);
    const confirm = async () => {
      const name = this.fullName(user);
      const deleted = await this.perform('delete', async (api, clientId, target) => {
        await api.deleteUser(clientId, target.id);
      });
      if (!deleted) return;
      this.closeDialog();
      this.draft = undefined;
      this.deletedName = name;
      this.dispatchEvent(new SuiteUserDeletedEvent({ userId: user.id }));
    };
    return html`
      <h2 id="dialog-title">${term('userPanel.delete.title', { name: this.fullName(user) })}</h2>
      <p>${term('userPanel.delete.text')}</p>
      ${this.dialogErrorBlock()}
      <div class="dialog-buttons">
        ${this.cancelButton(true)}
        <button class="danger" type="button" ?disabled=${this.busy !== undefined} @click=${confirm}>${term('userPanel.delete.confirm')}</button>
      </div>
    `;
  }

  private discardDialog(): TemplateResult {
    const term = this.localize.term.bind(this.localize);
    return html`
      <h2 id="dialog-title">${term('userPanel.discard.title')}</h2>
      <p>${term('userPanel.discard.text')}</p>
      <div class="dialog-buttons">
        <button type="button" autofocus @click=${() => this.closeDialog()}>${term('userPanel.discard.keep')}</button>
        <button class="danger" type="button" @click=${() => this.discardAndClose()}>${term('userPanel.discard.confirm')}</button>
      </div>
    `;
  }

  private async loadPermissions(): Promise<void> {
    const api = this.resolvedApi;
    const user = this.user;
    if (!api || !this.clientId || !user) return;
    this.permissionsAbort?.abort();
    const abort = new AbortController();
    this.permissionsAbort = abort;
    this.permissions = { state: 'loading' };
    try {
      const result = await api.getUserPermissions(this.clientId, user.id, { signal: abort.signal });
      this.permissions = { state: 'loaded', permissions: result.permissions };
    } catch (error) {
      if (abort.signal.aborted || isAbortError(error)) return;
      this.permissions = { state: 'failed', message: this.localize.describeError(error, this.localize.term('userPanel.error.permissions')) };
    }
  }

  private permissionsDialog(user: User): TemplateResult {
    const term = this.localize.term.bind(this.localize);
    const view = this.permissions;
    return html`
      <h2 id="dialog-title">${term('userPanel.permissions.title', { name: this.fullName(user) })}</h2>
      ${view.state === 'loading' ? html`<p role="status">${term('userPanel.permissions.loading')}</p>` : nothing}
      ${view.state === 'failed'
        ? html`<div part="error" class="error" role="alert">
            <p>${view.message}</p>
            <button type="button" @click=${() => void this.loadPermissions()}>${term('error.retry')}</button>
          </div>`
        : nothing}
      ${view.state === 'loaded' && view.permissions.length === 0 ? html`<p>${term('userPanel.permissions.empty')}</p>` : nothing}
      ${view.state === 'loaded' && view.permissions.length
        ? html`<div class="table-scroll" tabindex="0" role="region" aria-labelledby="dialog-title">
            <table class="permissions">
              <thead>
                <tr>
                  <th scope="col">${term('userPanel.permissions.key')}</th>
                  <th scope="col">${term('userPanel.permissions.granted')}</th>
                  <th scope="col">${term('userPanel.permissions.source')}</th>
                </tr>
              </thead>
              <tbody>
                ${view.permissions.map(
                  (permission) => html`
                    <tr data-key=${permission.key} data-granted=${permission.granted ? 'true' : 'false'}>
                      <th scope="row"><code>${permission.key}</code></th>
                      <td>${term(permission.granted ? 'userPanel.permissions.yes' : 'userPanel.permissions.no')}</td>
                      <td>${term(`userPanel.source.${permission.source}`)}</td>
                    </tr>
                  `,
                )}
              </tbody>
            </table>
          </div>`
        : nothing}
      <div class="dialog-buttons">
        <button type="button" autofocus @click=${() => this.closeDialog()}>${term('userPanel.dialog.close')}</button>
      </div>
    `;
  }

  // ------------------------------------------------------------------ replace

  private replaceDialog(user: User): TemplateResult {
    const term = this.localize.term.bind(this.localize);
    if (this.replaceResult) return this.replaceOutcome(this.replaceResult);
    const name = this.fullName(user);
    const newcomerInput = (key: keyof NewcomerDraft, field: FormField, type: 'text' | 'email' = 'text') => {
      const error = this.newcomerIssues[key];
      return html`
        <div class="field">
          <label for="newcomer-${key}">${this.fieldLabel(field)}<span aria-hidden="true"> *</span></label>
          <input
            id="newcomer-${key}"
            type=${type}
            required
            autocomplete="off"
            aria-invalid=${error ? 'true' : 'false'}
            aria-describedby=${error ? `newcomer-${key}-error` : nothing}
            .value=${live(this.newcomer[key])}
            @input=${(event: InputEvent) => this.setNewcomer(key, (event.target as HTMLInputElement).value)}
          />
          ${error ? html`<p part="field-error" class="field-error" id="newcomer-${key}-error">${error}</p>` : nothing}
        </div>
      `;
    };
    return html`
      <form novalidate @submit=${this.submitReplacement}>
        <h2 id="dialog-title">${term('userPanel.replace.title', { name })}</h2>
        <p>${term('userPanel.replace.text', { name })}</p>
        <fieldset>
          <legend>${term('userPanel.replace.who')}</legend>
          ${(['existing', 'create'] as const).map(
            (mode) => html`
              <div class="check">
                <input
                  id="replace-${mode}"
                  type="radio"
                  name="replace-mode"
                  value=${mode}
                  ?autofocus=${mode === 'existing'}
                  .checked=${live(this.replaceMode === mode)}
                  @change=${() => {
                    this.replaceMode = mode;
                    this.newcomerIssues = {};
                  }}
                />
                <label for="replace-${mode}">${term(mode === 'existing' ? 'userPanel.replace.existing' : 'userPanel.replace.create')}</label>
              </div>
            `,
          )}
        </fieldset>
        ${this.replaceMode === 'existing'
          ? html`<suite-user-picker
              id="newcomer-picker"
              lang=${this.localize.locale}
              client-id=${this.clientId ?? ''}
              exclude-user-id=${user.id}
              label=${term('userPanel.replace.pick')}
              hint=${term('userPanel.replace.pickHint')}
              error=${this.newcomerIssues.newcomerId ?? ''}
              required
              .statuses=${NEWCOMER_STATUSES}
              .api=${this.resolvedApi}
              @change=${() => (this.newcomerIssues = {})}
            ></suite-user-picker>`
          : html`
              ${newcomerInput('firstName', 'firstName')} ${newcomerInput('lastName', 'lastName')} ${newcomerInput('email', 'email', 'email')}
              ${newcomerInput('login', 'login')}
              <div class="field">
                <label for="newcomer-mailLanguage">${this.fieldLabel('mailLanguage')}</label>
                <select
                  id="newcomer-mailLanguage"
                  @change=${(event: Event) => this.setNewcomer('mailLanguage', (event.target as HTMLSelectElement).value as MailLanguage)}
                >
                  ${MAIL_LANGUAGES.map(
                    (code) => html`<option value=${code} ?selected=${code === this.newcomer.mailLanguage}>${this.languageName(code)}</option>`,
                  )}
                </select>
              </div>
            `}
        ${this.dialogErrorBlock()}
        <div class="dialog-buttons">
          ${this.cancelButton()}
          <button class="primary" type="submit" ?disabled=${this.busy !== undefined}>${term('userPanel.replace.confirm')}</button>
        </div>
      </form>
    `;
  }

  private setNewcomer<K extends keyof NewcomerDraft>(key: K, value: NewcomerDraft[K]): void {
    this.newcomer = { ...this.newcomer, [key]: value };
    if (this.newcomerIssues[key]) {
      const { [key]: _fixed, ...rest } = this.newcomerIssues;
      this.newcomerIssues = rest;
    }
  }

  /** The replacement body and the pools it may need seats in, or the complaints (in words, per field) that keep it from being sent. */
  private replacementRequest(user: User): { body: ReplaceUser; poolIds: string[] } | { issues: Partial<Record<NewcomerField, string>> } {
    const term = this.localize.term.bind(this.localize);
    if (this.replaceMode === 'existing') {
      const picked = this.renderRoot.querySelector<SuiteUserPicker>('#newcomer-picker')?.selected;
      if (!picked) return { issues: { newcomerId: term('userPanel.error.pickNewcomer', { field: term('userPanel.replace.pick') }) } };
      return { body: { newcomerId: picked.id }, poolIds: [...user.licencePoolIds, ...picked.licencePoolIds] };
    }
    const { firstName, lastName, email, login, mailLanguage } = this.newcomer;
    // The newcomer works where the leaver did: same agencies (which also keeps an agency-scoped admin within reach).
    const newcomer = { firstName, lastName, email: email.trim(), login, mailLanguage, agencyIds: user.agencyIds };
    const issues: Partial<Record<NewcomerField, string>> = {};
    // The newcomer is invited at once: the contract requires an email.
    if (!newcomer.email) issues.email = term('userPanel.error.required', { field: this.fieldLabel('email') });
    const parsed = z.safeParse(ReplaceNewcomer, newcomer);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        const key = String(issue.path[0]) as keyof NewcomerDraft;
        if (key in this.newcomer && !issues[key]) issues[key] = this.issueText(key, { code: issue.code, message: issue.message });
      }
    }
    return Object.keys(issues).length ? { issues } : { body: { newcomer }, poolIds: [...user.licencePoolIds] };
  }

  private async submitReplacement(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const user = this.user;
    if (!user || this.busy) return;
    const request = this.replacementRequest(user);
    if ('issues' in request) {
      this.newcomerIssues = request.issues;
      await this.focusNewcomerIssue();
      return;
    }
    this.newcomerIssues = {};
    await this.perform(
      'replace',
      async (api, clientId, leaver) => {
        try {
          const result = await api.replaceUser(clientId, leaver.id, request.body);
          this.replaceResult = result;
          this.applyUser(result.leaver);
          this.dispatchEvent(new SuiteUserReplacedEvent({ leaver: result.leaver, newcomer: result.newcomer }));
          this.notice = this.localize.term('userPanel.done.replaced', { leaver: this.fullName(result.leaver), newcomer: this.fullName(result.newcomer) });
          void this.reloadPools();
        } catch (error) {
          if (isProblem(error) && this.showNewcomerIssues(error.fieldErrors)) {
            await this.focusNewcomerIssue();
            return;
          }
          throw error;
        }
      },
      request.poolIds,
    );
    if (this.replaceResult) {
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>('#replace-done')?.focus();
    }
  }

  /** Server complaints about the newcomer (`newcomer.email`, `newcomerId`) next to their field; false when none is about one. */
  private showNewcomerIssues(errors: readonly FieldError[]): boolean {
    const issues: Partial<Record<NewcomerField, string>> = {};
    for (const error of errors) {
      const path = error.path.startsWith('newcomer.') ? error.path.slice('newcomer.'.length) : error.path;
      if (path === 'newcomerId' && this.replaceMode === 'existing') {
        issues.newcomerId ??= this.issueText('login', { code: error.code, message: error.message }, this.localize.term('userPanel.replace.pick'));
      } else if (this.replaceMode === 'create' && (path === 'firstName' || path === 'lastName' || path === 'email' || path === 'login' || path === 'mailLanguage')) {
        issues[path] ??= this.issueText(path, { code: error.code, message: error.message });
      }
    }
    this.newcomerIssues = issues;
    return Object.keys(issues).length > 0;
  }

  private async focusNewcomerIssue(): Promise<void> {
    await this.updateComplete;
    const order: NewcomerField[] = ['newcomerId', 'firstName', 'lastName', 'email', 'login', 'mailLanguage'];
    const first = order.find((key) => this.newcomerIssues[key]);
    if (!first) return;
    this.renderRoot.querySelector<HTMLElement>(first === 'newcomerId' ? '#newcomer-picker' : `#newcomer-${first}`)?.focus();
  }

  private replaceOutcome(result: ReplaceResult): TemplateResult {
    const term = this.localize.term.bind(this.localize);
    const poolNames = result.newcomer.licencePoolIds.map((id) => this.pools.find((pool) => pool.id === id)?.name ?? id);
    const leaverStatus = this.statusText(result.leaver);
    const newcomerStatus = this.statusText(result.newcomer);
    return html`
      <h2 id="dialog-title">${term('userPanel.replace.result')}</h2>
      <ul class="outcome">
        <li data-role="leaver">${term('userPanel.replace.leaverNow', { name: this.fullName(result.leaver), status: leaverStatus })}</li>
        <li data-role="newcomer">
          ${poolNames.length
            ? term('userPanel.replace.newcomerHolds', { name: this.fullName(result.newcomer), status: newcomerStatus, pools: this.list(poolNames) })
            : term('userPanel.replace.newcomerNoPool', { name: this.fullName(result.newcomer), status: newcomerStatus })}
        </li>
      </ul>
      <div class="dialog-buttons">
        <button id="replace-done" class="primary" type="button" @click=${() => this.closeDialog()}>${term('userPanel.replace.done')}</button>
      </div>
    `;
  }
}
