import type { ReactiveController, ReactiveControllerHost } from 'lit';
import * as z from 'zod/mini';
import type { SupervisionEndReason } from '../../events/suite-supervision-ended-event.js';

/*
 * Iframe mode of <suite-supervision-frame>: the partner's own selfcare page,
 * on its own origin, receives the supervision token by postMessage. The token
 * never goes in the URL (it would land in the partner's logs, the history and
 * Referer headers); it is posted only to the exact origin the frame was
 * loaded from, and only after that page has said it is ready.
 *
 * Protocol (child = selfcare page, parent = the kit):
 *   child  -> parent  {type: 'suite-selfcare:ready'}         the page listens: send the start message
 *   parent -> child   SupervisionStartMessage               token, session, blocked actions
 *   child  -> parent  {type: 'suite-selfcare:started'}       ack: the page is in supervised mode
 *   child  -> parent  {type: 'suite-selfcare:exit-request'}  the admin pressed "leave" inside
 *   parent -> child   {type: 'suite-supervision:end', reason}
 */

/** The actions the server refuses with a supervision token (DOMAIN.md "Supervision"). */
export const SUPERVISION_BLOCKED_ACTIONS = ['password', 'email', 'two_factor', 'delete'] as const;
export type SupervisionBlockedAction = (typeof SUPERVISION_BLOCKED_ACTIONS)[number];

/** Parent -> child: what the selfcare page needs to act as the supervised user. */
export interface SupervisionStartMessage {
  type: 'suite-supervision:start';
  token: string;
  sessionId: string;
  clientId: string;
  userId: string;
  expiresAt: string;
  blockedActions: readonly SupervisionBlockedAction[];
}

/** The same reasons the frame's `suite-supervision-ended` event gives. */
export type { SupervisionEndReason };

/** Parent -> child: the session is over; the page forgets the token. */
export interface SupervisionEndMessage {
  type: 'suite-supervision:end';
  reason: SupervisionEndReason;
}

/**
 * Child -> parent. Strict objects: a message with any extra field is not ours
 * and is dropped, so nothing a page sends is ever read beyond its `type`.
 */
export const SelfcareMessage = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('suite-selfcare:ready') }),
  z.strictObject({ type: z.literal('suite-selfcare:started') }),
  z.strictObject({ type: z.literal('suite-selfcare:exit-request') }),
]);
export type SelfcareMessage = z.infer<typeof SelfcareMessage>;

export type SelfcareFrameTarget =
  | { ok: true; url: string; origin: string; sandbox: string }
  | { ok: false; reason: 'invalid_url' | 'insecure' | 'same_origin' };

/**
 * The frame's sandbox for a cross-origin selfcare page:
 * - allow-scripts: the page is an application that must run;
 * - allow-same-origin: the page keeps its OWN origin, which is what the kit
 *   compares `event.origin` with and posts the token to (an opaque origin
 *   would serialize as "null" and could only be reached with '*'), and what
 *   its storage and cookies belong to. Being cross-origin, it still cannot
 *   reach the portal's DOM, storage or cookies;
 * - allow-forms: selfcare is made of forms.
 * Left out on purpose: allow-top-navigation (the page could navigate the
 * portal away, e.g. to a look-alike login), allow-popups (windows that escape
 * the sandbox and the banner), allow-modals, allow-downloads.
 */
export const SELFCARE_SANDBOX = 'allow-scripts allow-same-origin allow-forms';

/** Loopback hosts are "potentially trustworthy" over http: (Secure Contexts), for development. */
const LOOPBACK_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

/**
 * Decides whether `src` may be framed as a selfcare page, and how. Only
 * https: (or http: on loopback) origins other than the page's own
 * (`pageOrigin`, the portal's `location.origin`) are accepted.
 *
 * A same-origin page is refused: sandboxed without allow-same-origin it gets an
 * opaque origin, which a message can only be posted to with '*'; sandboxed with
 * allow-same-origin and allow-scripts it can reach `frameElement` and remove
 * its own sandbox. Either way the token could not be delivered safely.
 */
export function selfcareFrameTarget(src: string, pageOrigin: string): SelfcareFrameTarget {
  if (src.trim() === '') return { ok: false, reason: 'invalid_url' };
  let url: URL;
  try {
    url = new URL(src, pageOrigin);
  } catch {
    return { ok: false, reason: 'invalid_url' };
  }
  // javascript:, data:, blob:, file:, about: ... run as (or inherit) the portal, or have no origin to check.
  const trustworthy = url.protocol === 'https:' || (url.protocol === 'http:' && LOOPBACK_HOSTS.has(url.hostname));
  if (!trustworthy) return { ok: false, reason: 'insecure' };
  if (url.origin === originOf(pageOrigin)) return { ok: false, reason: 'same_origin' };
  return { ok: true, url: url.href, origin: url.origin, sandbox: SELFCARE_SANDBOX };
}

