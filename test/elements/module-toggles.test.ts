import { ContextProvider } from '@lit/context';
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { ConflictError, ProblemError } from '../../src/api/errors.js';
import type { Me } from '../../src/api/schemas/me.js';
import type { LevelModules, ModuleKey, ModuleSettings } from '../../src/api/schemas/modules.js';
import type { LevelTarget, RequestOptions, SuiteApi } from '../../src/api/suite-api.js';
import '../../src/components/module-toggles/module-toggles.js';
import type { ModuleTogglesApi, SuiteModuleToggles } from '../../src/components/module-toggles/module-toggles.component.js';
import { adminContext } from '../../src/context/admin-context.js';
import { apiContext } from '../../src/context/api-context.js';
import type { SuiteErrorEvent, SuiteModulesSavedEvent, SuiteModuleToggleEvent } from '../../src/events/index.js';
import { ModuleLevels } from '../fixtures/module-levels.js';

// ---------------------------------------------------------------- helpers

const PARTNER: LevelTarget = { level: 'partner', partnerId: 'p-1' };
const CLIENT: LevelTarget = { level: 'client', clientId: 'c-001' };

const problem = (status: number, code: string, title: string) => ({ type: 'about:blank', title, status, code });

/** The SuiteApi module calls over in-memory levels, with a gate to hold saves and a way to fail the next one. */
class FakeModulesApi implements ModuleTogglesApi {
  readonly saves: { target: LevelTarget; settings: ModuleSettings | 'reset'; etag: string }[] = [];
  readonly reads: LevelTarget[] = [];
  gate?: Promise<void>;
  failNext?: Error;

  constructor(readonly levels = new ModuleLevels()) {}

  async getModules(target: LevelTarget, _options?: RequestOptions): Promise<LevelModules> {
    this.reads.push(target);
    return this.levels.read(target);
  }

  saveModules(target: LevelTarget, settings: ModuleSettings, etag: string): Promise<LevelModules> {
    return this.write(target, settings, etag);
  }

  resetModules(target: LevelTarget, etag: string): Promise<LevelModules> {
    return this.write(target, 'reset', etag);
  }

  private async write(target: LevelTarget, settings: ModuleSettings | 'reset', etag: string): Promise<LevelModules> {
    this.saves.push({ target, settings, etag });
    await this.gate;
    const failure = this.failNext;
    this.failNext = undefined;
    if (failure) throw failure;
    const result = this.levels.write(target, settings === 'reset' ? {} : settings, etag);
    if (result === 'stale') {
      throw new ConflictError('PUT /modules', problem(412, 'precondition_failed', 'Precondition Failed'), this.levels.read(target).etag);
    }
    return result;
  }
}

function gated(api: FakeModulesApi): () => void {
  let open!: () => void;
  api.gate = new Promise<void>((resolve) => (open = resolve));
  return () => {
    api.gate = undefined;
    open();
  };
}

async function settle(el: SuiteModuleToggles): Promise<void> {
  for (let i = 0; i < 3; i++) {
    await new Promise((resolve) => setTimeout(resolve, 0));
    await el.updateComplete;
  }
}

async function toggles(
  api: ModuleTogglesApi,
  attrs: { level?: 'partner' | 'client'; clientId?: string; partnerId?: string; lang?: string } = {},
): Promise<SuiteModuleToggles> {
  const el = await fixture<SuiteModuleToggles>(html`
    <suite-module-toggles
      level=${attrs.level ?? 'client'}
      client-id=${attrs.clientId ?? 'c-001'}
      partner-id=${attrs.partnerId ?? 'p-1'}
      lang=${attrs.lang ?? 'en'}
      .api=${api}
    ></suite-module-toggles>
  `);
  await settle(el);
  return el;
}

