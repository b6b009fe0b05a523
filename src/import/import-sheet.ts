import { IMPORT_COLUMNS, type ImportColumn, type ImportRow } from '../api/schemas/import.js';
import { type CsvChunk, fieldText, recordCells } from './csv-records.js';
import { type HeaderMapping, mapHeaders } from './headers.js';
import { type PackedRows, packedTable, RESULT_CHUNK } from './protocol.js';
import { IMPORT_LIMITS, type ImportContext, ImportFileError, type ImportFormat, type ImportSeatShortfall, type ParsedImport } from './types.js';
import {
  type CellValues,
  type FirstRowConflict,
  type HalfFirsts,
  type HalfTotals,
  ImportRowChecker,
  type ImportReferences,
  requiredColumns,
} from './validate-rows.js';

/**
 * Valid rows as one table instead of an object per row: a batch the worker
 * packs into a message to the page, or, without a sink, the whole file's.
 */
export interface RowTable {
  columns: ImportColumn[];
  rows: number[];
  /** `rows.length x columns.length`, row by row; undefined for an empty cell. */
  cells: (string | undefined)[];
}

/** What a file read gives before its rows are made objects; with a sink, `validTable` holds only the rows not yet handed to it. */
export type SheetResult = Omit<ParsedImport, 'validRows'> & { validTable: RowTable };

/**
 * Where valid rows go as soon as a batch is checked (the worker posts them to
 * the page), so a 200,000-row file never sits whole in the worker's memory.
 * `restart`: the rows handed so far are void (a file read again in another encoding).
 */
export interface RowSink {
  rows(batch: RowTable): void;
  /** Rows already packed (checked by the thread of the file's second half, csv-halves.ts); without it they go to `rows`. */
  packed?(batch: PackedRows): void;
  restart(): void;
}

/** A table's rows as the contract's `ImportRow`s. */
export function tableRows({ columns, rows, cells }: RowTable): ImportRow[] {
  const out: ImportRow[] = [];
  for (let r = 0; r < rows.length; r++) {
    const row: ImportRow['cells'] = {};
    for (let c = 0; c < columns.length; c++) {
      const value = cells[r * columns.length + c];
      if (value !== undefined) row[columns[c]!] = value;
    }
    out.push({ row: rows[r]!, cells: row });
  }
  return out;
}

/** Lower-cased id and name (agencies), id, key and name (pools) -> id: how a cell may name them. */
export function referencesOf(context: ImportContext): ImportReferences {
  const agencies = new Map<string, string>();
  for (const agency of context.agencies) {
    agencies.set(agency.id.toLowerCase(), agency.id);
    if (!agencies.has(agency.name.toLowerCase())) agencies.set(agency.name.toLowerCase(), agency.id);
  }
  const pools = new Map<string, string>();
  for (const pool of context.pools) {
    for (const alias of [pool.id, pool.key, pool.name]) if (!pools.has(alias.toLowerCase())) pools.set(alias.toLowerCase(), pool.id);
  }
  return { agencies, pools, agencyScoped: context.agencyScoped };
}

/** `'=1+1` -> `=1+1`: the quote the kit's export puts before a formula-like cell (OWASP), taken off again on import. */
const FORMULA_QUOTED = /^'[=+\-@\t\r\n]/;

/** A cell as the checker takes it: undefined when empty, the export's formula quote taken off. */
const cellValue = (value: string | undefined): string | undefined =>
  value === undefined || value === '' ? undefined : value.charCodeAt(0) === 39 && FORMULA_QUOTED.test(value) ? value.slice(1) : value;

/** Whether every field of the record at `fields[at]` is empty or spaces: a blank row, counted but not read. */
function blankRecord(text: string, fields: Int32Array, at: number): boolean {
  for (let i = 0; i < fields[at]!; i++) {
    const start = fields[at + 1 + 2 * i]!;
    if (start >= 0 && fields[at + 2 + 2 * i] === start) continue;
    // A printable ASCII character first: not blank, without cutting the field.
    const first = text.charCodeAt(start);
    if (start >= 0 && first > 32 && first < 127) return false;
    if (fieldText(text, fields, at, i).trim() !== '') return false;
  }
  return true;
}

/**
 * The rows of one file, whatever its format, as they arrive: the first
 * non-empty row is the header, every later one is checked, and kept in the
 * table if valid. Rows keep the spreadsheet's numbers (header = 1, empty rows
 * counted).
 */
