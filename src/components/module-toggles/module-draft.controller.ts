import type { ReactiveControllerHost } from 'lit';
import { isSuiteApiError } from '../../api/errors.js';
import type { LevelModules, ModuleKey, ModuleSettings } from '../../api/schemas/modules.js';
import type { LevelTarget, SuiteApi } from '../../api/suite-api.js';

export type ModuleTogglesApi = Pick<SuiteApi, 'getModules' | 'saveModules' | 'resetModules'>;

/** Where saves go; undefined until the element knows its api and level. */
export interface ModuleConnection {
  api: ModuleTogglesApi;
  target: LevelTarget;
}

/** A 412: the level as another admin left it, next to the settings this admin's changes were made on. */
export interface ModuleConflict {
  theirs: LevelModules;
  base: ModuleSettings;
}

export interface ModuleDraftOptions {
  connection(): ModuleConnection | undefined;
  onSaved(level: LevelModules): void;
  /** A save failed for another reason than a conflict (which the admin resolves). */
  onFailed(error: unknown): void;
}

/** On, off, or `null`: no setting at this level, the inherited one applies. */
export type ModulePatch = Partial<Record<ModuleKey, boolean | null>>;

/** Switches whose own setting differs between two versions (absent, on and off all differ). */
export function changedKeys(before: ModuleSettings, after: ModuleSettings): ModuleKey[] {
  const keys = new Set([...Object.keys(before), ...Object.keys(after)] as ModuleKey[]);
  return [...keys].filter((key) => before[key] !== after[key]);
}

/**
 * The admin's module switches of one level, saved as they change: one request
 * at a time with the last ETag, the switches flipped meanwhile going in the
 * next. On 412 saving stops and the other admin's version is fetched; the
 * draft stays until the admin chooses (`keepMine` or `useTheirs`). A failed
 * save keeps the draft too. It needs no lifecycle hook: it only asks its
 * host to render when its state changes.
 */
export class ModuleDraftController {
  /** The level as the server last answered it. */
  saved?: LevelModules;
  /** This level's own settings as the admin wants them. */
  draft: ModuleSettings = {};
  saving = false;
  error: unknown = undefined;
  conflict?: ModuleConflict;

  private flushing?: Promise<void>;
  /** Bumped when the element starts over (another client): answers for the previous level are dropped. */
  private generation = 0;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly options: ModuleDraftOptions,
  ) {}

  /** Starts over from a level as loaded (or from nothing), without a draft. */
  start(level?: LevelModules): void {
    this.generation++;
    this.saved = level;
    this.draft = { ...(level?.settings ?? {}) };
    this.error = undefined;
    this.conflict = undefined;
    this.saving = false;
    this.host.requestUpdate();
  }

  change(patch: ModulePatch): Promise<void> {
    const draft: ModuleSettings = { ...this.draft };
    for (const [key, enabled] of Object.entries(patch) as [ModuleKey, boolean | null][]) {
      if (enabled === null) delete draft[key];
      else draft[key] = enabled;
    }
    this.draft = draft;
    this.host.requestUpdate();
    return this.save();
  }

  /** Saves again after a failure; the draft is still the admin's. */
  retry(): Promise<void> {
    this.error = undefined;
    this.host.requestUpdate();
    return this.save();
  }

  /** Their version, with this admin's changes written over it: their other changes stay. */
  keepMine(): Promise<void> {
    const conflict = this.conflict;
    if (!conflict) return Promise.resolve();
    const merged: ModuleSettings = { ...conflict.theirs.settings };
    for (const key of changedKeys(conflict.base, this.draft)) {
      const mine = this.draft[key];
      if (mine === undefined) delete merged[key];
      else merged[key] = mine;
    }
    this.saved = conflict.theirs;
    this.draft = merged;
    this.conflict = undefined;
    this.host.requestUpdate();
    return this.save();
  }

  /** Their version as it is: this admin's unsaved changes are dropped, on their request. */
  useTheirs(): void {
    if (this.conflict) this.start(this.conflict.theirs);
  }

  /** Whether the draft differs from what the server has. */
  get unsaved(): boolean {
    return this.saved !== undefined && changedKeys(this.saved.settings, this.draft).length > 0;
  }

  private save(): Promise<void> {
    this.flushing ??= this.flush().finally(() => {
      this.flushing = undefined;
    });
    return this.flushing;
  }

  private async flush(): Promise<void> {
    const generation = this.generation;
    for (;;) {
      const connection = this.options.connection();
      const saved = this.saved;
      if (!connection || !saved || this.conflict || this.error !== undefined || !this.unsaved) return;
      const sending = { ...this.draft };
      this.saving = true;
      this.host.requestUpdate();
      try {
        // An empty level is a reset, which the audit log records as such.
        const result =
          Object.keys(sending).length === 0
            ? await connection.api.resetModules(connection.target, saved.etag)
            : await connection.api.saveModules(connection.target, sending, saved.etag);
        if (generation !== this.generation) return;
        this.saved = result;
        this.options.onSaved(result);
        // Nothing flipped meanwhile: done, even if a backend kept something else than was sent (no endless resaving).
        if (changedKeys(sending, this.draft).length === 0) return;
      } catch (error) {
        if (generation !== this.generation) return;
        if (isSuiteApiError(error) && error.kind === 'conflict') await this.openConflict(connection, saved.settings, generation);
        else {
          this.error = error;
          this.options.onFailed(error);
        }
      } finally {
        if (generation === this.generation) {
          this.saving = false;
          this.host.requestUpdate();
        }
      }
    }
  }

  private async openConflict(connection: ModuleConnection, base: ModuleSettings, generation: number): Promise<void> {
    try {
      const theirs = await connection.api.getModules(connection.target);
      if (generation === this.generation) this.conflict = { theirs, base };
    } catch (error) {
      if (generation !== this.generation) return;
      this.error = error;
      this.options.onFailed(error);
    }
  }
}