/** The origin of a page URL or origin; an opaque page ('null') is same-origin with nothing. */
function originOf(page: string): string | undefined {
  try {
    return new URL(page).origin;
  } catch {
    return undefined;
  }
}

/** `origin` if it is a serialized tuple origin (scheme://host[:port]); never '*' nor 'null'. */
function serializedOrigin(origin: string): string | undefined {
  try {
    const parsed = new URL(origin).origin;
    return parsed === origin && parsed !== 'null' ? parsed : undefined;
  } catch {
    return undefined;
  }
}

export interface SelfcareChannelOptions {
  /** The selfcare iframe, once rendered. */
  frame: () => HTMLIFrameElement | undefined;
  /** The frame's origin, from `selfcareFrameTarget`. */
  origin: () => string | undefined;
  /** The start message, once the session has started; the token is read only when it is sent. */
  start: () => SupervisionStartMessage | undefined;
  /** The admin asked, inside the selfcare page, to leave the supervision. */
  onExitRequest: () => void;
}

/**
 * Talks to the partner's selfcare page in the supervision frame. A message is
 * trusted only if it comes from the frame's window AND from the frame's exact
 * origin (the frame may have been navigated elsewhere), and has one of the
 * protocol's shapes; it is then only compared with constants, never run,
 * rendered or followed. Every message out names the frame's origin as target,
 * so the browser drops it if the frame now shows another origin.
 */
export class SelfcareChannel implements ReactiveController {
  private current: 'waiting' | 'connected' = 'waiting';

  /** The page has said it is ready, and the start message has not been sent since. */
  private pageReady = false;
  private startSent = false;
  private ended = false;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly options: SelfcareChannelOptions,
  ) {
    host.addController(this);
  }

  /** 'connected' once the page has acknowledged the start message; 'waiting' again after a reload inside or the end. */
  get state(): 'waiting' | 'connected' {
    return this.current;
  }

  hostConnected(): void {
    window.addEventListener('message', this.onMessage);
  }

  hostDisconnected(): void {
    window.removeEventListener('message', this.onMessage);
    // A frame that leaves the document is unloaded: if it comes back, its page starts over.
    this.pageReady = false;
    this.current = 'waiting';
  }

  /** The page may say it is ready before the session has started: the start message follows it. */
  hostUpdated(): void {
    this.deliverStart();
  }

  /** Tells the page the session is over; nothing is sent or accepted afterwards. */
  end(reason: SupervisionEndReason): void {
    if (this.ended) return;
    this.post({ type: 'suite-supervision:end', reason } satisfies SupervisionEndMessage);
    this.ended = true;
    this.pageReady = false;
    if (this.current !== 'waiting') {
      this.current = 'waiting';
      this.host.requestUpdate();
    }
  }

  private readonly onMessage = (event: MessageEvent): void => {
    if (this.ended) return;
    const frameWindow = this.options.frame()?.contentWindow;
    const origin = this.options.origin();
    if (!frameWindow || event.source !== frameWindow) return;
    if (origin === undefined || event.origin !== origin) return;
    const parsed = SelfcareMessage.safeParse(event.data);
    if (!parsed.success) return;
    switch (parsed.data.type) {
      case 'suite-selfcare:ready':
        // Also after a reload inside the frame: that page has lost the token held in memory.
        this.pageReady = true;
        this.startSent = false;
        if (this.current !== 'waiting') {
          this.current = 'waiting';
          this.host.requestUpdate();
        }
        this.deliverStart();
        break;
      case 'suite-selfcare:started':
        // An ack is only meaningful for a start message this page was sent.
        if (!this.startSent || this.current === 'connected') return;
        this.current = 'connected';
        this.host.requestUpdate();
        break;
      case 'suite-selfcare:exit-request':
        this.options.onExitRequest();
        break;
    }
  };

  private deliverStart(): void {
    if (!this.pageReady || this.startSent) return;
    const start = this.options.start();
    if (!start) return;
    if (this.post(start)) this.startSent = true;
  }

  /** Posts to the frame's exact origin; without a valid one (never '*') nothing is sent. */
  private post(message: SupervisionStartMessage | SupervisionEndMessage): boolean {
    const frameWindow = this.options.frame()?.contentWindow;
    const origin = serializedOrigin(this.options.origin() ?? '');
    if (!frameWindow || origin === undefined) return false;
    frameWindow.postMessage(message, origin);
    return true;
  }
}
