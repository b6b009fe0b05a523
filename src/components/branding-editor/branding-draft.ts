import type { ReactiveControllerHost } from 'lit';
import { BRANDING_FIELDS } from '../../api/schemas/branding.js';
import type { BrandingField, BrandingLevel, BrandingSettings, EffectiveBranding, LevelBranding, ValueSource } from '../../api/schemas/branding.js';
import type { EffectiveBrandingValues } from '../../theming/branding-tokens.js';
import { DEFAULT_BRANDING } from '../../theming/default-branding.js';

/** A field's effective value type (what the selfcare shows). */
export type BrandingValue<F extends BrandingField> = EffectiveBranding[F]['value'];
export type BrandingValues = EffectiveBrandingValues;

/** How a level holds a field: absent (inherits), `null` (the default, chosen here), or its own value. */
export type Ownership = 'inherited' | 'default' | 'own';

export interface ResolvedField<F extends BrandingField> {
  value: BrandingValue<F>;
  source: ValueSource;
  ownership: Ownership;
}

/** The admin's unsaved work as kept in localStorage, with what it started from. */
export interface StoredDraft {
  etag: string;
  base: BrandingSettings;
  settings: BrandingSettings;
}

/** Another admin saved since this draft began: every field they changed, and what each side has. */
export interface ConflictField<F extends BrandingField = BrandingField> {
  field: F;
  theirs: BrandingSettings[F];
  mine: BrandingSettings[F];
  /** The admin changed it too (and differently): the default choice is theirs otherwise. */
  alsoMine: boolean;
}

export interface Conflict {
  theirs: LevelBranding;
  fields: ConflictField[];
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** Only the contract's fields, each kept as it was (absent, `null` or a value); anything else in storage is dropped. */
function ownFields(value: unknown): BrandingSettings {
  const source = (typeof value === 'object' && value !== null ? value : {}) as Record<string, unknown>;
  const settings: Record<string, unknown> = {};
  for (const field of BRANDING_FIELDS) if (source[field] !== undefined) settings[field] = source[field];
  return settings as BrandingSettings;
}

export function draftKey(level: BrandingLevel, ownerId: string): string {
  return `suite-kit:branding-draft:${level}:${ownerId}`;
}

/** A stored draft, or null (none, unreadable, or storage disabled by the browser). */
export function readStoredDraft(key: string): StoredDraft | null {
  try {
    const parsed = JSON.parse(localStorage.getItem(key) ?? 'null') as Partial<StoredDraft> | null;
    if (!parsed || typeof parsed.etag !== 'string') return null;
    return { etag: parsed.etag, base: ownFields(parsed.base), settings: ownFields(parsed.settings) };
  } catch {
    return null;
  }
}

function writeStoredDraft(key: string, draft: StoredDraft | null): void {
  try {
    if (draft) localStorage.setItem(key, JSON.stringify(draft));
    else localStorage.removeItem(key);
  } catch {
    // Storage full or disabled: the draft still lives in memory, and leaving still asks first.
  }
}

/**
 * Three-way merge of one level's settings: what the admin started from
 * (`base`), what they have now (`mine`) and what the server has (`theirs`).
 * A field only one side changed takes that side; a field both changed alike
 * is settled; the rest keep the admin's value until they choose. Every field
 * the other admin changed is listed so the admin sees it before saving.
 */
export function mergeSettings(base: BrandingSettings, mine: BrandingSettings, theirs: BrandingSettings): { merged: BrandingSettings; fields: ConflictField[] } {
  const merged: Record<string, unknown> = {};
  const fields: ConflictField[] = [];
  for (const field of BRANDING_FIELDS) {
    const theyChanged = !same(theirs[field], base[field]);
    const iChanged = !same(mine[field], base[field]);
    const value = theyChanged && !iChanged ? theirs[field] : mine[field];
    if (value !== undefined) merged[field] = value;
    if (theyChanged && !same(theirs[field], mine[field])) fields.push({ field, theirs: theirs[field], mine: mine[field], alsoMine: iChanged });
  }
  return { merged: merged as BrandingSettings, fields };
}

/**
 * One level's branding being edited: the server's version it started from
 * (with its ETag), the admin's settings, and what each field inherits. Every
 * change is kept in localStorage under the level and owner with that ETag, so
 * a reload, a crash or a switch to another client loses nothing; a draft
 * older than the server's version comes back as a conflict to settle.
 */
export class BrandingDraft {
  /** The server's version the draft is based on. */
  base: LevelBranding | undefined;
  settings: BrandingSettings = {};
  conflict: Conflict | undefined;
  /** The draft came back from storage when the level was loaded. */
  restored = false;

  private key = '';

  /** `host` re-renders on every change; the draft needs no lifecycle of its own. */
  constructor(private readonly host: ReactiveControllerHost) {}

