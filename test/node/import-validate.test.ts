import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { ImportRow } from '../../src/api/schemas/import.js';
import { headerKey, mapHeaders } from '../../src/import/headers.js';
import { type ImportReferences, parseImportDate, validateImportRows } from '../../src/import/validate-rows.js';

const refs: ImportReferences = { agencies: new Map([['paris', 'ag-paris']]), pools: new Map([['standard', 'pool-std']]), agencyScoped: false };
const row = (n: number, cells: ImportRow['cells']): ImportRow => ({
  row: n,
  cells: { LASTNAME: 'Martin', FIRSTNAME: 'Jeanne', EMAIL: `jeanne${n}@exemple.fr`, LOGIN: `jeanne.martin${n}`, MAIL_LANGUAGE: 'fr', ...cells },
});

test('the browser (no existing users) and the server (with them) give the same cells the same errors', () => {
  const rows = [
    row(2, { FUNCTION: 'x'.repeat(121) }),
    row(3, { MAIL_LANGUAGE: 'klingon', TFA: 'SMS' }),
    row(4, { ACCOUNT_TYPE: 'contact', OWNER_LOGIN: 'jeanne.martin2' }),
    row(5, { EMAIL: 'jeanne2@EXEMPLE.fr', COUNTRY: 'France' }),
  ];
  const browser = validateImportRows('users', rows, refs);
  const server = validateImportRows('users', rows, { ...refs, existing: { emails: new Set(), logins: new Set(), ownerLogins: new Set() } });
  assert.deepEqual(browser, server);
  assert.deepEqual(
    browser.errors.map((e) => [e.row, e.column, e.code, e.params ?? null]),
    [
      [2, 'FUNCTION', 'too_long', { max: 120 }],
      [3, 'MAIL_LANGUAGE', 'invalid_enum', { allowed: 'fr, en, de, nl, es, it, pt-br, zh-cn, ja, th' }],
      [3, 'MOBILE', 'mobile_required_for_sms', null],
      [5, 'EMAIL', 'duplicate_in_file', { firstRow: 2 }],
      [5, 'COUNTRY', 'invalid_enum', { format: 'ISO 3166-1 alpha-2' }],
    ],
  );
  assert.deepEqual(
    browser.validRows.map((r) => r.row),
    [4],
  );
});

test('only the server, which knows the client`s users, reports duplicates of them and unknown owners', () => {
  const rows = [row(2, {}), row(3, { ACCOUNT_TYPE: 'contact', OWNER_LOGIN: 'nobody.here' })];
  assert.deepEqual(validateImportRows('users', rows, refs).errors, []);
  const server = validateImportRows('users', rows, { ...refs, existing: { emails: new Set(['jeanne2@exemple.fr']), logins: new Set(), ownerLogins: new Set() } });
  assert.deepEqual(
    server.errors.map((e) => [e.row, e.column, e.code]),
    [
      [2, 'EMAIL', 'duplicate_existing'],
      [3, 'OWNER_LOGIN', 'owner_unknown'],
    ],
  );
  assert.deepEqual([server.validRows.length, server.errorRows], [0, 2]);
});

test('dates are day first, with an optional time, in UTC', () => {
  assert.equal(parseImportDate('01/04/2018'), '2018-04-01T00:00:00.000Z');
  assert.equal(parseImportDate('1/4/2018/8:05'), '2018-04-01T08:05:00.000Z');
  assert.equal(parseImportDate('01/04/2018 23:59'), '2018-04-01T23:59:00.000Z');
  for (const text of ['29/02/2019', '01/13/2018', '2018-04-01', '01/04/18', '01/04/2018/24:00']) assert.equal(parseImportDate(text), null, text);
});

test('header aliases ignore case, accents, spaces and punctuation', () => {
  assert.equal(headerKey(' Adresse E-Mail '), 'adresseemail');
  const { headers, positions } = mapHeaders(['\uFEFFPRÉNOM', 'nom_de_famille', 'Mail language', 'Quota de stockage', 'Type de compte', 'Date de suspension', "Mode d'expiration", 'TFA']);
  assert.equal(headers[0]!.text, 'PRÉNOM');
  assert.deepEqual([...positions.keys()], ['FIRSTNAME', 'LASTNAME', 'MAIL_LANGUAGE', 'STORAGE_QUOTA', 'ACCOUNT_TYPE', 'SUSPENSION_DATE', 'EXPIRATION_MODE', 'TFA']);
});
