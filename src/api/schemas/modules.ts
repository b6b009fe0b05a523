import * as z from 'zod';
import { Id, Timestamp } from './common.js';
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
export const ModuleSettings = z
  .partialRecord(z.enum(MODULE_KEYS), z.boolean())
  .meta({ id: 'ModuleSettings' });
export type ModuleSettings = z.infer<typeof ModuleSettings>;

export const EffectiveModule = z
  .object({
    key: z.enum(MODULE_KEYS),
    enabled: z.boolean(),
    source: z.enum(VALUE_SOURCES),
    impacts: z.array(z.enum(MODULE_KEYS)),
  })
  .meta({ id: 'EffectiveModule' });
export type EffectiveModule = z.infer<typeof EffectiveModule>;

export const LevelModules = z
  .object({
    level: z.enum(BRANDING_LEVELS),
    ownerId: Id,
    settings: ModuleSettings,
    effective: z.array(EffectiveModule),
    etag: z.string(),
    updatedAt: Timestamp.nullable(),
    updatedBy: z.string().nullable(),
  })
  .meta({ id: 'LevelModules' });
export type LevelModules = z.infer<typeof LevelModules>;
