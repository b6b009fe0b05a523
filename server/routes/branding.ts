import type { Hono } from 'hono';
import type { AssetPurpose } from '../../src/api/schemas/asset.js';
import type { AuditAction } from '../../src/api/schemas/audit.js';
import type { BrandingLevel, BrandingSettings, LevelBranding } from '../../src/api/schemas/branding.js';
import type { Me, Permission } from '../../src/api/schemas/me.js';
import type { LevelModules, ModuleSettings } from '../../src/api/schemas/modules.js';
import type { FieldError } from '../../src/api/schemas/problem.js';
import { recordAudit } from '../audit.js';
import type { ServerConfig } from '../config.js';
import type { Database, Queryable } from '../db/database.js';
import { changedFields, effectiveBranding, effectiveModules, levelEtag, loadLevel, saveLevel } from '../domain/branding.js';
import type { LevelLayer, SettingsKind, StoredLevel } from '../domain/branding.js';
import { bindRoute } from '../http/contract-router.js';
import type { AppEnv } from '../http/env.js';
import { forbidden, invalid, notFound } from '../problems.js';
import { assertPartnerAdmin, reachClient, requirePermission } from '../scope.js';
import { registerAssetRoutes } from './assets.js';

/** The level a request addresses, resolved within the admin's reach. */
interface Target {
  level: BrandingLevel;
  ownerId: string;
  /** The partner whose level the client inherits from, and whose assets the settings may use. */
  partnerId: string;
  clientId: string | null;
  label: string;
  /** The admin reaches only some agencies of the client: it may read the client's settings, not change them. */
  agencyScoped: boolean;
}

/** The partner level is the partner admin's alone; anyone else gets 404, as if it did not exist. */
async function partnerTarget(db: Queryable, admin: Me, partnerId: string): Promise<Target> {
  assertPartnerAdmin(admin, partnerId);
  const [row] = await db.query<{ name: string }>('select name from partners where id = $1', [partnerId]);
  if (!row) throw notFound('The partner');
  return { level: 'partner', ownerId: partnerId, partnerId, clientId: null, label: row.name, agencyScoped: false };
}

async function clientTarget(db: Queryable, admin: Me, clientId: string): Promise<Target> {
  const reach = await reachClient(db, admin, clientId);
  const [row] = await db.query<{ name: string }>('select name from clients where id = $1', [reach.clientId]);
  if (!row) throw notFound('The client');
  return { level: 'client', ownerId: reach.clientId, partnerId: reach.partnerId, clientId: reach.clientId, label: row.name, agencyScoped: reach.agencyIds !== null };
}

/** Branding and modules apply to the whole client: an agency-scoped admin may read them, not change them. */
function assertWriter(admin: Me, target: Target, permission: Permission): void {
  requirePermission(admin, permission);
  if (target.agencyScoped) throw forbidden('These settings apply to the whole client; an admin scoped to agencies cannot change them.');
}

/** The levels under `own`, then `own` itself: a client inherits from its partner's level. */
async function layersFor<S>(db: Queryable, kind: SettingsKind, target: Target, own: StoredLevel<S>): Promise<LevelLayer<S>[]> {
  const layers: LevelLayer<S>[] = [];
  if (target.level === 'client') layers.push({ source: 'partner', settings: (await loadLevel<S>(db, kind, 'partner', target.partnerId)).settings });
  layers.push({ source: target.level, settings: own.settings });
  return layers;
}

const levelFields = <S>(kind: SettingsKind, own: StoredLevel<S>) => ({
  level: own.level,
  ownerId: own.ownerId,
  settings: own.settings,
  etag: levelEtag(kind, own.level, own.ownerId, own.version),
  updatedAt: own.updatedAt,
  updatedBy: own.updatedBy,
});

async function brandingBody(db: Queryable, target: Target, own: StoredLevel<BrandingSettings>): Promise<LevelBranding> {
  const layers = await layersFor(db, 'branding', target, own);
  // The last layer is the level's own: without it, what the level inherits.
  return { ...levelFields('branding', own), effective: effectiveBranding(layers), inherited: effectiveBranding(layers.slice(0, -1)) };
}

