import { ImportSheet, type RowSink, type SheetResult } from './import-sheet.js';
import { IMPORT_LIMITS, type ImportContext, ImportFileError, type ImportProgress } from './types.js';
import { type ZipEntry, InflateBudget, entryText, inflateEntry, zipEntries } from './zip-entries.js';

/**
 * Reads the first sheet of an XLSX workbook: shared and inline strings,
 * numbers, booleans, and dates stored as serial numbers (1900 or 1904 date
 * system, told by `date1904` in workbook.xml; a cell is a date when its style's
 * number format is one) turned into the `dd/mm/yyyy` (`/hh:mm`) text that the
 * validator reads, as a date typed as text would be.
 *
 * The sheet is inflated and scanned as a stream: its XML never sits whole in
 * memory. Only SpreadsheetML's cell markup is read, with indexOf over the
 * text, not a general XML parser or workbook model: that is what reads
 * 100,000 rows in a third of exceljs's streaming reader's time
 * (bench/README.md, "Import").
 */

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** XML character references and OOXML's `_xHHHH_` escapes (a line break in a cell is `_x000D_` or `&#10;`). */
function xmlUnescape(text: string): string {
  let out = text;
  if (out.includes('&')) {
    out = out.replace(/&(#x[0-9a-f]+|#\d+|amp|lt|gt|quot|apos);/gi, (_, ref: string) =>
      ref[0] === '#' ? String.fromCodePoint(ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : Number(ref.slice(1))) : ENTITIES[ref.toLowerCase()]!,
    );
  }
  if (out.includes('_x')) out = out.replace(/_x([0-9A-Fa-f]{4})_/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
  return out;
}

const attributePatterns = new Map<string, RegExp>();

/** An attribute of one start tag, e.g. `r` of `<c r="B2" t="s">`. */
function attribute(tag: string, name: string): string | null {
  // The way Excel writes it first: ` name="value"`.
  const at = tag.indexOf(` ${name}="`);
  if (at !== -1) {
    const start = at + name.length + 3;
    return tag.slice(start, tag.indexOf('"', start));
  }
  let pattern = attributePatterns.get(name);
  if (pattern === undefined) attributePatterns.set(name, (pattern = new RegExp(`\\s${name}\\s*=\\s*("([^"]*)"|'([^']*)')`)));
  const match = pattern.exec(tag);
  return match ? (match[2] ?? match[3]!) : null;
}

/** The text of every `<t>` in an `<si>` or `<is>` (rich text runs joined; phonetic runs skipped). */
function stringItemText(xml: string, prefix: string): string {
  const open = `<${prefix}t`;
  const close = `</${prefix}t>`;
  let text = '';
  for (let at = xml.indexOf(open); at !== -1; at = xml.indexOf(open, at + 1)) {
    const next = xml.charCodeAt(at + open.length);
    // `<t>` or `<t xml:space=...>`, not `<tab>` or the like.
    if (next !== 62 && next !== 32) continue;
    const phonetic = xml.lastIndexOf(`<${prefix}rPh`, at);
    if (phonetic !== -1 && xml.indexOf(`</${prefix}rPh>`, phonetic) > at) continue;
    const start = xml.indexOf('>', at) + 1;
    if (xml.charCodeAt(start - 2) === 47) continue; // `<t/>`
    const end = xml.indexOf(close, start);
    if (end === -1) break;
    text += xml.slice(start, end);
    at = end;
  }
  return xmlUnescape(text);
}

/** The namespace prefix a part uses (`x:` in files some libraries write), from its root element. */
function prefixOf(xml: string, root: string): string {
  const match = new RegExp(`<([A-Za-z_][\\w.-]*:)?${root}[\\s>]`).exec(xml);
  return match?.[1] ?? '';
}

/** Relationship id -> target, of a `.rels` part. */
function relationships(xml: string): { id: string; type: string; target: string }[] {
  return [...xml.matchAll(/<(?:\w+:)?Relationship\s[^>]*>/g)].map(([tag]) => ({
    id: attribute(tag, 'Id') ?? '',
    type: attribute(tag, 'Type') ?? '',
    target: attribute(tag, 'Target') ?? '',
  }));
}

/** A relationship's target as a zip path, relative to the folder of the part that holds it. */
function resolvePath(folder: string, target: string): string {
  if (target.startsWith('/')) return target.slice(1);
  const parts = folder.split('/').filter(Boolean);
  for (const part of target.split('/')) {
    if (part === '..') parts.pop();
    else if (part !== '.') parts.push(part);
  }
  return parts.join('/');
}

/** Built-in number formats that show a date or a time (ECMA-376 18.8.30). */
const BUILTIN_DATE_FORMATS = new Set([14, 15, 16, 17, 18, 19, 20, 21, 22, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 45, 46, 47, 50, 51, 52, 53, 54, 55, 56, 57, 58]);

/** A custom format shows a date when a day, month, year, hour or second token is left once quoted text, escapes and colours are taken out. */
export function isDateFormat(code: string): boolean {
  const bare = code
    .replace(/"[^"]*"/g, '')
    .replace(/\\./g, '')
    .replace(/\[(?!h+\]|m+\]|s+\])[^\]]*\]/gi, '')
    .replace(/General/gi, '');
  return /[dmyhs]/i.test(bare);
}

