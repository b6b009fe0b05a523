import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { LitElement, nothing } from 'lit';
import {
  SELFCARE_SANDBOX,
  SelfcareChannel,
  selfcareFrameTarget,
  type SupervisionStartMessage,
} from '../../src/components/supervision-frame/selfcare-channel.js';

// The test page is served from http://localhost:PORT; the dev server also answers on
// 127.0.0.1, a different origin (and site), so the sample selfcare page is really cross-origin.
const SELFCARE_ORIGIN = `http://127.0.0.1:${location.port}`;
const FIXTURES = `${SELFCARE_ORIGIN}/test/elements/fixtures`;
const portalQuery = `?portal=${encodeURIComponent(location.origin)}`;
const SAMPLE_URL = `${FIXTURES}/selfcare-sample.html${portalQuery}`;

const START: SupervisionStartMessage = {
  type: 'suite-supervision:start',
  token: 'sv-4f9c2e7a1b3d5f60a8c9e1d2',
  sessionId: 'sup-1',
  clientId: 'c-001',
  userId: 'u-042',
  expiresAt: '2026-11-23T16:30:00.000Z',
  blockedActions: ['password', 'email', 'two_factor', 'delete'],
};

/** Stands in for the test: a frame whose postMessage is recorded instead of delivered. */
interface FrameDouble {
  frame: HTMLIFrameElement;
  origin: string | undefined;
}

/** The smallest host of a SelfcareChannel: renders the frame `selfcareFrameTarget` allows, or uses a double. */
class SelfcareChannelHost extends LitElement {
  static override properties = { src: { type: String }, start: { attribute: false } };

  src = '';
  start?: SupervisionStartMessage;
  double?: FrameDouble;
  exitRequests = 0;

  readonly channel = new SelfcareChannel(this, {
    frame: () => this.double?.frame ?? this.renderRoot.querySelector('iframe') ?? undefined,
    origin: () => {
      if (this.double) return this.double.origin;
      const target = selfcareFrameTarget(this.src, location.origin);
      return target.ok ? target.origin : undefined;
    },
    start: () => this.start,
    onExitRequest: () => {
      this.exitRequests++;
      this.dispatchEvent(new Event('exit-request'));
    },
  });

  // Light DOM: frames in a shadow tree are not in `window.frames`, where the probe finds the sample.
  protected override createRenderRoot() {
    return this;
  }

  override render() {
    const target = selfcareFrameTarget(this.src, location.origin);
    return html`<p>${this.channel.state}</p>
      ${target.ok ? html`<iframe title="Selfcare" src=${target.url} sandbox=${target.sandbox}></iframe>` : nothing}`;
  }
}
customElements.define('test-selfcare-channel-host', SelfcareChannelHost);

// ---------------------------------------------------------------- helpers

/** A message event as the browser would dispatch it, with any sender: the channel cannot tell them apart. */
function deliver(data: unknown, from: { source: MessageEventSource | null; origin: string }): void {
  window.dispatchEvent(new MessageEvent('message', { data, origin: from.origin, source: from.source }));
}

/** A same-origin frame whose postMessage records (message, targetOrigin) instead of sending. */
async function frameDouble({ origin }: { origin: string | undefined } = { origin: SELFCARE_ORIGIN }) {
  const frame = document.createElement('iframe');
  frame.title = 'Selfcare double';
  document.body.append(frame);
  const posts: { message: unknown; targetOrigin: unknown }[] = [];
  const frameWindow = frame.contentWindow!;
  frameWindow.postMessage = ((message: unknown, targetOrigin: unknown) => posts.push({ message, targetOrigin })) as Window['postMessage'];
  const host = await fixture<SelfcareChannelHost>(html`<test-selfcare-channel-host></test-selfcare-channel-host>`);
  host.double = { frame, origin };
  host.start = START;
  const fromFrame = { source: frameWindow, origin: SELFCARE_ORIGIN };
  return { host, frame, frameWindow, posts, fromFrame };
}

/** Waits for the next message `from` sends to this page, from the selfcare origin. */
function nextMessage(from: Window): Promise<MessageEvent> {
  return new Promise((resolve) => {
    const listener = (event: MessageEvent) => {
      if (event.source !== from || event.origin !== SELFCARE_ORIGIN) return;
      window.removeEventListener('message', listener);
      resolve(event);
    };
    window.addEventListener('message', listener);
  });
}

interface SampleReport {
  status: string;
  text: string;
  actions: { action: string; disabled: boolean; reason: string }[];
  leaveShown: boolean;
  storage: number;
  cookie: string;
  url: string;
}