export class ImportSheet {
  readonly #context: ImportContext;
  readonly #refs: ImportReferences;
  #mapping: HeaderMapping | null = null;
  /** Each mapped column's position in the record, in the file's order... */
  #positions = new Int32Array(0);
  /** ...and in `CellValues`. */
  #slots = new Int32Array(0);
  #checker: ImportRowChecker | null = null;
  #rowCount = 0;
  /** One row, refilled for each record (the file's absent columns stay undefined): the checker reads it, the table keeps its values. */
  readonly #values: CellValues = IMPORT_COLUMNS.map(() => undefined);
  #table: RowTable = { columns: [], rows: [], cells: [] };
  /** Cells written in `#table.cells`: a batch's array is made at its full size once, rather than grown cell by cell. */
  #cellCount = 0;
  readonly #sink: ((batch: RowTable) => void) | undefined;
  readonly #secondHalf: boolean;

  /** `secondHalf`: the sheet checks the second half of a file, given its header, and is settled against the first (csv-halves.ts). */
  constructor(context: ImportContext, sink?: (batch: RowTable) => void, { secondHalf = false }: { secondHalf?: boolean } = {}) {
    this.#context = context;
    this.#refs = referencesOf(context);
    this.#sink = sink;
    this.#secondHalf = secondHalf;
  }

