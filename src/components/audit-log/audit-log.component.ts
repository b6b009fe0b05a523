import { consume } from '@lit/context';
import { initialState, Task, TaskStatus } from '@lit/task';
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';
import { repeat } from 'lit/directives/repeat.js';
import { asProblem, isAbortError } from '../../api/errors.js';
import { AUDIT_ACTIONS, type AuditAction, type AuditActor, type AuditEvent, type AuditPage } from '../../api/schemas/audit.js';
import type { SuiteApi } from '../../api/suite-api.js';
import { apiContext } from '../../context/api-context.js';
import { LocalizeController } from '../../controllers/localize-controller.js';
import { SuiteErrorEvent } from '../../events/suite-error-event.js';
import { auditLogMessages } from '../../i18n/audit-log.js';
import { csvDelimiterFor } from '../../spreadsheet/csv.js';
import { SuiteElement } from '../suite-element.js';
import type { SuiteUserPicker } from '../user-panel/user-picker.component.js';
import { detailsSummary } from './audit-details.js';
import { AuditExportController, auditFileName } from './audit-export.controller.js';
import { auditQueryOf, isFiltered, isReversedRange, NO_FILTER, type AuditFilter } from './audit-filter.js';
import { auditLogStyles } from './audit-log.styles.js';
import { SupervisionTrailController, type SupervisionSessionView } from './supervision-trail.controller.js';

/** The calls this element makes; a partner's adapter (or a test) implements only these. */
export type AuditLogApi = Pick<SuiteApi, 'listAuditEvents' | 'listAuditActors' | 'listUsers'>;

/** Events per page of the table. */
export const AUDIT_PAGE_SIZE = 50;

/** A string usable in an IDREF (no spaces), from an event or session id. */
const idPart = (id: string) => id.replace(/\s/g, '_');

/**
 * The audit log within the signed-in admin's scope (the server decides what
 * the admin may read): who did what, when, to whom, and why. Filters by
 * actor, by the user concerned, by action and by days; pages of 50 walked
 * with the server's cursors; a supervision start opens (APG disclosure) the
 * session's trail: reason, start, end, duration and what was done with its
 * token. Exports everything matching the filters to CSV, every cell
 * neutralised against formula injection.
 *
 * Without `client-id` it lists all the admin's scope (a partner admin's every
 * client); with it, that client's events, and the user filter searches its users
 * (a `<suite-user-picker>`).
 *
 * @tagname suite-audit-log
 * @summary The audit log: filter, page through, open supervision sessions and export to CSV.
 *
 * @fires {SuiteErrorEvent} suite-error - Loading the log, the actors or a session failed, or an export failed (not fired for a cancelled request or a cancelled export).
 *
 * @csspart base - The wrapper around everything (a region named by its heading).
 * @csspart filters - The filter form.
 * @csspart actions-filter - The fieldset of action checkboxes.
 * @csspart listbox - The users matching the "user concerned" field (the picker's part, exported).
 * @csspart option - One matching user (the picker's part, exported).
 * @csspart export - The export button, its progress and Cancel.
 * @csspart progress-bar - The export's `<progress>`.
 * @csspart count - The number of matching events (a live region).
 * @csspart table - The table of events.
 * @csspart row - One event's row.
 * @csspart session-button - "Show session" on a supervision start.
 * @csspart session - An opened supervision session: its facts and its actions.
 * @csspart pagination - Previous, the page number and Next.
 * @csspart error - The loading error and its Retry button.
 *
 * @cssproperty --suite-audit-log-cell-padding-block - Block padding of the table cells. Default `--suite-space-xs`.
 * @cssproperty --suite-audit-log-cell-padding-inline - Inline padding of the table cells. Default `--suite-space-s`.
 * @cssproperty --suite-audit-log-listbox-max-height - Height beyond which the matching users scroll. Default `16rem`.
 */
export class SuiteAuditLog extends SuiteElement {
  static override styles = auditLogStyles;

  protected readonly localize = new LocalizeController(this, auditLogMessages);