/**
 * The test page cannot read the cross-origin sample; a probe page from the sample's origin, in
 * this same page, can (same origin), and reports what the sample shows.
 */
async function sampleProbe() {
  const probe = document.createElement('iframe');
  probe.title = 'Probe';
  probe.src = `${FIXTURES}/selfcare-probe.html${portalQuery}`;
  const loaded = oneEvent(probe, 'load');
  document.body.append(probe);
  await loaded;
  const probeWindow = probe.contentWindow!;
  const read = async (): Promise<SampleReport> => {
    const answer = nextMessage(probeWindow);
    probeWindow.postMessage('probe:read', SELFCARE_ORIGIN);
    const { probe: report, frames } = (await answer).data as { probe: SampleReport | null; frames: number };
    if (!report) throw new Error(`the probe found no sample among the page's ${frames} frames`);
    return report;
  };
  /** Reads until `done` holds: each read is a round trip to the other origin, not a sleep. */
  const readUntil = async (done: (report: SampleReport) => boolean): Promise<SampleReport> => {
    for (let attempt = 0; attempt < 100; attempt++) {
      const report = await read();
      if (done(report)) return report;
    }
    throw new Error('the sample never reached the expected state');
  };
  return { probe, read, readUntil };
}

afterEach(() => {
  for (const frame of document.body.querySelectorAll(':scope > iframe')) frame.remove();
});

// ---------------------------------------------------------------- selfcareFrameTarget

describe('selfcareFrameTarget', () => {
  const PORTAL = 'https://portal.example';

  it('accepts an https page of another origin, with the sandbox and its exact origin', () => {
    expect(selfcareFrameTarget('https://selfcare.partner.example/me?lang=fr', PORTAL)).to.deep.equal({
      ok: true,
      url: 'https://selfcare.partner.example/me?lang=fr',
      origin: 'https://selfcare.partner.example',
      sandbox: 'allow-scripts allow-same-origin allow-forms',
    });
    expect(selfcareFrameTarget('HTTPS://Selfcare.Partner.Example:443/me', PORTAL)).to.include({ ok: true, origin: 'https://selfcare.partner.example' });
    expect(selfcareFrameTarget('https://selfcare.partner.example:8443/', PORTAL)).to.include({ ok: true, origin: 'https://selfcare.partner.example:8443' });
  });

  it('never lets the page navigate the portal or open windows', () => {
    const flags = SELFCARE_SANDBOX.split(' ');
    expect(flags).to.have.members(['allow-scripts', 'allow-same-origin', 'allow-forms']);
    expect(flags.some((flag) => flag.startsWith('allow-top-navigation') || flag.startsWith('allow-popups'))).to.equal(false);
  });

  it('accepts http: on loopback only, for development', () => {
    for (const src of ['http://localhost:8000/selfcare', 'http://127.0.0.1:8000/selfcare', 'http://[::1]:8000/selfcare']) {
      expect(selfcareFrameTarget(src, PORTAL), src).to.include({ ok: true, origin: new URL(src).origin });
    }
  });

  it('refuses http: on a remote host and schemes that run as the portal or have no origin', () => {
    for (const src of [
      'http://selfcare.partner.example/',
      'http://localhost.partner.example/',
      'javascript:alert(document.domain)',
      'JavaScript:alert(1)',
      'data:text/html,<script>parent.postMessage(1, "*")</script>',
      'blob:https://portal.example/0d1c',
      'file:///etc/passwd',
      'about:blank',
      'ftp://selfcare.partner.example/',
    ]) {
      expect(selfcareFrameTarget(src, PORTAL), src).to.deep.equal({ ok: false, reason: 'insecure' });
    }
  });

  it('refuses the portal’s own origin, however it is written', () => {
    for (const src of ['https://portal.example/selfcare', 'https://PORTAL.example:443/x', '/selfcare', 'selfcare.html', '?x=1']) {
      expect(selfcareFrameTarget(src, PORTAL), src).to.deep.equal({ ok: false, reason: 'same_origin' });
    }
    expect(selfcareFrameTarget(`${location.origin}/selfcare`, location.origin)).to.deep.equal({ ok: false, reason: 'same_origin' });
  });

  it('refuses what is not a URL', () => {
    for (const src of ['', '   ', 'http://[', 'https://', 'https://exa<mple.com/']) {
      expect(selfcareFrameTarget(src, PORTAL), JSON.stringify(src)).to.deep.equal({ ok: false, reason: 'invalid_url' });
    }
  });

  it('keeps a protocol-relative URL on https', () => {
    expect(selfcareFrameTarget('//selfcare.partner.example/me', PORTAL)).to.include({ ok: true, url: 'https://selfcare.partner.example/me' });
  });
});

