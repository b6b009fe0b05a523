import { ContextProvider } from '@lit/context';
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { NetworkError, ProblemError } from '../../src/api/errors.js';
import { createHttpApi } from '../../src/api/http/http-api.js';
import type { InvitationRequest, InvitationSent } from '../../src/api/schemas/invitation.js';
import type { LicencePool } from '../../src/api/schemas/licence-pool.js';
import type { Me } from '../../src/api/schemas/me.js';
import type { Problem } from '../../src/api/schemas/problem.js';
import type { Agency } from '../../src/api/schemas/tenancy.js';
import type { User, UserUpdate } from '../../src/api/schemas/user.js';
import type { IdempotentRequestOptions } from '../../src/api/suite-api.js';
import '../../src/components/invite-dialog/invite-dialog.js';
import type { InviteDialogApi, SuiteInviteDialog } from '../../src/components/invite-dialog/invite-dialog.component.js';
import { adminContext } from '../../src/context/admin-context.js';
import type { SuiteInviteSentEvent, SuiteUserChangedEvent } from '../../src/events/index.js';
import { collect, deferred, settle } from './support/async.js';
import { plainUser } from '../fixtures/user-record.js';

// ---------------------------------------------------------------- data

function user(overrides: Partial<User> = {}): User {
  return plainUser({
    id: 'u1',
    userCode: 'JM01',
    firstName: 'Jeanne',
    lastName: 'Martin',
    email: 'jeanne.martin@acme.example',
    login: 'jeanne.martin',
    agencyIds: ['ag-lyon'],
    licencePoolIds: [],
    status: 'pending',
    invitedAt: null,
    activatedAt: null,
    createdAt: '2026-01-05T09:00:00Z',
    updatedAt: '2026-01-05T09:00:00Z',
    ...overrides,
  });
}

function pool(key: string, name: string, total: number, used: number): LicencePool {
  return { id: `pool-${key}`, clientId: 'c1', key, name, kind: 'user', total, used, remaining: total - used };
}

const AGENCIES: Agency[] = [
  { id: 'ag-lyon', clientId: 'c1', name: 'Lyon' },
  { id: 'ag-paris', clientId: 'c1', name: 'Paris' },
];
const CORE = pool('core', 'Core', 50, 38);
const CONTRACT = pool('contract', 'Contract', 10, 10);
const OPERATORS = pool('operators', 'Operators', 5, 7);
const POOLS = [CORE, CONTRACT, OPERATORS];

const SENT_AT = '2026-03-12T10:30:00Z';

function sentFor(target: User, request: InvitationRequest): InvitationSent {
  const email = request.email ?? target.email!;
  return {
    user: { ...target, email, status: 'invited', invitedAt: SENT_AT, role: request.role ?? target.role },
    invitation: { id: 'inv-1', userId: target.id, email, mailLanguage: request.mailLanguage ?? target.mailLanguage, sentAt: SENT_AT, expiresAt: '2026-03-19T10:30:00Z' },
  };
}

const problem = (status: number, code: string, errors: Problem['errors'] = undefined): ProblemError =>
  new ProblemError('POST /clients/c1/users/u1/invitation', { type: 'about:blank', title: code, status, code, ...(errors ? { errors } : {}) });

interface InviteCall {
  userId: string;
  request: InvitationRequest | undefined;
  key: string | undefined;
}

/** A SuiteApi stand-in: records invitations with their keys; `invite` decides each answer. */
class FakeApi implements InviteDialogApi {
  readonly invites: InviteCall[] = [];
  readonly updates: { userId: string; changes: UserUpdate }[] = [];
  poolLoads = 0;
  pools: LicencePool[] = POOLS;
  invite: (call: InviteCall) => Promise<InvitationSent>;

  constructor(private readonly target: User) {
    this.invite = async (call) => sentFor(this.target, call.request ?? {});
  }

  async listAgencies() {
    return { items: AGENCIES };
  }

  async listLicencePools() {
    this.poolLoads += 1;
    return { items: this.pools };
  }

  update: (userId: string, changes: UserUpdate) => Promise<User> = async (_userId, changes) => ({ ...this.target, ...changes }) as User;

  updateUser(_clientId: string, userId: string, changes: UserUpdate): Promise<User> {
    this.updates.push({ userId, changes });
    return this.update(userId, changes);
  }

  inviteUser(_clientId: string, userId: string, request?: InvitationRequest, options?: IdempotentRequestOptions): Promise<InvitationSent> {
    const call = { userId, request, key: options?.idempotencyKey };
    this.invites.push(call);
    return this.invite(call);
  }
}

// ---------------------------------------------------------------- helpers

interface Setup {
  el: SuiteInviteDialog;
  opener: HTMLButtonElement;
}

async function setup(api: InviteDialogApi, lang = 'en'): Promise<Setup> {
  const wrapper = await fixture<HTMLDivElement>(html`
    <div>
      <button id="opener">Invite</button>
      <suite-invite-dialog client-id="c1" lang=${lang} .api=${api}></suite-invite-dialog>
    </div>
  `);
  const el = wrapper.querySelector('suite-invite-dialog')!;
  await el.updateComplete;
  return { el, opener: wrapper.querySelector<HTMLButtonElement>('#opener')! };
}