  /** The client (tenant) whose events are listed; without it, everything in the admin's scope. */
  @property({ attribute: 'client-id' }) clientId?: string;

  /** A backend client set directly; wins over the one provided by `apiContext`. */
  @property({ attribute: false }) api?: AuditLogApi;

  @consume({ context: apiContext, subscribe: true })
  @state()
  protected providedApi?: AuditLogApi;

  /** The filters the table, the count and the export answer to (the form's values once applied). */
  @state() private applied: AuditFilter = NO_FILTER;
  /** The cursor of each page seen, so Previous costs one request; `undefined` is the first page. */
  @state() private cursors: (string | undefined)[] = [undefined];
  @state() private pageIndex = 0;
  /** The page on screen; kept while the next one loads so the table and the focused button stay. */
  @state() private shown?: AuditPage;

  // The form: what the admin is choosing, applied by "Apply filters".
  @state() private actorDraft = '';
  @state() private actionsDraft: ReadonlySet<AuditAction> = new Set();
  @state() private fromDraft = '';
  @state() private toDraft = '';
  /** The user id typed (without `client-id`; with it, the picker holds the text). */
  @state() private userIdText = '';
  /** The id of the user picked (with `client-id`). */
  @state() private pickedUserId?: string;
  @state() private rangeInvalid = false;
  /** A name was typed in the picker but no user picked: the filter cannot say whom. */
  @state() private userUnpicked = false;

  /** Supervision sessions whose disclosure is open. */
  @state() private openSessions: ReadonlySet<string> = new Set();

  private readonly trails = new SupervisionTrailController(
    this,
    () => ({ api: this.currentApi(), clientId: this.clientId }),
    (error) => this.reportError(error),
  );

  private readonly exporter = new AuditExportController(this, (error) => this.reportError(error));

  private readonly actorsTask = new Task(this, {
    args: () => [this.currentApi(), this.clientId] as const,
    task: async ([api, clientId], { signal }): Promise<readonly AuditActor[] | typeof initialState> => {
      if (!api) return initialState;
      try {
        return (await api.listAuditActors(clientId ? { clientId } : {}, { signal })).items;
      } catch (error) {
        if (!signal.aborted && !isAbortError(error)) this.reportError(error);
        throw error;
      }
    },
  });