/** For each cell style (`s`), whether its number format is a date. */
function dateStyles(stylesXml: string): boolean[] {
  const prefix = prefixOf(stylesXml, 'styleSheet');
  const custom = new Map<number, string>();
  for (const [tag] of stylesXml.matchAll(new RegExp(`<${prefix}numFmt\\s[^>]*>`, 'g'))) {
    custom.set(Number(attribute(tag, 'numFmtId')), xmlUnescape(attribute(tag, 'formatCode') ?? ''));
  }
  const cellXfs = new RegExp(`<${prefix}cellXfs[\\s>][\\s\\S]*?</${prefix}cellXfs>`).exec(stylesXml)?.[0] ?? '';
  return [...cellXfs.matchAll(new RegExp(`<${prefix}xf[\\s>/][^>]*>`, 'g'))].map(([tag]) => {
    const id = Number(attribute(tag, 'numFmtId') ?? 0);
    const code = custom.get(id);
    return code !== undefined ? isDateFormat(code) : BUILTIN_DATE_FORMATS.has(id);
  });
}

const DAY_MS = 86_400_000;
const pad = (n: number) => String(n).padStart(2, '0');

/**
 * A serial date as `dd/mm/yyyy`, with `/hh:mm` when it has a time of day. In
 * the 1900 system serial 60 is 29 February 1900, a day that never was (Lotus
 * 1-2-3's bug, kept by Excel): days before it count from 31 December 1899.
 */
export function serialDateText(serial: number, date1904: boolean): string {
  let days = Math.floor(serial);
  let minutes = Math.round((serial - days) * 1440);
  if (minutes === 1440) {
    days++;
    minutes = 0;
  }
  if (!date1904 && days === 60) return '29/02/1900';
  const epoch = date1904 ? Date.UTC(1904, 0, 1) : days < 60 ? Date.UTC(1899, 11, 31) : Date.UTC(1899, 11, 30);
  const date = new Date(epoch + days * DAY_MS);
  const text = `${pad(date.getUTCDate())}/${pad(date.getUTCMonth() + 1)}/${date.getUTCFullYear()}`;
  return minutes === 0 ? text : `${text}/${pad(Math.floor(minutes / 60))}:${pad(minutes % 60)}`;
}

/** `2018-04-01T08:30:00` (a `t="d"` cell) as `01/04/2018/08:30`. */
function isoDateText(iso: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2}))?/.exec(iso);
  if (!match) return iso;
  const text = `${match[3]}/${match[2]}/${match[1]}`;
  return match[4] === undefined || (match[4] === '00' && match[5] === '00') ? text : `${text}/${match[4]}:${match[5]}`;
}

