import { consume, ContextProvider } from '@lit/context';
import { initialState, Task, TaskStatus } from '@lit/task';
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { asProblem, isAbortError } from '../../api/errors.js';
import { createHttpApi } from '../../api/http/http-api.js';
import { SUPERVISION_MAX_MINUTES, type SupervisionSession } from '../../api/schemas/supervision.js';
import { MAIL_LANGUAGES, type MailLanguage, type User } from '../../api/schemas/user.js';
import type { SuiteApi } from '../../api/suite-api.js';
import { apiContext } from '../../context/api-context.js';
import { LocalizeController } from '../../controllers/localize-controller.js';
import type { SuiteErrorEvent } from '../../events/suite-error-event.js';
import { SuiteSupervisionEndedEvent, type SupervisionEndReason } from '../../events/suite-supervision-ended-event.js';
import { supervisionFrameMessages } from '../../i18n/supervision-frame.js';
import { SuiteElement } from '../suite-element.js';
import { bannerTextReadable, borderFallback } from './banner-contrast.js';
import {
  SUPERVISION_BLOCKED_ACTIONS,
  SelfcareChannel,
  selfcareFrameTarget,
  type SelfcareFrameTarget,
  type SupervisionStartMessage,
} from './selfcare-channel.js';
import { formatTimeLeft, SupervisionCountdown } from './supervision-countdown.js';
import { supervisionFrameStyles } from './supervision-frame.styles.js';

/**
 * Where the frame is: `live` (the selfcare shows), `ending` (Exit sent),
 * `end-failed` (the server did not end it: still live, Retry offered),
 * `closed` (ended by Exit), `expired` and `revoked` (the token no longer works).
 */
type Phase = 'live' | 'ending' | 'end-failed' | 'closed' | 'expired' | 'revoked';

/** What the partner's selfcare page receives in iframe mode: the token and what it must not offer. */
export function supervisionStartMessage(session: SupervisionSession): SupervisionStartMessage | undefined {
  if (!session.token) return undefined;
  return {
    type: 'suite-supervision:start',
    token: session.token,
    sessionId: session.id,
    clientId: session.clientId,
    userId: session.userId,
    expiresAt: session.expiresAt,
    blockedActions: SUPERVISION_BLOCKED_ACTIONS,
  };
}

/**
 * An admin's view of one user's selfcare, as the user sees it, opened with the
 * short-lived supervision token: the client's branded `<suite-selfcare-dashboard>`
 * and the user's account, where the actions a supervisor may not take
 * (password, email, two-factor, delete) show disabled with the reason.
 *
 * A banner across the top says who is supervised, counts down the time left
 * and offers Exit; a border surrounds the whole frame. Neither can be removed
 * by theming, and the banner's text never reads below 4.5:1: its computed
 * colours are checked at each tick and replaced by a built-in pair if needed.
 * The banner is the first row of a flex column, the content scrolls in its
 * own container below it, so the banner never covers the focused element.
 *
 * When the frame opens, focus goes to the banner's heading rather than to
 * Exit: a screen reader then starts with "You are supervising Jeanne Martin's
 * selfcare", and Exit is the next Tab stop; landing on Exit would invite an
 * accidental Enter that ends the session.
 *
 * The session's length is the server's (`expiresAt - startedAt`), counted on
 * this page's monotonic clock from the moment the session arrives. At expiry
 * the content is replaced by a message and the session is ended on the server
 * with the admin's api (recorded as ended at expiry). The frame never retries
 * a call by itself.
 *
 * With `src`, the partner's own selfcare page shows in an iframe instead: it
 * must be served over https from another origin than this page (a same-origin
 * page could lift its sandbox and read the token), receives the token by
 * postMessage to its exact origin only, and is told when the session ends.
 * Its response must allow this portal in `Content-Security-Policy:
 * frame-ancestors`.
 *
 * @tagname suite-supervision-frame
 * @summary A user's selfcare seen by a supervising admin, inside a banner and border nobody can miss.
 *
 * @fires {SuiteSupervisionEndedEvent} suite-supervision-ended - The frame closed: `exit` (ended on the server), `expired` (after Close) or `revoked` (the token stopped working; after Close).
 *
 * @csspart border - The frame: its border surrounds the banner and the content.
 * @csspart banner - The banner (a region named by its heading): who is supervised, time left, Exit.
 * @csspart banner-title - The banner's heading.
 * @csspart timer - The time left, `mm:ss`.
 * @csspart exit-button - Exit.
 * @csspart end-error - The message shown when the end failed, with its Retry.
 * @csspart content - The scroll container of the selfcare below the banner.
 * @csspart dashboard - The `<suite-selfcare-dashboard>`.
 * @csspart selfcare-frame - The partner's selfcare `<iframe>` (with `src`).
 * @csspart account - The account section.
 * @csspart ended - The message that replaces the content at expiry or revocation, with Close.
 *
 * @cssproperty --suite-supervision-banner-background - The banner's background. Default: the theme's text colour (`--suite-color-on-surface`). Below 4.5:1 with its text, a built-in pair (white on `#4a148c`) is used.
 * @cssproperty --suite-supervision-banner-color - The banner's text. Default: the theme's surface colour (`--suite-color-surface`).
 * @cssproperty --suite-supervision-border-color - The border's colour. Default: the theme's text colour. Below 3:1 against the content, black or white is used.
 * @cssproperty --suite-supervision-border-width - The border's width, never under 3px. Default `4px`.
 * @cssproperty --suite-supervision-frame-height - The frame's height. Default `100%` of its container, at most the viewport's.
 * @cssproperty --suite-supervision-frame-min-height - The frame's minimum height. Default `20rem`.
 */