  get dirty(): boolean {
    return this.base !== undefined && (this.conflict !== undefined || !same(this.settings, this.base.settings));
  }

  /** Starts editing `branding`. */
  load(branding: LevelBranding): void {
    this.key = draftKey(branding.level, branding.ownerId);
    this.base = branding;
    this.conflict = undefined;
    const stored = readStoredDraft(this.key);
    this.restored = stored !== null && !same(stored.settings, stored.base);
    if (!stored || !this.restored) {
      this.settings = { ...branding.settings };
      writeStoredDraft(this.key, null);
    } else if (stored.etag === branding.etag) {
      this.settings = stored.settings;
    } else {
      this.settings = stored.settings;
      this.startConflict(stored.base, branding);
    }
    this.host.requestUpdate();
  }

  /** Sets one field of the draft; `undefined` resets it to what the level inherits. */
  set<F extends BrandingField>(field: F, value: BrandingSettings[F] | undefined): void {
    this.update({ [field]: value } as BrandingSettings);
  }

  /** Sets several fields at once (a contrast fix, "use the default colours"). */
  update(changes: { [F in BrandingField]?: BrandingSettings[F] | undefined }): void {
    const settings: Record<string, unknown> = { ...this.settings };
    for (const [field, value] of Object.entries(changes)) {
      if (value === undefined) delete settings[field];
      else settings[field] = value;
    }
    this.settings = settings as BrandingSettings;
    this.persist();
    this.host.requestUpdate();
  }

  /** Every field back to what the level inherits (saved as an empty level). */
  resetAll(): void {
    this.settings = {};
    this.persist();
    this.host.requestUpdate();
  }

  /** Drops the admin's changes: back to the server's version. */
  discard(): void {
    if (!this.base) return;
    this.settings = { ...this.base.settings };
    this.conflict = undefined;
    this.persist();
    this.host.requestUpdate();
  }

  /** The server accepted the draft. */
  saved(branding: LevelBranding): void {
    this.base = branding;
    this.settings = { ...branding.settings };
    this.conflict = undefined;
    this.restored = false;
    this.persist();
    this.host.requestUpdate();
  }

  /** A save met a newer version (412): merge onto it and list what the other admin changed. */
  conflicted(theirs: LevelBranding): void {
    if (!this.base) return;
    this.startConflict(this.base.settings, theirs);
    this.host.requestUpdate();
  }

  /**
   * Settles a conflict with the admin's choice per field (`true`: keep mine);
   * the draft is then based on the server's version, ready to save.
   */
  resolve(keepMine: Partial<Record<BrandingField, boolean>>): void {
    const conflict = this.conflict;
    if (!conflict) return;
    const settings: Record<string, unknown> = { ...this.settings };
    for (const { field, theirs, mine } of conflict.fields) {
      const value = keepMine[field] ? mine : theirs;
      if (value === undefined) delete settings[field];
      else settings[field] = value;
    }
    this.base = conflict.theirs;
    this.settings = settings as BrandingSettings;
    this.conflict = undefined;
    this.persist();
    this.host.requestUpdate();
  }

  /** A field as the selfcare would show it with the draft: its value, where it comes from, how this level holds it. */
  resolveField<F extends BrandingField>(field: F): ResolvedField<F> {
    const own = this.settings[field];
    const level = this.base?.level ?? 'partner';
    if (own === undefined) return this.inheritedField(field);
    if (own === null) return { value: DEFAULT_BRANDING[field], source: level, ownership: 'default' };
    return { value: own as BrandingValue<F>, source: level, ownership: 'own' };
  }

  /** What the field would be if this level did not set it. */
  inheritedField<F extends BrandingField>(field: F): ResolvedField<F> {
    const inherited = this.base?.inherited[field] as { value: BrandingValue<F>; source: ValueSource } | undefined;
    return inherited ? { ...inherited, ownership: 'inherited' } : { value: DEFAULT_BRANDING[field], source: 'default', ownership: 'inherited' };
  }

  /** Every field's value with the draft applied. */
  values(): BrandingValues {
    const entries = BRANDING_FIELDS.map((field) => [field, this.resolveField(field).value]);
    return Object.fromEntries(entries) as BrandingValues;
  }

  private startConflict(base: BrandingSettings, theirs: LevelBranding): void {
    const { merged, fields } = mergeSettings(base, this.settings, theirs.settings);
    if (fields.length === 0) {
      // Nothing they changed differs from this draft: rebase silently.
      this.base = theirs;
      this.settings = merged;
      this.conflict = undefined;
    } else {
      this.settings = merged;
      this.conflict = { theirs, fields };
    }
    this.persist();
  }

  private persist(): void {
    if (!this.base) return;
    const unsaved = this.conflict !== undefined || !same(this.settings, this.base.settings);
    writeStoredDraft(this.key, unsaved ? { etag: this.base.etag, base: this.base.settings, settings: this.settings } : null);
  }
}
