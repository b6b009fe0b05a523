import * as z from 'zod/mini';
import { Id, Timestamp, described } from './common.js';
import { BRANDING_LEVELS, VALUE_SOURCES } from './branding.js';

export const MODULE_KEYS = [
  'dashboard',
  'my_phones',
  'documents',
  'call_management',
  'call_logs',
  'voicemail',
  'contacts',
  'unified_communications',
  'highlight_mobile_offers',
] as const;
export type ModuleKey = (typeof MODULE_KEYS)[number];

/** Switches that change other modules (DOMAIN.md: "the UI says which modules a switch impacts"). */
export const MODULE_IMPACTS: Readonly<Record<ModuleKey, readonly ModuleKey[]>> = {
  dashboard: [],
  my_phones: [],
  documents: [],
  call_management: ['call_logs', 'voicemail'],
  call_logs: [],
  voicemail: [],
  contacts: [],
  unified_communications: ['contacts'],
  highlight_mobile_offers: ['dashboard', 'my_phones'],
};

/** One level's own switches; an absent key inherits. */
export const ModuleSettings = described(z.partialRecord(z.enum(MODULE_KEYS), z.boolean()), { id: 'ModuleSettings' });
export type ModuleSettings = z.infer<typeof ModuleSettings>;

export const EffectiveModule = described(
  z.object({
    key: z.enum(MODULE_KEYS),
    enabled: z.boolean(),
    source: z.enum(VALUE_SOURCES),
    impacts: z.array(z.enum(MODULE_KEYS)),
  }),
  { id: 'EffectiveModule' },
);
export type EffectiveModule = z.infer<typeof EffectiveModule>;

export const LevelModules = described(
  z.object({
    level: z.enum(BRANDING_LEVELS),
    ownerId: Id,
    settings: ModuleSettings,
    effective: z.array(EffectiveModule),
    /**
     * What this level would show without switches of its own: the partner's
     * effective modules for a client, the defaults for a partner. A switch
     * reset to inherited shows its value at once, and a client admin, who may
     * not read the partner level, still knows it.
     */
    inherited: z.array(EffectiveModule),
    etag: z.string(),
    updatedAt: z.nullable(Timestamp),
    updatedBy: z.nullable(z.string()),
  }),
  { id: 'LevelModules' },
);

export const EffectiveModuleList = described(z.object({ items: z.array(EffectiveModule) }), { id: 'EffectiveModuleList' });
export type LevelModules = z.infer<typeof LevelModules>;
