/**
 * Messages are split by element (`licence-meter.ts`, `user-table.ts`, ...) plus
 * `common.ts`, so an element's bundle carries its own words and not the whole
 * kit's. Each area exports `{ en, fr }`; English is the reference: its keys are
 * the message keys and its parameter types are what every other language accepts.
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

/** One area's messages in every supported language, English as reference. */
export type Messages<R extends Record<string, Message>> = { readonly en: R } & {
  readonly [L in Exclude<SupportedLocale, 'en'>]: CatalogueOf<R>;
};

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
  const merged = Object.fromEntries(SUPPORTED_LOCALES.map((locale) => [locale, { ...a[locale], ...b[locale] }]));
  return merged as unknown as Messages<A & B>;
}
