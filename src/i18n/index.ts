/**
 * Messages are split by element (`licence-meter.ts`, `user-table.ts`, ...) plus
 * `common.ts`, so an element's bundle carries its own words and not the whole
 * kit's. English is the reference (its keys are the message keys, its parameter
 * types what every other language accepts) and is always bundled: it is also
 * what shows while another language loads. Other languages live in
 * `src/i18n/<locale>/<area>.ts` and load on first use, so ten languages do not
 * weigh on every page.
 */

import type { CatalogueArea, KitCatalogue, KitEnglish } from './catalogue.js';

/** Formatting helpers a message receives, bound to the element's locale. */
export interface MessageTools {
  number(value: number, options?: Intl.NumberFormatOptions): string;
  /** Picks the CLDR plural form for `count`; `#` in the form becomes the formatted count. */
  plural(count: number, forms: PluralForms): string;
  date(value: Date | string | number, options?: Intl.DateTimeFormatOptions): string;
}

/** `other` is the one form every language has; the rest are optional per language. */
export type PluralForms = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };

/** A message is a string, or a function of its parameters and the locale's tools. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- each message names its own parameter type
export type Message = string | ((params: any, tools: MessageTools) => string);

/** Literal strings of the reference widen to `string`; functions keep their parameter types. */
type Translation<M> = M extends string ? string : M;

/** What a translation of the reference catalogue `R` must provide: each key, same parameters. */
export type CatalogueOf<R> = { readonly [K in keyof R]: Translation<R[K]> };

/**
 * The ten mail languages of DOMAIN.md, as lower-case tags (`pt-BR` and `zh-CN`
 * match `pt-br` and `zh-cn`; see `matchCatalogue`).
 */
export const SUPPORTED_LOCALES = ['en', 'fr', 'de', 'nl', 'es', 'it', 'pt-br', 'zh-cn', 'ja', 'th'] as const;
export type SupportedLocale = (typeof SUPPORTED_LOCALES)[number];
export const DEFAULT_LOCALE: SupportedLocale = 'en';

/** The languages loaded on first use. */
export type LoadedLocale = Exclude<SupportedLocale, 'en'>;
export const LOADED_LOCALES = SUPPORTED_LOCALES.filter((locale): locale is LoadedLocale => locale !== DEFAULT_LOCALE);

/**
 * One module per language holding every area's words, as lit-localize does:
 * a page that shows German loads German once, whichever elements it hosts, and
 * the first load carries one small loader per language rather than one per
 * area and language (nine languages times twenty areas would not fit the
 * first-load budget).
 */
const LANGUAGE_MODULES: { readonly [L in LoadedLocale]: () => Promise<{ readonly catalogue: KitCatalogue }> } = {
  fr: () => import('./fr/index.js'),
  de: () => import('./de/index.js'),
  nl: () => import('./nl/index.js'),
  es: () => import('./es/index.js'),
  it: () => import('./it/index.js'),
  'pt-br': () => import('./pt-br/index.js'),
  'zh-cn': () => import('./zh-cn/index.js'),
  ja: () => import('./ja/index.js'),
  th: () => import('./th/index.js'),
};

/** One area's messages: English at hand, every other supported language a load away. */
export interface Messages<R extends Record<string, Message>> {
  readonly en: R;
  load(locale: LoadedLocale): Promise<CatalogueOf<R>>;
}

/** An area's messages: `en` is its English reference, the other languages come from their language module. */
export function defineMessages<A extends CatalogueArea>(area: A, en: KitEnglish[A]): Messages<KitEnglish[A]> {
  return { en, load: async (locale) => (await LANGUAGE_MODULES[locale]()).catalogue[area] };
}

/** The extra argument `term(key, ...)` takes: none for a plain string, the params object otherwise. */
export type MessageParams<M> = M extends (params: infer P, tools: MessageTools) => string ? [params: P] : [];

function isSupported(tag: string): tag is SupportedLocale {
  return (SUPPORTED_LOCALES as readonly string[]).includes(tag);
}

/**
 * `fr-CA` -> `fr`, `pt-PT` -> `pt-br`, `zh-Hant-TW` -> `zh-cn`, `ko` -> `en`:
 * the exact tag, then its language, then the supported variant of that
 * language (its readers read it far better than English), then English.
 */
export function matchCatalogue(tag: string): SupportedLocale {
  const lower = tag.toLowerCase();
  if (isSupported(lower)) return lower;
  const language = lower.split('-')[0] ?? '';
  if (isSupported(language)) return language;
  return SUPPORTED_LOCALES.find((locale) => locale.startsWith(`${language}-`)) ?? DEFAULT_LOCALE;
}

/** Several areas' messages as one (an element's own words plus `common`). */
export function mergeMessages<A extends Record<string, Message>, B extends Record<string, Message>>(
  a: Messages<A>,
  b: Messages<B>,
): Messages<A & B> {
  return {
    en: { ...a.en, ...b.en },
    load: async (locale) => {
      const [first, second] = await Promise.all([a.load(locale), b.load(locale)]);
      // The same mapped type over the union of the keys; TypeScript cannot see that through the intersection.
      return { ...first, ...second } as unknown as CatalogueOf<A & B>;
    },
  };
}
