import { ContextConsumer } from '@lit/context';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { isSuiteApiError } from '../api/errors.js';
import { localeContext } from '../context/locale-context.js';
import { commonMessages, type commonEn } from '../i18n/common.js';
import {
  DEFAULT_LOCALE,
  type LoadedLocale,
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

type AnyMessages = Messages<Record<string, Message>>;

/** Languages already loaded, per area (an area's `Messages` object is created once, at import). */
const loadedCatalogues = new WeakMap<AnyMessages, Map<LoadedLocale, Record<string, Message>>>();
/** Loads under way, shared by every element of the area. */
const loadingCatalogues = new WeakMap<AnyMessages, Map<LoadedLocale, Promise<boolean>>>();
/** The loads each element waits for, so that its `updateComplete` can wait for its words too. */
const pendingLoads = new WeakMap<HTMLElement, Set<Promise<boolean>>>();

/** Catalogue loads `host` is waiting for (SuiteElement's `updateComplete` awaits them). */
export function catalogueLoads(host: HTMLElement): Promise<boolean>[] {
  return [...(pendingLoads.get(host) ?? [])];
}

/** Resolves `true` once loaded, `false` if it failed (never rejects). */
function loadCatalogue(messages: AnyMessages, locale: LoadedLocale): Promise<boolean> {
  let loading = loadingCatalogues.get(messages);
  if (!loading) loadingCatalogues.set(messages, (loading = new Map()));
  let load = loading.get(locale);
  if (!load) {
    load = messages.load(locale).then(
      (catalogue) => {
        let loaded = loadedCatalogues.get(messages);
        if (!loaded) loadedCatalogues.set(messages, (loaded = new Map()));
        loaded.set(locale, catalogue);
        return true;
      },
      (error: unknown) => {
        // The words stay English; a later render (not this failure) tries again.
        loading.delete(locale);
        console.warn(`Suite Kit: the "${locale}" words could not be loaded; showing English.`, error);
        return false;
      },
    );
    loading.set(locale, load);
  }
  return load;
}

/**
 * Formatters by kind, locale and options, shared by every element: creating
 * one costs far more than using it (the first in a page loads the locale's
 * data), and a page shows many elements in one language.
 */
const formatters = new Map<string, object>();

function formatter<F extends object, O>(kind: new (locale: string, options?: O) => F, locale: string, options?: O): F {
  const key = kind.name + locale + JSON.stringify(options);
  let format = formatters.get(key) as F | undefined;
  if (!format) formatters.set(key, (format = new kind(locale, options)));
  return format;
}

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
    const message = this.catalogue(this.messages)[key] as Message;
    return typeof message === 'string' ? message : message(params[0], this.tools);
  }

  /**
   * The area's words in this element's language; English until that language
   * has loaded (once per area and language, then from memory), after which the
   * element renders again.
   */
  private catalogue<M extends Record<string, Message>>(messages: Messages<M>): Record<string, Message> {
    const locale = this.catalogueLocale;
    if (locale === 'en') return messages.en;
    const loaded = loadedCatalogues.get(messages as unknown as AnyMessages)?.get(locale);
    if (loaded) return loaded;
    this.waitFor(loadCatalogue(messages as unknown as AnyMessages, locale));
    return messages.en;
  }

  private waitFor(load: Promise<boolean>): void {
    let pending = pendingLoads.get(this.host);
    if (!pending) pendingLoads.set(this.host, (pending = new Set()));
    if (pending.has(load)) return;
    pending.add(load);
    void load.then((loaded) => {
      pending.delete(load);
      if (loaded) this.host.requestUpdate();
    });
  }

  /**
   * The words for a failed request: the client's own error kinds (network,
   * timeout, rate limit, incompatible backend) in this locale, the server's
   * problem text for a refusal, else `fallback` (what the element was doing).
   */
  describeError(error: unknown, fallback: string): string {
    if (!isSuiteApiError(error)) return fallback;
    const common = this.catalogue(commonMessages) as typeof commonEn;
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
    return formatter(Intl.NumberFormat, this.locale, options).format(value);
  }

  formatDate(value: Date | string | number, options?: Intl.DateTimeFormatOptions): string {
    return formatter(Intl.DateTimeFormat, this.locale, options).format(value instanceof Date ? value : new Date(value));
  }

  /** A calendar day as the domain writes it, 12/03/2026 (day and month on two digits, the year on four), in the locale's order. */
  formatDay(value: Date | string | number): string {
    return this.formatDate(value, { day: '2-digit', month: '2-digit', year: 'numeric' });
  }

  plural(count: number, forms: PluralForms): string {
    const form = forms[formatter(Intl.PluralRules, this.locale).select(count)] ?? forms.other;
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
