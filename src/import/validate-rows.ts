import * as z from 'zod/mini';
import type { CellError, CellErrorCode, ImportColumn, ImportRow } from '../api/schemas/import.js';
import { IMPORT_COLUMNS } from '../api/schemas/import.js';
import { EXPIRATION_MODES, MAIL_LANGUAGES, PostalAddress, TWO_FACTOR_MODES, UserCreate, VISIBILITIES } from '../api/schemas/user.js';
import type { ImportKind } from './types.js';

/**
 * The one validation of import rows, run by the browser (in the import worker,
 * against the admin's agencies and pools) and again by the server (against
 * the whole client, existing users included): the same cells get the same
 * errors, codes and messages on both sides. No DOM, no server import.
 *
 * Each cell is checked with the contract's own schema for its field
 * (`UserCreate.shape`), not the whole object per row: the same rules, and
 * 100,000 rows in about 0.3 s instead of 2 to 5 s.
 */

/** A row's user as the contract's `UserCreate` parses it. */
export type ImportedUser = z.output<typeof UserCreate>;

/** What the rows are checked against. */
export interface ImportReferences {
  /** Lower-cased agency name or id -> id; for an agency-scoped admin only its own agencies (the others do not exist for it). */
  agencies: ReadonlyMap<string, string>;
  /** Lower-cased pool key, name or id -> id. */
  pools: ReadonlyMap<string, string>;
  agencyScoped: boolean;
  /**
   * The client's existing users, lower-cased: only the server knows them. The
   * browser leaves them out, and duplicates of existing users and unknown
   * owners are then reported by the server.
   */
  existing?: {
    emails: ReadonlySet<string>;
    logins: ReadonlySet<string>;
    /** Logins of users (not contacts): who may own a contact. */
    ownerLogins: ReadonlySet<string>;
  };
}

/** An echoed cell is cut here, so 10,000 errors on 4,000-character cells stay a readable answer. */
const MAX_ECHOED_VALUE = 200;

/** Each column's position: a plain object, read in a few nanoseconds where a Map lookup would hash. */
const COLUMN_ORDER = Object.fromEntries(IMPORT_COLUMNS.map((column, index) => [column, index])) as Record<ImportColumn, number>;
/**
 * `COLUMN.EMAIL`: where a column's cell sits in a row's `CellValues`. The
 * checker reads cells by these numbers: an array read by position costs a
 * fraction of a property read by a name that changes from call to call.
 */
const COLUMN: Readonly<Record<ImportColumn, number>> = COLUMN_ORDER;
const byRowThenColumn = (a: CellError, b: CellError) => a.row - b.row || COLUMN_ORDER[a.column as ImportColumn] - COLUMN_ORDER[b.column as ImportColumn];
const bit = (column: ImportColumn) => 1 << COLUMN_ORDER[column];

/** A row's cells by column position (`IMPORT_COLUMNS` order), undefined where empty or absent. */
export type CellValues = (string | undefined)[];

const FIELDS = UserCreate.shape;
const ADDRESS = PostalAddress.shape;

type Checks = readonly { _zod: { def: { check?: string; format?: string; maximum?: number; pattern?: RegExp } } }[];
type StringDef = { type: string; innerType?: z.ZodMiniType; coerce?: boolean; check?: string; format?: string; pattern?: RegExp; checks?: Checks };

/**
 * A field's schema as a plain test of the strings it passes unchanged, read
 * once from the schema's own definition: a string held to maximum lengths and
 * patterns (the email format, regexes), nothing that transforms or refines.
 * Null for any other schema, which zod runs. A string the test refuses goes
 * through zod too, for its issue (and for the few the test is stricter than
 * zod on: over the length in UTF-16 units, within it in code points).
 */
function plainTest(schema: z.ZodMiniType): ((value: string) => boolean) | null {
  let def = schema._zod.def as StringDef;
  while ((def.type === 'nullable' || def.type === 'default') && def.innerType) def = def.innerType._zod.def as StringDef;
  if (def.type !== 'string' || def.coerce) return null;
  const patterns: RegExp[] = [];
  let max = Infinity;
  if (def.check !== undefined) {
    if (def.check !== 'string_format' || (def.format !== 'email' && def.format !== 'regex') || !(def.pattern instanceof RegExp)) return null;
    patterns.push(def.pattern);
  }
  for (const { _zod: { def: check } } of def.checks ?? []) {
    if (check.check === 'max_length' && check.maximum !== undefined) max = Math.min(max, check.maximum);
    else if (check.check === 'string_format' && check.format === 'regex' && check.pattern instanceof RegExp) patterns.push(check.pattern);
    else return null;
  }
  if (patterns.some((pattern) => pattern.global || pattern.sticky)) return null;
  const [first, second] = patterns;
  if (patterns.length > 2) return null;
  if (second) return (value) => value.length <= max && first!.test(value) && second.test(value);
  if (first) return (value) => value.length <= max && first.test(value);
  return (value) => value.length <= max;
}

/** The code of a schema issue the explicit checks did not already catch. */
function issueCode(column: ImportColumn, issue: z.core.$ZodIssue): CellErrorCode {
  if (column === 'COUNTRY') return 'invalid_enum';
  if (issue.code === 'too_big') return 'too_long';
  switch (column) {
    case 'FIRSTNAME':
    case 'LASTNAME':
      return 'required'; // a name of spaces only: the schema trims it to nothing
    case 'EMAIL':
      return 'invalid_email';
    case 'LOGIN':
    case 'OWNER_LOGIN':
      return 'invalid_login';
    case 'PHONE':
    case 'MOBILE':
      return 'invalid_phone';
    case 'STORAGE_QUOTA':
    case 'BACKUP_QUOTA':
      return 'invalid_quota';
    case 'SUSPENSION_DATE':
      return 'invalid_date';
    default:
      return 'invalid_enum';
  }
}

type Params = NonNullable<CellError['params']>;