export class SuiteSupervisionFrame extends SuiteElement {
  static override styles = supervisionFrameStyles;

  protected readonly localize = new LocalizeController(this, supervisionFrameMessages);

  /** The session from `startSupervision` (with its `token`). Required. */
  @property({ attribute: false }) session?: SupervisionSession;

  /** The supervised user, for the name and the account; loaded with the supervision token when not given. */
  @property({ attribute: false }) user?: User;

  /** The API base the supervision api is built with (`createHttpApi({ baseUrl, token: session.token })`). */
  @property({ attribute: 'base-url' }) baseUrl?: string;

  /** The partner's own selfcare page, shown in an iframe instead of the kit's dashboard (https, another origin than this page). */
  @property() src?: string;

  /** A supervision api of the host's own (another transport, a test); wins over the one built from `base-url`. */
  @property({ attribute: false }) supervisionApi?: SuiteApi;

  /** The admin's api, set directly; wins over `apiContext`. Ends the session (it can after expiry, the token cannot). */
  @property({ attribute: false }) api?: SuiteApi;

  @consume({ context: apiContext, subscribe: true })
  @state()
  protected providedApi?: SuiteApi;

  @state() private phase: Phase = 'live';
  /** The portal's Content-Security-Policy refused to frame the selfcare (no `frame-src` for its origin). */
  @state() private framingBlocked = false;
  /** Why the last end failed, shown with Retry. */
  @state() private endError: unknown;
  /** The session as the server answered the end, for the event. */
  private endedSession: SupervisionSession | undefined;

  /** The user as the last save answered it. */
  @state() private savedUser: User | undefined;
  /** The mail language picked and not saved yet. */
  @state() private mailLanguageDraft: MailLanguage | undefined;
  @state() private saving = false;
  @state() private saveResult: { ok: true } | { ok: false; message: string } | undefined;

  @query('.banner') private banner?: HTMLElement;
  @query('.frame') private frame?: HTMLElement;
  @query('.content') private content?: HTMLElement;

  /**
   * Everything inside this frame gets the supervision api by context, never the
   * admin's: the dashboard (and any element put in it) acts as the user.
   */
  private readonly supervisionProvider = new ContextProvider(this, { context: apiContext });
  private builtApi: { key: string; api: SuiteApi } | undefined;
  private frameTarget: SelfcareFrameTarget | undefined;

