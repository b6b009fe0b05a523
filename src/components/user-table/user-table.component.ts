import { consume } from '@lit/context';
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';
import { guard } from 'lit/directives/guard.js';
import { repeat } from 'lit/directives/repeat.js';
import { property, query, state } from 'lit/decorators.js';
import { isSuiteApiError } from '../../api/errors.js';
import type { ListSelection } from '../../api/schemas/invitation.js';
import type { Me, Permission } from '../../api/schemas/me.js';
import type { Agency } from '../../api/schemas/tenancy.js';
import type { LicencePool } from '../../api/schemas/licence-pool.js';
import type { User, UserFilter, UserSort } from '../../api/schemas/user.js';
import type { SuiteApi } from '../../api/suite-api.js';
import { adminContext } from '../../context/admin-context.js';
import { apiContext } from '../../context/api-context.js';
import { BulkActionController, type BulkTarget } from '../../controllers/bulk-action-controller.js';
import { LocalizeController } from '../../controllers/localize-controller.js';
import { SelectionController } from '../../controllers/selection-controller.js';
import { UserListController } from '../../controllers/user-list-controller.js';
import { SuiteBulkInviteRequestEvent } from '../../events/suite-bulk-invite-request-event.js';
import { SuiteErrorEvent } from '../../events/suite-error-event.js';
import { SuiteSelectionChangeEvent } from '../../events/suite-selection-change-event.js';
import { SuiteUserOpenEvent } from '../../events/suite-user-open-event.js';
import { userTableMessages } from '../../i18n/user-table.js';
import { SuiteElement } from '../suite-element.js';
import { type Choice, selectOptions } from './select-options.js';
import { userTableStyles } from './user-table.styles.js';

/** The calls this element makes, typed narrowly so an adapter or a test implements only these. */
export type UserTableApi = Pick<SuiteApi, 'listUsers' | 'listAgencies' | 'listLicencePools' | 'changeUserStatus' | 'deleteUser'>;

export type BulkActionName = 'invite' | 'deactivate' | 'reactivate' | 'delete';
/** Actions the table runs itself, one request per user. */
type RunnableAction = Exclude<BulkActionName, 'invite'>;

/*
 * The contract's lists, repeated as types-checked literals: importing them from
 * the schemas would bring zod (about 15 KB) into the table's bundle.
 */
const USER_STATUSES = ['pending', 'invited', 'active', 'inactive', 'banned', 'closed'] as const satisfies readonly User['status'][];
const USER_ROLES = ['super_admin', 'admin', 'operator', 'user'] as const satisfies readonly User['role'][];
const ACCOUNT_TYPES = ['user', 'contact'] as const satisfies readonly User['accountType'][];
type SortField = UserSort extends infer S ? (S extends `-${string}` ? never : S) : never;
/** What each column sorts by, in order: checkbox, name, email, status, role, agencies (not sortable), user code. */
const COLUMN_SORT: readonly (SortField | undefined)[] = [undefined, 'lastName', 'email', 'status', 'role', undefined, 'userCode'];
const LAST_COLUMN = COLUMN_SORT.length - 1;
/** The header row is row 1 of the grid; data row `i` is `aria-rowindex` i + 2. */
const HEADER_ROW = -1;

const BULK_PERMISSION: Record<BulkActionName, Permission> = {
  invite: 'users.bulk_invite',
  deactivate: 'users.write',
  reactivate: 'users.write',
  delete: 'users.write',
};

/** Pause after the last keystroke before searching: one request per word typed, not per letter. */
export const SEARCH_DEBOUNCE_MS = 250;
/** Ids per request while a `{ filter }` selection is turned into users (the contract's largest page). */
const COLLECT_PAGE = 500;
/** Rows loaded beyond each edge of the visible ones, so a short scroll shows data at once. */
const PREFETCH_ROWS = 50;
/** Rows rendered beyond each edge of the visible ones (from the frame after they show), so a short scroll shows rows already laid out. */
const OVERSCAN_ROWS = 8;

/** The rows in the DOM (`first..last`) and those on screen below the sticky header. */
interface RowWindow {
  first: number;
  last: number;
  firstVisible: number;
  lastVisible: number;
}

const NO_ROWS: RowWindow = { first: 0, last: -1, firstVisible: 0, lastVisible: -1 };

/** What the rows are placed from: the one row height, the grid's height below its header, the scroll position (px). */
interface GridView {
  rowHeight: number;
  height: number;
  scrollTop: number;
}

interface FilterState {
  status: string;
  role: string;
  agency: string;
  pool: string;
  accountType: string;
}

const NO_FILTERS: FilterState = { status: '', role: '', agency: '', pool: '', accountType: '' };

interface ClientScope {
  agencies: Agency[];
  pools: LicencePool[];
}

const NO_SCOPE: ClientScope = { agencies: [], pools: [] };

/** A problem's own words (the server's reason), else the message of the error. */
function reasonOf(error: unknown): string | undefined {
  if (isSuiteApiError(error) && 'problem' in error) {
    const problem = (error as { problem: { detail?: string; title: string } }).problem;
    return problem.detail ?? problem.title;
  }
  return undefined;
}

/**
 * `--suite-user-table-row-height`'s default, 2.75rem, at the browsers' default
 * 16 px rem: the first rows are placed with it, before anything is laid out
 * (see willUpdate).
 */
const DEFAULT_ROW_HEIGHT_PX = 44;
/**
 * What is always above the first row, at least: the toolbar (a label over the
 * search field, 3.25rem at the least) and the header row (2.75rem), at 16 px.
 * The first rows fill the window below it (see willUpdate).
 */
const ABOVE_FIRST_ROW_PX = 96;

const fullName = (user: User) => `${user.lastName} ${user.firstName}`;

