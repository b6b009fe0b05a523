import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { ConflictError, ProblemError } from '../../src/api/errors.js';
import type { Asset, AssetPurpose } from '../../src/api/schemas/asset.js';
import { BRANDING_FIELDS } from '../../src/api/schemas/branding.js';
import type { BrandingSettings, EffectiveBranding, LevelBranding, ValueSource } from '../../src/api/schemas/branding.js';
import type { Me } from '../../src/api/schemas/me.js';
import type { EffectiveModule } from '../../src/api/schemas/modules.js';
import type { Client, ClientPage } from '../../src/api/schemas/tenancy.js';
import type { LevelTarget } from '../../src/api/suite-api.js';
import '../../src/components/branding-editor/branding-editor.js';
import type { BrandingEditorApi, SuiteBrandingEditor } from '../../src/components/branding-editor/branding-editor.component.js';
import { draftKey } from '../../src/components/branding-editor/branding-draft.js';
import { DEFAULT_BRANDING } from '../../src/theming/default-branding.js';
import { SuiteBeforeLeaveEvent, type SuiteBrandingSavedEvent } from '../../src/events/index.js';

// ---------------------------------------------------------------- a small backend

const PARTNER = 'p-1';
const CLIENT = 'c-001';

function admin(kind: 'partner' | 'client' | 'agencies'): Me {
  return {
    id: `adm-${kind}`,
    displayName: kind === 'partner' ? 'Paula Partner' : 'Sam Super',
    email: null,
    role: kind === 'partner' ? 'partner_admin' : kind === 'client' ? 'super_admin' : 'admin',
    scope:
      kind === 'partner'
        ? { kind: 'partner', partnerId: PARTNER }
        : kind === 'client'
          ? { kind: 'client', partnerId: PARTNER, clientId: CLIENT }
          : { kind: 'agencies', partnerId: PARTNER, clientId: CLIENT, agencyIds: ['ag-1'] },
    permissions: kind === 'agencies' ? ['branding.read'] : ['branding.read', 'branding.write'],
    supervisionSessionId: null,
  };
}

const CLIENTS: Client[] = [
  { id: CLIENT, partnerId: PARTNER, name: 'Atelier Lumière', userCount: 120, hasOwnBranding: true, createdAt: '2026-01-01T00:00:00Z' },
  { id: 'c-002', partnerId: PARTNER, name: 'Boulangerie Soleil', userCount: 8, hasOwnBranding: false, createdAt: '2026-01-02T00:00:00Z' },
];

interface StoredLevel {
  settings: BrandingSettings;
  version: number;
  updatedBy: string | null;
}

/** Each upload is served back from a real image of the test fixtures, so previews load. */
const SERVED_IMAGE = '/test/fixtures/images/logo-48x32.jpg';

/** Levels with versions and ETags, partner -> client inheritance, uploads: what the editor relies on. */
class FakeBackend implements BrandingEditorApi {
  readonly levels = new Map<string, StoredLevel>();
  readonly saves: { target: LevelTarget; settings: BrandingSettings; etag: string }[] = [];
  readonly reads: LevelTarget[] = [];
  readonly uploads: { purpose: AssetPurpose; type: string; bytes: number }[] = [];
  /** Replaces the next save's answer (a server refusal). */
  failNextSave: Error | undefined;

  level(target: LevelTarget): StoredLevel {
    const key = target.level === 'partner' ? `partner:${target.partnerId}` : `client:${target.clientId}`;
    let level = this.levels.get(key);
    if (!level) this.levels.set(key, (level = { settings: {}, version: 0, updatedBy: null }));
    return level;
  }

  /** Another admin saves `settings` directly. */
  saveAsSomeoneElse(target: LevelTarget, settings: BrandingSettings): void {
    const level = this.level(target);
    Object.assign(level, { settings, version: level.version + 1, updatedBy: 'Olivia Other' });
  }

  private etag(target: LevelTarget): string {
    const owner = target.level === 'partner' ? target.partnerId : target.clientId;
    return `"b-${target.level}-${owner}-v${this.level(target).version}"`;
  }

