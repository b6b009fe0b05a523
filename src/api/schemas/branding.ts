import * as z from 'zod';
import { HexColor, HttpsUrl, Id, Timestamp, graphemeCount } from './common.js';

export const BRANDING_LEVELS = ['partner', 'client'] as const;
export type BrandingLevel = (typeof BRANDING_LEVELS)[number];

/** Where an effective value comes from. */
export const VALUE_SOURCES = ['default', 'partner', 'client'] as const;
export type ValueSource = (typeof VALUE_SOURCES)[number];

export const MESSAGE_MAX_GRAPHEMES = 150;

export const Gradient = z
  .object({ from: HexColor, to: HexColor, angle: z.number().int().min(0).max(360).default(90) })
  .strict()
  .meta({ id: 'Gradient' });
export type Gradient = z.infer<typeof Gradient>;

export const MessageText = z
  .string()
  .refine((text) => graphemeCount(text) <= MESSAGE_MAX_GRAPHEMES, `at most ${MESSAGE_MAX_GRAPHEMES} characters`)
  .meta({ description: `At most ${MESSAGE_MAX_GRAPHEMES} user-perceived characters (grapheme clusters)` });

/**
 * One level's own settings. A field that is absent inherits (partner from the
 * default, client from the partner); `null` means "use the default" explicitly,
 * overriding what would be inherited.
 */
export const BrandingSettings = z
  .object({
    logoAssetId: Id.nullable(),
    primaryColor: HexColor.nullable(),
    gradient: Gradient.nullable(),
    textColor: HexColor.nullable(),
    bannerAssetId: Id.nullable(),
    messageLink: HttpsUrl.nullable(),
    messageText: MessageText.nullable(),
  })
  .partial()
  .strict()
  .meta({ id: 'BrandingSettings' });
export type BrandingSettings = z.infer<typeof BrandingSettings>;
export type BrandingField = keyof BrandingSettings;
export const BRANDING_FIELDS = Object.keys(BrandingSettings.shape) as BrandingField[];

function sourced<T extends z.ZodType>(value: T) {
  return z.object({ value, source: z.enum(VALUE_SOURCES) });
}

/** What the selfcare shows, each field with its source. */
export const EffectiveBranding = z
  .object({
    logoAssetId: sourced(Id.nullable()),
    primaryColor: sourced(HexColor),
    gradient: sourced(Gradient.nullable()),
    textColor: sourced(HexColor),
    bannerAssetId: sourced(Id.nullable()),
    messageLink: sourced(HttpsUrl.nullable()),
    messageText: sourced(z.string().nullable()),
  })
  .meta({ id: 'EffectiveBranding' });
export type EffectiveBranding = z.infer<typeof EffectiveBranding>;

/** A level's branding as stored, with the effective result and the ETag to send back in If-Match. */
export const LevelBranding = z
  .object({
    level: z.enum(BRANDING_LEVELS),
    ownerId: Id,
    settings: BrandingSettings,
    effective: EffectiveBranding,
    etag: z.string(),
    updatedAt: Timestamp.nullable(),
    updatedBy: z.string().nullable(),
  })
  .meta({ id: 'LevelBranding' });
export type LevelBranding = z.infer<typeof LevelBranding>;
