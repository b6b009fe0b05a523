import { consume } from '@lit/context';
import { Task } from '@lit/task';
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { styleProperties } from '../style-properties.js';
import { isAbortError, isSuiteApiError, ProblemError } from '../../api/errors.js';
import { isHttpsUrl } from '../../api/https-url.js';
import { ASSET_LIMITS } from '../../api/schemas/asset.js';
import type { AssetPurpose } from '../../api/schemas/asset.js';
import { BrandingSettings, MESSAGE_MAX_GRAPHEMES } from '../../api/schemas/branding.js';
import type { BrandingField, BrandingLevel, Gradient, LevelBranding } from '../../api/schemas/branding.js';
import { graphemeCount } from '../../api/schemas/common.js';
import type { Me } from '../../api/schemas/me.js';
import type { LevelTarget, SuiteApi } from '../../api/suite-api.js';
import { adminContext } from '../../context/admin-context.js';
import { apiContext } from '../../context/api-context.js';
import { LocalizeController } from '../../controllers/localize-controller.js';
import { SuiteBrandingSavedEvent } from '../../events/suite-branding-saved-event.js';
import type { SuiteClientSelectEvent } from '../../events/suite-client-select-event.js';
import { SuiteErrorEvent } from '../../events/suite-error-event.js';
import { brandingEditorMessages } from '../../i18n/branding-editor.js';
import { checkBrandingContrast, type BrandingContrast, type ContrastFix } from '../../theming/contrast.js';
import { SuiteElement } from '../suite-element.js';
import type { DashboardModule } from '../selfcare-dashboard/selfcare-dashboard.component.js';
import { isDisplayableImageUrl } from '../selfcare-dashboard/image-url.js';
import { BrandingDraft, type BrandingValues, type ResolvedField } from './branding-draft.js';
import { brandingEditorStyles } from './branding-editor.styles.js';
import { renderColorField, type PaletteKey } from './color-field.js';
import { checkImage, type ImageRefusal } from './image-check.js';
import { LeaveGuardController } from './leave-guard.controller.js';

/** The calls this element makes; a partner's adapter (or a test) implements only these. */
export type BrandingEditorApi = Pick<
  SuiteApi,
  'getBranding' | 'saveBranding' | 'uploadAsset' | 'assetUrl' | 'listClients' | 'getModules' | 'getEffectiveModules' | 'getEffectiveBranding'
>;

type FieldErrors = Partial<Record<BrandingField, string>>;
/** The hex fields: one per colour, two for the gradient's stops. */
type ColorSlot = 'primaryColor' | 'textColor' | 'from' | 'to';

const DEFAULT_GRADIENT_ANGLE = 90;
const MEGABYTE = 1024 * 1024;
/** How long typing must pause before the characters-left count is read out. */
const COUNTER_ANNOUNCE_DELAY_MS = 1000;

const IMAGE_FIELDS: Record<AssetPurpose, 'logoAssetId' | 'bannerAssetId'> = { logo: 'logoAssetId', banner: 'bannerAssetId' };
/** Where focus goes for a field that needs fixing. */
const FIELD_CONTROLS: Record<BrandingField, string> = {
  logoAssetId: '#logo-file',
  primaryColor: '#primary-hex',
  gradient: '#from-hex',
  textColor: '#text-hex',
  bannerAssetId: '#banner-file',
  messageLink: '#message-link',
  messageText: '#message-text',
};
const FIELD_ORDER = Object.keys(FIELD_CONTROLS) as BrandingField[];

/**
 * Brands the selfcare dashboard at one level: the partner's (what every
 * client inherits) or one client's. A partner admin picks the client with
 * `<suite-client-picker>`. Logo, colours (palette, hex code and the browser's
 * picker in step; optional two-stop gradient) with a live WCAG contrast panel
 * that proposes one-click fixes, and the dashboard message (banner, https
 * link, 150-character text), each showing where its value comes from and
 * resettable to what it inherits. A live `<suite-selfcare-dashboard>` shows
 * the draft. Saves with `If-Match`; when someone saved meanwhile, the admin
 * sees what they changed, field by field, and chooses. Unsaved work is kept
 * in localStorage (per level and owner) and leaving asks first.
 *
 * @tagname suite-branding-editor
 * @summary Edit a partner's or a client's branding, with contrast checks, live preview and safe concurrent saves.
 *
 * @fires {SuiteBrandingSavedEvent} suite-branding-saved - The level was saved; carries it as the server now has it.
 * @fires {SuiteClientSelectEvent} suite-client-select - From the inner client picker (partner admins): the client being edited changes unless cancelled.
 * @fires {SuiteErrorEvent} suite-error - Loading, uploading or saving failed (the editor shows it too).
 *
 * @csspart base - The wrapper.
 * @csspart header - Title, level choice and client picker.
 * @csspart form - The fields.
 * @csspart field - Each field group (logo, colours, message parts).
 * @csspart source - Where a field's value comes from (default, partner, client).
 * @csspart reset-button - "Reset to inherited" of one field.
 * @csspart contrast - The contrast panel.
 * @csspart conflict - What another admin changed, to choose from.
 * @csspart preview - The live preview.
 * @csspart footer - Save, discard and reset-all.
 * @csspart save-button - Save.
 *
 * @cssproperty --suite-branding-editor-preview-width - Inline size of the preview column. Default `min(100%, 28rem)`.
 */
export class SuiteBrandingEditor extends SuiteElement {
  static override styles = brandingEditorStyles;

  protected readonly localize = new LocalizeController(this, brandingEditorMessages);

  /** Which level is edited: `partner` (what all clients inherit) or `client`. */
  @property({ reflect: true }) level: BrandingLevel = 'client';

