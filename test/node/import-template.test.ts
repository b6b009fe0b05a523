// The import template (src/import/template.ts): its example row passes the
// import's own validation once read back from the file (CSV and XLSX, users and
// contacts, English and French), and its second sheet explains every column.
import assert from 'node:assert/strict';
import test from 'node:test';
import type { ImportColumn, ImportRow } from '../../src/api/schemas/import.js';
import { MAIL_LANGUAGES, TWO_FACTOR_MODES } from '../../src/api/schemas/user.js';
import { CONTACT_COLUMNS, importTemplate } from '../../src/import/template.js';
import { validateImportRows, type ImportReferences } from '../../src/import/validate-rows.js';
import { IMPORT_COLUMNS } from '../../src/api/schemas/import.js';
import { sheetTable, workbookParts } from './support/workbook.js';

const KINDS = ['users', 'contacts'] as const;
const LANGS = ['en', 'fr'] as const;

/** A client with nobody in it but the contact example's owner. */
const REFERENCES: ImportReferences = {
  agencies: new Map(),
  pools: new Map(),
  agencyScoped: false,
  existing: { emails: new Set(), logins: new Set(), ownerLogins: new Set(['jeanne.martin']) },
};

/** The header row and the example row as the importer would map them. */
function importRow(header: string[], example: string[]): ImportRow {
  assert.equal(example.length, header.length);
  return { row: 2, cells: Object.fromEntries(header.map((column, i) => [column, example[i]!]).filter(([, value]) => value !== '')) };
}

function assertValid(kind: (typeof KINDS)[number], row: ImportRow, where: string) {
  const result = validateImportRows(kind, [row], REFERENCES);
  assert.deepEqual(result.errors, [], `${where}: the example row has errors`);
  assert.equal(result.validRows.length, 1, where);
}

for (const kind of KINDS) {
  const columns = kind === 'users' ? [...IMPORT_COLUMNS] : [...CONTACT_COLUMNS];
  for (const lang of LANGS) {
    test(`${kind} CSV (${lang}): BOM, English keys, the locale's delimiter, an example row that validates`, async () => {
      const blob = await importTemplate(kind, 'csv', lang);
      assert.match(blob.type, /^text\/csv/);
      const bytes = new Uint8Array(await blob.arrayBuffer());
      assert.deepEqual([...bytes.slice(0, 3)], [0xef, 0xbb, 0xbf]);
      const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes).slice(1);
      // No cell needed quoting (so splitting reads it exactly), and none was neutralised.
      assert.ok(!text.includes('"') && !text.includes("'+"), text);
      const lines = text.split('\r\n');
      assert.deepEqual(lines.slice(2), [''], 'a header and one example row');
      const delimiter = lang === 'fr' ? ';' : ',';
      const [header, example] = lines.slice(0, 2).map((line) => line.split(delimiter)) as [string[], string[]];
      assert.deepEqual(header, columns);
      assertValid(kind, importRow(header, example), `${kind} csv ${lang}`);
    });

    test(`${kind} XLSX (${lang}): the example validates; the second sheet explains every column`, async () => {
      const blob = await importTemplate(kind, 'xlsx', lang);
      const files = workbookParts(new Uint8Array(await blob.arrayBuffer()));
      const [header, example, ...more] = sheetTable(files.get('xl/worksheets/sheet1.xml')!);
      assert.deepEqual(header, columns);
      assert.deepEqual(more, [], 'one example row');
      assertValid(kind, importRow(header!, [...example!, ...Array<string>(header!.length - example!.length).fill('')]), `${kind} xlsx ${lang}`);

      const help = sheetTable(files.get('xl/worksheets/sheet2.xml')!);
      const [helpHeader, ...helpRows] = help;
      assert.deepEqual(helpHeader, lang === 'fr' ? ['Colonne', 'Signification', 'Obligatoire', 'Valeurs admises', 'Format'] : ['Column', 'Meaning', 'Required', 'Allowed values', 'Format']);
      assert.deepEqual(helpRows.map((row) => row[0]), columns, 'one line per column, in the same order');
      for (const row of helpRows) assert.ok(row[1] && row[2], `${row[0]} has a meaning and says whether it is required`);
      const line = (column: ImportColumn) => helpRows.find((row) => row[0] === column)!;
      const yes = lang === 'fr' ? 'Oui' : 'Yes';
      assert.equal(line('LASTNAME')[2], yes);
      assert.equal(line('EMAIL')[2], kind === 'users' ? yes : lang === 'fr' ? 'Non' : 'No');
      assert.equal(line('LASTNAME')[1], lang === 'fr' ? 'Nom' : 'Last name');
      for (const language of MAIL_LANGUAGES) assert.ok(line('MAIL_LANGUAGE')[3]!.includes(language), language);
      assert.ok(line('PHONE')[4]!.length > 0, 'the phone format is explained');
      if (kind === 'users') {
        for (const mode of TWO_FACTOR_MODES) assert.ok(line('TFA')[3]!.includes(mode), mode);
        assert.ok(!line('ROLE')[3]!.includes('super_admin'), 'super administrators are not imported');
        assert.match(line('SUSPENSION_DATE')[4]!, lang === 'fr' ? /jj\/mm\/aaaa/ : /dd\/mm\/yyyy/);
        assert.match(line('BACKUP_QUOTA')[4]!, /GB/);
        assert.match(line('FUNCTION')[4]!, /120/, 'maximum length from the contract');
      }
      const book = files.get('xl/workbook.xml')!;
      assert.match(book, lang === 'fr' ? /<sheet name="Colonnes"/ : /<sheet name="Columns"/);
    });
  }
}

test('the contacts template leaves out what only a signed-in account has', () => {
  for (const column of ['STATUS', 'ROLE', 'LICENCE_POOL', 'TFA', 'STORAGE_QUOTA', 'BACKUP_QUOTA'] as const) assert.ok(!CONTACT_COLUMNS.includes(column), column);
  assert.ok(CONTACT_COLUMNS.includes('OWNER_LOGIN'));
});