  #flush(): void {
    const batch = this.#table;
    batch.cells.length = this.#cellCount;
    this.#table = { columns: batch.columns, rows: [], cells: new Array<string | undefined>(RESULT_CHUNK * batch.columns.length) };
    this.#cellCount = 0;
    if (batch.rows.length > 0) this.#sink!(batch);
  }

  get rowCount(): number {
    return this.#rowCount;
  }


  /** One record of the file; `row` is its number in the spreadsheet. */
  add(cells: readonly string[], row: number): void {
    let empty = true;
    for (const cell of cells) {
      if (cell !== '' && cell.trim() !== '') {
        empty = false;
        break;
      }
    }
    if (empty) return;
    if (this.#checker === null) {
      this.#header(cells);
      return;
    }
    this.#count();
    const values = this.#values;
    const positions = this.#positions;
    const slots = this.#slots;
    for (let k = 0; k < positions.length; k++) values[slots[k]!] = cellValue(cells[positions[k]!]);
    this.#check(row);
  }

  /**
   * The records of a CSV chunk (csv-records.ts), the first numbered `row + 1`;
   * answers the number of its last. Only the cells of mapped columns are cut
   * from the text.
   */
  addCsv({ text, fields, records }: CsvChunk, row: number): number {
    const values = this.#values;
    for (let r = 0, at = 0; r < records; r++, at += 1 + 2 * fields[at]!) {
      row++;
      if (blankRecord(text, fields, at)) continue;
      if (this.#checker === null) {
        this.#header(recordCells(text, fields, at));
        continue;
      }
      this.#count();
      const positions = this.#positions;
      const slots = this.#slots;
      for (let k = 0; k < positions.length; k++) values[slots[k]!] = cellValue(fieldText(text, fields, at, positions[k]!));
      this.#check(row);
    }
    return row;
  }

  #count(rows = 1): void {
    if ((this.#rowCount += rows) > IMPORT_LIMITS.maxRows) {
      throw new ImportFileError('too_many_rows', `The file has more than ${IMPORT_LIMITS.maxRows} rows`, { max: IMPORT_LIMITS.maxRows });
    }
  }

  /** Checks the row in `#values` and keeps it in the table if it passed. */
  #check(row: number): void {
    const values = this.#values;
    if (!this.#checker!.checkValues(row, values)) return;
    // Read back from the row: the checker swapped repeated values for their first instance.
    const table = this.#table;
    const slots = this.#slots;
    const cells = table.cells;
    let at = this.#cellCount;
    table.rows.push(row);
    for (let k = 0; k < slots.length; k++) cells[at++] = values[slots[k]!];
    this.#cellCount = at;
    if (this.#sink && table.rows.length >= RESULT_CHUNK) this.#flush();
  }

  #header(cells: readonly string[]): void {
    const mapping = mapHeaders(cells);
    if (mapping.positions.size === 0) {
      throw new ImportFileError('no_header', 'The first row names none of the import columns', { expected: 'LASTNAME, FIRSTNAME, EMAIL, LOGIN, ...' });
    }
    this.#mapping = mapping;
    const columns = [...mapping.positions].sort((a, b) => a[1] - b[1]);
    this.#positions = Int32Array.from(columns, ([, position]) => position);
    this.#slots = Int32Array.from(columns, ([column]) => IMPORT_COLUMNS.indexOf(column));
    this.#table.columns = columns.map(([column]) => column);
    if (this.#sink) this.#table.cells = new Array<string | undefined>(RESULT_CHUNK * columns.length);
    const { kind, agencyScoped } = this.#context;
    const absentColumns = requiredColumns(kind, agencyScoped).filter((column) => !mapping.positions.has(column));
    this.#checker = new ImportRowChecker(kind, this.#refs, { absentColumns, maxErrors: IMPORT_LIMITS.maxListedErrors, secondHalf: this.#secondHalf });
  }

  /**
   * The header from a chunk of the file's start (its first record that is
   * not blank), for the sheet of the file's second half; answers whether the
   * chunk held it.
   */
  addHeaderFrom({ text, fields, records }: CsvChunk): boolean {
    for (let r = 0, at = 0; r < records; r++, at += 1 + 2 * fields[at]!) {
      if (blankRecord(text, fields, at)) continue;
      this.#header(recordCells(text, fields, at));
      return true;
    }
    return false;
  }

  /** The second half of a file, every row added: its last rows handed to the sink, and what the first half's sheet needs to settle it. */
  checkedAsSecondHalf(): { firsts: HalfFirsts; rowCount: number } {
    if (this.#sink) this.#flush();
    return { firsts: this.#checker!.firsts(), rowCount: this.#rowCount };
  }

  /** The emails and logins met first in the second half (`later`) that this sheet, of the first half, met already. */
  conflicts(later: HalfFirsts): FirstRowConflict[] {
    return this.#checker?.conflicts(later) ?? [];
  }

  /** See `ImportRowChecker.settleAsSecondHalf`. */
  settleAsSecondHalf(offset: number, conflicts: readonly FirstRowConflict[], passed: (row: number) => ImportRow | undefined): { totals: HalfTotals; failed: Set<number> } {
    return this.#checker!.settleAsSecondHalf(offset, conflicts, passed);
  }

  /**
   * Takes in the settled second half of the file after this sheet's rows:
   * its `rowCount` rows, its totals, and its valid rows (`batches`, already
   * numbered in the file), handed to `packed` when given.
   */
  absorbSecondHalf(totals: HalfTotals, rowCount: number, batches: readonly PackedRows[], packed?: (batch: PackedRows) => void): void {
    this.#count(rowCount);
    this.#checker!.absorb(totals);
    // This half's last rows go first.
    if (this.#sink) this.#flush();
    for (const batch of batches) {
      if (packed) packed(batch);
      else if (this.#sink) this.#sink(packedTable(batch));
      else {
        const table = packedTable(batch);
        this.#table.rows.push(...table.rows);
        for (const value of table.cells) this.#table.cells[this.#cellCount++] = value;
      }
    }
  }

  /** What the file held, once every row was added. */
  result(fileName: string, format: ImportFormat): SheetResult {
    if (this.#checker === null || this.#mapping === null) throw new ImportFileError('empty', 'The file has no rows');
    const checker = this.#checker;
    // In the browser no later check fails a row already passed (owners are the server's): the last batch can go.
    checker.finish();
    if (this.#sink) this.#flush();
    this.#table.cells.length = this.#cellCount;
    const seatShortfalls: ImportSeatShortfall[] = [];
    for (const pool of this.#context.pools) {
      const needed = checker.seatDemand.get(pool.id) ?? 0;
      if (needed > pool.remaining) seatShortfalls.push({ poolId: pool.id, key: pool.key, name: pool.name, needed, remaining: pool.remaining });
    }
    return {
      fileName,
      format,
      headers: this.#mapping.headers,
      unknownColumns: this.#mapping.unknownColumns,
      rowCount: this.#rowCount,
      validTable: this.#table,
      errors: checker.errors,
      errorRows: checker.errorRows,
      errorsByCode: checker.errorsByCode,
      seatShortfalls,
    };
  }
}
