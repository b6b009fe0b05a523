import { consume } from '@lit/context';
import { initialState, Task, TaskStatus } from '@lit/task';
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import { repeat } from 'lit/directives/repeat.js';
import { asProblem, isAbortError } from '../../api/errors.js';
import type { AddressBookGroup, ShareRequest } from '../../api/schemas/address-book.js';
import type { Me } from '../../api/schemas/me.js';
import type { User } from '../../api/schemas/user.js';
import type { SuiteApi } from '../../api/suite-api.js';
import { adminContext } from '../../context/admin-context.js';
import { apiContext } from '../../context/api-context.js';
import { LocalizeController } from '../../controllers/localize-controller.js';
import { SuiteErrorEvent } from '../../events/suite-error-event.js';
import { addressBookSharingMessages } from '../../i18n/address-book-sharing.js';
import { SuiteElement } from '../suite-element.js';
import { addressBookSharingStyles } from './address-book-sharing.styles.js';
import { UserSearchController } from './user-search.controller.js';

/** The calls this element makes; a partner's adapter (or a test) implements only these. */
export type AddressBookSharingApi = Pick<
  SuiteApi,
  'getUser' | 'listUsers' | 'listAddressBookGroups' | 'shareAddressBookGroup' | 'unshareAddressBookGroup'
>;

type SharePermission = ShareRequest['permission'];
/** The contract's permission types, in the order offered. */
const PERMISSIONS = ['read', 'write'] as const satisfies readonly SharePermission[];

type SharingAction = 'share' | 'unshare';

/** Someone a group is shared with: the id the API needs and the name the admin reads. */
interface Recipient {
  id: string;
  name: string;
}

/** One API call of a run: one group, one person. */
interface ShareItem {
  group: AddressBookGroup;
  recipient: Recipient;
}

interface ItemFailure extends ShareItem {
  error: unknown;
}

interface SharingRun {
  action: SharingAction;
  permission: SharePermission;
  total: number;
  done: number;
  succeeded: number;
  failures: ItemFailure[];
  finished: boolean;
}

/** Calls running at once: enough to finish "all groups × several people" quickly, few enough to stay under rate limits. */
const CONCURRENCY = 4;

const fullName = (user: Pick<User, 'firstName' | 'lastName'>) => `${user.firstName} ${user.lastName}`;

/**
 * The client's address-book groups, which of them are shared with one user and
 * with which permission; shares one, several or all groups with one or several
 * people (picked with a searchable combobox), or unshares them. One call per
 * group × person, with progress, per-item failures and "retry failed".
 *
 * @tagname suite-address-book-sharing
 * @summary Share and unshare a client's address-book groups with users, with a permission.
 *
 * @fires {SuiteErrorEvent} suite-error - Loading failed, or one share/unshare call failed (not fired when a request is cancelled).
 *
 * @csspart base - The wrapper around every state.
 * @csspart table - The table of groups.
 * @csspart row - One group's row.
 * @csspart recipients - The list of people the selected groups will be shared with.
 * @csspart recipient - One person in that list, with its remove button.
 * @csspart picker - The search field (combobox) to add people.
 * @csspart listbox - The matching users under the search field.
 * @csspart option - One matching user.
 * @csspart permission - The permission choice.
 * @csspart actions - The Share and Unshare buttons.
 * @csspart progress - The progress of a running share or unshare.
 * @csspart results - The outcome of the last run and its failures.
 * @csspart error - The loading error and its Retry button.
 *
 * @cssproperty --suite-address-book-sharing-cell-padding - Padding of the table cells. Default `--suite-space-s --suite-space-m`.
 * @cssproperty --suite-address-book-sharing-listbox-max-height - Height beyond which the matching users scroll. Default `16rem`.
 */
export class SuiteAddressBookSharing extends SuiteElement {
  static override styles = addressBookSharingStyles;

  protected readonly localize = new LocalizeController(this, addressBookSharingMessages);

  /** The client (tenant) whose groups are shown. */
  @property({ attribute: 'client-id' }) clientId?: string;

