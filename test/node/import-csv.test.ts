import assert from 'node:assert/strict';
import { test } from 'node:test';
import { checkImportFile, readImportTable } from '../../src/import/check-import-file.js';
import { type RowTable, tableRows } from '../../src/import/import-sheet.js';
import { chunkRecords, type CsvDelimiter, CsvSplitter, detectDelimiter } from '../../src/import/csv-records.js';
import { IMPORT_LIMITS, type ImportContext, type ParsedImport } from '../../src/import/types.js';
import { refusal } from '../fixtures/import/refusal.js';
import { encodeText, type FixtureEncoding } from '../fixtures/import/text-files.js';

const context: ImportContext = {
  kind: 'users',
  agencies: [
    { id: 'ag-paris', name: 'Paris' },
    { id: 'ag-lyon', name: 'Lyon' },
  ],
  pools: [{ id: 'pool-std', key: 'STANDARD', name: 'Standard', remaining: 1 }],
  agencyScoped: false,
};

const read = (bytes: Uint8Array | string, name = 'users.csv', ctx = context) =>
  checkImportFile(new Blob([typeof bytes === 'string' ? new TextEncoder().encode(bytes) : (bytes as Uint8Array<ArrayBuffer>)]), name, ctx);

/** The records of a text given in `pieces`, as the splitter finds them, cut into cells. */
function splitRecords(delimiter: CsvDelimiter, pieces: string[]): string[][] {
  const splitter = new CsvSplitter(delimiter);
  const records: string[][] = [];
  pieces.forEach((piece, i) => records.push(...chunkRecords(splitter.push(piece, i === pieces.length - 1))));
  return records;
}

const errorsOf = (parsed: ParsedImport) => parsed.errors.map((e) => `${e.row} ${e.column} ${e.code}`);

const FRENCH_FILE = [
  'Nom;Prénom;Adresse e-mail;Identifiant;Langue;Société',
  'Lefèvre;Hélène;helene.lefevre@exemple.fr;helene.lefevre;fr;Société Générale',
  'Dubois;Zoé;zoe.dubois@exemple.fr;zoe.dubois;fr;Crème & Brûlée',
].join('\r\n');

for (const encoding of ['utf-8', 'utf-8-bom', 'utf-16le', 'utf-16be', 'windows-1252'] as FixtureEncoding[]) {
  test(`reads ${encoding}: accents intact, no BOM in the first header`, async () => {
    const parsed = await read(encodeText(FRENCH_FILE, encoding));
    assert.equal(parsed.encoding, encoding === 'utf-8-bom' ? 'utf-8' : encoding);
    assert.equal(parsed.headers[0]!.text, 'Nom');
    assert.equal(parsed.headers[0]!.column, 'LASTNAME');
    assert.deepEqual(parsed.errors, []);
    assert.deepEqual(
      parsed.validRows.map((r) => [r.cells.FIRSTNAME, r.cells.COMPANY]),
      [
        ['Hélène', 'Société Générale'],
        ['Zoé', 'Crème & Brûlée'],
      ],
    );
  });
}

test('Windows-1252 is told apart even when its first accent comes after the first chunk', async () => {
  const rows = Array.from({ length: 20_000 }, (_, i) => `Martin;Jeanne;j${i}@exemple.fr;jeanne.martin${i};fr;ACME`);
  const parsed = await read(encodeText([FRENCH_FILE.split('\r\n')[0]!, ...rows, 'Lefèvre;Hélène;h@exemple.fr;helene.lefevre;fr;Société'].join('\n'), 'windows-1252'));
  assert.equal(parsed.encoding, 'windows-1252');
  assert.equal(parsed.rowCount, 20_001, 'the rows read as UTF-8 before the accent are not counted twice');
  assert.equal(parsed.validRows.at(-1)!.cells.FIRSTNAME, 'Hélène');
});

test('valid rows are handed to the sink in batches as they are checked; a re-read in Windows-1252 voids those sent', async () => {
  const rows = Array.from({ length: 30_000 }, (_, i) => `Martin;Jeanne;j${i}@exemple.fr;jeanne.martin${i};fr;ACME`);
  const file = encodeText(['LASTNAME;FIRSTNAME;EMAIL;LOGIN;MAIL_LANGUAGE;COMPANY', ...rows, 'Lefèvre;Hélène;h@exemple.fr;helene.lefevre;fr;Société'].join('\n'), 'windows-1252');
  const events: string[] = [];
  let received: RowTable[] = [];
  const result = await readImportTable(new Blob([file as Uint8Array<ArrayBuffer>]), 'users.csv', context, undefined, {
    rows: (batch) => {
      events.push(`rows ${batch.rows.length}`);
      received.push(batch);
    },
    restart: () => {
      events.push('restart');
      received = [];
    },
  });
  const restart = events.indexOf('restart');
  assert.ok(restart > 0, `rows went out before the accent was met: ${events.slice(0, 3).join(', ')}`);
  assert.ok(events.slice(restart + 1).every((event) => event === 'rows 1000' || event === 'rows 1'), events.slice(restart + 1).join(', '));
  const sent = received.flatMap((batch) => tableRows(batch));
  assert.equal(sent.length, 30_001);
  assert.deepEqual(sent.slice(0, 2).map((r) => r.row), [2, 3]);
  assert.equal(sent.at(-1)!.cells.FIRSTNAME, 'Hélène');
  assert.deepEqual([result.rowCount, result.validTable.rows.length, result.encoding], [30_001, 0, 'windows-1252']);
});