const root = (el: SuiteModuleToggles) => el.shadowRoot!;
const switchOf = (el: SuiteModuleToggles, key: ModuleKey) => root(el).querySelector<HTMLButtonElement>(`#switch-${key}`)!;
const rowOf = (el: SuiteModuleToggles, key: ModuleKey) => root(el).querySelector<HTMLElement>(`li[data-module="${key}"]`)!;
const checked = (el: SuiteModuleToggles, key: ModuleKey) => switchOf(el, key).getAttribute('aria-checked');
const text = (node: Element | null) => (node?.textContent ?? '').replace(/[ \t\n]+/g, ' ').trim();
/** The accessible name of a switch: its content without the aria-hidden parts. */
const nameOf = (button: HTMLElement) => text(button.querySelector('.label'));
const describedBy = (el: SuiteModuleToggles, key: ModuleKey) =>
  switchOf(el, key)
    .getAttribute('aria-describedby')!
    .split(' ')
    .map((id) => text(root(el).getElementById(id)));

// ---------------------------------------------------------------- tests

describe('<suite-module-toggles>', () => {
  it('shows every module as an APG switch with its state, its impacts and where its value comes from', async () => {
    const api = new FakeModulesApi();
    api.levels.changedElsewhere(PARTNER, { voicemail: false });
    api.levels.changedElsewhere(CLIENT, { documents: false });
    const el = await toggles(api);

    const voicemail = switchOf(el, 'voicemail');
    expect(voicemail.localName).to.equal('button');
    expect(voicemail.getAttribute('role')).to.equal('switch');
    expect(nameOf(voicemail)).to.equal('Voicemail');
    expect(checked(el, 'voicemail')).to.equal('false');
    expect(describedBy(el, 'voicemail')).to.deep.equal(['Inherited from the partner']);
    expect(describedBy(el, 'documents')).to.deep.equal(['Set for this client']);
    expect(describedBy(el, 'call_management')).to.deep.equal(['Also changes: Call logs, Voicemail', 'Default setting']);
    expect(describedBy(el, 'highlight_mobile_offers')).to.deep.equal(['Also changes: Dashboard, My phones', 'Default setting']);
    expect(checked(el, 'highlight_mobile_offers')).to.equal('false');
    // Only a value set at this level can be reset.
    expect(rowOf(el, 'documents').querySelector('[part="reset-button"]')).to.not.equal(null);
    expect(rowOf(el, 'voicemail').querySelector('[part="reset-button"]')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('toggles with Space and with Enter, keeps the label, and saves each change with the last ETag', async () => {
    const api = new FakeModulesApi();
    const el = await toggles(api);
    const contacts = switchOf(el, 'contacts');
    contacts.focus();

    await sendKeys({ press: 'Space' });
    await settle(el);
    expect(checked(el, 'contacts')).to.equal('false');
    expect(nameOf(switchOf(el, 'contacts'))).to.equal('Contacts');
    expect(api.saves).to.deep.equal([{ target: CLIENT, settings: { contacts: false }, etag: '"m-client-c-001-v0"' }]);
    expect(describedBy(el, 'contacts')).to.deep.equal(['Set for this client']);
    expect(text(root(el).querySelector('[role="status"]'))).to.equal('Saved');
    await expect(el).to.be.accessible();

    await sendKeys({ press: 'Enter' });
    await settle(el);
    expect(checked(el, 'contacts')).to.equal('true');
    expect(api.saves[1]).to.deep.equal({ target: CLIENT, settings: { contacts: true }, etag: '"m-client-c-001-v1"' });
    expect(root(el).activeElement === switchOf(el, 'contacts'), 'focus stays on the switch').to.equal(true);
  });

  it('sends switches flipped during a save in the next request, one request at a time', async () => {
    const api = new FakeModulesApi();
    const el = await toggles(api);
    const open = gated(api);
    switchOf(el, 'documents').click();
    await el.updateComplete;
    expect(checked(el, 'documents'), 'shown at once').to.equal('false');
    expect(text(root(el).querySelector('[role="status"]'))).to.equal('Saving…');
    await expect(el).to.be.accessible();
    switchOf(el, 'voicemail').click();
    await settle(el);
    expect(api.saves).to.have.length(1);

    open();
    await settle(el);
    expect(api.saves.map((save) => save.settings)).to.deep.equal([{ documents: false }, { documents: false, voicemail: false }]);
    expect(api.levels.read(CLIENT).settings).to.deep.equal({ documents: false, voicemail: false });
  });

  it('fires a cancelable suite-module-toggle before saving: cancelled, nothing changes', async () => {
    const api = new FakeModulesApi();
    const el = await toggles(api);
    const seen: SuiteModuleToggleEvent[] = [];
    el.addEventListener('suite-module-toggle', (event) => {
      seen.push(event);
      event.preventDefault();
    });
    switchOf(el, 'highlight_mobile_offers').click();
    await settle(el);
    expect(seen).to.have.length(1);
    expect(seen[0]!.level).to.equal('client');
    expect(seen[0]!.ownerId).to.equal('c-001');
    expect(seen[0]!.changes).to.deep.equal([{ key: 'highlight_mobile_offers', enabled: true, impacts: ['dashboard', 'my_phones'] }]);
    expect(seen[0]!.bubbles && seen[0]!.composed).to.equal(true);
    expect(checked(el, 'highlight_mobile_offers')).to.equal('false');
    expect(api.saves).to.deep.equal([]);
  });

  it('fires suite-modules-saved with the effective modules after a save', async () => {
    const api = new FakeModulesApi();
    const el = await toggles(api);
    const saved: SuiteModulesSavedEvent[] = [];
    el.addEventListener('suite-modules-saved', (event) => saved.push(event));
    switchOf(el, 'highlight_mobile_offers').click();
    await settle(el);
    expect(saved).to.have.length(1);
    expect(saved[0]!.modules.effective.find((module: { key: string }) => module.key === 'highlight_mobile_offers')).to.deep.include({ enabled: true, source: 'client' });
  });

  it('resets one switch to what it inherits and moves focus to that switch', async () => {
    const api = new FakeModulesApi();
    api.levels.changedElsewhere(PARTNER, { voicemail: false });
    api.levels.changedElsewhere(CLIENT, { voicemail: true, documents: false });
    const el = await toggles(api);
    expect(checked(el, 'voicemail')).to.equal('true');
    const reset = rowOf(el, 'voicemail').querySelector<HTMLButtonElement>('[part="reset-button"]')!;
    expect(reset.getAttribute('aria-label')).to.equal('Use inherited for Voicemail');
    const events: SuiteModuleToggleEvent[] = [];
    el.addEventListener('suite-module-toggle', (event) => events.push(event));
    reset.click();
    await settle(el);
    expect(events[0]!.changes).to.deep.equal([{ key: 'voicemail', enabled: null, impacts: [] }]);
    expect(api.saves.at(-1)!.settings).to.deep.equal({ documents: false });
    expect(checked(el, 'voicemail'), "the partner's value").to.equal('false');
    expect(describedBy(el, 'voicemail')).to.deep.equal(['Inherited from the partner']);
    expect(root(el).activeElement === switchOf(el, 'voicemail'), 'focus on the switch that was reset').to.equal(true);
    await expect(el).to.be.accessible();
  });

  it('shows the inherited value at once after "use inherited", before the save answers', async () => {
    const api = new FakeModulesApi();
    api.levels.changedElsewhere(PARTNER, { contacts: false });
    api.levels.changedElsewhere(CLIENT, { contacts: true });
    const el = await toggles(api);
    const open = gated(api);
    rowOf(el, 'contacts').querySelector<HTMLButtonElement>('[part="reset-button"]')!.click();
    await el.updateComplete;
    expect(api.saves.at(-1)!.settings, 'the save is still pending').to.equal('reset');
    expect(checked(el, 'contacts'), "the partner's value, known from the level's inherited modules").to.equal('false');
    expect(describedBy(el, 'contacts')).to.deep.equal(['Inherited from the partner']);
    await expect(el).to.be.accessible();
    open();
    await settle(el);
    expect(checked(el, 'contacts')).to.equal('false');
  });

  it('resets all switches of the level at once (a reset request), then has nothing left to reset', async () => {
    const api = new FakeModulesApi();
    api.levels.changedElsewhere(CLIENT, { voicemail: false, documents: false });
    const el = await toggles(api);
    const all = root(el).querySelector<HTMLButtonElement>('[part="reset-all-button"]')!;
    expect(all.disabled).to.equal(false);
    all.click();
    await settle(el);
    expect(api.saves.at(-1)!.settings).to.equal('reset');
    expect(checked(el, 'voicemail')).to.equal('true');
    expect(checked(el, 'documents')).to.equal('true');
    expect(root(el).querySelectorAll('[part="reset-button"]')).to.have.length(0);
    expect(all.disabled).to.equal(true);
    await expect(el).to.be.accessible();
  });

  it('on 412 shows what the other admin changed next to the unsaved changes, and "keep mine" merges without losing theirs', async () => {
    const api = new FakeModulesApi();
    const el = await toggles(api);
    // Another admin saves after this element loaded.
    api.levels.changedElsewhere(CLIENT, { documents: false, voicemail: false });
    const errors: SuiteErrorEvent[] = [];
    el.addEventListener('suite-error', (event) => errors.push(event));

    switchOf(el, 'voicemail').click();
    await settle(el);
    switchOf(el, 'contacts').click();
    await settle(el);
    expect(errors, 'a conflict is not an error').to.deep.equal([]);
    const panel = root(el).querySelector<HTMLElement>('[part="conflict"]')!;
    expect(panel.getAttribute('role')).to.equal('alert');
    const [theirs, mine] = [...panel.querySelectorAll('ul')];
    expect([...theirs!.querySelectorAll('li')].map(text)).to.deep.equal([
      'Documents: inherited → off',
      'Voicemail: inherited → off (changed by both of you)',
    ]);
    expect([...mine!.querySelectorAll('li')].map(text)).to.deep.equal([
      'Voicemail: inherited → off (changed by both of you)',
      'Contacts: inherited → off',
    ]);
    expect(text(panel)).to.contain('Saved by Alex Martin on');
    expect(checked(el, 'contacts'), 'the unsaved change is still shown').to.equal('false');
    expect(api.saves, 'no save while the admin chooses').to.have.length(1);
    await expect(el).to.be.accessible();

    [...panel.querySelectorAll('button')].find((button) => text(button) === 'Keep my changes')!.click();
    await settle(el);
    expect(root(el).querySelector('[part="conflict"]')).to.equal(null);
    expect(api.levels.read(CLIENT).settings).to.deep.equal({ documents: false, voicemail: false, contacts: false });
    expect(checked(el, 'documents'), 'their change shows').to.equal('false');
  });

  it('on 412 "use theirs" takes the other version and drops the unsaved changes', async () => {
    const api = new FakeModulesApi();
    const el = await toggles(api);
    api.levels.changedElsewhere(CLIENT, { documents: false });
    switchOf(el, 'contacts').click();
    await settle(el);
    const panel = root(el).querySelector<HTMLElement>('[part="conflict"]')!;
    [...panel.querySelectorAll('button')].find((button) => text(button) === 'Use theirs')!.click();
    await settle(el);
    expect(root(el).querySelector('[part="conflict"]')).to.equal(null);
    expect(checked(el, 'contacts')).to.equal('true');
    expect(checked(el, 'documents')).to.equal('false');
    expect(api.levels.read(CLIENT).settings).to.deep.equal({ documents: false });
    await expect(el).to.be.accessible();
  });

  it('keeps the draft after a failed save, says why, and Retry saves it', async () => {
    const api = new FakeModulesApi();
    const el = await toggles(api);
    const errors: SuiteErrorEvent[] = [];
    el.addEventListener('suite-error', (event) => errors.push(event));
    api.failNext = new ProblemError('PUT /modules', problem(403, 'forbidden', 'Forbidden'));
    switchOf(el, 'documents').click();
    await settle(el);
    expect(text(root(el).querySelector('[part="error"] p'))).to.equal('You are not allowed to change these modules.');
    expect(checked(el, 'documents')).to.equal('false');
    expect(errors).to.have.length(1);
    await expect(el).to.be.accessible();

    root(el).querySelector<HTMLButtonElement>('[part="error"] button')!.click();
    await settle(el);
    expect(root(el).querySelector('[part="error"]')).to.equal(null);
    expect(api.levels.read(CLIENT).settings).to.deep.equal({ documents: false });
  });

  it('at partner level marks own values "set for all clients" and inherited ones "default"', async () => {
    const api = new FakeModulesApi();
    api.levels.changedElsewhere(PARTNER, { highlight_mobile_offers: true });
    const el = await toggles(api, { level: 'partner' });
    expect(api.reads).to.deep.equal([PARTNER]);
    expect(describedBy(el, 'highlight_mobile_offers').at(-1)).to.equal('Set for all clients');
    expect(describedBy(el, 'voicemail')).to.deep.equal(['Default setting']);
    expect(text(root(el).querySelector('.intro'))).to.contain('every client');
    await expect(el).to.be.accessible();
  });

  it("takes the partner from the signed-in partner admin (the admin property) when partner-id is not given", async () => {
    const api = new FakeModulesApi();
    const partnerAdmin: Me = {
      id: 'a-p',
      displayName: 'Nora Lind',
      email: null,
      role: 'partner_admin',
      scope: { kind: 'partner', partnerId: 'p-9' },
      permissions: ['modules.write'],
      supervisionSessionId: null,
    };
    const el = await fixture<SuiteModuleToggles>(html`<suite-module-toggles level="partner" lang="en" .admin=${partnerAdmin} .api=${api}></suite-module-toggles>`);
    await settle(el);
    expect(api.reads).to.deep.equal([{ level: 'partner', partnerId: 'p-9' }]);
    expect(switchOf(el, 'documents').getAttribute('aria-disabled')).to.equal('false');
  });

  it('follows the client chosen by the parent (client-id), dropping the previous one', async () => {
    const api = new FakeModulesApi();
    api.levels.changedElsewhere({ level: 'client', clientId: 'c-002' }, { documents: false });
    const el = await toggles(api);
    expect(checked(el, 'documents')).to.equal('true');
    el.clientId = 'c-002';
    await settle(el);
    expect(api.reads.at(-1)).to.deep.equal({ level: 'client', clientId: 'c-002' });
    expect(checked(el, 'documents')).to.equal('false');
  });

  it('is read-only for an agency-scoped admin, and asks for a client when none is chosen', async () => {
    const api = new FakeModulesApi();
    const provider = document.createElement('div');
    const admin: Me = {
      id: 'a-1',
      displayName: 'Agency admin',
      email: null,
      role: 'admin',
      scope: { kind: 'agencies', partnerId: 'p-1', clientId: 'c-001', agencyIds: ['ag-1'] },
      permissions: ['users.read'],
      supervisionSessionId: null,
    };
    new ContextProvider(provider, { context: apiContext, initialValue: api as unknown as SuiteApi });
    new ContextProvider(provider, { context: adminContext, initialValue: admin });
    const el = document.createElement('suite-module-toggles');
    el.lang = 'en';
    provider.append(el);
    document.body.append(provider);
    try {
      await settle(el);
      expect(api.reads, "the admin's own client").to.deep.equal([CLIENT]);
      expect(switchOf(el, 'documents').getAttribute('aria-disabled')).to.equal('true');
      switchOf(el, 'documents').click();
      await settle(el);
      expect(checked(el, 'documents')).to.equal('true');
      expect(api.saves).to.deep.equal([]);
      expect(text(root(el).querySelector('.message'))).to.equal('You can see these settings but not change them.');
      await expect(el).to.be.accessible();
    } finally {
      provider.remove();
    }

    const unchosen = await fixture<SuiteModuleToggles>(html`<suite-module-toggles lang="en" .api=${api}></suite-module-toggles>`);
    expect(text(unchosen.shadowRoot!.querySelector('.message'))).to.equal('Choose a client to see its modules.');
    await expect(unchosen).to.be.accessible();
  });

  it('speaks French', async () => {
    const el = await toggles(new FakeModulesApi(), { lang: 'fr' });
    expect(nameOf(switchOf(el, 'voicemail'))).to.equal('Messagerie vocale');
    expect(describedBy(el, 'call_management')).to.deep.equal(['Modifie aussi\u00a0: Journal des appels, Messagerie vocale', 'Réglage par défaut']);
    await expect(el).to.be.accessible();
  });
});