// ---------------------------------------------------------------- a real cross-origin frame

describe('SelfcareChannel with the sample selfcare page on another origin', () => {
  async function supervisedSample() {
    const host = await fixture<SelfcareChannelHost>(html`<test-selfcare-channel-host .start=${START} src=${SAMPLE_URL}></test-selfcare-channel-host>`);
    const iframe = host.renderRoot.querySelector('iframe')!;
    return { host, iframe };
  }

  it('is served from a second origin by the test server', async () => {
    expect(SELFCARE_ORIGIN).to.not.equal(location.origin);
    const answer = await fetch(`${FIXTURES}/selfcare-sample.html`, { mode: 'no-cors' });
    // An opaque answer: the server answered on 127.0.0.1, and the browser treats it as another origin.
    expect(answer.type).to.equal('opaque');
  });

  it('frames the page with the sandbox and without the token in its URL', async () => {
    const { iframe } = await supervisedSample();
    expect(iframe.getAttribute('sandbox')).to.equal(SELFCARE_SANDBOX);
    expect(iframe.src).to.equal(SAMPLE_URL);
    expect(iframe.src).to.not.include(START.token);
  });

  it('delivers the token to the page’s exact origin and connects when the page acknowledges it', async () => {
    const { host, iframe } = await supervisedSample();
    await waitUntil(() => host.channel.state === 'connected', 'the channel never connected', { timeout: 4000 });
    await host.updateComplete;
    expect(host.renderRoot.querySelector('p')!.textContent).to.equal('connected');

    const { readUntil } = await sampleProbe();
    const report = await readUntil((r) => r.status !== 'Waiting for the portal');
    expect(report.status).to.equal('Supervised by your administrator');
    expect(report.leaveShown).to.equal(true);
    expect(report.actions).to.deep.equal(
      ['password', 'email', 'two_factor', 'delete'].map((action) => ({ action, disabled: true, reason: 'Not available while supervised' })),
    );
    // In memory only: not shown, not stored, not in the URL.
    expect(report.text).to.not.include(START.token);
    expect(report.storage).to.equal(0);
    expect(report.cookie).to.equal('');
    expect(report.url).to.not.include(START.token);
    expect(iframe.src).to.not.include(START.token);
  });

  it('enables in the page the actions the session does not block', async () => {
    const host = await fixture<SelfcareChannelHost>(
      html`<test-selfcare-channel-host .start=${{ ...START, blockedActions: ['delete'] }} src=${SAMPLE_URL}></test-selfcare-channel-host>`,
    );
    await waitUntil(() => host.channel.state === 'connected', 'the channel never connected', { timeout: 4000 });
    const { read } = await sampleProbe();
    const disabled = Object.fromEntries((await read()).actions.map((a) => [a.action, a.disabled]));
    expect(disabled).to.deep.equal({ password: false, email: false, two_factor: false, delete: true });
  });

  it('hands a "Leave" pressed by keyboard inside the page to onExitRequest', async () => {
    const { host, iframe } = await supervisedSample();
    await waitUntil(() => host.channel.state === 'connected', 'the channel never connected', { timeout: 4000 });
    const exit = oneEvent(host, 'exit-request');
    // Every action is blocked, so "Leave" is the page's only focusable control.
    iframe.focus();
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Enter' });
    await exit;
    expect(host.exitRequests).to.equal(1);
  });

  it('tells the page the session has ended', async () => {
    const { host } = await supervisedSample();
    await waitUntil(() => host.channel.state === 'connected', 'the channel never connected', { timeout: 4000 });
    const { readUntil } = await sampleProbe();
    await readUntil((r) => r.status === 'Supervised by your administrator');

    host.channel.end('expired');
    expect(host.channel.state).to.equal('waiting');
    const report = await readUntil((r) => r.status !== 'Supervised by your administrator');
    expect(report.status).to.equal('Supervision ended');
    expect(report.leaveShown).to.equal(false);
  });

  it('ignores a message with the frame as source but another origin, or the frame’s origin but another source', async () => {
    const host = await fixture<SelfcareChannelHost>(html`<test-selfcare-channel-host src=${SAMPLE_URL}></test-selfcare-channel-host>`);
    const frameWindow = host.renderRoot.querySelector('iframe')!.contentWindow!;
    const exitRequest = { type: 'suite-selfcare:exit-request' };

    deliver(exitRequest, { source: frameWindow, origin: 'http://evil.example' });
    deliver(exitRequest, { source: frameWindow, origin: location.origin });
    deliver(exitRequest, { source: window, origin: SELFCARE_ORIGIN });
    deliver(exitRequest, { source: null, origin: SELFCARE_ORIGIN });
    expect(host.exitRequests).to.equal(0);

    // The same event from the frame's window and origin is heard: the refusals above are the checks'.
    deliver(exitRequest, { source: frameWindow, origin: SELFCARE_ORIGIN });
    expect(host.exitRequests).to.equal(1);
  });
});

