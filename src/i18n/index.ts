/**
 * Messages are split by element (`licence-meter.ts`, `user-table.ts`, ...) plus
 * `common.ts`, so an element's bundle carries its own words and not the whole
 * kit's. English is the reference (its keys are the message keys, its parameter
 * types what every other language accepts) and is always bundled: it is also
 * what shows while another language loads. Other languages live in
 * `src/i18n/<locale>/<area>.ts` and load on first use, so ten languages do not
 * weigh on every page.
 */

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

export const SUPPORTED_LOCALES = ['en', 'fr'] as const;
export type SupportedLocale = (typeof SUPPORTED_LOCALES)[number];
export const DEFAULT_LOCALE: SupportedLocale = 'en';

/** The languages loaded on first use. */
export type LoadedLocale = Exclude<SupportedLocale, 'en'>;
export const LOADED_LOCALES = SUPPORTED_LOCALES.filter((locale): locale is LoadedLocale => locale !== DEFAULT_LOCALE);

/** One area's messages: English at hand, every other supported language a load away. */
export interface Messages<R extends Record<string, Message>> {
  readonly en: R;
  readonly load: { readonly [L in LoadedLocale]: () => Promise<CatalogueOf<R>> };
}

export function defineMessages<R extends Record<string, Message>>(en: R, load: Messages<R>['load']): Messages<R> {
  return { en, load };
}

/** The extra argument `term(key, ...)` takes: none for a plain string, the params object otherwise. */
export type MessageParams<M> = M extends (params: infer P, tools: MessageTools) => string ? [params: P] : [];

function isSupported(tag: string): tag is SupportedLocale {
  return (SUPPORTED_LOCALES as readonly string[]).includes(tag);
}

/** `fr-CA` -> `fr`, `de` -> `en`: the exact tag, then its language, then English. */
export function matchCatalogue(tag: string): SupportedLocale {
  const lower = tag.toLowerCase();
  if (isSupported(lower)) return lower;
  const language = lower.split('-')[0] ?? '';
  return isSupported(language) ? language : DEFAULT_LOCALE;
}

/** Several areas' messages as one (an element's own words plus `common`). */
export function mergeMessages<A extends Record<string, Message>, B extends Record<string, Message>>(
  a: Messages<A>,
  b: Messages<B>,
): Messages<A & B> {
  const load = Object.fromEntries(
    LOADED_LOCALES.map((locale) => [locale, async () => ({ ...(await a.load[locale]()), ...(await b.load[locale]()) })]),
  ) as unknown as Messages<A & B>['load'];
  return { en: { ...a.en, ...b.en }, load };
}
