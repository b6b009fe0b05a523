import { strFromU8, unzipSync } from 'fflate';

/**
 * Reads back what the kit's XLSX writer wrote, for tests: the zip's parts as
 * text, and a sheet's cells row by row (reference, style, decoded text).
 */

export function workbookParts(bytes: Uint8Array): Map<string, string> {
  return new Map(Object.entries(unzipSync(bytes)).map(([name, data]) => [name, strFromU8(data)]));
}

export interface SheetCell {
  ref: string;
  style: string | undefined;
  text: string;
}

const decode = (text: string) => text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&amp;/g, '&');

export function sheetCells(sheetXml: string): SheetCell[][] {
  return [...sheetXml.matchAll(/<row r="\d+">(.*?)<\/row>/gs)].map(([, row]) =>
    [...row!.matchAll(/<c r="([A-Z]+\d+)" t="inlineStr"(?: s="(\d+)")?><is><t xml:space="preserve">(.*?)<\/t><\/is><\/c>/gs)].map(([, ref, style, text]) => ({
      ref: ref!,
      style,
      text: decode(text!),
    })),
  );
}

/** A column's 0-based index from a cell reference: `A2` -> 0, `AB7` -> 27. */
const columnIndex = (ref: string) => [...ref.replace(/\d+$/, '')].reduce((n, letter) => n * 26 + letter.charCodeAt(0) - 64, 0) - 1;

/** The sheet as a grid of texts, `''` where the writer left an empty cell out. */
export function sheetTable(sheetXml: string): string[][] {
  return sheetCells(sheetXml).map((row) => {
    const texts: string[] = [];
    for (const cell of row) texts[columnIndex(cell.ref)] = cell.text;
    return Array.from(texts, (text) => text ?? '');
  });
}
