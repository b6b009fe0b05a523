import type { BrandingLevel } from '../api/schemas/branding.js';
import type { ModuleKey } from '../api/schemas/modules.js';

/** One switch as the admin wants it: on, off, or `null` for "follow the inherited setting again". */
export interface ModuleSettingChange {
  key: ModuleKey;
  enabled: boolean | null;
  /** The other modules this switch changes (MODULE_IMPACTS), so a host can say so in its own confirmation. */
  impacts: readonly ModuleKey[];
}

export interface SuiteModuleToggleEventInit {
  level: BrandingLevel;
  /** The partner's id at partner level, the client's at client level. */
  ownerId: string;
  /** One change for a switch or its reset; every switch set at this level for "use inherited for all". */
  changes: readonly ModuleSettingChange[];
}

/**
 * The admin is about to change module switches; fired before anything is
 * saved. Cancelable: a host that wants a confirmation of its own (or refuses
 * the change) calls `preventDefault()` and the switches stay as they were.
 */
export class SuiteModuleToggleEvent extends Event {
  readonly level: BrandingLevel;
  readonly ownerId: string;
  readonly changes: readonly ModuleSettingChange[];

  constructor(init: SuiteModuleToggleEventInit) {
    super('suite-module-toggle', { bubbles: true, composed: true, cancelable: true });
    this.level = init.level;
    this.ownerId = init.ownerId;
    this.changes = init.changes;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'suite-module-toggle': SuiteModuleToggleEvent;
  }
}
