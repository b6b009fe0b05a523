// The shared XLSX writer (src/spreadsheet/xlsx.ts): unzipped here with fflate and
// read as XML, to prove what Excel would see: each formula start neutralised,
// text XML-safe, several sheets with bold frozen headers and widths, streamed.
import assert from 'node:assert/strict';
import test from 'node:test';
import { sheetCells, workbookParts } from './support/workbook.js';
import { XLSX_MIME, columnLetters, xlsxBlob, xlsxChunks, xmlText, type XlsxSheet } from '../../src/spreadsheet/xlsx.js';

const FORMULA_STARTS = ['=', '+', '-', '@', '\t', '\r', '\n'] as const;

async function workbook(sheets: XlsxSheet[]): Promise<Map<string, string>> {
  const parts: Uint8Array[] = [];
  for await (const chunk of xlsxChunks(sheets)) parts.push(chunk);
  return workbookParts(new Uint8Array(Buffer.concat(parts)));
}

test('each formula start is neutralised with a quote, as an inline string, never a formula', async () => {
  const rows = FORMULA_STARTS.map((start) => [`${start}cmd|' /C calc'!A0`, 'plain']);
  const files = await workbook([{ name: 'Users', columns: [{ header: 'NAME' }, { header: 'NOTE' }], rows }]);
  const sheet = files.get('xl/worksheets/sheet1.xml')!;
  const grid = sheetCells(sheet);
  assert.equal(grid.length, 1 + FORMULA_STARTS.length);
  FORMULA_STARTS.forEach((start, i) => {
    assert.equal(grid[i + 1]![0]!.text, `'${start}cmd|' /C calc'!A0`, JSON.stringify(start));
    assert.equal(grid[i + 1]![1]!.text, 'plain');
  });
  assert.ok(!sheet.includes('<f>') && !sheet.includes('<f '), 'no formula element');
  assert.ok(!/<t xml:space="preserve">[=+\-@\t\r\n]/.test(sheet), 'no cell text starts with a formula character');
  assert.ok(!/<c [^>]*\bt="(?!inlineStr)/.test(sheet), 'every cell is an inline string');
});

test('text is XML-safe: markup escaped, characters XML cannot carry dropped', async () => {
  const hostile = '<img src=x onerror=alert(1)> & "q" \u0001\u0008 é 😀';
  const files = await workbook([{ name: 'Users', columns: [{ header: 'NAME' }], rows: [[hostile]] }]);
  const sheet = files.get('xl/worksheets/sheet1.xml')!;
  assert.ok(!sheet.includes('<img'));
  assert.equal(sheetCells(sheet)[1]![0]!.text, '<img src=x onerror=alert(1)> & "q"  é 😀');
  assert.equal(xmlText('\uD800 lone'), ' lone', 'a lone surrogate goes');
});

test('several sheets: each listed in the workbook, content types and relationships; bold frozen header, widths', async () => {
  const files = await workbook([
    { name: 'Users', columns: [{ header: 'LASTNAME', width: 30 }, { header: 'EMAIL' }], rows: [['Martin', 'jeanne@example.com']] },
    { name: 'Columns: help [fr]/en?', columns: [{ header: 'Column' }, { header: 'Meaning' }], rows: [['LASTNAME', 'Family name']] },
  ]);
  assert.deepEqual([...files.keys()].sort(), [
    '[Content_Types].xml',
    '_rels/.rels',
    'xl/_rels/workbook.xml.rels',
    'xl/styles.xml',
    'xl/workbook.xml',
    'xl/worksheets/sheet1.xml',
    'xl/worksheets/sheet2.xml',
  ]);
  const book = files.get('xl/workbook.xml')!;
  assert.deepEqual([...book.matchAll(/<sheet name="([^"]*)" sheetId="(\d)" r:id="(rId\d)"\/>/g)].map((m) => m.slice(1)), [
    ['Users', '1', 'rId1'],
    ['Columns  help  fr  en ', '2', 'rId2'],
  ]);
  const rels = files.get('xl/_rels/workbook.xml.rels')!;
  assert.ok(rels.includes('Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet2.xml"'));
  assert.ok(rels.includes('Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles"'));
  assert.ok(files.get('[Content_Types].xml')!.includes('PartName="/xl/worksheets/sheet2.xml"'));

  const first = files.get('xl/worksheets/sheet1.xml')!;
  assert.ok(first.includes('<pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/>'), 'header frozen');
  assert.ok(first.includes('<col min="1" max="1" width="30" customWidth="1"/><col min="2" max="2" width="10" customWidth="1"/>'));
  const [header, row] = sheetCells(first);
  assert.deepEqual(header, [
    { ref: 'A1', style: '1', text: 'LASTNAME' },
    { ref: 'B1', style: '1', text: 'EMAIL' },
  ]);
  assert.deepEqual(row, [
    { ref: 'A2', style: undefined, text: 'Martin' },
    { ref: 'B2', style: undefined, text: 'jeanne@example.com' },
  ]);
  // Style 1 is the bold font.
  assert.match(files.get('xl/styles.xml')!, /<cellXfs count="2">.*<xf [^>]*fontId="1"[^>]*applyFont="1"\/><\/cellXfs>/);
  assert.match(files.get('xl/styles.xml')!, /<fonts count="2"><font>.*?<\/font><font><b\/>/);
  assert.ok(files.get('xl/worksheets/sheet2.xml')!.includes('<pane ySplit="1"'));
  assert.deepEqual(sheetCells(files.get('xl/worksheets/sheet2.xml')!)[1]!.map((c) => c.text), ['LASTNAME', 'Family name']);
});

