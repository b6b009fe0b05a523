import * as z from 'zod';
import { isHttpsUrl } from '../https-url.js';

/** Opaque identifiers: the reference backend uses UUIDs, other backends may not. */
export const Id = z.string().min(1).max(128);

export const Timestamp = z.iso.datetime({ offset: true }).meta({ description: 'RFC 3339 date-time' });

/** `#RRGGBB` only: what the colour inputs produce and what contrast maths needs. */
export const HexColor = z
  .string()
  .regex(/^#[0-9A-Fa-f]{6}$/, 'must be a colour as #RRGGBB')
  .meta({ id: 'HexColor', example: '#0B5FFF' });

/** Only validated `https:` URLs may reach an `href` or `src` (security baseline). */
export const HttpsUrl = z
  .string()
  .max(2048)
  .refine(isHttpsUrl, 'must be an https:// URL')
  .meta({ id: 'HttpsUrl', format: 'uri', description: 'An absolute https:// URL', example: 'https://example.com/offers' });

const graphemes = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

/** Counts user-perceived characters: an emoji or an accented letter with a combining mark is one. */
export function graphemeCount(text: string): number {
  let count = 0;
  for (const _ of graphemes.segment(text)) count++;
  return count;
}

export const Cursor = z.string().min(1).max(512).meta({ description: 'Opaque cursor from a previous page' });

export const PageLimit = z.coerce.number().int().min(1).max(500).default(50);

/** A page of a list: `total` counts every match (within the caller's scope), not just this page. */
export function pageOf<T extends z.ZodType>(item: T, id: string) {
  return z
    .object({
      items: z.array(item),
      total: z.number().int().min(0),
      nextCursor: z.string().nullable(),
    })
    .meta({ id });
}

/** A query parameter that may repeat (`?status=active&status=invited`) or come once. */
export function repeatable<T extends z.ZodType>(item: T) {
  return z.preprocess((value) => (value === undefined || Array.isArray(value) ? value : [value]), z.array(item).optional());
}
