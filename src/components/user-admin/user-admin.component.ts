import { provide } from '@lit/context';
import { Task, TaskStatus } from '@lit/task';
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { isAbortError } from '../../api/errors.js';
import { createHttpApi } from '../../api/http/http-api.js';
import type { TransportOptions } from '../../api/http/transport.js';
import type { BulkSelection } from '../../api/schemas/invitation.js';
import type { Me } from '../../api/schemas/me.js';
import type { SupervisionSession } from '../../api/schemas/supervision.js';
import type { User } from '../../api/schemas/user.js';
import type { SuiteApi } from '../../api/suite-api.js';
import { adminContext } from '../../context/admin-context.js';
import { apiContext } from '../../context/api-context.js';
import { localeContext } from '../../context/locale-context.js';
import { LocalizeController } from '../../controllers/localize-controller.js';
import { SuiteErrorEvent } from '../../events/suite-error-event.js';
import type { SuiteSupervisionEndedEvent } from '../../events/suite-supervision-ended-event.js';
import { userAdminMessages } from '../../i18n/user-admin.js';
import type { SuiteInviteDialog } from '../invite-dialog/invite-dialog.component.js';
import type { SuiteLicenceMeter } from '../licence-meter/licence-meter.component.js';
import type { SuiteSuperviseDialog } from '../supervise-dialog/supervise-dialog.component.js';
import { SuiteElement } from '../suite-element.js';
import type { SuiteUserTable } from '../user-table/user-table.component.js';
import { userAdminStyles } from './user-admin.styles.js';

/*
 * The first screen needs the seats, the table and the toolbar; the panel, the
 * invitation dialog and the bulk-invite banner load when first used (they
 * register their own tags), which keeps the first load inside its size budget.
 */
const loadUserPanel = () => import('../user-panel/user-panel.js');
const loadInviteDialog = () => import('../invite-dialog/invite-dialog.js');
const loadBulkInviteBanner = () => import('../bulk-invite-banner/bulk-invite-banner.js');
const loadUserExport = () => import('../user-export/user-export.js');
/* The import (its element, reader, worker and template writer) is the largest part of the kit and most visits never use it. */
const loadUserImport = () => import('../user-import/user-import.js');
const loadSuperviseDialog = () => import('../supervise-dialog/supervise-dialog.js');
const loadSupervisionFrame = () => import('../supervision-frame/supervision-frame.js');

/** Every user of the client the admin can reach: the server applies the admin's scope. */
const EVERY_USER: BulkSelection = { filter: {} };

/**
 * The whole user administration of one client, for a partner to drop into its
 * portal: seats, search and filters, the user table, invitations, and a panel
 * to view and edit one user. It builds one backend client from `base-url` and
 * the token (or takes the `api` a host passes), loads the signed-in admin, and
 * provides both by context to the elements inside, which show only what that
 * admin's role and scope allow.
 *
 * Export (`<suite-user-export>`): the users matching the table's search,
 * filters and sort, within the admin's scope. Import: `<suite-user-import>` in
 * a modal dialog. Both load on first use.
 *
 * Supervision: "Supervise" in the user panel opens `<suite-supervise-dialog>`
 * for the reason; once the session starts, `<suite-supervision-frame>` takes
 * the place of the toolbar and the table (kept as they were, hidden) until the
 * admin exits or the session ends. A host cancels `suite-supervise-request` or
 * `suite-supervision-started` to run either step itself.
 *
 * @tagname suite-user-admin
 * @summary A client's user administration in one element.
 *
 * @slot actions - Extra buttons of the host, placed in the toolbar after the kit's own.
 *
 * @fires {SuiteErrorEvent} suite-error - The signed-in admin could not be loaded (the children fire their own).
 * @fires {SuiteBuyLicencesEvent} suite-buy-licences - From the licence meter: cancel it to run your own purchase flow.
 * @fires {SuiteSuperviseRequestEvent} suite-supervise-request - From the user panel: the admin asked to supervise a user. Cancel it to skip the kit's dialog.
 * @fires {SuiteSupervisionStartedEvent} suite-supervision-started - From the supervise dialog: cancel it to show the supervision frame elsewhere.
 * @fires {SuiteSupervisionEndedEvent} suite-supervision-ended - From the supervision frame: the admin is back in the administration.
 * @fires {SuiteImportCommittedEvent} suite-import-committed - From the import: users were created (the table and seats refresh).
 *
 * @csspart base - The wrapper around everything.
 * @csspart header - The title, the signed-in admin and the licence meter.
 * @csspart toolbar - The invitation, import and export buttons and the host's `actions`.
 * @csspart export - The `<suite-user-export>` panel under the toolbar.
 * @csspart import-dialog - The native `<dialog>` around `<suite-user-import>`.
 * @csspart panel - The user panel beside the table.
 * @csspart supervision - The `<suite-supervision-frame>` shown while supervising.
 * @csspart notice - How the last supervision ended, a polite live region.
 * @csspart error - The message shown when the admin cannot be loaded, with Retry.
 *
 * @cssproperty --suite-user-admin-panel-width - Width of the user panel beside the table. Default `28rem`.
 */
