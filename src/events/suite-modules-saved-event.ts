import type { LevelModules } from '../api/schemas/modules.js';

export interface SuiteModulesSavedEventInit {
  /** The level as saved: its own switches, the effective result and the new ETag. */
  modules: LevelModules;
}

/**
 * Module switches were saved. A page showing the dashboard next to them
 * reloads it (`dashboard.reload()`), or gives it `modules.effective` directly
 * when both show the same level.
 */
export class SuiteModulesSavedEvent extends Event {
  readonly modules: LevelModules;

  constructor(init: SuiteModulesSavedEventInit) {
    super('suite-modules-saved', { bubbles: true, composed: true });
    this.modules = init.modules;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'suite-modules-saved': SuiteModulesSavedEvent;
  }
}