async function modulesBody(db: Queryable, target: Target, own: StoredLevel<ModuleSettings>): Promise<LevelModules> {
  const layers = await layersFor(db, 'modules', target, own);
  return { ...levelFields('modules', own), effective: effectiveModules(layers), inherited: effectiveModules(layers.slice(0, -1)) };
}

const ASSET_FIELDS: readonly { field: 'logoAssetId' | 'bannerAssetId'; purpose: AssetPurpose }[] = [
  { field: 'logoAssetId', purpose: 'logo' },
  { field: 'bannerAssetId', purpose: 'banner' },
];

/** A logo must be an asset uploaded as a logo by this partner (or one of its clients), a banner as a banner. */
async function assertAssets(db: Queryable, partnerId: string, settings: BrandingSettings): Promise<void> {
  const errors: FieldError[] = [];
  for (const { field, purpose } of ASSET_FIELDS) {
    const id = settings[field];
    if (id === undefined || id === null) continue;
    const [row] = await db.query<{ purpose: AssetPurpose }>('select purpose from assets where id = $1 and partner_id = $2', [id, partnerId]);
    if (!row) errors.push({ path: field, code: 'unknown_asset', message: 'no uploaded image has this id' });
    else if (row.purpose !== purpose) errors.push({ path: field, code: 'wrong_purpose', message: `must be an image uploaded as a ${purpose}, not a ${row.purpose}` });
  }
  if (errors.length > 0) throw invalid(errors);
}

/** Saves (or resets, with `{}`) one level and audits the fields that changed, in one transaction. */
async function writeLevel<S extends object>(
  db: Database,
  kind: SettingsKind,
  admin: Me,
  target: Target,
  settings: S,
  ifMatch: string,
  action: AuditAction,
): Promise<StoredLevel<S>> {
  return db.transaction(async (tx) => {
    const { before, after } = await saveLevel<S>(tx, kind, target.level, target.ownerId, settings, ifMatch, admin.displayName);
    await recordAudit(tx, {
      action,
      actor: admin,
      clientId: target.clientId,
      subject: { type: target.level, id: target.ownerId, label: target.label },
      details: { level: target.level, fields: changedFields(before.settings as Record<string, unknown>, after.settings as Record<string, unknown>) },
    });
    return after;
  });
}

