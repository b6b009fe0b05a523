import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { NetworkError, ProblemError } from '../../src/api/errors.js';
import type { Problem } from '../../src/api/schemas/problem.js';
import type { SupervisionRefusal, SupervisionSession, SupervisionStart } from '../../src/api/schemas/supervision.js';
import type { User } from '../../src/api/schemas/user.js';
import '../../src/components/supervise-dialog/supervise-dialog.js';
import type { SuiteSuperviseDialog, SuperviseDialogApi } from '../../src/components/supervise-dialog/supervise-dialog.component.js';
import { collect, deferred, settle } from './support/async.js';
import { plainUser } from '../fixtures/user-record.js';

const JEANNE: User = plainUser({
  id: 'u1',
  userCode: 'JM01',
  firstName: 'Jeanne',
  lastName: 'Martin',
  email: 'jeanne.martin@acme.example',
  login: 'jeanne.martin',
  agencyIds: [],
  licencePoolIds: [],
  status: 'active',
  invitedAt: '2026-01-06T09:00:00Z',
  activatedAt: '2026-01-07T09:00:00Z',
  createdAt: '2026-01-05T09:00:00Z',
  updatedAt: '2026-01-07T09:00:00Z',
});

const SESSION: SupervisionSession = {
  id: 'sup-1',
  clientId: 'c1',
  userId: 'u1',
  adminId: 'adm-1',
  reason: 'Show the voicemail settings',
  token: 'supervision-token-0123456789',
  startedAt: '2026-11-23T10:00:00Z',
  expiresAt: '2026-11-23T10:30:00Z',
  endedAt: null,
};

const refusedWith = (status: number, refusal: SupervisionRefusal | undefined, detail = 'Refused (server words)', openSessionId?: string) =>
  new ProblemError('POST /clients/c1/users/u1/supervision', {
    type: 'about:blank',
    title: 'Supervision refused',
    status,
    code: 'supervision_refused',
    detail,
    ...(refusal ? { refusal } : {}),
    ...(openSessionId ? { openSessionId } : {}),
  } as Problem);

const problem = (status: number, code: string) =>
  new ProblemError('POST /clients/c1/users/u1/supervision', { type: 'about:blank', title: code, status, code } as Problem);

class FakeApi implements SuperviseDialogApi {
  calls: { clientId: string; userId: string; start: SupervisionStart }[] = [];
  answer: () => Promise<SupervisionSession> = () => Promise.resolve(SESSION);
  ended: string[] = [];
  endSupervision(sessionId: string): Promise<SupervisionSession> {
    this.ended.push(sessionId);
    return Promise.resolve({ ...SESSION, id: sessionId, token: null, endedAt: '2026-11-23T10:05:00Z' });
  }
  startSupervision(clientId: string, userId: string, start: SupervisionStart): Promise<SupervisionSession> {
    this.calls.push({ clientId, userId, start });
    return this.answer();
  }
}

async function open(api: FakeApi, lang = 'en'): Promise<SuiteSuperviseDialog> {
  const el = await fixture<SuiteSuperviseDialog>(html`<suite-supervise-dialog client-id="c1" lang=${lang} .api=${api}></suite-supervise-dialog>`);
  await el.show(JEANNE);
  await settle(el);
  return el;
}

