import { BENCH_COLUMNS, benchRows } from './generate.js';

const field = (cell: string, delimiter: string) => (cell.includes(delimiter) || /["\r\n]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell);

/** The benchmark's rows as a CSV file the way Excel saves one: BOM, CRLF, quotes only where needed (no export neutralisation). */
export function benchCsv(rows: number, delimiter = ','): Uint8Array {
  const lines = [BENCH_COLUMNS, ...benchRows(rows)].map((cells) => cells.map((cell) => field(cell, delimiter)).join(delimiter));
  return new TextEncoder().encode(`\uFEFF${lines.join('\r\n')}\r\n`);
}