/** Branding and module switches at partner and client level, and the logo/banner assets they point at. */
export function registerBrandingRoutes(app: Hono<AppEnv>, db: Database, _config: ServerConfig): void {
  const withEtag = <B extends { etag: string }>(body: B) => ({ body, etag: body.etag });

  // Branding ------------------------------------------------------------------

  bindRoute(app, db, 'getPartnerBranding', async ({ admin, params }) => {
    const target = await partnerTarget(db, admin, params.partnerId);
    return withEtag(await brandingBody(db, target, await loadLevel<BrandingSettings>(db, 'branding', 'partner', target.ownerId)));
  });

  bindRoute(app, db, 'putPartnerBranding', async ({ admin, params, body, ifMatch }) => {
    const target = await partnerTarget(db, admin, params.partnerId);
    assertWriter(admin, target, 'branding.write');
    await assertAssets(db, target.partnerId, body);
    return withEtag(await brandingBody(db, target, await writeLevel(db, 'branding', admin, target, body, ifMatch, 'branding.updated')));
  });

  bindRoute(app, db, 'resetPartnerBranding', async ({ admin, params, ifMatch }) => {
    const target = await partnerTarget(db, admin, params.partnerId);
    assertWriter(admin, target, 'branding.write');
    return withEtag(await brandingBody(db, target, await writeLevel<BrandingSettings>(db, 'branding', admin, target, {}, ifMatch, 'branding.reset')));
  });

  bindRoute(app, db, 'getClientBranding', async ({ admin, params }) => {
    const target = await clientTarget(db, admin, params.clientId);
    requirePermission(admin, 'branding.read');
    return withEtag(await brandingBody(db, target, await loadLevel<BrandingSettings>(db, 'branding', 'client', target.ownerId)));
  });

  bindRoute(app, db, 'putClientBranding', async ({ admin, params, body, ifMatch }) => {
    const target = await clientTarget(db, admin, params.clientId);
    assertWriter(admin, target, 'branding.write');
    await assertAssets(db, target.partnerId, body);
    return withEtag(await brandingBody(db, target, await writeLevel(db, 'branding', admin, target, body, ifMatch, 'branding.updated')));
  });

  bindRoute(app, db, 'resetClientBranding', async ({ admin, params, ifMatch }) => {
    const target = await clientTarget(db, admin, params.clientId);
    assertWriter(admin, target, 'branding.write');
    return withEtag(await brandingBody(db, target, await writeLevel<BrandingSettings>(db, 'branding', admin, target, {}, ifMatch, 'branding.reset')));
  });

  bindRoute(app, db, 'getEffectiveBranding', async ({ admin, params }) => {
    const target = await clientTarget(db, admin, params.clientId);
    requirePermission(admin, 'branding.read');
    const own = await loadLevel<BrandingSettings>(db, 'branding', 'client', target.ownerId);
    return { body: effectiveBranding(await layersFor(db, 'branding', target, own)) };
  });

  // Modules (no read permission exists: every admin within reach may see which modules its users have) --

  bindRoute(app, db, 'getPartnerModules', async ({ admin, params }) => {
    const target = await partnerTarget(db, admin, params.partnerId);
    return withEtag(await modulesBody(db, target, await loadLevel<ModuleSettings>(db, 'modules', 'partner', target.ownerId)));
  });

  bindRoute(app, db, 'putPartnerModules', async ({ admin, params, body, ifMatch }) => {
    const target = await partnerTarget(db, admin, params.partnerId);
    assertWriter(admin, target, 'modules.write');
    return withEtag(await modulesBody(db, target, await writeLevel(db, 'modules', admin, target, body, ifMatch, 'modules.updated')));
  });

  bindRoute(app, db, 'resetPartnerModules', async ({ admin, params, ifMatch }) => {
    const target = await partnerTarget(db, admin, params.partnerId);
    assertWriter(admin, target, 'modules.write');
    return withEtag(await modulesBody(db, target, await writeLevel<ModuleSettings>(db, 'modules', admin, target, {}, ifMatch, 'modules.reset')));
  });

  bindRoute(app, db, 'getClientModules', async ({ admin, params }) => {
    const target = await clientTarget(db, admin, params.clientId);
    return withEtag(await modulesBody(db, target, await loadLevel<ModuleSettings>(db, 'modules', 'client', target.ownerId)));
  });

  bindRoute(app, db, 'putClientModules', async ({ admin, params, body, ifMatch }) => {
    const target = await clientTarget(db, admin, params.clientId);
    assertWriter(admin, target, 'modules.write');
    return withEtag(await modulesBody(db, target, await writeLevel(db, 'modules', admin, target, body, ifMatch, 'modules.updated')));
  });

  bindRoute(app, db, 'resetClientModules', async ({ admin, params, ifMatch }) => {
    const target = await clientTarget(db, admin, params.clientId);
    assertWriter(admin, target, 'modules.write');
    return withEtag(await modulesBody(db, target, await writeLevel<ModuleSettings>(db, 'modules', admin, target, {}, ifMatch, 'modules.reset')));
  });

  bindRoute(app, db, 'getEffectiveModules', async ({ admin, params }) => {
    const target = await clientTarget(db, admin, params.clientId);
    const own = await loadLevel<ModuleSettings>(db, 'modules', 'client', target.ownerId);
    return { body: { items: effectiveModules(await layersFor(db, 'modules', target, own)) } };
  });

  registerAssetRoutes(app, db);
}
