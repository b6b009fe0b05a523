// The server's export files (server/domain/export.ts) through the shared writers:
// a user whose fields start with each formula character comes out neutralised in
// CSV and in XLSX (unzipped and read as cell XML), header in the import's keys.
import assert from 'node:assert/strict';
import test from 'node:test';
import { strFromU8, unzipSync } from 'fflate';
import { IMPORT_COLUMNS } from '../../src/api/schemas/import.js';
import { userCells, usersCsvChunks, usersXlsxChunks } from '../../server/domain/export.js';
import { makeUser } from '../fixtures/user-directory.js';

/** Field of the user -> the formula start it begins with (OWASP's list). */
const HOSTILE = {
  firstName: '=cmd()',
  lastName: '+SUM(1,2)',
  jobTitle: '-2+3',
  company: '@SUM(A1)',
  department: '\tTAB',
  biography: '\rCR',
  phone: '\nLF',
} as const;
const COLUMN_OF: Record<keyof typeof HOSTILE, (typeof IMPORT_COLUMNS)[number]> = {
  firstName: 'FIRSTNAME',
  lastName: 'LASTNAME',
  jobTitle: 'FUNCTION',
  company: 'COMPANY',
  department: 'DEPARTMENT',
  biography: 'BIOGRAPHY',
  phone: 'PHONE',
};

const hostileRow = () => userCells({ ...makeUser(1), ...HOSTILE }, new Map());
async function* once(rows: string[][]) {
  yield rows;
}
async function collect(chunks: AsyncIterable<Uint8Array>): Promise<Uint8Array> {
  const parts: Uint8Array[] = [];
  for await (const chunk of chunks) parts.push(chunk);
  return new Uint8Array(Buffer.concat(parts));
}

test('CSV export: every formula start neutralised and quoted, with either delimiter', async () => {
  for (const delimiter of [';', ','] as const) {
    const bytes = await collect(usersCsvChunks(once([hostileRow()]), delimiter));
    assert.deepEqual([...bytes.slice(0, 3)], [0xef, 0xbb, 0xbf]);
    const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes).slice(1);
    assert.ok(text.startsWith(`${IMPORT_COLUMNS.join(delimiter)}\r\n`));
    for (const value of Object.values(HOSTILE)) assert.ok(text.includes(`${delimiter}"'${value}"`) || text.includes(`\r\n"'${value}"`), JSON.stringify(value));
    for (const value of Object.values(HOSTILE)) assert.ok(!text.includes(`${delimiter}${value}`), `${JSON.stringify(value)} left raw`);
  }
});

test('XLSX export: every formula start neutralised in the cell XML, under the import key', async () => {
  const files = unzipSync(await collect(usersXlsxChunks(once([hostileRow()]))));
  const sheet = strFromU8(files['xl/worksheets/sheet1.xml']!);
  const [header, row] = [...sheet.matchAll(/<row r="\d+">(.*?)<\/row>/gs)].map(([, xml]) =>
    new Map([...xml!.matchAll(/<c r="([A-Z]+)\d+"[^>]*><is><t xml:space="preserve">(.*?)<\/t><\/is><\/c>/gs)].map(([, letters, text]) => [letters!, text!])),
  );
  const letterOf = new Map([...header!].map(([letters, text]) => [text, letters]));
  assert.equal(letterOf.size, IMPORT_COLUMNS.length);
  for (const [field, value] of Object.entries(HOSTILE)) {
    const column = COLUMN_OF[field as keyof typeof HOSTILE];
    assert.equal(row!.get(letterOf.get(column)!), `'${value}`, column);
  }
  assert.ok(!/<t xml:space="preserve">[=+\-@\t\r\n]/.test(sheet));
  assert.ok(strFromU8(files['xl/workbook.xml']!).includes('<sheet name="Users"'));
});