for (const [delimiter, name] of [
  [',', 'comma'],
  [';', 'semicolon'],
  ['\t', 'tab'],
] as const) {
  test(`detects the ${name} delimiter`, async () => {
    const file = ['LASTNAME|FIRSTNAME|EMAIL|LOGIN|MAIL_LANGUAGE|AGENCIES', 'Martin|Jeanne|jeanne@exemple.fr|jeanne.martin|fr|"Paris, Lyon"'].join('\n').replaceAll('|', delimiter);
    const parsed = await read(file);
    assert.equal(parsed.delimiter, delimiter);
    assert.deepEqual(parsed.errors, []);
    assert.equal(parsed.validRows[0]!.cells.AGENCIES, 'Paris, Lyon');
  });
}

test('the delimiter is the header line`s, outside quotes, after blank lines', () => {
  assert.equal(detectDelimiter('\r\n\r\n"a;b",c,d\n1;2;3;4;5'), ',');
  assert.equal(detectDelimiter('LASTNAME'), ',');
  assert.equal(detectDelimiter('a\tb;c\td'), '\t');
});

test('quoted line breaks, "" escapes, empty lines and trailing empty lines: rows keep the spreadsheet`s numbers', async () => {
  const file = [
    'LASTNAME,FIRSTNAME,EMAIL,LOGIN,MAIL_LANGUAGE,ADDRESS',
    // Row 2 spans three lines of the file but is one row in the spreadsheet.
    'Martin,Jeanne,jeanne@exemple.fr,jeanne.martin,fr,"12, rue de la Paix\r\nBâtiment ""B""\nEscalier 3"',
    // Row 3 is empty: Excel shows it, and counts it.
    '',
    'Durand,Léa,not-an-email,lea.durand,fr,',
    'Petit,Noé,noe@exemple.fr,noe.petit,xx,',
    '',
    '',
    ',,,,,',
    '',
  ].join('\r\n');
  const parsed = await read(file);
  assert.equal(parsed.validRows[0]!.cells.ADDRESS, '12, rue de la Paix\r\nBâtiment "B"\nEscalier 3');
  assert.deepEqual(errorsOf(parsed), ['4 EMAIL invalid_email', '5 MAIL_LANGUAGE invalid_enum']);
  assert.equal(parsed.rowCount, 3, 'empty rows are not data rows');
  assert.deepEqual([parsed.validRows.length, parsed.errorRows], [1, 2]);
});

test('lone CR line ends (old Mac exports) and a last line without a line end', async () => {
  const parsed = await read('LASTNAME;FIRSTNAME;EMAIL;LOGIN;MAIL_LANGUAGE\rMartin;Jeanne;jeanne@exemple.fr;jeanne.martin;fr\rDurand;Léa;x;lea.durand;fr');
  assert.deepEqual(errorsOf(parsed), ['3 EMAIL invalid_email']);
});

test('records are the same whatever the chunks: cut inside quotes, escapes and CRLF', () => {
  const text = 'a;b;c\r\n"x ""y""\r\nz";2;3\r\n"";"q";\r\n\r\nlast;"row"';
  const whole = splitRecords(';', [text]);
  assert.deepEqual(whole, [['a', 'b', 'c'], ['x "y"\r\nz', '2', '3'], ['', 'q', ''], [''], ['last', 'row']]);
  for (let size = 1; size <= 7; size++) {
    const pieces: string[] = [];
    for (let i = 0; i < text.length; i += size) pieces.push(text.slice(i, i + size));
    assert.deepEqual(splitRecords(';', pieces), whole, `chunks of ${size}`);
  }
});

