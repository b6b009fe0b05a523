import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { test } from 'node:test';
import type { CellError, ImportColumn, ImportRow } from '../../src/api/schemas/import.js';
import { headerKey, mapHeaders } from '../../src/import/headers.js';
import { ImportRowChecker, type ImportReferences, parseImportDate, validateImportRows } from '../../src/import/validate-rows.js';

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

/**
 * A varied file (every column, most error kinds, both kinds of file, browser
 * and server references, agency-scoped, a column missing) checked against a
 * summary the validator gave before it was made fast: the speed work must not
 * change one error, message, row number or valid row.
 */
function variedRows(count: number, seed: number, kind: 'users' | 'contacts'): ImportRow[] {
  let state = seed;
  const random = () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  /** Mostly a good value, sometimes one of the odd ones. */
  const pick = (good: readonly string[], odd: readonly string[], oddRate = 0.015) =>
    random() < oddRate ? odd[Math.floor(random() * odd.length)]! : good[Math.floor(random() * good.length)]!;
  const rows: ImportRow[] = [];
  for (let i = 0; i < count; i++) {
    // Mostly unique, now and then an earlier row's email or login.
    const n = random() < 0.03 ? Math.floor(random() * i) : i;
    const cells: ImportRow['cells'] = {
      LASTNAME: pick(['Martin', 'Dubois', "D'Arcy", ' Lefèvre '], ['', '   ', 'x'.repeat(101), '<img src=x onerror=alert(1)>']),
      FIRSTNAME: pick(['Jeanne', 'Hélène', 'Zoé'], ['', ' ', 'y'.repeat(150)]),
      EMAIL: pick([`user${n}@exemple.fr`, `USER${n}@Exemple.fr`, ` user${n}@exemple.fr `], ['', 'nope', `user${n}@exemple`, `${'a'.repeat(250)}@exemple.fr`, 'taken@exemple.fr']),
      LOGIN: pick([`jeanne.martin${n}`, `Jeanne.Martin${n}`, `jeanne.martin${n}@exemple.fr`], ['', 'jeanne', 'jeanne..martin', 'taken.login', `j.${'m'.repeat(300)}`]),
      MAIL_LANGUAGE: pick(['fr', 'en', 'FR', 'pt_BR', 'zh-CN'], ['', 'klingon', 'french']),
      STATUS: pick(['', 'pending', 'Pending'], ['active', 'banned']),
      ROLE: pick(['', 'user', 'ADMIN', 'operator'], ['super_admin', 'Super_Admin', 'boss']),
      VISIBILITY_SCOPE: pick(['', 'PUBLIC', 'private'], ['hidden']),
      TFA: pick(['', 'NONE', 'totp', 'SMS', 'fido2'], ['yes', 'sms']),
      EXPIRATION_MODE: pick(['', 'DEFAULT', 'disabled'], ['never']),
      MODIFICATION_PREVENTION: pick(['', 'yes', 'Non', 'TRUE', '0'], ['maybe']),
      CREATION_NOTIFICATION: pick(['', 'oui', 'no', '1', 'FAUX'], ['peut-être']),
      MOBILE: pick(['', '+33 6 12 34 56 78', '06.12.34.56.78'], ['call me', '12', '+33 6 12 34 56 78 90 12 34 56 78']),
      PHONE: pick(['', '+33 1 23 45 67 89', '(01) 23-45-67-89'], ['n/a', 'z'.repeat(30)]),
      SUSPENSION_DATE: pick(['', '01/04/2018', '1/4/2018 10:30', '29/02/2028/23:59', `${(n % 28) + 1}/${(n % 12) + 1}/2027`], ['31/02/2027', '2027-04-01', '01/04/2018 25:00', '01/13/2018', '29/02/2027']),
      AGENCIES: pick(['', 'Paris', 'paris', 'Paris; Lyon', 'ag-lyon, PARIS', 'Paris,Paris'], ['Marseille', 'Paris; Atlantis, Mu', ' ; ']),
      LICENCE_POOL: pick(['', 'STANDARD', 'pro', 'Standard; Pro', 'pool-pro'], ['GOLD', 'Pro, Platinum']),
      ACCOUNT_TYPE: pick(kind === 'contacts' ? ['', 'contact', 'CONTACT'] : ['', 'user', 'USER'], ['robot', kind === 'contacts' ? 'user' : 'contact'], 0.05),
      OWNER_LOGIN: pick(kind === 'contacts' ? [`jeanne.martin${n}`, 'owner.known', 'Owner.Known'] : ['', ''], ['', 'nobody.here', 'not a login', 'owner.known']),
      FUNCTION: pick(['', 'Comptable', 'Développeur'], ['f'.repeat(121)]),
      COMPANY: pick(['', 'Société Générale des Eaux', 'ACME'], ['c'.repeat(201)]),
      DEPARTMENT: pick(['', 'R&D', 'Ventes'], ['d'.repeat(121)]),
      ADDRESS: pick(['', '1, rue de la République', '12 avenue Foch'], ['s'.repeat(201)]),
      ZIP: pick(['', '75001', '69002'], ['1'.repeat(21)]),
      CITY: pick(['', 'Paris', 'Saint-Étienne'], ['v'.repeat(121)]),
      COUNTRY: pick(['', 'FR', 'fr', 'De'], ['France', 'F', 'FRA']),
      BIOGRAPHY: pick(['', 'Aime les tableurs.'], ['b'.repeat(2001), 'é'.repeat(4000)]),
      STORAGE_QUOTA: pick(['', '10GB', '512 MB', '1.5tb'], ['10', 'lots', '10 XB']),
      BACKUP_QUOTA: pick(['', '50GB', '1GB', '2 TB'], ['512MB', '0.5GB', 'big']),
    };
    // Some cells left out of the row altogether, as a short CSV line leaves them.
    if (random() < 0.05) delete cells.COMPANY;
    if (random() < 0.02) delete cells.MAIL_LANGUAGE;
    rows.push({ row: i + 2 + Math.floor(i / 500), cells });
  }
  return rows;
}