  private readonly channel = new SelfcareChannel(this, {
    frame: () => this.renderRoot.querySelector('iframe') ?? undefined,
    origin: () => (this.frameTarget?.ok ? this.frameTarget.origin : undefined),
    start: () => (this.session && this.isLive ? supervisionStartMessage(this.session) : undefined),
    onExitRequest: () => void this.exit(),
  });
  private countedSessionId: string | undefined;

  private readonly countdown = new SupervisionCountdown(this, {
    onExpired: () => this.sessionStopped('expired'),
  });

  private readonly userTask = new Task(this, {
    args: () => [this.supervisionApiInUse, this.user === undefined ? this.session?.clientId : undefined, this.session?.userId] as const,
    task: async ([api, clientId, userId], { signal }): Promise<User | typeof initialState> => {
      if (!api || !clientId || !userId) return initialState;
      try {
        return await api.getUser(clientId, userId, { signal });
      } catch (error) {
        if (asProblem(error)?.status === 401) this.sessionStopped('revoked');
        throw error;
      }
    },
  });

  /** The supervision api: the host's, else one built with the session's token. */
  private get supervisionApiInUse(): SuiteApi | undefined {
    if (this.supervisionApi) return this.supervisionApi;
    const token = this.session?.token;
    if (this.baseUrl === undefined || !token) return undefined;
    const key = `${this.baseUrl}\n${token}`;
    if (this.builtApi?.key !== key) this.builtApi = { key, api: createHttpApi({ baseUrl: this.baseUrl, token }) };
    return this.builtApi.api;
  }

  private get isLive(): boolean {
    return this.phase === 'live' || this.phase === 'ending' || this.phase === 'end-failed';
  }

  private get shownUser(): User | undefined {
    return this.savedUser ?? this.user ?? (this.userTask.status === TaskStatus.COMPLETE ? (this.userTask.value as User | undefined) : undefined);
  }