test('quotes as Excel reads them: delimiters and "" inside, text after a closing quote, a quote inside an unquoted cell', () => {
  const lines: [string, string[]][] = [
    ['"a,b",c', ['a,b', 'c']],
    ['"a""b",c', ['a"b', 'c']],
    ['"a,""b"",c",d', ['a,"b",c', 'd']],
    ['"abc"def,g', ['abcdef', 'g']],
    ['"x,y" ,z', ['x,y ', 'z']],
    ['ab"c,d', ['ab"c', 'd']],
    ['a,"",b', ['a', '', 'b']],
    ['"""",z', ['"', 'z']],
    ['"a"b"c",d', ['ab"c"', 'd']],
    ['x,"open,\nmore",y', ['x', 'open,\nmore', 'y']],
    // A quote never closed: the rest of the file is its cell.
    ['x,"never closed,\nz', ['x', 'never closed,\nz\r\nlast']],
  ];
  for (const [line, cells] of lines) {
    const records = splitRecords(',', [`h\r\n${line}\r\nlast`]);
    assert.deepEqual(records, [['h'], cells, ...(line.includes('never closed') ? [] : [['last']])], line);
  }
});

test('dates: dd/mm/yyyy is day first, an optional /hh:mm; impossible or ISO dates are refused', async () => {
  const file = [
    'LASTNAME;FIRSTNAME;EMAIL;LOGIN;MAIL_LANGUAGE;SUSPENSION_DATE',
    'A;A;a@exemple.fr;a.a;fr;01/04/2018',
    'B;B;b@exemple.fr;b.b;fr;01/04/2018/08:30',
    'C;C;c@exemple.fr;c.c;fr;31/02/2020',
    'D;D;d@exemple.fr;d.d;fr;2018-04-01',
    'E;E;e@exemple.fr;e.e;fr;01/04/2018/25:00',
  ].join('\n');
  const parsed = await read(file);
  assert.deepEqual(errorsOf(parsed), ['4 SUSPENSION_DATE invalid_date', '5 SUSPENSION_DATE invalid_date', '6 SUSPENSION_DATE invalid_date']);
  assert.deepEqual(parsed.errors[0]!.params, { format: 'dd/mm/yyyy' });
  assert.deepEqual(
    parsed.validRows.map((r) => r.cells.SUSPENSION_DATE),
    ['01/04/2018', '01/04/2018/08:30'],
  );
});

test('duplicates inside the file name the first row, whatever the case', async () => {
  const file = [
    'LASTNAME;FIRSTNAME;EMAIL;LOGIN;MAIL_LANGUAGE',
    'A;A;jeanne@exemple.fr;jeanne.martin;fr',
    'B;B;JEANNE@Exemple.FR;other.one;fr',
    'C;C;c@exemple.fr;Jeanne.Martin;fr',
  ].join('\n');
  const parsed = await read(file);
  assert.deepEqual(
    parsed.errors.map((e) => [e.row, e.column, e.code, e.message, e.params]),
    [
      [3, 'EMAIL', 'duplicate_in_file', 'duplicate of row 2', { firstRow: 2 }],
      [4, 'LOGIN', 'duplicate_in_file', 'duplicate of row 2', { firstRow: 2 }],
    ],
  );
  assert.deepEqual([parsed.validRows.length, parsed.errorRows], [1, 2]);
});

test('a required column missing from the header is one error, and no row passes', async () => {
  const rows = Array.from({ length: 500 }, (_, i) => `Martin;Jeanne;j${i}@exemple.fr;fr;Lyon`);
  const parsed = await read(['Nom;Prénom;E-mail;Langue;Ville', ...rows].join('\n'));
  assert.deepEqual(parsed.errors.map((e) => [e.row, e.column, e.code]), [[1, 'LOGIN', 'missing_column']]);
  assert.deepEqual([parsed.rowCount, parsed.validRows.length, parsed.errorRows], [500, 0, 500]);
});

test('a required column present but empty in every row is one error too', async () => {
  const parsed = await read(['LASTNAME;FIRSTNAME;EMAIL;LOGIN;MAIL_LANGUAGE', 'A;A;a@exemple.fr;;fr', 'B;B;b@exemple.fr;;fr'].join('\n'));
  assert.deepEqual(errorsOf(parsed), ['1 LOGIN missing_column']);
  assert.deepEqual(parsed.errorsByCode, { missing_column: 1 });
  assert.equal(parsed.errorRows, 2);
});

test('headers by alias, case and accents aside; unknown columns listed and ignored', async () => {
  const parsed = await read(['NOM,prenom,ADRESSE E-MAIL,identifiant,Langue,Code Postal,Favourite colour,,mail_language', 'Martin,Jeanne,j@exemple.fr,jeanne.martin,fr,75001,blue,,de'].join('\n'));
  assert.deepEqual(
    parsed.headers.map((h) => h.column),
    ['LASTNAME', 'FIRSTNAME', 'EMAIL', 'LOGIN', 'MAIL_LANGUAGE', 'ZIP', null, 'MAIL_LANGUAGE'],
  );
  assert.deepEqual(parsed.unknownColumns, ['Favourite colour']);
  assert.deepEqual(parsed.validRows[0]!.cells, { LASTNAME: 'Martin', FIRSTNAME: 'Jeanne', EMAIL: 'j@exemple.fr', LOGIN: 'jeanne.martin', MAIL_LANGUAGE: 'fr', ZIP: '75001' });
});

