import * as z from 'zod/mini';
import { en } from 'zod/v4/locales';
import { isHttpsUrl } from '../https-url.js';

// zod/mini ships no messages by default; English ones (about 1 KB) make
// validation and incompatible-backend errors readable on both sides.
z.config(en());

/**
 * Attaches OpenAPI metadata; with an `id` the schema becomes a named component
 * of openapi.json. (zod/mini has no `.meta()`: this is the same registry.)
 */
export function described<T extends z.ZodMiniType>(schema: T, meta: z.core.GlobalMeta): T {
  z.globalRegistry.add(schema as z.ZodMiniType, meta);
  return schema;
}

/** Opaque identifiers: the reference backend uses readable ids or UUIDs, other backends may not. */
export const Id = z.string().check(z.minLength(1), z.maxLength(128));

export const Timestamp = described(z.iso.datetime({ offset: true }), { description: 'RFC 3339 date-time' });

/** `#RRGGBB` only: what the colour inputs produce and what contrast maths needs. */
export const HexColor = described(z.string().check(z.regex(/^#[0-9A-Fa-f]{6}$/, 'must be a colour as #RRGGBB')), {
  id: 'HexColor',
  example: '#0B5FFF',
});

/** Only validated `https:` URLs may reach an `href` or `src` (security baseline). */
export const HttpsUrl = described(z.string().check(z.maxLength(2048), z.refine(isHttpsUrl, 'must be an https:// URL')), {
  id: 'HttpsUrl',
  format: 'uri',
  description: 'An absolute https:// URL',
  example: 'https://example.com/offers',
});

const graphemes = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

/** Counts user-perceived characters: an emoji or an accented letter with a combining mark is one. */
export function graphemeCount(text: string): number {
  let count = 0;
  for (const _ of graphemes.segment(text)) count++;
  return count;
}

export const Cursor = described(z.string().check(z.minLength(1), z.maxLength(512)), { description: 'Opaque cursor from a previous page' });

/** A whole number from a query string (`?limit=20`) or a body. */
export function queryInt(min: number, max: number, fallback: number) {
  return z._default(z.coerce.number().check(z.int(), z.minimum(min), z.maximum(max)), fallback);
}

/** A page of a list: `total` counts every match (within the caller's scope), not just this page. */
export function pageOf<T extends z.ZodMiniType>(item: T, id: string) {
  return described(
    z.object({
      items: z.array(item),
      total: z.int().check(z.minimum(0)),
      nextCursor: z.nullable(z.string()),
    }),
    { id },
  );
}

/** A query parameter that may repeat (`?status=active&status=invited`) or come once; `max` caps how many times. */
export function repeatable<T extends z.ZodMiniType>(item: T, max?: number) {
  return z.optional(
    z.pipe(
      z.transform((value: unknown) => (value === undefined || Array.isArray(value) ? value : [value])),
      max === undefined ? z.array(item) : z.array(item).check(z.maxLength(max)),
    ),
  );
}

/**
 * Issues with each failed union resolved to the branch the value was meant
 * for, when exactly one branch has the value's keys (no unknown key at its
 * root): `{ newcomer: { email: null } }` against ReplaceUser is then an issue
 * at `newcomer.email`, not a bare `invalid_union` at the root. Other issues,
 * and unions whose branch cannot be told, are kept as they are.
 */
export function resolveUnionIssues(issues: readonly z.core.$ZodIssue[]): z.core.$ZodIssue[] {
  return issues.flatMap((issue) => {
    if (issue.code !== 'invalid_union' || !Array.isArray(issue.errors)) return [issue];
    const meant = issue.errors.filter((branch) => !branch.some((inner) => inner.code === 'unrecognized_keys' && inner.path.length === 0));
    if (meant.length !== 1) return [issue];
    return resolveUnionIssues(meant[0]!.map((inner) => ({ ...inner, path: [...issue.path, ...inner.path] }) as z.core.$ZodIssue));
  });
}