  private readonly pageTask = new Task(this, {
    args: () => [this.currentApi(), this.clientId, this.applied, this.cursors[this.pageIndex]] as const,
    task: async ([api, clientId, filter, cursor], { signal }): Promise<AuditPage | typeof initialState> => {
      if (!api) return initialState;
      try {
        const query = { ...auditQueryOf(filter, clientId), limit: AUDIT_PAGE_SIZE, ...(cursor ? { cursor } : {}) };
        const page = await api.listAuditEvents(query, { signal });
        this.shown = page;
        return page;
      } catch (error) {
        if (!signal.aborted && !isAbortError(error)) {
          this.shown = undefined;
          this.reportError(error);
        }
        throw error;
      }
    },
  });

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    // Another client (or backend): its users, actors and sessions are not this one's, so the log starts over.
    if (changed.has('clientId') || changed.has('api') || changed.has('providedApi')) {
      this.resetFilters();
      this.shown = undefined;
      this.openSessions = new Set();
      this.trails.reset();
      this.exporter.cancel();
    }
  }

  /** Loads the page on screen again, and the actors (e.g. after the host did something that is audited). */
  async reload(): Promise<void> {
    await Promise.all([this.pageTask.run(), this.actorsTask.run()]);
  }

  private currentApi(): AuditLogApi | undefined {
    return this.api ?? this.providedApi;
  }

  /** @internal The class JSDoc's @fires documents this event; without the tag the manifest analyzer adds a nameless copy. */
  private reportError(error: unknown): void {
    this.dispatchEvent(new SuiteErrorEvent(error instanceof Error ? error : new Error(String(error))));
  }

  // ------------------------------------------------------------ filters

  private resetFilters(): void {
    this.applied = NO_FILTER;
    this.cursors = [undefined];
    this.pageIndex = 0;
    this.actorDraft = '';
    this.actionsDraft = new Set();
    this.fromDraft = '';
    this.toDraft = '';
    this.userIdText = '';
    this.pickedUserId = undefined;
    this.rangeInvalid = false;
    this.userUnpicked = false;
    // None before the first render, nor after a switch to the whole scope.
    this.userPicker()?.clear();
  }

  private userPicker(): SuiteUserPicker | null {
    return this.renderRoot.querySelector<SuiteUserPicker>('suite-user-picker');
  }

  /** The user filter as the form holds it: the picked user (with a client) or the id typed (without). */
  private userIdDraft(): string | undefined {
    if (this.clientId) return this.pickedUserId;
    return this.userIdText.trim() || undefined;
  }

  private apply(event: Event): void {
    event.preventDefault();
    this.rangeInvalid = isReversedRange(this.fromDraft, this.toDraft);
    this.userUnpicked = Boolean(this.clientId) && !this.pickedUserId && (this.userPicker()?.inputText.trim() ?? '') !== '';
    if (this.rangeInvalid || this.userUnpicked) {
      const first = this.userUnpicked ? '#user' : '#to';
      void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>(first)?.focus());
      return;
    }
    this.showFilter({
      actor: this.actorDraft || undefined,
      userId: this.userIdDraft(),
      // In the contract's order, whatever order they were ticked in: the same filter is the same query.
      actions: AUDIT_ACTIONS.filter((action) => this.actionsDraft.has(action)),
      from: this.fromDraft || undefined,
      to: this.toDraft || undefined,
    });
  }

  private clearFilters(): void {
    this.resetFilters();
    this.showFilter(NO_FILTER);
  }

  private showFilter(filter: AuditFilter): void {
    this.applied = filter;
    this.cursors = [undefined];
    this.pageIndex = 0;
  }

  private toggleAction(action: AuditAction, checked: boolean): void {
    const next = new Set(this.actionsDraft);
    if (checked) next.add(action);
    else next.delete(action);
    this.actionsDraft = next;
  }

  private setDay(which: 'from' | 'to', value: string): void {
    if (which === 'from') this.fromDraft = value;
    else this.toDraft = value;
    // Once shown, the error follows the dates, so it goes away as soon as they are right.
    if (this.rangeInvalid) this.rangeInvalid = isReversedRange(this.fromDraft, this.toDraft);
  }

  // ------------------------------------------------------------ user concerned

  private readonly onUserPicked = (event: Event): void => {
    const picked = (event.target as SuiteUserPicker).selected;
    this.pickedUserId = picked?.id;
    if (picked) this.userUnpicked = false;
  };

  /** Once shown, the "pick a user" error stays until a user is picked or the field is emptied. */
  private readonly onUserTyped = (event: Event): void => {
    if (this.userUnpicked && (event.currentTarget as SuiteUserPicker).inputText.trim() === '') this.userUnpicked = false;
  };

  // ------------------------------------------------------------ pages

  private get pageCount(): number {
    return this.shown ? Math.max(1, Math.ceil(this.shown.total / AUDIT_PAGE_SIZE)) : 1;
  }

  private get loading(): boolean {
    return this.pageTask.status === TaskStatus.PENDING;
  }

  private next(): void {
    const cursor = this.shown?.nextCursor;
    if (!cursor || this.loading) return;
    this.cursors = [...this.cursors.slice(0, this.pageIndex + 1), cursor];
    this.pageIndex += 1;
  }

  private previous(): void {
    if (this.pageIndex === 0 || this.loading) return;
    this.pageIndex -= 1;
  }

  // ------------------------------------------------------------ sessions

  private toggleSession(sessionId: string): void {
    const next = new Set(this.openSessions);
    if (next.has(sessionId)) next.delete(sessionId);
    else {
      next.add(sessionId);
      this.trails.load(sessionId);
    }
    this.openSessions = next;
  }

  // ------------------------------------------------------------ export

  private startExport(): void {
    const api = this.currentApi();
    if (!api || this.exporter.busy) return;
    void this.exporter.start({
      api,
      query: auditQueryOf(this.applied, this.clientId),
      delimiter: csvDelimiterFor(this.localize.locale),
      fileName: auditFileName(this.clientId),
    });
  }

  /** Cancel goes away as it acts: the focus goes to the export button, which stays. */
  private cancelExport(): void {
    this.exporter.cancel();
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('#export')?.focus());
  }

  // ------------------------------------------------------------ rendering

  override render(): TemplateResult {
    const term = this.localize.term.bind(this.localize);
    const failed = this.pageTask.status === TaskStatus.ERROR && !isAbortError(this.pageTask.error);
    const page = failed ? undefined : this.shown;
    const status = this.loading ? term('auditLog.loading') : page ? term('auditLog.count', { count: page.total }) : '';
    return html`
      <section part="base" class="base" lang=${this.localize.locale} aria-labelledby="heading" aria-busy=${this.loading ? 'true' : 'false'}>
        <h2 id="heading" class="heading">${term('auditLog.heading')}</h2>
        ${this.renderFilters()} ${this.renderExport()}
        <p part="count" class="count" role="status">${status}</p>
        ${failed ? this.renderError(this.pageTask.error) : nothing}
        ${page && page.items.length === 0 ? html`<p class="message">${isFiltered(this.applied) ? term('auditLog.empty') : term('auditLog.emptyAll')}</p>` : nothing}
        ${page && page.items.length > 0 ? html`${this.renderTable(page.items)} ${this.renderPagination(page)}` : nothing}
      </section>
    `;
  }

  private renderFilters(): TemplateResult {
    const term = this.localize.term.bind(this.localize);
    const actors = this.actorsTask.status === TaskStatus.COMPLETE ? (this.actorsTask.value ?? []) : [];
    const actorsFailed = this.actorsTask.status === TaskStatus.ERROR && !isAbortError(this.actorsTask.error);
    return html`
      <form part="filters" class="filters" aria-label=${term('auditLog.filters')} novalidate @submit=${this.apply}>
        <div class="fields">
          <div class="field">
            <label for="actor">${term('auditLog.filter.actor')}</label>
            <select id="actor" aria-describedby=${ifDefined(actorsFailed ? 'actors-failed' : undefined)} @change=${(event: Event) => (this.actorDraft = (event.target as HTMLSelectElement).value)}>
              <option value="" ?selected=${this.actorDraft === ''}>${term('auditLog.filter.anyActor')}</option>
              ${repeat(
                actors,
                (actor) => actor.id,
                (actor) => html`<option value=${actor.id} ?selected=${this.actorDraft === actor.id}>${actor.displayName}</option>`,
              )}
            </select>
            ${actorsFailed ? html`<p id="actors-failed" class="hint">${term('auditLog.filter.actorsFailed')}</p>` : nothing}
          </div>
          ${this.renderUserField()}
          <div class="field">
            <label for="from">${term('auditLog.filter.from')}</label>
            <input id="from" type="date" .value=${live(this.fromDraft)} @input=${(event: Event) => this.setDay('from', (event.target as HTMLInputElement).value)} />
          </div>
          <div class="field">
            <label for="to">${term('auditLog.filter.to')}</label>
            <input
              id="to"
              type="date"
              aria-invalid=${this.rangeInvalid ? 'true' : 'false'}
              aria-describedby=${ifDefined(this.rangeInvalid ? 'to-error' : undefined)}
              .value=${live(this.toDraft)}
              @input=${(event: Event) => this.setDay('to', (event.target as HTMLInputElement).value)}
            />
            ${this.rangeInvalid ? html`<p id="to-error" class="field-error">${term('auditLog.filter.toBeforeFrom')}</p>` : nothing}
          </div>
        </div>
        <fieldset part="actions-filter" class="actions-filter">
          <legend>${term('auditLog.filter.actions')}</legend>
          ${AUDIT_ACTIONS.map(
            (action) => html`
              <label class="choice">
                <input
                  type="checkbox"
                  name="action"
                  value=${action}
                  .checked=${live(this.actionsDraft.has(action))}
                  @change=${(event: Event) => this.toggleAction(action, (event.target as HTMLInputElement).checked)}
                />
                ${term(`auditLog.action.${action}`)}
              </label>
            `,
          )}
        </fieldset>
        <div class="buttons">
          <button type="submit" class="apply">${term('auditLog.filter.apply')}</button>
          <button type="button" class="secondary clear" @click=${() => this.clearFilters()}>${term('auditLog.filter.clear')}</button>
        </div>
      </form>
    `;
  }

  private renderUserField(): TemplateResult {
    const term = this.localize.term.bind(this.localize);
    if (!this.clientId) {
      return html`
        <div class="field">
          <label for="user">${term('auditLog.filter.user')}</label>
          <input
            id="user"
            type="text"
            autocomplete="off"
            spellcheck="false"
            aria-describedby="user-hint"
            .value=${live(this.userIdText)}
            @input=${(event: Event) => (this.userIdText = (event.target as HTMLInputElement).value)}
          />
          <p id="user-hint" class="hint">${term('auditLog.filter.userIdHint')}</p>
        </div>
      `;
    }
    return html`
      <suite-user-picker
        id="user"
        exportparts="listbox, option"
        lang=${this.localize.locale}
        client-id=${this.clientId}
        label=${term('auditLog.filter.user')}
        hint=${term('auditLog.filter.userHint')}
        error=${this.userUnpicked ? term('auditLog.filter.pickUser') : ''}
        .api=${this.currentApi()}
        @change=${this.onUserPicked}
        @input=${this.onUserTyped}
      ></suite-user-picker>
    `;
  }

  private renderExport(): TemplateResult {
    const term = this.localize.term.bind(this.localize);
    const state = this.exporter.state;
    const running = state.phase === 'running';
    const status =
      state.phase === 'running'
        ? term('auditLog.export.running')
        : state.phase === 'saved'
          ? term('auditLog.export.saved', { fileName: state.fileName })
          : state.phase === 'cancelled'
            ? term('auditLog.export.cancelled')
            : '';
    return html`
      <div part="export" class="export">
        <!-- aria-disabled rather than disabled: the focused button keeps the focus while the export runs. -->
        <button type="button" id="export" class="secondary" aria-describedby="export-hint" aria-disabled=${running ? 'true' : 'false'} @click=${() => this.startExport()}>
          ${term('auditLog.export.start')}
        </button>
        <span id="export-hint" class="hint">${term('auditLog.export.hint')}</span>
        ${state.phase === 'running'
          ? html`
              <progress part="progress-bar" aria-label=${term('auditLog.export.progress')} max=${ifDefined(state.total)} value=${ifDefined(state.total === undefined ? undefined : state.done)}></progress>
              <span class="export-count">${state.total === undefined ? '' : term('auditLog.export.count', { done: state.done, total: state.total })}</span>
              <button type="button" class="secondary cancel" @click=${() => this.cancelExport()}>${term('auditLog.export.cancel')}</button>
            `
          : nothing}
        <span class="export-status" role="status">${status}</span>
        ${state.phase === 'failed'
          ? html`<p class="export-error" role="alert">${this.localize.describeError(state.error, term('auditLog.export.failed'))}</p>`
          : nothing}
      </div>
    `;
  }

  private renderTable(events: readonly AuditEvent[]): TemplateResult {
    const term = this.localize.term.bind(this.localize);
    return html`
      <div class="table-scroll" role="region" aria-labelledby="caption" tabindex="0">
        <table part="table">
          <caption id="caption">${term('auditLog.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">${term('auditLog.column.at')}</th>
              <th scope="col">${term('auditLog.column.action')}</th>
              <th scope="col">${term('auditLog.column.actor')}</th>
              <th scope="col">${term('auditLog.column.subject')}</th>
              <th scope="col">${term('auditLog.column.reason')}</th>
              <th scope="col">${term('auditLog.column.details')}</th>
            </tr>
          </thead>
          <tbody>
            ${repeat(
              events,
              (event) => event.id,
              (event) => this.renderRow(event),
            )}
          </tbody>
        </table>
      </div>
    `;
  }

  private renderRow(event: AuditEvent): TemplateResult {
    const term = this.localize.term.bind(this.localize);
    const sessionId = event.action === 'supervision.started' ? event.supervisionSessionId : null;
    const open = sessionId !== null && this.openSessions.has(sessionId);
    const panelId = sessionId ? `session-${idPart(event.id)}` : '';
    return html`
      <tr part="row" data-event=${event.id} data-action=${event.action}>
        <td class="at"><time datetime=${event.at}>${this.localize.formatDate(event.at, { dateStyle: 'medium', timeStyle: 'short' })}</time></td>
        <td class="action">
          <span>${term(`auditLog.action.${event.action}`)}</span>
          ${event.supervisionSessionId && !event.action.startsWith('supervision.')
            ? html`<span class="during">${term('auditLog.duringSupervision')}</span>`
            : nothing}
          ${sessionId
            ? html`<button
                type="button"
                part="session-button"
                class="secondary session-button"
                aria-expanded=${open ? 'true' : 'false'}
                aria-controls=${ifDefined(open ? panelId : undefined)}
                @click=${() => this.toggleSession(sessionId)}
              >
                ${term(open ? 'auditLog.session.hide' : 'auditLog.session.show')}
              </button>`
            : nothing}
        </td>
        <td class="actor">${event.actor.displayName}</td>
        <td class="subject">${event.subject?.label ?? ''}</td>
        <td class="reason">${event.reason ?? ''}</td>
        <td class="details">${detailsSummary(event, this.localize)}</td>
      </tr>
      ${open && sessionId
        ? html`<tr class="session-row">
            <td colspan="6">${this.renderSession(sessionId, panelId, event)}</td>
          </tr>`
        : nothing}
    `;
  }

  private renderSession(sessionId: string, panelId: string, startRow: AuditEvent): TemplateResult {
    const term = this.localize.term.bind(this.localize);
    const trail = this.trails.state(sessionId);
    const label = term('auditLog.session.label', { user: startRow.subject?.label ?? sessionId });
    let body: TemplateResult;
    if (!trail || trail.kind === 'loading') body = html`<p class="message" role="status">${term('auditLog.session.loading')}</p>`;
    else if (trail.kind === 'failed')
      body = html`<div class="error" role="alert">
        <p>${this.localize.describeError(trail.error, term('auditLog.session.failed'))}</p>
        <button type="button" class="secondary" @click=${() => this.trails.load(sessionId)}>${term('error.retry')}</button>
      </div>`;
    else body = this.renderSessionFacts(trail.session, startRow);
    return html`<div part="session" class="session" id=${panelId} role="group" aria-label=${label}>${body}</div>`;
  }

  private renderSessionFacts(session: SupervisionSessionView, startRow: AuditEvent): TemplateResult {
    const term = this.localize.term.bind(this.localize);
    // The row itself is the start when the trail does not hold it.
    const started = session.started ?? startRow;
    const expiresAt = typeof started.details['expiresAt'] === 'string' && !Number.isNaN(Date.parse(started.details['expiresAt'])) ? started.details['expiresAt'] : undefined;
    const ended = session.ended;
    const expired = ended ? ended.details['expired'] === true : expiresAt !== undefined && Date.parse(expiresAt) <= Date.now();
    let end: string;
    let durationSeconds: number | undefined;
    if (expired) {
      // Ended after expiry: the server counts it as ended when it expired, not when someone closed it.
      end = term('auditLog.session.expiredAt', { at: expiresAt ?? ended?.at ?? started.at });
    } else if (ended) {
      end = term('auditLog.session.endedAt', { at: ended.at });
    } else {
      end = expiresAt ? term('auditLog.session.stillOpenUntil', { until: expiresAt }) : term('auditLog.session.stillOpen');
    }
    const recorded = ended?.details['durationSeconds'];
    if (typeof recorded === 'number' && Number.isFinite(recorded)) durationSeconds = recorded;
    else if (ended) durationSeconds = (Date.parse(ended.at) - Date.parse(started.at)) / 1000;
    else if (expired && expiresAt) durationSeconds = (Date.parse(expiresAt) - Date.parse(started.at)) / 1000;
    const actionsHeading = `session-actions-${idPart(session.id)}`;
    return html`
      <dl class="facts">
        <div><dt>${term('auditLog.session.reason')}</dt><dd class="session-reason">${started.reason ?? term('auditLog.none')}</dd></div>
        <div>
          <dt>${term('auditLog.session.start')}</dt>
          <dd class="session-start"><time datetime=${started.at}>${this.localize.formatDate(started.at, { dateStyle: 'medium', timeStyle: 'short' })}</time></dd>
        </div>
        <div><dt>${term('auditLog.session.end')}</dt><dd class="session-end">${end}</dd></div>
        ${durationSeconds === undefined
          ? nothing
          : html`<div><dt>${term('auditLog.session.duration')}</dt><dd class="session-duration">${term('auditLog.details.duration', { seconds: durationSeconds })}</dd></div>`}
      </dl>
      <h3 id=${actionsHeading} class="session-heading">${term('auditLog.session.actions')}</h3>
      ${session.actions.length === 0
        ? html`<p class="message">${term('auditLog.session.noAction')}</p>`
        : html`<ol class="session-actions" aria-labelledby=${actionsHeading}>
            ${repeat(
              session.actions,
              (event) => event.id,
              (event) => html`<li data-event=${event.id}>
                <time datetime=${event.at}>${this.localize.formatDate(event.at, { timeStyle: 'short' })}</time>
                <span class="session-action">${term(`auditLog.action.${event.action}`)}</span>
                ${event.subject ? html`<span>${event.subject.label}</span>` : nothing}
                ${this.sessionDetails(event)}
              </li>`,
            )}
          </ol>`}
    `;
  }

  private sessionDetails(event: AuditEvent): TemplateResult | typeof nothing {
    const summary = detailsSummary(event, this.localize);
    return summary ? html`<span class="session-details">${summary}</span>` : nothing;
  }

  private renderPagination(page: AuditPage): TemplateResult {
    const term = this.localize.term.bind(this.localize);
    const noPrevious = this.pageIndex === 0 || this.loading;
    const noNext = !page.nextCursor || this.loading;
    return html`
      <nav part="pagination" class="pagination" aria-label=${term('auditLog.pagination')}>
        <button type="button" class="secondary previous" aria-disabled=${noPrevious ? 'true' : 'false'} @click=${() => this.previous()}>${term('auditLog.previous')}</button>
        <span class="page">${term('auditLog.page', { page: this.pageIndex + 1, pages: Math.max(this.pageCount, this.pageIndex + 1) })}</span>
        <button type="button" class="secondary next" aria-disabled=${noNext ? 'true' : 'false'} @click=${() => this.next()}>${term('auditLog.next')}</button>
      </nav>
    `;
  }

  private renderError(error: unknown): TemplateResult {
    const term = this.localize.term.bind(this.localize);
    return html`
      <div part="error" class="error" role="alert">
        <p>${this.loadFailure(error)}</p>
        <button type="button" class="secondary" @click=${() => void this.pageTask.run()}>${term('error.retry')}</button>
      </div>
    `;
  }

  /** The server's refusals in words; the client's own error kinds (network, timeout, …) through `describeError`. */
  private loadFailure(error: unknown): string {
    const term = this.localize.term.bind(this.localize);
    switch (asProblem(error)?.code) {
      case 'forbidden':
        return term('auditLog.error.forbidden');
      case 'not_found':
        return term('auditLog.error.notFound');
      case 'validation_failed':
        return term('auditLog.error.invalid');
      case 'unauthenticated':
        return term('auditLog.error.unauthenticated');
      default:
        return this.localize.describeError(error, term('auditLog.error.load'));
    }
  }
}