test('empty cells are left out; columns past Z get two letters', async () => {
  assert.deepEqual([0, 25, 26, 27, 51, 52, 701, 702].map(columnLetters), ['A', 'Z', 'AA', 'AB', 'AZ', 'BA', 'ZZ', 'AAA']);
  const columns = Array.from({ length: 28 }, (_, i) => ({ header: `C${i}` }));
  const row = columns.map((_, i) => (i === 1 ? '' : `v${i}`));
  const files = await workbook([{ name: 'Wide', columns, rows: [row] }]);
  const data = sheetCells(files.get('xl/worksheets/sheet1.xml')!)[1]!;
  assert.equal(data.length, 27);
  assert.deepEqual(data.slice(0, 2).map((c) => c.ref), ['A2', 'C2']);
  assert.equal(data.at(-1)!.ref, 'AB2');
});

test('streamed: zip bytes go out before the last batch is read; stopping early stops reading', async () => {
  let requested = 0;
  const big = (n: number) => Array.from({ length: 2000 }, (_, i) => [`user ${n}-${i}`, `${i}@example.com`, 'x'.repeat(40)]);
  async function* batches() {
    for (let n = 0; n < 50; n++) {
      requested++;
      yield big(n);
    }
  }
  const chunks = xlsxChunks([{ name: 'Users', columns: [{ header: 'NAME' }, { header: 'EMAIL' }, { header: 'NOTE' }], rows: batches() }]);
  let bytes = 0;
  for await (const chunk of chunks) {
    bytes += chunk.length;
    if (bytes > 100_000) break;
  }
  assert.ok(requested < 50, `only ${requested} of 50 batches were read before the consumer stopped`);
});

test('xlsxBlob: the same workbook as a typed Blob', async () => {
  const blob = await xlsxBlob([{ name: 'Users', columns: [{ header: 'NAME' }], rows: [['=1']] }]);
  assert.equal(blob.type, XLSX_MIME);
  const files = workbookParts(new Uint8Array(await blob.arrayBuffer()));
  assert.equal(sheetCells(files.get('xl/worksheets/sheet1.xml')!)[1]![0]!.text, "'=1");
});

test('a failing source fails the workbook with its own error, and nothing is left running', async () => {
  const unhandled: unknown[] = [];
  const onUnhandled = (reason: unknown) => unhandled.push(reason);
  process.on('unhandledRejection', onUnhandled);
  try {
    async function* batches() {
      yield [['Martin']];
      throw new Error('cursor lost');
    }
    const chunks = xlsxChunks([{ name: 'Users', columns: [{ header: 'NAME' }], rows: batches() }]);
    await assert.rejects(async () => {
      for await (const chunk of chunks) assert.ok(chunk.length >= 0);
    }, /cursor lost/);
    await new Promise((resolve) => setTimeout(resolve, 20));
    assert.deepEqual(unhandled, []);
  } finally {
    process.off('unhandledRejection', onUnhandled);
  }
});
