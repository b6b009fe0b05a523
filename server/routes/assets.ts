import { randomBytes } from 'node:crypto';
import type { Hono } from 'hono';
import type { AssetPurpose } from '../../src/api/schemas/asset.js';
import { recordAudit } from '../audit.js';
import type { Database } from '../db/database.js';
import { inspectImage } from '../domain/images.js';
import type { ImageType } from '../domain/images.js';
import { bindRoute } from '../http/contract-router.js';
import type { AppEnv } from '../http/env.js';
import { forbidden, notFound } from '../problems.js';
import { requirePermission } from '../scope.js';

interface AssetRow {
  id: string;
  purpose: AssetPurpose;
  content_type: ImageType;
  width: number;
  height: number;
  bytes: number;
  created_at: Date | string;
}

/**
 * Headers of a served image: its stored type, no sniffing, and a CSP that
 * forbids scripts even if the file is opened on its own; ids never change
 * content, so caches may keep it for good.
 */
const SERVED_HEADERS = {
  'x-content-type-options': 'nosniff',
  'content-security-policy': "default-src 'none'; sandbox",
  'cache-control': 'public, max-age=31536000, immutable',
  'content-disposition': 'inline',
} as const;

/** Logo and banner uploads (checked by their bytes) and their public download. */
export function registerAssetRoutes(app: Hono<AppEnv>, db: Database): void {
  bindRoute(app, db, 'uploadAsset', async ({ admin, query, body }) => {
    requirePermission(admin, 'branding.write');
    // Images only serve branding, which an agency-scoped admin cannot change.
    if (admin.scope.kind === 'agencies') throw forbidden('An admin scoped to agencies cannot change branding, so cannot upload its images.');
    const image = inspectImage(body, query.purpose);
    // Unguessable: the download is public because an <img> cannot send a token.
    const id = `as-${randomBytes(18).toString('base64url')}`;
    const clientId = admin.scope.kind === 'partner' ? null : admin.scope.clientId;
    const row = await db.transaction(async (tx) => {
      const [inserted] = await tx.query<AssetRow>(
        `insert into assets (id, partner_id, purpose, content_type, width, height, bytes, data, created_by)
         values ($1, $2, $3, $4, $5, $6, $7, $8, $9)
         returning id, purpose, content_type, width, height, bytes, created_at`,
        [id, admin.scope.partnerId, query.purpose, image.contentType, image.width, image.height, body.byteLength, body, admin.id],
      );
      await recordAudit(tx, {
        action: 'asset.uploaded',
        actor: admin,
        clientId,
        subject: { type: 'asset', id, label: `${query.purpose} ${image.width}x${image.height}` },
        details: { purpose: query.purpose, contentType: image.contentType, width: image.width, height: image.height, bytes: body.byteLength },
      });
      return inserted!;
    });
    return {
      status: 201,
      body: {
        id: row.id,
        purpose: row.purpose,
        contentType: row.content_type,
        width: row.width,
        height: row.height,
        bytes: row.bytes,
        createdAt: new Date(row.created_at).toISOString(),
      },
    };
  });

  bindRoute(app, db, 'getAsset', async ({ params }) => {
    const [row] = await db.query<{ content_type: ImageType; data: Uint8Array }>('select content_type, data from assets where id = $1', [params.assetId]);
    if (!row) throw notFound('The image');
    return new Response(new Uint8Array(row.data), {
      status: 200,
      headers: { 'content-type': row.content_type, 'content-length': String(row.data.byteLength), ...SERVED_HEADERS },
    });
  });
}