async function open(api: FakeApi, target: User, lang = 'en'): Promise<Setup> {
  const setupResult = await setup(api, lang);
  setupResult.opener.focus();
  await setupResult.el.show(target);
  await settle(setupResult.el);
  return setupResult;
}

const $ = <T extends Element = HTMLElement>(el: SuiteInviteDialog, selector: string) => el.shadowRoot!.querySelector<T>(selector);
const $$ = <T extends Element = HTMLElement>(el: SuiteInviteDialog, selector: string) => [...el.shadowRoot!.querySelectorAll<T>(selector)];
const squeeze = (value: string | null | undefined) => (value ?? '').replace(/[ \t\n\r]+/g, ' ').trim();
const textOf = (el: SuiteInviteDialog, selector: string) => squeeze($(el, selector)?.textContent);
const dialogOf = (el: SuiteInviteDialog) => $<HTMLDialogElement>(el, 'dialog')!;
const focused = (el: SuiteInviteDialog) => el.shadowRoot!.activeElement as HTMLElement | null;
const sendButton = (el: SuiteInviteDialog) => $<HTMLButtonElement>(el, '[part~="send-button"]')!;
const poolBox = (el: SuiteInviteDialog, key: string) => $<HTMLInputElement>(el, `[data-pool="${key}"] input`)!;
const errorText = (el: SuiteInviteDialog, field: string) => textOf(el, `#${field}-error`);

async function submit(el: SuiteInviteDialog): Promise<void> {
  sendButton(el).click();
  await settle(el);
}

async function chooseOtherEmail(el: SuiteInviteDialog, email: string): Promise<void> {
  $<HTMLInputElement>(el, 'input[name="email-choice"][value="other"]')!.click();
  await settle(el);
  const input = $<HTMLInputElement>(el, '#other-email')!;
  input.value = email;
  input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  await el.updateComplete;
}

function select(el: SuiteInviteDialog, selector: string, value: string): void {
  const control = $<HTMLSelectElement>(el, selector)!;
  control.value = value;
  control.dispatchEvent(new Event('change', { bubbles: true }));
}

// ---------------------------------------------------------------- tests