interface SheetFormat {
  prefix: string;
  sharedStrings: string[];
  dateStyles: boolean[];
  date1904: boolean;
}

/**
 * Scans `<row>` elements out of the sheet's XML as it inflates, handing each
 * row's cells, with the row's number, to `onRow`.
 */
class SheetScanner {
  #rest = '';
  #lastRow = 0;
  readonly #format: SheetFormat;
  readonly #onRow: (cells: string[], row: number) => void;
  readonly #rowOpen: string;
  readonly #rowClose: string;
  readonly #cellOpen: string;
  readonly #cellClose: string;

  constructor(format: SheetFormat, onRow: (cells: string[], row: number) => void) {
    this.#format = format;
    this.#onRow = onRow;
    this.#rowOpen = `<${format.prefix}row`;
    this.#rowClose = `</${format.prefix}row>`;
    this.#cellOpen = `<${format.prefix}c`;
    this.#cellClose = `</${format.prefix}c>`;
  }

  push(chunk: string): void {
    const text = this.#rest + chunk;
    let pos = 0;
    for (;;) {
      const start = text.indexOf(this.#rowOpen, pos);
      if (start === -1) {
        // Keep what could be the start of a `<row` cut by the chunk's end.
        pos = Math.max(pos, text.length - this.#rowOpen.length);
        break;
      }
      if (start + this.#rowOpen.length >= text.length) {
        pos = start; // `<row` at the very end: the next chunk tells what it is
        break;
      }
      const after = text.charCodeAt(start + this.#rowOpen.length);
      if (after !== 32 && after !== 62 && after !== 47) {
        pos = start + 1; // `<rowBreaks>` and the like
        continue;
      }
      const tagEnd = text.indexOf('>', start);
      if (tagEnd === -1) {
        pos = start;
        break;
      }
      const tag = text.slice(start, tagEnd);
      const numbered = Number(attribute(tag, 'r'));
      const row = numbered > 0 ? numbered : this.#lastRow + 1;
      if (text.charCodeAt(tagEnd - 1) === 47) {
        this.#lastRow = row; // `<row r="5"/>`: an empty row
        pos = tagEnd + 1;
        continue;
      }
      const end = text.indexOf(this.#rowClose, tagEnd);
      if (end === -1) {
        pos = start;
        break;
      }
      this.#lastRow = row;
      this.#onRow(this.#cells(text, tagEnd + 1, end), row);
      pos = end + this.#rowClose.length;
    }
    this.#rest = text.slice(pos);
  }

  /** The cells between `from` and `to` (one row's content), as text, by column. */
  #cells(text: string, from: number, to: number): string[] {
    const cells: string[] = [];
    const { sharedStrings, dateStyles, date1904, prefix } = this.#format;
    const vOpen = `<${prefix}v`;
    const vClose = `</${prefix}v>`;
    let at = text.indexOf(this.#cellOpen, from);
    while (at !== -1 && at < to) {
      const after = text.charCodeAt(at + this.#cellOpen.length);
      const tagEnd = text.indexOf('>', at);
      if ((after !== 32 && after !== 62 && after !== 47) || tagEnd === -1 || tagEnd > to) {
        at = text.indexOf(this.#cellOpen, at + 1);
        continue;
      }
      // 2 million cells: attributes are read in place, without cutting the tag out first.
      const reference = attributeAt(text, at, tagEnd, 'r');
      const column = reference === -1 ? cells.length : columnIndexAt(text, reference);
      const selfClosing = text.charCodeAt(tagEnd - 1) === 47;
      const end = selfClosing ? tagEnd : text.indexOf(this.#cellClose, tagEnd);
      if (end === -1 || end > to) break;
      if (!selfClosing && column >= 0) {
        const typeAt = attributeAt(text, at, tagEnd, 't');
        const type = typeAt === -1 ? '' : valueAt(text, typeAt);
        let value: string;
        if (type === 'inlineStr') {
          value = stringItemText(text.slice(tagEnd + 1, end), prefix);
        } else {
          const v = text.indexOf(vOpen, tagEnd);
          const vStart = v === -1 || v > end ? -1 : text.indexOf('>', v) + 1;
          const raw = vStart <= 0 || text.charCodeAt(vStart - 2) === 47 ? '' : text.slice(vStart, text.indexOf(vClose, vStart));
          if (type === 's') value = sharedStrings[Number(raw)] ?? '';
          else if (type === 'str' || type === 'e') value = xmlUnescape(raw);
          else if (type === 'b') value = raw === '1' ? 'TRUE' : raw === '0' ? 'FALSE' : raw;
          else if (type === 'd') value = isoDateText(raw);
          else if (raw !== '' && dateStyles[styleAt(text, at, tagEnd)]) value = serialDateText(Number(raw), date1904);
          else value = raw.includes('E') ? String(Number(raw)) : raw;
        }
        while (cells.length < column) cells.push('');
        cells[column] = value;
      }
      at = text.indexOf(this.#cellOpen, selfClosing ? tagEnd : end);
    }
    return cells;
  }
}

const attributeIndexPatterns = new Map<string, RegExp>();

/**
 * Where the value of attribute `name` starts in the tag `text[from..to)`, or
 * -1: looked up in place as Excel writes it (` name="`), by a pattern for
 * any other quoting or spacing.
 */
function attributeAt(text: string, from: number, to: number, name: string): number {
  const at = text.indexOf(` ${name}="`, from);
  if (at !== -1 && at < to) return at + name.length + 3;
  let pattern = attributeIndexPatterns.get(name);
  if (pattern === undefined) attributeIndexPatterns.set(name, (pattern = new RegExp(`\\s${name}\\s*=\\s*(["'])`, 'd')));
  const match = pattern.exec(text.slice(from, to));
  return match ? from + match.indices![1]![1] : -1;
}

/** The attribute value starting at `at`, up to the quote that opened it. */
const valueAt = (text: string, at: number) => text.slice(at, text.indexOf(text[at - 1]!, at));

/** The column of a cell reference starting at `at` (`AB12` -> 27), 0-based. */
function columnIndexAt(text: string, at: number): number {
  let index = 0;
  for (let i = at; ; i++) {
    const code = text.charCodeAt(i);
    if (code < 65 || code > 90) break;
    index = index * 26 + (code - 64);
  }
  return index - 1;
}

/** A cell's style index (`s`), 0 when it has none. */
function styleAt(text: string, from: number, to: number): number {
  const at = attributeAt(text, from, to, 's');
  return at === -1 ? 0 : Number(valueAt(text, at));
}

/** The workbook's parts: the first sheet, its shared strings and styles, and the date system. */
async function workbookParts(bytes: Uint8Array, entries: Map<string, ZipEntry>, budget: InflateBudget) {
  const part = (path: string) => entries.get(path);
  const text = async (path: string) => {
    const entry = part(path);
    return entry ? entryText(bytes, entry, budget) : null;
  };
  const root = await text('_rels/.rels');
  const workbookPath =
    (root && relationships(root).find((r) => r.type.endsWith('/officeDocument'))?.target.replace(/^\//, '')) || 'xl/workbook.xml';
  const workbook = await text(workbookPath);
  if (workbook === null) {
    throw new ImportFileError('unsupported_format', 'The file is a zip but not an XLSX workbook');
  }
  const folder = workbookPath.slice(0, workbookPath.lastIndexOf('/') + 1);
  const rels = relationships((await text(`${folder}_rels/${workbookPath.slice(folder.length)}.rels`)) ?? '');
  const prefix = prefixOf(workbook, 'workbook');
  const workbookPr = new RegExp(`<${prefix}workbookPr\\s[^>]*>`).exec(workbook)?.[0] ?? '';
  const date1904 = /^(1|true)$/i.test(attribute(workbookPr, 'date1904') ?? '');
  const firstSheet = new RegExp(`<${prefix}sheet\\s[^>]*>`).exec(workbook)?.[0];
  const sheetId = firstSheet ? (attribute(firstSheet, 'r:id') ?? /\s[\w.-]+:id\s*=\s*"([^"]*)"/.exec(firstSheet)?.[1]) : undefined;
  const sheetTarget = rels.find((r) => r.id === sheetId)?.target;
  const sheet = sheetTarget ? part(resolvePath(folder, sheetTarget)) : undefined;
  if (!sheet) throw new ImportFileError('empty', 'The workbook has no sheet');
  const byType = (type: string) => {
    const target = rels.find((r) => r.type.endsWith(`/${type}`))?.target;
    return target ? resolvePath(folder, target) : null;
  };
  return { sheet, date1904, sharedStringsPath: byType('sharedStrings'), stylesPath: byType('styles'), text };
}

/** The `<si>` items of the shared strings part, in order, read as it inflates (it can weigh as much as the sheet). */
class SharedStringsScanner {
  readonly strings: string[] = [];
  #rest = '';
  #prefix: string | null = null;

  push(chunk: string): void {
    const xml = this.#rest + chunk;
    const prefix = (this.#prefix ??= prefixOf(xml, 'sst'));
    const open = `<${prefix}si`;
    const close = `</${prefix}si>`;
    let pos = 0;
    for (;;) {
      const at = xml.indexOf(open, pos);
      if (at === -1) {
        pos = Math.max(pos, xml.length - open.length);
        break;
      }
      const tagEnd = xml.indexOf('>', at);
      if (tagEnd === -1) {
        pos = at;
        break;
      }
      if (xml.charCodeAt(tagEnd - 1) === 47) {
        this.strings.push(''); // `<si/>`
        pos = tagEnd + 1;
        continue;
      }
      const end = xml.indexOf(close, tagEnd);
      if (end === -1) {
        pos = at;
        break;
      }
      this.strings.push(stringItemText(xml.slice(tagEnd + 1, end), prefix));
      pos = end + close.length;
    }
    this.#rest = xml.slice(pos);
  }
}

/** Reads and checks the first sheet of an XLSX file. */
export async function readXlsx(
  file: Blob,
  fileName: string,
  context: ImportContext,
  onProgress: (progress: ImportProgress) => void,
  sink?: RowSink,
): Promise<SheetResult> {
  onProgress({ phase: 'reading', done: 0, total: file.size });
  const bytes = new Uint8Array(await file.arrayBuffer());
  const entries = zipEntries(bytes);
  const budget = new InflateBudget(IMPORT_LIMITS.maxUncompressedBytes);
  const { sheet, date1904, sharedStringsPath, stylesPath, text } = await workbookParts(bytes, entries, budget);
  const shared = new SharedStringsScanner();
  const sharedEntry = sharedStringsPath ? entries.get(sharedStringsPath) : undefined;
  if (sharedEntry) {
    const decoder = new TextDecoder();
    await inflateEntry(bytes, sharedEntry, budget, (chunk) => shared.push(decoder.decode(chunk, { stream: true })));
  }
  const sharedStrings = shared.strings;
  const stylesXml = stylesPath ? await text(stylesPath) : null;
  const format: SheetFormat = { prefix: '', sharedStrings, dateStyles: stylesXml ? dateStyles(stylesXml) : [], date1904 };

  const rows = new ImportSheet(context, sink && ((batch) => sink.rows(batch)));
  const decoder = new TextDecoder();
  let scanner: SheetScanner | null = null;
  let inflated = 0;
  // The claimed size only scales the progress bar; the budget counts the real bytes.
  const total = Math.max(sheet.uncompressedSize, 1);
  await inflateEntry(bytes, sheet, budget, (chunk) => {
    const xml = decoder.decode(chunk, { stream: true });
    if (scanner === null) {
      format.prefix = prefixOf(xml, 'worksheet');
      scanner = new SheetScanner(format, (cells, row) => rows.add(cells, row));
    }
    scanner.push(xml);
    inflated += chunk.length;
    onProgress({ phase: 'parsing', done: Math.min(inflated, total), total });
  });
  return rows.result(fileName, 'xlsx');
}
