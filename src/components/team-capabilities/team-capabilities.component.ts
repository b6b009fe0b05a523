import { consume } from '@lit/context';
import { initialState, Task, TaskStatus } from '@lit/task';
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { asProblem, isAbortError } from '../../api/errors.js';
import type { LicencePool } from '../../api/schemas/licence-pool.js';
import type { Me } from '../../api/schemas/me.js';
import type { User, UserUpdate } from '../../api/schemas/user.js';
import type { SuiteApi } from '../../api/suite-api.js';
import { adminContext } from '../../context/admin-context.js';
import { apiContext } from '../../context/api-context.js';
import { LocalizeController } from '../../controllers/localize-controller.js';
import { SuiteErrorEvent } from '../../events/suite-error-event.js';
import { SuiteUserChangedEvent } from '../../events/suite-user-changed-event.js';
import { teamCapabilitiesMessages } from '../../i18n/team-capabilities.js';
import { SuiteElement } from '../suite-element.js';
import { teamCapabilitiesStyles } from './team-capabilities.styles.js';

/** The calls this element makes; a partner's adapter (or a test) implements only these. */
export type TeamCapabilitiesApi = Pick<SuiteApi, 'getUser' | 'updateUser' | 'listLicencePools' | 'listUsers'>;

type Capability = keyof User['capabilities'];

/** What the element shows: the user, the operator pool that caps support (if the client has one) and the team size. */
interface TeamSnapshot {
  user: User;
  operatorPool: LicencePool | null;
  userCount: number;
}

type Feedback = { kind: 'saved'; capability: Capability; on: boolean } | { kind: 'error'; message: string };

/**
 * The pool that caps this user's support: the operator pool the user already
 * holds, else the one the server assigns (the first of kind `operator` by id).
 */
function operatorPoolFor(user: User, pools: readonly LicencePool[]): LicencePool | null {
  const operatorPools = pools.filter((pool) => pool.kind === 'operator').sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return operatorPools.find((pool) => user.licencePoolIds.includes(pool.id)) ?? operatorPools[0] ?? null;
}

/**
 * A user's team capabilities (remote management, support management) as
 * switches, with the team's users / operators counter. Support makes the user an
 * operator: the server then assigns the operator pool and takes a seat there (or
 * refuses with `seat_limit`); turning it off frees the seat. A full operator
 * pool disables turning support on, and says why.
 *
 * @tagname suite-team-capabilities
 * @summary Remote and support management switches of one user, capped by the operator pool.
 *
 * @fires {SuiteUserChangedEvent} suite-user-changed - A capability was saved; `user` is the user as the server now has them.
 * @fires {SuiteErrorEvent} suite-error - Loading failed, or the server refused a change (not fired when a request is cancelled).
 *
 * @csspart base - The wrapper around every state.
 * @csspart counter - The users / operators counter.
 * @csspart capability - The block of one capability (switch, description, reason).
 * @csspart switch - Each switch (a `button` with `role="switch"`).
 * @csspart reason - Why turning support on is not possible (operator pool full).
 * @csspart feedback - The result of the last change (saved, or why it was refused).
 * @csspart error - The loading error and its Retry button.
 *
 * @cssproperty --suite-team-capabilities-switch-width - Width of a switch track. Default `2.75rem`.
 * @cssproperty --suite-team-capabilities-switch-on - Track colour of a switch that is on. Default `--suite-color-primary`.
 * @cssproperty --suite-team-capabilities-switch-off - Track colour of a switch that is off. Default `--suite-color-track`.
 */
export class SuiteTeamCapabilities extends SuiteElement {
  static override styles = teamCapabilitiesStyles;

  protected readonly localize = new LocalizeController(this, teamCapabilitiesMessages);

  /** The client (tenant) the user belongs to. */
  @property({ attribute: 'client-id' }) clientId?: string;

  /** The user whose capabilities are shown. */
  @property({ attribute: 'user-id' }) userId?: string;

  /** A backend client set directly; wins over the one provided by `apiContext`. */
  @property({ attribute: false }) api?: TeamCapabilitiesApi;

  @consume({ context: apiContext, subscribe: true })
  @state()
  protected providedApi?: TeamCapabilitiesApi;

  /** The signed-in admin; without `users.write` the switches are read-only. */
  @consume({ context: adminContext, subscribe: true })
  @state()
  protected admin?: Me;

  /** The last loaded (or saved) state; kept while a reload runs so the switches do not flicker. */
  @state() private team?: TeamSnapshot;

  /** The change being saved, shown at once (optimistic) and reverted if the server refuses it. */
  @state() private pending?: { capability: Capability; on: boolean };

  @state() private feedback?: Feedback;

