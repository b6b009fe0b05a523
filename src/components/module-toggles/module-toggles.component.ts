import { consume } from '@lit/context';
import { initialState, Task, TaskStatus } from '@lit/task';
import { html, nothing, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import { isAbortError, ProblemError } from '../../api/errors.js';
import type { BrandingLevel, ValueSource } from '../../api/schemas/branding.js';
import type { Me } from '../../api/schemas/me.js';
import { MODULE_IMPACTS, MODULE_KEYS } from '../../api/schemas/modules.js';
import type { LevelModules, ModuleKey, ModuleSettings } from '../../api/schemas/modules.js';
import type { LevelTarget } from '../../api/suite-api.js';
import { adminContext } from '../../context/admin-context.js';
import { apiContext } from '../../context/api-context.js';
import { LocalizeController } from '../../controllers/localize-controller.js';
import { SuiteErrorEvent } from '../../events/suite-error-event.js';
import { SuiteModuleToggleEvent, type ModuleSettingChange } from '../../events/suite-module-toggle-event.js';
import { SuiteModulesSavedEvent } from '../../events/suite-modules-saved-event.js';
import { moduleTogglesMessages } from '../../i18n/module-toggles.js';
import { SuiteElement } from '../suite-element.js';
import { changedKeys, ModuleDraftController, type ModuleConflict, type ModuleTogglesApi } from './module-draft.controller.js';
import { moduleTogglesStyles } from './module-toggles.styles.js';

export type { ModuleTogglesApi } from './module-draft.controller.js';

/** What one switch shows. */
interface SwitchView {
  enabled: boolean;
  source: ValueSource;
  /** Set at this level (so it can be reset to what it inherits). */
  own: boolean;
}

/**
 * The selfcare modules of one level as switches (the WAI-ARIA APG switch:
 * a button with `role="switch"`, Space and Enter toggle it, `aria-checked`
 * says the state, the label stays the module's name). Each switch says which
 * other modules it changes and where its value comes from (default, partner,
 * client); one switch or all can go back to what they inherit. Every change
 * is saved at once with `If-Match`; on 412 the admin sees both versions and
 * chooses, and nothing typed is lost.
 *
 * At client level the parent chooses the client (`client-id`, e.g. from a
 * `<suite-client-picker>`); at partner level the partner comes from
 * `partner-id` or the signed-in partner admin.
 *
 * @tagname suite-module-toggles
 * @summary On/off switches for the selfcare modules of the partner or one client, with inheritance.
 *
 * @fires {SuiteModuleToggleEvent} suite-module-toggle - Before a change is saved (a switch, a reset, a reset of all). Cancelable: `preventDefault()` leaves the switches as they were.
 * @fires {SuiteModulesSavedEvent} suite-modules-saved - A change was saved; carries the level with its effective modules.
 * @fires {SuiteErrorEvent} suite-error - Loading or saving failed (not fired for a conflict, which the element resolves with the admin, nor for a cancelled request).
 *
 * @csspart base - The wrapper (a region named by its heading).
 * @csspart list - The list of switches.
 * @csspart module - One module's row.
 * @csspart switch - A switch (`role="switch"`).
 * @csspart source - Where a switch's value comes from.
 * @csspart impacts - The "Also changes" line.
 * @csspart reset-button - "Use inherited" of one switch.
 * @csspart reset-all-button - "Use inherited for all".
 * @csspart conflict - The panel shown when someone else saved first.
 * @csspart error - An error message and its Retry button.
 *
 * @cssproperty --suite-module-toggles-track-width - Width of a switch's track. Default `2.75rem`.
 */
export class SuiteModuleToggles extends SuiteElement {
  static override styles = moduleTogglesStyles;

  protected readonly localize = new LocalizeController(this, moduleTogglesMessages);

  /** Which level the switches set: what all clients inherit, or one client's own. */
  @property({ reflect: true }) level: BrandingLevel = 'client';

  /** The client, at client level; defaults to the signed-in admin's client. */
  @property({ attribute: 'client-id' }) clientId?: string;

  /** The partner, at partner level; defaults to the signed-in admin's partner. */
  @property({ attribute: 'partner-id' }) partnerId?: string;

  /** A backend client set directly; wins over the one provided by `apiContext`. */
  @property({ attribute: false }) api?: ModuleTogglesApi;

  @consume({ context: apiContext, subscribe: true })
  @state()
  protected providedApi?: ModuleTogglesApi;

  /** The signed-in admin, set directly; wins over the one provided by `adminContext`. Decides the defaults of the level's owner and whether the switches are read-only. */
  @property({ attribute: false }) admin?: Me;

  @consume({ context: adminContext, subscribe: true })
  @state()
  protected providedAdmin?: Me;

  /** Set after a save of this session, for the status line. */
  @state() private savedOnce = false;

  private readonly drafts = new ModuleDraftController(this, {
    connection: () => {
      const api = this.api ?? this.providedApi;
      const target = this.target;
      return api && target ? { api, target } : undefined;
    },
    onSaved: (level) => this.saved(level),
    onFailed: (error) => this.dispatchEvent(new SuiteErrorEvent(error instanceof Error ? error : new Error(String(error)))),
  });

  private readonly loadTask = new Task(this, {
    args: () => [this.api ?? this.providedApi, this.targetKey] as const,
    task: async ([api], { signal }): Promise<LevelModules | typeof initialState> => {
      const target = this.target;
      this.drafts.start();
      this.savedOnce = false;
      if (!api || !target) return initialState;
      try {
        const level = await api.getModules(target, { signal });
        this.drafts.start(level);
        return level;
      } catch (error) {
        if (!signal.aborted && !isAbortError(error)) this.dispatchEvent(new SuiteErrorEvent(error instanceof Error ? error : new Error(String(error))));
        throw error;
      }
    },
  });

  /** Loads the level again, dropping unsaved switches (e.g. after the host changed them elsewhere). */
  reload(): Promise<void> {
    return this.loadTask.run();
  }

  private get target(): LevelTarget | undefined {
    const scope = (this.admin ?? this.providedAdmin)?.scope;
    if (this.level === 'partner') {
      const partnerId = this.partnerId ?? scope?.partnerId;
      return partnerId ? { level: 'partner', partnerId } : undefined;
    }
    const clientId = this.clientId ?? (scope && scope.kind !== 'partner' ? scope.clientId : undefined);
    return clientId ? { level: 'client', clientId } : undefined;
  }

  /** A string that changes when the target does, for the load task's arguments. */
  private get targetKey(): string {
    const target = this.target;
    return target ? `${target.level}:${target.level === 'partner' ? target.partnerId : target.clientId}` : '';
  }

  /** Agency-scoped admins may read the client's modules, not change them (the server refuses too). */
  private get readOnly(): boolean {
    const admin = this.admin ?? this.providedAdmin;
    return admin !== undefined && (!admin.permissions.includes('modules.write') || admin.scope.kind === 'agencies');
  }

  private saved(level: LevelModules): void {
    this.savedOnce = true;
    this.dispatchEvent(new SuiteModulesSavedEvent({ modules: level }));
  }

  private view(key: ModuleKey, saved: LevelModules): SwitchView {
    const own = this.drafts.draft[key];
    if (own !== undefined) return { enabled: own, source: this.level, own: true };
    // The level's inherited modules, not its effective ones: a reset not saved yet already shows what it brings back.
    const inherited = saved.inherited.find((module) => module.key === key);
    return { enabled: inherited?.enabled ?? false, source: inherited?.source ?? 'default', own: false };
  }

  /** Asks the host (cancelable event), then changes the draft, which saves itself. */
  private request(changes: readonly Omit<ModuleSettingChange, 'impacts'>[]): boolean {
    const target = this.target;
    if (this.readOnly || !target || changes.length === 0) return false;
    const ownerId = target.level === 'partner' ? target.partnerId : target.clientId;
    const event = new SuiteModuleToggleEvent({
      level: target.level,
      ownerId,
      changes: changes.map((change) => ({ ...change, impacts: MODULE_IMPACTS[change.key] })),
    });
    if (!this.dispatchEvent(event)) return false;
    void this.drafts.change(Object.fromEntries(changes.map((change) => [change.key, change.enabled])));
    return true;
  }

  private toggle(key: ModuleKey, view: SwitchView): void {
    this.request([{ key, enabled: !view.enabled }]);
  }

  private async resetOne(key: ModuleKey): Promise<void> {
    if (!this.request([{ key, enabled: null }])) return;
    // The reset button goes away with the own setting: focus moves to the switch it belonged to.
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>(`#switch-${key}`)?.focus();
  }

  private async resetAll(): Promise<void> {
    const own = Object.keys(this.drafts.draft) as ModuleKey[];
    if (!this.request(own.map((key) => ({ key, enabled: null })))) return;
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('[role="switch"]')?.focus();
  }

  override render(): TemplateResult {
    const term = this.localize.term.bind(this.localize);
    const loading = this.loadTask.status === TaskStatus.PENDING;
    return html`
      <section part="base" class="base" lang=${this.localize.locale} aria-labelledby="heading" aria-busy=${loading ? 'true' : 'false'}>
        <h2 id="heading" class="heading">${term('moduleToggles.title')}</h2>
        ${this.target === undefined
          ? html`<p class="message">${term('moduleToggles.notConfigured')}</p>`
          : this.loadTask.render({
              pending: () => html`<p class="message" role="status">${term('moduleToggles.loading')}</p>`,
              complete: () => (this.drafts.saved ? this.renderLevel(this.drafts.saved) : nothing),
              error: (error) => this.renderError(error, () => void this.loadTask.run(), this.localize.describeError(error, term('error.loadModules'))),
            })}
      </section>
    `;
  }

  private renderLevel(saved: LevelModules): TemplateResult {
    const term = this.localize.term.bind(this.localize);
    const { conflict, error, saving } = this.drafts;
    const hasOwn = Object.keys(this.drafts.draft).length > 0;
    return html`
      <p class="intro">${term(this.level === 'partner' ? 'moduleToggles.intro.partner' : 'moduleToggles.intro.client')}</p>
      ${this.readOnly ? html`<p class="message">${term('moduleToggles.readOnly')}</p>` : nothing}
      ${conflict ? this.renderConflict(conflict) : nothing}
      ${error !== undefined ? this.renderError(error, () => void this.drafts.retry(), this.saveFailure(error)) : nothing}
      <ul part="list" class="list">
        ${repeat(
          MODULE_KEYS,
          (key) => key,
          (key) => this.renderSwitch(key, this.view(key, saved)),
        )}
      </ul>
      <div class="footer">
        ${this.readOnly
          ? nothing
          : html`<button part="reset-all-button" class="secondary" type="button" ?disabled=${!hasOwn} @click=${() => void this.resetAll()}>
              ${term('moduleToggles.resetAll')}
            </button>`}
        <p class="status" role="status">${saving ? term('moduleToggles.saving') : this.savedOnce && !this.drafts.unsaved ? term('moduleToggles.saved') : ''}</p>
      </div>
    `;
  }

  private renderSwitch(key: ModuleKey, view: SwitchView): TemplateResult {
    const term = this.localize.term.bind(this.localize);
    const name = term(`module.${key}`);
    const impacts = MODULE_IMPACTS[key];
    const sourceText =
      view.source === 'partner' && this.level === 'partner'
        ? term('moduleToggles.source.partner.own')
        : term(`moduleToggles.source.${view.source}`);
    const describedBy = [impacts.length > 0 ? `impacts-${key}` : '', `source-${key}`].filter(Boolean).join(' ');
    return html`
      <li part="module" class="module" data-module=${key} data-source=${view.source}>
        <button
          part="switch"
          class="switch"
          id=${`switch-${key}`}
          type="button"
          role="switch"
          aria-checked=${view.enabled ? 'true' : 'false'}
          aria-describedby=${describedBy}
          aria-disabled=${this.readOnly ? 'true' : 'false'}
          @click=${() => this.toggle(key, view)}
        >
          <span class="label">${name}</span>
          <span class="track" aria-hidden="true"><span class="thumb"></span></span>
          <span class="state" aria-hidden="true">${term(view.enabled ? 'moduleToggles.on' : 'moduleToggles.off')}</span>
        </button>
        <div class="details">
          ${impacts.length > 0
            ? html`<p part="impacts" class="impacts" id=${`impacts-${key}`}>
                ${term('moduleToggles.alsoChanges', { modules: impacts.map((impact) => term(`module.${impact}`)).join(', ') })}
              </p>`
            : nothing}
          <p part="source" class="source" id=${`source-${key}`}>${sourceText}</p>
        </div>
        ${view.own && !this.readOnly
          ? html`<button part="reset-button" class="secondary reset" type="button" aria-label=${term('moduleToggles.resetOneFor', { module: name })} @click=${() => void this.resetOne(key)}>
              ${term('moduleToggles.resetOne')}
            </button>`
          : nothing}
      </li>
    `;
  }

  private renderConflict(conflict: ModuleConflict): TemplateResult {
    const term = this.localize.term.bind(this.localize);
    const theirs = changedKeys(conflict.base, conflict.theirs.settings);
    const mine = changedKeys(conflict.base, this.drafts.draft);
    const value = (setting: boolean | undefined) =>
      term(setting === undefined ? 'moduleToggles.value.inherited' : setting ? 'moduleToggles.value.on' : 'moduleToggles.value.off');
    const changeList = (keys: ModuleKey[], after: ModuleSettings, clashes: ModuleKey[]) =>
      keys.length === 0
        ? html`<p>${term('moduleToggles.conflict.none')}</p>`
        : html`<ul>
            ${keys.map(
              (key) =>
                html`<li data-module=${key}>
                  ${term('moduleToggles.change', { module: term(`module.${key}`), from: value(conflict.base[key]), to: value(after[key]) })}
                  ${clashes.includes(key) ? html`<strong>(${term('moduleToggles.conflict.both')})</strong>` : nothing}
                </li>`,
            )}
          </ul>`;
    const { updatedBy, updatedAt } = conflict.theirs;
    return html`
      <div part="conflict" class="callout conflict" role="alert" aria-labelledby="conflict-title">
        <h3 id="conflict-title">${term('moduleToggles.conflict.title')}</h3>
        ${updatedBy && updatedAt
          ? html`<p>${term('moduleToggles.conflict.by', { who: updatedBy, when: this.localize.formatDate(updatedAt, { dateStyle: 'medium', timeStyle: 'short' }) })}</p>`
          : nothing}
        <h4>${term('moduleToggles.conflict.theirs')}</h4>
        ${changeList(theirs, conflict.theirs.settings, mine)}
        <h4>${term('moduleToggles.conflict.mine')}</h4>
        ${changeList(mine, this.drafts.draft, theirs)}
        <p id="keep-mine-hint" class="hint">${term('moduleToggles.conflict.mineHint')}</p>
        <div class="actions">
          <button type="button" aria-describedby="keep-mine-hint" @click=${() => void this.drafts.keepMine()}>${term('moduleToggles.conflict.keepMine')}</button>
          <button type="button" class="secondary" @click=${() => this.drafts.useTheirs()}>${term('moduleToggles.conflict.useTheirs')}</button>
        </div>
      </div>
    `;
  }

  private saveFailure(error: unknown): string {
    const term = this.localize.term.bind(this.localize);
    if (error instanceof ProblemError && error.code === 'forbidden') return term('error.forbiddenModules');
    return this.localize.describeError(error, term('error.saveModules'));
  }

  private renderError(error: unknown, retry: () => void, message: string): TemplateResult | typeof nothing {
    if (isAbortError(error)) return nothing;
    return html`
      <div part="error" class="callout error" role="alert">
        <p>${message}</p>
        <button type="button" @click=${retry}>${this.localize.term('error.retry')}</button>
      </div>
    `;
  }
}