  /** `inherited`: without the level's own settings, as LevelBranding.inherited says. */
  private effective(target: LevelTarget, inherited = false): EffectiveBranding {
    const layers: [ValueSource, BrandingSettings][] = [['partner', this.level({ level: 'partner', partnerId: PARTNER }).settings]];
    if (target.level === 'client') layers.push(['client', this.level(target).settings]);
    if (inherited) layers.pop();
    const entries = BRANDING_FIELDS.map((field) => {
      let sourced: { value: unknown; source: ValueSource } = { value: DEFAULT_BRANDING[field], source: 'default' };
      for (const [source, settings] of layers) {
        if (settings[field] !== undefined) sourced = { value: settings[field] ?? DEFAULT_BRANDING[field], source };
      }
      return [field, sourced];
    });
    return Object.fromEntries(entries) as EffectiveBranding;
  }

  private body(target: LevelTarget): LevelBranding {
    const level = this.level(target);
    return {
      level: target.level,
      ownerId: target.level === 'partner' ? target.partnerId : target.clientId,
      settings: structuredClone(level.settings),
      effective: this.effective(target),
      inherited: this.effective(target, true),
      etag: this.etag(target),
      updatedAt: level.version > 0 ? '2026-03-12T10:30:00Z' : null,
      updatedBy: level.updatedBy,
    };
  }

  async getBranding(target: LevelTarget): Promise<LevelBranding> {
    this.reads.push(target);
    return this.body(target);
  }

  async saveBranding(target: LevelTarget, settings: BrandingSettings, etag: string): Promise<LevelBranding> {
    this.saves.push({ target, settings: structuredClone(settings), etag });
    const failure = this.failNextSave;
    this.failNextSave = undefined;
    if (failure) throw failure;
    if (etag !== this.etag(target)) {
      const problem = { type: 'about:blank', title: 'Precondition failed', status: 412, code: 'precondition_failed' };
      throw new ConflictError('PUT /branding', problem, this.etag(target));
    }
    const level = this.level(target);
    Object.assign(level, { settings: structuredClone(settings), version: level.version + 1, updatedBy: 'Me' });
    return this.body(target);
  }

  async getEffectiveBranding(clientId: string): Promise<EffectiveBranding> {
    return this.effective({ level: 'client', clientId });
  }

  async uploadAsset(purpose: AssetPurpose, image: Blob): Promise<Asset> {
    this.uploads.push({ purpose, type: image.type, bytes: image.size });
    const id = `as-${purpose}-${this.uploads.length}`;
    return { id, purpose, contentType: image.type as Asset['contentType'], width: 10, height: 10, bytes: image.size, createdAt: '2026-03-12T10:30:00Z' };
  }

  assetUrl(): string {
    return SERVED_IMAGE;
  }

  async listClients(): Promise<ClientPage> {
    return { items: CLIENTS, total: CLIENTS.length, nextCursor: null };
  }

  async getModules(target: LevelTarget) {
    return { ...this.body(target), settings: {}, effective: this.modules(), inherited: this.modules() };
  }

  async getEffectiveModules(): Promise<EffectiveModule[]> {
    return this.modules();
  }

  private modules(): EffectiveModule[] {
    return [
      { key: 'dashboard', enabled: true, source: 'default', impacts: [] },
      { key: 'documents', enabled: true, source: 'default', impacts: [] },
    ];
  }
}

// ---------------------------------------------------------------- helpers

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function settle(el: SuiteBrandingEditor): Promise<void> {
  for (let i = 0; i < 4; i++) {
    await pause(0);
    await el.updateComplete;
  }
}

async function until(el: SuiteBrandingEditor, condition: () => boolean, what: string): Promise<void> {
  for (let i = 0; i < 100 && !condition(); i++) await settle(el);
  expect(condition(), what).to.equal(true);
}

interface Options {
  level?: 'partner' | 'client';
  who?: 'partner' | 'client' | 'agencies';
  clientId?: string;
}

async function setup(api: FakeBackend, options: Options = {}): Promise<SuiteBrandingEditor> {
  const el = await fixture<SuiteBrandingEditor>(html`<suite-branding-editor
    level=${options.level ?? 'client'}
    client-id=${options.clientId ?? CLIENT}
    .admin=${admin(options.who ?? 'client')}
    .api=${api}
  ></suite-branding-editor>`);
  await until(el, () => el.shadowRoot!.querySelector('form') !== null, 'the form shows');
  return el;
}