  /** The client edited at client level; a partner admin may also pick it in the editor. */
  @property({ attribute: 'client-id', reflect: true }) clientId?: string;

  /** The partner edited at partner level; defaults to the signed-in admin's partner. */
  @property({ attribute: 'partner-id' }) partnerId?: string;

  /** A backend client set directly; wins over the one provided by `apiContext`. */
  @property({ attribute: false }) api?: BrandingEditorApi;

  @consume({ context: apiContext, subscribe: true })
  @state()
  protected providedApi?: BrandingEditorApi;

  /** The signed-in admin: a partner admin gets the level choice and the client picker. */
  @consume({ context: adminContext, subscribe: true })
  @property({ attribute: false })
  admin?: Me;

  @state() private fieldErrors: FieldErrors = {};
  @state() private typedHex: Partial<Record<ColorSlot, string>> = {};
  @state() private notice = '';
  @state() private requestError = '';
  @state() private saving = false;
  @state() private uploading: Partial<Record<AssetPurpose, boolean>> = {};
  @state() private conflictChoices: Partial<Record<BrandingField, boolean>> = {};
  @state() private counterAnnouncement = '';
  @state() private clientName = '';
  /** The modules the previewed dashboard shows tiles for. */
  @state() private previewModules: readonly DashboardModule[] | undefined;

  private counterTimer: ReturnType<typeof setTimeout> | undefined;
  private contrastMemo: { key: string; report: BrandingContrast } | undefined;

  private readonly draft = new BrandingDraft(this);

  /** Unsaved changes: leaving (unload, or the host's `suite-before-leave`) asks first. */
  get dirty(): boolean {
    return this.draft.dirty;
  }

  private readonly leaveGuard = new LeaveGuardController(
    this,
    () => this.draft.dirty,
    () => this.localize.term('brandingEditor.leaveQuestion'),
  );

