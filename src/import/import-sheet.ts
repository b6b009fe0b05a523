import type { ImportColumn, ImportRow } from '../api/schemas/import.js';
import { type HeaderMapping, mapHeaders } from './headers.js';
import { IMPORT_LIMITS, type ImportContext, ImportFileError, type ImportFormat, type ImportSeatShortfall, type ParsedImport } from './types.js';
import { ImportRowChecker, type ImportReferences, requiredColumns } from './validate-rows.js';

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

/**
 * The rows of one file, whatever its format, as they arrive: the first
 * non-empty row is the header, every later one is checked and dropped unless
 * valid. Rows keep the spreadsheet's numbers (header = 1, empty rows counted).
 */
export class ImportSheet {
  readonly #context: ImportContext;
  readonly #refs: ImportReferences;
  #mapping: HeaderMapping | null = null;
  /** [column, position in the record], in the file's order. */
  #columns: [ImportColumn, number][] = [];
  #checker: ImportRowChecker | null = null;
  #rowCount = 0;
  readonly #validRows: ImportRow[] = [];

  constructor(context: ImportContext) {
    this.#context = context;
    this.#refs = referencesOf(context);
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
    if (++this.#rowCount > IMPORT_LIMITS.maxRows) {
      throw new ImportFileError('too_many_rows', `The file has more than ${IMPORT_LIMITS.maxRows} rows`, { max: IMPORT_LIMITS.maxRows });
    }
    const record: ImportRow['cells'] = {};
    for (const [column, index] of this.#columns) {
      const value = cells[index];
      if (value === undefined || value === '') continue;
      record[column] = value.charCodeAt(0) === 39 && FORMULA_QUOTED.test(value) ? value.slice(1) : value;
    }
    const importRow: ImportRow = { row, cells: record };
    if (this.#checker.check(importRow)) this.#validRows.push(importRow);
  }

  #header(cells: readonly string[]): void {
    const mapping = mapHeaders(cells);
    if (mapping.positions.size === 0) {
      throw new ImportFileError('no_header', 'The first row names none of the import columns', { expected: 'LASTNAME, FIRSTNAME, EMAIL, LOGIN, ...' });
    }
    this.#mapping = mapping;
    this.#columns = [...mapping.positions].sort((a, b) => a[1] - b[1]);
    const { kind, agencyScoped } = this.#context;
    const absentColumns = requiredColumns(kind, agencyScoped).filter((column) => !mapping.positions.has(column));
    this.#checker = new ImportRowChecker(kind, this.#refs, { absentColumns, maxErrors: IMPORT_LIMITS.maxListedErrors });
  }

  /** What the file held, once every row was added. */
  result(fileName: string, format: ImportFormat): ParsedImport {
    if (this.#checker === null || this.#mapping === null) throw new ImportFileError('empty', 'The file has no rows');
    const checker = this.#checker;
    checker.finish();
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
      validRows: this.#validRows,
      errors: checker.errors,
      errorRows: checker.errorRows,
      errorsByCode: checker.errorsByCode,
      seatShortfalls,
    };
  }
}