const part = (el: SuiteSuperviseDialog, name: string) => el.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`);
const reasonField = (el: SuiteSuperviseDialog) => el.shadowRoot!.querySelector('textarea')!;

async function typeReason(el: SuiteSuperviseDialog, text: string): Promise<void> {
  reasonField(el).focus();
  if (text) await sendKeys({ type: text });
  await el.updateComplete;
}

async function submit(el: SuiteSuperviseDialog): Promise<void> {
  part(el, 'start-button')!.click();
  await settle(el);
}

describe('suite-supervise-dialog', () => {
  it('asks for the reason, says the limit and that it is recorded, focuses the reason, and is accessible', async () => {
    const el = await open(new FakeApi());
    expect(part(el, 'dialog')!.hasAttribute('open')).to.equal(true);
    expect(el.shadowRoot!.querySelector('h2')!.textContent).to.equal("Supervise Jeanne Martin's selfcare");
    expect(part(el, 'rules')!.textContent).to.contain('at most 30 minutes').and.contain('recorded');
    expect(el.shadowRoot!.activeElement).to.equal(reasonField(el));
    await expect(el).to.be.accessible();
  });

  it('requires a reason: an empty or blank one is an error next to the field, and nothing is sent', async () => {
    const api = new FakeApi();
    const el = await open(api);
    await typeReason(el, '   ');
    await submit(el);
    expect(api.calls).to.have.length(0);
    const field = reasonField(el);
    expect(field.getAttribute('aria-invalid')).to.equal('true');
    expect(part(el, 'field-error')!.textContent).to.contain('Give a reason');
    expect(field.getAttribute('aria-describedby')).to.contain('reason-error');
    expect(el.shadowRoot!.activeElement).to.equal(field);
    await expect(el).to.be.accessible();

    await typeReason(el, 'Show the voicemail settings');
    expect(part(el, 'field-error')).to.equal(null);
  });

  it('starts with the trimmed reason, fires suite-supervision-started with the session and the user, and closes', async () => {
    const api = new FakeApi();
    const el = await open(api);
    const started = collect(el, 'suite-supervision-started');
    await typeReason(el, '  Show the voicemail settings ');
    await submit(el);
    expect(api.calls).to.deep.equal([{ clientId: 'c1', userId: 'u1', start: { reason: 'Show the voicemail settings' } }]);
    expect(started).to.have.length(1);
    expect(started[0]!.session.token).to.equal(SESSION.token);
    expect(started[0]!.user).to.equal(JEANNE);
    expect(started[0]!.cancelable).to.equal(true);
    expect(el.open).to.equal(false);
  });

  it('one click, one session: a second press while the first runs sends nothing', async () => {
    const api = new FakeApi();
    const pending = deferred<SupervisionSession>();
    api.answer = () => pending.promise;
    const el = await open(api);
    await typeReason(el, 'Twice');
    part(el, 'start-button')!.click();
    await el.updateComplete;
    expect(part(el, 'start-button')!.getAttribute('aria-disabled')).to.equal('true');
    part(el, 'start-button')!.click();
    await el.updateComplete;
    await expect(el).to.be.accessible();
    pending.resolve(SESSION);
    await settle(el);
    expect(api.calls).to.have.length(1);
  });

  const refusals: [SupervisionRefusal, number, string][] = [
    ['self', 403, 'your own account'],
    ['admin', 403, 'Administrators cannot be supervised'],
    ['banned', 403, 'banned'],
    ['closed', 403, 'closed'],
    ['not_activated', 403, 'not activated their account yet'],
    ['inactive', 403, 'deactivated'],
    ['already_supervising', 409, 'already supervising a user'],
    ['nested', 403, 'from inside another one'],
  ];
  for (const [refusal, status, words] of refusals) {
    it(`says the "${refusal}" refusal in words, keeps the reason and stays open`, async () => {
      const api = new FakeApi();
      api.answer = () => Promise.reject(refusedWith(status, refusal));
      const el = await open(api);
      const errors = collect(el, 'suite-error');
      await typeReason(el, 'Help with voicemail');
      await submit(el);
      const alert = part(el, 'error')!;
      expect(alert.getAttribute('role')).to.equal('alert');
      expect(alert.textContent).to.contain(words);
      expect(alert.textContent).not.to.contain('server words');
      expect(reasonField(el).value).to.equal('Help with voicemail');
      expect(el.open).to.equal(true);
      expect(errors, 'a refusal is an answer, not a failure').to.have.length(0);
      await expect(el).to.be.accessible();
    });
  }

  it('a session left open elsewhere (a closed tab) can be ended from the refusal, then this one starts', async () => {
    const api = new FakeApi();
    let first = true;
    api.answer = () => {
      if (!first) return Promise.resolve(SESSION);
      first = false;
      return Promise.reject(refusedWith(409, 'already_supervising', 'busy', 'sup-left-open'));
    };
    const el = await open(api);
    const started = collect(el, 'suite-supervision-started');
    await typeReason(el, 'After a closed tab');
    await submit(el);
    const endButton = [...part(el, 'error')!.querySelectorAll('button')].find((b) => b.textContent!.includes('End that session and start this one'))!;
    expect(endButton, 'the offer to end the open session').to.not.equal(undefined);
    await expect(el).to.be.accessible();
    endButton.click();
    await settle(el);
    expect(api.ended).to.deep.equal(['sup-left-open']);
    expect(api.calls).to.have.length(2);
    expect(started).to.have.length(1);
  });

  it('no offer to end a session the server did not name', async () => {
    const api = new FakeApi();
    api.answer = () => Promise.reject(refusedWith(409, 'already_supervising'));
    const el = await open(api);
    await typeReason(el, 'Busy');
    await submit(el);
    expect(part(el, 'error')!.querySelector('button')).to.equal(null);
  });

  it('out of scope (404), a role without the permission (403), a backend without `refusal`, and a lost answer each get their words', async () => {
    const cases: [Error, string][] = [
      [problem(404, 'not_found'), 'not within your reach'],
      [problem(403, 'forbidden'), 'does not allow supervising'],
      [refusedWith(403, undefined, 'Nope, from another backend'), 'Nope, from another backend'],
      [new NetworkError('offline', 'POST /clients/c1/users/u1/supervision'), 'may have started'],
    ];
    for (const [error, words] of cases) {
      const api = new FakeApi();
      api.answer = () => Promise.reject(error);
      const el = await open(api);
      await typeReason(el, 'Why');
      await submit(el);
      expect(part(el, 'error')!.textContent, words).to.contain(words);
      el.remove();
    }
  });

  it('French', async () => {
    const api = new FakeApi();
    api.answer = () => Promise.reject(refusedWith(403, 'banned'));
    const el = await open(api, 'fr');
    await settle(el);
    expect(el.shadowRoot!.querySelector('h2')!.textContent).to.equal('Superviser l’espace de Jeanne Martin');
    await submit(el);
    expect(part(el, 'field-error')!.textContent).to.contain('Indiquez un motif');
    await typeReason(el, 'Aide');
    await submit(el);
    expect(part(el, 'error')!.textContent).to.contain('banni');
  });

  it('shows a name with markup as text', async () => {
    const el = await fixture<SuiteSuperviseDialog>(html`<suite-supervise-dialog client-id="c1" .api=${new FakeApi()}></suite-supervise-dialog>`);
    await el.show({ ...JEANNE, firstName: '<img src=x onerror=alert(1)>' });
    expect(el.shadowRoot!.querySelector('img')).to.equal(null);
    expect(el.shadowRoot!.querySelector('h2')!.textContent).to.contain('<img src=x onerror=alert(1)>');
  });

  it('Escape closes it and focus returns to the opener', async () => {
    const opener = await fixture<HTMLButtonElement>(html`<button>Supervise</button>`);
    const el = await fixture<SuiteSuperviseDialog>(html`<suite-supervise-dialog client-id="c1" .api=${new FakeApi()}></suite-supervise-dialog>`);
    opener.focus();
    await el.show(JEANNE);
    await sendKeys({ press: 'Escape' });
    await settle(el);
    expect(el.open).to.equal(false);
    expect(document.activeElement).to.equal(opener);
  });
});
