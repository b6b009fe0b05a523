import type { LevelBranding } from '../api/schemas/branding.js';

export interface SuiteBrandingSavedEventInit {
  /** The level as the server now has it: its own settings, the effective result and the new ETag. */
  branding: LevelBranding;
}

/**
 * A branding level was saved (or reset). Siblings that show the branding (a
 * theme provider, a dashboard) refresh from `branding.effective`.
 */
export class SuiteBrandingSavedEvent extends Event {
  readonly branding: LevelBranding;

  constructor(init: SuiteBrandingSavedEventInit) {
    super('suite-branding-saved', { bubbles: true, composed: true });
    this.branding = init.branding;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'suite-branding-saved': SuiteBrandingSavedEvent;
  }
}