  private get userName(): string | undefined {
    const user = this.shownUser;
    return user ? `${user.firstName} ${user.lastName}` : undefined;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('src')) {
      this.frameTarget = this.src === undefined ? undefined : selfcareFrameTarget(this.src, window.location.origin);
      this.framingBlocked = false;
    }
    // Until the session's api exists its subtree gets none (never the admin's): consumers take the api as optional.
    this.supervisionProvider.setValue(this.supervisionApiInUse as SuiteApi);
    const session = this.session;
    if (session && session.id !== this.countedSessionId) {
      // A new session: its own time, from now; nothing of the last one carries over.
      this.countedSessionId = session.id;
      this.phase = 'live';
      this.savedUser = undefined;
      this.endError = undefined;
      this.endedSession = undefined;
      this.countdown.start(session.startedAt, session.expiresAt);
    }
  }

  override connectedCallback(): void {
    super.connectedCallback();
    document.addEventListener('securitypolicyviolation', this.framingRefused);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    document.removeEventListener('securitypolicyviolation', this.framingRefused);
  }

  /**
   * A page whose policy does not list the selfcare in `frame-src` gets the
   * browser's own "blocked" page inside the frame, and nothing else; the
   * violation event is the one sign of it, so the admin is told why here.
   */
  private readonly framingRefused = (event: SecurityPolicyViolationEvent): void => {
    const target = this.frameTarget;
    if (!target?.ok || !['frame-src', 'child-src'].includes(event.effectiveDirective)) return;
    let blocked: string | undefined;
    try {
      blocked = new URL(event.blockedURI).origin;
    } catch {
      return;
    }
    if (blocked === target.origin) this.framingBlocked = true;
  };

  protected override firstUpdated(): void {
    this.renderRoot.querySelector<HTMLElement>('#banner-title')?.focus();
  }

  protected override updated(): void {
    this.checkContrast();
  }

  /**
   * Keeps the banner at 4.5:1 and the border at 3:1, whatever the page did:
   * the floor is lifted, the themed colours read, and the floor put back if
   * they fall short, all before the browser paints again.
   */
  private checkContrast(): void {
    const { banner, frame, content } = this;
    if (!banner || !frame || !content) return;
    banner.classList.remove('contrast-floor');
    const texts = [...banner.querySelectorAll('.banner-title, .time-left, .timer, .exit')];
    banner.classList.toggle('contrast-floor', !bannerTextReadable(banner, texts));
    frame.style.removeProperty('border-color');
    const border = borderFallback(frame, content);
    if (border) frame.style.setProperty('border-color', border, 'important');
  }

  /** The session stopped working (time out, or the server says 401): the content goes, the server is told, the host decides when to close. */
  private sessionStopped(reason: 'expired' | 'revoked'): void {
    if (this.phase === 'closed' || this.phase === 'expired' || this.phase === 'revoked') return;
    const hadFocus = this.matches(':focus-within');
    this.phase = reason;
    this.countdown.stop();
    // Before the frame goes: the page forgets the token.
    this.channel.end(reason);
    // Only the admin's token can still end it; the supervision token would answer 401 now.
    const adminApi = this.api ?? this.providedApi;
    const session = this.session;
    if (adminApi && session) {
      adminApi.endSupervision(session.id).then(
        (ended) => (this.endedSession = ended),
        // Once: the server closes an expired session itself, and the audit records the end when the admin next ends or starts one.
        () => undefined,
      );
    }
    if (hadFocus) void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('.close')?.focus());
  }

  /** Exit: ends the session on the server, then tells the host. A failure keeps the frame open and says so. */
  private async exit(): Promise<void> {
    const session = this.session;
    if (!session || (this.phase !== 'live' && this.phase !== 'end-failed')) return;
    const adminApi = this.api ?? this.providedApi;
    const api = adminApi ?? this.supervisionApiInUse;
    if (!api) return;
    this.phase = 'ending';
    this.endError = undefined;
    try {
      const ended = await api.endSupervision(session.id);
      if (this.phase !== 'ending') return;
      this.phase = 'closed';
      this.countdown.stop();
      this.channel.end('exit');
      this.dispatchEvent(new SuiteSupervisionEndedEvent({ session: ended, reason: 'exit' }));
    } catch (error) {
      if (this.phase !== 'ending') return;
      if (!adminApi && asProblem(error)?.status === 401) {
        // The supervision token no longer opens anything: the session is over, not left running.
        this.sessionStopped('revoked');
        return;
      }
      this.phase = 'end-failed';
      this.endError = error;
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>('.retry-end')?.focus();
    }
  }

  private close(reason: SupervisionEndReason): void {
    const session = this.endedSession ?? this.session;
    if (session) this.dispatchEvent(new SuiteSupervisionEndedEvent({ session, reason }));
  }

  private dashboardFailed(event: SuiteErrorEvent): void {
    if (asProblem(event.error)?.status === 401) this.sessionStopped('revoked');
  }

  private async saveMailLanguage(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const api = this.supervisionApiInUse;
    const session = this.session;
    const mailLanguage = this.mailLanguageDraft ?? this.shownUser?.mailLanguage;
    if (!api || !session || !mailLanguage || this.saving) return;
    this.saving = true;
    this.saveResult = undefined;
    try {
      this.savedUser = await api.updateUser(session.clientId, session.userId, { mailLanguage });
      this.mailLanguageDraft = undefined;
      this.saveResult = { ok: true };
    } catch (error) {
      if (asProblem(error)?.status === 401) {
        this.sessionStopped('revoked');
        return;
      }
      const term = this.localize.term.bind(this.localize);
      const message =
        asProblem(error)?.code === 'supervision_forbidden_action' ? term('supervisionFrame.refusedByServer') : this.localize.describeError(error, term('supervisionFrame.saveFailed'));
      this.saveResult = { ok: false, message };
    } finally {
      this.saving = false;
    }
  }

  override render(): TemplateResult {
    const term = this.localize.term.bind(this.localize);
    const name = this.userName;
    const live = this.isLive;
    return html`
      <div part="border" class="frame" lang=${this.localize.locale}>
        <section part="banner" class="banner" aria-labelledby="banner-title">
          <h2 id="banner-title" part="banner-title" class="banner-title" tabindex="-1">
            ${name ? term('supervisionFrame.banner', { name }) : term('supervisionFrame.bannerUnnamed')}
          </h2>
          ${live
            ? html`<p class="time-left">
                <span id="time-left-label">${term('supervisionFrame.timeLeft')}</span>
                <span part="timer" class="timer" role="timer" aria-labelledby="time-left-label">${formatTimeLeft(this.countdown.remaining)}</span>
              </p>`
            : nothing}
          <p class="visually-hidden" aria-live="polite" aria-atomic="true">
            ${live && this.countdown.announcement !== undefined ? term('supervisionFrame.minutesLeft', { minutes: this.countdown.announcement }) : ''}
          </p>
          ${live
            ? html`<button
                part="exit-button"
                class="exit"
                type="button"
                aria-label=${name ? term('supervisionFrame.exitLabel', { name }) : term('supervisionFrame.exitLabelUnnamed')}
                aria-disabled=${this.phase === 'ending' ? 'true' : 'false'}
                @click=${() => void this.exit()}
              >
                ${term('supervisionFrame.exit')}
              </button>`
            : nothing}
          <p class="visually-hidden" role="status">${this.phase === 'ending' ? term('supervisionFrame.exiting') : ''}</p>
        </section>
        ${this.phase === 'end-failed' ? this.renderEndError() : nothing}
        <!-- Focusable so the keyboard can scroll it whatever it holds (a loading state has nothing else to focus). -->
        <div part="content" class="content" role="region" tabindex="0" aria-label=${name ? term('supervisionFrame.frameTitle', { name }) : term('supervisionFrame.frameTitleUnnamed')}>
          ${this.renderContent()}
        </div>
      </div>
    `;
  }

  private renderEndError(): TemplateResult {
    const term = this.localize.term.bind(this.localize);
    return html`
      <div part="end-error" class="callout error end-error" role="alert">
        <p>${term('supervisionFrame.endFailed')} ${this.localize.describeError(this.endError, '')}</p>
        <button class="retry-end" type="button" @click=${() => void this.exit()}>${term('error.retry')}</button>
      </div>
    `;
  }

  private renderContent(): TemplateResult {
    const term = this.localize.term.bind(this.localize);
    switch (this.phase) {
      case 'expired':
      case 'revoked':
        return this.renderEnded(this.phase);
      case 'closed':
        return html`<p class="message" role="status">${term('supervisionFrame.closed')}</p>`;
      default:
        break;
    }
    const session = this.session;
    if (this.frameTarget) return this.renderSelfcareFrame(this.frameTarget);
    if (!session || !this.supervisionApiInUse) return html`<p class="message callout error" role="alert">${term('supervisionFrame.notConfigured')}</p>`;
    return html`
      <suite-selfcare-dashboard part="dashboard" client-id=${session.clientId} lang=${this.localize.locale} @suite-error=${this.dashboardFailed}></suite-selfcare-dashboard>
      ${this.renderAccount()}
    `;
  }

  private renderSelfcareFrame(target: SelfcareFrameTarget): TemplateResult {
    const term = this.localize.term.bind(this.localize);
    if (!target.ok) return html`<p class="message callout error" role="alert">${term(`supervisionFrame.refused.${target.reason}`)}</p>`;
    if (!this.session?.token) return html`<p class="message callout error" role="alert">${term('supervisionFrame.notConfigured')}</p>`;
    if (this.framingBlocked) return html`<p class="message callout error" role="alert">${term('supervisionFrame.refused.page_policy', { origin: target.origin })}</p>`;
    const name = this.userName;
    // lit-analyzer types the attribute as one token; it takes a space-separated list of them.
    const sandbox = target.sandbox as 'allow-scripts';
    return html`<iframe
      part="selfcare-frame"
      src=${target.url}
      sandbox=${sandbox}
      title=${name ? term('supervisionFrame.frameTitle', { name }) : term('supervisionFrame.frameTitleUnnamed')}
    ></iframe>`;
  }

  private renderEnded(reason: 'expired' | 'revoked'): TemplateResult {
    const term = this.localize.term.bind(this.localize);
    return html`
      <div part="ended" class="callout ended" role="alert">
        <p>${reason === 'expired' ? term('supervisionFrame.expired', { minutes: SUPERVISION_MAX_MINUTES }) : term('supervisionFrame.revoked')}</p>
        <button class="close" type="button" @click=${() => this.close(reason)}>${term('supervisionFrame.close')}</button>
      </div>
    `;
  }

  private renderAccount(): TemplateResult {
    const term = this.localize.term.bind(this.localize);
    const user = this.shownUser;
    let body: TemplateResult;
    if (user) {
      body = this.renderAccountOf(user);
    } else if (this.userTask.status === TaskStatus.ERROR && !isAbortError(this.userTask.error)) {
      body = html`<div class="callout error" role="alert">
        <p>${this.localize.describeError(this.userTask.error, term('supervisionFrame.loadUserFailed'))}</p>
        <button type="button" @click=${() => void this.userTask.run()}>${term('error.retry')}</button>
      </div>`;
    } else {
      body = html`<p class="status" role="status">${term('supervisionFrame.loadingUser')}</p>`;
    }
    return html`
      <section part="account" class="account" aria-labelledby="account-title" aria-busy=${user ? 'false' : 'true'}>
        <h2 id="account-title">${term('supervisionFrame.account')}</h2>
        ${body}
      </section>
    `;
  }

  private renderAccountOf(user: User): TemplateResult {
    const term = this.localize.term.bind(this.localize);
    const languageNames = new Intl.DisplayNames([this.localize.locale], { type: 'language' });
    const languageName = (tag: MailLanguage) => {
      const shown = languageNames.of(tag) ?? tag;
      return shown.charAt(0).toLocaleUpperCase(this.localize.locale) + shown.slice(1);
    };
    return html`
      <dl class="fields">
        <dt>${term('supervisionFrame.field.name')}</dt>
        <dd>${user.firstName} ${user.lastName}</dd>
        <dt>${term('supervisionFrame.field.email')}</dt>
        <dd>${user.email ?? term('supervisionFrame.none')}</dd>
        <dt>${term('supervisionFrame.field.mobile')}</dt>
        <dd>${user.mobile ?? term('supervisionFrame.none')}</dd>
      </dl>
      <form class="mail-language" @submit=${this.saveMailLanguage}>
        <label for="mail-language">${term('supervisionFrame.field.mailLanguage')}</label>
        <select
          id="mail-language"
          @change=${(event: Event) => {
            this.mailLanguageDraft = (event.target as HTMLSelectElement).value as MailLanguage;
            this.saveResult = undefined;
          }}
        >
          ${MAIL_LANGUAGES.map((tag) => html`<option value=${tag} .selected=${tag === (this.mailLanguageDraft ?? user.mailLanguage)}>${languageName(tag)}</option>`)}
        </select>
        <button type="submit" aria-disabled=${this.saving ? 'true' : 'false'}>${term('supervisionFrame.saveMailLanguage')}</button>
        <p class="status" role="status">${this.saving ? term('supervisionFrame.saving') : this.saveResult?.ok ? term('supervisionFrame.saved') : ''}</p>
        ${this.saveResult && !this.saveResult.ok ? html`<p class="field-error" role="alert">${this.saveResult.message}</p>` : nothing}
      </form>
      <ul class="blocked">
        ${SUPERVISION_BLOCKED_ACTIONS.map(
          (action) => html`
            <li data-action=${action}>
              <button class="secondary" type="button" aria-disabled="true" aria-describedby=${`blocked-${action}`}>${term(`supervisionFrame.action.${action}`)}</button>
              <p class="reason" id=${`blocked-${action}`}>${term(`supervisionFrame.blocked.${action}`)}</p>
            </li>
          `,
        )}
      </ul>
    `;
  }
}