  private readonly teamTask = new Task(this, {
    args: () => [this.api ?? this.providedApi, this.clientId, this.userId] as const,
    task: async ([api, clientId, userId], { signal }): Promise<TeamSnapshot | typeof initialState> => {
      if (!api || !clientId || !userId) return initialState;
      try {
        const [user, pools, users] = await Promise.all([
          api.getUser(clientId, userId, { signal }),
          api.listLicencePools(clientId, { signal }),
          // Contacts are light external accounts, not team members.
          api.listUsers(clientId, { accountType: ['user'], limit: 1 }, { signal }),
        ]);
        return { user, operatorPool: operatorPoolFor(user, pools.items), userCount: users.total };
      } catch (error) {
        if (!signal.aborted && !isAbortError(error)) this.reportError(error);
        throw error;
      }
    },
    // Only the latest run lands here: a slower, older answer never replaces a newer one.
    onComplete: (team) => {
      this.team = team;
    },
  });

  protected override willUpdate(changed: PropertyValues<this>): void {
    // Another user (or client): nothing of the previous one may show while the new one loads.
    if (changed.has('clientId') || changed.has('userId')) {
      this.team = undefined;
      this.feedback = undefined;
    }
  }

  override connectedCallback(): void {
    super.connectedCallback();
    document.addEventListener('suite-user-changed', this.onUserChangedElsewhere);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    document.removeEventListener('suite-user-changed', this.onUserChangedElsewhere);
  }

  /** Loads the user, the operator pool and the team size again. */
  reload(): Promise<void> {
    return this.teamTask.run();
  }

  /**
   * Another element (the user panel, another copy of this one) saved this user:
   * the capabilities sent next must build on that save, not undo it, and a
   * status change may have freed or taken an operator seat.
   */
  private readonly onUserChangedElsewhere = (event: SuiteUserChangedEvent): void => {
    if (event.composedPath().includes(this) || event.user.id !== this.userId || !this.team) return;
    // A host echoing this element's own save (same version) brings nothing new.
    if (event.user.updatedAt === this.team.user.updatedAt) return;
    this.team = { ...this.team, user: event.user };
    void this.teamTask.run();
  };

  override render(): TemplateResult {
    const term = this.localize.term.bind(this.localize);
    const loading = this.teamTask.status === TaskStatus.PENDING;
    const failed = this.teamTask.status === TaskStatus.ERROR && !isAbortError(this.teamTask.error);
    return html`
      <section part="base" class="base" lang=${this.localize.locale} aria-labelledby="heading" aria-busy=${loading ? 'true' : 'false'}>
        <h3 id="heading">${term('teamCapabilities.heading')}</h3>
        ${failed
          ? this.renderError(this.teamTask.error)
          : this.team
            ? this.renderTeam(this.team)
            : loading
              ? html`<p class="message" role="status">${term('teamCapabilities.loading')}</p>`
              : nothing}
      </section>
    `;
  }

  private renderTeam(team: TeamSnapshot): TemplateResult {
    const term = this.localize.term.bind(this.localize);
    const pool = team.operatorPool;
    return html`
      <dl part="counter" class="counter" aria-label=${term('teamCapabilities.counter.label')}>
        <div>
          <dt>${term('teamCapabilities.counter.users')}</dt>
          <dd data-count="users">${this.localize.formatNumber(team.userCount)}</dd>
        </div>
        <div>
          <dt>${term('teamCapabilities.counter.operators')}</dt>
          <dd data-count="operators" class=${pool && pool.remaining < 0 ? 'over' : ''}>
            ${pool
              ? term('teamCapabilities.counter.operatorSeats', { used: pool.used, total: pool.total })
              : term('teamCapabilities.counter.uncapped')}
          </dd>
        </div>
      </dl>
      ${this.canWrite() ? nothing : html`<p class="message">${term('teamCapabilities.readOnly')}</p>`}
      ${this.renderSwitch(team, 'remoteManagement', null)} ${this.renderSwitch(team, 'supportManagement', this.supportBlockedReason(team))}
      <p part="feedback" class="feedback ${this.feedback?.kind ?? ''}" role="status">${this.renderFeedback()}</p>
    `;
  }

  private renderSwitch(team: TeamSnapshot, capability: Capability, blockedReason: string | null): TemplateResult {
    const term = this.localize.term.bind(this.localize);
    const on = this.pending?.capability === capability ? this.pending.on : team.user.capabilities[capability];
    // aria-disabled rather than disabled: the switch stays focusable, so its reason can be heard.
    const inactive = !this.canWrite() || this.busy() || (blockedReason !== null && !on);
    const reasonId = `${capability}-reason`;
    return html`
      <div part="capability" class="capability" data-capability=${capability}>
        <button
          part="switch"
          class="switch"
          type="button"
          role="switch"
          id=${capability}
          aria-checked=${on ? 'true' : 'false'}
          aria-disabled=${inactive ? 'true' : 'false'}
          aria-describedby=${blockedReason && !on ? `${capability}-description ${reasonId}` : `${capability}-description`}
          @click=${() => void this.toggle(capability)}
        >
          <span class="track" aria-hidden="true"><span class="thumb"></span></span>
          <span class="label">${term(`teamCapabilities.${capability}`)}</span>
          <span class="state" aria-hidden="true">${on ? term('teamCapabilities.on') : term('teamCapabilities.off')}</span>
        </button>
        <p class="description" id="${capability}-description">${term(`teamCapabilities.${capability}.description`)}</p>
        ${blockedReason && !on ? html`<p part="reason" class="reason" id=${reasonId}>${blockedReason}</p>` : nothing}
      </div>
    `;
  }

