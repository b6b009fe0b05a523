import { Readable } from 'node:stream';
import { parse as csvParseSync } from 'csv-parse/sync';
import { dsvFormat } from 'd3-dsv';
import ExcelJS from 'exceljs';
import Papa from 'papaparse';
import { inferSchema, initParser } from 'udsv';
import * as XLSX from 'xlsx';
import { ImportSheet, type RowSink, type SheetResult } from '../../src/import/import-sheet.js';
import type { ImportContext, ParsedImport } from '../../src/import/types.js';

/**
 * The peers of the import benchmark, each followed by exactly the validation
 * ours runs: the same `ImportSheet` (header aliases, the shared
 * `ImportRowChecker`), its valid rows handed to the same sink (packed for the
 * page, as the worker does). Only the reading differs.
 */

const check = (records: Iterable<readonly string[]>, context: ImportContext, format: ParsedImport['format'], sink?: RowSink): SheetResult => {
  const sheet = new ImportSheet(context, sink && ((batch) => sink.rows(batch)));
  let row = 0;
  for (const cells of records) sheet.add(cells, ++row);
  return sheet.result('bench', format);
};

const text = (bytes: Uint8Array) => new TextDecoder().decode(bytes);

/** CSV readers: bytes in, checked rows out. */
export const CSV_PEERS: Record<string, (bytes: Uint8Array, context: ImportContext, sink?: RowSink) => SheetResult> = {
  // `skipEmptyLines: false` keeps the row numbers; the delimiter is detected, as ours is.
  papaparse: (bytes, context, sink) => check(Papa.parse<string[]>(text(bytes), { skipEmptyLines: false }).data, context, 'csv', sink),
  'd3-dsv': (bytes, context, sink) => {
    const csv = text(bytes);
    return check(dsvFormat(csv.includes(';') ? ';' : ',').parseRows(csv), context, 'csv', sink);
  },
  'csv-parse': (bytes, context, sink) => check(csvParseSync(text(bytes), { relax_column_count: true, bom: true }) as string[][], context, 'csv', sink),
  udsv: (bytes, context, sink) => {
    const csv = text(bytes);
    const schema = inferSchema(csv);
    // uDSV takes the header as the schema's column names and hands only the rows after it.
    return check([schema.cols.map((col) => col.name), ...(initParser(schema).stringArrs(csv) as string[][])], context, 'csv', sink);
  },
};

const pad = (n: number) => String(n).padStart(2, '0');

/** exceljs hands dates as Date objects (UTC midnight for a date-only serial): as the text ours gives. */
function excelJsCell(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) {
    const text = `${pad(value.getUTCDate())}/${pad(value.getUTCMonth() + 1)}/${value.getUTCFullYear()}`;
    return value.getUTCHours() || value.getUTCMinutes() ? `${text}/${pad(value.getUTCHours())}:${pad(value.getUTCMinutes())}` : text;
  }
  if (typeof value === 'object' && 'richText' in value) return (value as { richText: { text: string }[] }).richText.map((run) => run.text).join('');
  if (typeof value === 'object' && 'result' in value) return String((value as { result: unknown }).result ?? '');
  return String(value);
}

/** XLSX readers. */
export const XLSX_PEERS: Record<string, (bytes: Uint8Array, context: ImportContext, sink?: RowSink) => Promise<SheetResult>> = {
  'exceljs WorkbookReader': async (bytes, context, sink) => {
    const reader = new ExcelJS.stream.xlsx.WorkbookReader(Readable.from([Buffer.from(bytes)]), {
      sharedStrings: 'cache',
      styles: 'cache',
      hyperlinks: 'ignore',
      worksheets: 'emit',
      entries: 'emit',
    });
    const sheet = new ImportSheet(context, sink && ((batch) => sink.rows(batch)));
    for await (const worksheet of reader) {
      for await (const row of worksheet) {
        // `values` is 1-based, with holes for empty cells.
        const values = row.values as unknown[];
        const cells: string[] = [];
        for (let i = 1; i < values.length; i++) cells.push(excelJsCell(values[i]));
        sheet.add(cells, row.number);
      }
      break; // the first sheet only, as ours
    }
    return sheet.result('bench', 'xlsx');
  },
  'SheetJS xlsx (dense)': async (bytes, context, sink) => {
    const workbook = XLSX.read(bytes, { type: 'array', dense: true, sheets: 0 });
    const rows = XLSX.utils.sheet_to_json<string[]>(workbook.Sheets[workbook.SheetNames[0]!]!, { header: 1, raw: false, dateNF: 'dd/mm/yyyy', blankrows: true, defval: '' });
    return check(rows, context, 'xlsx', sink);
  },
};