function issueMessage(column: ImportColumn, issue: z.core.$ZodIssue): { message: string; params?: Params } {
  if (column === 'COUNTRY') return { message: 'must be a two-letter country code (ISO 3166-1), e.g. FR', params: { format: 'ISO 3166-1 alpha-2' } };
  if (issue.code === 'too_big') {
    const max = Number(issue.maximum);
    return { message: `at most ${max} ${column === 'AGENCIES' || column === 'LICENCE_POOL' ? 'entries' : 'characters'}`, params: { max } };
  }
  return { message: issue.message };
}

/** Case-insensitive lookup of a closed list, answering the contract's spelling. */
const spellings = <T extends string>(values: readonly T[]) =>
  // The contract's own spelling too: the cell as written is found without a lower-cased copy.
  new Map<string, T>(values.flatMap((v) => [[v, v], [v.toLowerCase(), v]] as const));

/** The import creates staff (`user`, `operator`, `admin`); super administrators are appointed, not imported. */
const ROLES = spellings(['user', 'operator', 'admin'] as const);
const LANGUAGES = spellings(MAIL_LANGUAGES);
const VISIBILITY = spellings(VISIBILITIES);
const TWO_FACTOR = spellings(TWO_FACTOR_MODES);
const EXPIRATION = spellings(EXPIRATION_MODES);
const ACCOUNT_TYPE = spellings(['user', 'contact'] as const);
const VISIBILITY_NAMES = VISIBILITIES.join(', ');
const TWO_FACTOR_NAMES = TWO_FACTOR_MODES.join(', ');
const EXPIRATION_NAMES = EXPIRATION_MODES.join(', ');
/** Yes/no cells as English, French, spreadsheet booleans or digits. */
const YES_NO = new Map<string, boolean>([
  ['yes', true], ['oui', true], ['true', true], ['vrai', true], ['1', true],
  ['no', false], ['non', false], ['false', false], ['faux', false], ['0', false],
]);

/**
 * `dd/mm/yyyy` with an optional `/hh:mm` or ` hh:mm` (DOMAIN.md): `01/04/2018` is
 * 1 April. Read as UTC: the file carries no zone and the contract stores an
 * instant; a Paris admin's midnight is then 01:00 or 02:00 local, which for
 * a suspension (a day, not a minute) is what they meant.
 */
const DATE_PATTERN = /^(\d{1,2})\/(\d{1,2})\/(\d{4})(?:[/ ](\d{1,2}):(\d{2}))?$/;

export function parseImportDate(text: string): string | null {
  const match = DATE_PATTERN.exec(text);
  if (!match) return null;
  const day = Number(match[1]);
  const month = Number(match[2]);
  const year = Number(match[3]);
  const hours = Number(match[4] ?? 0);
  const minutes = Number(match[5] ?? 0);
  if (hours > 23 || minutes > 59) return null;
  const date = new Date(Date.UTC(year, month - 1, day, hours, minutes));
  // Date.UTC rolls 31/02 over to March: a round trip tells real dates from impossible ones.
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  return date.toISOString();
}

/** `a, b; c` -> [a, b, c]: several agencies or pools in one cell. */
const splitList = (text: string) =>
  text
    .split(/[,;]/)
    .map((part) => part.trim())
    .filter(Boolean);

/**
 * A copy of `text` that does not keep alive the string it was cut from. V8
 * keeps a cell cut from a 1 MB chunk of the file as a view into that chunk,
 * so a value kept for the whole file (a key to find duplicates, an error's
 * cell) would keep every chunk: concatenating makes a new string, and slicing
 * it flattens it into a copy of its own.
 */
const detach = (text: string) => ` ${text}`.slice(1);

const echo = (value: string | undefined): string | null => {
  if (value === undefined || value === '') return null;
  return value.length > MAX_ECHOED_VALUE ? `${detach(value.slice(0, MAX_ECHOED_VALUE))}…` : detach(value);
};

/**
 * Emails or logins met so far, compared case-insensitively, with the row that
 * first had each. A Map of 100,000 lower-cased keys cost a lower-cased copy
 * of every cell and a lookup among big scattered entries (about 0.7 us a
 * cell, the validator's largest cost); here the cell is hashed where it lies,
 * ASCII folded as it is read, into a typed hash table, and the keys kept are
 * their characters one after the other in a typed array: no string per key
 * (a copy, since a cell cut from the file's text would keep the text alive),
 * nothing for the garbage collector to trace.
 */
class FirstRows {
  /**
   * Each entry's cell as written, when kept (`keepCells`): the second half of
   * a file checked on its own thread needs them once the first half is known
   * (csv-halves.ts), to report its first occurrences that the first half had.
   */
  readonly #cells: (string | undefined)[] | null;
  /** Open addressing, linear probing: each slot is its hash then its entry + 1 (0: empty), side by side for one cache line. */
  #table = new Int32Array(2 << 12);
  /**
   * The keys' characters, lower-cased, one after the other: entry n ends at
   * `#ends[n]`, where entry n + 1 starts. A byte each until a key has a
   * character beyond Latin-1 (emails and logins hardly ever do).
   */
  #chars: Uint8Array | Uint16Array = new Uint8Array(1 << 16);
  #ends = new Int32Array(1 << 12);
  #rows = new Int32Array(1 << 12);
  /** Each entry's hash, so that another half's checker looks it up without hashing it again (`findEntry`). */
  #hashes = new Int32Array(1 << 12);
  #count = 0;
  /** Where the last `find` stopped: the slot `add` fills. */
  #slot = 0;
  #hash = 0;
  /** The last value lower-cased by `toLowerCase` (beyond ASCII), or null: it was folded as read. */
  #key: string | null = null;

  constructor(keepCells = false) {
    this.#cells = keepCells ? [] : null;
  }