const $ = <T extends Element = HTMLElement>(el: SuiteBrandingEditor, selector: string) => el.shadowRoot!.querySelector<T>(selector);
const squeeze = (value: string | null | undefined) => (value ?? '').replace(/\s+/g, ' ').trim();
const text = (el: SuiteBrandingEditor, selector: string) => squeeze($(el, selector)?.textContent);
const source = (el: SuiteBrandingEditor, field: string) => text(el, `.source[data-field="${field}"]`);
const fieldError = (el: SuiteBrandingEditor, field: string) => text(el, `[data-field="${field}"] .field-error`);
const preview = (el: SuiteBrandingEditor) => $(el, 'suite-selfcare-dashboard') as (HTMLElement & { branding: Record<string, unknown> }) | null;

function typeInto(el: SuiteBrandingEditor, selector: string, value: string, events: ('input' | 'change')[] = ['input']): void {
  const input = $<HTMLInputElement | HTMLTextAreaElement>(el, selector)!;
  input.value = value;
  for (const type of events) input.dispatchEvent(new Event(type, { bubbles: true, composed: true }));
}

async function save(el: SuiteBrandingEditor): Promise<void> {
  $<HTMLButtonElement>(el, '.save')!.click();
  await settle(el);
}

async function pick(el: SuiteBrandingEditor, purpose: AssetPurpose, file: File): Promise<void> {
  const input = $<HTMLInputElement>(el, `#${purpose}-file`)!;
  const transfer = new DataTransfer();
  transfer.items.add(file);
  input.files = transfer.files;
  input.dispatchEvent(new Event('change', { bubbles: true }));
  await pause(20);
  await settle(el);
}

async function fixtureBytes(name: string): Promise<ArrayBuffer> {
  return (await fetch(`/test/fixtures/images/${name}`)).arrayBuffer();
}

/** A PNG signature and IHDR declaring `width` x `height`: all the header check reads. */
function pngHeader(width: number, height: number): Uint8Array<ArrayBuffer> {
  const bytes = new Uint8Array(33);
  bytes.set([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]);
  const view = new DataView(bytes.buffer);
  view.setUint32(16, width);
  view.setUint32(20, height);
  bytes[24] = 8;
  bytes[25] = 2;
  return bytes;
}

const clientTarget: LevelTarget = { level: 'client', clientId: CLIENT };
const partnerTarget: LevelTarget = { level: 'partner', partnerId: PARTNER };

// ---------------------------------------------------------------- tests