test('a cell the kit`s export quoted against formulas is read back as it was', async () => {
  const parsed = await read(['LASTNAME;FIRSTNAME;EMAIL;LOGIN;MAIL_LANGUAGE;MOBILE;FUNCTION', `A;A;a@exemple.fr;a.a;fr;"'+33 6 12 34 56 78";'quoted`].join('\n'));
  assert.deepEqual(parsed.errors, []);
  assert.equal(parsed.validRows[0]!.cells.MOBILE, '+33 6 12 34 56 78');
  assert.equal(parsed.validRows[0]!.cells.FUNCTION, "'quoted", 'only the quote the export adds is taken off');
});

test('agencies and pools by name, key or id; unknown ones named in params; seats beyond what a pool has left are a warning', async () => {
  const parsed = await read(
    [
      'LASTNAME;FIRSTNAME;EMAIL;LOGIN;MAIL_LANGUAGE;AGENCIES;LICENCE_POOL;ROLE',
      'A;A;a@exemple.fr;a.a;fr;paris, AG-LYON;standard;',
      'B;B;b@exemple.fr;b.b;fr;Atlantis;Standard;',
      'C;C;c@exemple.fr;c.c;fr;;pool-std;admin',
      'D;D;d@exemple.fr;d.d;fr;;gold;super_admin',
    ].join('\n'),
  );
  assert.deepEqual(
    parsed.errors.map((e) => [e.row, e.column, e.code, e.params]),
    [
      [3, 'AGENCIES', 'unknown_agency', { unknown: 'Atlantis' }],
      [5, 'ROLE', 'invalid_enum', { allowed: 'user, operator, admin' }],
      [5, 'LICENCE_POOL', 'unknown_pool', { unknown: 'gold' }],
    ],
  );
  assert.deepEqual(parsed.seatShortfalls, [{ poolId: 'pool-std', key: 'STANDARD', name: 'Standard', needed: 2, remaining: 1 }]);
});

test('an agency-scoped admin must name one of its agencies on every row', async () => {
  const scoped = { ...context, agencies: [{ id: 'ag-paris', name: 'Paris' }], agencyScoped: true };
  const parsed = await read(['LASTNAME;FIRSTNAME;EMAIL;LOGIN;MAIL_LANGUAGE;AGENCIES', 'A;A;a@exemple.fr;a.a;fr;Paris', 'B;B;b@exemple.fr;b.b;fr;', 'C;C;c@exemple.fr;c.c;fr;Lyon'].join('\n'), 'x.csv', scoped);
  assert.deepEqual(
    parsed.errors.map((e) => [e.row, e.code, e.params]),
    [
      [3, 'required', { reason: 'agency_scoped' }],
      [4, 'unknown_agency', { unknown: 'Lyon', reason: 'agency_scoped' }],
    ],
  );
});

test('a contacts file needs the owner, not the email; the browser leaves unknown owners to the server', async () => {
  const parsed = await read(['LASTNAME;FIRSTNAME;LOGIN;MAIL_LANGUAGE;OWNER_LOGIN', 'A;A;a.a;fr;someone.else', 'B;B;b.b;fr;'].join('\n'), 'c.csv', { ...context, kind: 'contacts' });
  assert.deepEqual(errorsOf(parsed), ['3 OWNER_LOGIN owner_required']);
});

test('limits: more than 50 MB, more than 200,000 rows, empty files and files without a header are refused as a whole', async () => {
  const big = await refusal(read(new Uint8Array(IMPORT_LIMITS.maxFileBytes + 1)));
  assert.deepEqual([big.code, big.params.max], ['file_too_large', IMPORT_LIMITS.maxFileBytes]);

  const rows = `LASTNAME\n${'x\n'.repeat(IMPORT_LIMITS.maxRows)}`;
  const exactly = await read(rows);
  assert.equal(exactly.rowCount, IMPORT_LIMITS.maxRows, 'the limit itself is allowed');
  const tooMany = await refusal(read(`${rows}x\n`));
  assert.deepEqual([tooMany.code, tooMany.params.max], ['too_many_rows', IMPORT_LIMITS.maxRows]);

  assert.equal((await refusal(read(''))).code, 'empty');
  assert.equal((await refusal(read('\r\n\r\n;;;\r\n'))).code, 'empty');
  assert.equal((await refusal(read('colour;size\nblue;XL'))).code, 'no_header');
});

test('files that are no CSV or XLSX: an Excel 97-2003 workbook, a renamed file', async () => {
  assert.equal((await refusal(read(new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]), 'old.xls'))).code, 'unsupported_format');
  assert.equal((await refusal(read('LASTNAME\nx', 'users.xlsx'))).code, 'unreadable');
});
