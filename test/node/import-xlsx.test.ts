import assert from 'node:assert/strict';
import { once } from 'node:events';
import { test } from 'node:test';
import { createDeflateRaw, deflateRawSync } from 'node:zlib';
import { checkImportFile } from '../../src/import/check-import-file.js';
import { isDateFormat, serialDateText } from '../../src/import/read-xlsx.js';
import { IMPORT_LIMITS, type ImportContext, type ParsedImport } from '../../src/import/types.js';
import { refusal } from '../fixtures/import/refusal.js';
import { InflateBudget, inflateEntry, zipEntries } from '../../src/import/zip-entries.js';
import { buildXlsx, buildZip, type FixtureCell } from '../fixtures/import/xlsx-builder.js';

const context: ImportContext = { kind: 'users', agencies: [{ id: 'ag-paris', name: 'Paris' }], pools: [], agencyScoped: false };

const read = (bytes: Uint8Array, name = 'users.xlsx') => checkImportFile(new Blob([bytes as Uint8Array<ArrayBuffer>]), name, context);
const errorsOf = (parsed: ParsedImport) => parsed.errors.map((e) => `${e.row} ${e.column} ${e.code}`);

const HEADER: FixtureCell[] = ['LASTNAME', 'FIRSTNAME', 'EMAIL', 'LOGIN', 'MAIL_LANGUAGE', 'SUSPENSION_DATE', 'ZIP', 'PHONE', 'MODIFICATION_PREVENTION'];
const person = (n: number, date: FixtureCell, extra: FixtureCell[] = [null, null, null]): FixtureCell[] => [
  'Lefèvre',
  `Hélène ${n}`,
  `helene${n}@exemple.fr`,
  `helene.lefevre${n}`,
  'fr',
  date,
  ...extra,
];

test('shared strings, numbers, booleans, and 1900-system serial dates as dd/mm/yyyy (with /hh:mm when timed)', async () => {
  const parsed = await read(
    buildXlsx([
      HEADER,
      person(1, { serial: 43191, format: 14 }, [75001, 33612345678, { bool: true }]),
      person(2, { serial: 43191.354166666664, format: 22 }),
      person(3, { serial: 43191.5, format: 'dd/mm/yyyy\\ hh:mm' }),
      person(4, { serial: 43191, format: '[$-fr-FR]d mmmm yyyy;@' }),
      person(5, '01/04/2018/08:30'),
      person(6, { serial: 43191, format: '0.00' }),
    ]),
  );
  assert.equal(parsed.format, 'xlsx');
  assert.equal(parsed.encoding, undefined);
  assert.deepEqual(
    parsed.validRows.map((r) => r.cells.SUSPENSION_DATE),
    ['01/04/2018', '01/04/2018/08:30', '01/04/2018/12:00', '01/04/2018', '01/04/2018/08:30'],
  );
  assert.deepEqual(parsed.validRows[0]!.cells, {
    LASTNAME: 'Lefèvre',
    FIRSTNAME: 'Hélène 1',
    EMAIL: 'helene1@exemple.fr',
    LOGIN: 'helene.lefevre1',
    MAIL_LANGUAGE: 'fr',
    SUSPENSION_DATE: '01/04/2018',
    ZIP: '75001',
    PHONE: '33612345678',
    MODIFICATION_PREVENTION: 'TRUE',
  });
  // A number not formatted as a date stays a number, which is no date.
  assert.deepEqual(errorsOf(parsed), ['7 SUSPENSION_DATE invalid_date']);
  assert.equal(parsed.errors[0]!.value, '43191');
});

test('the 1904 date system (workbook.xml date1904) moves every serial by 1,462 days', async () => {
  const parsed = await read(buildXlsx([HEADER, person(1, { serial: 41729, format: 14 }), person(2, { serial: 0, format: 14 })], { date1904: true }));
  assert.deepEqual(
    parsed.validRows.map((r) => r.cells.SUSPENSION_DATE),
    ['01/04/2018', '01/01/1904'],
  );
});

test('inline strings, a namespace prefix, and rows and cells without references', async () => {
  for (const options of [{ inlineStrings: true }, { prefix: 'x:' }, { noReferences: true, inlineStrings: true }]) {
    const parsed = await read(buildXlsx([HEADER, person(1, '01/04/2018'), person(2, { serial: 43191, format: 14 }), [...person(1, null).slice(0, 5)]], options));
    assert.deepEqual(
      parsed.validRows.map((r) => [r.row, r.cells.FIRSTNAME, r.cells.SUSPENSION_DATE]),
      [
        [2, 'Hélène 1', '01/04/2018'],
        [3, 'Hélène 2', '01/04/2018'],
      ],
      JSON.stringify(options),
    );
    assert.deepEqual(errorsOf(parsed), ['4 EMAIL duplicate_in_file', '4 LOGIN duplicate_in_file'], JSON.stringify(options));
  }
});