  private readonly loadTask = new Task(this, {
    args: () => [this.currentApi, this.target?.level, this.targetOwner] as const,
    task: async ([api, level, ownerId], { signal }): Promise<LevelBranding | undefined> => {
      if (!api || !level || !ownerId) return undefined;
      const target: LevelTarget = level === 'partner' ? { level, partnerId: ownerId } : { level, clientId: ownerId };
      try {
        const [branding, modules] = await Promise.all([
          api.getBranding(target, { signal }),
          // Only for the preview's tiles: without them the branding can still be edited.
          (level === 'partner' ? api.getModules(target, { signal }).then((own) => own.effective) : api.getEffectiveModules(ownerId, { signal })).catch(
            () => undefined,
          ),
        ]);
        this.previewModules = modules;
        this.fieldErrors = {};
        this.typedHex = {};
        this.requestError = '';
        this.draft.load(branding);
        this.conflictChoices = this.defaultChoices();
        this.notice = this.draft.conflict
          ? this.localize.term('brandingEditor.conflict.restored')
          : this.draft.restored
            ? this.localize.term('brandingEditor.restored')
            : '';
        return branding;
      } catch (error) {
        if (!signal.aborted && !isAbortError(error)) this.reportError(error);
        throw error;
      }
    },
  });

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.counterTimer);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('level') || changed.has('clientId')) {
      this.notice = '';
      this.requestError = '';
    }
  }

  private get currentApi(): BrandingEditorApi | undefined {
    return this.api ?? this.providedApi;
  }

  private get isPartnerAdmin(): boolean {
    return this.admin?.scope.kind === 'partner';
  }

  private get target(): LevelTarget | undefined {
    if (this.level === 'partner') {
      const partnerId = this.partnerId ?? this.admin?.scope.partnerId;
      return partnerId ? { level: 'partner', partnerId } : undefined;
    }
    const scope = this.admin?.scope;
    const clientId = this.clientId ?? (scope && scope.kind !== 'partner' ? scope.clientId : undefined);
    return clientId ? { level: 'client', clientId } : undefined;
  }

  private get targetOwner(): string | undefined {
    const target = this.target;
    return target ? (target.level === 'partner' ? target.partnerId : target.clientId) : undefined;
  }

  /** The server refuses changes without `branding.write`, and from an admin scoped to agencies. */
  private get readOnly(): boolean {
    const admin = this.admin;
    return admin !== undefined && (!admin.permissions.includes('branding.write') || admin.scope.kind === 'agencies');
  }

  // ------------------------------------------------------------------ render

  override render(): TemplateResult {
    const term = this.localize.term.bind(this.localize);
    const loaded = this.draft.base !== undefined && this.draft.base.ownerId === this.targetOwner && this.draft.base.level === this.level;
    return html`
      <div part="base" class="base" lang=${this.localize.locale}>
        <!-- Not a <header>: at the top of a shadow root it is one more banner landmark beside the portal\'s own. -->
        <div part="header" class="header">
          <h2>${term('brandingEditor.title')}</h2>
          <p class="scope">${this.scopeText()}</p>
          ${this.isPartnerAdmin ? this.renderLevelChoice() : nothing}
          ${this.isPartnerAdmin && this.level === 'client'
            ? html`<suite-client-picker .api=${this.currentApi} .value=${this.clientId ?? ''} @suite-client-select=${this.onClientSelect}></suite-client-picker>`
            : nothing}
        </div>
        <p class="notice" role="status">${this.notice}</p>
        ${this.requestError ? html`<p class="request-error" role="alert">${this.requestError}</p>` : nothing}
        ${!this.target
          ? html`<p class="hint">${term(this.level === 'client' ? 'brandingEditor.pickClient' : 'brandingEditor.noPartner')}</p>`
          : this.loadTask.render({
              pending: () => (loaded ? this.renderEditor() : html`<p class="hint">${term('brandingEditor.loading')}</p>`),
              complete: () => (loaded ? this.renderEditor() : nothing),
              error: (error) => html`<div class="request-error" role="alert">
                <p>${this.localize.describeError(error, term('brandingEditor.loadFailed'))}</p>
                <button type="button" class="secondary" @click=${() => void this.loadTask.run()}>${term('error.retry')}</button>
              </div>`,
            })}
      </div>
    `;
  }

  private scopeText(): string {
    const term = this.localize.term.bind(this.localize);
    if (this.level === 'partner') return term('brandingEditor.scope.partner');
    return this.clientName ? term('brandingEditor.scope.namedClient', { name: this.clientName }) : term('brandingEditor.scope.client');
  }

  private renderLevelChoice(): TemplateResult {
    const term = this.localize.term.bind(this.localize);
    const option = (level: BrandingLevel, label: string) => html`<label class="choice">
      <input type="radio" name="level" .value=${level} .checked=${this.level === level} @change=${() => (this.level = level)} />
      <span>${label}</span>
    </label>`;
    return html`<fieldset class="level">
      <legend>${term('brandingEditor.level.legend')}</legend>
      ${option('partner', term('brandingEditor.level.partner'))} ${option('client', term('brandingEditor.level.client'))}
    </fieldset>`;
  }

  private renderEditor(): TemplateResult {
    const term = this.localize.term.bind(this.localize);
    const values = this.draft.values();
    const dirty = this.draft.dirty;
    const ownsAny = Object.keys(this.draft.settings).length > 0;
    return html`
      ${this.draft.conflict ? this.renderConflict() : nothing}
      ${this.readOnly ? html`<p class="hint">${term('brandingEditor.readOnly')}</p>` : nothing}
      <div class="layout">
        <form part="form" class="form" novalidate @submit=${this.onSubmit}>
          <fieldset class="fields" ?disabled=${this.readOnly}>
            <legend class="visually-hidden">${term('brandingEditor.title')}</legend>
            ${this.renderImageField('logo')} ${this.renderColors(values)} ${this.renderMessage(values)}
          </fieldset>
          <div part="footer" class="footer">
            ${ownsAny && !this.readOnly
              ? html`<button type="button" class="secondary reset-all" @click=${this.onResetAll}>
                  ${term(this.level === 'partner' ? 'brandingEditor.resetAll.partner' : 'brandingEditor.resetAll.client')}
                </button>`
              : nothing}
            ${dirty && !this.readOnly
              ? html`<button type="button" class="secondary discard" @click=${this.onDiscard}>${term('brandingEditor.discard')}</button>`
              : nothing}
            ${this.readOnly
              ? nothing
              : html`<button part="save-button" class="save" type="submit" aria-disabled=${this.saving || !dirty ? 'true' : 'false'}>
                  ${term(this.saving ? 'brandingEditor.saving' : 'brandingEditor.save')}
                </button>`}
          </div>
        </form>
        <section part="preview" class="preview" aria-labelledby="preview-title">
          <h3 id="preview-title">${term('brandingEditor.preview')}</h3>
          ${this.renderPreview(values)}
        </section>
      </div>
    `;
  }

  /** The live preview: the end user's dashboard, branded with the draft. */
  private renderPreview(values: BrandingValues): TemplateResult {
    return html`<suite-selfcare-dashboard
      .api=${this.currentApi}
      .branding=${this.previewBranding(values)}
      .modules=${this.previewModules ?? []}
      .brandName=${this.clientName || undefined}
    ></suite-selfcare-dashboard>`;
  }

  /** The draft as the dashboard may show it: a link not yet valid never reaches an href. */
  private previewBranding(values: BrandingValues): BrandingValues {
    return { ...values, messageLink: values.messageLink && isHttpsUrl(values.messageLink) ? values.messageLink : null };
  }

  // ------------------------------------------------------------------ field heads

  private sourceText(resolved: ResolvedField<BrandingField>): string {
    const term = this.localize.term.bind(this.localize);
    const level = this.level;
    switch (resolved.ownership) {
      case 'own':
        return term(level === 'partner' ? 'brandingEditor.source.ownPartner' : 'brandingEditor.source.ownClient');
      case 'default':
        return term(level === 'partner' ? 'brandingEditor.source.defaultPartner' : 'brandingEditor.source.defaultClient');
      default:
        return term(resolved.source === 'partner' ? 'brandingEditor.source.partner' : 'brandingEditor.source.default');
    }
  }

  /** Where the value comes from, and the way back to what the level inherits. */
  private renderSource(field: BrandingField, label: string): TemplateResult {
    const resolved = this.draft.resolveField(field);
    return html`<div class="source-row">
      <span part="source" class="source" data-field=${field} data-source=${resolved.source} data-ownership=${resolved.ownership}>
        ${this.sourceText(resolved)}
      </span>
      ${resolved.ownership !== 'inherited' && !this.readOnly
        ? html`<button part="reset-button" type="button" class="link reset" data-field=${field} @click=${() => this.resetField(field)}>
            ${this.localize.term('brandingEditor.resetField')}<span class="visually-hidden">: ${label}</span>
          </button>`
        : nothing}
    </div>`;
  }

  /** Where an asset may be shown from: the api's URL, only if it is safe for an `src`. */
  private imageUrl(assetId: string | null): string | undefined {
    const url = assetId && this.currentApi ? this.currentApi.assetUrl(assetId) : undefined;
    return url && isDisplayableImageUrl(url) ? url : undefined;
  }

  private renderFieldError(field: BrandingField): TemplateResult | typeof nothing {
    const error = this.fieldErrors[field];
    return error ? html`<p class="field-error" id=${`${field}-error`}>${error}</p>` : nothing;
  }

  private describedBy(field: BrandingField, ...others: string[]): string | typeof nothing {
    const ids = [...others, ...(this.fieldErrors[field] ? [`${field}-error`] : [])];
    return ids.length > 0 ? ids.join(' ') : nothing;
  }

  // ------------------------------------------------------------------ images

  private renderImageField(purpose: AssetPurpose): TemplateResult {
    const term = this.localize.term.bind(this.localize);
    const field = IMAGE_FIELDS[purpose];
    const label = term(`brandingEditor.${purpose}.label`);
    const url = this.imageUrl(this.draft.resolveField(field).value);
    return html`<div part="field" class="field image-field" data-field=${field}>
      ${purpose === 'logo' ? html`<h3>${label}</h3>` : html`<h4>${label}</h4>`}
      ${this.renderSource(field, label)}
      <div class="image-preview">
        ${url
          ? html`<img src=${url} alt=${term(`brandingEditor.${purpose}.alt`)} />`
          : html`<span class="placeholder">${term(`brandingEditor.${purpose}.none`)}</span>`}
      </div>
      <label for=${`${purpose}-file`}>${term(`brandingEditor.${purpose}.upload`)}</label>
      <input
        id=${`${purpose}-file`}
        type="file"
        accept="image/png,image/jpeg"
        aria-describedby=${this.describedBy(field, `${purpose}-rules`)}
        aria-invalid=${this.fieldErrors[field] ? 'true' : 'false'}
        @change=${(event: Event) => void this.onImagePicked(purpose, event)}
      />
      <p class="hint" id=${`${purpose}-rules`}>${term(`brandingEditor.${purpose}.rules`)}</p>
      ${this.uploading[purpose] ? html`<p class="hint" role="status">${term('brandingEditor.uploading')}</p>` : nothing}
      ${this.renderFieldError(field)}
      <button type="button" class="secondary use-default" data-field=${field} @click=${() => this.useDefault(field)}>
        ${term(`brandingEditor.${purpose}.useDefault`)}
      </button>
    </div>`;
  }

  private async onImagePicked(purpose: AssetPurpose, event: Event): Promise<void> {
    const input = event.target as HTMLInputElement;
    const file = input.files?.[0];
    // Cleared so that picking the same file again after fixing it still fires `change`.
    input.value = '';
    const api = this.currentApi;
    if (!file || !api) return;
    const field = IMAGE_FIELDS[purpose];
    this.clearError(field);
    const check = await checkImage(file, purpose);
    if (!check.ok) {
      this.fieldErrors = { ...this.fieldErrors, [field]: this.refusalText(check.refusal) };
      return;
    }
    this.uploading = { ...this.uploading, [purpose]: true };
    try {
      const asset = await api.uploadAsset(purpose, check.image.blob);
      this.draft.set(field, asset.id);
    } catch (error) {
      if (isAbortError(error)) return;
      this.reportError(error);
      this.fieldErrors = { ...this.fieldErrors, [field]: this.uploadFailureText(error, purpose) };
    } finally {
      this.uploading = { ...this.uploading, [purpose]: false };
    }
  }

  private refusalText(refusal: ImageRefusal): string {
    const term = this.localize.term.bind(this.localize);
    switch (refusal.reason) {
      case 'too-heavy':
        return term('brandingEditor.image.tooHeavy', { megabytes: refusal.maxBytes / MEGABYTE });
      case 'not-png-or-jpeg':
        return term('brandingEditor.image.notPngOrJpeg');
      case 'corrupt':
        return term('brandingEditor.image.corrupt');
      case 'too-large':
        return term('brandingEditor.image.tooLarge', refusal);
    }
  }

  private uploadFailureText(error: unknown, purpose: AssetPurpose): string {
    const term = this.localize.term.bind(this.localize);
    if (error instanceof ProblemError) {
      if (error.status === 415) return term('brandingEditor.image.notPngOrJpeg');
      if (error.status === 413) return term('brandingEditor.image.tooHeavy', { megabytes: ASSET_LIMITS[purpose].maxBytes / MEGABYTE });
      if (error.code === 'image_too_large') return term('brandingEditor.image.tooLargeServer');
    }
    return this.localize.describeError(error, term('brandingEditor.image.uploadFailed'));
  }

  // ------------------------------------------------------------------ colours

  private renderColors(values: BrandingValues): TemplateResult {
    const term = this.localize.term.bind(this.localize);
    const gradient = values.gradient;
    return html`<div part="field" class="field colors">
      <h3>${term('brandingEditor.colors.title')}</h3>
      <fieldset class="color-group" data-field="primaryColor">
        <legend>${term('brandingEditor.primary.label')}</legend>
        ${this.renderSource('primaryColor', term('brandingEditor.primary.label'))}
        ${this.renderColor('primaryColor', term('brandingEditor.primary.label'), values.primaryColor, (hex) => this.draft.set('primaryColor', hex))}
      </fieldset>
      <fieldset class="color-group" data-field="gradient">
        <legend>${term('brandingEditor.gradient.label')}</legend>
        ${this.renderSource('gradient', term('brandingEditor.gradient.label'))}
        <label class="choice">
          <input type="checkbox" class="use-gradient" .checked=${gradient !== null} @change=${this.onGradientToggle} />
          <span>${term('brandingEditor.gradient.use')}</span>
        </label>
        ${gradient ? this.renderGradient(gradient) : nothing}
        ${this.typedHex.from === undefined && this.typedHex.to === undefined ? this.renderFieldError('gradient') : nothing}
      </fieldset>
      <fieldset class="color-group" data-field="textColor">
        <legend>${term('brandingEditor.text.label')}</legend>
        ${this.renderSource('textColor', term('brandingEditor.text.label'))}
        ${this.renderColor('textColor', term('brandingEditor.text.label'), values.textColor, (hex) => this.draft.set('textColor', hex))}
      </fieldset>
      <button type="button" class="secondary use-default" data-field="colors" @click=${this.onDefaultColors}>${term('brandingEditor.colors.useDefault')}</button>
      ${this.renderContrast(values)}
    </div>`;
  }

  private renderColor(slot: ColorSlot, label: string, value: string, onColor: (hex: string) => void): TemplateResult {
    const term = this.localize.term.bind(this.localize);
    const ids: Record<ColorSlot, string> = { primaryColor: 'primary', textColor: 'text', from: 'from', to: 'to' };
    const field: BrandingField = slot === 'from' || slot === 'to' ? 'gradient' : slot;
    const typed = this.typedHex[slot];
    return renderColorField({
      id: ids[slot],
      label,
      value,
      typed,
      // A stop shows only its own half-typed code; any other gradient error shows under the whole gradient.
      error: typed !== undefined || field !== 'gradient' ? this.fieldErrors[field] : undefined,
      words: {
        hex: term('brandingEditor.color.hex'),
        picker: term('brandingEditor.color.picker'),
        palette: term('brandingEditor.color.palette'),
        swatch: (key: PaletteKey, hex: string) => term('brandingEditor.color.swatch', { name: term(`brandingEditor.palette.${key}`), hex }),
      },
      onColor: (hex) => {
        this.forgetTyped(slot);
        this.clearError(field);
        onColor(hex);
      },
      onTyped: (text, valid) => {
        if (valid) return;
        this.typedHex = { ...this.typedHex, [slot]: text };
        this.fieldErrors = { ...this.fieldErrors, [field]: term('brandingEditor.color.invalid') };
      },
    });
  }

  private forgetTyped(slot: ColorSlot): void {
    if (this.typedHex[slot] === undefined) return;
    const { [slot]: _, ...rest } = this.typedHex;
    this.typedHex = rest;
  }

  private renderGradient(gradient: Gradient): TemplateResult {
    const term = this.localize.term.bind(this.localize);
    const setStop = (stop: 'from' | 'to') => (hex: string) => this.draft.set('gradient', { ...gradient, [stop]: hex });
    const angle = gradient.angle ?? DEFAULT_GRADIENT_ANGLE;
    return html`<div class="gradient">
      <div
        class="gradient-sample"
        aria-hidden="true"
        style=${styleProperties({ background: `linear-gradient(${angle}deg, ${gradient.from}, ${gradient.to})` })}
      ></div>
      <div class="stop">
        <span class="stop-label">${term('brandingEditor.gradient.from')}</span>
        ${this.renderColor('from', term('brandingEditor.gradient.from'), gradient.from, setStop('from'))}
      </div>
      <div class="stop">
        <span class="stop-label">${term('brandingEditor.gradient.to')}</span>
        ${this.renderColor('to', term('brandingEditor.gradient.to'), gradient.to, setStop('to'))}
      </div>
      <label for="gradient-angle">${term('brandingEditor.gradient.angle')}</label>
      <div class="angle">
        <input
          id="gradient-angle"
          type="range"
          min="0"
          max="360"
          step="5"
          .value=${String(angle)}
          aria-valuetext=${term('brandingEditor.gradient.degrees', { angle })}
          @input=${(event: Event) => this.draft.set('gradient', { ...gradient, angle: Number((event.target as HTMLInputElement).value) })}
        />
        <output for="gradient-angle">${term('brandingEditor.gradient.degrees', { angle })}</output>
      </div>
    </div>`;
  }

  private onGradientToggle(event: Event): void {
    const on = (event.target as HTMLInputElement).checked;
    const values = this.draft.values();
    this.forgetTyped('from');
    this.forgetTyped('to');
    this.clearError('gradient');
    // A new gradient starts from the primary colour towards a darker shade of it, which the admin then adjusts.
    this.draft.set('gradient', on ? { from: values.primaryColor, to: '#1B1F29', angle: DEFAULT_GRADIENT_ANGLE } : null);
  }

  private onDefaultColors(): void {
    for (const slot of ['primaryColor', 'textColor', 'from', 'to'] as const) this.forgetTyped(slot);
    for (const field of ['primaryColor', 'gradient', 'textColor'] as const) this.clearError(field);
    this.draft.update({ primaryColor: null, gradient: null, textColor: null });
  }

  private contrastOf(values: BrandingValues): BrandingContrast {
    const colors = { primaryColor: values.primaryColor, textColor: values.textColor, gradient: values.gradient };
    const key = JSON.stringify(colors);
    if (this.contrastMemo?.key !== key) this.contrastMemo = { key, report: checkBrandingContrast(colors) };
    return this.contrastMemo.report;
  }

  private renderContrast(values: BrandingValues): TemplateResult {
    const term = this.localize.term.bind(this.localize);
    const report = this.contrastOf(values);
    const ratio = (value: number) => this.localize.formatNumber(value, { maximumFractionDigits: 2 });
    const line = (label: string, check: { ratio: number; required: number; passes: boolean }, detail = '') => html`<li
      class=${check.passes ? 'pass' : 'fail'}
    >
      <span class="verdict">${term(check.passes ? 'brandingEditor.contrast.pass' : 'brandingEditor.contrast.fail')}</span>
      ${label}: ${term('brandingEditor.contrast.ratio', { ratio: ratio(check.ratio), required: ratio(check.required) })}${detail}
    </li>`;
    const gradient = report.textOnGradient;
    const failing = !report.textOnPrimary.passes || !report.primaryOnSurface.passes || (gradient !== null && !gradient.passes);
    return html`<section part="contrast" class="contrast" aria-labelledby="contrast-title">
      <h4 id="contrast-title">${term('brandingEditor.contrast.title')}</h4>
      <ul>
        ${line(term('brandingEditor.contrast.textOnPrimary'), report.textOnPrimary)}
        ${line(term('brandingEditor.contrast.ui'), report.primaryOnSurface)}
        ${gradient
          ? line(
              term('brandingEditor.contrast.textOnGradient'),
              gradient,
              gradient.passes ? '' : ` ${term('brandingEditor.contrast.worstAt', { position: gradient.position })}`,
            )
          : nothing}
      </ul>
      <p class=${failing || report.gradientTooWide ? 'contrast-summary warning' : 'contrast-summary'} role="status">
        ${report.gradientTooWide
          ? term('brandingEditor.contrast.tooDifferent')
          : failing
            ? term('brandingEditor.contrast.someFail')
            : term('brandingEditor.contrast.allPass')}
      </p>
      ${report.fixes.length > 0 && !this.readOnly
        ? html`<div class="fixes">
            ${report.fixes.map(
              (fix) => html`<button type="button" class="secondary fix" @click=${() => this.applyFix(fix, values)}>${this.fixText(fix)}</button>`,
            )}
          </div>`
        : nothing}
    </section>`;
  }

  private fixText(fix: ContrastFix): string {
    const term = this.localize.term.bind(this.localize);
    const parts: string[] = [];
    if (fix.textColor) parts.push(term('brandingEditor.fix.textColor', { color: fix.textColor }));
    if (fix.gradient) parts.push(term('brandingEditor.fix.gradient', fix.gradient));
    if (fix.primaryColor) parts.push(term('brandingEditor.fix.primaryColor', { color: fix.primaryColor }));
    return term('brandingEditor.fix.apply', { change: parts.join(', ') });
  }

  private applyFix(fix: ContrastFix, values: BrandingValues): void {
    const angle = values.gradient?.angle ?? DEFAULT_GRADIENT_ANGLE;
    for (const slot of ['primaryColor', 'textColor', 'from', 'to'] as const) this.forgetTyped(slot);
    this.draft.update({
      ...(fix.textColor ? { textColor: fix.textColor } : {}),
      ...(fix.primaryColor ? { primaryColor: fix.primaryColor } : {}),
      ...(fix.gradient ? { gradient: { ...fix.gradient, angle } } : {}),
    });
  }

  // ------------------------------------------------------------------ message

  private renderMessage(values: BrandingValues): TemplateResult {
    const term = this.localize.term.bind(this.localize);
    const text = values.messageText ?? '';
    const left = MESSAGE_MAX_GRAPHEMES - graphemeCount(text);
    return html`<div class="message-fields">
      <h3>${term('brandingEditor.message.title')}</h3>
      ${this.renderImageField('banner')}
      <div part="field" class="field" data-field="messageLink">
        <label for="message-link">${term('brandingEditor.link.label')}</label>
        ${this.renderSource('messageLink', term('brandingEditor.link.label'))}
        <input
          id="message-link"
          type="url"
          inputmode="url"
          autocomplete="off"
          placeholder="https://"
          .value=${values.messageLink ?? ''}
          aria-invalid=${this.fieldErrors.messageLink ? 'true' : 'false'}
          aria-describedby=${this.describedBy('messageLink', 'message-link-hint')}
          @input=${this.onLinkInput}
          @change=${this.onLinkChange}
        />
        <p class="hint" id="message-link-hint">${term('brandingEditor.link.hint')}</p>
        ${this.renderFieldError('messageLink')}
        <button type="button" class="secondary use-default" data-field="messageLink" @click=${() => this.useDefault('messageLink')}>
          ${term('brandingEditor.link.useDefault')}
        </button>
      </div>
      <div part="field" class="field" data-field="messageText">
        <label for="message-text">${term('brandingEditor.text.message')}</label>
        ${this.renderSource('messageText', term('brandingEditor.text.message'))}
        <textarea
          id="message-text"
          rows="3"
          .value=${text}
          aria-invalid=${this.fieldErrors.messageText || left < 0 ? 'true' : 'false'}
          aria-describedby=${this.describedBy('messageText', 'message-counter')}
          @input=${this.onMessageInput}
        ></textarea>
        <p class=${left < 0 ? 'counter over' : 'counter'} id="message-counter">${this.counterText(left)}</p>
        <p class="visually-hidden" role="status" aria-live="polite">${this.counterAnnouncement}</p>
        ${this.renderFieldError('messageText')}
        <button type="button" class="secondary use-default" data-field="messageText" @click=${() => this.useDefault('messageText')}>
          ${term('brandingEditor.text.useDefault')}
        </button>
      </div>
    </div>`;
  }

  private counterText(left: number): string {
    return left >= 0 ? this.localize.term('brandingEditor.counter.left', { count: left }) : this.localize.term('brandingEditor.counter.over', { count: -left });
  }

  private onLinkInput(event: Event): void {
    const link = (event.target as HTMLInputElement).value.trim();
    // An emptied field means no link, not "inherit": that is what the reset button is for.
    this.draft.set('messageLink', link === '' ? null : link);
    if (this.fieldErrors.messageLink && (link === '' || isHttpsUrl(link))) this.clearError('messageLink');
  }

  /** Checked when the admin leaves the field, not while they type "h", "ht", "htt"... */
  private onLinkChange(event: Event): void {
    const link = (event.target as HTMLInputElement).value.trim();
    if (link === '') return;
    const error = this.linkError(link);
    if (error) this.fieldErrors = { ...this.fieldErrors, messageLink: error };
  }

  private linkError(link: string): string | undefined {
    return BrandingSettings.shape.messageLink.safeParse(link).success ? undefined : this.localize.term('brandingEditor.link.invalid');
  }

  private onMessageInput(event: Event): void {
    const text = (event.target as HTMLTextAreaElement).value;
    this.draft.set('messageText', text === '' ? null : text);
    this.clearError('messageText');
    // Read out once typing pauses: a count per keystroke would drown what is being typed.
    clearTimeout(this.counterTimer);
    this.counterTimer = setTimeout(() => {
      this.counterAnnouncement = this.counterText(MESSAGE_MAX_GRAPHEMES - graphemeCount(text));
    }, COUNTER_ANNOUNCE_DELAY_MS);
  }

  // ------------------------------------------------------------------ conflict

  private defaultChoices(): Partial<Record<BrandingField, boolean>> {
    return Object.fromEntries((this.draft.conflict?.fields ?? []).map(({ field, alsoMine }) => [field, alsoMine]));
  }

  private renderConflict(): TemplateResult {
    const term = this.localize.term.bind(this.localize);
    const conflict = this.draft.conflict!;
    const who = conflict.theirs.updatedBy ?? term('brandingEditor.conflict.someone');
    const when = conflict.theirs.updatedAt ? this.localize.formatDate(conflict.theirs.updatedAt, { dateStyle: 'short', timeStyle: 'short' }) : '';
    return html`<section part="conflict" class="conflict" aria-labelledby="conflict-title">
      <h3 id="conflict-title" tabindex="-1">${term('brandingEditor.conflict.title')}</h3>
      <p>${term('brandingEditor.conflict.intro', { who, when })}</p>
      ${conflict.fields.map(({ field, theirs, mine }) => {
        const label = this.fieldLabel(field);
        const keepMine = this.conflictChoices[field] ?? false;
        const choose = (mineChosen: boolean) => () => (this.conflictChoices = { ...this.conflictChoices, [field]: mineChosen });
        return html`<fieldset class="conflict-field" data-field=${field}>
          <legend>${label}</legend>
          <label class="choice">
            <input type="radio" name=${`conflict-${field}`} value="theirs" .checked=${!keepMine} @change=${choose(false)} />
            <span>${term('brandingEditor.conflict.theirs')}: ${this.renderValue(field, theirs)}</span>
          </label>
          <label class="choice">
            <input type="radio" name=${`conflict-${field}`} value="mine" .checked=${keepMine} @change=${choose(true)} />
            <span>${term('brandingEditor.conflict.mine')}: ${this.renderValue(field, mine)}</span>
          </label>
        </fieldset>`;
      })}
      <button type="button" class="apply-choices" @click=${this.onResolve}>${term('brandingEditor.conflict.apply')}</button>
    </section>`;
  }

  private fieldLabel(field: BrandingField): string {
    const term = this.localize.term.bind(this.localize);
    const labels: Record<BrandingField, string> = {
      logoAssetId: term('brandingEditor.logo.label'),
      primaryColor: term('brandingEditor.primary.label'),
      gradient: term('brandingEditor.gradient.label'),
      textColor: term('brandingEditor.text.label'),
      bannerAssetId: term('brandingEditor.banner.label'),
      messageLink: term('brandingEditor.link.label'),
      messageText: term('brandingEditor.text.message'),
    };
    return labels[field];
  }

  /** A setting as words (and a swatch or thumbnail): never as markup, never as a live link. */
  private renderValue(field: BrandingField, value: unknown): TemplateResult | string {
    const term = this.localize.term.bind(this.localize);
    if (value === undefined) return term('brandingEditor.value.inherited');
    if (value === null) return term('brandingEditor.value.default');
    const swatch = (hex: string) => html`<span class="swatch-chip" aria-hidden="true" style=${styleProperties({ background: hex })}></span>`;
    switch (field) {
      case 'logoAssetId':
      case 'bannerAssetId': {
        const url = this.imageUrl(String(value));
        const purpose = field === 'logoAssetId' ? 'logo' : 'banner';
        return url ? html`<img class="thumbnail" src=${url} alt=${term(`brandingEditor.${purpose}.alt`)} />` : term('brandingEditor.value.image');
      }
      case 'gradient': {
        const gradient = value as Gradient;
        return html`${swatch(gradient.from)}${swatch(gradient.to)}
        ${term('brandingEditor.value.gradient', { from: gradient.from, to: gradient.to, angle: gradient.angle ?? DEFAULT_GRADIENT_ANGLE })}`;
      }
      case 'primaryColor':
      case 'textColor':
        return html`${swatch(String(value))}${String(value)}`;
      default:
        return `“${String(value)}”`;
    }
  }

  private onResolve(): void {
    this.draft.resolve(this.conflictChoices);
    this.conflictChoices = {};
    this.notice = this.localize.term('brandingEditor.conflict.applied');
  }

  // ------------------------------------------------------------------ editing

  private resetField(field: BrandingField): void {
    this.clearError(field);
    if (field === 'gradient') {
      this.forgetTyped('from');
      this.forgetTyped('to');
    } else if (field === 'primaryColor' || field === 'textColor') {
      this.forgetTyped(field);
    }
    this.draft.set(field, undefined);
  }

  private useDefault(field: BrandingField): void {
    this.clearError(field);
    this.draft.set(field, null);
  }

  private onResetAll(): void {
    this.typedHex = {};
    this.fieldErrors = {};
    this.draft.resetAll();
  }

  private onDiscard(): void {
    this.typedHex = {};
    this.fieldErrors = {};
    this.conflictChoices = {};
    this.draft.discard();
    this.notice = this.localize.term('brandingEditor.discarded');
  }

  private clearError(field: BrandingField): void {
    if (!this.fieldErrors[field]) return;
    const { [field]: _, ...rest } = this.fieldErrors;
    this.fieldErrors = rest;
  }

  private onClientSelect(event: SuiteClientSelectEvent): void {
    // The picker's event goes on to the host, who may still cancel it.
    queueMicrotask(() => {
      if (event.defaultPrevented) return;
      this.clientName = event.client.name;
      this.clientId = event.client.id;
    });
  }

  // ------------------------------------------------------------------ saving

  private onSubmit(event: SubmitEvent): void {
    event.preventDefault();
    void this.save();
  }

  /** The contract's schema, plus the hex fields holding half a colour (which never reach the draft). */
  private validate(): FieldErrors {
    const term = this.localize.term.bind(this.localize);
    const errors: FieldErrors = {};
    for (const slot of Object.keys(this.typedHex) as ColorSlot[]) {
      errors[slot === 'from' || slot === 'to' ? 'gradient' : slot] = term('brandingEditor.color.invalid');
    }
    const parsed = BrandingSettings.safeParse(this.draft.settings);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        const field = issue.path[0] as BrandingField | undefined;
        if (field && field in FIELD_CONTROLS) errors[field] ??= this.invalidText(field);
      }
    }
    return errors;
  }

  private invalidText(field: BrandingField): string {
    const term = this.localize.term.bind(this.localize);
    switch (field) {
      case 'messageLink':
        return term('brandingEditor.link.invalid');
      case 'messageText':
        return term('brandingEditor.text.tooLong', { max: MESSAGE_MAX_GRAPHEMES });
      case 'primaryColor':
      case 'textColor':
      case 'gradient':
        return term('brandingEditor.color.invalid');
      default:
        return term('brandingEditor.image.unknown');
    }
  }

  private readonly save = async (): Promise<void> => {
    const api = this.currentApi;
    const target = this.target;
    const base = this.draft.base;
    if (!api || !target || !base || this.saving || !this.draft.dirty) return;
    if (this.draft.conflict) {
      await this.focusOn('#conflict-title');
      return;
    }
    const errors = this.validate();
    this.fieldErrors = errors;
    this.requestError = '';
    this.notice = '';
    if (Object.keys(errors).length > 0) {
      await this.focusFirstError();
      return;
    }
    this.saving = true;
    try {
      const saved = await api.saveBranding(target, this.draft.settings, base.etag);
      this.draft.saved(saved);
      this.notice = this.localize.term('brandingEditor.saved');
      this.dispatchEvent(new SuiteBrandingSavedEvent({ branding: saved }));
    } catch (error) {
      if (isAbortError(error)) return;
      await this.showSaveFailure(error, api, target);
    } finally {
      this.saving = false;
    }
  };

  private async showSaveFailure(error: unknown, api: BrandingEditorApi, target: LevelTarget): Promise<void> {
    const term = this.localize.term.bind(this.localize);
    if (isSuiteApiError(error) && error.kind === 'conflict') {
      // Someone saved first: fetch their version and let the admin choose, field by field. The draft stays stored meanwhile.
      try {
        this.draft.conflicted(await api.getBranding(target));
        this.conflictChoices = this.defaultChoices();
        this.notice = this.draft.conflict ? '' : term('brandingEditor.conflict.merged');
        if (this.draft.conflict) await this.focusOn('#conflict-title');
      } catch (reloadError) {
        this.reportError(reloadError);
        this.requestError = this.localize.describeError(reloadError, term('brandingEditor.saveFailed'));
      }
      return;
    }
    this.reportError(error);
    const errors: FieldErrors = {};
    if (error instanceof ProblemError) {
      for (const fieldError of error.fieldErrors) {
        const field = fieldError.path.split('.')[0] as BrandingField;
        if (field in FIELD_CONTROLS) errors[field] ??= this.serverFieldText(field, fieldError.code, fieldError.message);
      }
    }
    if (Object.keys(errors).length > 0) {
      this.fieldErrors = errors;
      await this.focusFirstError();
    } else {
      this.requestError =
        error instanceof ProblemError && error.code === 'forbidden' ? term('brandingEditor.forbidden') : this.localize.describeError(error, term('brandingEditor.saveFailed'));
    }
  }

  private serverFieldText(field: BrandingField, code: string, serverMessage: string): string {
    const term = this.localize.term.bind(this.localize);
    if (code === 'unknown_asset' || code === 'wrong_purpose') return term('brandingEditor.image.unknown');
    if (code === 'invalid_format' || code === 'invalid_string' || code === 'custom' || code === 'too_big') return this.invalidText(field);
    // A code this kit does not know yet: the server's words beat no words.
    return serverMessage;
  }

  private async focusFirstError(): Promise<void> {
    const field = FIELD_ORDER.find((name) => this.fieldErrors[name]);
    if (field) await this.focusOn(FIELD_CONTROLS[field]);
  }

  private async focusOn(selector: string): Promise<void> {
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>(selector)?.focus();
  }

  private reportError(error: unknown): void {
    this.dispatchEvent(new SuiteErrorEvent(error instanceof Error ? error : new Error(String(error))));
  }
}
