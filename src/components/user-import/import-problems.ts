import { CELL_ERROR_CODES, IMPORT_COLUMNS, type CellError, type CellErrorCode, type ImportRow } from '../../api/schemas/import.js';
import type { FieldError } from '../../api/schemas/problem.js';

/**
 * The faulty cells of one import as `<suite-user-import>` lists them: the
 * browser reader's and the server's in one list, whatever the server's answer
 * looked like (a job's cell errors, or a problem+json's field errors).
 */

export interface ImportProblem {
  /** The spreadsheet's own row number (header = 1). */
  row: number;
  column: string;
  value: string | null;
  /** A `CellErrorCode`, or a code this kit does not know (a partner's backend), shown with `message`. */
  code: string;
  /** The reader's or server's English words: what is shown for an unknown code. */
  message: string;
  /** Details for the localised message (`row` of a duplicate's first occurrence, a `max` length...), when the source gave them. */
  params?: Readonly<Record<string, string | number>>;
  fromServer: boolean;
}

/** Counts of problems, the way the summary shows them. */
export interface ProblemTally {
  rows: number;
  byCode: Readonly<Record<string, number>>;
}

export const isCellErrorCode = (code: string): code is CellErrorCode => (CELL_ERROR_CODES as readonly string[]).includes(code);

const COLUMN_ORDER = new Map<string, number>(IMPORT_COLUMNS.map((column, index) => [column, index]));
const columnRank = (column: string) => COLUMN_ORDER.get(column) ?? IMPORT_COLUMNS.length;

/** By row, then in the template's column order (unknown columns last): the order the admin fixes a file in. */
export const byRowThenColumn = (a: ImportProblem, b: ImportProblem) =>
  a.row - b.row || columnRank(a.column) - columnRank(b.column) || a.column.localeCompare(b.column);

export function toProblems(errors: readonly CellError[], fromServer: boolean): ImportProblem[] {
  return errors.map(({ row, column, value, code, message, params }) => ({ row, column, value, code, message, fromServer, ...(params ? { params } : {}) }));
}

const inOrder = (problems: readonly ImportProblem[]) => problems.every((problem, i) => i === 0 || byRowThenColumn(problems[i - 1]!, problem) <= 0);

/**
 * The file's and the server's problems in one sorted list. The reader and the
 * reference backend already sort theirs this way, so a 100,000-problem file
 * costs one pass, not a sort on the main thread; another backend's are sorted.
 */
export function allProblems(file: readonly ImportProblem[], server: readonly ImportProblem[]): readonly ImportProblem[] {
  const a = inOrder(file) ? file : [...file].sort(byRowThenColumn);
  const b = inOrder(server) ? server : [...server].sort(byRowThenColumn);
  if (b.length === 0) return a;
  if (a.length === 0) return b;
  const merged: ImportProblem[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) merged.push(byRowThenColumn(a[i]!, b[j]!) <= 0 ? a[i++]! : b[j++]!);
  while (i < a.length) merged.push(a[i++]!);
  while (j < b.length) merged.push(b[j++]!);
  return merged;
}

/** zod's issue codes a schema refusal may carry, as the import's own kinds. */
const SCHEMA_CODES: Readonly<Record<string, CellErrorCode>> = { too_big: 'too_long', invalid_value: 'invalid_enum' };

const ROW_INDEX_PATH = /^rows\.(\d+)\.cells\.([A-Z_]+)$/;
const ROW_NUMBER_PATH = /^rows\.(\d+)\.([A-Z_]+)$/;

/**
 * The cells a problem+json names, placed on their rows. Two path shapes come
 * back: `rows.<index>.cells.<COLUMN>` when the contract's schema refused the
 * body (the index in the rows sent), and `rows.<row>.<COLUMN>` from the
 * importer itself (the spreadsheet's row number, as in the detail table).
 * Anything else is `rest`: about the request, not a cell.
 */
export function problemsFromFieldErrors(fieldErrors: readonly FieldError[], sent: readonly ImportRow[]): { problems: ImportProblem[]; rest: FieldError[] } {
  const problems: ImportProblem[] = [];
  const rest: FieldError[] = [];
  let byNumber: Map<number, ImportRow> | undefined;
  for (const fieldError of fieldErrors) {
    const byIndex = ROW_INDEX_PATH.exec(fieldError.path);
    const byRow = byIndex ? null : ROW_NUMBER_PATH.exec(fieldError.path);
    let source: ImportRow | undefined;
    let column: string;
    if (byIndex) {
      source = sent[Number(byIndex[1])];
      column = byIndex[2]!;
    } else if (byRow) {
      byNumber ??= new Map(sent.map((row) => [row.row, row]));
      source = byNumber.get(Number(byRow[1]));
      column = byRow[2]!;
    } else {
      rest.push(fieldError);
      continue;
    }
    const row = source?.row ?? (byRow ? Number(byRow[1]) : undefined);
    if (row === undefined) {
      rest.push(fieldError);
      continue;
    }
    problems.push({
      row,
      column,
      value: source?.cells[column as keyof ImportRow['cells']] ?? null,
      code: SCHEMA_CODES[fieldError.code] ?? fieldError.code,
      message: fieldError.message,
      fromServer: true,
    });
  }
  return { problems: problems.sort(byRowThenColumn), rest };
}

export function tally(problems: readonly ImportProblem[]): ProblemTally {
  const byCode: Record<string, number> = {};
  const rows = new Set<number>();
  for (const problem of problems) {
    byCode[problem.code] = (byCode[problem.code] ?? 0) + 1;
    rows.add(problem.row);
  }
  return { rows: rows.size, byCode };
}

/** How many problems of each kind and in each column, for the filters' options. */
export function facets(problems: readonly ImportProblem[]): { codes: Map<string, number>; columns: Map<string, number> } {
  const codes = new Map<string, number>();
  const columns = new Map<string, number>();
  for (const { code, column } of problems) {
    codes.set(code, (codes.get(code) ?? 0) + 1);
    columns.set(column, (columns.get(column) ?? 0) + 1);
  }
  return { codes, columns };
}

export const filterProblems = (problems: readonly ImportProblem[], code: string, column: string) =>
  code === '' && column === '' ? problems : problems.filter((problem) => (code === '' || problem.code === code) && (column === '' || problem.column === column));
