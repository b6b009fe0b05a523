/**
 * CSV records as RFC 4180 and Excel write them: quoted fields holding the
 * delimiter, line breaks and `""` escapes; CRLF, LF or CR line ends; lines of
 * unequal length. Read chunk by chunk, so a 50 MB file is never one string.
 *
 * The splitter finds where each field lies and cuts nothing: a chunk's
 * records are its text and the fields' offsets (`CsvChunk`), and whoever
 * checks the rows cuts only the cells of the columns it maps (`fieldText`).
 *
 * Written here rather than taken from a library: papaparse, d3-dsv and
 * csv-parse were 1.5 to 4 times slower on the benchmark's file, none hands
 * out offsets instead of strings, and uDSV, as fast, drops blank lines
 * (shifting every row number after them) and merges a short line into the
 * next (bench/README.md, "Import").
 */

export type CsvDelimiter = ',' | ';' | '\t';

const QUOTE = 34;
const LF = 10;
const CR = 13;

/**
 * The records of one chunk: `fields` holds, record after record, the count
 * of its fields then each field's start and end in `text`. A start written
 * as `~start` (negative) marks a field that needs `quotedText`: escapes
 * (`""`), text after the closing quote, or a quote never closed; a plain
 * quoted field is given without its quotes.
 */
export interface CsvChunk {
  text: string;
  fields: Int32Array;
  records: number;
}

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

/** A field marked `~start` in a chunk, as Excel reads it: from its opening quote at `start` to `end`. */
export function quotedText(text: string, start: number, end: number): string {
  let value = '';
  let from = start + 1;
  for (;;) {
    const close = text.indexOf('"', from);
    // A quote never closed: the rest of the field is its text.
    if (close === -1 || close >= end) return value + text.slice(from, end);
    if (close + 1 < end && text.charCodeAt(close + 1) === QUOTE) {
      value += text.slice(from, close + 1);
      from = close + 2;
      continue;
    }
    // What follows the closing quote before the delimiter is kept, as Excel does.
    return value + text.slice(from, close) + text.slice(close + 1, end);
  }
}

/** Field `index` of the record whose count is at `fields[at]`; '' beyond its last field. */
export function fieldText(text: string, fields: Int32Array, at: number, index: number): string {
  if (index >= fields[at]!) return '';
  const start = fields[at + 1 + 2 * index]!;
  const end = fields[at + 2 + 2 * index]!;
  return start < 0 ? quotedText(text, ~start, end) : text.slice(start, end);
}

/** Every field of the record at `fields[at]`, cut (the header, and tests). */
export function recordCells(text: string, fields: Int32Array, at: number): string[] {
  const cells: string[] = [];
  for (let i = 0; i < fields[at]!; i++) cells.push(fieldText(text, fields, at, i));
  return cells;
}

/** Every record of a chunk, each cut into its cells (tests: the import itself cuts only the cells it maps). */
export function chunkRecords({ text, fields, records }: CsvChunk): string[][] {
  const cut: string[][] = [];
  for (let r = 0, at = 0; r < records; r++, at += 1 + 2 * fields[at]!) cut.push(recordCells(text, fields, at));
  return cut;
}

/** Finds the records of a CSV text given chunk by chunk; see `CsvChunk`. */
export class CsvSplitter {
  #rest = '';
  /** The line end, LF (with or without CR before it) or a lone CR, found in the first text that has one. */
  #newline: number | undefined;
  readonly #delimiter: CsvDelimiter;
  #fields = new Int32Array(0);
  #length = 0;
  #records = 0;

  constructor(delimiter: CsvDelimiter) {
    this.#delimiter = delimiter;
  }

  /** Whether the text pushed so far ends inside a record (one the next text completes). */
  get midRecord(): boolean {
    return this.#rest !== '';
  }