/**
 * The users of a client, as a virtualized, keyboard-driven WAI-ARIA grid over
 * the server's cursor-paged list: search, filters, sort, selection (with
 * "all N matching") and bulk actions with progress and per-user results.
 *
 * Only the rows in view (plus a few) are in the DOM. Every row has the same
 * height, so which rows those are is arithmetic on the scroll position: no row
 * is ever measured. A general-purpose virtualizer (@lit-labs/virtualizer's flow
 * layout) measures each row in a ResizeObserver callback and re-lays out from
 * there (more rows, a new height for the scrolling body), which Chromium
 * reports as a window error ("ResizeObserver loop completed with undelivered
 * notifications") that a host's error tracker logs; it also weighed a third of
 * this element's bundle.
 *
 * @tagname suite-user-table
 * @summary Searchable, sortable, selectable list of a client's users, smooth at 100,000.
 *
 * @fires {SuiteUserOpenEvent} suite-user-open - Enter on a row, or its name activated: the host shows that user.
 * @fires {SuiteSelectionChangeEvent} suite-selection-change - The selection changed (`null` when emptied).
 * @fires {SuiteBulkInviteRequestEvent} suite-bulk-invite-request - "Invite" chosen on a selection: the host shows the bulk-invite banner for it (which previews who has no email, then sends).
 * @fires {SuiteErrorEvent} suite-error - Loading users failed (never for a cancelled request).
 *
 * @csspart base - The wrapper around everything.
 * @csspart toolbar - Search and filters.
 * @csspart search - The search field.
 * @csspart filter - Each filter's select.
 * @csspart bulk-bar - Selection count and bulk actions, shown while users are selected.
 * @csspart bulk-button - Each bulk action button.
 * @csspart bulk-status - Progress and per-user results of a bulk action.
 * @csspart progress - The progress bar of a bulk action.
 * @csspart grid - The grid (role=grid).
 * @csspart header - The header row.
 * @csspart header-cell - Each column header.
 * @csspart row - Each data row.
 * @csspart cell - Each data cell.
 * @csspart name-button - The user's name, which opens the user.
 * @csspart status-badge - The status badge (with the invitation date for invited users).
 * @csspart message - The loading, empty and error messages.
 * @csspart dialog - The delete confirmation dialog.
 *
 * @cssproperty --suite-user-table-row-height - Height of every row (rows never wrap, so 100,000 rows scroll evenly). Default `2.75rem`.
 * @cssproperty --suite-user-table-height - Height of the scrolling body. Default `30rem`.
 * @cssproperty --suite-user-table-columns - `grid-template-columns` of the seven columns.
 * @cssproperty --suite-user-table-row-selected - Background of a selected row. Default `--suite-color-surface-raised`.
 */
export class SuiteUserTable extends SuiteElement {
  static override styles = userTableStyles;

  protected readonly localize = new LocalizeController(this, userTableMessages);

  /** The client (tenant) whose users are listed. */
  @property({ attribute: 'client-id' }) clientId?: string;

  /** A backend client set directly; wins over the one provided by `apiContext`. */
  @property({ attribute: false }) api?: UserTableApi;

  /** The signed-in admin set directly; wins over `adminContext`. Actions it lacks the permission for are not offered. */
  @property({ attribute: false }) admin?: Me;

  @consume({ context: apiContext, subscribe: true })
  @state()
  protected providedApi?: UserTableApi;

  @consume({ context: adminContext, subscribe: true })
  @state()
  protected providedAdmin?: Me;

  @state() private searchText = '';
  @state() private search = '';
  @state() private filters: FilterState = NO_FILTERS;
  @state() private sort: UserSort = 'lastName';
  /** The logical cell holding the grid's one tab stop: row index (HEADER_ROW for the header) and column. */
  @state() private focusRow = HEADER_ROW;
  @state() private focusCol = 1;
  /** Rows rendered and rows on screen (see placeRows). */
  private rowWindow = NO_ROWS;
  /** The total the rows were last placed for. */
  private placedTotal = 0;
  /** Sizes and scroll position as last measured (see measureView). */
  private view: GridView = { rowHeight: 0, height: 0, scrollTop: 0 };
  private overscanFrame = 0;
  @state() private confirmingDelete = false;
  @state() private lastAction: RunnableAction | undefined;

  @query('.body') private body?: HTMLElement;
  @query('.grid') private grid?: HTMLElement;
  /** The header row: every row has its height. */
  @query('.head > .row') private headRow?: HTMLElement;
  @query('dialog') private dialog?: HTMLDialogElement;

  private readonly list = new UserListController(this);
  private readonly selection = new SelectionController(this);
  private readonly bulk = new BulkActionController(this);
  private searchTimer: ReturnType<typeof setTimeout> | undefined;
  /** Focus the logical cell once it is rendered (it may be on a page still loading). */
  private focusPending = false;
  private reportedError: unknown;
  /** The rendered row cell that is the grid's tab stop (see syncTabStop). */
  private tabStop: HTMLElement | null = null;
  /** Where focus goes back when the delete dialog closes. */
  private dialogOpener: HTMLElement | null = null;
  private lastSelectionKey = '';

  /** The client's agencies and licence pools: filters, and agency names in the rows. */
  private scope: ClientScope = NO_SCOPE;
  private scopeLoad = new AbortController();

  private get currentApi(): UserTableApi | undefined {
    return this.api ?? this.providedApi;
  }

  private get currentAdmin(): Me | undefined {
    return this.admin ?? this.providedAdmin;
  }

  private can(permission: Permission): boolean {
    return this.currentAdmin?.permissions.includes(permission) ?? false;
  }

  /** Agencies this admin may see: an agency-scoped admin never sees the others, even if a backend sent them. */
  private get agencies(): Agency[] {
    const all = this.scope.agencies;
    const scope = this.currentAdmin?.scope;
    return scope?.kind === 'agencies' ? all.filter((agency) => scope.agencyIds.includes(agency.id)) : all;
  }

  /** The search, filters and sort the table shows: what an export of "these users" repeats. */
  get query(): { filter: UserFilter; sort: UserSort } {
    return { filter: this.filter, sort: this.sort };
  }

