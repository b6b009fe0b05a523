import * as z from 'zod';
import { Id, Timestamp } from './common.js';

export const ASSET_PURPOSES = ['logo', 'banner'] as const;
export type AssetPurpose = (typeof ASSET_PURPOSES)[number];

/** Limits of DOMAIN.md, checked on the client and again on the server from the bytes. */
export const ASSET_LIMITS: Readonly<Record<AssetPurpose, { maxWidth: number; maxHeight: number; maxBytes: number }>> = {
  logo: { maxWidth: 600, maxHeight: 600, maxBytes: 3 * 1024 * 1024 },
  banner: { maxWidth: 2000, maxHeight: 2000, maxBytes: 3 * 1024 * 1024 },
};

export const ASSET_TYPES = ['image/png', 'image/jpeg'] as const;

export const AssetUploadQuery = z.object({ purpose: z.enum(ASSET_PURPOSES) });

export const Asset = z
  .object({
    id: Id,
    purpose: z.enum(ASSET_PURPOSES),
    contentType: z.enum(ASSET_TYPES),
    width: z.number().int().min(1),
    height: z.number().int().min(1),
    bytes: z.number().int().min(1),
    createdAt: Timestamp,
  })
  .meta({ id: 'Asset' });
export type Asset = z.infer<typeof Asset>;