describe('<suite-branding-editor>', () => {
  let confirmAnswer: boolean;
  let confirmations: string[];
  const realConfirm = window.confirm;

  beforeEach(() => {
    localStorage.clear();
    confirmAnswer = true;
    confirmations = [];
    window.confirm = (question?: string) => {
      confirmations.push(question ?? '');
      return confirmAnswer;
    };
  });

  afterEach(() => {
    window.confirm = realConfirm;
    localStorage.clear();
  });

  describe('loading and sources', () => {
    it('shows each field with where its value comes from, the preview fed the draft, accessible', async () => {
      const api = new FakeBackend();
      api.level(partnerTarget).settings = { primaryColor: '#0F766E', messageText: 'Hello from the partner' };
      api.level(clientTarget).settings = { textColor: '#FFFFFF' };
      const el = await setup(api);
      expect(source(el, 'primaryColor')).to.equal('Inherited from the partner');
      expect(source(el, 'textColor')).to.equal('Set for this client');
      expect(source(el, 'logoAssetId')).to.equal('Default');
      expect($<HTMLInputElement>(el, '#primary-hex')!.value).to.equal('#0F766E');
      expect($<HTMLTextAreaElement>(el, '#message-text')!.value).to.equal('Hello from the partner');
      await until(el, () => preview(el) !== null, 'the preview shows');
      expect(preview(el)!.branding).to.deep.include({ primaryColor: '#0F766E', textColor: '#FFFFFF', messageText: 'Hello from the partner' });
      await expect(el).to.be.accessible();
    });

    it('a partner admin chooses the level and the client, accessible', async () => {
      const api = new FakeBackend();
      api.level({ level: 'client', clientId: 'c-002' }).settings = { primaryColor: '#B91C1C' };
      const el = await setup(api, { who: 'partner', level: 'partner' });
      expect(source(el, 'primaryColor')).to.equal('Default');
      expect(text(el, '.scope')).to.contain('Partner level');
      await expect(el).to.be.accessible();

      $<HTMLInputElement>(el, 'input[name="level"][value="client"]')!.click();
      await settle(el);
      const picker = $(el, 'suite-client-picker')!;
      await until(el, () => picker.shadowRoot?.querySelector('#client-1') !== null, 'the clients list shows');
      picker.shadowRoot!.querySelector<HTMLElement>('#client-1')!.click();
      await until(el, () => $<HTMLInputElement>(el, '#primary-hex')?.value === '#B91C1C', "the picked client's branding shows");
      expect(el.clientId).to.equal('c-002');
      expect(text(el, '.scope')).to.contain('Boulangerie Soleil only');
      expect(source(el, 'primaryColor')).to.equal('Set for this client');
      await expect(el).to.be.accessible();
    });

    it('is read-only for an admin scoped to agencies, accessible', async () => {
      const el = await setup(new FakeBackend(), { who: 'agencies' });
      expect($<HTMLFieldSetElement>(el, 'fieldset.fields')!.disabled).to.equal(true);
      expect($(el, '.save')).to.equal(null);
      await expect(el).to.be.accessible();
    });
  });

  describe('colours', () => {
    it('keeps the palette, the hex field and the native picker in step, by keyboard too', async () => {
      const el = await setup(new FakeBackend());
      $<HTMLInputElement>(el, 'input[name="primary-swatch"][value="#1F5BD8"]')!.focus();
      await sendKeys({ press: 'ArrowRight' });
      await settle(el);
      expect($<HTMLInputElement>(el, '#primary-hex')!.value).to.equal('#0F766E');
      expect($<HTMLInputElement>(el, '#primary-picker')!.value).to.equal('#0f766e');

      typeInto(el, '#primary-picker', '#b91c1c');
      await settle(el);
      expect($<HTMLInputElement>(el, '#primary-hex')!.value).to.equal('#B91C1C');
      expect($<HTMLInputElement>(el, 'input[name="primary-swatch"][value="#B91C1C"]')!.checked).to.equal(true);

      typeInto(el, '#primary-hex', '#12');
      await settle(el);
      // Half a colour stays in the field, with what is wrong, and never reaches the draft.
      expect($<HTMLInputElement>(el, '#primary-hex')!.value).to.equal('#12');
      expect($<HTMLInputElement>(el, '#primary-hex')!.getAttribute('aria-invalid')).to.equal('true');
      expect(text(el, '#primary-error')).to.contain('#RRGGBB'.slice(0, 1));
      expect(preview(el)!.branding['primaryColor']).to.equal('#B91C1C');
      await expect(el).to.be.accessible();

      typeInto(el, '#primary-hex', '#123abc');
      await settle(el);
      expect($<HTMLInputElement>(el, '#primary-picker')!.value).to.equal('#123abc');
      expect($(el, '#primary-error')).to.equal(null);
      expect(source(el, 'primaryColor')).to.equal('Set for this client');
    });

    it('warns when black text cannot read over #FF0000 -> #00C800 and applies the proposed fix in one click, accessible', async () => {
      const api = new FakeBackend();
      api.level(clientTarget).settings = { primaryColor: '#FF0000', textColor: '#000000', gradient: { from: '#FF0000', to: '#00C800', angle: 90 } };
      const el = await setup(api);
      expect(text(el, '.contrast-summary')).to.equal('The two colours of the gradient are too different to display text well.');
      expect(text(el, '.contrast li.fail')).to.match(/Text over the whole gradient.*3\.48:1.*at 36% of the gradient/);
      await expect(el).to.be.accessible();

      const fix = $<HTMLButtonElement>(el, '.fix')!;
      expect(squeeze(fix.textContent)).to.equal('Apply: gradient #FF3333 → #00C800');
      fix.click();
      await settle(el);
      expect($<HTMLInputElement>(el, '#from-hex')!.value).to.equal('#FF3333');
      expect(text(el, '.contrast-summary')).to.equal('Every contrast passes.');
      expect($(el, '.fix')).to.equal(null);
    });

    it('"use the default colours" sets the three colour fields to the default at this level', async () => {
      const api = new FakeBackend();
      api.level(partnerTarget).settings = { primaryColor: '#0F766E', textColor: '#000000' };
      const el = await setup(api);
      $<HTMLButtonElement>(el, '.use-default[data-field="colors"]')!.click();
      await settle(el);
      expect(source(el, 'primaryColor')).to.equal('Default, chosen for this client');
      expect($<HTMLInputElement>(el, '#primary-hex')!.value).to.equal('#1F5BD8');
      await save(el);
      expect(api.saves[0]!.settings).to.deep.equal({ primaryColor: null, gradient: null, textColor: null });
    });
  });

  describe('images, checked by content', () => {
    it('accepts a PNG renamed .jpg and uploads it typed as PNG', async () => {
      const api = new FakeBackend();
      const el = await setup(api);
      await pick(el, 'logo', new File([await fixtureBytes('logo-600x600.png')], 'logo.jpg', { type: 'image/jpeg' }));
      expect(api.uploads).to.deep.equal([{ purpose: 'logo', type: 'image/png', bytes: 1892 }]);
      expect(source(el, 'logoAssetId')).to.equal('Set for this client');
      expect($<HTMLImageElement>(el, '[data-field="logoAssetId"] .image-preview img')!.getAttribute('src')).to.equal(SERVED_IMAGE);
      expect(fieldError(el, 'logoAssetId')).to.equal('');
      await expect(el).to.be.accessible();
    });

    it('refuses a text file renamed .png, an SVG renamed .png, 601 x 600 and a PNG or JPEG header declaring 20000 x 20000, uploading nothing, accessible', async () => {
      const api = new FakeBackend();
      const el = await setup(api);
      await pick(el, 'logo', new File(['just some text, not an image'], 'logo.png', { type: 'image/png' }));
      expect(fieldError(el, 'logoAssetId')).to.equal('This file is not a PNG or JPEG image (checked by its content, whatever its name).');
      expect($(el, '#logo-file')!.getAttribute('aria-invalid')).to.equal('true');
      await expect(el).to.be.accessible();

      await pick(el, 'logo', new File([await fixtureBytes('svg-renamed.png')], 'logo.png', { type: 'image/png' }));
      expect(fieldError(el, 'logoAssetId')).to.contain('not a PNG or JPEG');

      await pick(el, 'logo', new File([pngHeader(601, 600)], 'wide.png', { type: 'image/png' }));
      expect(fieldError(el, 'logoAssetId')).to.equal('This image is 601 × 600 pixels; at most 600 × 600 are allowed.');

      await pick(el, 'banner', new File([await fixtureBytes('header-only-20000x20000.png')], 'huge.png', { type: 'image/png' }));
      expect(fieldError(el, 'bannerAssetId')).to.equal('This image is 20000 × 20000 pixels; at most 2000 × 2000 are allowed.');
      await pick(el, 'banner', new File([await fixtureBytes('header-only-20000x20000.jpg')], 'huge.jpg', { type: 'image/jpeg' }));
      expect(fieldError(el, 'bannerAssetId'), 'a JPEG frame header alone, no scan to decode').to.equal('This image is 20000 × 20000 pixels; at most 2000 × 2000 are allowed.');

      await pick(el, 'banner', new File([new Uint8Array(3 * 1024 * 1024 + 1)], 'heavy.png', { type: 'image/png' }));
      expect(fieldError(el, 'bannerAssetId')).to.equal('This file is too heavy: at most 3 MB.');
      expect(api.uploads).to.deep.equal([]);
    });

    it('takes a 600 x 600 logo and a JPEG banner; "use the default logo" is its own choice', async () => {
      const api = new FakeBackend();
      const el = await setup(api);
      await pick(el, 'banner', new File([await fixtureBytes('logo-48x32.jpg')], 'banner.jpeg', { type: 'image/jpeg' }));
      expect(api.uploads.map((upload) => upload.type)).to.deep.equal(['image/jpeg']);
      $<HTMLButtonElement>(el, '.use-default[data-field="logoAssetId"]')!.click();
      await settle(el);
      expect(source(el, 'logoAssetId')).to.equal('Default, chosen for this client');
      expect(source(el, 'bannerAssetId')).to.equal('Set for this client');
    });
  });

  describe('dashboard message', () => {
    it('counts user-perceived characters (an emoji is one) and reads the count out once typing pauses', async () => {
      const el = await setup(new FakeBackend());
      typeInto(el, '#message-text', 'Bonjour 👋🏽 à tous 👨‍👩‍👧');
      await settle(el);
      // 18 graphemes: the waving hand with its skin tone and the family are one character each.
      expect(text(el, '#message-counter')).to.equal('132 characters left');
      expect(text(el, '[aria-live="polite"]')).to.equal('');
      await pause(1100);
      await el.updateComplete;
      expect(text(el, '[aria-live="polite"]')).to.equal('132 characters left');

      typeInto(el, '#message-text', '👍'.repeat(150));
      await settle(el);
      expect(text(el, '#message-counter')).to.equal('0 characters left');
      typeInto(el, '#message-text', '👍'.repeat(152));
      await settle(el);
      expect(text(el, '#message-counter')).to.equal('2 characters too many');
      await save(el);
      expect(fieldError(el, 'messageText')).to.equal('At most 150 characters.');
      expect(el.shadowRoot!.activeElement?.id).to.equal('message-text');
      await expect(el).to.be.accessible();
    });

    it('accepts only https:// links (checked with the contract schema), accessible with the error', async () => {
      const api = new FakeBackend();
      const el = await setup(api);
      typeInto(el, '#message-link', 'http://example.com/offers', ['input', 'change']);
      await settle(el);
      expect(fieldError(el, 'messageLink')).to.contain('https://');
      expect(preview(el)!.branding['messageLink']).to.equal(null);
      await expect(el).to.be.accessible();

      typeInto(el, '#message-link', 'javascript:alert(1)', ['input', 'change']);
      await save(el);
      expect(api.saves).to.have.length(0);
      expect(el.shadowRoot!.activeElement?.id).to.equal('message-link');

      typeInto(el, '#message-link', 'https://example.com/offers', ['input', 'change']);
      await settle(el);
      expect(fieldError(el, 'messageLink')).to.equal('');
      expect(preview(el)!.branding['messageLink']).to.equal('https://example.com/offers');
      await save(el);
      expect(api.saves[0]!.settings).to.deep.equal({ messageLink: 'https://example.com/offers' });
    });

    it('shows a message made of markup as text', async () => {
      const el = await setup(new FakeBackend());
      typeInto(el, '#message-text', '<img src=x onerror=alert(1)>');
      await settle(el);
      expect(el.shadowRoot!.querySelector('img[src="x"]')).to.equal(null);
      expect(preview(el)!.branding['messageText']).to.equal('<img src=x onerror=alert(1)>');
    });
  });

  describe('inheritance and reset', () => {
    it('shows a client admin what a field it overrides would inherit, though it cannot read the partner level', async () => {
      const api = new FakeBackend();
      api.level(partnerTarget).settings = { primaryColor: '#0F766E' };
      api.level(clientTarget).settings = { primaryColor: '#B91C1C' };
      const el = await setup(api, { who: 'client' });
      expect(source(el, 'primaryColor')).to.equal('Set for this client');
      $<HTMLButtonElement>(el, '.reset[data-field="primaryColor"]')!.click();
      await settle(el);
      expect(source(el, 'primaryColor')).to.equal('Inherited from the partner');
      expect($<HTMLInputElement>(el, '#primary-hex')!.value).to.equal('#0F766E');
      expect(api.reads.some((target) => target.level === 'partner'), 'the partner level is never read').to.equal(false);
    });

    it('resets one field, then all, to what the level inherits', async () => {
      const api = new FakeBackend();
      api.level(partnerTarget).settings = { primaryColor: '#0F766E', textColor: '#FFFFFF' };
      api.level(clientTarget).settings = { primaryColor: '#B91C1C', textColor: '#F4F6FA', messageText: 'Ours' };
      const el = await setup(api, { who: 'partner' });
      expect(source(el, 'primaryColor')).to.equal('Set for this client');

      $<HTMLButtonElement>(el, '.reset[data-field="primaryColor"]')!.click();
      await settle(el);
      expect(source(el, 'primaryColor')).to.equal('Inherited from the partner');
      expect($<HTMLInputElement>(el, '#primary-hex')!.value).to.equal('#0F766E');
      expect($(el, '.reset[data-field="primaryColor"]')).to.equal(null);
      await expect(el).to.be.accessible();

      $<HTMLButtonElement>(el, '.reset-all')!.click();
      await settle(el);
      expect(source(el, 'textColor')).to.equal('Inherited from the partner');
      expect(source(el, 'messageText')).to.equal('Default');
      await save(el);
      expect(api.saves[0]!.settings).to.deep.equal({});
      expect(api.level(clientTarget).settings).to.deep.equal({});
    });
  });

  describe('saving', () => {
    it('saves with the ETag it read and announces it', async () => {
      const api = new FakeBackend();
      const el = await setup(api);
      const saved: SuiteBrandingSavedEvent[] = [];
      el.addEventListener('suite-branding-saved', (event) => saved.push(event));
      typeInto(el, '#message-text', 'Welcome');
      await save(el);
      expect(api.saves[0]).to.deep.include({ etag: `"b-client-${CLIENT}-v0"`, settings: { messageText: 'Welcome' } });
      expect(saved[0]!.branding.etag).to.equal(`"b-client-${CLIENT}-v1"`);
      expect(text(el, '.notice')).to.contain('Saved');
      expect(el.dirty).to.equal(false);
      expect(localStorage.getItem(draftKey('client', CLIENT))).to.equal(null);
    });

    it('412: shows what the other admin changed, theirs against mine, lets the admin choose, and loses nothing', async () => {
      const api = new FakeBackend();
      api.level(clientTarget).settings = { primaryColor: '#1F5BD8', messageText: 'Old text' };
      const el = await setup(api);
      // Mine: a new primary and a new text colour.
      typeInto(el, '#primary-hex', '#B91C1C');
      typeInto(el, '#text-hex', '#F4F6FA');
      await settle(el);
      // Theirs, meanwhile: another primary and another message.
      api.saveAsSomeoneElse(clientTarget, { primaryColor: '#6D28D9', messageText: 'New text from Olivia' });
      await save(el);

      expect(text(el, '#conflict-title')).to.equal('Someone else saved this branding meanwhile');
      expect(el.shadowRoot!.activeElement?.id).to.equal('conflict-title');
      expect(text(el, '[part~="conflict"] p')).to.contain('Olivia Other');
      const fields = [...el.shadowRoot!.querySelectorAll<HTMLElement>('.conflict-field')].map((node) => node.dataset['field']);
      expect(fields).to.deep.equal(['primaryColor', 'messageText']);
      expect(text(el, '.conflict-field[data-field="primaryColor"]')).to.equal('Primary colour Theirs: #6D28D9 Yours: #B91C1C');
      // Changed on both sides: mine is proposed; changed only by them: theirs is.
      expect($<HTMLInputElement>(el, 'input[name="conflict-primaryColor"][value="mine"]')!.checked).to.equal(true);
      expect($<HTMLInputElement>(el, 'input[name="conflict-messageText"][value="theirs"]')!.checked).to.equal(true);
      // Meanwhile the form shows the proposal: their message, my primary colour.
      expect($<HTMLTextAreaElement>(el, '#message-text')!.value).to.equal('New text from Olivia');
      expect($<HTMLInputElement>(el, '#primary-hex')!.value).to.equal('#B91C1C');
      // Saving again is refused until the admin chooses.
      await save(el);
      expect(api.saves).to.have.length(1);
      await expect(el).to.be.accessible();

      $<HTMLInputElement>(el, 'input[name="conflict-primaryColor"][value="theirs"]')!.click();
      $<HTMLButtonElement>(el, '.apply-choices')!.click();
      await settle(el);
      expect($(el, '[part~="conflict"]')).to.equal(null);
      expect($<HTMLInputElement>(el, '#primary-hex')!.value).to.equal('#6D28D9');
      expect($<HTMLInputElement>(el, '#text-hex')!.value).to.equal('#F4F6FA');
      expect($<HTMLTextAreaElement>(el, '#message-text')!.value).to.equal('New text from Olivia');
      await save(el);
      expect(api.saves[1]!.etag).to.equal(`"b-client-${CLIENT}-v1"`);
      expect(api.level(clientTarget).settings).to.deep.equal({ primaryColor: '#6D28D9', messageText: 'New text from Olivia', textColor: '#F4F6FA' });
    });

    it('shows a server field error next to its field and keeps the draft', async () => {
      const api = new FakeBackend();
      const el = await setup(api);
      await pick(el, 'logo', new File([await fixtureBytes('logo-600x600.png')], 'logo.png', { type: 'image/png' }));
      typeInto(el, '#message-text', 'Keep me');
      api.failNextSave = new ProblemError('PUT /clients/c-001/branding', {
        type: 'about:blank',
        title: 'Validation failed',
        status: 422,
        code: 'validation_failed',
        errors: [{ path: 'logoAssetId', code: 'unknown_asset', message: 'no uploaded image has this id' }],
      });
      await save(el);
      expect(fieldError(el, 'logoAssetId')).to.equal('This image is no longer available: upload it again.');
      expect(el.dirty).to.equal(true);
      expect($<HTMLTextAreaElement>(el, '#message-text')!.value).to.equal('Keep me');
      expect(JSON.parse(localStorage.getItem(draftKey('client', CLIENT))!).settings).to.deep.include({ messageText: 'Keep me' });
      await expect(el).to.be.accessible();
    });
  });

  describe('unsaved work', () => {
    it('comes back after the element is re-created (a reload), accessible', async () => {
      const api = new FakeBackend();
      const first = await setup(api);
      typeInto(first, '#message-text', 'Half-written message');
      typeInto(first, '#primary-hex', '#15803D');
      await settle(first);
      first.remove();

      const again = await setup(api);
      expect($<HTMLTextAreaElement>(again, '#message-text')!.value).to.equal('Half-written message');
      expect($<HTMLInputElement>(again, '#primary-hex')!.value).to.equal('#15803D');
      expect(text(again, '.notice')).to.contain('unsaved changes from last time are back');
      expect(again.dirty).to.equal(true);
      await expect(again).to.be.accessible();

      $<HTMLButtonElement>(again, '.discard')!.click();
      await settle(again);
      expect($<HTMLTextAreaElement>(again, '#message-text')!.value).to.equal('');
      expect(localStorage.getItem(draftKey('client', CLIENT))).to.equal(null);
    });

    it('a draft older than the server version comes back as a choice, not as an overwrite', async () => {
      const api = new FakeBackend();
      const first = await setup(api);
      typeInto(first, '#message-text', 'Mine');
      await settle(first);
      first.remove();
      api.saveAsSomeoneElse(clientTarget, { messageText: 'Theirs' });

      const again = await setup(api);
      expect(text(again, '.notice')).to.contain('someone saved this branding since');
      expect(text(again, '.conflict-field[data-field="messageText"]')).to.equal('Message Theirs: “Theirs” Yours: “Mine”');
    });

    it('asks before leaving only when something is unsaved', async () => {
      const el = await setup(new FakeBackend());
      const leave = () => window.dispatchEvent(new SuiteBeforeLeaveEvent({ destination: '/users' }));
      const unload = () => {
        const event = new Event('beforeunload', { cancelable: true });
        window.dispatchEvent(event);
        return event.defaultPrevented;
      };
      expect(leave()).to.equal(true);
      expect(unload()).to.equal(false);
      expect(confirmations).to.have.length(0);

      typeInto(el, '#message-text', 'Unsaved');
      await settle(el);
      confirmAnswer = false;
      expect(leave(), 'the admin stays').to.equal(false);
      expect(confirmations).to.have.length(1);
      confirmAnswer = true;
      expect(leave(), 'the admin leaves').to.equal(true);
      expect(unload()).to.equal(true);

      await save(el);
      expect(leave()).to.equal(true);
      expect(unload()).to.equal(false);
      expect(confirmations).to.have.length(2);
    });
  });

  it('speaks French', async () => {
    const el = await fixture<SuiteBrandingEditor>(html`<suite-branding-editor
      lang="fr"
      client-id=${CLIENT}
      .admin=${admin('client')}
      .api=${new FakeBackend()}
    ></suite-branding-editor>`);
    await until(el, () => el.shadowRoot!.querySelector('form') !== null, 'the form shows');
    expect(text(el, 'h2')).to.equal('Personnalisation');
    expect(text(el, '#message-counter')).to.equal('150 caractères restants');
  });
});