  private get filter(): UserFilter {
    const { status, role, agency, pool, accountType } = this.filters;
    const filter: UserFilter = {};
    if (this.search) filter.q = this.search;
    if (status) filter.status = [status as User['status']];
    if (role) filter.role = [role as User['role']];
    if (agency) filter.agency = [agency];
    if (pool) filter.pool = [pool];
    if (accountType) filter.accountType = [accountType as User['accountType']];
    return filter;
  }

  // ------------------------------------------------------------ public API

  /** Loads the list again (someone changed users elsewhere), keeping the scroll position. */
  refresh(): void {
    this.list.refresh();
  }

  /** A user changed elsewhere (the user panel saved): its row shows the change; a user not loaded makes the list reload. */
  upsertUser(user: User): void {
    if (!this.list.upsert(user)) this.list.refresh();
  }

  /** A user was deleted or left the list elsewhere. */
  removeUser(userId: string): void {
    this.selection.forget(userId);
    if (!this.list.remove(userId)) this.list.refresh();
    this.announceSelection();
  }

  // ------------------------------------------------------------ lifecycle

  /**
   * Follows the size of the grid (taller: more rows on screen) and of the
   * header row (the row height is in rem). The callback comes right after
   * layout, so reading sizes there costs nothing. Rows on screen that are not
   * rendered (the first frame's guess fell short, the grid grew) are rendered
   * at once, so this frame is painted with them: they go into the body, whose
   * size does not depend on them, so no observed box changes while the browser
   * delivers resize notifications. Anything else (overscan, rows gone off
   * screen) waits for the next frame.
   */
  private readonly resizeObserver = new ResizeObserver(() => {
    if (this.measureView()) this.placeRows(true, true);
  });

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.hasUpdated) this.observeSize();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.searchTimer);
    this.resizeObserver.disconnect();
    cancelAnimationFrame(this.overscanFrame);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    const clientChanged = ['api', 'providedApi', 'clientId'].some((key) => changed.has(key as keyof SuiteUserTable));
    const queryChanged = clientChanged || ['search', 'filters', 'sort'].some((key) => changed.has(key as keyof SuiteUserTable));
    const api = this.currentApi;
    // Before the list's first page is asked for: see loadScope.
    if (clientChanged) this.loadScope(api, this.clientId);
    if (queryChanged && api && this.clientId) {
      this.list.setQuery({ api, clientId: this.clientId, filter: this.filter, sort: this.sort });
      this.selection.clear();
      if (this.view.scrollTop > 0) this.grid?.scrollTo({ top: 0 });
      this.view.scrollTop = 0;
      if (this.focusRow > 0) this.focusRow = 0;
    }
    const total = this.list.total ?? 0;
    // The rows follow the total (first page, filter, removal); the scroll position and
    // sizes are those last measured, so no update makes the browser lay out the page again.
    if (total !== this.placedTotal) {
      this.placedTotal = total;
      // The body is as tall as every row. Sized before it is laid out: the scrollbar it brings is then
      // part of that one layout, not a change of width in the next.
      this.body?.style.setProperty('block-size', `calc(${total} * var(--_row-height))`);
      // The first rows, before anything is measured: rows of the default height under the toolbar and
      // header, as many as the window can show. They are laid out with the rest of the element in the
      // frame's one pass (measuring the grid first would make the browser lay the element out twice);
      // the first resize notification, right after that layout, measures the real sizes and renders any
      // row on screen the guess missed (a toolbar hidden by the host, the page scrolled past it) before
      // the frame is painted. Rows guessed below the grid are overscan.
      if (total > 0 && this.view.rowHeight === 0) this.view = { rowHeight: DEFAULT_ROW_HEIGHT_PX, height: innerHeight - ABOVE_FIRST_ROW_PX, scrollTop: 0 };
      this.placeRows(false);
    }
    if (this.focusRow >= total) this.focusRow = total > 0 ? total - 1 : HEADER_ROW;
    const error = this.list.error;
    if (error && error !== this.reportedError) {
      this.reportedError = error;
      this.dispatchEvent(new SuiteErrorEvent(error instanceof Error ? error : new Error(String(error))));
    }
  }

  /**
   * Agencies and pools, asked for together with the list and awaited without
   * any step between the answers and `requestUpdate` (which @lit/task's run
   * adds): an api with the answers at hand (a cache) shows the rows with their
   * agency names and the filters in one render, not rows first and again.
   * A failure leaves the agency and pool filters out and the rows with agency ids.
   */
  private loadScope(api: UserTableApi | undefined, clientId: string | undefined): void {
    this.scopeLoad.abort();
    const load = (this.scopeLoad = new AbortController());
    this.scope = NO_SCOPE;
    if (!api || !clientId) return;
    const { signal } = load;
    void Promise.all([api.listAgencies(clientId, { signal }), api.listLicencePools(clientId, { signal })]).then(
      ([agencies, pools]) => {
        if (signal.aborted) return;
        this.scope = { agencies: agencies.items, pools: pools.items };
        this.requestUpdate();
      },
      () => undefined,
    );
  }

  protected override firstUpdated(): void {
    // The grid lives in our shadow root as long as we do: no teardown needed.
    this.grid?.addEventListener('scroll', () => this.onScroll(), { passive: true });
    this.observeSize();
  }

  protected override updated(): void {
    // The body pushes the rendered rows to their place. Its own property, not an inherited custom
    // property, which would restyle every rendered row at each scroll.
    this.body?.style.setProperty('padding-block-start', `calc(${this.rowWindow.first} * var(--_row-height))`);
    this.syncTabStop();
    if (this.focusPending) this.applyFocus();
    this.announceSelection();
  }

  private observeSize(): void {
    for (const target of [this.grid, this.headRow]) if (target) this.resizeObserver.observe(target);
  }

  /** A scroll event comes after layout: reading the position costs nothing then. */
  private onScroll(): void {
    if (!this.grid) return;
    this.view.scrollTop = this.grid.scrollTop;
    this.placeRows();
  }

  /**
   * Reads the row height, the height of the grid below its sticky header, and
   * the scroll position. Only where layout is already done (a resize
   * notification, a frame after one), never on every update: reading sizes
   * after a render makes the browser lay the page out twice in a frame.
   */
  private measureView(): boolean {
    const { grid, body, headRow } = this;
    if (!grid || !body || !headRow) return false;
    this.view = { rowHeight: headRow.getBoundingClientRect().height, height: grid.clientHeight - body.offsetTop, scrollTop: grid.scrollTop };
    return this.view.rowHeight > 0;
  }

  /**
   * Which rows to render and which are on screen, from the last measured view
   * and the one row height; asks the list for the rows around those on screen.
   * Rows on screen that are not rendered yet (first rows, a jump) are rendered
   * alone, for this frame; the overscan around them follows a frame later.
   * Renders unless `render` is false (called during an update). `resized`:
   * called from a resize notification (see resizeObserver).
   */
  private placeRows(render = true, resized = false): void {
    const total = this.list.total ?? 0;
    const { rowHeight, height, scrollTop } = this.view;
    const previous = this.rowWindow;
    let next = NO_ROWS;
    if (rowHeight > 0 && total > 0) {
      const firstVisible = Math.min(total - 1, Math.floor(scrollTop / rowHeight));
      const lastVisible = Math.max(firstVisible, Math.min(total - 1, Math.ceil((scrollTop + height) / rowHeight) - 1));
      const shown = previous.first <= firstVisible && lastVisible <= previous.last;
      if (shown && resized) {
        // A resize notification renders only rows on screen that are missing; the rest waits for the next frame.
        this.scheduleOverscan();
        return;
      }
      const overscan = shown ? OVERSCAN_ROWS : 0;
      next = { first: Math.max(0, firstVisible - overscan), last: Math.min(total - 1, lastVisible + overscan), firstVisible, lastVisible };
      if (!shown) this.scheduleOverscan();
    }
    this.rowWindow = next;
    if (next.firstVisible !== previous.firstVisible || next.lastVisible !== previous.lastVisible) {
      // Asked before the render is: rows an api already has arrive in time for it.
      this.list.want(next.firstVisible - PREFETCH_ROWS, next.lastVisible + PREFETCH_ROWS);
    }
    if (render && (next.first !== previous.first || next.last !== previous.last)) this.requestUpdate();
  }

  private scheduleOverscan(): void {
    cancelAnimationFrame(this.overscanFrame);
    this.overscanFrame = requestAnimationFrame(() => this.placeRows());
  }

  // ------------------------------------------------------------ rendering

  override render(): TemplateResult {
    const term = this.localize.term.bind(this.localize);
    const total = this.list.total;
    const agencyNames = new Map(this.agencies.map((agency) => [agency.id, agency.name]));
    return html`
      <div part="base" class="base" lang=${this.localize.locale}>
        ${guard(
          // The search label stands for the words in use: it changes when another language's words arrive.
          [this.searchText, this.filters, this.scope, this.currentAdmin, this.localize.locale, this.localize.term('userTable.search.label')],
          () => this.renderToolbar(),
        )}
        ${this.renderBulkBar()} ${this.renderBulkStatus()}
        <div
          part="grid"
          class="grid"
          role="grid"
          tabindex=${this.focusIsRendered() ? -1 : 0}
          aria-label=${term('userTable.caption')}
          aria-rowcount=${total === undefined ? -1 : total + 1}
          aria-colcount=${COLUMN_SORT.length}
          aria-multiselectable="true"
          aria-busy=${this.list.loading ? 'true' : 'false'}
          @keydown=${this.onKeydown}
          @focusin=${this.onFocusin}
          @focusout=${this.onFocusout}
        >
          <div role="rowgroup" class="head">${this.renderHeader()}</div>
          <div role="rowgroup" class="body" @click=${this.onBodyClick}>
            ${repeat(
              Array.from({ length: this.rowWindow.last - this.rowWindow.first + 1 }, (_, k) => this.rowWindow.first + k),
              // Keyed by row: a focused cell keeps its element while the rows around it change.
              (index) => index,
              (index) => this.renderRow(index, agencyNames),
            )}
          </div>
        </div>
        ${this.renderMessage()}
        ${this.confirmingDelete ? this.renderDeleteDialog() : nothing}
      </div>
    `;
  }

  private renderToolbar(): TemplateResult {
    const term = this.localize.term.bind(this.localize);
    const select = (key: keyof FilterState, label: string, options: readonly Choice[]) => html`
      <label class="field">
        <span>${label}</span>
        <select
          part="filter"
          data-filter=${key}
          ${selectOptions([['', term('userTable.filter.any')], ...options], this.filters[key])}
          @change=${(event: Event) => this.setFilter(key, (event.target as HTMLSelectElement).value)}
        ></select>
      </label>
    `;
    const pools = this.scope.pools;
    return html`
      <div part="toolbar" class="toolbar" role="search">
        <label class="field search">
          <span>${term('userTable.search.label')}</span>
          <input
            part="search"
            type="search"
            .value=${this.searchText}
            placeholder=${term('userTable.search.placeholder')}
            @input=${this.onSearchInput}
          />
        </label>
        ${select('status', term('userTable.filter.status'), USER_STATUSES.map((s) => [s, term(`userTable.status.${s}`)] as const))}
        ${select('role', term('userTable.filter.role'), USER_ROLES.map((r) => [r, term(`userTable.role.${r}`)] as const))}
        ${this.agencies.length ? select('agency', term('userTable.filter.agency'), this.agencies.map((a) => [a.id, a.name] as const)) : nothing}
        ${pools.length ? select('pool', term('userTable.filter.pool'), pools.map((p) => [p.id, p.name] as const)) : nothing}
        ${select('accountType', term('userTable.filter.accountType'), ACCOUNT_TYPES.map((a) => [a, term(`userTable.accountType.${a}`)] as const))}
      </div>
    `;
  }

  private renderBulkBar(): TemplateResult | typeof nothing {
    const term = this.localize.term.bind(this.localize);
    const total = this.list.total ?? 0;
    const count = this.selection.count(total);
    if (count === 0) return nothing;
    const busy = this.bulk.phase === 'collecting' || this.bulk.phase === 'running';
    const actions = (['invite', 'deactivate', 'reactivate', 'delete'] as const).filter((action) => this.can(BULK_PERMISSION[action]));
    return html`
      <div part="bulk-bar" class="bulk-bar">
        <span class="count">${term('userTable.selection.count', { count })}</span>
        ${!this.selection.allMatching && count < total
          ? html`<button type="button" class="link" @click=${() => this.selectAllMatching()}>
              ${term('userTable.selection.selectAll', { count: total })}
            </button>`
          : nothing}
        ${actions.map(
          (action) => html`<button
            part="bulk-button"
            type="button"
            data-action=${action}
            class=${action === 'delete' ? 'danger' : ''}
            ?disabled=${busy}
            @click=${(event: Event) => this.requestBulk(action, event.currentTarget as HTMLElement)}
          >
            ${term(`userTable.bulk.${action}`)}
          </button>`,
        )}
        <button type="button" class="link" @click=${() => this.selection.clear()}>${term('userTable.selection.clear')}</button>
      </div>
    `;
  }

  private renderBulkStatus(): TemplateResult | typeof nothing {
    const term = this.localize.term.bind(this.localize);
    const { phase, done, size, failures, succeeded } = this.bulk;
    const action = this.lastAction;
    if (phase === 'idle' || !action) return nothing;
    const label = term(`userTable.bulk.running.${action}`);
    return html`
      <section part="bulk-status" class="bulk-status" aria-label=${label}>
        ${phase === 'done'
          ? html`<p role="status">${term(`userTable.bulk.done.${action}`, { count: succeeded })}${failures.length ? ` ${term('userTable.bulk.failedCount', { count: failures.length })}` : ''}</p>`
          : html`
              <p>${phase === 'collecting' ? term('userTable.bulk.collecting', { done, size }) : term('userTable.bulk.progressText', { done, size })}</p>
              <progress part="progress" max=${Math.max(size, 1)} .value=${done} aria-label=${label}></progress>
              <button type="button" @click=${() => this.bulk.cancel()}>${term('userTable.bulk.cancel')}</button>
            `}
        ${failures.length && phase === 'done'
          ? html`<ul class="failures" aria-label=${term('userTable.bulk.failures')}>
              ${failures.map(
                (failure) =>
                  html`<li><span class="who">${failure.target.label}</span>: ${reasonOf(failure.error) ?? this.describeError(failure.error)}</li>`,
              )}
            </ul>`
          : nothing}
        ${phase === 'done'
          ? html`${failures.length
                ? html`<button type="button" @click=${() => void this.retryFailed()}>${term('userTable.bulk.retryFailed', { count: failures.length })}</button>`
                : nothing}
              <button type="button" class="link" @click=${() => this.bulk.dismiss()}>${term('userTable.bulk.dismiss')}</button>`
          : nothing}
      </section>
    `;
  }

  /** The header row; a sort button's click is read from its column (onHeaderClick). */
  private renderHeader(): TemplateResult {
    const term = this.localize.term.bind(this.localize);
    const total = this.list.total ?? 0;
    const count = this.selection.count(total);
    const tab = (col: number) => this.tabIndexFor(HEADER_ROW, col);
    const sortField = this.sort.replace(/^-/, '');
    const descending = this.sort.startsWith('-');
    const ariaSort = (col: number) => (COLUMN_SORT[col] === sortField ? (descending ? 'descending' : 'ascending') : undefined);
    const arrow = (col: number) => (COLUMN_SORT[col] === sortField ? (descending ? '▼' : '▲') : '');
    const sortable = (col: number, label: string) =>
      html`<div role="columnheader" part="header-cell" class="cell" aria-sort=${ifDefined(ariaSort(col))}>
        <button type="button" class="sort" data-row=${HEADER_ROW} data-col=${col} tabindex=${tab(col)}>
          ${label}<span class="arrow" aria-hidden="true">${arrow(col)}</span>
        </button>
      </div>`;
    return html`<div role="row" part="header" class="row header" aria-rowindex="1" @click=${this.onHeaderClick}>
      <div role="columnheader" part="header-cell" class="cell select">
        <input
          type="checkbox"
          data-row=${HEADER_ROW}
          data-col="0"
          tabindex=${tab(0)}
          aria-label=${term('userTable.selection.selectAll', { count: total })}
          .checked=${live(this.selection.allMatching || (count > 0 && count === total))}
          .indeterminate=${live(count > 0 && count < total)}
          ?disabled=${total === 0}
        />
      </div>
      ${sortable(1, term('userTable.column.name'))} ${sortable(2, term('userTable.column.email'))}
      ${sortable(3, term('userTable.column.status'))} ${sortable(4, term('userTable.column.role'))}
      <div role="columnheader" part="header-cell" class="cell" data-row=${HEADER_ROW} data-col="5" tabindex=${tab(5)}>${term('userTable.column.agencies')}</div>
      ${sortable(6, term('userTable.column.userCode'))}
    </div>`;
  }

  /**
   * One template per row kind, every cell written out: a row is one clone and
   * one pass over its bindings; texts are set as `textContent` (no marker
   * nodes). Every cell is `tabindex="-1"`; the one tab stop
   * is set on the rendered cell that has it (syncTabStop). Clicks are handled
   * once for the body (onBodyClick).
   */
  private renderRow(index: number, agencyNames: ReadonlyMap<string, string>): TemplateResult {
    const term = this.localize.term.bind(this.localize);
    const user = this.list.userAt(index);
    if (!user) {
      return html`<div role="row" part="row" class="row placeholder" aria-rowindex=${index + 2} data-index=${index}>
        <div role="gridcell" part="cell" class="cell" data-row=${index} data-col="0" tabindex="-1"></div>
        <div role="gridcell" part="cell" class="cell" data-row=${index} data-col="1" tabindex="-1" .textContent=${term('userTable.row.loading')}></div>
        <div role="gridcell" part="cell" class="cell" data-row=${index} data-col="2" tabindex="-1"></div>
        <div role="gridcell" part="cell" class="cell" data-row=${index} data-col="3" tabindex="-1"></div>
        <div role="gridcell" part="cell" class="cell" data-row=${index} data-col="4" tabindex="-1"></div>
        <div role="gridcell" part="cell" class="cell" data-row=${index} data-col="5" tabindex="-1"></div>
        <div role="gridcell" part="cell" class="cell" data-row=${index} data-col="6" tabindex="-1"></div>
      </div>`;
    }
    const selected = this.selection.has(user.id);
    const name = fullName(user);
    const status =
      user.status === 'invited' && user.invitedAt
        ? term('userTable.status.invitedOn', { date: this.localize.formatDay(user.invitedAt) })
        : term(`userTable.status.${user.status}`);
    const agencies = user.agencyIds.map((id) => agencyNames.get(id) ?? id).join(', ');
    return html`<div role="row" part="row" class="row" aria-rowindex=${index + 2} aria-selected=${selected ? 'true' : 'false'} data-index=${index} data-user-id=${user.id}>
      <div role="gridcell" part="cell" class="cell select"><input type="checkbox" data-row=${index} data-col="0" tabindex="-1" aria-label=${term('userTable.row.select', { name })} .checked=${live(selected)} /></div>
      <div role="gridcell" part="cell" class="cell"><button type="button" part="name-button" class="name" data-row=${index} data-col="1" tabindex="-1" .textContent=${name}></button></div>
      <div role="gridcell" part="cell" class=${user.email ? 'cell' : 'cell muted'} data-row=${index} data-col="2" tabindex="-1" .textContent=${user.email ?? term('userTable.row.noEmail')}></div>
      <div role="gridcell" part="cell" class="cell" data-row=${index} data-col="3" tabindex="-1"><span part="status-badge" class="badge" data-status=${user.status} .textContent=${status}></span></div>
      <div role="gridcell" part="cell" class="cell" data-row=${index} data-col="4" tabindex="-1" .textContent=${term(`userTable.role.${user.role}`)}></div>
      <div role="gridcell" part="cell" class="cell" data-row=${index} data-col="5" tabindex="-1" .textContent=${agencies}></div>
      <div role="gridcell" part="cell" class="cell" data-row=${index} data-col="6" tabindex="-1" .textContent=${user.userCode}></div>
    </div>`;
  }

  private renderMessage(): TemplateResult {
    const term = this.localize.term.bind(this.localize);
    const { total, error } = this.list;
    if (error) {
      return html`<div part="message" class="message error" role="alert">
        <p>${this.describeError(error)}</p>
        <button type="button" @click=${() => this.list.retry()}>${term('error.retry')}</button>
      </div>`;
    }
    const text =
      !this.currentApi || !this.clientId
        ? ''
        : total === undefined
          ? term('userTable.loading')
          : total > 0
            ? term('userTable.total', { count: total })
            : term(this.search || this.filters !== NO_FILTERS ? 'userTable.noMatch' : 'userTable.empty');
    return html`<p part="message" class="message" role="status">${text}</p>`;
  }

  /** Rendered while a delete is being confirmed (`requestBulk` opens it once it is). */
  private renderDeleteDialog(): TemplateResult {
    const term = this.localize.term.bind(this.localize);
    const count = this.selection.count(this.list.total ?? 0);
    const named = this.selection.allMatching
      ? []
      : this.list
          .cachedUsers()
          .filter((user) => this.selection.has(user.id))
          .slice(0, 5);
    return html`<dialog part="dialog" aria-labelledby="delete-title" @close=${this.onDialogClose} @cancel=${this.onDialogClose}>
      <h2 id="delete-title">${term('userTable.delete.title', { count })}</h2>
      ${named.length ? html`<ul class="names">${named.map((user) => html`<li>${fullName(user)}</li>`)}</ul>` : nothing}
      <p>${term('userTable.delete.warning')}</p>
      <div class="dialog-actions">
        <button type="button" autofocus class="cancel" @click=${() => this.closeDialog(false)}>${term('userTable.delete.cancel')}</button>
        <button type="button" class="danger confirm" @click=${() => this.closeDialog(true)}>${term('userTable.delete.confirm', { count })}</button>
      </div>
    </dialog>`;
  }

  private describeError(error: unknown): string {
    return this.localize.describeError(error, reasonOf(error) ?? this.localize.term('error.loadUsers'));
  }

  // ------------------------------------------------------------ search, filters, sort

  private onSearchInput(event: Event): void {
    this.searchText = (event.target as HTMLInputElement).value;
    clearTimeout(this.searchTimer);
    // The new query aborts the request of the previous one (UserListController.setQuery).
    this.searchTimer = setTimeout(() => {
      this.search = this.searchText.trim();
    }, SEARCH_DEBOUNCE_MS);
  }

  private setFilter(key: keyof FilterState, value: string): void {
    const filters = { ...this.filters, [key]: value };
    this.filters = Object.values(filters).every((v) => v === '') ? NO_FILTERS : filters;
  }

  private sortBy(field: SortField): void {
    this.sort = this.sort === field ? (`-${field}` as UserSort) : field;
  }

  // ------------------------------------------------------------ selection

  private announceSelection(): void {
    const count = this.selection.count(this.list.total ?? 0);
    const key = `${this.selection.version}:${count}`;
    if (key === this.lastSelectionKey) return;
    const first = this.lastSelectionKey === '';
    this.lastSelectionKey = key;
    if (!first) this.dispatchEvent(new SuiteSelectionChangeEvent({ selection: this.selection.toBulkSelection(), count }));
  }

  private selectAllMatching(): void {
    this.selection.selectAllMatching(this.filter);
  }

  private toggleAllMatching(): void {
    if (this.selection.count(this.list.total ?? 0) > 0) this.selection.clear();
    else this.selectAllMatching();
  }

  /*
   * Clicks on the header's and rows' controls, one listener each: rows come and
   * go as the grid scrolls. Checkboxes show the selection; the controller
   * decides it. The click is not cancelled: a cancelled click reverts the box
   * after the listeners, which is after Lit has rendered the new state, leaving
   * the box wrong. `live()` makes the render set the box from the selection,
   * whatever the click did to it.
   */
  private onHeaderClick(event: MouseEvent): void {
    const control = (event.target as HTMLElement).closest<HTMLElement>('input, button');
    const sort = COLUMN_SORT[Number(control?.dataset['col'])];
    if (control instanceof HTMLInputElement) this.toggleAllMatching();
    else if (sort) this.sortBy(sort);
  }

  private onBodyClick(event: MouseEvent): void {
    const control = (event.target as HTMLElement).closest<HTMLElement>('input, button');
    const index = Number(control?.dataset['row']);
    const user = this.list.userAt(index);
    if (!user) return;
    if (control instanceof HTMLInputElement) this.onRowCheckboxClick(event, index, user);
    else if (control instanceof HTMLButtonElement) this.open(user);
  }

  private onRowCheckboxClick(event: MouseEvent, index: number, user: User): void {
    this.focusRow = index;
    this.focusCol = 0;
    if (event.shiftKey) void this.selectRange(index);
    else this.toggleRow(index, user);
  }

  private toggleRow(index: number, user: User): void {
    this.selection.toggle(user.id, index, () => this.list.cachedUsers().map((u) => u.id));
  }

  /** Shift-click / Shift+Space: every row from the anchor to this one, loading rows never scrolled through. */
  private async selectRange(index: number): Promise<void> {
    const anchor = this.selection.anchor ?? index;
    const users = await this.list.usersBetween(Math.min(anchor, index), Math.max(anchor, index));
    this.selection.addAll(users.map((user) => user.id));
    if (this.selection.anchor === undefined) this.selection.anchor = index;
  }

  // ------------------------------------------------------------ bulk actions

  private requestBulk(action: BulkActionName, opener: HTMLElement): void {
    const selection = this.selection.toBulkSelection();
    if (!selection) return;
    if (action === 'invite') {
      // Sending is the bulk-invite banner's job (the host shows it): it first
      // says who has no email and cannot be invited, then sends once.
      this.dispatchEvent(new SuiteBulkInviteRequestEvent({ selection, count: this.selection.count(this.list.total ?? 0) }));
      return;
    }
    if (action === 'delete') {
      this.dialogOpener = opener;
      this.confirmingDelete = true;
      void this.updateComplete.then(() => this.dialog?.isConnected && this.dialog.showModal());
      return;
    }
    void this.runBulk(action, selection);
  }

  private closeDialog(confirmed: boolean): void {
    this.dialog?.close(confirmed ? 'confirm' : 'cancel');
  }

  private onDialogClose(event: Event): void {
    if (event.type === 'cancel') return; // Escape: `close` follows with an empty returnValue.
    const confirmed = this.dialog?.returnValue === 'confirm';
    this.confirmingDelete = false;
    this.dialogOpener?.focus();
    this.dialogOpener = null;
    const selection = this.selection.toBulkSelection();
    if (confirmed && selection) void this.runBulk('delete', selection);
  }

  private async runBulk(action: RunnableAction, selection: ListSelection): Promise<void> {
    const api = this.currentApi;
    const clientId = this.clientId;
    if (!api || !clientId) return;
    this.lastAction = action;
    const signal = this.bulk.start();
    const targets = await this.targetsOf(api, clientId, selection, signal);
    if (signal.aborted) return;
    await this.bulk.run(targets, (target, stepSignal) => this.step(api, clientId, action, target, stepSignal));
    this.afterBulk('filter' in selection);
  }

  private async retryFailed(): Promise<void> {
    await this.bulk.retryFailed();
  }

  /**
   * The users a selection names. Explicit ids are labelled from the rows
   * loaded. A `{ filter }` selection ("all 100,000 matching") is paged through
   * first with the list's own query, 500 users per request with the cursor,
   * because status changes and deletes are per-user calls: the progress bar
   * shows this step too, and it stops when the admin cancels.
   */
  private async targetsOf(api: UserTableApi, clientId: string, selection: ListSelection, signal: AbortSignal): Promise<BulkTarget[]> {
    if ('userIds' in selection) {
      const known = new Map(this.list.cachedUsers().map((user) => [user.id, fullName(user)]));
      return selection.userIds.map((id) => ({ id, label: known.get(id) ?? id }));
    }
    const targets: BulkTarget[] = [];
    let cursor: string | undefined;
    do {
      const page = await api.listUsers(clientId, { ...selection.filter, sort: this.sort, limit: COLLECT_PAGE, ...(cursor ? { cursor } : {}) }, { signal });
      targets.push(...page.items.map((user) => ({ id: user.id, label: fullName(user) })));
      this.bulk.collecting(targets.length, page.total);
      cursor = page.nextCursor ?? undefined;
    } while (cursor && !signal.aborted);
    return targets;
  }

  private async step(api: UserTableApi, clientId: string, action: RunnableAction, target: BulkTarget, signal: AbortSignal): Promise<void> {
    switch (action) {
      case 'deactivate':
      case 'reactivate': {
        const user = await api.changeUserStatus(clientId, target.id, { status: action === 'deactivate' ? 'inactive' : 'active' }, { signal });
        this.list.upsert(user);
        return;
      }
      case 'delete':
        await api.deleteUser(clientId, target.id, { signal });
        this.selection.forget(target.id);
        this.list.remove(target.id);
        return;
    }
  }

  /** Users changed through a whole filter may have left it; only the server knows who is still in it. */
  private afterBulk(wholeFilter: boolean): void {
    if (!wholeFilter) return;
    this.selection.clear();
    this.list.refresh();
  }

  // ------------------------------------------------------------ keyboard and focus (WAI-ARIA grid)

  private open(user: User): void {
    this.dispatchEvent(new SuiteUserOpenEvent({ userId: user.id }));
  }

  private tabIndexFor(row: number, col: number): number {
    return row === this.focusRow && col === this.focusCol ? 0 : -1;
  }

  private cellAt(row: number, col: number): HTMLElement | null {
    return this.shadowRoot?.querySelector<HTMLElement>(`[data-row="${row}"][data-col="${col}"]`) ?? null;
  }

  /** Moves the tab stop to the rendered row cell that has it (header cells bind theirs: see renderHeader). */
  private syncTabStop(): void {
    const target = this.focusRow === HEADER_ROW ? null : this.cellAt(this.focusRow, this.focusCol);
    if (target === this.tabStop) return;
    this.tabStop?.setAttribute('tabindex', '-1');
    target?.setAttribute('tabindex', '0');
    this.tabStop = target;
  }

  private focusIsRendered(): boolean {
    return this.focusRow === HEADER_ROW || (this.focusRow >= this.rowWindow.first && this.focusRow <= this.rowWindow.last);
  }

  private focusCell(row: number, col: number): void {
    const total = this.list.total ?? 0;
    this.focusRow = Math.max(HEADER_ROW, Math.min(row, total - 1));
    this.focusCol = Math.max(0, Math.min(col, LAST_COLUMN));
    this.focusPending = true;
    if (this.focusRow >= 0) this.scrollRowIntoView(this.focusRow);
    this.requestUpdate();
  }

  /**
   * Scrolls the grid just enough to show row `index` below the sticky header.
   * Rows have one fixed height, so the position is arithmetic; the next update
   * renders the rows there (see placeRows), and their page loads.
   */
  private scrollRowIntoView(index: number): void {
    const { grid } = this;
    const { rowHeight, height, scrollTop } = this.view;
    if (!grid || rowHeight === 0) return;
    const top = index * rowHeight;
    const target = top < scrollTop ? top : top + rowHeight > scrollTop + height ? top + rowHeight - height : scrollTop;
    if (target === scrollTop) return;
    grid.scrollTop = target;
    this.view.scrollTop = grid.scrollTop;
    this.placeRows();
  }

  private applyFocus(): void {
    const active = this.shadowRoot?.activeElement;
    // Only while focus is in the grid: a page loading late must not pull focus back from elsewhere.
    if (!active || !this.grid?.contains(active)) {
      this.focusPending = false;
      return;
    }
    const target = this.cellAt(this.focusRow, this.focusCol);
    if (!target) return;
    this.focusPending = false;
    if (active !== target) target.focus({ preventScroll: true });
  }

  private onFocusin(event: FocusEvent): void {
    const cell = (event.target as HTMLElement).closest<HTMLElement>('[data-col]');
    if (!cell) return;
    this.focusRow = Number(cell.dataset['row']);
    this.focusCol = Number(cell.dataset['col']);
  }

  /**
   * A focused row scrolled far away leaves the DOM and would drop focus on the
   * page; the grid itself takes it (it is the tab stop then), and the next key
   * starts from the logical cell, which comes back into view.
   */
  private onFocusout(event: FocusEvent): void {
    const target = event.target as HTMLElement;
    if (event.relatedTarget) return;
    queueMicrotask(() => {
      if (target.isConnected) return;
      this.grid?.focus({ preventScroll: true });
      // Back on the cell as soon as its row is rendered again (data loaded, scrolled back).
      this.focusPending = true;
      this.applyFocus();
    });
  }

  private visibleRows(): number {
    return Math.max(1, this.rowWindow.lastVisible - this.rowWindow.firstVisible);
  }

  private onKeydown(event: KeyboardEvent): void {
    const total = this.list.total ?? 0;
    const row = this.focusRow;
    const col = this.focusCol;
    const ctrl = event.ctrlKey || event.metaKey;
    const lastRow = total - 1;
    // The grid pattern's Right Arrow goes to the cell on the right: under rtl, columns run leftwards, so that is the previous one.
    const rightward = getComputedStyle(this).direction === 'rtl' ? -1 : 1;
    let handled = true;
    switch (event.key) {
      case 'ArrowRight':
        this.focusCell(row, col + rightward);
        break;
      case 'ArrowLeft':
        this.focusCell(row, col - rightward);
        break;
      case 'ArrowDown':
        this.focusCell(Math.min(row + 1, lastRow), col);
        break;
      case 'ArrowUp':
        this.focusCell(row - 1, col);
        break;
      case 'Home':
        this.focusCell(ctrl ? Math.min(0, lastRow) : row, 0);
        break;
      case 'End':
        this.focusCell(ctrl ? lastRow : row, LAST_COLUMN);
        break;
      case 'PageDown':
        this.focusCell(Math.min(row + this.visibleRows(), lastRow), col);
        break;
      case 'PageUp':
        this.focusCell(Math.max(row - this.visibleRows(), row === HEADER_ROW ? HEADER_ROW : 0), col);
        break;
      case ' ':
        handled = this.onSpace(event.shiftKey);
        break;
      case 'Enter':
        handled = this.onEnter();
        break;
      default:
        handled = false;
    }
    if (handled) {
      event.preventDefault();
      event.stopPropagation();
    }
  }

  private onSpace(shift: boolean): boolean {
    if (this.focusRow === HEADER_ROW) {
      if (this.focusCol !== 0) return false; // Space on a sort button: the button's own click.
      this.toggleAllMatching();
      return true;
    }
    const user = this.list.userAt(this.focusRow);
    if (!user) return true;
    if (shift) void this.selectRange(this.focusRow);
    else this.toggleRow(this.focusRow, user);
    return true;
  }

  private onEnter(): boolean {
    if (this.focusRow === HEADER_ROW) {
      const sort = COLUMN_SORT[this.focusCol];
      if (sort) this.sortBy(sort);
      return sort !== undefined;
    }
    const user = this.list.userAt(this.focusRow);
    if (user) this.open(user);
    return true;
  }
}