describe('<suite-invite-dialog>', () => {
  describe('opening and closing', () => {
    it('closed: no open dialog, nothing to read, accessible', async () => {
      const { el } = await setup(new FakeApi(user()));
      expect(dialogOf(el).open).to.equal(false);
      expect(el.open).to.equal(false);
      expect($(el, 'form')).to.equal(null);
      await expect(el).to.be.accessible();
    });

    it('show(user) opens a modal dialog named after the user and moves focus into it', async () => {
      const target = user();
      const { el } = await open(new FakeApi(target), target);
      const dialog = dialogOf(el);
      expect(dialog.open).to.equal(true);
      expect(dialog.matches(':modal')).to.equal(true);
      expect(el.open).to.equal(true);
      expect(squeeze($(el, '#title')!.textContent)).to.equal('Invite Jeanne Martin');
      expect(dialog.getAttribute('aria-labelledby')).to.equal('title');
      expect(textOf(el, '[part~="status"]')).to.equal('Not invited yet');
      // Focus lands on the prefilled choice: one click (Send) uses the account's address.
      expect((focused(el) as HTMLInputElement).value).to.equal('account');
      await expect(el).to.be.accessible();
    });

    it('Escape closes the dialog and gives focus back to the opener', async () => {
      const target = user();
      const { el, opener } = await open(new FakeApi(target), target);
      await sendKeys({ press: 'Escape' });
      await settle(el);
      expect(dialogOf(el).open).to.equal(false);
      expect(el.open).to.equal(false);
      expect(document.activeElement).to.equal(opener);
    });

    it('the close button and Cancel close it and restore focus too', async () => {
      const target = user();
      const api = new FakeApi(target);
      const { el, opener } = await open(api, target);
      $<HTMLButtonElement>(el, '[part~="close-button"]')!.click();
      await settle(el);
      expect(dialogOf(el).open).to.equal(false);
      expect(document.activeElement).to.equal(opener);

      opener.focus();
      await el.show(target);
      await settle(el);
      const buttons = $$<HTMLButtonElement>(el, '[part~="footer"] button');
      buttons.find((b) => squeeze(b.textContent) === 'Cancel')!.click();
      await settle(el);
      expect(dialogOf(el).open).to.equal(false);
      expect(document.activeElement).to.equal(opener);
      expect(api.invites).to.have.length(0);
    });

    it('close() reads closed as soon as it returns, as the supervise dialog does', async () => {
      const target = user();
      const { el, opener } = await open(new FakeApi(target), target);
      el.close();
      expect(el.open).to.equal(false);
      expect(dialogOf(el).open).to.equal(false);
      expect(document.activeElement).to.equal(opener);
    });

    it('restores focus to an opener inside another shadow root', async () => {
      const host = document.createElement('div');
      const root = host.attachShadow({ mode: 'open' });
      const button = document.createElement('button');
      button.textContent = 'Invite';
      root.append(button);
      document.body.append(host);
      const target = user();
      try {
        const { el } = await setup(new FakeApi(target));
        button.focus();
        await el.show(target);
        await settle(el);
        await sendKeys({ press: 'Escape' });
        await settle(el);
        expect(root.activeElement).to.equal(button);
      } finally {
        host.remove();
      }
    });

    it('removed from the page while open, it comes back closed and opens again', async () => {
      const target = user();
      const { el } = await open(new FakeApi(target), target);
      const parent = el.parentNode!;
      el.remove();
      await new Promise((resolve) => setTimeout(resolve, 0));
      parent.appendChild(el);
      await settle(el);
      expect(el.open).to.equal(false);
      expect(dialogOf(el).open).to.equal(false);
      await el.show(target);
      await settle(el);
      expect(dialogOf(el).matches(':modal')).to.equal(true);
    });

    it('Tab moves through the fields in reading order', async () => {
      const target = user();
      const { el } = await open(new FakeApi(target), target);
      $<HTMLButtonElement>(el, '[part~="close-button"]')!.focus();
      const order: string[] = [];
      const describe = (node: HTMLElement | null) => {
        if (!node) return 'none';
        if (node instanceof HTMLInputElement) return `${node.name}:${node.value}`;
        return node.id || node.getAttribute('aria-label') || squeeze(node.textContent);
      };
      for (let i = 0; i < 9; i++) {
        order.push(describe(focused(el)));
        await sendKeys({ press: 'Tab' });
      }
      // The "other address" field is disabled until chosen; the full pool (Contract) is disabled.
      expect(order).to.deep.equal([
        'Close',
        'email-choice:account',
        'role',
        'agency:ag-lyon',
        'agency:ag-paris',
        'licence-pool:pool-core',
        'mail-language',
        'Cancel',
        'Send the invitation',
      ]);
    });
  });

  describe('choices', () => {
    it('lists only the agencies the API returns (the admin scope), checked as on the account', async () => {
      const target = user();
      const { el } = await open(new FakeApi(target), target);
      const boxes = $$<HTMLInputElement>(el, 'input[name="agency"]');
      expect(boxes.map((box) => [box.value, box.checked])).to.deep.equal([
        ['ag-lyon', true],
        ['ag-paris', false],
      ]);
    });

    it('disables a full pool and says why, through aria-describedby', async () => {
      const target = user();
      const { el } = await open(new FakeApi(target), target);
      const contract = poolBox(el, 'contract');
      expect(contract.disabled).to.equal(true);
      const reason = el.shadowRoot!.getElementById(contract.getAttribute('aria-describedby')!)!;
      expect(squeeze(reason.textContent)).to.equal('Full: no seat left. Free a seat or buy more licences.');
      const over = poolBox(el, 'operators');
      expect(over.disabled).to.equal(true);
      expect(squeeze(el.shadowRoot!.getElementById(over.getAttribute('aria-describedby')!)!.textContent)).to.equal(
        'Over the limit by 2 seats: free seats or buy more licences.',
      );
      const core = poolBox(el, 'core');
      expect(core.disabled).to.equal(false);
      expect(squeeze(el.shadowRoot!.getElementById(core.getAttribute('aria-describedby')!)!.textContent)).to.equal('12 seats left');
      await expect(el).to.be.accessible();
    });

    it('a seat the user already holds is not blocked by a full pool', async () => {
      const target = user({ status: 'invited', invitedAt: SENT_AT, licencePoolIds: ['pool-contract'] });
      const { el } = await open(new FakeApi(target), target);
      expect(poolBox(el, 'contract').disabled).to.equal(false);
      expect(poolBox(el, 'contract').checked).to.equal(true);
      expect(textOf(el, '[data-pool="contract"] .reason')).to.equal('Seat already held by this user');
    });

    it('offers the ten mail languages, the account one selected', async () => {
      const target = user({ mailLanguage: 'de' });
      const { el } = await open(new FakeApi(target), target);
      const options = $$<HTMLOptionElement>(el, '#mail-language option');
      expect(options.map((o) => o.value)).to.deep.equal(['fr', 'en', 'de', 'nl', 'es', 'it', 'pt-br', 'zh-cn', 'ja', 'th']);
      expect($<HTMLSelectElement>(el, '#mail-language')!.value).to.equal('de');
      expect(options[0]!.textContent).to.equal('French');
    });

    it('reads the seats afresh each time it opens', async () => {
      const target = user();
      const api = new FakeApi(target);
      const { el } = await open(api, target);
      el.close();
      await el.show(target);
      await settle(el);
      expect(api.poolLoads).to.equal(2);
    });
  });

  describe('sending', () => {
    it('one click sends with the address on the account, shows the date and fires suite-invite-sent', async () => {
      const target = user();
      const api = new FakeApi(target);
      const { el } = await open(api, target);
      const events = collect(document, 'suite-invite-sent');
      await submit(el);
      expect(api.invites).to.have.length(1);
      expect(api.invites[0]!.request).to.deep.equal({});
      expect(api.invites[0]!.key).to.be.a('string').and.have.length.greaterThan(10);
      const date = new Intl.DateTimeFormat('en', { day: '2-digit', month: '2-digit', year: 'numeric' }).format(new Date(SENT_AT));
      expect(textOf(el, '[part~="status"]')).to.equal(`Invitation sent to jeanne.martin@acme.example. Invited on ${date}`);
      expect(events).to.have.length(1);
      const event = events[0] as SuiteInviteSentEvent;
      expect([event.user.status, event.sentAt, event.bubbles, event.composed]).to.deep.equal(['invited', SENT_AT, true, true]);
      // Still open: the admin sees the status, and may resend while the user is not active.
      expect(squeeze(sendButton(el).textContent)).to.equal('Resend the invitation');
      await expect(el).to.be.accessible();
    });

    it('types another address: the other field takes focus and is sent', async () => {
      const target = user();
      const api = new FakeApi(target);
      const { el } = await open(api, target);
      $<HTMLInputElement>(el, 'input[name="email-choice"][value="other"]')!.click();
      await settle(el);
      expect(focused(el)?.id).to.equal('other-email');
      await chooseOtherEmail(el, '  j.martin@elsewhere.example ');
      await submit(el);
      expect(api.invites[0]!.request).to.deep.equal({ email: 'j.martin@elsewhere.example' });
    });

    it('sends only the changed fields: role, agencies, pools, language', async () => {
      const target = user();
      const api = new FakeApi(target);
      const { el } = await open(api, target);
      select(el, '#role', 'operator');
      $<HTMLInputElement>(el, 'input[name="agency"][value="ag-paris"]')!.click();
      poolBox(el, 'core').click();
      select(el, '#mail-language', 'pt-br');
      await el.updateComplete;
      await submit(el);
      expect(api.invites[0]!.request).to.deep.equal({
        role: 'operator',
        agencyIds: ['ag-lyon', 'ag-paris'],
        licencePoolIds: ['pool-core'],
        mailLanguage: 'pt-br',
      });
    });

    it('admin invitation: the user is invited with the admin role', async () => {
      const target = user();
      const api = new FakeApi(target);
      const { el } = await open(api, target);
      select(el, '#role', 'admin');
      await el.updateComplete;
      expect(textOf(el, '#role-hint')).to.equal('Administrators manage the users of the agencies checked below.');
      expect($(el, '#role')!.getAttribute('aria-describedby')).to.equal('role-hint');
      await submit(el);
      expect(api.invites[0]!.request).to.deep.equal({ role: 'admin' });
      expect(api.invites[0]!.userId).to.equal('u1');
    });

    it('offers super administrator only to an admin who may grant it', async () => {
      const target = user();
      const roleOptions = async (admin: Me | undefined) => {
        const provider = document.createElement('div');
        if (admin) new ContextProvider(provider, { context: adminContext, initialValue: admin });
        const el = document.createElement('suite-invite-dialog');
        el.clientId = 'c1';
        el.api = new FakeApi(target);
        provider.append(el);
        document.body.append(provider);
        try {
          await el.show(target);
          await settle(el);
          return $$<HTMLOptionElement>(el, '#role option').map((o) => o.value);
        } finally {
          provider.remove();
        }
      };
      const me = (role: Me['role']): Me => ({
        id: 'me',
        displayName: 'Admin',
        email: null,
        role,
        scope: { kind: 'agencies', partnerId: 'p1', clientId: 'c1', agencyIds: ['ag-lyon'] },
        permissions: ['users.invite'],
        supervisionSessionId: null,
      });
      expect(await roleOptions(me('admin'))).to.deep.equal(['admin', 'operator', 'user']);
      expect(await roleOptions(me('super_admin'))).to.deep.equal(['super_admin', 'admin', 'operator', 'user']);
    });

    it('an active administrator gets no form: there is nothing to accept', async () => {
      const target = user({ status: 'active', role: 'admin', invitedAt: SENT_AT, activatedAt: SENT_AT });
      const api = new FakeApi(target);
      const { el } = await open(api, target);
      expect($(el, 'form')).to.equal(null);
      expect(squeeze($(el, '.message')!.textContent)).to.equal('This user is already active: there is no invitation to send.');
      expect(focused(el)?.textContent?.trim()).to.equal('Close');
      await expect(el).to.be.accessible();
    });

    describe('with the signed-in admin from context', () => {
      const ME: Me = {
        id: 'me',
        displayName: 'Super Admin',
        email: null,
        role: 'super_admin',
        scope: { kind: 'client', partnerId: 'p1', clientId: 'c1' },
        permissions: ['users.read', 'users.write', 'users.invite'],
        supervisionSessionId: null,
      };

      async function openWithin(api: FakeApi, target: User, admin: Me) {
        const provider = document.createElement('div');
        new ContextProvider(provider, { context: adminContext, initialValue: admin });
        const opener = document.createElement('button');
        opener.textContent = 'Open';
        const el = document.createElement('suite-invite-dialog');
        el.clientId = 'c1';
        el.lang = 'en';
        el.api = api;
        provider.append(opener, el);
        document.body.append(provider);
        opener.focus();
        await el.show(target);
        await settle(el);
        return { el, provider };
      }

      const activeUser = () => user({ status: 'active', invitedAt: SENT_AT, activatedAt: SENT_AT });

      it('admin invitation of an active user: gains the administrator space by a role change, no email', async () => {
        const target = activeUser();
        const api = new FakeApi(target);
        const changed = collect(document, 'suite-user-changed');
        const { el, provider } = await openWithin(api, target, ME);
        try {
          expect(squeeze($(el, '#title')!.textContent)).to.equal('Administrator access for Jeanne Martin');
          expect(textOf(el, 'form .hint')).to.equal(
            'This account is already active: it gains the administrator space at once. There is no invitation to accept and no email is sent.',
          );
          expect($$<HTMLOptionElement>(el, '#role option').map((o) => o.value)).to.deep.equal(['super_admin', 'admin']);
          expect($<HTMLSelectElement>(el, '#role')!.value).to.equal('admin');
          expect($(el, 'input[name="licence-pool"]')).to.equal(null);
          await expect(el).to.be.accessible();
          $<HTMLInputElement>(el, 'input[name="agency"][value="ag-paris"]')!.click();
          await el.updateComplete;
          await submit(el);
          expect(api.invites).to.have.length(0);
          expect(api.updates).to.deep.equal([{ userId: 'u1', changes: { role: 'admin', agencyIds: ['ag-lyon', 'ag-paris'] } }]);
          expect(textOf(el, '[part~="status"]')).to.equal('Jeanne Martin now has administrator access.');
          expect((changed[0] as SuiteUserChangedEvent).user.role).to.equal('admin');
          expect(squeeze(focused(el)?.textContent)).to.equal('Close');
          await expect(el).to.be.accessible();
        } finally {
          provider.remove();
        }
      });

      it('a refusal from the server is shown next to the role', async () => {
        const target = activeUser();
        const api = new FakeApi(target);
        api.update = async () => {
          throw problem(403, 'forbidden', [{ path: 'role', code: 'modification_prevented', message: 'protected' }]);
        };
        const { el, provider } = await openWithin(api, target, ME);
        try {
          await submit(el);
          expect(errorText(el, 'role')).to.equal(
            'This user is protected against changes: only a super administrator can change this.',
          );
        } finally {
          provider.remove();
        }
      });

      it('an agency-scoped admin must keep the user in one of its agencies', async () => {
        const target = user();
        const api = new FakeApi(target);
        const scoped: Me = { ...ME, role: 'admin', scope: { kind: 'agencies', partnerId: 'p1', clientId: 'c1', agencyIds: ['ag-lyon', 'ag-paris'] } };
        const { el, provider } = await openWithin(api, target, scoped);
        try {
          $<HTMLInputElement>(el, 'input[name="agency"][value="ag-lyon"]')!.click();
          await el.updateComplete;
          await submit(el);
          expect(api.invites).to.have.length(0);
          expect(errorText(el, 'agencyIds')).to.equal('Check at least one of your agencies.');
          const fieldset = $(el, '#agencyIds-error')!.closest('fieldset')!;
          expect(fieldset.getAttribute('aria-describedby')).to.equal('agencyIds-error');
          expect(focused(el)).to.equal($(el, 'input[name="agency"][value="ag-lyon"]'));
          await expect(el).to.be.accessible();
        } finally {
          provider.remove();
        }
      });

      it('an admin without users.write only reads that the user is active', async () => {
        const target = activeUser();
        const { el, provider } = await openWithin(new FakeApi(target), target, { ...ME, permissions: ['users.read', 'users.invite'] });
        try {
          expect($(el, 'form')).to.equal(null);
          expect(squeeze($(el, '.message')!.textContent)).to.equal('This user is already active: there is no invitation to send.');
        } finally {
          provider.remove();
        }
      });
    });

    it('a banned user must be reactivated first', async () => {
      const target = user({ status: 'banned', statusReason: 'abuse' });
      const { el } = await open(new FakeApi(target), target);
      expect(squeeze($(el, '.message')!.textContent)).to.equal('This user is banned: reactivate the account before inviting them.');
    });

    it('an invited user: "Invited on <date>" and Resend', async () => {
      const target = user({ status: 'invited', invitedAt: SENT_AT });
      const { el } = await open(new FakeApi(target), target);
      const date = new Intl.DateTimeFormat('en', { day: '2-digit', month: '2-digit', year: 'numeric' }).format(new Date(SENT_AT));
      expect(textOf(el, '[part~="status"]')).to.equal(`Invited on ${date}`);
      expect(squeeze($(el, '#title')!.textContent)).to.equal('Resend the invitation to Jeanne Martin');
      expect(squeeze(sendButton(el).textContent)).to.equal('Resend the invitation');
    });

    it('sending: the button says so, stays focusable, and a second click sends nothing', async () => {
      const target = user();
      const api = new FakeApi(target);
      const answer = deferred<InvitationSent>();
      api.invite = () => answer.promise;
      const { el } = await open(api, target);
      sendButton(el).focus();
      sendButton(el).click();
      await el.updateComplete;
      sendButton(el).click();
      sendButton(el).click();
      await el.updateComplete;
      expect(api.invites).to.have.length(1);
      expect(sendButton(el).getAttribute('aria-disabled')).to.equal('true');
      expect(squeeze(sendButton(el).textContent)).to.equal('Sending the invitation…');
      expect(focused(el)).to.equal(sendButton(el));
      await expect(el).to.be.accessible();
      answer.resolve(sentFor(target, {}));
      await settle(el);
      expect(sendButton(el).getAttribute('aria-disabled')).to.equal('false');
    });

    it('shown for another user while sending: the event still fires, the new screen stays untouched', async () => {
      const target = user();
      const other = user({ id: 'u2', firstName: 'Paul', lastName: 'Durand', email: 'paul.durand@acme.example' });
      const api = new FakeApi(target);
      const answer = deferred<InvitationSent>();
      api.invite = () => answer.promise;
      const events = collect(document, 'suite-invite-sent');
      const { el, opener } = await open(api, target);
      sendButton(el).click();
      await el.updateComplete;
      await el.show(other);
      await settle(el);
      expect(sendButton(el).getAttribute('aria-disabled')).to.equal('false');
      answer.resolve(sentFor(target, {}));
      await settle(el);
      expect(events.map((event) => (event as SuiteInviteSentEvent).user.id)).to.deep.equal(['u1']);
      expect(squeeze($(el, '#title')!.textContent)).to.equal('Invite Paul Durand');
      expect(textOf(el, '[part~="status"]')).to.equal('Not invited yet');
      el.close();
      await settle(el);
      expect(document.activeElement).to.equal(opener);
    });
  });

  describe('errors', () => {
    it('client validation: an invalid typed address is refused next to the field, nothing sent, text kept', async () => {
      const target = user();
      const api = new FakeApi(target);
      const { el } = await open(api, target);
      await chooseOtherEmail(el, 'jeanne@');
      await submit(el);
      expect(api.invites).to.have.length(0);
      const input = $<HTMLInputElement>(el, '#other-email')!;
      expect(errorText(el, 'email')).to.equal('Type a valid email address, for example name@company.com.');
      expect(input.getAttribute('aria-invalid')).to.equal('true');
      expect(input.getAttribute('aria-describedby')).to.include('email-error');
      expect(input.value).to.equal('jeanne@');
      expect(focused(el)).to.equal(input);
      expect(textOf(el, '[part~="error"]')).to.equal('1 field needs your attention.');
      await expect(el).to.be.accessible();
    });

    it('client validation: "another address" left empty is required', async () => {
      const target = user();
      const api = new FakeApi(target);
      const { el } = await open(api, target);
      await chooseOtherEmail(el, '   ');
      await submit(el);
      expect(api.invites).to.have.length(0);
      expect(errorText(el, 'email')).to.equal('Type the email address the invitation goes to.');
    });

    it('a user without email: the address field is the only way, and required', async () => {
      const target = user({ email: null });
      const api = new FakeApi(target);
      const { el } = await open(api, target);
      expect($(el, 'input[name="email-choice"]')).to.equal(null);
      expect(focused(el)?.id).to.equal('other-email');
      expect(textOf(el, '#email-none')).to.equal('The account has no email address yet: type the one the invitation goes to.');
      await submit(el);
      expect(api.invites).to.have.length(0);
      expect(errorText(el, 'email')).to.equal('Type the email address the invitation goes to.');
      await expect(el).to.be.accessible();
    });

    it('editing a field clears its own error and keeps the others', async () => {
      const target = user({ licencePoolIds: ['pool-contract'] });
      const { el } = await open(new FakeApi(target), target);
      await chooseOtherEmail(el, 'nope');
      await submit(el);
      expect(errorText(el, 'email')).to.not.equal('');
      expect(errorText(el, 'licencePoolIds')).to.not.equal('');
      const input = $<HTMLInputElement>(el, '#other-email')!;
      input.value = 'ok@acme.example';
      input.dispatchEvent(new Event('input'));
      await el.updateComplete;
      expect(errorText(el, 'email')).to.equal('');
      expect(errorText(el, 'licencePoolIds')).to.not.equal('');
    });

    it('a checked full pool the user would take a seat in is refused before sending, naming the pool', async () => {
      const target = user({ licencePoolIds: ['pool-contract'] });
      const api = new FakeApi(target);
      const { el } = await open(api, target);
      // Checked but full: it stays enabled so the admin can uncheck it.
      expect(poolBox(el, 'contract').disabled).to.equal(false);
      await submit(el);
      expect(api.invites).to.have.length(0);
      expect(errorText(el, 'licencePoolIds')).to.equal('No seat left in the pool Contract: uncheck it, free a seat or buy more licences.');
      expect(focused(el)).to.equal(poolBox(el, 'core'));
      poolBox(el, 'contract').click();
      await el.updateComplete;
      expect(poolBox(el, 'contract').disabled).to.equal(true);
      await submit(el);
      expect(api.invites[0]!.request).to.deep.equal({ licencePoolIds: [] });
    });

    it('server 422: field errors land next to their fields, what was typed is kept', async () => {
      const target = user();
      const api = new FakeApi(target);
      api.invite = async () => {
        throw problem(422, 'validation_failed', [
          { path: 'email', code: 'invalid_format', message: 'Invalid email address' },
          { path: 'mailLanguage', code: 'mail_language_unsupported', message: 'not offered for this client' },
        ]);
      };
      const { el } = await open(api, target);
      await chooseOtherEmail(el, 'jeanne@acme.example');
      await submit(el);
      expect(errorText(el, 'email')).to.equal('Type a valid email address, for example name@company.com.');
      // A code the kit does not know: the server's words rather than none.
      expect(errorText(el, 'mailLanguage')).to.equal('not offered for this client');
      expect($(el, '#mail-language')!.getAttribute('aria-describedby')).to.equal('mailLanguage-error');
      expect($<HTMLInputElement>(el, '#other-email')!.value).to.equal('jeanne@acme.example');
      expect(focused(el)?.id).to.equal('other-email');
      await expect(el).to.be.accessible();
    });

    it('server 409 email_taken: said next to the email field', async () => {
      const target = user();
      const api = new FakeApi(target);
      api.invite = async () => {
        throw problem(409, 'email_taken', [{ path: 'email', code: 'email_taken', message: 'already used' }]);
      };
      const { el } = await open(api, target);
      await chooseOtherEmail(el, 'paul@acme.example');
      await submit(el);
      expect(errorText(el, 'email')).to.equal('Another user of this client already has this address.');
    });

    it('server 409 seat_limit: names the pool next to the pools, and reloads the seats', async () => {
      const target = user();
      const api = new FakeApi(target);
      api.invite = async () => {
        // Another admin took the last seats of Core meanwhile.
        api.pools = [pool('core', 'Core', 50, 50), CONTRACT, OPERATORS];
        throw problem(409, 'seat_limit', [{ path: 'licencePoolIds', code: 'seat_limit', message: 'Core: 0 left, 1 needed' }]);
      };
      const { el } = await open(api, target);
      poolBox(el, 'core').click();
      await el.updateComplete;
      await submit(el);
      expect(errorText(el, 'licencePoolIds')).to.equal('No seat left in the pool Core: uncheck it, free a seat or buy more licences.');
      expect(api.poolLoads).to.equal(2);
      expect(focused(el)).to.equal(poolBox(el, 'core'));
      expect(poolBox(el, 'core').checked).to.equal(true);
      expect(textOf(el, '[data-pool="core"] .reason')).to.equal('Full: no seat left. Free a seat or buy more licences.');
      await expect(el).to.be.accessible();
    });

    it('a protected user: the changed field says only a super administrator can change it', async () => {
      const target = user();
      const api = new FakeApi(target);
      api.invite = async () => {
        throw problem(403, 'forbidden', [{ path: 'role', code: 'modification_prevented', message: 'role cannot be changed: the user is protected' }]);
      };
      const { el } = await open(api, target);
      select(el, '#role', 'operator');
      await submit(el);
      expect(errorText(el, 'role')).to.equal(
        'This user is protected against changes: only a super administrator can change this.',
      );
      expect(focused(el)?.id).to.equal('role');
    });

    it('a problem about no field is said at the top, with no retry', async () => {
      const target = user();
      const api = new FakeApi(target);
      api.invite = async () => {
        throw problem(409, 'invalid_transition');
      };
      const { el } = await open(api, target);
      await submit(el);
      expect(textOf(el, '[part~="error"]')).to.equal('The status of this user changed meanwhile: close and open the user again.');
      expect($(el, '[part~="error"] button')).to.equal(null);
    });
  });

  describe('idempotency', () => {
    it('a retry after an unknown outcome reuses the key of that click; a new click gets a new key', async () => {
      const target = user();
      const api = new FakeApi(target);
      let failures = 1;
      api.invite = async (call) => {
        if (failures-- > 0) throw new NetworkError('no answer', 'POST /clients/c1/users/u1/invitation');
        return sentFor(target, call.request ?? {});
      };
      const { el } = await open(api, target);
      await submit(el);
      expect(textOf(el, '[part~="error"] p')).to.equal(
        'The server could not be reached. Check your connection. The server did not confirm the invitation. Retry: the same request is sent again, never a second email.',
      );
      await expect(el).to.be.accessible();
      $<HTMLButtonElement>(el, '[part~="error"] button')!.click();
      await settle(el);
      expect(api.invites).to.have.length(2);
      expect(api.invites[1]!.key).to.equal(api.invites[0]!.key);
      expect(textOf(el, '[part~="status"]')).to.match(/^Invitation sent to/);

      await submit(el);
      expect(api.invites).to.have.length(3);
      expect(api.invites[2]!.key).to.not.equal(api.invites[0]!.key);
    });

    it('Send again after an unknown outcome is the same request, so the same key', async () => {
      const target = user();
      const api = new FakeApi(target);
      api.invite = async () => {
        throw problem(503, 'internal');
      };
      const { el } = await open(api, target);
      await submit(el);
      await submit(el);
      expect(api.invites.map((call) => call.key)).to.have.length(2);
      expect(api.invites[1]!.key).to.equal(api.invites[0]!.key);
    });

    it('"still in progress" keeps the key too', async () => {
      const target = user();
      const api = new FakeApi(target);
      let calls = 0;
      api.invite = async (call) => {
        if (calls++ === 0) throw problem(409, 'idempotency_in_progress');
        return sentFor(target, call.request ?? {});
      };
      const { el } = await open(api, target);
      await submit(el);
      expect($(el, '[part~="error"] button')).to.not.equal(null);
      $<HTMLButtonElement>(el, '[part~="error"] button')!.click();
      await settle(el);
      expect(api.invites[1]!.key).to.equal(api.invites[0]!.key);
    });

    it('a changed request after a failure gets its own key', async () => {
      const target = user();
      const api = new FakeApi(target);
      api.invite = async () => {
        throw new NetworkError('no answer', 'POST');
      };
      const { el } = await open(api, target);
      await submit(el);
      select(el, '#mail-language', 'en');
      await submit(el);
      expect(api.invites[1]!.key).to.not.equal(api.invites[0]!.key);
    });

    it('through the real HTTP client: an Idempotency-Key header, the same on each of its own retries', async () => {
      const target = user();
      const keys: (string | null)[] = [];
      let calls = 0;
      const stubFetch: typeof fetch = async (input, init) => {
        const request = new Request(input, init);
        if (request.method === 'GET') {
          const body = request.url.endsWith('/agencies') ? { items: AGENCIES } : { items: POOLS };
          return Response.json(body);
        }
        keys.push(request.headers.get('Idempotency-Key'));
        calls += 1;
        if (calls === 1) return new Response('', { status: 503 });
        return new Response(
          JSON.stringify({ type: 'about:blank', title: 'Email already used', status: 409, code: 'email_taken', errors: [{ path: 'email', code: 'email_taken', message: 'already used' }] }),
          { status: 409, headers: { 'Content-Type': 'application/problem+json' } },
        );
      };
      const api = createHttpApi({ baseUrl: 'https://api.example.com/v1', fetch: stubFetch, retryBaseDelayMs: 1 });
      const { el } = await setup(api);
      await el.show(target);
      await settle(el);
      await chooseOtherEmail(el, 'paul@acme.example');
      sendButton(el).click();
      for (let i = 0; i < 20 && calls < 2; i++) await new Promise((resolve) => setTimeout(resolve, 10));
      await settle(el);
      expect(keys).to.have.length(2);
      expect(keys[0]).to.be.a('string');
      expect(keys[1]).to.equal(keys[0]);
      expect(errorText(el, 'email')).to.equal('Another user of this client already has this address.');
    });
  });

  describe('safety and language', () => {
    it('renders a hostile name as text', async () => {
      const target = user({ firstName: '<img src=x onerror=alert(1)>', lastName: '<b>Martin</b>' });
      const { el } = await open(new FakeApi(target), target);
      expect(squeeze($(el, '#title')!.textContent)).to.equal('Invite <img src=x onerror=alert(1)> <b>Martin</b>');
      expect($(el, 'img')).to.equal(null);
      expect($(el, 'b')).to.equal(null);
    });

    it('speaks French: title, labels, reasons, status date', async () => {
      const target = user({ status: 'invited', invitedAt: SENT_AT });
      const { el } = await open(new FakeApi(target), target, 'fr');
      expect(squeeze($(el, '#title')!.textContent)).to.equal('Renvoyer l’invitation à Jeanne Martin');
      expect(textOf(el, '[part~="status"]')).to.equal('Invité le 12/03/2026');
      expect(squeeze($(el, 'legend')!.textContent)).to.equal('Adresse e-mail');
      expect(textOf(el, '[data-pool="contract"] .reason')).to.equal('Complet\u00a0: plus aucune place. Libérez une place ou achetez des licences.');
      expect($(el, '[part~="close-button"]')!.getAttribute('aria-label')).to.equal('Fermer');
      expect($$<HTMLOptionElement>(el, '#mail-language option')[0]!.textContent).to.equal('français');
      expect(squeeze(sendButton(el).textContent)).to.equal('Renvoyer l’invitation');
      expect($(el, '[part~="base"]')!.getAttribute('lang')).to.equal('fr');
      await expect(el).to.be.accessible();
    });

    it('renders every state without a Lit warning', async () => {
      (globalThis as { litIssuedWarnings?: Set<string> }).litIssuedWarnings?.clear();
      const warnings: string[] = [];
      const original = console.warn;
      console.warn = (...args: unknown[]) => warnings.push(args.map(String).join(' '));
      try {
        const target = user();
        const api = new FakeApi(target);
        const { el } = await open(api, target);
        await chooseOtherEmail(el, 'bad');
        await submit(el);
        await chooseOtherEmail(el, 'good@acme.example');
        await submit(el);
        el.close();
        await settle(el);
      } finally {
        console.warn = original;
      }
      expect(warnings.filter((warning) => !warning.includes('Lit is in dev mode'))).to.deep.equal([]);
    });
  });
});
