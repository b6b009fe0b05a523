import { en } from './en.js';
import { fr } from './fr.js';

/** Formatting helpers a message receives, bound to the element's locale. */
export interface MessageTools {
  number(value: number, options?: Intl.NumberFormatOptions): string;
  /** Picks the CLDR plural form for `count`; `#` in the form becomes the formatted count. */
  plural(count: number, forms: PluralForms): string;
}

/** `other` is the one form every language has; the rest are optional per language. */
export type PluralForms = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };

type Reference = typeof en;
export type MessageKey = keyof Reference;

/** Literal strings of the reference widen to `string`; functions keep their parameter types. */
type Translation<M> = M extends string ? string : M;

/** What every catalogue must provide: each key of the English one, same parameters. */
export type Catalogue = { readonly [K in MessageKey]: Translation<Reference[K]> };

/** The extra argument `term(key, ...)` takes: none for a plain string, the params object otherwise. */
export type MessageParams<K extends MessageKey> = Reference[K] extends (params: infer P, tools: MessageTools) => string
  ? [params: P]
  : [];

export const catalogues = { en, fr } as const satisfies Record<string, Catalogue>;
export type SupportedLocale = keyof typeof catalogues;
export const DEFAULT_LOCALE: SupportedLocale = 'en';

function isSupported(tag: string): tag is SupportedLocale {
  return Object.hasOwn(catalogues, tag);
}

/** `fr-CA` -> `fr`, `de` -> `en`: the exact tag, then its language, then English. */
export function matchCatalogue(tag: string): SupportedLocale {
  const lower = tag.toLowerCase();
  if (isSupported(lower)) return lower;
  const language = lower.split('-')[0] ?? '';
  return isSupported(language) ? language : DEFAULT_LOCALE;
}

export { en, fr };