test('row numbers are the sheet`s own: empty rows left out of the file still count, line breaks inside cells do not', async () => {
  const parsed = await read(
    buildXlsx([[...HEADER, 'ADDRESS'], [...person(1, '01/04/2018'), '12 rue de la Paix\nBâtiment B'], person(2, 'demain')], { rowNumbers: [1, 2, 9] }),
  );
  assert.equal(parsed.validRows[0]!.cells.ADDRESS, '12 rue de la Paix\nBâtiment B');
  assert.deepEqual(errorsOf(parsed), ['9 SUSPENSION_DATE invalid_date']);
  assert.equal(parsed.rowCount, 2);
});

test('only the first sheet is read', async () => {
  const parsed = await read(buildXlsx([HEADER, person(1, null)]));
  assert.deepEqual([parsed.rowCount, parsed.validRows.length], [1, 1]);
});

test('escaped text: XML entities and OOXML _xHHHH_ escapes', async () => {
  const parsed = await read(buildXlsx([[...HEADER, 'COMPANY'], [...person(1, null), { inline: 'Crème & Brûlée <SA>_x000D_' }]]));
  assert.equal(parsed.validRows[0]!.cells.COMPANY, 'Crème & Brûlée <SA>\r');
});

test('a zip bomb stops at the decompressed-size cap, whatever its headers claim', async () => {
  // 520 MB of spaces deflate to about half a megabyte; the headers claim 1 KB.
  const deflater = createDeflateRaw({ level: 9 });
  const parts: Buffer[] = [];
  deflater.on('data', (chunk: Buffer) => parts.push(chunk));
  const spaces = Buffer.alloc(1024 * 1024, 0x20);
  deflater.write('<?xml version="1.0"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>');
  for (let i = 0; i < 520; i++) if (!deflater.write(spaces)) await once(deflater, 'drain');
  deflater.end();
  await once(deflater, 'end');
  const text = (xml: string) => ({ data: new Uint8Array(deflateRawSync(xml)), method: 8 as const, claimedSize: xml.length });
  const bomb = buildZip([
    { name: '_rels/.rels', ...text('<Relationships><Relationship Id="rId1" Type="x/officeDocument" Target="xl/workbook.xml"/></Relationships>') },
    { name: 'xl/workbook.xml', ...text('<workbook xmlns:r="r"><sheets><sheet name="S" sheetId="1" r:id="rId1"/></sheets></workbook>') },
    { name: 'xl/_rels/workbook.xml.rels', ...text('<Relationships><Relationship Id="rId1" Type="x/worksheet" Target="worksheets/sheet1.xml"/></Relationships>') },
    { name: 'xl/worksheets/sheet1.xml', data: new Uint8Array(Buffer.concat(parts)), method: 8, claimedSize: 1024 },
  ]);
  assert.ok(bomb.length < 1024 * 1024, `the bomb weighs ${bomb.length} bytes`);
  const error = await refusal(read(bomb));
  assert.deepEqual([error.code, error.params.max], ['uncompressed_too_large', IMPORT_LIMITS.maxUncompressedBytes]);
});

test('the budget is counted while inflating, across parts, and stops the inflater early', async () => {
  const data = new Uint8Array(deflateRawSync(Buffer.alloc(8 * 1024 * 1024)));
  const zip = buildZip([
    { name: 'a', data, method: 8, claimedSize: 10 },
    { name: 'b', data, method: 8, claimedSize: 10 },
  ]);
  const entries = zipEntries(zip);
  const budget = new InflateBudget(12 * 1024 * 1024);
  let first = 0;
  await inflateEntry(zip, entries.get('a')!, budget, (chunk) => (first += chunk.length));
  assert.equal(first, 8 * 1024 * 1024);
  let second = 0;
  const error = await refusal(inflateEntry(zip, entries.get('b')!, budget, (chunk) => (second += chunk.length)));
  assert.equal(error.code, 'uncompressed_too_large');
  assert.ok(second <= 4 * 1024 * 1024, `no chunk went past the budget (${second} bytes handed on)`);
});