  /** The row that first had `value` (any case), or undefined; `add` then keeps it with the next row. */
  find(value: string): number | undefined {
    let hash = 0x811c9dc5;
    let key: string | null = null;
    for (let i = 0; i < value.length; i++) {
      let code = value.charCodeAt(i);
      if (code >= 128) {
        // Beyond ASCII, case folding is toLowerCase's own (one letter may become two): hash its result.
        key = value.toLowerCase();
        hash = 0x811c9dc5;
        for (let j = 0; j < key.length; j++) hash = Math.imul(hash ^ key.charCodeAt(j), 0x01000193);
        break;
      }
      if (code >= 65 && code <= 90) code += 32;
      hash = Math.imul(hash ^ code, 0x01000193);
    }
    const table = this.#table;
    const mask = table.length - 2;
    let slot = (hash << 1) & mask;
    for (let entry = table[slot + 1]!; entry !== 0; entry = table[slot + 1]!) {
      if (table[slot] === hash && this.#same(entry - 1, key ?? value, key === null)) return this.#rows[entry - 1];
      slot = (slot + 2) & mask;
    }
    this.#slot = slot;
    this.#hash = hash;
    this.#key = key;
    return undefined;
  }

  /** Whether entry `entry` is `text`, ASCII folded first when `fold`. */
  #same(entry: number, text: string, fold: boolean): boolean {
    const start = entry === 0 ? 0 : this.#ends[entry - 1]!;
    if (this.#ends[entry]! - start !== text.length) return false;
    const chars = this.#chars;
    for (let i = 0; i < text.length; i++) {
      let code = text.charCodeAt(i);
      if (fold && code >= 65 && code <= 90) code += 32;
      if (chars[start + i] !== code) return false;
    }
    return true;
  }

  /** Keeps the value the last `find` did not find; `cell`: the cell as written, kept if asked. */
  add(value: string, row: number, cell?: string): void {
    const text = this.#key ?? value;
    const fold = this.#key === null;
    const entry = this.#count++;
    this.#cells?.push(cell);
    if (entry === this.#ends.length) {
      this.#ends = grown(this.#ends, this.#ends.length * 2);
      this.#rows = grown(this.#rows, this.#rows.length * 2);
      this.#hashes = grown(this.#hashes, this.#hashes.length * 2);
    }
    const start = entry === 0 ? 0 : this.#ends[entry - 1]!;
    if (start + text.length > this.#chars.length) this.#chars = grown(this.#chars, Math.max(this.#chars.length * 2, start + text.length));
    let chars = this.#chars;
    for (let i = 0; i < text.length; i++) {
      let code = text.charCodeAt(i);
      if (fold && code >= 65 && code <= 90) code += 32;
      if (code > 255 && chars instanceof Uint8Array) {
        const wide = new Uint16Array(chars.length);
        wide.set(chars);
        this.#chars = chars = wide;
      }
      chars[start + i] = code;
    }
    this.#ends[entry] = start + text.length;
    this.#rows[entry] = row;
    this.#hashes[entry] = this.#hash;
    this.#table[this.#slot] = this.#hash;
    this.#table[this.#slot + 1] = entry + 1;
    // At most half the slots full: probes stay short.
    if (this.#count * 4 > this.#table.length) this.#grow();
  }

  /** The entries as typed arrays, copied to be transferred to another thread (`findEntry` reads them there). */
  entries(): FirstRowEntries {
    const count = this.#count;
    return {
      chars: this.#chars.slice(0, count === 0 ? 0 : this.#ends[count - 1]),
      ends: this.#ends.slice(0, count),
      rows: this.#rows.slice(0, count),
      hashes: this.#hashes.slice(0, count),
    };
  }

  /** The row of entry `entry`. */
  row(entry: number): number {
    return this.#rows[entry]!;
  }

  /** The cell that made entry `entry`, as written (kept only with `keepCells`). */
  cell(entry: number): string | undefined {
    return this.#cells?.[entry];
  }

  /** The row that first had entry `entry` of `other` (the same column's entries in the other half of the file), or undefined. */
  findEntry(other: FirstRowEntries, entry: number): number | undefined {
    const start = entry === 0 ? 0 : other.ends[entry - 1]!;
    const end = other.ends[entry]!;
    const hash = other.hashes[entry]!;
    const table = this.#table;
    const mask = table.length - 2;
    for (let slot = (hash << 1) & mask, own = table[slot + 1]!; own !== 0; slot = (slot + 2) & mask, own = table[slot + 1]!) {
      if (table[slot] !== hash) continue;
      const from = own === 1 ? 0 : this.#ends[own - 2]!;
      if (this.#ends[own - 1]! - from !== end - start) continue;
      let same = true;
      for (let i = 0; same && i < end - start; i++) same = this.#chars[from + i] === other.chars[start + i];
      if (same) return this.#rows[own - 1];
    }
    return undefined;
  }

  #grow(): void {
    const old = this.#table;
    const table = new Int32Array(old.length * 2);
    const mask = table.length - 2;
    for (let at = 0; at < old.length; at += 2) {
      if (old[at + 1] === 0) continue;
      let slot = (old[at]! << 1) & mask;
      while (table[slot + 1] !== 0) slot = (slot + 2) & mask;
      table[slot] = old[at]!;
      table[slot + 1] = old[at + 1]!;
    }
    this.#table = table;
  }
}

/** A column's first occurrences (`FirstRows`), as one thread hands them to another: entry n's folded characters end at `ends[n]`, its row is `rows[n]`, its hash `hashes[n]`. */
export interface FirstRowEntries {
  chars: Uint8Array | Uint16Array;
  ends: Int32Array;
  rows: Int32Array;
  hashes: Int32Array;
}

/** The emails and logins first met in one half of a file. */
export interface HalfFirsts {
  emails: FirstRowEntries;
  logins: FirstRowEntries;
}

/** An email or login met first in the second half of a file (its `entry` there) that the first half had already, first in `firstRow`. */
export interface FirstRowConflict {
  column: 'EMAIL' | 'LOGIN';
  entry: number;
  firstRow: number;
}

/** What the settled second half of a file adds to the first (see `ImportRowChecker.settleAsSecondHalf`). */
export interface HalfTotals {
  errors: CellError[];
  errorsByCode: Partial<Record<CellErrorCode, number>>;
  errorRows: number;
  seatDemand: [string, number][];
  /** Required columns empty in every row of that half (bits). */
  unfilled: number;
}

const duplicateOf = (firstRow: number) => `duplicate of row ${firstRow}`;

/** A copy of `array` in a bigger one. */
function grown<T extends Int32Array | Uint8Array | Uint16Array>(array: T, length: number): T {
  const bigger = new (array.constructor as new (length: number) => T)(length);
  bigger.set(array);
  return bigger;
}

const NO_IDS: readonly string[] = [];

/** Columns a file must have: EMAIL for user files, OWNER_LOGIN for contact files, AGENCIES for agency-scoped admins. */
export function requiredColumns(kind: ImportKind, agencyScoped: boolean): ImportColumn[] {
  const columns: ImportColumn[] = ['LASTNAME', 'FIRSTNAME', 'LOGIN', 'MAIL_LANGUAGE'];
  if (kind === 'users') columns.push('EMAIL');
  if (kind === 'contacts') columns.push('OWNER_LOGIN');
  if (agencyScoped) columns.push('AGENCIES');
  return columns;
}

/** The codes a cell left empty gets: a column empty in every row turns them into one missing_column error. */
const EMPTY_CELL_CODES = new Set<CellErrorCode>(['required', 'owner_required']);

/** Distinct values remembered per column: names and emails repeat little, companies, cities and quotas a lot. */
const MEMO_SIZE = 4096;

interface Memo {
  values: (Map<string, unknown> | null)[];
  hits: Uint32Array;
}

/** Each column's plain test (see `plainTest`), read from its schema on first use: a column is always parsed with the same schema. */
const PLAIN_TESTS: (((value: string) => boolean) | null | undefined)[] = IMPORT_COLUMNS.map(() => undefined);

/**
 * One row's cells and the columns already reported (a bit per column: no
 * allocation per cell). One instance per checker, moved from row to row.
 */
class RowCells {
  #failed = 0;
  errors: CellError[] | null = null;
  row = 0;
  /** The row's cells: repeated values are swapped for their first instance (see `parse`). */
  values: CellValues = [];

  constructor(
    /** Columns missing from the file: their one missing_column error says it all. */
    readonly absent: number,
    /** Values each column's schema already accepted, with what it made of them; null once a column proves unique. */
    readonly memo: Memo,
  ) {}

  start(row: number, values: CellValues): void {
    this.row = row;
    this.values = values;
    this.#failed = 0;
    this.errors = null;
  }

  get anyFailed(): boolean {
    return this.#failed !== 0;
  }

  failed(column: number): boolean {
    return ((this.#failed | this.absent) & (1 << column)) !== 0;
  }

  fail(column: number, code: CellErrorCode, message: string, params?: Params): void {
    this.#failed |= 1 << column;
    const error: CellError = { row: this.row, column: IMPORT_COLUMNS[column]!, value: echo(this.values[column]), code, message };
    if (params) error.params = params;
    (this.errors ??= []).push(error);
  }

  text(column: number): string {
    const value = this.values[column];
    return value === undefined ? '' : value.trim();
  }

  required(column: number, message = 'required', code: CellErrorCode = 'required', params?: Params): string {
    const value = this.text(column);
    if (value === '') {
      // A column missing from the file fails the row without an error of its own.
      if (this.failed(column)) this.#failed |= 1 << column;
      else this.fail(column, code, message, params);
    }
    return value;
  }

  choice<T>(column: number, allowed: ReadonlyMap<string, T>, message: string, names: string): T | undefined {
    const value = this.text(column);
    if (value === '') return undefined;
    const found = allowed.get(value) ?? allowed.get(value.toLowerCase());
    if (found === undefined) this.fail(column, 'invalid_enum', message, { allowed: names });
    return found;
  }

  /** The cell through its field's schema in the contract: the parsed value, or undefined once reported. */
  parse<S extends z.ZodMiniType>(column: number, schema: S, value: string): z.output<S> | undefined {
    const index = column;
    let plain = PLAIN_TESTS[index];
    if (plain === undefined) PLAIN_TESTS[index] = plain = plainTest(schema);
    const known = this.memo.values[index]!;
    if (known === null) return plain !== null && plain(value) ? (value as z.output<S>) : this.validate(column, schema, value);
    const hit = known.get(value);
    if (hit !== undefined) {
      this.memo.hits[index]!++;
      // The row keeps the first instance of a repeated value: 100,000 rows of one company name hold one string, not 100,000.
      // A plain test's value is the text itself, which is the cell when trimming took nothing: lengths tell, without comparing the texts.
      const raw = this.values[column]!;
      if (plain !== null ? raw.length === value.length : raw === hit) this.values[column] = hit as string;
      return hit as z.output<S>;
    }
    const parsed = plain !== null && plain(value) ? (value as z.output<S>) : this.validate(column, schema, value);
    if (parsed === undefined) return parsed;
    if (known.size < MEMO_SIZE) {
      const key = detach(value);
      known.set(key, parsed === value ? key : parsed);
    }
    // Full, and hardly ever hit (emails, logins, phone numbers): not worth a lookup per row any more.
    else if (this.memo.hits[index]! < MEMO_SIZE) this.memo.values[index] = null;
    return parsed;
  }

  validate<S extends z.ZodMiniType>(column: number, schema: S, value: unknown): z.output<S> | undefined {
    const result = z.safeParse(schema, value);
    if (result.success) return result.data;
    if (!this.failed(column)) {
      const issue = result.error.issues[0]!;
      const name = IMPORT_COLUMNS[column]!;
      const { message, params } = issueMessage(name, issue);
      this.fail(column, issueCode(name, issue), message, params);
    }
    return undefined;
  }

  /** A nullable text field: null when empty (always valid), else through its schema. */
  nullable<S extends z.ZodMiniType>(column: number, schema: S): z.output<S> | null {
    const text = this.text(column);
    return text === '' ? null : (this.parse(column, schema, text) ?? null);
  }
}

/** What the whole file's check found; `validRows` keeps the rows' order. */
export interface ImportValidation {
  validRows: { row: number; user: ImportedUser }[];
  /** Every error, sorted by row then column (in `IMPORT_COLUMNS` order). */
  errors: CellError[];
  errorRows: number;
  errorsByCode: Partial<Record<CellErrorCode, number>>;
}

/**
 * Checks rows one at a time, so the browser can read, check and drop a row
 * before the next (a 200,000-row file never sits whole in memory as cells),
 * and `finish` adds what needs every row: owners named before their user row,
 * and required columns empty in every row (one missing_column error, not one
 * per row).
 */
export class ImportRowChecker {
  /** Errors in row order; `finish` sorts the few it adds. */
  readonly errors: CellError[] = [];
  readonly errorsByCode: Partial<Record<CellErrorCode, number>> = {};
  errorRows = 0;
  /** Seats the passing user rows would take, by pool id (contacts take none). */
  readonly seatDemand = new Map<string, number>();

  readonly #kind: ImportKind;
  readonly #maxErrors: number;
  readonly #refs: ImportReferences;
  readonly #required: ImportColumn[];
  /** `#required` as positions. */
  readonly #requiredAt: number[];
  /** The row `check` and `checkUser` copy an `ImportRow`'s cells into. */
  readonly #rowValues: CellValues = IMPORT_COLUMNS.map(() => undefined);
  readonly #absent: number;
  /** Required columns not yet seen filled in any row (bits). */
  #unfilled: number;
  readonly #memo: Memo = { values: IMPORT_COLUMNS.map(() => new Map<string, unknown>()), hits: new Uint32Array(IMPORT_COLUMNS.length) };
  readonly #cell: RowCells;
  /** Dates already read, by their text. */
  readonly #dates = new Map<string, string>();
  /** Single agency or pool names as written, with the one id each names. */
  readonly #agencyNamed = new Map<string, readonly [string]>();
  readonly #poolNamed = new Map<string, readonly [string]>();
  readonly #firstEmail: FirstRows;
  readonly #firstLogin: FirstRows;
  /** Logins of the file's own user rows: a contact may be owned by a user imported alongside it. */
  readonly #fileOwnerLogins = new Set<string>();
  readonly #ownerChecks: { row: number; owner: string; raw: string }[] = [];

  /**
   * `absentColumns`: required columns the file has no header for (one error each, none per row).
   * `maxErrors`: errors beyond it are counted in `errorsByCode` but not kept.
   * `secondHalf`: checks the second half of a file, to be settled against the first (`settleAsSecondHalf`).
   */
  constructor(
    kind: ImportKind,
    refs: ImportReferences,
    { absentColumns = [], maxErrors = Infinity, secondHalf = false }: { absentColumns?: Iterable<ImportColumn>; maxErrors?: number; secondHalf?: boolean } = {},
  ) {
    this.#firstEmail = new FirstRows(secondHalf);
    this.#firstLogin = new FirstRows(secondHalf);
    this.#kind = kind;
    this.#maxErrors = maxErrors;
    this.#refs = refs;
    this.#required = requiredColumns(kind, refs.agencyScoped);
    this.#requiredAt = this.#required.map((column) => COLUMN[column]);
    let absent = 0;
    for (const column of absentColumns) absent |= bit(column);
    this.#absent = absent;
    this.#cell = new RowCells(absent, this.#memo);
    this.#unfilled = this.#required.reduce((bits, column) => bits | bit(column), 0) & ~absent;
  }

  #add(error: CellError): void {
    if (this.errors.length < this.#maxErrors) this.errors.push(error);
    this.errorsByCode[error.code] = (this.errorsByCode[error.code] ?? 0) + 1;
  }

  /** Checks one row: whether every cell passed. */
  check(row: ImportRow): boolean {
    return this.#check(row.row, this.#valuesOf(row), false) !== null;
  }

  /** Checks one row: the user it creates, or null when one of its cells is wrong. */
  checkUser(row: ImportRow): ImportedUser | null {
    return this.#check(row.row, this.#valuesOf(row), true) as ImportedUser | null;
  }

  /**
   * Checks one row given as `CellValues` (how the import sheet holds a
   * record): whether every cell passed. A repeated value is swapped in
   * `values` for its first instance, so that kept rows share one string.
   */
  checkValues(row: number, values: CellValues): boolean {
    return this.#check(row, values, false) !== null;
  }

  #valuesOf({ cells }: ImportRow): CellValues {
    const values = this.#rowValues;
    for (let i = 0; i < IMPORT_COLUMNS.length; i++) values[i] = cells[IMPORT_COLUMNS[i]!];
    return values;
  }

  /** Emails and logins are unique in the client, compared case-insensitively: against its users, then earlier rows. */
  #unique(cell: RowCells, column: number, value: string, taken: ReadonlySet<string> | undefined, firstRows: FirstRows): void {
    if (value === '' || cell.failed(column)) return;
    const first = firstRows.find(value);
    if (taken?.has(value.toLowerCase())) cell.fail(column, 'duplicate_existing', 'already used by a user of this client');
    else if (first !== undefined) cell.fail(column, 'duplicate_in_file', duplicateOf(first), { firstRow: first });
    else firstRows.add(value, cell.row, cell.values[column]);
  }

  /** Agency or pool names of a cell as ids; the names it does not know are reported. */
  #references(cell: RowCells, column: number, text: string, known: ReadonlyMap<string, string>, build: boolean): readonly string[] {
    if (text === '') return build ? [] : NO_IDS;
    if (text.indexOf(',') === -1 && text.indexOf(';') === -1) {
      // One name, the common case: no list to split, and a check alone (no user built) shares one list per name as written.
      const named = column === COLUMN.AGENCIES ? this.#agencyNamed : this.#poolNamed;
      const same = named.get(text);
      if (same !== undefined) return build ? [...same] : same;
      const id = known.get(text) ?? known.get(text.toLowerCase());
      if (id !== undefined) {
        const ids = [id] as const;
        if (named.size < MEMO_SIZE) named.set(detach(text), ids);
        return build ? [id] : ids;
      }
    }
    const ids: string[] = [];
    const unknown: string[] = [];
    for (const name of splitList(text)) {
      const id = known.get(name.toLowerCase());
      if (id === undefined) unknown.push(name);
      else if (!ids.includes(id)) ids.push(id);
    }
    if (unknown.length > 0) {
      const names = unknown.join(', ');
      if (column === COLUMN.LICENCE_POOL) cell.fail(column, 'unknown_pool', `no such licence pool in this client: ${names}`, { unknown: names });
      else if (this.#refs.agencyScoped) cell.fail(column, 'unknown_agency', `not one of your agencies: ${names}`, { unknown: names, reason: 'agency_scoped' });
      else cell.fail(column, 'unknown_agency', `no such agency in this client: ${names}`, { unknown: names });
    } else if (ids.length > 1) {
      // One known id always fits the list's schema; several may exceed its length.
      cell.validate(column, column === COLUMN.AGENCIES ? FIELDS.agencyIds : FIELDS.licencePoolIds, ids);
    }
    return ids;
  }

  #check(row: number, values: CellValues, build: boolean): ImportedUser | true | null {
    const refs = this.#refs;
    const cell = this.#cell;
    cell.start(row, values);
    if (this.#unfilled !== 0) for (const column of this.#requiredAt) if (cell.text(column) !== '') this.#unfilled &= ~(1 << column);

    const accountType = cell.choice(COLUMN.ACCOUNT_TYPE, ACCOUNT_TYPE, 'must be USER or CONTACT', 'USER, CONTACT') ?? (this.#kind === 'contacts' ? 'contact' : 'user');
    const lastNameText = cell.required(COLUMN.LASTNAME);
    const lastName = lastNameText === '' ? undefined : cell.parse(COLUMN.LASTNAME, FIELDS.lastName, lastNameText);
    const firstNameText = cell.required(COLUMN.FIRSTNAME);
    const firstName = firstNameText === '' ? undefined : cell.parse(COLUMN.FIRSTNAME, FIELDS.firstName, firstNameText);
    // DOMAIN.md lists a unique email among a user's fields, so user rows need one.
    // Contacts are address-book entries that never sign in or get invited: many
    // (a supplier's switchboard, a shared mailbox) have none.
    const emailText = accountType === 'user' ? cell.required(COLUMN.EMAIL) : cell.text(COLUMN.EMAIL);
    const email = emailText === '' ? null : cell.parse(COLUMN.EMAIL, FIELDS.email, emailText);
    const loginText = cell.required(COLUMN.LOGIN);
    const login = loginText === '' ? undefined : cell.parse(COLUMN.LOGIN, FIELDS.login, loginText);
    const languageText = cell.required(COLUMN.MAIL_LANGUAGE);
    // `pt_BR` is how many spreadsheets and locales spell `pt-br`.
    const mailLanguage = languageText === '' ? undefined : (LANGUAGES.get(languageText) ?? LANGUAGES.get(languageText.toLowerCase().replace('_', '-')));
    if (languageText !== '' && mailLanguage === undefined) {
      cell.fail(COLUMN.MAIL_LANGUAGE, 'invalid_enum', `must be one of ${MAIL_LANGUAGES.join(', ')}`, { allowed: MAIL_LANGUAGES.join(', ') });
    }

    const status = cell.text(COLUMN.STATUS);
    if (status !== '' && status !== 'pending' && status.toLowerCase() !== 'pending') {
      cell.fail(COLUMN.STATUS, 'invalid_enum', 'the import creates pending users (they are invited afterwards): leave STATUS empty or write pending', { allowed: 'pending' });
    }
    const roleText = cell.text(COLUMN.ROLE);
    const role = roleText === '' ? FIELDS.role._zod.def.defaultValue : (ROLES.get(roleText) ?? ROLES.get(roleText.toLowerCase()));
    if (role === undefined) {
      const superAdmin = roleText.toLowerCase() === 'super_admin';
      cell.fail(COLUMN.ROLE, 'invalid_enum', superAdmin ? 'super administrators cannot be imported: use user, operator or admin' : 'must be user, operator or admin', {
        allowed: 'user, operator, admin',
      });
    }
    const visibility = cell.choice(COLUMN.VISIBILITY_SCOPE, VISIBILITY, 'must be PUBLIC or PRIVATE', VISIBILITY_NAMES);
    const twoFactor = cell.choice(COLUMN.TFA, TWO_FACTOR, 'must be NONE, TOTP, SMS or FIDO2', TWO_FACTOR_NAMES);
    const expirationMode = cell.choice(COLUMN.EXPIRATION_MODE, EXPIRATION, 'must be DEFAULT or DISABLED', EXPIRATION_NAMES);
    const modificationPrevention = cell.choice(COLUMN.MODIFICATION_PREVENTION, YES_NO, 'must be YES or NO', 'YES, NO');
    const creationNotification = cell.choice(COLUMN.CREATION_NOTIFICATION, YES_NO, 'must be YES or NO', 'YES, NO');

    const mobile = cell.nullable(COLUMN.MOBILE, FIELDS.mobile);
    if (twoFactor === 'SMS' && cell.text(COLUMN.MOBILE) === '') cell.fail(COLUMN.MOBILE, 'mobile_required_for_sms', 'a mobile phone is required for SMS two-factor');

    const dateText = cell.text(COLUMN.SUSPENSION_DATE);
    const dates = this.#dates;
    let suspensionDate = dateText === '' ? null : (dates.get(dateText) ?? null);
    if (dateText !== '' && suspensionDate === null) {
      const instant = parseImportDate(dateText);
      if (instant === null) {
        cell.fail(COLUMN.SUSPENSION_DATE, 'invalid_date', 'must be a real date as dd/mm/yyyy, optionally with /hh:mm', { format: 'dd/mm/yyyy' });
      } else {
        suspensionDate = cell.validate(COLUMN.SUSPENSION_DATE, FIELDS.suspensionDate, instant) ?? null;
        if (suspensionDate !== null && dates.size < MEMO_SIZE) dates.set(dateText, suspensionDate);
      }
    }

    const agencyText = refs.agencyScoped
      ? cell.required(COLUMN.AGENCIES, 'an agency-scoped admin imports only users of its agencies: name at least one', 'required', { reason: 'agency_scoped' })
      : cell.text(COLUMN.AGENCIES);
    const agencyIds = this.#references(cell, COLUMN.AGENCIES, agencyText, refs.agencies, build);
    const licencePoolIds = this.#references(cell, COLUMN.LICENCE_POOL, cell.text(COLUMN.LICENCE_POOL), refs.pools, build);

    const ownerText =
      accountType === 'contact' ? cell.required(COLUMN.OWNER_LOGIN, 'a contact needs the login of the user who owns it', 'owner_required') : cell.text(COLUMN.OWNER_LOGIN);
    const ownerLogin = ownerText === '' ? null : (cell.parse(COLUMN.OWNER_LOGIN, FIELDS.ownerLogin, ownerText) ?? null);

    const jobTitle = cell.nullable(COLUMN.FUNCTION, FIELDS.jobTitle);
    const company = cell.nullable(COLUMN.COMPANY, FIELDS.company);
    const department = cell.nullable(COLUMN.DEPARTMENT, FIELDS.department);
    const phone = cell.nullable(COLUMN.PHONE, FIELDS.phone);
    const address = {
      street: cell.nullable(COLUMN.ADDRESS, ADDRESS.street),
      zip: cell.nullable(COLUMN.ZIP, ADDRESS.zip),
      city: cell.nullable(COLUMN.CITY, ADDRESS.city),
      country: cell.nullable(COLUMN.COUNTRY, ADDRESS.country),
    };
    const biography = cell.nullable(COLUMN.BIOGRAPHY, FIELDS.biography);
    const storageQuota = cell.nullable(COLUMN.STORAGE_QUOTA, FIELDS.storageQuota);
    const backupQuota = cell.nullable(COLUMN.BACKUP_QUOTA, FIELDS.backupQuota);

    const existing = refs.existing;
    this.#unique(cell, COLUMN.EMAIL, emailText, existing?.emails, this.#firstEmail);
    this.#unique(cell, COLUMN.LOGIN, loginText, existing?.logins, this.#firstLogin);
    if (existing) {
      if (accountType === 'user' && loginText !== '') this.#fileOwnerLogins.add(loginText.toLowerCase());
      if (ownerLogin !== null) this.#ownerChecks.push({ row, owner: ownerLogin.toLowerCase(), raw: values[COLUMN.OWNER_LOGIN] ?? ownerLogin });
    }

    if (cell.errors !== null) {
      if (cell.errors.length > 1) cell.errors.sort(byRowThenColumn);
      for (const error of cell.errors) this.#add(error);
    }
    if (cell.anyFailed) {
      this.errorRows++;
      return null;
    }
    if (accountType === 'user') for (const id of licencePoolIds) this.seatDemand.set(id, (this.seatDemand.get(id) ?? 0) + 1);
    if (!build) return true;
    // Every value below passed its schema; the fallbacks only satisfy the type checker.
    return {
      firstName: firstName!,
      lastName: lastName!,
      email: email ?? null,
      login: login!,
      mailLanguage: mailLanguage!,
      role: role!,
      jobTitle,
      company,
      department,
      phone,
      mobile,
      address,
      biography,
      // Built rows get lists of their own (see `#references`).
      agencyIds: agencyIds as string[],
      licencePoolIds: licencePoolIds as string[],
      accountType,
      ownerLogin,
      visibility: visibility ?? FIELDS.visibility._zod.def.defaultValue,
      modificationPrevention: modificationPrevention ?? FIELDS.modificationPrevention._zod.def.defaultValue,
      twoFactor: twoFactor ?? FIELDS.twoFactor._zod.def.defaultValue,
      suspensionDate,
      expirationMode: expirationMode ?? FIELDS.expirationMode._zod.def.defaultValue,
      creationNotification: creationNotification ?? FIELDS.creationNotification._zod.def.defaultValue,
      storageQuota,
      backupQuota,
      capabilities: { remoteManagement: false, supportManagement: false },
      invite: false,
    };
  }

  /** The emails and logins this checker met first, to be looked up by the checker of the file's other half. */
  firsts(): HalfFirsts {
    return { emails: this.#firstEmail.entries(), logins: this.#firstLogin.entries() };
  }

  /** The emails and logins met first in the second half of the file (`later`) that this checker, of the first half, had met already. */
  conflicts(later: HalfFirsts): FirstRowConflict[] {
    const found: FirstRowConflict[] = [];
    const columns = [
      ['EMAIL', this.#firstEmail, later.emails],
      ['LOGIN', this.#firstLogin, later.logins],
    ] as const;
    for (const [column, own, theirs] of columns) {
      for (let entry = 0; entry < theirs.rows.length; entry++) {
        const firstRow = own.findEntry(theirs, entry);
        if (firstRow !== undefined) found.push({ column, entry, firstRow });
      }
    }
    return found;
  }

  /**
   * Settles this checker, of the second half of a file, once the first half
   * is known: rows numbered after the first half's `offset` records, and the
   * first half's duplicates (`conflicts`) reported as one checker of the
   * whole file would have: the cell that was first here is a duplicate of the
   * first half's row, and so are the later ones that named it. `passed`
   * answers a row of this half that passed, as the contract's row (its seats
   * are given back if it fails now), or undefined. Answers what this half
   * adds to the first (`absorb`), and the rows of this half that fail now.
   */
  settleAsSecondHalf(offset: number, conflicts: readonly FirstRowConflict[], passed: (row: number) => ImportRow | undefined): { totals: HalfTotals; failed: Set<number> } {
    const firstHalfRow = { EMAIL: new Map<number, number>(), LOGIN: new Map<number, number>() };
    const added: CellError[] = [];
    const failed = new Set<number>();
    // A fresh checker sees each failing row alone: its seat demand is the seats those rows had taken.
    const released = new ImportRowChecker(this.#kind, this.#refs);
    for (const { column, entry, firstRow } of conflicts) {
      const firsts = column === 'EMAIL' ? this.#firstEmail : this.#firstLogin;
      const row = firsts.row(entry);
      firstHalfRow[column].set(row, firstRow);
      added.push({ row: row + offset, column, value: echo(firsts.cell(entry)), code: 'duplicate_in_file', message: duplicateOf(firstRow), params: { firstRow } });
      const cells = failed.has(row) ? undefined : passed(row);
      if (cells !== undefined) {
        failed.add(row);
        released.check(cells);
      }
    }
    for (const error of this.errors) {
      if (error.code === 'duplicate_in_file') {
        const first = error.params!.firstRow as number;
        const firstRow = firstHalfRow[error.column as 'EMAIL' | 'LOGIN'].get(first) ?? first + offset;
        error.message = duplicateOf(firstRow);
        error.params = { firstRow };
      }
      error.row += offset;
    }
    if (added.length > 0) {
      this.errorsByCode.duplicate_in_file = (this.errorsByCode.duplicate_in_file ?? 0) + added.length;
      this.errors.push(...added);
      this.errors.sort(byRowThenColumn);
      // The first ones in the file, as one checker keeps them.
      if (this.errors.length > this.#maxErrors) this.errors.length = this.#maxErrors;
    }
    this.errorRows += failed.size;
    for (const [pool, seats] of released.seatDemand) this.seatDemand.set(pool, this.seatDemand.get(pool)! - seats);
    return {
      totals: { errors: this.errors, errorsByCode: this.errorsByCode, errorRows: this.errorRows, seatDemand: [...this.seatDemand], unfilled: this.#unfilled },
      failed,
    };
  }

  /** Takes in the settled second half of the file (`settleAsSecondHalf`), its rows after all of this checker's. */
  absorb(later: HalfTotals): void {
    for (const error of later.errors) {
      if (this.errors.length >= this.#maxErrors) break;
      this.errors.push(error);
    }
    for (const [code, count] of Object.entries(later.errorsByCode) as [CellErrorCode, number][]) this.errorsByCode[code] = (this.errorsByCode[code] ?? 0) + count;
    this.errorRows += later.errorRows;
    for (const [pool, seats] of later.seatDemand) this.seatDemand.set(pool, (this.seatDemand.get(pool) ?? 0) + seats);
    this.#unfilled &= later.unfilled;
  }

  /**
   * Checks that need every row; answers the rows they failed that `check` had
   * passed (a contact whose owner is in neither the client nor the file).
   */
  finish(): Set<number> {
    const failedRows = new Set<number>();
    let added = false;
    for (const column of this.#required) {
      if ((this.#unfilled & bit(column)) === 0 && (this.#absent & bit(column)) === 0) continue;
      if ((this.#absent & bit(column)) === 0) {
        // Empty in every row: one error for the column instead of one per row (its rows stay failed).
        const kept = this.errors.filter((error) => error.column !== column || !EMPTY_CELL_CODES.has(error.code));
        for (const error of this.errors) if (error.column === column && EMPTY_CELL_CODES.has(error.code)) this.errorsByCode[error.code]! -= 1;
        this.errors.splice(0, this.errors.length, ...kept);
        for (const code of EMPTY_CELL_CODES) if (this.errorsByCode[code] === 0) delete this.errorsByCode[code];
      }
      this.#add({ row: 1, column, value: null, code: 'missing_column', message: `the column ${column} is missing or empty in every row` });
      added = true;
    }
    // Owners last: a contact may come before the user row that owns it.
    const ownerLogins = this.#refs.existing?.ownerLogins;
    for (const check of this.#ownerChecks) {
      if (ownerLogins?.has(check.owner) || this.#fileOwnerLogins.has(check.owner)) continue;
      failedRows.add(check.row);
      this.#add({ row: check.row, column: 'OWNER_LOGIN', value: echo(check.raw), code: 'owner_unknown', message: 'no user with this login in this client or in this file' });
      added = true;
    }
    if (added) this.errors.sort(byRowThenColumn);
    this.errorRows += failedRows.size;
    return failedRows;
  }
}

/**
 * Validates every row: per-cell errors with the spreadsheet's row numbers,
 * duplicates inside the file (naming the first occurrence) and, when the
 * references hold them, against the client's users and owners.
 *
 * No seat check: imported users are created `pending`, and pending users use
 * no seat. Seats are taken when the invitations go out; the browser warns of
 * pools that would run short (`seatShortfalls`).
 */
export function validateImportRows(kind: ImportKind, rows: readonly ImportRow[], refs: ImportReferences): ImportValidation {
  const checker = new ImportRowChecker(kind, refs);
  const passed: { row: number; user: ImportedUser }[] = [];
  for (const row of rows) {
    const user = checker.checkUser(row);
    if (user !== null) passed.push({ row: row.row, user });
  }
  const failed = checker.finish();
  const validRows = failed.size === 0 ? passed : passed.filter(({ row }) => !failed.has(row));
  // Sent in any order, answered by row.
  validRows.sort((a, b) => a.row - b.row);
  checker.errors.sort(byRowThenColumn);
  return { validRows, errors: checker.errors, errorRows: checker.errorRows, errorsByCode: checker.errorsByCode };
}