  private renderFeedback(): string {
    const term = this.localize.term.bind(this.localize);
    if (this.pending) return term('teamCapabilities.saving');
    const feedback = this.feedback;
    if (!feedback) return '';
    if (feedback.kind === 'error') return feedback.message;
    const capability = term(`teamCapabilities.${feedback.capability}`);
    return feedback.on ? term('teamCapabilities.turnedOn', { capability }) : term('teamCapabilities.turnedOff', { capability });
  }

  private renderError(error: unknown): TemplateResult {
    return html`
      <div part="error" class="error" role="alert">
        <p>${this.describeLoadError(error)}</p>
        <button type="button" @click=${() => void this.teamTask.run()}>${this.localize.term('error.retry')}</button>
      </div>
    `;
  }

  /**
   * A save or a reload is running. The next change waits for it: it must build
   * on the user the reload brings back, and a reload started before a save must
   * not land after it.
   */
  private busy(): boolean {
    return this.pending !== undefined || this.teamTask.status === TaskStatus.PENDING;
  }

  private canWrite(): boolean {
    // No admin context (a host passing only an api): the server still refuses what is not allowed.
    return !this.admin || this.admin.permissions.includes('users.write');
  }

  /**
   * Why support cannot be turned on, or null. Only a user who would take a new
   * seat is blocked: one already assigned to the operator pool keeps theirs.
   */
  private supportBlockedReason(team: TeamSnapshot): string | null {
    const pool = team.operatorPool;
    if (!pool || team.user.licencePoolIds.includes(pool.id) || pool.remaining > 0) return null;
    return pool.remaining < 0
      ? this.localize.term('teamCapabilities.poolOver', { pool: pool.name, count: -pool.remaining })
      : this.localize.term('teamCapabilities.poolFull', { pool: pool.name, used: pool.used, total: pool.total });
  }

  private async toggle(capability: Capability): Promise<void> {
    const team = this.team;
    const api = this.api ?? this.providedApi;
    if (!team || !api || this.busy() || !this.canWrite()) return;
    const on = !team.user.capabilities[capability];
    if (on && capability === 'supportManagement' && this.supportBlockedReason(team) !== null) return;

    this.pending = { capability, on };
    this.feedback = undefined;
    // Not cancelled when the element leaves the page: the server may already have
    // applied the change, and cancelling would only hide the outcome.
    try {
      // Capabilities only: the server derives the operator pool and role from support, under its seat lock.
      const changes: UserUpdate = { capabilities: { ...team.user.capabilities, [capability]: on } };
      const user = await api.updateUser(team.user.clientId, team.user.id, changes);
      this.team = { ...(this.team ?? team), user };
      this.feedback = { kind: 'saved', capability, on };
      /** @internal The class JSDoc's @fires documents this event; without the tag the manifest analyzer adds a nameless copy. */
      this.dispatchEvent(new SuiteUserChangedEvent({ user }));
      // The operator count moved; reload it in the background (the switches stay as saved).
      if (capability === 'supportManagement') void this.teamTask.run();
    } catch (error) {
      if (isAbortError(error)) return;
      this.feedback = { kind: 'error', message: this.describeSaveError(error, team) };
      this.reportError(error);
      // Someone else took the last seat: show the pool as it now is.
      if (asProblem(error)?.code === 'seat_limit') void this.teamTask.run();
    } finally {
      this.pending = undefined;
    }
  }

  private describeSaveError(error: unknown, team: TeamSnapshot): string {
    const term = this.localize.term.bind(this.localize);
    switch (asProblem(error)?.code) {
      case 'seat_limit':
        return team.operatorPool
          ? term('teamCapabilities.error.seatLimit', { pool: team.operatorPool.name })
          : term('teamCapabilities.error.seatLimitUnknownPool');
      case 'forbidden':
        return term('teamCapabilities.error.forbidden');
      case 'not_found':
        return term('teamCapabilities.error.notFound');
      default:
        return this.localize.describeError(error, term('teamCapabilities.error.save'));
    }
  }

  private describeLoadError(error: unknown): string {
    if (asProblem(error)?.code === 'not_found') return this.localize.term('teamCapabilities.error.notFound');
    return this.localize.describeError(error, this.localize.term('teamCapabilities.error.load'));
  }

  private reportError(error: unknown): void {
    /** @internal The class JSDoc's @fires documents this event; without the tag the manifest analyzer adds a nameless copy. */
    this.dispatchEvent(new SuiteErrorEvent(error instanceof Error ? error : new Error(String(error))));
  }
}
