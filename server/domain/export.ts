import { crc32, createDeflateRaw, deflateRawSync } from 'node:zlib';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { IMPORT_COLUMNS } from '../../src/api/schemas/import.js';
import type { ImportColumn } from '../../src/api/schemas/import.js';
import type { User } from '../../src/api/schemas/user.js';

// ---------------------------------------------------------------------------
// Cells: the import's own columns and formats, so an export can be fixed and imported again.

const yesNo = (value: boolean) => (value ? 'YES' : 'NO');
const pad = (n: number) => String(n).padStart(2, '0');

/** `dd/mm/yyyy/hh:mm` in UTC, the import's SUSPENSION_DATE format (DOMAIN.md). */
export function importDate(iso: string | null): string {
  if (!iso) return '';
  const d = new Date(iso);
  return `${pad(d.getUTCDate())}/${pad(d.getUTCMonth() + 1)}/${d.getUTCFullYear()}/${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}`;
}

/** One user as text cells in IMPORT_COLUMNS order; multi-valued cells are comma-separated ids/keys. */
export function userCells(user: User, poolKeys: ReadonlyMap<string, string>): string[] {
  const cells: Record<ImportColumn, string | null> = {
    LASTNAME: user.lastName,
    FIRSTNAME: user.firstName,
    EMAIL: user.email,
    LOGIN: user.login,
    STATUS: user.status,
    ROLE: user.role,
    MAIL_LANGUAGE: user.mailLanguage,
    FUNCTION: user.jobTitle,
    COMPANY: user.company,
    DEPARTMENT: user.department,
    PHONE: user.phone,
    MOBILE: user.mobile,
    ADDRESS: user.address.street,
    ZIP: user.address.zip,
    CITY: user.address.city,
    COUNTRY: user.address.country,
    BIOGRAPHY: user.biography,
    AGENCIES: user.agencyIds.join(','),
    LICENCE_POOL: user.licencePoolIds.map((id) => poolKeys.get(id) ?? id).join(','),
    ACCOUNT_TYPE: user.accountType,
    OWNER_LOGIN: user.ownerLogin,
    VISIBILITY_SCOPE: user.visibility,
    MODIFICATION_PREVENTION: yesNo(user.modificationPrevention),
    TFA: user.twoFactor,
    SUSPENSION_DATE: importDate(user.suspensionDate),
    EXPIRATION_MODE: user.expirationMode,
    CREATION_NOTIFICATION: yesNo(user.creationNotification),
    STORAGE_QUOTA: user.storageQuota,
    BACKUP_QUOTA: user.backupQuota,
  };
  return IMPORT_COLUMNS.map((column) => cells[column] ?? '');
}

/**
 * OWASP CSV injection: a cell starting with `=`, `+`, `-`, `@`, tab, CR or LF
 * could run as a formula in a spreadsheet. It is prefixed with a single quote,
 * so it is shown as the text it is. (`+33 6 ...` phone numbers get the quote too:
 * that is the guidance's price.)
 */
const FORMULA_START = /^[=+\-@\t\r\n]/;
export const isFormulaLike = (cell: string) => FORMULA_START.test(cell);
export const neutralise = (cell: string) => (isFormulaLike(cell) ? `'${cell}` : cell);

// ---------------------------------------------------------------------------
// CSV: UTF-8 with a BOM (Excel then reads the accents right), CRLF line ends (RFC 4180).

