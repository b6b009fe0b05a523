/**
 * CSV records as RFC 4180 and Excel write them: quoted fields holding the
 * delimiter, line breaks and `""` escapes; CRLF, LF or CR line ends; lines of
 * unequal length. Read chunk by chunk, so a 50 MB file is never one string.
 *
 * Written here rather than taken from a library: papaparse, d3-dsv and
 * csv-parse were 1.5 to 4 times slower on the benchmark's file, and uDSV,
 * as fast as this, drops blank lines (shifting every row number after them)
 * and merges a short line into the next (bench/README.md, "Import").
 */

export type CsvDelimiter = ',' | ';' | '\t';

const QUOTE = 34;
const LF = 10;
const CR = 13;

/**
 * The delimiter of the header line (its first line, outside quotes): the one
 * of `,` `;` tab it holds most of. A single column has none; `,` then.
 */
export function detectDelimiter(text: string): CsvDelimiter {
  const counts = { ',': 0, ';': 0, '\t': 0 };
  let quoted = false;
  let seen = false;
  for (let i = 0; i < text.length; i++) {
    const char = text[i]!;
    if (char === '"') quoted = !quoted;
    else if (quoted) continue;
    // Blank lines before the header are skipped.
    else if (char === '\n' || char === '\r') {
      if (seen) break;
      continue;
    } else if (char === ',' || char === ';' || char === '\t') counts[char]++;
    seen = true;
  }
  // On a tie, `;` wins: French Excel writes it, and French headers hold no commas.
  return counts[';'] >= counts[','] && counts[';'] >= counts['\t'] && counts[';'] > 0 ? ';' : counts['\t'] > counts[','] ? '\t' : ',';
}

export class CsvRecordReader {
  #rest = '';
  /** The line end, LF (with or without CR before it) or a lone CR, found in the first text that has one. */
  #newline: number | undefined;
  readonly #delimiter: CsvDelimiter;
  readonly #onRecord: (cells: string[]) => void;

  constructor(delimiter: CsvDelimiter, onRecord: (cells: string[]) => void) {
    this.#delimiter = delimiter;
    this.#onRecord = onRecord;
  }

  /** Reads every complete record of `chunk` after what the last chunk left; `final` reads the last record even without a line end. */
  push(chunk: string, final = false): void {
    const text = this.#rest === '' ? chunk : this.#rest + chunk;
    const end = this.#records(text, final);
    this.#rest = end < text.length ? text.slice(end) : '';
  }

  /** Reads the records of `text`; answers where the first incomplete one starts. */
  #records(text: string, final: boolean): number {
    const length = text.length;
    if (this.#newline === undefined) {
      const lf = text.indexOf('\n');
      const cr = text.indexOf('\r');
      if (lf !== -1) this.#newline = LF;
      else if (cr !== -1 && cr < length - 1) this.#newline = CR;
      else if (!final) return 0;
      else this.#newline = LF;
    }
    const newline = String.fromCharCode(this.#newline);
    const delimiter = this.#delimiter;
    let pos = 0;
    let quote = text.indexOf('"');
    while (pos < length) {
      let lineEnd = text.indexOf(newline, pos);
      if (lineEnd === -1) {
        if (!final) return pos;
        lineEnd = length;
      }
      if (quote !== -1 && quote < pos) quote = text.indexOf('"', pos);
      if (quote === -1 || quote > lineEnd) {
        // No quote on this line: the common case, split natively.
        let stop = lineEnd;
        if (stop > pos && text.charCodeAt(stop - 1) === CR) stop--;
        this.#onRecord(stop === pos ? [''] : text.slice(pos, stop).split(delimiter));
        pos = lineEnd + 1;
        continue;
      }
      const next = this.#quotedRecord(text, pos, final);
      if (next === -1) return pos;
      pos = next;
    }
    return pos;
  }

  /** A record with a quote somewhere, field by field; answers where the next record starts, or -1 when the text ends first. */
  #quotedRecord(text: string, start: number, final: boolean): number {
    const length = text.length;
    const delimiter = this.#delimiter;
    const newline = this.#newline!;
    const cells: string[] = [];
    let lineEnd = -2;
    let i = start;
    for (;;) {
      let value = '';
      if (text.charCodeAt(i) === QUOTE) {
        let from = i + 1;
        for (;;) {
          const close = text.indexOf('"', from);
          if (close === -1 || (close === length - 1 && !final)) {
            if (!final) return -1;
            // A quote never closed: the rest of the file is its field, as Excel reads it.
            value += text.slice(from);
            i = length;
            break;
          }
          if (text.charCodeAt(close + 1) === QUOTE) {
            value += text.slice(from, close + 1);
            from = close + 2;
            continue;
          }
          value += text.slice(from, close);
          i = close + 1;
          break;
        }
      }
      // Unquoted text, or what follows a closing quote before the delimiter (kept, as Excel does).
      if (lineEnd < i && lineEnd !== -1) lineEnd = text.indexOf(newline === LF ? '\n' : '\r', i);
      const next = text.indexOf(delimiter, i);
      const atLineEnd = next === -1 || (lineEnd !== -1 && lineEnd < next);
      const end = atLineEnd ? (lineEnd === -1 ? length : lineEnd) : next;
      if (end > i) value += text.slice(i, atLineEnd && end > i && newline === LF && text.charCodeAt(end - 1) === CR ? end - 1 : end);
      cells.push(value);
      if (!atLineEnd) {
        i = end + 1;
        continue;
      }
      if (end >= length && !final) return -1;
      this.#onRecord(cells);
      return end + 1;
    }
  }
}
