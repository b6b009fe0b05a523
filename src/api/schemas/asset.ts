import * as z from 'zod/mini';
import { Id, Timestamp, described } from './common.js';

export const ASSET_PURPOSES = ['logo', 'banner'] as const;
export type AssetPurpose = (typeof ASSET_PURPOSES)[number];

/** Limits of DOMAIN.md, checked on the client and again on the server from the bytes. */
export const ASSET_LIMITS: Readonly<Record<AssetPurpose, { maxWidth: number; maxHeight: number; maxBytes: number }>> = {
  logo: { maxWidth: 600, maxHeight: 600, maxBytes: 3 * 1024 * 1024 },
  banner: { maxWidth: 2000, maxHeight: 2000, maxBytes: 3 * 1024 * 1024 },
};

export const ASSET_TYPES = ['image/png', 'image/jpeg'] as const;

export const AssetUploadQuery = z.object({ purpose: z.enum(ASSET_PURPOSES) });

const Positive = z.int().check(z.minimum(1));

export const Asset = described(
  z.object({
    id: Id,
    purpose: z.enum(ASSET_PURPOSES),
    contentType: z.enum(ASSET_TYPES),
    width: Positive,
    height: Positive,
    bytes: Positive,
    createdAt: Timestamp,
  }),
  { id: 'Asset' },
);
export type Asset = z.infer<typeof Asset>;