test('zips that are no workbook, and damaged ones, are refused', async () => {
  const notWorkbook = buildZip([{ name: 'readme.txt', data: new TextEncoder().encode('hello'), method: 0, claimedSize: 5 }]);
  assert.equal((await refusal(read(notWorkbook))).code, 'unsupported_format');
  const damaged = buildXlsx([HEADER]).slice(0, 200);
  assert.equal((await refusal(read(damaged))).code, 'unreadable');
});

test('serial dates: the 1900 system`s phantom 29 February, and the 1904 system', () => {
  assert.equal(serialDateText(1, false), '01/01/1900');
  assert.equal(serialDateText(59, false), '28/02/1900');
  assert.equal(serialDateText(60, false), '29/02/1900', 'a day that never was: the validator refuses it');
  assert.equal(serialDateText(61, false), '01/03/1900');
  assert.equal(serialDateText(43191, false), '01/04/2018');
  assert.equal(serialDateText(43191.999999, false), '02/04/2018', 'rounded to the minute');
  assert.equal(serialDateText(41729, true), '01/04/2018');
  assert.equal(serialDateText(0.75, true), '01/01/1904/18:00');
});

test('date formats are told from number formats', () => {
  for (const code of ['dd/mm/yyyy', 'd-mmm-yy', 'hh:mm', '[h]:mm:ss', '[$-409]m/d/yy h:mm AM/PM', 'yyyy"年"m"月"d"日"']) assert.ok(isDateFormat(code), code);
  for (const code of ['General', '0.00', '#,##0 "days"', '[Red]0.00', '0.00E+00', '\\d0']) assert.ok(!isDateFormat(code), code);
});

test('a long sheet inflates in many chunks: no row is lost where a chunk ends', async () => {
  const rows: FixtureCell[][] = [HEADER];
  for (let i = 0; i < 30_000; i++) rows.push(person(i, { serial: 43191 + (i % 400), format: 14 }));
  const parsed = await read(buildXlsx(rows, { inlineStrings: true }));
  assert.deepEqual([parsed.rowCount, parsed.validRows.length, parsed.errors.length], [30_000, 30_000, 0]);
  assert.deepEqual(
    parsed.validRows.map((r) => r.row),
    rows.slice(1).map((_, i) => i + 2),
  );
});

test('attributes in single quotes or with spaces around =, as hand-written XML may have them', async () => {
  const xml = (text: string) => ({ data: new Uint8Array(deflateRawSync(text)), method: 8 as const, claimedSize: text.length });
  const cells = (row: number, values: string[]) =>
    values.map((value, c) => `<c r = '${String.fromCharCode(65 + c)}${row}' t='inlineStr'><is><t>${value}</t></is></c>`).join('');
  const sheet = `<worksheet xmlns="m"><sheetData><row r='1'>${cells(1, ['LASTNAME', 'FIRSTNAME', 'EMAIL', 'LOGIN', 'MAIL_LANGUAGE', 'SUSPENSION_DATE'])}</row><row r='3'>${cells(3, ['Martin', 'Jeanne', 'j@exemple.fr', 'jeanne.martin', 'fr']).replace('</row>', '')}<c r='F3' s = '1'><v>43191</v></c></row></sheetData></worksheet>`;
  const zip = buildZip([
    { name: 'xl/workbook.xml', ...xml(`<workbook xmlns:r="r"><sheets><sheet name='S' sheetId='1' r:id='rId1'/></sheets></workbook>`) },
    { name: 'xl/_rels/workbook.xml.rels', ...xml(`<Relationships><Relationship Id='rId1' Type='x/worksheet' Target='worksheets/sheet1.xml'/><Relationship Id='rId2' Type='x/styles' Target='styles.xml'/></Relationships>`) },
    { name: 'xl/styles.xml', ...xml(`<styleSheet><cellXfs count='2'><xf numFmtId='0'/><xf numFmtId = '14'/></cellXfs></styleSheet>`) },
    { name: 'xl/worksheets/sheet1.xml', ...xml(sheet) },
  ]);
  const parsed = await read(zip);
  assert.deepEqual(parsed.validRows, [
    { row: 3, cells: { LASTNAME: 'Martin', FIRSTNAME: 'Jeanne', EMAIL: 'j@exemple.fr', LOGIN: 'jeanne.martin', MAIL_LANGUAGE: 'fr', SUSPENSION_DATE: '01/04/2018' } },
  ]);
});
