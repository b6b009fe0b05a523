import { BRANDING_FIELDS } from '../../src/api/schemas/branding.js';
import type { BrandingLevel, BrandingSettings, EffectiveBranding, ValueSource } from '../../src/api/schemas/branding.js';
import { MODULE_IMPACTS, MODULE_KEYS } from '../../src/api/schemas/modules.js';
import { DEFAULT_BRANDING } from '../../src/theming/default-branding.js';
import type { EffectiveModule, ModuleKey, ModuleSettings } from '../../src/api/schemas/modules.js';
import type { Queryable } from '../db/database.js';
import { HttpProblem } from '../problems.js';

/** What a selfcare shows when neither the partner nor the client chose anything (shared with the kit's editor). */
export { DEFAULT_BRANDING };

/** Every module on, except the mobile-offers highlight, which a partner opts into. */
export const DEFAULT_MODULES: Readonly<Record<ModuleKey, boolean>> = {
  dashboard: true,
  my_phones: true,
  documents: true,
  call_management: true,
  call_logs: true,
  voicemail: true,
  contacts: true,
  unified_communications: true,
  highlight_mobile_offers: false,
};

/** One level's own settings in the order they apply: partner, then client. */
export interface LevelLayer<S> {
  source: Exclude<ValueSource, 'default'>;
  settings: S;
}

/**
 * Field by field: an absent field inherits from the layer below; `null` is an
 * explicit "use the default", which overrides what the partner chose, so its
 * source is the level that decided (resetting that level brings the inherited
 * value back).
 */
export function effectiveBranding(layers: readonly LevelLayer<BrandingSettings>[]): EffectiveBranding {
  const entries = BRANDING_FIELDS.map((field) => {
    let value: unknown = DEFAULT_BRANDING[field];
    let source: ValueSource = 'default';
    for (const layer of layers) {
      const own = layer.settings[field];
      if (own === undefined) continue;
      value = own ?? DEFAULT_BRANDING[field];
      source = layer.source;
    }
    return [field, { value, source }] as const;
  });
  return Object.fromEntries(entries) as EffectiveBranding;
}

export function effectiveModules(layers: readonly LevelLayer<ModuleSettings>[]): EffectiveModule[] {
  return MODULE_KEYS.map((key) => {
    let enabled = DEFAULT_MODULES[key];
    let source: ValueSource = 'default';
    for (const layer of layers) {
      const own = layer.settings[key];
      if (own === undefined) continue;
      enabled = own;
      source = layer.source;
    }
    return { key, enabled, source, impacts: [...MODULE_IMPACTS[key]] };
  });
}

/** Fields whose value differs between two versions of one level (absent and `null` differ: inherit vs default). */
export function changedFields(before: Record<string, unknown>, after: Record<string, unknown>): string[] {
  const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])];
  return keys.filter((key) => JSON.stringify(before[key]) !== JSON.stringify(after[key])).sort();
}

// ---------------------------------------------------------------------------
// Versioned storage, shared by branding_settings and module_settings.

export type SettingsKind = 'branding' | 'modules';

const TABLES: Record<SettingsKind, string> = { branding: 'branding_settings', modules: 'module_settings' };

export interface StoredLevel<S> {
  level: BrandingLevel;
  ownerId: string;
  settings: S;
  version: number;
  updatedAt: string | null;
  updatedBy: string | null;
}

interface LevelRow {
  settings: Record<string, unknown>;
  version: number;
  updated_at: Date | string | null;
  updated_by: string | null;
}

/**
 * Strong ETag of one level's version, e.g. `"b-client-c-001-v3"`. The owner id
 * is percent-encoded so that any id stays within the characters an ETag allows.
 */
export const levelEtag = (kind: SettingsKind, level: BrandingLevel, ownerId: string, version: number) =>
  `"${kind === 'branding' ? 'b' : 'm'}-${level}-${encodeURIComponent(ownerId)}-v${version}"`;

/**
 * RFC 9110 If-Match: a list of entity tags compared strongly (a weak `W/` tag
 * never matches), or `*`, which matches because every level exists (a level
 * never saved is empty at version 0).
 */
export function ifMatchSatisfied(header: string, current: string): boolean {
  if (header.trim() === '*') return true;
  const tags = header.match(/(W\/)?"[^"]*"/g) ?? [];
  return tags.some((tag) => tag === current);
}

const toStored = <S>(level: BrandingLevel, ownerId: string, row: LevelRow | undefined): StoredLevel<S> => ({
  level,
  ownerId,
  settings: (row?.settings ?? {}) as S,
  version: row?.version ?? 0,
  updatedAt: row?.updated_at ? new Date(row.updated_at).toISOString() : null,
  updatedBy: row?.updated_by ?? null,
});

/** A level never saved reads as empty settings at version 0. */
export async function loadLevel<S>(db: Queryable, kind: SettingsKind, level: BrandingLevel, ownerId: string): Promise<StoredLevel<S>> {
  const [row] = await db.query<LevelRow>(
    `select settings, version, updated_at, updated_by from ${TABLES[kind]} where level = $1 and owner_id = $2`,
    [level, ownerId],
  );
  return toStored<S>(level, ownerId, row);
}

const preconditionFailed = (etag: string) =>
  new HttpProblem(
    412,
    'precondition_failed',
    'Precondition failed',
    'Someone saved these settings since you read them; reload, then apply your change again.',
    undefined,
    { etag },
  );

/**
 * Replaces one level's settings if `ifMatch` names its current version, inside
 * `tx`. The update re-checks the version in its WHERE clause: of two saves sent
 * with the same ETag, the second waits for the first's row lock, then finds the
 * version moved and updates nothing, so it gets 412 instead of overwriting.
 * Returns the level before and after the save.
 */
export async function saveLevel<S>(
  tx: Queryable,
  kind: SettingsKind,
  level: BrandingLevel,
  ownerId: string,
  settings: S,
  ifMatch: string,
  updatedBy: string,
): Promise<{ before: StoredLevel<S>; after: StoredLevel<S> }> {
  const table = TABLES[kind];
  const before = await loadLevel<S>(tx, kind, level, ownerId);
  if (!ifMatchSatisfied(ifMatch, levelEtag(kind, level, ownerId, before.version))) {
    throw preconditionFailed(levelEtag(kind, level, ownerId, before.version));
  }
  // A level never saved has no row yet: create it empty at version 0 so the guarded update below has a row to lock.
  await tx.query(`insert into ${table} (level, owner_id) values ($1, $2) on conflict (level, owner_id) do nothing`, [level, ownerId]);
  const [row] = await tx.query<LevelRow>(
    `update ${table} set settings = $3::jsonb, version = version + 1, updated_at = now(), updated_by = $4
      where level = $1 and owner_id = $2 and version = $5
      returning settings, version, updated_at, updated_by`,
    [level, ownerId, JSON.stringify(settings), updatedBy, before.version],
  );
  if (!row) {
    const current = await loadLevel<S>(tx, kind, level, ownerId);
    throw preconditionFailed(levelEtag(kind, level, ownerId, current.version));
  }
  return { before, after: toStored<S>(level, ownerId, row) };
}