  /** The complete records of `chunk` after what the last chunk left; `final` reads the last record even without a line end. */
  push(chunk: string, final = false): CsvChunk {
    const text = this.#rest === '' ? chunk : this.#rest + chunk;
    // About 20 bytes a field on a typical file: room for most chunks without growing, a fresh buffer each (it may be transferred).
    this.#fields = new Int32Array(Math.max(64, text.length >> 2));
    this.#length = 0;
    this.#records = 0;
    const end = this.#split(text, final);
    this.#rest = end < text.length ? text.slice(end) : '';
    return { text, fields: this.#fields, records: this.#records };
  }

  /** Room for `count` more numbers. */
  #room(count: number): Int32Array {
    if (this.#length + count > this.#fields.length) {
      const bigger = new Int32Array(Math.max(this.#fields.length * 2, this.#length + count));
      bigger.set(this.#fields.subarray(0, this.#length));
      this.#fields = bigger;
    }
    return this.#fields;
  }

  /** Writes the records of `text`; answers where the first incomplete one starts. */
  #split(text: string, final: boolean): number {
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
        // No quote on this line: the common case, each delimiter is a field's end.
        let stop = lineEnd;
        if (stop > pos && text.charCodeAt(stop - 1) === CR) stop--;
        const count = this.#length;
        let fields = this.#room(3);
        this.#length++;
        let n = 0;
        let from = pos;
        for (;;) {
          let next = text.indexOf(delimiter, from);
          if (next === -1 || next > stop) next = stop;
          if (this.#length + 2 > fields.length) fields = this.#room(2);
          fields[this.#length++] = from;
          fields[this.#length++] = next;
          n++;
          if (next === stop) break;
          from = next + 1;
        }
        fields[count] = n;
        this.#records++;
        pos = lineEnd + 1;
        continue;
      }
      const next = this.#quotedRecord(text, pos, final);
      if (next === -1) return pos;
      pos = next;
    }
    return pos;
  }

  /** A record with a quote somewhere, field by field; answers where the next record starts, or -1 when the text ends first (nothing written then). */
  #quotedRecord(text: string, start: number, final: boolean): number {
    const length = text.length;
    const delimiter = this.#delimiter;
    const newline = this.#newline!;
    const first = this.#length;
    let fields = this.#room(1);
    this.#length++;
    let n = 0;
    let lineEnd = -2;
    let i = start;
    for (;;) {
      const fieldStart = i;
      /** Where a plain quoted field's text ends (its closing quote), or -1: not quoted, or not plain. */
      let plainEnd = -1;
      let marked = false;
      if (text.charCodeAt(i) === QUOTE) {
        marked = true;
        let from = i + 1;
        let escaped = false;
        for (;;) {
          const close = text.indexOf('"', from);
          if (close === -1 || (close === length - 1 && !final)) {
            if (!final) return this.#undo(first);
            // A quote never closed: the rest of the file is its field, as Excel reads it.
            i = length;
            break;
          }
          if (text.charCodeAt(close + 1) === QUOTE) {
            escaped = true;
            from = close + 2;
            continue;
          }
          i = close + 1;
          if (!escaped) plainEnd = close;
          break;
        }
      }
      // Unquoted text, or what follows a closing quote before the delimiter (kept, as Excel does).
      if (lineEnd < i && lineEnd !== -1) lineEnd = text.indexOf(newline === LF ? '\n' : '\r', i);
      const next = text.indexOf(delimiter, i);
      const atLineEnd = next === -1 || (lineEnd !== -1 && lineEnd < next);
      const end = atLineEnd ? (lineEnd === -1 ? length : lineEnd) : next;
      const stop = atLineEnd && end > i && newline === LF && text.charCodeAt(end - 1) === CR ? end - 1 : end;
      if (this.#length + 2 > fields.length) fields = this.#room(2);
      if (!marked) {
        fields[this.#length++] = fieldStart;
        fields[this.#length++] = stop;
      } else if (plainEnd !== -1 && stop === i) {
        // `"text"` and nothing after it: the text between the quotes, cut as is.
        fields[this.#length++] = fieldStart + 1;
        fields[this.#length++] = plainEnd;
      } else {
        fields[this.#length++] = ~fieldStart;
        fields[this.#length++] = stop;
      }
      n++;
      if (!atLineEnd) {
        i = end + 1;
        continue;
      }
      if (end >= length && !final) return this.#undo(first);
      fields[first] = n;
      this.#records++;
      return end + 1;
    }
  }

  /** Forgets a record begun at `first`: the text ended before it did. */
  #undo(first: number): -1 {
    this.#length = first;
    return -1;
  }
}
