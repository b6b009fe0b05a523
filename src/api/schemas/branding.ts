import * as z from 'zod/mini';
import { HexColor, HttpsUrl, Id, Timestamp, described, graphemeCount } from './common.js';

export const BRANDING_LEVELS = ['partner', 'client'] as const;
export type BrandingLevel = (typeof BRANDING_LEVELS)[number];

/** Where an effective value comes from. */
export const VALUE_SOURCES = ['default', 'partner', 'client'] as const;
export type ValueSource = (typeof VALUE_SOURCES)[number];

export const MESSAGE_MAX_GRAPHEMES = 150;

export const Gradient = described(
  z.strictObject({ from: HexColor, to: HexColor, angle: z._default(z.int().check(z.minimum(0), z.maximum(360)), 90) }),
  { id: 'Gradient' },
);
export type Gradient = z.infer<typeof Gradient>;

export const MessageText = described(
  z.string().check(z.refine((text) => graphemeCount(text) <= MESSAGE_MAX_GRAPHEMES, `at most ${MESSAGE_MAX_GRAPHEMES} characters`)),
  { description: `At most ${MESSAGE_MAX_GRAPHEMES} user-perceived characters (grapheme clusters)` },
);

/**
 * One level's own settings. A field that is absent inherits (partner from the
 * default, client from the partner); `null` means "use the default" explicitly,
 * overriding what would be inherited.
 */
export const BrandingSettings = described(
  z.partial(
    z.strictObject({
      logoAssetId: z.nullable(Id),
      primaryColor: z.nullable(HexColor),
      gradient: z.nullable(Gradient),
      textColor: z.nullable(HexColor),
      bannerAssetId: z.nullable(Id),
      messageLink: z.nullable(HttpsUrl),
      messageText: z.nullable(MessageText),
    }),
  ),
  { id: 'BrandingSettings' },
);
export type BrandingSettings = z.infer<typeof BrandingSettings>;
export type BrandingField = keyof BrandingSettings;
export const BRANDING_FIELDS = Object.keys(BrandingSettings.shape) as BrandingField[];

function sourced<T extends z.ZodMiniType>(value: T) {
  return z.object({ value, source: z.enum(VALUE_SOURCES) });
}

/** What the selfcare shows, each field with its source. */
export const EffectiveBranding = described(
  z.object({
    logoAssetId: sourced(z.nullable(Id)),
    primaryColor: sourced(HexColor),
    gradient: sourced(z.nullable(Gradient)),
    textColor: sourced(HexColor),
    bannerAssetId: sourced(z.nullable(Id)),
    messageLink: sourced(z.nullable(HttpsUrl)),
    messageText: sourced(z.nullable(z.string())),
  }),
  { id: 'EffectiveBranding' },
);
export type EffectiveBranding = z.infer<typeof EffectiveBranding>;

/** A level's branding as stored, with the effective result and the ETag to send back in If-Match. */
export const LevelBranding = described(
  z.object({
    level: z.enum(BRANDING_LEVELS),
    ownerId: Id,
    settings: BrandingSettings,
    effective: EffectiveBranding,
    /**
     * What this level would show without settings of its own: the partner's
     * effective values for a client, the defaults for a partner. A client admin
     * may not read the partner level, yet must see what "reset to inherited"
     * brings back.
     */
    inherited: EffectiveBranding,
    etag: z.string(),
    updatedAt: z.nullable(Timestamp),
    updatedBy: z.nullable(z.string()),
  }),
  { id: 'LevelBranding' },
);
export type LevelBranding = z.infer<typeof LevelBranding>;
