import { buildXlsx, type FixtureCell } from '../../test/fixtures/import/xlsx-builder.js';
import { BENCH_COLUMNS, benchRow } from './generate.js';

const SUSPENSION = BENCH_COLUMNS.indexOf('SUSPENSION_DATE');

/** `dd/mm/yyyy` -> the 1900-system serial Excel stores. */
function serial(text: string): number {
  const [day, month, year] = text.split('/').map(Number) as [number, number, number];
  return (Date.UTC(year, month - 1, day) - Date.UTC(1899, 11, 30)) / 86_400_000;
}

/** The benchmark's rows as Excel saves them: shared strings, dates as serial numbers styled as dates. */
export function benchXlsx(rows: number): Uint8Array {
  const sheet: FixtureCell[][] = [BENCH_COLUMNS];
  for (let i = 0; i < rows; i++) {
    const cells: FixtureCell[] = benchRow(i);
    const date = cells[SUSPENSION] as string;
    cells[SUSPENSION] = date ? { serial: serial(date), format: 14 } : null;
    sheet.push(cells.map((cell) => (cell === '' ? null : cell)));
  }
  return buildXlsx(sheet);
}
