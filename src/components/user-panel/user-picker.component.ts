import { html, LitElement, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import { repeat } from 'lit/directives/repeat.js';
import { isAbortError } from '../../api/errors.js';
import type { User, UserStatus } from '../../api/schemas/user.js';
import type { SuiteApi } from '../../api/suite-api.js';
import { LocalizeController } from '../../controllers/localize-controller.js';
import { userPanelMessages } from '../../i18n/user-panel.js';
import { SuiteElement } from '../suite-element.js';
import { userPickerStyles } from './user-picker.styles.js';

export type UserPickerApi = Pick<SuiteApi, 'listUsers'>;

/** Long enough to skip the keystrokes of a word being typed, short enough to feel live. */
const SEARCH_DELAY_MS = 250;
const RESULT_LIMIT = 8;

let pickerCount = 0;

/**
 * A searchable user picker (WAI-ARIA combobox with a listbox popup) over the
 * client's user list. Used by the user panel for a contact's owner and for
 * the newcomer of a replacement, and by the audit log for the user concerned.
 *
 * @tagname suite-user-picker
 * @summary Searches the client's users and picks one.
 *
 * @fires {Event} change - A user was picked, or the pick was cleared by typing (`selected` is then `null`); not fired by `clear()`.
 *
 * @csspart input - The search input (the combobox).
 * @csspart listbox - The popup list of matching users.
 * @csspart option - One matching user.
 * @csspart error - The error message under the input.
 */
export class SuiteUserPicker extends SuiteElement {
  static override styles = userPickerStyles;
  static override shadowRootOptions = { ...LitElement.shadowRootOptions, delegatesFocus: true };

  protected readonly localize = new LocalizeController(this, userPanelMessages);

  /** The visible label of the input. */
  @property() label = '';

  /** Extra help under the label. */
  @property() hint = '';

  /** An error to show under the input (already in words); empty when the value is fine. */
  @property() error = '';

  @property({ attribute: 'client-id' }) clientId?: string;

  /** Only users in these statuses are offered (e.g. `pending` and `inactive` for a newcomer). */
  @property({ attribute: false }) statuses?: UserStatus[];

  /** Only full users (`user`) or contacts are offered when set. */
  @property({ attribute: false }) accountTypes?: ('user' | 'contact')[];

  /** A user never offered (the leaver cannot replace themselves). */
  @property({ attribute: 'exclude-user-id' }) excludeUserId?: string;

  /** The current choice as text (e.g. the owner's login), shown until the admin types over it. */
  @property() value = '';

  @property({ type: Boolean }) required = false;

  @property({ attribute: false }) api?: UserPickerApi;

  /** The picked user, or `null` while nothing is picked. */
  @state() selected: User | null = null;

  @state() private text = '';
  @state() private open = false;
  @state() private results: User[] = [];
  @state() private activeIndex = -1;
  @state() private searching = false;
  @state() private searchFailed = '';

  private readonly idPrefix = `suite-user-picker-${++pickerCount}`;
  /** True while the input names a choice (the given `value` or a pick), so typing over it clears the choice. */
  private holdsChoice = false;
  private searchTimer: ReturnType<typeof setTimeout> | undefined;
  private searchAbort: AbortController | undefined;

  /** The text in the input: what the admin typed, or the picked user's name. Non-blank with no `selected` means a name was typed but no user picked. */
  get inputText(): string {
    return this.text;
  }

  /** Empties the input and forgets the pick, without a `change` event: the host asked for it (e.g. its own "Clear"). */
  clear(): void {
    clearTimeout(this.searchTimer);
    this.searchAbort?.abort();
    this.selected = null;
    this.holdsChoice = false;
    this.text = '';
    this.open = false;
    this.results = [];
    this.activeIndex = -1;
    this.searching = false;
    this.searchFailed = '';
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    // The host echoes a pick back as `value` (a login): the input keeps naming the picked user.
    if (changed.has('value') && this.value !== this.selected?.login) {
      this.text = this.value;
      this.holdsChoice = this.value !== '';
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.searchTimer);
    this.searchAbort?.abort();
  }

  override render(): TemplateResult {
    const listboxId = `${this.idPrefix}-listbox`;
    const describedBy = [this.hint ? `${this.idPrefix}-hint` : '', this.error ? `${this.idPrefix}-error` : ''].filter(Boolean).join(' ');
    const active = this.open && this.activeIndex >= 0 ? `${this.idPrefix}-option-${this.activeIndex}` : '';
    return html`
      <div class="picker" lang=${this.localize.locale}>
        <label for="${this.idPrefix}-input">${this.label}${this.required ? html`<span aria-hidden="true"> *</span>` : nothing}</label>
        ${this.hint ? html`<p class="hint" id="${this.idPrefix}-hint">${this.hint}</p>` : nothing}
        <div class="control">
          <input
            part="input"
            id="${this.idPrefix}-input"
            type="text"
            role="combobox"
            autocomplete="off"
            aria-autocomplete="list"
            aria-controls=${listboxId}
            aria-expanded=${this.open ? 'true' : 'false'}
            aria-activedescendant=${active || nothing}
            aria-describedby=${describedBy || nothing}
            aria-invalid=${this.error ? 'true' : 'false'}
            ?required=${this.required}
            .value=${live(this.text)}
            @input=${this.onInput}
            @keydown=${this.onKeydown}
            @blur=${this.onBlur}
          />
          <ul part="listbox" class="listbox" id=${listboxId} role="listbox" aria-label=${this.label} ?hidden=${!this.open}>
            ${repeat(
              this.results,
              (user) => user.id,
              (user, index) => html`
                <li
                  part="option"
                  class="option"
                  id="${this.idPrefix}-option-${index}"
                  role="option"
                  aria-selected=${index === this.activeIndex ? 'true' : 'false'}
                  @mousedown=${(event: MouseEvent) => event.preventDefault()}
                  @click=${() => this.pick(user)}
                >
                  <span class="name">${user.firstName} ${user.lastName}</span>
                  <span class="detail">${user.login}${user.email ? ` · ${user.email}` : ''}</span>
                </li>
              `,
            )}
          </ul>
        </div>
        <p class="search-status" role="status">${this.searchStatus()}</p>
        ${this.error ? html`<p part="error" class="error" id="${this.idPrefix}-error">${this.error}</p>` : nothing}
      </div>
    `;
  }

  private searchStatus(): string {
    if (this.searchFailed) return this.searchFailed;
    if (this.searching) return this.localize.term('userPicker.searching');
    if (!this.open) return '';
    return this.results.length === 0 ? this.localize.term('userPicker.noMatch') : this.localize.term('userPicker.found', { count: this.results.length });
  }

  private onInput(event: InputEvent): void {
    this.text = (event.target as HTMLInputElement).value;
    if (this.holdsChoice) {
      // Typing over a choice undoes it: the input no longer names that user.
      this.holdsChoice = false;
      this.selected = null;
      this.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
    }
    clearTimeout(this.searchTimer);
    this.searchTimer = setTimeout(() => void this.search(), SEARCH_DELAY_MS);
  }

  private async search(): Promise<void> {
    this.searchAbort?.abort();
    const api = this.api;
    const q = this.text.trim();
    if (!api || !this.clientId || q === '') {
      this.open = false;
      this.results = [];
      return;
    }
    const abort = new AbortController();
    this.searchAbort = abort;
    this.searching = true;
    this.searchFailed = '';
    try {
      const page = await api.listUsers(
        this.clientId,
        {
          q,
          // One more than shown: the excluded user may be among them.
          limit: RESULT_LIMIT + 1,
          ...(this.statuses ? { status: this.statuses } : {}),
          ...(this.accountTypes ? { accountType: this.accountTypes } : {}),
        },
        { signal: abort.signal },
      );
      // An api that ignores the signal: the answer came after `clear()` or a newer search, and is not wanted.
      if (abort.signal.aborted) return;
      this.results = page.items.filter((user) => user.id !== this.excludeUserId).slice(0, RESULT_LIMIT);
      this.activeIndex = -1;
      this.open = true;
    } catch (error) {
      if (abort.signal.aborted || isAbortError(error)) return;
      this.open = false;
      this.searchFailed = this.localize.describeError(error, this.localize.term('userPicker.searchFailed'));
    } finally {
      if (this.searchAbort === abort) this.searching = false;
    }
  }

  private onKeydown(event: KeyboardEvent): void {
    const count = this.results.length;
    switch (event.key) {
      case 'ArrowDown':
        event.preventDefault();
        if (!this.open) {
          void this.search();
          return;
        }
        if (count) this.activeIndex = (this.activeIndex + 1) % count;
        break;
      case 'ArrowUp':
        event.preventDefault();
        if (this.open && count) this.activeIndex = this.activeIndex <= 0 ? count - 1 : this.activeIndex - 1;
        break;
      case 'Home':
      case 'End':
        if (this.open && count) {
          event.preventDefault();
          this.activeIndex = event.key === 'Home' ? 0 : count - 1;
        }
        break;
      case 'Enter': {
        const user = this.open ? this.results[this.activeIndex] : undefined;
        if (user) {
          // Enter picks; it must not also submit the surrounding form.
          event.preventDefault();
          this.pick(user);
        }
        break;
      }
      case 'Escape':
        if (this.open) {
          // Closing the popup is all Escape does here: not the dialog or the panel around it.
          event.preventDefault();
          event.stopPropagation();
          this.open = false;
        }
        break;
    }
  }

  private onBlur(): void {
    this.open = false;
  }

  private pick(user: User): void {
    this.selected = user;
    this.holdsChoice = true;
    this.text = `${user.firstName} ${user.lastName} (${user.login})`;
    this.open = false;
    this.activeIndex = -1;
    this.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
  }

  protected override updated(): void {
    if (this.open && this.activeIndex >= 0) {
      this.renderRoot.querySelector(`#${this.idPrefix}-option-${this.activeIndex}`)?.scrollIntoView({ block: 'nearest' });
    }
  }
}