const variedRefs = (agencyScoped: boolean, server: boolean): ImportReferences => ({
  agencies: new Map(agencyScoped ? [['paris', 'ag-paris'], ['ag-paris', 'ag-paris']] : [['paris', 'ag-paris'], ['ag-paris', 'ag-paris'], ['lyon', 'ag-lyon'], ['ag-lyon', 'ag-lyon']]),
  pools: new Map([['standard', 'pool-std'], ['pool-std', 'pool-std'], ['pro', 'pool-pro'], ['pool-pro', 'pool-pro']]),
  agencyScoped,
  ...(server ? { existing: { emails: new Set(['taken@exemple.fr', 'user7@exemple.fr']), logins: new Set(['taken.login', 'jeanne.martin7']), ownerLogins: new Set(['owner.known']) } } : {}),
});

/** As the import sheet checks a file: row by row, `check` only, then `finish`. */
function streamed(rows: ImportRow[], absentColumns: ImportColumn[], maxErrors: number) {
  const checker = new ImportRowChecker('users', variedRefs(false, true), { absentColumns, maxErrors });
  const passed = rows.filter((row) => checker.check(row));
  const failed = checker.finish();
  const validRows = passed.filter(({ row }) => !failed.has(row)).map(({ row }) => row);
  return { validRows, errors: checker.errors, errorRows: checker.errorRows, errorsByCode: checker.errorsByCode, seatDemand: Object.fromEntries(checker.seatDemand) };
}

const VARIED_CASES = {
  'users, browser': () => validateImportRows('users', variedRows(4000, 1, 'users'), variedRefs(false, false)),
  'users, server': () => validateImportRows('users', variedRows(4000, 1, 'users'), variedRefs(false, true)),
  'contacts, server': () => validateImportRows('contacts', variedRows(3000, 2, 'contacts'), variedRefs(false, true)),
  'users, agency-scoped server': () => validateImportRows('users', variedRows(3000, 3, 'users'), variedRefs(true, true)),
  'users, MAIL_LANGUAGE empty in every row': () =>
    validateImportRows('users', variedRows(1500, 4, 'users').map(({ row, cells }) => ({ row, cells: { ...cells, MAIL_LANGUAGE: ' ' } })), variedRefs(false, true)),
  'users, streamed with an error cap': () => streamed(variedRows(3000, 5, 'users'), [], 300),
  'users, streamed without an EMAIL column': () => streamed(variedRows(500, 6, 'users').map(({ row, cells: { EMAIL, ...cells } }) => (void EMAIL, { row, cells })), ['EMAIL'], Infinity),
};

const digest = (value: unknown) => createHash('sha256').update(JSON.stringify(value)).digest('hex');
const summary = (result: { validRows: unknown[]; errors: CellError[]; errorRows: number; errorsByCode: object; seatDemand?: object }) => ({
  errorRows: result.errorRows,
  seatDemand: result.seatDemand ?? null,
  errorsByCode: Object.fromEntries(Object.entries(result.errorsByCode).sort(([a], [b]) => a.localeCompare(b))),
  validRowCount: result.validRows.length,
  validRowsDigest: digest(result.validRows),
  errorsDigest: digest(result.errors),
  firstErrors: result.errors.slice(0, 50),
});

const goldenPath = new URL('../fixtures/import/validate-golden.json', import.meta.url);

test('a varied file gets exactly the errors and valid rows of the golden summary', () => {
  const actual = Object.fromEntries(Object.entries(VARIED_CASES).map(([name, run]) => [name, summary(run())]));
  if (process.env.WRITE_GOLDEN) writeFileSync(goldenPath, `${JSON.stringify(actual, null, 1)}\n`);
  const golden = JSON.parse(readFileSync(goldenPath, 'utf8')) as typeof actual;
  for (const name of Object.keys(VARIED_CASES)) {
    const { errorsDigest, validRowsDigest, ...readable } = actual[name]!;
    const { errorsDigest: goldenErrors, validRowsDigest: goldenValid, ...goldenReadable } = golden[name]!;
    assert.deepEqual(readable, goldenReadable, name);
    assert.equal(errorsDigest, goldenErrors, `${name}: every error`);
    assert.equal(validRowsDigest, goldenValid, `${name}: every valid row`);
  }
});
