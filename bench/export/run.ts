/**
 * `npm run bench:export`: the XLSX export's writer (src/spreadsheet/xlsx.ts:
 * fflate's zip, the platform's CompressionStream deflate) against exceljs's
 * streaming WorkbookWriter, the usual way to stream a workbook from Node, on
 * the same 100,000 users x 29 columns of text, in one run. Prints the median
 * of each, their ratio, and the file sizes. Not a test: figures for the README.
 */
import { PassThrough } from 'node:stream';
import ExcelJS from 'exceljs';
import { IMPORT_COLUMNS } from '../../src/api/schemas/import.js';
import { xlsxChunks } from '../../src/spreadsheet/xlsx.js';

const ROWS = Number(process.env.ROWS ?? 100_000);
const BATCH = 500;
const RUNS = Number(process.env.RUNS ?? 3);

/** A user's cells as the export writes them: names, an email, a login, and short texts, some empty. */
const cells = (i: number) =>
  IMPORT_COLUMNS.map((column, c) =>
    column === 'EMAIL' ? `user${i}@example.com` : column === 'LASTNAME' ? `Martin${i}` : column === 'LOGIN' ? `jeanne.martin${i}` : c % 5 === 0 ? '' : `value ${c} ${i % 97}`,
  );

async function* batches() {
  for (let first = 0; first < ROWS; first += BATCH) yield Array.from({ length: Math.min(BATCH, ROWS - first) }, (_, i) => cells(first + i));
}

async function ours(): Promise<number> {
  let bytes = 0;
  for await (const chunk of xlsxChunks([{ name: 'Users', columns: IMPORT_COLUMNS.map((header) => ({ header })), rows: batches() }])) bytes += chunk.length;
  return bytes;
}

async function exceljs(): Promise<number> {
  const sink = new PassThrough();
  let bytes = 0;
  sink.on('data', (chunk: Buffer) => (bytes += chunk.length));
  const book = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: sink, useSharedStrings: false, useStyles: true });
  const sheet = book.addWorksheet('Users', { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.addRow([...IMPORT_COLUMNS]).commit();
  for await (const rows of batches()) for (const row of rows) sheet.addRow(row).commit();
  sheet.commit();
  await book.commit();
  return bytes;
}

async function measure(run: () => Promise<number>): Promise<{ ms: number; bytes: number }> {
  const times: number[] = [];
  let bytes = 0;
  for (let i = 0; i < RUNS; i++) {
    const start = performance.now();
    bytes = await run();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return { ms: times[Math.floor(times.length / 2)]!, bytes };
}

// Round-robin warm-up so both share the JIT and the machine's noise.
await ours();
await exceljs();
const a = await measure(ours);
const b = await measure(exceljs);
const mb = (bytes: number) => `${(bytes / 1e6).toFixed(1)} MB`;
console.log(`XLSX export, ${ROWS.toLocaleString('en')} rows x ${IMPORT_COLUMNS.length} columns, median of ${RUNS}`);
console.log(`  suite-kit xlsxChunks        ${a.ms.toFixed(0).padStart(6)} ms  ${mb(a.bytes)}`);
console.log(`  exceljs WorkbookWriter      ${b.ms.toFixed(0).padStart(6)} ms  ${mb(b.bytes)}`);
console.log(`  ratio (ours / exceljs)      ${(a.ms / b.ms).toFixed(2)}x`);