export class SuiteUserAdmin extends SuiteElement {
  static override styles = userAdminStyles;

  protected readonly localize = new LocalizeController(this, userAdminMessages);

  /** The contract's root, e.g. `https://api.example.com/api/v1`. */
  @property({ attribute: 'base-url' }) baseUrl?: string;

  /** The client (tenant) whose users are administered. */
  @property({ attribute: 'client-id' }) clientId?: string;

  /** Where the licence meter's "buy more licences" leads when the host does not cancel `suite-buy-licences`. */
  @property({ attribute: 'buy-url' }) buyUrl?: string;

  /**
   * The partner's own selfcare, shown in the supervision frame's iframe mode
   * (another origin than the portal's; see the README). Without it, the kit's dashboard.
   */
  @property({ attribute: 'selfcare-url' }) selfcareUrl?: string;

  /** A bearer token; not an attribute, so it never shows in the DOM. */
  @property({ attribute: false }) token?: string;

  /** Called before every request (and retry) for a fresh token; wins over `token`. */
  @property({ attribute: false }) getToken?: TransportOptions['getToken'];

  /** `'include'` for cookie sessions (then set `csrfHeader` too). */
  @property({ attribute: false }) credentials?: RequestCredentials;

  /** Sent on every non-GET request, against CSRF, when the session is a cookie. */
  @property({ attribute: false }) csrfHeader?: TransportOptions['csrfHeader'];

  /** A backend client of the host's own (e.g. an adapter to its GraphQL API); wins over `base-url`. */
  @property({ attribute: false }) api?: SuiteApi;

  /**
   * Builds the backend client a supervision frame uses with the session's token.
   * Without it, the frame builds one from `base-url`: set it when you pass `api` and no `base-url`.
   */
  @property({ attribute: false }) createSupervisionApi?: (token: string) => SuiteApi;

  @provide({ context: apiContext })
  @state()
  protected providedApi?: SuiteApi;

  @provide({ context: adminContext })
  @state()
  protected admin?: Me;

  @provide({ context: localeContext })
  @state()
  protected providedLocale = 'en';

  /** The user shown in the panel. */
  @state() private openUserId: string | undefined;

  /** Who the bulk-invite banner is about; `undefined` hides it. */
  @state() private bulkInvitation: BulkSelection | undefined;

  @state() private selection: { selection: BulkSelection; count: number } | undefined;

  @state() private exportOpen = false;
  /** Once opened, the export panel stays in the page (hidden when closed), so an export runs on and its outcome stays. */
  @state() private exportUsed = false;

  /** The supervise dialog stays in the page once used (it loads on first use). */
  @state() private superviseUsed = false;
  /** The running supervision, shown in place of the administration. */
  @state() private supervision: { session: SupervisionSession; user: User; api: SuiteApi | undefined } | undefined;
  /** How the last supervision ended, said once the administration is back. */
  @state() private supervisionNotice = '';

  /** `loading` while the import's code loads (first use), `failed` if it could not. */
  @state() private importState: 'closed' | 'loading' | 'ready' | 'failed' = 'closed';

  @query('suite-user-table') private table?: SuiteUserTable;
  @query('suite-licence-meter') private meter?: SuiteLicenceMeter;
  @query('suite-invite-dialog') private inviteDialog?: SuiteInviteDialog;
  @query('.panel') private panel?: HTMLElement;
  @query('.import-dialog') private importDialog?: HTMLDialogElement;
  @query('suite-bulk-invite-banner') private banner?: HTMLElement;
  @query('suite-supervise-dialog') private superviseDialog?: SuiteSuperviseDialog;

  /** The row to give focus back to when the panel closes. */
  private panelOpener: Element | null = null;
  /** Whether focus goes back to the Import button when the dialog closes (not when the bulk-invite banner takes it). */
  private importReturnsFocus = true;

  /** The table's search, filters and sort, asked by the export when it starts. */
  private readonly exportQuery = () => this.table?.query ?? { filter: {} };