  /** The user whose access is shown, and the first person to share with. */
  @property({ attribute: 'user-id' }) userId?: string;

  /** A backend client set directly; wins over the one provided by `apiContext`. */
  @property({ attribute: false }) api?: AddressBookSharingApi;

  @consume({ context: apiContext, subscribe: true })
  @state()
  protected providedApi?: AddressBookSharingApi;

  /** The signed-in admin; without `users.write` the shares are shown, not changed. */
  @consume({ context: adminContext, subscribe: true })
  @state()
  protected admin?: Me;

  @state() private groups: AddressBookGroup[] = [];
  @state() private subject?: Recipient;
  @state() private selectedGroupIds = new Set<string>();
  @state() private recipients: Recipient[] = [];
  @state() private permission: SharePermission = 'read';
  @state() private run?: SharingRun;
  @state() private query = '';
  @state() private listboxOpen = false;
  @state() private activeIndex = -1;

  private runController?: AbortController;

  private readonly search = new UserSearchController(this, () => ({ api: this.currentApi(), clientId: this.clientId }));

  private readonly loadTask = new Task(this, {
    args: () => [this.currentApi(), this.clientId, this.userId] as const,
    task: async ([api, clientId, userId], { signal }) => {
      if (!api || !clientId || !userId) return initialState;
      try {
        const [user, groups] = await Promise.all([api.getUser(clientId, userId, { signal }), api.listAddressBookGroups(clientId, { signal })]);
        return { subject: { id: user.id, name: fullName(user) }, groups: groups.items };
      } catch (error) {
        if (!signal.aborted && !isAbortError(error)) this.dispatchEvent(new SuiteErrorEvent(error instanceof Error ? error : new Error(String(error))));
        throw error;
      }
    },
    onComplete: ({ subject, groups }) => {
      this.groups = groups;
      // Keep the admin's choices across a reload of the same user; start over for another one.
      if (this.subject?.id !== subject.id) {
        this.recipients = [subject];
        this.selectedGroupIds = new Set();
      }
      this.subject = subject;
      this.selectedGroupIds = new Set([...this.selectedGroupIds].filter((id) => groups.some((group) => group.id === id)));
    },
  });

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('clientId') || changed.has('userId')) {
      this.runController?.abort();
      this.run = undefined;
      this.subject = undefined;
      this.groups = [];
      this.closeListbox();
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.runController?.abort();
  }

  /** Loads the groups and their shares again. */
  reload(): Promise<void> {
    return this.loadTask.run();
  }

  private currentApi(): AddressBookSharingApi | undefined {
    return this.api ?? this.providedApi;
  }

  private canWrite(): boolean {
    // No admin context (a host passing only an api): the server still refuses what is not allowed.
    return !this.admin || this.admin.permissions.includes('users.write');
  }

  private running(): boolean {
    return this.run !== undefined && !this.run.finished;
  }

  // ------------------------------------------------------------ rendering

  override render(): TemplateResult {
    const term = this.localize.term.bind(this.localize);
    const loading = this.loadTask.status === TaskStatus.PENDING;
    const failed = this.loadTask.status === TaskStatus.ERROR && !isAbortError(this.loadTask.error);
    let body: TemplateResult | typeof nothing = nothing;
    if (failed) body = this.renderLoadError(this.loadTask.error);
    else if (this.subject) body = this.renderLoaded(this.subject);
    else if (loading) body = html`<p class="message" role="status">${term('addressBookSharing.loading')}</p>`;
    return html`
      <section part="base" class="base" lang=${this.localize.locale} aria-labelledby="heading" aria-busy=${loading || this.running() ? 'true' : 'false'}>
        <h3 id="heading">${term('addressBookSharing.heading')}</h3>
        ${body}
      </section>
    `;
  }

  private renderLoaded(subject: Recipient): TemplateResult {
    const term = this.localize.term.bind(this.localize);
    if (this.groups.length === 0) return html`<p class="message">${term('addressBookSharing.empty')}</p>`;
    const writable = this.canWrite();
    return html`
      ${writable ? nothing : html`<p class="message">${term('addressBookSharing.readOnly')}</p>`} ${this.renderGroups(subject, writable)}
      ${writable ? this.renderSharingForm() : nothing} ${this.renderProgress()} ${this.renderResults()}
    `;
  }

  private renderGroups(subject: Recipient, writable: boolean): TemplateResult {
    const term = this.localize.term.bind(this.localize);
    const selectedCount = this.selectedGroupIds.size;
    const allSelected = selectedCount === this.groups.length;
    return html`
      <table part="table">
        <caption class="visually-hidden">${term('addressBookSharing.heading')}</caption>
        <thead>
          <tr>
            ${writable
              ? html`<th scope="col" class="select">
                  <input
                    type="checkbox"
                    aria-label=${term('addressBookSharing.selectAll')}
                    .checked=${live(allSelected)}
                    .indeterminate=${selectedCount > 0 && !allSelected}
                    ?disabled=${this.running()}
                    @change=${(event: Event) => this.selectAll((event.target as HTMLInputElement).checked)}
                  />
                </th>`
              : nothing}
            <th scope="col">${term('addressBookSharing.column.group')}</th>
            <th scope="col" class="number">${term('addressBookSharing.column.contacts')}</th>
            <th scope="col">${term('addressBookSharing.column.access', { name: subject.name })}</th>
            <th scope="col" class="number">${term('addressBookSharing.column.sharedWith')}</th>
          </tr>
        </thead>
        <tbody>
          ${repeat(
            this.groups,
            (group) => group.id,
            (group) => this.renderGroup(group, subject, writable),
          )}
        </tbody>
      </table>
    `;
  }

  private renderGroup(group: AddressBookGroup, subject: Recipient, writable: boolean): TemplateResult {
    const term = this.localize.term.bind(this.localize);
    const share = group.shares.find((candidate) => candidate.userId === subject.id);
    return html`
      <tr part="row" data-group=${group.id}>
        ${writable
          ? html`<td class="select">
              <input
                type="checkbox"
                aria-label=${term('addressBookSharing.selectGroup', { group: group.name })}
                .checked=${live(this.selectedGroupIds.has(group.id))}
                ?disabled=${this.running()}
                @change=${(event: Event) => this.selectGroup(group.id, (event.target as HTMLInputElement).checked)}
              />
            </td>`
          : nothing}
        <th scope="row">${group.name}</th>
        <td class="number">${this.localize.formatNumber(group.contactCount)}</td>
        <td data-access=${share?.permission ?? 'none'}>
          ${share ? term(`addressBookSharing.permission.${share.permission}`) : term('addressBookSharing.notShared')}
        </td>
        <td class="number">${term('addressBookSharing.sharedWithCount', { count: group.shares.length })}</td>
      </tr>
    `;
  }

  private renderSharingForm(): TemplateResult {
    const term = this.localize.term.bind(this.localize);
    const running = this.running();
    const ready = this.selectedGroupIds.size > 0 && this.recipients.length > 0;
    const blocked = running || !ready;
    return html`
      <div class="form">
        <div class="recipients-block">
          <span class="field-label" id="recipients-label">${term('addressBookSharing.recipients')}</span>
          ${this.recipients.length === 0
            ? html`<p class="message">${term('addressBookSharing.noRecipients')}</p>`
            : html`<ul part="recipients" class="recipients" aria-labelledby="recipients-label">
                ${repeat(
                  this.recipients,
                  (recipient) => recipient.id,
                  (recipient) => html`
                    <li part="recipient" class="recipient" data-user=${recipient.id}>
                      <span class="recipient-name">${recipient.name}</span>
                      <button
                        type="button"
                        class="remove"
                        aria-label=${term('addressBookSharing.removeRecipient', { name: recipient.name })}
                        ?disabled=${running}
                        @click=${() => this.removeRecipient(recipient.id)}
                      >
                        <span aria-hidden="true">×</span>
                      </button>
                    </li>
                  `,
                )}
              </ul>`}
          ${this.renderPicker(running)}
        </div>
        <fieldset part="permission" class="permission" ?disabled=${running}>
          <legend>${term('addressBookSharing.permission')}</legend>
          ${PERMISSIONS.map(
            (permission) => html`
              <label>
                <input
                  type="radio"
                  name="permission"
                  value=${permission}
                  .checked=${live(this.permission === permission)}
                  @change=${() => (this.permission = permission)}
                />
                ${term(`addressBookSharing.permission.${permission}`)}
              </label>
            `,
          )}
        </fieldset>
        <div part="actions" class="actions">
          <button
            type="button"
            class="primary"
            data-action="share"
            aria-disabled=${blocked ? 'true' : 'false'}
            aria-describedby="selection-summary"
            @click=${() => this.start('share')}
          >
            ${term('addressBookSharing.share')}
          </button>
          <button
            type="button"
            data-action="unshare"
            aria-disabled=${blocked ? 'true' : 'false'}
            aria-describedby="selection-summary"
            @click=${() => this.start('unshare')}
          >
            ${term('addressBookSharing.unshare')}
          </button>
          <span id="selection-summary" class="summary">
            ${ready
              ? term('addressBookSharing.selectionSummary', { groups: this.selectedGroupIds.size, users: this.recipients.length })
              : term('addressBookSharing.needSelection')}
          </span>
        </div>
      </div>
    `;
  }

  /** The APG combobox (list autocomplete, no automatic selection) over the client's users. */
  private renderPicker(running: boolean): TemplateResult {
    const term = this.localize.term.bind(this.localize);
    const options = this.pickableUsers();
    const open = this.listboxOpen && options.length > 0;
    const active = open && this.activeIndex >= 0 ? options[this.activeIndex] : undefined;
    return html`
      <div class="picker">
        <label class="field-label" for="picker-input">${term('addressBookSharing.picker.label')}</label>
        <input
          id="picker-input"
          part="picker"
          type="text"
          role="combobox"
          autocomplete="off"
          spellcheck="false"
          aria-autocomplete="list"
          aria-expanded=${open ? 'true' : 'false'}
          aria-controls="picker-listbox"
          aria-describedby="picker-hint"
          aria-activedescendant=${active ? `option-${active.id}` : nothing}
          .value=${live(this.query)}
          ?disabled=${running}
          @input=${this.onQueryInput}
          @keydown=${this.onQueryKeydown}
          @blur=${() => this.closeListbox()}
        />
        <p id="picker-hint" class="hint">${term('addressBookSharing.picker.hint')}</p>
        <ul part="listbox" id="picker-listbox" role="listbox" class="listbox" aria-label=${term('addressBookSharing.picker.results')} ?hidden=${!open}>
          ${repeat(
            open ? options : [],
            (user) => user.id,
            (user, index) => html`
              <li
                part="option"
                role="option"
                id="option-${user.id}"
                class=${index === this.activeIndex ? 'active' : ''}
                aria-selected=${index === this.activeIndex ? 'true' : 'false'}
                @mousedown=${(event: Event) => event.preventDefault()}
                @click=${() => this.pick(user)}
              >
                <span class="option-name">${fullName(user)}</span>
                ${user.email ? html`<span class="option-detail">${user.email}</span>` : nothing}
              </li>
            `,
          )}
        </ul>
        <p class="search-status" role="status">${this.searchStatus(options.length)}</p>
      </div>
    `;
  }

  private searchStatus(shown: number): string {
    const term = this.localize.term.bind(this.localize);
    const searchState = this.search.state;
    switch (searchState.kind) {
      case 'idle':
        return '';
      case 'searching':
        return term('addressBookSharing.picker.searching');
      case 'failed':
        return term('addressBookSharing.picker.failed');
      case 'done':
        if (shown === 0) return term('addressBookSharing.picker.none');
        // The people already picked are left out of both counts.
        return term('addressBookSharing.picker.found', { count: shown, total: searchState.total - (searchState.users.length - shown) });
    }
  }

  private renderProgress(): TemplateResult | typeof nothing {
    const run = this.run;
    if (!run || run.finished) return nothing;
    const term = this.localize.term.bind(this.localize);
    return html`
      <div part="progress" class="progress">
        <span id="progress-label">${term(run.action === 'share' ? 'addressBookSharing.progress.share' : 'addressBookSharing.progress.unshare')}</span>
        <progress aria-labelledby="progress-label" max=${run.total} .value=${run.done}></progress>
        <span role="status">${term('addressBookSharing.progress.count', { done: run.done, total: run.total })}</span>
      </div>
    `;
  }

  private renderResults(): TemplateResult | typeof nothing {
    const run = this.run;
    if (!run || !run.finished) return nothing;
    const term = this.localize.term.bind(this.localize);
    return html`
      <div part="results" class="results">
        <p role="status" class=${run.failures.length > 0 ? 'failed' : 'succeeded'}>
          ${term('addressBookSharing.result', { succeeded: run.succeeded, failed: run.failures.length })}
        </p>
        ${run.failures.length > 0
          ? html`
              <ul aria-label=${term('addressBookSharing.failures')}>
                ${run.failures.map(
                  (failure) => html`<li data-group=${failure.group.id} data-user=${failure.recipient.id}>
                    ${term('addressBookSharing.failure', {
                      group: failure.group.name,
                      name: failure.recipient.name,
                      reason: this.describeItemError(failure.error),
                    })}
                  </li>`,
                )}
              </ul>
              <button type="button" data-action="retry" @click=${() => void this.execute(run.action, run.permission, run.failures)}>
                ${term('addressBookSharing.retryFailed')}
              </button>
            `
          : nothing}
      </div>
    `;
  }

  private renderLoadError(error: unknown): TemplateResult {
    const term = this.localize.term.bind(this.localize);
    const problem = asProblem(error);
    const message =
      problem?.code === 'not_found' ? term('addressBookSharing.error.notFound') : this.localize.describeError(error, term('addressBookSharing.error.load'));
    return html`
      <div part="error" class="error" role="alert">
        <p>${message}</p>
        <button type="button" @click=${() => void this.loadTask.run()}>${term('error.retry')}</button>
      </div>
    `;
  }

  // ------------------------------------------------------------ selection

  private selectAll(checked: boolean): void {
    this.selectedGroupIds = new Set(checked ? this.groups.map((group) => group.id) : []);
  }

  private selectGroup(groupId: string, checked: boolean): void {
    const next = new Set(this.selectedGroupIds);
    if (checked) next.add(groupId);
    else next.delete(groupId);
    this.selectedGroupIds = next;
  }

  private removeRecipient(userId: string): void {
    this.recipients = this.recipients.filter((recipient) => recipient.id !== userId);
  }

  // ------------------------------------------------------------ picker

  /** Search results minus the people already picked. */
  private pickableUsers(): readonly User[] {
    const searchState = this.search.state;
    if (searchState.kind !== 'done') return [];
    return searchState.users.filter((user) => !this.recipients.some((recipient) => recipient.id === user.id));
  }

  private readonly onQueryInput = (event: Event): void => {
    this.query = (event.target as HTMLInputElement).value;
    this.activeIndex = -1;
    this.listboxOpen = this.query.trim() !== '';
    this.search.search(this.query);
  };

  private readonly onQueryKeydown = (event: KeyboardEvent): void => {
    const options = this.pickableUsers();
    switch (event.key) {
      case 'ArrowDown':
      case 'ArrowUp': {
        if (options.length === 0) return;
        event.preventDefault();
        const step = event.key === 'ArrowDown' ? 1 : -1;
        if (!this.listboxOpen) {
          this.listboxOpen = true;
          this.activeIndex = step === 1 ? 0 : options.length - 1;
        } else {
          // Wraps around, as the APG combobox examples do.
          this.activeIndex = (this.activeIndex + step + options.length) % options.length;
        }
        this.updateComplete.then(() => this.scrollActiveOptionIntoView());
        return;
      }
      case 'Enter': {
        const active = this.listboxOpen ? options[this.activeIndex] : undefined;
        if (!active) return;
        event.preventDefault();
        this.pick(active);
        return;
      }
      case 'Escape':
        // First Escape closes the list; a second one clears the field (APG).
        if (this.listboxOpen && options.length > 0) this.closeListbox();
        else {
          this.query = '';
          this.search.clear();
        }
        event.preventDefault();
        return;
      default:
        return;
    }
  };

  private scrollActiveOptionIntoView(): void {
    this.renderRoot.querySelector('[role="option"].active')?.scrollIntoView({ block: 'nearest' });
  }

  private pick(user: User): void {
    this.recipients = [...this.recipients, { id: user.id, name: fullName(user) }];
    this.query = '';
    this.search.clear();
    this.closeListbox();
  }

  private closeListbox(): void {
    this.listboxOpen = false;
    this.activeIndex = -1;
  }

  // ------------------------------------------------------------ sharing

  private start(action: SharingAction): void {
    if (this.running() || this.selectedGroupIds.size === 0 || this.recipients.length === 0) return;
    const groups = this.groups.filter((group) => this.selectedGroupIds.has(group.id));
    const items = groups.flatMap((group) => this.recipients.map((recipient) => ({ group, recipient })));
    void this.execute(action, this.permission, items);
  }

  /** Runs one call per item, a few at a time; failures are kept, with their item, for "retry failed". */
  private async execute(action: SharingAction, permission: SharePermission, items: readonly ShareItem[]): Promise<void> {
    const api = this.currentApi();
    const clientId = this.clientId;
    if (!api || !clientId || this.running()) return;
    this.runController?.abort();
    const controller = new AbortController();
    this.runController = controller;
    const { signal } = controller;
    const run: SharingRun = { action, permission, total: items.length, done: 0, succeeded: 0, failures: [], finished: false };
    this.run = run;
    const queue = [...items];

    const worker = async () => {
      for (let item = queue.shift(); item && !signal.aborted; item = queue.shift()) {
        const { group, recipient } = item;
        try {
          const updated =
            action === 'share'
              ? await api.shareAddressBookGroup(clientId, group.id, recipient.id, { permission }, { signal })
              : await api.unshareAddressBookGroup(clientId, group.id, recipient.id, { signal });
          if (signal.aborted) return;
          run.succeeded += 1;
          // The answer is the group with its shares as they now are.
          this.groups = this.groups.map((candidate) => (candidate.id === updated.id ? updated : candidate));
        } catch (error) {
          if (signal.aborted || isAbortError(error)) return;
          run.failures.push({ ...item, error });
          /** @internal The class JSDoc's @fires documents this event; without the tag the manifest analyzer adds a nameless copy. */
          this.dispatchEvent(new SuiteErrorEvent(error instanceof Error ? error : new Error(String(error))));
        }
        run.done += 1;
        this.run = { ...run };
      }
    };

    await Promise.all(Array.from({ length: Math.min(CONCURRENCY, items.length) }, worker));
    if (signal.aborted) {
      // Stopped by leaving the page (or another user): no half run may keep the actions blocked.
      if (this.runController === controller) this.run = undefined;
      return;
    }
    // Keep the failures in the order the admin would read them: by group, then person.
    const order = (failure: ItemFailure) => items.findIndex((i) => i.group.id === failure.group.id && i.recipient.id === failure.recipient.id);
    run.failures.sort((a, b) => order(a) - order(b));
    this.run = { ...run, finished: true };
  }

  private describeItemError(error: unknown): string {
    const term = this.localize.term.bind(this.localize);
    const problem = asProblem(error);
    if (problem) {
      const fieldCodes = problem.fieldErrors.map((fieldError) => fieldError.code);
      if (fieldCodes.includes('contact_not_allowed')) return term('addressBookSharing.error.contact');
      if (fieldCodes.includes('unknown_user')) return term('addressBookSharing.error.unknownUser');
      if (problem.code === 'not_found') return term('addressBookSharing.error.groupGone');
      if (problem.code === 'forbidden') return term('addressBookSharing.error.forbidden');
    }
    return this.localize.describeError(error, term('addressBookSharing.error.item'));
  }
}