// ---------------------------------------------------------------- what is posted, with a double

describe('SelfcareChannel posting', () => {
  it('answers the frame’s "ready" with the start message, to the frame’s exact origin', async () => {
    const { host, posts, fromFrame } = await frameDouble();
    deliver({ type: 'suite-selfcare:ready' }, fromFrame);
    expect(posts).to.deep.equal([{ message: START, targetOrigin: SELFCARE_ORIGIN }]);
    expect(host.channel.state).to.equal('waiting');

    deliver({ type: 'suite-selfcare:started' }, fromFrame);
    expect(host.channel.state).to.equal('connected');
    await host.updateComplete;
    expect(host.renderRoot.querySelector('p')!.textContent).to.equal('connected');
  });

  const strangers: [string, unknown, (frameWindow: Window) => { source: MessageEventSource | null; origin: string }][] = [
    ['another origin', { type: 'suite-selfcare:ready' }, (source) => ({ source, origin: 'http://evil.example' })],
    ['the origin with a trailing slash', { type: 'suite-selfcare:ready' }, (source) => ({ source, origin: `${SELFCARE_ORIGIN}/` })],
    ['the origin without its port', { type: 'suite-selfcare:ready' }, (source) => ({ source, origin: 'http://127.0.0.1' })],
    ['an opaque origin', { type: 'suite-selfcare:ready' }, (source) => ({ source, origin: 'null' })],
    ['the portal window itself', { type: 'suite-selfcare:ready' }, () => ({ source: window, origin: SELFCARE_ORIGIN })],
    ['no source', { type: 'suite-selfcare:ready' }, () => ({ source: null, origin: SELFCARE_ORIGIN })],
    ['a bare string', 'suite-selfcare:ready', (source) => ({ source, origin: SELFCARE_ORIGIN })],
    ['another type', { type: 'suite-selfcare:READY' }, (source) => ({ source, origin: SELFCARE_ORIGIN })],
    ['an extra field', { type: 'suite-selfcare:ready', href: 'javascript:alert(1)' }, (source) => ({ source, origin: SELFCARE_ORIGIN })],
    ['an array', [{ type: 'suite-selfcare:ready' }], (source) => ({ source, origin: SELFCARE_ORIGIN })],
    ['null', null, (source) => ({ source, origin: SELFCARE_ORIGIN })],
    ['our own start message echoed', START, (source) => ({ source, origin: SELFCARE_ORIGIN })],
  ];
  for (const [stranger, data, from] of strangers) {
    it(`never posts the token for a "ready" with ${stranger}`, async () => {
      const { host, frame, frameWindow, posts } = await frameDouble();
      const other = document.createElement('iframe');
      other.title = 'Stranger';
      document.body.append(other);
      deliver(data, from(frameWindow));
      deliver({ type: 'suite-selfcare:ready' }, { source: other.contentWindow, origin: SELFCARE_ORIGIN });
      expect(posts).to.deep.equal([]);
      expect(host.channel.state).to.equal('waiting');
      // …while the frame itself is still answered.
      deliver({ type: 'suite-selfcare:ready' }, { source: frame.contentWindow, origin: SELFCARE_ORIGIN });
      expect(posts).to.have.length(1);
    });
  }

  it('ignores a "started" or an "exit-request" from a stranger, and an ack for a token never sent', async () => {
    const { host, frameWindow, posts, fromFrame } = await frameDouble();
    deliver({ type: 'suite-selfcare:started' }, fromFrame);
    expect(host.channel.state, 'ack without a start message').to.equal('waiting');

    deliver({ type: 'suite-selfcare:ready' }, fromFrame);
    deliver({ type: 'suite-selfcare:started' }, { source: frameWindow, origin: 'http://evil.example' });
    deliver({ type: 'suite-selfcare:started' }, { source: window, origin: SELFCARE_ORIGIN });
    deliver({ type: 'suite-selfcare:started', ok: true }, fromFrame);
    expect(host.channel.state).to.equal('waiting');
    deliver({ type: 'suite-selfcare:exit-request' }, { source: frameWindow, origin: 'http://evil.example' });
    deliver({ type: 'suite-selfcare:exit-request', reason: 'x' }, fromFrame);
    expect(host.exitRequests).to.equal(0);
    expect(posts).to.have.length(1);

    deliver({ type: 'suite-selfcare:exit-request' }, fromFrame);
    expect(host.exitRequests).to.equal(1);
  });

  it('waits for the session when the page is ready first, and sends the start message once', async () => {
    const { host, posts, fromFrame } = await frameDouble();
    host.start = undefined;
    deliver({ type: 'suite-selfcare:ready' }, fromFrame);
    expect(posts).to.deep.equal([]);

    host.start = START;
    await host.updateComplete;
    expect(posts).to.deep.equal([{ message: START, targetOrigin: SELFCARE_ORIGIN }]);
    host.requestUpdate();
    await host.updateComplete;
    expect(posts).to.have.length(1);
  });

  it('sends the token again to a page reloaded inside the frame, which held it in memory', async () => {
    const { host, posts, fromFrame } = await frameDouble();
    deliver({ type: 'suite-selfcare:ready' }, fromFrame);
    deliver({ type: 'suite-selfcare:started' }, fromFrame);
    deliver({ type: 'suite-selfcare:ready' }, fromFrame);
    expect(host.channel.state).to.equal('waiting');
    expect(posts).to.have.length(2);
  });

  it('ends with a message to the exact origin, then neither sends the token nor hears the page', async () => {
    const { host, posts, fromFrame } = await frameDouble();
    deliver({ type: 'suite-selfcare:ready' }, fromFrame);
    deliver({ type: 'suite-selfcare:started' }, fromFrame);
    host.channel.end('revoked');
    expect(posts[1]).to.deep.equal({ message: { type: 'suite-supervision:end', reason: 'revoked' }, targetOrigin: SELFCARE_ORIGIN });
    expect(host.channel.state).to.equal('waiting');

    host.channel.end('exit');
    deliver({ type: 'suite-selfcare:ready' }, fromFrame);
    deliver({ type: 'suite-selfcare:exit-request' }, fromFrame);
    expect(posts).to.have.length(2);
    expect(host.exitRequests).to.equal(0);
  });

  for (const origin of ['*', 'null', '', `${SELFCARE_ORIGIN}/`, `${SELFCARE_ORIGIN}/selfcare`, undefined]) {
    it(`posts nothing, never '*', when the frame's origin is ${JSON.stringify(origin)}`, async () => {
      const { host, frameWindow, posts } = await frameDouble({ origin });
      // The event carries the same origin, so it passes the comparison: only the post itself refuses.
      deliver({ type: 'suite-selfcare:ready' }, { source: frameWindow, origin: origin ?? '' });
      host.channel.end('exit');
      expect(posts).to.deep.equal([]);
    });
  }

  it('never sends the token to a page that was ready before the session started but after it ended', async () => {
    const { host, posts, fromFrame } = await frameDouble();
    host.start = undefined;
    deliver({ type: 'suite-selfcare:ready' }, fromFrame);
    host.channel.end('revoked');
    host.start = START;
    await host.updateComplete;
    expect(posts.map((post) => (post.message as { type: string }).type)).to.deep.equal(['suite-supervision:end']);
  });

  it('stops listening when the host leaves the document', async () => {
    const { host, posts, fromFrame } = await frameDouble();
    deliver({ type: 'suite-selfcare:ready' }, fromFrame);
    deliver({ type: 'suite-selfcare:started' }, fromFrame);
    host.remove();
    expect(host.channel.state).to.equal('waiting');
    deliver({ type: 'suite-selfcare:ready' }, fromFrame);
    deliver({ type: 'suite-selfcare:exit-request' }, fromFrame);
    expect(posts).to.have.length(1);
    expect(host.exitRequests).to.equal(0);
  });

  it('waits for a new "ready" when the host comes back: its frame has been reloaded', async () => {
    const { host, posts, fromFrame } = await frameDouble();
    host.start = undefined;
    deliver({ type: 'suite-selfcare:ready' }, fromFrame);
    const parent = host.parentElement!;
    host.remove();
    parent.append(host);
    host.start = START;
    await host.updateComplete;
    expect(posts, 'nothing before the new page says it is ready').to.deep.equal([]);
    deliver({ type: 'suite-selfcare:ready' }, fromFrame);
    expect(posts).to.have.length(1);
  });
});
