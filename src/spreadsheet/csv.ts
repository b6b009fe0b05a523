/**
 * CSV as the kit writes it (the server's export, the import's error report):
 * UTF-8 with a BOM (Excel then reads the accents right), CRLF line ends
 * (RFC 4180), and every cell neutralised against formula injection. No Node
 * API, so the browser and the server share this one writer.
 */

export type CsvDelimiter = ',' | ';';

/**
 * OWASP CSV injection: a cell starting with `=`, `+`, `-`, `@`, tab, CR or LF
 * could run as a formula in a spreadsheet. It is prefixed with a single quote,
 * so it is shown as the text it is. (`+33 6 ...` phone numbers get the quote too:
 * that is the guidance's price.)
 */
const FORMULA_START = /^[=+\-@\t\r\n]/;
export const isFormulaLike = (cell: string) => FORMULA_START.test(cell);
export const neutralise = (cell: string) => (isFormulaLike(cell) ? `'${cell}` : cell);

export function csvField(cell: string, delimiter: string): string {
  const safe = neutralise(cell);
  // Neutralised cells are quoted too, as OWASP says; so is anything with the delimiter, a quote or a line break.
  return safe !== cell || safe.includes(delimiter) || /["\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export const csvLine = (cells: readonly string[], delimiter: string) => `${cells.map((cell) => csvField(cell, delimiter)).join(delimiter)}\r\n`;

export const CSV_BOM = '\uFEFF';

/** Excel's list separator follows the locale: `;` where the decimal mark is a comma (fr, de, ...), `,` elsewhere. */
export function csvDelimiterFor(locale: string): CsvDelimiter {
  try {
    return new Intl.NumberFormat(locale).formatToParts(1.5).find((part) => part.type === 'decimal')?.value === ',' ? ';' : ',';
  } catch {
    return ',';
  }
}

/** A whole CSV file as text, BOM first; `;` by default, as a French Excel expects. */
export const csvDocument = (rows: readonly (readonly string[])[], delimiter: CsvDelimiter = ';'): string =>
  CSV_BOM + rows.map((cells) => csvLine(cells, delimiter)).join('');

/** The same file as chunks, the header first, then each batch of rows as it arrives (an export streamed from a database cursor). */
export async function* csvChunks(
  header: readonly string[],
  batches: AsyncIterable<readonly (readonly string[])[]>,
  delimiter: CsvDelimiter,
): AsyncGenerator<Uint8Array> {
  const encoder = new TextEncoder();
  yield encoder.encode(CSV_BOM + csvLine(header, delimiter));
  for await (const rows of batches) yield encoder.encode(rows.map((cells) => csvLine(cells, delimiter)).join(''));
}
