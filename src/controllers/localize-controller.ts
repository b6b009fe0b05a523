import { ContextConsumer } from '@lit/context';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { isSuiteApiError } from '../api/errors.js';
import { localeContext } from '../context/locale-context.js';
import { commonMessages } from '../i18n/common.js';
import {
  DEFAULT_LOCALE,
  matchCatalogue,
  type Message,
  type MessageParams,
  type Messages,
  type MessageTools,
  type PluralForms,
  type SupportedLocale,
} from '../i18n/index.js';

/*
 * Why not @lit/localize: its runtime mode holds ONE active locale per page
 * (`configureLocalization` returns a single `setLocale`), and a partner page may
 * host a French element next to an English one. Here each element resolves its
 * own locale, from the nearest source that says something.
 */

type LocalizedHost = ReactiveControllerHost & HTMLElement;

/** Controllers of connected elements, told when some `lang` attribute in the light DOM changes. */
const connected = new Set<{ readonly host: LocalizedHost }>();
let langObserver: MutationObserver | undefined;

function watchLangAttributes(): void {
  if (langObserver) return;
  // One observer for the whole page, not one per element. It sees the light DOM
  // only: a `lang` changed inside some other component's shadow root is picked
  // up at that element's next render.
  langObserver = new MutationObserver(() => {
    for (const controller of connected) controller.host.requestUpdate();
  });
  langObserver.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'], subtree: true });
}

function parentAcrossShadow(element: Element): Element | null {
  if (element.parentElement) return element.parentElement;
  const root = element.getRootNode();
  return root instanceof ShadowRoot ? root.host : null;
}

/** The closest ancestor's non-empty `lang`, climbing out of shadow roots through their hosts. */
function ancestorLang(element: Element): string | undefined {
  let current = parentAcrossShadow(element);
  while (current) {
    const match = current.closest('[lang]:not([lang=""])');
    if (match) return match.getAttribute('lang') ?? undefined;
    const root = current.getRootNode();
    current = root instanceof ShadowRoot ? root.host : null;
  }
  return undefined;
}

function isValidTag(tag: string): boolean {
  try {
    return Intl.getCanonicalLocales(tag).length === 1;
  } catch {
    return false;
  }
}

interface ResolvedLocale {
  /** The catalogue the words come from. */
  readonly catalogue: SupportedLocale;
  /** The tag numbers, dates and plural rules use (`fr-CA` keeps its own conventions). */
  readonly formatting: string;
}

/**
 * Translates an element's strings in the element's own locale: its `lang`
 * attribute, else the `localeContext` value, else the closest ancestor `[lang]`
 * (through shadow roots), else English. Unsupported locales fall back by
 * language (`fr-CA` -> `fr`), then to English.
 */
export class LocalizeController<R extends Record<string, Message> = Record<string, Message>> implements ReactiveController {
  readonly host: LocalizedHost;
  private readonly localeFromContext: ContextConsumer<typeof localeContext, LocalizedHost>;
  private resolved: ResolvedLocale | undefined;
  private readonly numberFormats = new Map<string, Intl.NumberFormat>();
  private readonly dateFormats = new Map<string, Intl.DateTimeFormat>();
  private readonly pluralRules = new Map<string, Intl.PluralRules>();
  private readonly tools: MessageTools;

  private readonly messages: Messages<R>;

  /** `messages`: the element's own words (see `src/i18n/`), in every supported language. */
  constructor(host: LocalizedHost, messages: Messages<R>) {
    this.host = host;
    this.messages = messages;
    host.addController(this);
    // The consumer requests a host update itself whenever the provided value changes.
    this.localeFromContext = new ContextConsumer(host, { context: localeContext, subscribe: true });
    this.tools = {
      number: (value, options) => this.formatNumber(value, options),
      plural: (count, forms) => this.plural(count, forms),
      date: (value, options) => this.formatDate(value, options),
    };
  }

  hostConnected(): void {
    connected.add(this);
    watchLangAttributes();
    this.resolved = undefined;
  }

  hostDisconnected(): void {
    connected.delete(this);
  }

  hostUpdate(): void {
    // Resolved once per render rather than per string; any of the sources may
    // have changed since the last one.
    this.resolved = undefined;
  }

  /** The requested tag, as the element should declare it (`lang` of its shadow content). */
  get locale(): string {
    return this.resolve().formatting;
  }

  /** The catalogue in use: `fr` for a `fr-CA` element, `en` for a `de` one. */
  get catalogueLocale(): SupportedLocale {
    return this.resolve().catalogue;
  }

  term<K extends keyof R & string>(key: K, ...params: MessageParams<R[K]>): string {
    const message = this.messages[this.catalogueLocale][key] as Message;
    return typeof message === 'string' ? message : message(params[0], this.tools);
  }

  /**
   * The words for a failed request: the client's own error kinds (network,
   * timeout, rate limit, incompatible backend) in this locale, the server's
   * problem text for a refusal, else `fallback` (what the element was doing).
   */
  describeError(error: unknown, fallback: string): string {
    const common = commonMessages[this.catalogueLocale];
    if (!isSuiteApiError(error)) return fallback;
    switch (error.kind) {
      case 'network':
        return common['error.network'];
      case 'timeout':
        return common['error.timeout'];
      case 'rate-limited':
        return common['error.rateLimited'];
      case 'incompatible-backend':
        return common['error.incompatibleBackend']({
          endpoint: error.endpoint,
          fieldPath: 'fieldPath' in error && typeof error.fieldPath === 'string' ? error.fieldPath : '(root)',
        });
      default:
        return fallback;
    }
  }

  formatNumber(value: number, options?: Intl.NumberFormatOptions): string {
    const locale = this.locale;
    const cacheKey = `${locale}|${options ? JSON.stringify(options) : ''}`;
    let format = this.numberFormats.get(cacheKey);
    if (!format) {
      format = new Intl.NumberFormat(locale, options);
      this.numberFormats.set(cacheKey, format);
    }
    return format.format(value);
  }

  formatDate(value: Date | string | number, options?: Intl.DateTimeFormatOptions): string {
    const locale = this.locale;
    const cacheKey = `${locale}|${options ? JSON.stringify(options) : ''}`;
    let format = this.dateFormats.get(cacheKey);
    if (!format) {
      format = new Intl.DateTimeFormat(locale, options);
      this.dateFormats.set(cacheKey, format);
    }
    return format.format(value instanceof Date ? value : new Date(value));
  }

  plural(count: number, forms: PluralForms): string {
    const locale = this.locale;
    let rules = this.pluralRules.get(locale);
    if (!rules) {
      rules = new Intl.PluralRules(locale);
      this.pluralRules.set(locale, rules);
    }
    const form = forms[rules.select(count)] ?? forms.other;
    return form.replaceAll('#', this.formatNumber(count));
  }

  private resolve(): ResolvedLocale {
    if (this.resolved) return this.resolved;
    const requested = this.requestedLocale();
    const catalogue = matchCatalogue(requested);
    // Numbers and plurals follow the words: a `de` element reads English text,
    // so "1,234 over the limit" rather than German digits inside English words.
    const language = requested.toLowerCase().split('-')[0];
    const formatting = language === catalogue && isValidTag(requested) ? requested : catalogue;
    this.resolved = { catalogue, formatting };
    return this.resolved;
  }

  private requestedLocale(): string {
    // The property, not the attribute: a Lit host renders before it reflects.
    const own = this.host.lang;
    if (own) return own;
    const provided = this.localeFromContext.value;
    if (provided) return provided;
    return ancestorLang(this.host) ?? DEFAULT_LOCALE;
  }
}
