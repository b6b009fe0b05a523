import { consume } from '@lit/context';
import { initialState, Task, TaskStatus } from '@lit/task';
import { html, nothing, svg, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import { isAbortError } from '../../api/errors.js';
import { isHttpsUrl } from '../../api/https-url.js';
import type { EffectiveBranding } from '../../api/schemas/branding.js';
import { MODULE_IMPACTS, MODULE_KEYS } from '../../api/schemas/modules.js';
import type { EffectiveModule, ModuleKey } from '../../api/schemas/modules.js';
import type { SuiteApi } from '../../api/suite-api.js';
import { apiContext } from '../../context/api-context.js';
import { LocalizeController } from '../../controllers/localize-controller.js';
import { SuiteErrorEvent } from '../../events/suite-error-event.js';
import { selfcareDashboardMessages } from '../../i18n/selfcare-dashboard.js';
import { applyBrandingTokens, brandingTokens, brandingValues, removeBrandingTokens } from '../../theming/branding-tokens.js';
import type { EffectiveBrandingValues } from '../../theming/branding-tokens.js';
import { SuiteElement } from '../suite-element.js';
import { isDisplayableImageUrl } from './image-url.js';
import { selfcareDashboardStyles } from './selfcare-dashboard.styles.js';

/** The calls this element makes; a preview that passes `branding` and `modules` needs only `assetUrl`. */
export type SelfcareDashboardApi = Pick<SuiteApi, 'getEffectiveBranding' | 'getEffectiveModules' | 'assetUrl'>;

/** What a tile needs: a draft of switches (a preview) is enough, sources are not shown. */
export type DashboardModule = Pick<EffectiveModule, 'key' | 'enabled'>;

/**
 * A switch that changes what other modules say rather than being a page of
 * its own (DOMAIN.md: "highlight mobile offers" adds the mobile mentions to the
 * dashboard and My phones): it gets no tile.
 */
const CONTENT_SWITCH = 'highlight_mobile_offers';
type TileKey = Exclude<ModuleKey, typeof CONTENT_SWITCH>;
const isTile = (key: ModuleKey): key is TileKey => key !== CONTENT_SWITCH;

/** The mobile mention each module impacted by the content switch shows. */
const MOBILE_MENTIONS = {
  dashboard: 'selfcareDashboard.mobileOffer',
  my_phones: 'selfcareDashboard.about.my_phones.mobile',
} as const satisfies Partial<Record<TileKey, string>>;
type MentioningTile = keyof typeof MOBILE_MENTIONS;
const mentionsMobile = (key: TileKey): key is MentioningTile => (MODULE_IMPACTS[CONTENT_SWITCH] as readonly ModuleKey[]).includes(key) && key in MOBILE_MENTIONS;

interface Loaded {
  branding?: EffectiveBranding;
  modules?: EffectiveModule[];
}

/**
 * The end user's selfcare dashboard, as resellers brand it: their logo
 * top-left, a header in their primary colour or gradient with their text
 * colour, their message banner, and a tile per enabled module with a slot for
 * the host's content. The branding becomes `--suite-*` tokens set on this
 * element, so the host's slotted content inherits them and a new branding
 * restyles it without re-rendering it.
 *
 * Give it `branding` and `modules` (a preview of drafts), or a `client-id` and
 * an api (property or `apiContext`) and it loads what is not given.
 *
 * @tagname suite-selfcare-dashboard
 * @summary The selfcare dashboard a client's users see, with its branding and enabled modules.
 *
 * @slot title - The dashboard's heading text. Default "My account".
 * @slot module-dashboard - Content of the Dashboard tile (same pattern for every module: `module-my_phones`, `module-documents`, `module-call_management`, `module-call_logs`, `module-voicemail`, `module-contacts`, `module-unified_communications`). Shown only while the module is enabled.
 *
 * @fires {SuiteErrorEvent} suite-error - Loading the branding or the modules failed (not fired when a request is cancelled).
 *
 * @csspart base - The dashboard (a region named by its heading).
 * @csspart header - The branded header: logo and heading.
 * @csspart logo - The logo image, or the default logo.
 * @csspart title - The heading.
 * @csspart message - The message banner: image, text and link.
 * @csspart message-image - The banner image.
 * @csspart message-link - The banner's link.
 * @csspart modules - The list of module tiles.
 * @csspart tile - One module's tile.
 * @csspart tile-title - A tile's heading.
 * @csspart error - The error message and its Retry button.
 *
 * @cssproperty --suite-header-background - The header's background: the branding's gradient or primary colour.
 * @cssproperty --suite-color-on-header - The header's text colour.
 * @cssproperty --suite-selfcare-dashboard-logo-height - Height of the logo in the header. Default `3rem`.
 * @cssproperty --suite-selfcare-dashboard-tile-min-width - Narrowest a tile gets before the grid wraps. Default `14rem`.
 */
export class SuiteSelfcareDashboard extends SuiteElement {
  static override styles = selfcareDashboardStyles;

  protected readonly localize = new LocalizeController(this, selfcareDashboardMessages);

  /** The client whose dashboard this is; used to load whatever `branding` and `modules` do not give. */
  @property({ attribute: 'client-id' }) clientId?: string;

  /** The effective branding (with or without sources); when unset, loaded for `client-id`. */
  @property({ attribute: false }) branding?: EffectiveBranding | EffectiveBrandingValues;

  /** The modules with their switches; a tile shows for each enabled one. When unset, loaded for `client-id`. */
  @property({ attribute: false }) modules?: readonly DashboardModule[];

  /** The company the logo belongs to, for its text alternative ("Nordlys Telecom logo"). */
  @property({ attribute: 'brand-name' }) brandName?: string;

  /** A backend client set directly; wins over the one provided by `apiContext`. */
  @property({ attribute: false }) api?: SelfcareDashboardApi;

  @consume({ context: apiContext, subscribe: true })
  @state()
  protected providedApi?: SelfcareDashboardApi;

  /** The image URL that failed to load, so the default logo or no banner image shows instead of a broken one. */
  @state() private failedImages: ReadonlySet<string> = new Set();

  private appliedBranding?: EffectiveBranding | EffectiveBrandingValues;

  private readonly loadTask = new Task(this, {
    args: () => [this.api ?? this.providedApi, this.clientId, this.branding === undefined, this.modules === undefined] as const,
    task: async ([api, clientId, needsBranding, needsModules], { signal }): Promise<Loaded | typeof initialState> => {
      if (!api || !clientId || (!needsBranding && !needsModules)) return initialState;
      try {
        const [branding, modules] = await Promise.all([
          needsBranding ? api.getEffectiveBranding(clientId, { signal }) : undefined,
          needsModules ? api.getEffectiveModules(clientId, { signal }) : undefined,
        ]);
        return { branding, modules };
      } catch (error) {
        if (!signal.aborted && !isAbortError(error)) {
          this.dispatchEvent(new SuiteErrorEvent(error instanceof Error ? error : new Error(String(error))));
        }
        throw error;
      }
    },
  });

  /** Loads the branding and modules again (those not given as properties), e.g. after an admin saved new ones. */
  reload(): Promise<void> {
    return this.loadTask.run();
  }

  private get loaded(): Loaded | undefined {
    return this.loadTask.status === TaskStatus.COMPLETE ? (this.loadTask.value as Loaded | undefined) : undefined;
  }

  private get shownBranding(): EffectiveBranding | EffectiveBrandingValues | undefined {
    return this.branding ?? this.loaded?.branding;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const branding = this.shownBranding;
    if (branding === this.appliedBranding) return;
    this.appliedBranding = branding;
    if (branding) applyBrandingTokens(this, brandingTokens(branding));
    else removeBrandingTokens(this);
  }

  override render(): TemplateResult {
    const term = this.localize.term.bind(this.localize);
    const branding = this.shownBranding ? brandingValues(this.shownBranding) : undefined;
    const loading = this.loadTask.status === TaskStatus.PENDING;
    return html`
      <section part="base" class="base" lang=${this.localize.locale} aria-labelledby="title" aria-busy=${loading ? 'true' : 'false'}>
        <!-- Not a <header>: at the top of a shadow root it is one more banner landmark beside the portal\'s own. -->
        <div part="header" class="header">
          ${this.renderLogo(branding?.logoAssetId ?? null)}
          <h2 id="title" part="title" class="title"><slot name="title">${term('selfcareDashboard.title')}</slot></h2>
        </div>
        ${branding ? this.renderMessage(branding) : nothing}
        ${this.loadTask.status === TaskStatus.ERROR ? this.renderError(this.loadTask.error) : this.renderModules(loading)}
      </section>
    `;
  }

  private imageUrl(assetId: string | null): string | undefined {
    const api = this.api ?? this.providedApi;
    if (!assetId || !api) return undefined;
    const url = api.assetUrl(assetId);
    return isDisplayableImageUrl(url) && !this.failedImages.has(url) ? url : undefined;
  }

  private imageFailed(url: string): void {
    this.failedImages = new Set([...this.failedImages, url]);
  }

  private renderLogo(assetId: string | null): TemplateResult {
    const alt = this.brandName ? this.localize.term('selfcareDashboard.logoOf', { name: this.brandName }) : this.localize.term('selfcareDashboard.logo');
    const url = this.imageUrl(assetId);
    if (url) return html`<img part="logo" class="logo" src=${url} alt=${alt} @error=${() => this.imageFailed(url)} />`;
    return html`
      <span part="logo" class="logo default-logo" role="img" aria-label=${alt}>
        <svg viewBox="0 0 48 48" aria-hidden="true" focusable="false">
          ${svg`<rect x="4" y="4" width="40" height="40" rx="10" fill="none" stroke="currentColor" stroke-width="4" />
            <path d="M16 30 L24 16 L32 30 Z" fill="currentColor" />`}
        </svg>
      </span>
    `;
  }

  private renderMessage(branding: EffectiveBrandingValues): TemplateResult | typeof nothing {
    const term = this.localize.term.bind(this.localize);
    const image = this.imageUrl(branding.bannerAssetId);
    // isHttpsUrl rather than the zod HttpsUrl schema: same rule, no zod in the element's bundle.
    const link = branding.messageLink && isHttpsUrl(branding.messageLink) ? branding.messageLink : undefined;
    const text = branding.messageText || undefined;
    if (!image && !link && !text) return nothing;
    return html`
      <aside part="message" class="callout message" aria-label=${term('selfcareDashboard.message')}>
        ${image
          ? // The banner is decoration chosen by the reseller; the message is in its text.
            html`<img part="message-image" class="message-image" src=${image} alt="" @error=${() => this.imageFailed(image)} />`
          : nothing}
        ${text || link
          ? html`<p class="message-text">
              ${text ?? nothing}
              ${link
                ? html`<a part="message-link" href=${link} target="_blank" rel="noopener noreferrer"
                    >${term('selfcareDashboard.messageLink')}<span class="visually-hidden"> ${term('selfcareDashboard.newTab')}</span></a
                  >`
                : nothing}
            </p>`
          : nothing}
      </aside>
    `;
  }

  private renderModules(loading: boolean): TemplateResult {
    const term = this.localize.term.bind(this.localize);
    const modules = this.modules ?? this.loaded?.modules;
    if (!modules) {
      return loading
        ? html`<p class="status" role="status">${term('selfcareDashboard.loading')}</p>`
        : html`<p class="status">${term('selfcareDashboard.noModules')}</p>`;
    }
    const enabled = new Set(modules.filter((module) => module.enabled).map((module) => module.key));
    // The kit's order, whatever order the backend (or a draft) lists them in.
    const tiles = MODULE_KEYS.filter(isTile).filter((key) => enabled.has(key));
    if (tiles.length === 0) return html`<p class="status">${term('selfcareDashboard.noModules')}</p>`;
    const mobile = enabled.has(CONTENT_SWITCH);
    return html`
      <ul part="modules" class="modules" aria-label=${term('selfcareDashboard.modules')}>
        ${repeat(
          tiles,
          (key) => key,
          (key) => html`
            <li part="tile" class="tile" data-module=${key}>
              <h3 part="tile-title" class="tile-title">${term(`module.${key}`)}</h3>
              <div class="tile-content">
                <slot name=${`module-${key}`}>
                  <p>${term(`selfcareDashboard.about.${key}`)}</p>
                  ${mobile && mentionsMobile(key) ? html`<p class="mobile-mention">${term(MOBILE_MENTIONS[key])}</p>` : nothing}
                </slot>
              </div>
            </li>
          `,
        )}
      </ul>
    `;
  }

  private renderError(error: unknown): TemplateResult | typeof nothing {
    if (isAbortError(error)) return nothing;
    return html`
      <div part="error" class="callout error" role="alert">
        <p>${this.localize.describeError(error, this.localize.term('error.loadDashboard'))}</p>
        <button type="button" @click=${() => void this.loadTask.run()}>${this.localize.term('error.retry')}</button>
      </div>
    `;
  }
}
