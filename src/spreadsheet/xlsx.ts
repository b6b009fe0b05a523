import { Zip, ZipDeflate } from 'fflate';
import { neutralise } from './csv.js';

/**
 * A minimal SpreadsheetML workbook written as it streams: several sheets, each
 * with a bold, frozen header row and column widths; every cell is an inline
 * string, so nothing in a name can become a formula. The OWASP quote is still
 * applied (see csv.ts), so a cell copied into a CSV stays safe. Rows go out as
 * they arrive (an export of 100,000 users is never held whole), zipped by
 * fflate, which runs in the browser and in Node alike.
 */

/** Rows as they come: all at once, or in batches from an async source (a database cursor). */
export type XlsxRows = readonly (readonly string[])[] | AsyncIterable<readonly (readonly string[])[]>;

export interface XlsxColumn {
  header: string;
  /** In characters, as Excel counts them; default: the header's length, at least 10. */
  width?: number;
}

export interface XlsxSheet {
  /** Shown on the sheet's tab; characters Excel refuses are replaced and it is cut to 31. */
  name: string;
  columns: readonly XlsxColumn[];
  rows: XlsxRows;
}

export const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

const XML_HEADER = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const MAIN_NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL_NS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PACKAGE_REL_NS = 'http://schemas.openxmlformats.org/package/2006/relationships';
const SHEET_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml';
/** A fixed timestamp (local time, as zip stores it): the same rows give the same bytes. */
const MTIME = new Date(2020, 0, 1);
/** Style 0: normal text; style 1: the bold header row. */
const HEADER_STYLE = 1;

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

const xmlAttribute = (text: string) => xmlText(text).replace(/"/g, '&quot;');

/** Excel refuses a tab name with `[ ] : * ? / \`, or longer than 31 characters. */
const sheetName = (name: string) => name.replace(/[[\]:*?/\\]/g, ' ').slice(0, 31) || 'Sheet';

function packageParts(sheets: readonly XlsxSheet[]): [string, string][] {
  const numbers = sheets.map((_, i) => i + 1);
  return [
    [
      '[Content_Types].xml',
      `${XML_HEADER}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
        '<Default Extension="xml" ContentType="application/xml"/>' +
        '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>' +
        numbers.map((n) => `<Override PartName="/xl/worksheets/sheet${n}.xml" ContentType="${SHEET_TYPE}"/>`).join('') +
        '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>' +
        '</Types>',
    ],
    [
      '_rels/.rels',
      `${XML_HEADER}<Relationships xmlns="${PACKAGE_REL_NS}">` +
        `<Relationship Id="rId1" Type="${REL_NS}/officeDocument" Target="xl/workbook.xml"/>` +
        '</Relationships>',
    ],
    [
      'xl/workbook.xml',
      `${XML_HEADER}<workbook xmlns="${MAIN_NS}" xmlns:r="${REL_NS}"><sheets>` +
        sheets.map((sheet, i) => `<sheet name="${xmlAttribute(sheetName(sheet.name))}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`).join('') +
        '</sheets></workbook>',
    ],
    [
      'xl/_rels/workbook.xml.rels',
      `${XML_HEADER}<Relationships xmlns="${PACKAGE_REL_NS}">` +
        numbers.map((n) => `<Relationship Id="rId${n}" Type="${REL_NS}/worksheet" Target="worksheets/sheet${n}.xml"/>`).join('') +
        `<Relationship Id="rId${sheets.length + 1}" Type="${REL_NS}/styles" Target="styles.xml"/>` +
        '</Relationships>',
    ],
    [
      'xl/styles.xml',
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
}

function sheetRow(rowNumber: number, cells: readonly string[], letters: readonly string[], style = 0): string {
  const s = style ? ` s="${style}"` : '';
  let xml = `<row r="${rowNumber}">`;
  cells.forEach((cell, i) => {
    if (cell !== '') xml += `<c r="${letters[i] ?? columnLetters(i)}${rowNumber}" t="inlineStr"${s}><is><t xml:space="preserve">${xmlText(neutralise(cell))}</t></is></c>`;
  });
  return `${xml}</row>`;
}

async function* sheetXml(sheet: XlsxSheet, first: boolean): AsyncGenerator<string> {
  const letters = sheet.columns.map((_, i) => columnLetters(i));
  const widths = sheet.columns
    .map(({ header, width }, i) => `<col min="${i + 1}" max="${i + 1}" width="${width ?? Math.max(10, header.length + 2)}" customWidth="1"/>`)
    .join('');
  // The header row stays visible while scrolling (frozen pane).
  yield `${XML_HEADER}<worksheet xmlns="${MAIN_NS}"><sheetViews><sheetView${first ? ' tabSelected="1"' : ''} workbookViewId="0">` +
    '<pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/></sheetView></sheetViews>' +
    `${widths ? `<cols>${widths}</cols>` : ''}<sheetData>${sheetRow(1, sheet.columns.map((column) => column.header), letters, HEADER_STYLE)}`;
  let rowNumber = 1;
  const batches = Array.isArray(sheet.rows) ? [sheet.rows as readonly (readonly string[])[]] : (sheet.rows as AsyncIterable<readonly (readonly string[])[]>);
  for await (const rows of batches) yield rows.map((cells) => sheetRow(++rowNumber, cells, letters)).join('');
  yield '</sheetData></worksheet>';
}

/** The workbook as zip chunks, each sheet deflated as its rows arrive (pulled: the reader sets the pace). */
export async function* xlsxChunks(sheets: readonly XlsxSheet[]): AsyncGenerator<Uint8Array> {
  const encoder = new TextEncoder();
  const ready: Uint8Array[] = [];
  let failure: Error | null = null;
  // fflate's synchronous deflate calls back during push(): after each push, what it produced is waiting here.
  const zip = new Zip((error, chunk) => {
    if (error) failure = error;
    else ready.push(chunk);
  });
  const produced = () => {
    if (failure) throw failure;
    return ready.splice(0);
  };
  const open = (name: string) => {
    const file = new ZipDeflate(name, { level: 6 });
    file.mtime = MTIME;
    zip.add(file);
    return file;
  };
  try {
    for (const [name, text] of packageParts(sheets)) {
      open(name).push(encoder.encode(text), true);
      yield* produced();
    }
    for (const [i, sheet] of sheets.entries()) {
      const file = open(`xl/worksheets/sheet${i + 1}.xml`);
      for await (const xml of sheetXml(sheet, i === 0)) {
        file.push(encoder.encode(xml));
        yield* produced();
      }
      file.push(new Uint8Array(0), true);
      yield* produced();
    }
    zip.end();
    yield* produced();
  } finally {
    // Stopped early (the client went away): nothing more is deflated.
    zip.terminate();
  }
}

/** The whole workbook as a file, for a download made in the browser (a template, a report). */
export async function xlsxBlob(sheets: readonly XlsxSheet[]): Promise<Blob> {
  const parts: BlobPart[] = [];
  for await (const chunk of xlsxChunks(sheets)) parts.push(chunk as Uint8Array<ArrayBuffer>);
  return new Blob(parts, { type: XLSX_MIME });
}