  private readonly adminTask = new Task(this, {
    args: () => [this.providedApi] as const,
    task: async ([api], { signal }) => {
      if (!api) return undefined;
      try {
        const me = await api.getMe({ signal });
        this.admin = me;
        return me;
      } catch (error) {
        if (!signal.aborted && !isAbortError(error)) {
          this.dispatchEvent(new SuiteErrorEvent(error instanceof Error ? error : new Error(String(error))));
        }
        throw error;
      }
    },
  });

  constructor() {
    super();
    // Children fire these; the admin keeps its parts in step with each other.
    this.addEventListener('suite-user-open', (event) => this.openUser(event.userId, event.composedPath()[0]));
    this.addEventListener('suite-selection-change', (event) => {
      this.selection = event.selection ? { selection: event.selection, count: event.count } : undefined;
    });
    this.addEventListener('suite-bulk-invite-request', (event) => {
      // "Review and send invitations" from the import: the dialog gives way to the banner.
      const fromImport = this.importState !== 'closed' && event.composedPath().some((target) => target instanceof Element && target.localName === 'suite-user-import');
      if (fromImport) this.closeImport(false);
      // Cancelable for the host page, whose listeners run after ours (it is further up).
      queueMicrotask(() => {
        if (!event.defaultPrevented) this.showBulkInvitation(event.selection, fromImport);
        else if (fromImport) this.importButton()?.focus();
      });
    });
    this.addEventListener('suite-import-committed', () => {
      this.table?.refresh();
      void this.meter?.reload();
    });
    this.addEventListener('suite-invite-request', (event) => void this.showInviteDialog(event.user));
    this.addEventListener('suite-user-changed', (event) => this.userChanged(event.user));
    this.addEventListener('suite-invite-sent', (event) => this.userChanged(event.user));
    this.addEventListener('suite-user-replaced', (event) => {
      this.userChanged(event.leaver);
      this.userChanged(event.newcomer);
    });
    this.addEventListener('suite-user-deleted', (event) => {
      this.table?.removeUser(event.userId);
      void this.meter?.reload();
      if (event.userId === this.openUserId) this.closePanel();
    });
    this.addEventListener('suite-invitations-sent', () => {
      this.table?.refresh();
      void this.meter?.reload();
    });
    // Cancelable for the host page, whose listeners run after ours (it is further up).
    this.addEventListener('suite-supervise-request', (event) => {
      queueMicrotask(() => {
        if (!event.defaultPrevented) void this.showSuperviseDialog(event.user);
      });
    });
    this.addEventListener('suite-supervision-started', (event) => {
      queueMicrotask(() => {
        if (!event.defaultPrevented) void this.openSupervision(event.session, event.user);
      });
    });
    this.addEventListener('suite-supervision-ended', (event) => this.supervisionEnded(event));
    this.addEventListener('suite-request-close', (event) => {
      queueMicrotask(() => {
        if (!event.defaultPrevented) this.closePanel();
      });
    });
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('api') || changed.has('baseUrl') || changed.has('token') || changed.has('getToken') || changed.has('credentials') || changed.has('csrfHeader')) {
      this.providedApi = this.api ?? this.buildApi();
      this.admin = undefined;
    }
    if (changed.has('clientId')) {
      this.openUserId = undefined;
      this.bulkInvitation = undefined;
      this.selection = undefined;
      this.exportOpen = false;
      this.exportUsed = false;
      this.supervision = undefined;
      this.supervisionNotice = '';
      this.closeImport(false);
    }
    this.providedLocale = this.localize.locale;
  }

  private buildApi(): SuiteApi | undefined {
    if (!this.baseUrl) return undefined;
    return createHttpApi({
      baseUrl: this.baseUrl,
      ...(this.token !== undefined ? { token: this.token } : {}),
      ...(this.getToken ? { getToken: this.getToken } : {}),
      ...(this.credentials ? { credentials: this.credentials } : {}),
      ...(this.csrfHeader ? { csrfHeader: this.csrfHeader } : {}),
    });
  }

  private openUser(userId: string, opener: EventTarget | undefined): void {
    void loadUserPanel();
    this.panelOpener = opener instanceof Element ? opener : null;
    this.openUserId = userId;
    void this.updateComplete.then(() => this.panel?.focus());
  }

  /** `focus`: the banner takes the focus (the import dialog that asked for it has closed). */
  private showBulkInvitation(selection: BulkSelection, focus = false): void {
    void loadBulkInviteBanner().then(async () => {
      if (!focus) return;
      await this.updateComplete;
      this.banner?.focus();
    });
    this.bulkInvitation = selection;
  }

  private async showInviteDialog(user: User): Promise<void> {
    await loadInviteDialog();
    await this.updateComplete;
    this.inviteDialog?.show(user);
  }

  private async showSuperviseDialog(user: User): Promise<void> {
    this.superviseUsed = true;
    await loadSuperviseDialog();
    await this.updateComplete;
    await this.superviseDialog?.show(user);
  }

  private async openSupervision(session: SupervisionSession, user: User): Promise<void> {
    await loadSupervisionFrame();
    this.supervisionNotice = '';
    // Built once per session: a new client on every render would make the frame's dashboard load again each time.
    this.supervision = { session, user, api: this.createSupervisionApi?.(session.token ?? '') };
  }

  private supervisionEnded(event: SuiteSupervisionEndedEvent): void {
    const user = this.supervision?.user;
    if (!user) return;
    this.supervision = undefined;
    this.supervisionNotice = this.localize.term(`userAdmin.supervision.${event.reason}`, { name: `${user.firstName} ${user.lastName}` });
    // What was done while supervising shows at once: the row and the panel reload.
    this.table?.refresh();
    void this.updateComplete.then(() => (this.panel ?? this.table)?.focus());
  }

  private closePanel(): void {
    this.openUserId = undefined;
    const opener = this.panelOpener;
    this.panelOpener = null;
    void this.updateComplete.then(() => {
      if (opener instanceof HTMLElement && opener.isConnected) opener.focus();
      else this.table?.focus();
    });
  }

  // ------------------------------------------------------------------ export

  private toggleExport(): void {
    this.exportOpen = !this.exportOpen;
    if (this.exportOpen) {
      this.exportUsed = true;
      void loadUserExport();
    }
  }

  private closeExport(event: Event): void {
    // The panel's request, not the user panel's: the admin's own listener closes that one.
    event.stopPropagation();
    this.exportOpen = false;
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('.export-button')?.focus());
  }

  // ------------------------------------------------------------------ import

  private importButton(): HTMLElement | null {
    return this.renderRoot.querySelector<HTMLElement>('.import-button');
  }

  private async openImport(): Promise<void> {
    this.importReturnsFocus = true;
    this.importState = 'loading';
    await this.updateComplete;
    if (!this.importDialog?.open) this.importDialog?.showModal();
    try {
      await loadUserImport();
      if (this.importState === 'loading') this.importState = 'ready';
    } catch {
      if (this.importState === 'loading') this.importState = 'failed';
    }
  }

  /** `restoreFocus`: back to the Import button (not when the bulk-invite banner takes over). */
  private closeImport(restoreFocus = true): void {
    if (!restoreFocus) this.importReturnsFocus = false;
    if (this.importDialog?.open) this.importDialog.close();
    else this.importClosed();
  }

  /** The dialog closed (its button, Escape, or the banner taking over): its element goes, so the next opening starts afresh. */
  private importClosed(): void {
    if (this.importState === 'closed') return;
    this.importState = 'closed';
    if (this.importReturnsFocus) this.importButton()?.focus();
  }

  private userChanged(user: User): void {
    this.table?.upsertUser(user);
    void this.meter?.reload();
  }

  override render(): TemplateResult {
    const term = this.localize.term.bind(this.localize);
    const base = (content: unknown) => html`
      <div part="base" class="base" lang=${this.localize.locale} aria-busy=${this.adminTask.status === TaskStatus.PENDING ? 'true' : 'false'}>
        ${content}
      </div>
    `;
    if (!this.providedApi || !this.clientId) return base(html`<p class="message">${term('userAdmin.notConfigured')}</p>`);
    return base(
      this.adminTask.render({
        pending: () => html`<p class="message" role="status">${term('userAdmin.loading')}</p>`,
        complete: (me) => (me ? this.renderAdministration(me) : nothing),
        error: (error) => html`
          <div part="error" class="error" role="alert">
            <p>${this.errorMessage(error)}</p>
            <button type="button" @click=${() => void this.adminTask.run()}>${term('error.retry')}</button>
          </div>
        `,
      }),
    );
  }

  private renderAdministration(me: Me): TemplateResult {
    const term = this.localize.term.bind(this.localize);
    const clientId = this.clientId!;
    if (!me.permissions.includes('users.read')) return html`<p class="message">${term('userAdmin.noAccess')}</p>`;
    const canBulkInvite = me.permissions.includes('users.bulk_invite');
    const canSeeLicences = me.permissions.includes('licences.read');
    const canImport = me.permissions.includes('users.import');
    const canExport = me.permissions.includes('users.export');
    return html`
      <!-- Not a <header>: at the top of a shadow root it is one more banner landmark beside the portal\'s own. -->
      <div part="header" class="header">
        <div class="title">
          <h2 id="title">${term('userAdmin.title')}</h2>
          <p class="signed-in">${term('userAdmin.signedInAs', { name: me.displayName })}</p>
        </div>
        ${canSeeLicences ? html`<suite-licence-meter client-id=${clientId} buy-url=${this.buyUrl ?? ''}></suite-licence-meter>` : nothing}
      </div>
      ${this.supervision
        ? html`<suite-supervision-frame
            part="supervision"
            base-url=${this.baseUrl ?? ''}
            .src=${this.selfcareUrl}
            .session=${this.supervision.session}
            .user=${this.supervision.user}
            .supervisionApi=${this.supervision.api}
          ></suite-supervision-frame>`
        : nothing}
      <p part="notice" class="notice" role="status">${this.supervisionNotice}</p>
      <!-- Hidden, not removed, while supervising: the search, the scroll and the open user are as they were on return. -->
      <div class="administration" ?hidden=${this.supervision !== undefined}>
        <div part="toolbar" class="toolbar" role="toolbar" aria-labelledby="title">
          ${canBulkInvite
            ? html`<button type="button" class="primary" @click=${() => this.showBulkInvitation(this.selection?.selection ?? EVERY_USER)}>
                ${this.selection ? term('userAdmin.inviteMatching', { count: this.selection.count }) : term('userAdmin.inviteAll')}
              </button>`
            : nothing}
          ${canImport
            ? html`<button type="button" class="import-button" aria-haspopup="dialog" @click=${() => void this.openImport()}>${term('userAdmin.import.open')}</button>`
            : nothing}
          ${canExport
            ? html`<button type="button" class="export-button" aria-expanded=${this.exportOpen ? 'true' : 'false'} aria-controls="export" @click=${this.toggleExport}>
                ${term('userAdmin.export.open')}
              </button>`
            : nothing}
          <slot name="actions"></slot>
        </div>
        ${canExport && this.exportUsed
          ? html`<suite-user-export
              part="export"
              id="export"
              client-id=${clientId}
              ?hidden=${!this.exportOpen}
              .getQuery=${this.exportQuery}
              @suite-request-close=${this.closeExport}
            ></suite-user-export>`
          : nothing}
        ${this.bulkInvitation
          ? html`<suite-bulk-invite-banner
              client-id=${clientId}
              tabindex="-1"
              .selection=${this.bulkInvitation}
              @suite-request-close=${(event: Event) => {
                event.stopPropagation();
                this.bulkInvitation = undefined;
              }}
            ></suite-bulk-invite-banner>`
          : nothing}
        <div class="workspace ${this.openUserId ? 'with-panel' : ''}">
          <suite-user-table client-id=${clientId}></suite-user-table>
          ${this.openUserId
            ? html`<section part="panel" class="panel" tabindex="-1" aria-label=${term('userAdmin.panelTitle')}>
                <suite-user-panel client-id=${clientId} user-id=${this.openUserId}></suite-user-panel>
              </section>`
            : nothing}
        </div>
      </div>
      <suite-invite-dialog client-id=${clientId}></suite-invite-dialog>
      ${this.superviseUsed ? html`<suite-supervise-dialog client-id=${clientId}></suite-supervise-dialog>` : nothing}
      ${canImport ? this.renderImportDialog(clientId) : nothing}
    `;
  }

  private renderImportDialog(clientId: string): TemplateResult {
    const term = this.localize.term.bind(this.localize);
    const state = this.importState;
    return html`
      <dialog part="import-dialog" class="import-dialog" aria-labelledby="import-title" @close=${this.importClosed}>
        <!-- Not a <header>: outside sectioning content it would be a second banner landmark. -->
        <div class="dialog-header">
          <h2 id="import-title">${term('userAdmin.import.open')}</h2>
          <button type="button" class="close" aria-label=${term('userAdmin.import.close')} @click=${() => this.closeImport()}>
            <span aria-hidden="true">×</span>
          </button>
        </div>
        ${state === 'ready'
          ? html`<suite-user-import client-id=${clientId}></suite-user-import>`
          : state === 'loading'
            ? html`<p class="message" role="status">${term('userAdmin.import.loading')}</p>`
            : state === 'failed'
              ? html`<div class="error" role="alert">
                  <p>${term('userAdmin.import.loadFailed')}</p>
                  <button type="button" @click=${() => void this.openImport()}>${term('error.retry')}</button>
                </div>`
              : nothing}
      </dialog>
    `;
  }

  private errorMessage(error: unknown): string {
    return this.localize.describeError(error, this.localize.term('error.loadAdmin'));
  }
}