export function csvField(cell: string, delimiter: string): string {
  const safe = neutralise(cell);
  // Neutralised cells are quoted too, as OWASP says; so is anything with the delimiter, a quote or a line break.
  return safe !== cell || safe.includes(delimiter) || /["\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export const csvLine = (cells: readonly string[], delimiter: string) => `${cells.map((cell) => csvField(cell, delimiter)).join(delimiter)}\r\n`;

export async function* csvChunks(batches: AsyncIterable<readonly string[][]>, delimiter: ',' | ';'): AsyncGenerator<Uint8Array> {
  const encoder = new TextEncoder();
  yield encoder.encode(`\uFEFF${csvLine(IMPORT_COLUMNS, delimiter)}`);
  for await (const rows of batches) yield encoder.encode(rows.map((cells) => csvLine(cells, delimiter)).join(''));
}

// ---------------------------------------------------------------------------
// XLSX: a minimal SpreadsheetML workbook (one sheet, inline strings), zipped as
// it streams. Written here rather than with exceljs/write-excel-file: ~100 lines
// with no dependency, rows go out as they are read (a library would hold the
// 100,000 rows or its own model in memory), and every cell is text, so nothing
// in a name can become a formula; the OWASP quote is still applied, so a copy
// pasted back into a CSV stays safe.

const XML_HEADER = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const MAIN_NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL_NS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

const STATIC_PARTS: readonly [string, string][] = [
  [
    '[Content_Types].xml',
    `${XML_HEADER}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
      '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
      '<Default Extension="xml" ContentType="application/xml"/>' +
      '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>' +
      '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>' +
      '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>' +
      '</Types>',
  ],
  [
    '_rels/.rels',
    `${XML_HEADER}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
      '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>' +
      '</Relationships>',
  ],
  [
    'xl/workbook.xml',
    `${XML_HEADER}<workbook xmlns="${MAIN_NS}" xmlns:r="${REL_NS}"><sheets><sheet name="Users" sheetId="1" r:id="rId1"/></sheets></workbook>`,
  ],
  [
    'xl/_rels/workbook.xml.rels',
    `${XML_HEADER}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
      '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>' +
      '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>' +
      '</Relationships>',
  ],
  [
    'xl/styles.xml',
    // Style 0: normal text; style 1: the bold header row.
    `${XML_HEADER}<styleSheet xmlns="${MAIN_NS}">` +
      '<fonts count="2"><font><sz val="11"/><name val="Calibri"/></font><font><b/><sz val="11"/><name val="Calibri"/></font></fonts>' +
      '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>' +
      '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>' +
      '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
      '<cellXfs count="2"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/></cellXfs>' +
      '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>' +
      '</styleSheet>',
  ],
];

/** `A`..`Z`, `AA`..: a column's letters. */
export function columnLetters(index: number): string {
  let letters = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}

/** Text that XML 1.0 can carry: markup escaped, control characters (other than tab and line breaks) and lone surrogates dropped. */
export const xmlText = (text: string) =>
  text
    // eslint-disable-next-line no-control-regex -- these control characters are exactly what must go
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;');

const LETTERS = IMPORT_COLUMNS.map((_, i) => columnLetters(i));

function sheetRow(rowNumber: number, cells: readonly string[], style = 0): string {
  const s = style ? ` s="${style}"` : '';
  return `<row r="${rowNumber}">${cells
    .map((cell, i) => (cell === '' ? '' : `<c r="${LETTERS[i]}${rowNumber}" t="inlineStr"${s}><is><t xml:space="preserve">${xmlText(neutralise(cell))}</t></is></c>`))
    .join('')}</row>`;
}

async function* sheetXml(batches: AsyncIterable<readonly string[][]>): AsyncGenerator<Buffer> {
  // The header row stays visible while scrolling (frozen pane).
  yield Buffer.from(
    `${XML_HEADER}<worksheet xmlns="${MAIN_NS}"><sheetViews><sheetView workbookViewId="0"><pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/></sheetView></sheetViews>` +
      `<sheetData>${sheetRow(1, IMPORT_COLUMNS, 1)}`,
  );
  let rowNumber = 1;
  for await (const rows of batches) yield Buffer.from(rows.map((cells) => sheetRow(++rowNumber, cells)).join(''));
  yield Buffer.from('</sheetData></worksheet>');
}

interface ZipEntry {
  name: Buffer;
  crc: number;
  compressedSize: number;
  size: number;
  offset: number;
  flags: number;
}

const ZIP_LIMIT = 0xffffffff; // no ZIP64: far beyond 100,000 users' worth of XML
const DOS_DATE = ((2020 - 1980) << 9) | (1 << 5) | 1; // fixed timestamp: the same export gives the same bytes

function localHeader(entry: ZipEntry, known: boolean): Buffer {
  const header = Buffer.alloc(30);
  header.writeUInt32LE(0x04034b50, 0);
  header.writeUInt16LE(20, 4); // version needed: deflate
  header.writeUInt16LE(entry.flags, 6);
  header.writeUInt16LE(8, 8); // deflate
  header.writeUInt16LE(0, 10);
  header.writeUInt16LE(DOS_DATE, 12);
  header.writeUInt32LE(known ? entry.crc : 0, 14);
  header.writeUInt32LE(known ? entry.compressedSize : 0, 18);
  header.writeUInt32LE(known ? entry.size : 0, 22);
  header.writeUInt16LE(entry.name.length, 26);
  header.writeUInt16LE(0, 28);
  return Buffer.concat([header, entry.name]);
}

function centralHeader(entry: ZipEntry): Buffer {
  const header = Buffer.alloc(46);
  header.writeUInt32LE(0x02014b50, 0);
  header.writeUInt16LE(20, 4);
  header.writeUInt16LE(20, 6);
  header.writeUInt16LE(entry.flags, 8);
  header.writeUInt16LE(8, 10);
  header.writeUInt16LE(0, 12);
  header.writeUInt16LE(DOS_DATE, 14);
  header.writeUInt32LE(entry.crc, 16);
  header.writeUInt32LE(entry.compressedSize, 20);
  header.writeUInt32LE(entry.size, 24);
  header.writeUInt16LE(entry.name.length, 28);
  // extra, comment, disk, internal and external attributes: zero
  header.writeUInt32LE(entry.offset, 42);
  return Buffer.concat([header, entry.name]);
}

/** The workbook as zip chunks; the sheet is deflated as its rows arrive (sizes in a data descriptor). */
export async function* xlsxChunks(batches: AsyncIterable<readonly string[][]>): AsyncGenerator<Uint8Array> {
  const entries: ZipEntry[] = [];
  let offset = 0;
  const emit = (chunk: Buffer) => {
    offset += chunk.length;
    if (offset > ZIP_LIMIT) throw new Error('export too large for a zip without ZIP64');
    return chunk;
  };

  for (const [name, text] of STATIC_PARTS) {
    const data = Buffer.from(text);
    const compressed = deflateRawSync(data);
    const entry: ZipEntry = { name: Buffer.from(name), crc: crc32(data), compressedSize: compressed.length, size: data.length, offset, flags: 0 };
    entries.push(entry);
    yield emit(localHeader(entry, true));
    yield emit(compressed);
  }

  // Bit 3: CRC and sizes follow the data (a data descriptor), as they are known only at the end.
  const sheet: ZipEntry = { name: Buffer.from('xl/worksheets/sheet1.xml'), crc: 0, compressedSize: 0, size: 0, offset, flags: 0x0008 };
  entries.push(sheet);
  yield emit(localHeader(sheet, false));
  const deflate = createDeflateRaw();
  const source = Readable.from(
    (async function* () {
      for await (const chunk of sheetXml(batches)) {
        sheet.crc = crc32(chunk, sheet.crc);
        sheet.size += chunk.length;
        yield chunk;
      }
    })(),
  );
  const done = pipeline(source, deflate);
  done.catch(() => {}); // rethrown below once the compressed output has been read
  for await (const chunk of deflate as AsyncIterable<Buffer>) {
    sheet.compressedSize += chunk.length;
    yield emit(chunk);
  }
  await done;
  const descriptor = Buffer.alloc(16);
  descriptor.writeUInt32LE(0x08074b50, 0);
  descriptor.writeUInt32LE(sheet.crc, 4);
  descriptor.writeUInt32LE(sheet.compressedSize, 8);
  descriptor.writeUInt32LE(sheet.size, 12);
  yield emit(descriptor);

  const directoryStart = offset;
  const directory = Buffer.concat(entries.map(centralHeader));
  yield emit(directory);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(directoryStart, 16);
  yield emit(end);
}

/** A web stream over chunks, pulled as the client reads (backpressure), stopped if it goes away. */
export function streamOf(chunks: AsyncGenerator<Uint8Array>): ReadableStream<Uint8Array> {
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      try {
        const next = await chunks.next();
        if (next.done) controller.close();
        else controller.enqueue(next.value);
      } catch (error) {
        controller.error(error);
      }
    },
    async cancel() {
      await chunks.return(undefined);
    },
  });
}
