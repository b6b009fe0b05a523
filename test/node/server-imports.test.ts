import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { ProblemError } from '../../src/api/errors.js';
import type { CellError, ImportColumn, ImportJob, ImportRow } from '../../src/api/schemas/import.js';
import { tokenDigest } from '../../server/seed.js';
import { startTestServer } from './support/test-server.js';
import type { TestServer } from './support/test-server.js';

// Bulk import end to end: every row validated again by the server with per-cell errors, then all rows created as pending or none.
let server: TestServer;
const CLIENT = 'c-001';

type Cells = Partial<Record<ImportColumn, string>>;

/** A clean user row; `n` makes its email and login unique. */
const person = (n: number, tag: string, cells: Cells = {}): Cells => ({
  LASTNAME: `Martin${n}`,
  FIRSTNAME: 'Léa',
  EMAIL: `lea.${tag}${n}@atelier-lumiere.example`,
  LOGIN: `lea.${tag}${n}`,
  MAIL_LANGUAGE: 'fr',
  ...cells,
});

/** Rows numbered as in the spreadsheet: the header is row 1. */
const numbered = (rows: Cells[]): ImportRow[] => rows.map((cells, index) => ({ row: index + 2, cells }));

async function refused(promise: Promise<unknown>, status: number, code: string): Promise<ProblemError> {
  const error = await promise.then(
    () => assert.fail(`expected ${status} ${code}`),
    (caught: unknown) => caught,
  );
  assert.ok(error instanceof ProblemError, String(error));
  assert.equal(error.status, status, error.message);
  assert.equal(error.code, code, error.message);
  return error;
}

const errorsOf = (job: ImportJob) => job.errors.map((e) => `${e.row} ${e.column} ${e.code}`);
const countUsers = async () => (await server.db.query<{ n: number }>('select count(*)::int as n from users where client_id = $1', [CLIENT]))[0]!.n;

before(async () => {
  server = await startTestServer({ users: 200 });
});

after(() => server?.close());

test('a clean 50-row file validates, then commits every row as a pending user with its agencies and pools', async () => {
  const api = server.as('demo-super');
  const before = await countUsers();
  const listed = async () => (await api.listUsers(CLIENT, { status: ['pending'], limit: 1 })).total;
  const pendingBefore = await listed();
  const rows = numbered(
    Array.from({ length: 50 }, (_, i) =>
      person(i, 'clean', {
        // The spellings real files carry: any case, French yes/no, names or ids, both separators.
        STATUS: i % 2 ? 'PENDING' : '',
        ROLE: i === 1 ? 'Operator' : 'user',
        MAIL_LANGUAGE: i % 3 ? 'FR' : 'pt_BR',
        FUNCTION: 'Comptable',
        PHONE: '+33 1 23 45 67 89',
        MOBILE: '+33 6 12 34 56 78',
        TFA: i % 2 ? 'sms' : 'NONE',
        COUNTRY: 'fr',
        AGENCIES: i % 2 ? 'atelier lumière paris; c-001-a2' : 'Atelier Lumière Lyon',
        LICENCE_POOL: i % 2 ? 'core, Contract' : 'c-001-core',
        VISIBILITY_SCOPE: 'private',
        MODIFICATION_PREVENTION: i % 2 ? 'OUI' : '0',
        CREATION_NOTIFICATION: i % 2 ? 'non' : 'TRUE',
        EXPIRATION_MODE: 'disabled',
        SUSPENSION_DATE: i === 0 ? '01/04/2030' : i === 1 ? '15/06/2031/08:30' : i === 2 ? '15/06/2031 18:05' : '',
        STORAGE_QUOTA: '10GB',
        BACKUP_QUOTA: '50 GB',
        ACCOUNT_TYPE: 'USER',
      }),
    ),
  );
  const job = await api.validateImport(CLIENT, { kind: 'users', fileName: 'staff.xlsx', rows });
  assert.deepEqual(job.errors, []);
  assert.equal(job.status, 'validated');
  assert.deepEqual([job.rowCount, job.validRows, job.errorRows, job.createdUserIds.length, job.committedAt], [50, 50, 0, 0, null]);
  assert.equal(await countUsers(), before, 'validation creates nobody');

  const key = `commit-${job.id}`;
  const committed = await api.commitImport(CLIENT, job.id, { idempotencyKey: key });
  assert.equal(committed.status, 'committed');
  assert.equal(committed.createdUserIds.length, 50);
  assert.ok(committed.committedAt);
  assert.equal(await countUsers(), before + 50);
  assert.equal(await listed(), pendingBefore + 50, 'the list counts them among the pending users');

  const created = await server.db.query<{ id: string; login: string; status: string; role: string; mail_language: string; agency_ids: string[]; pools: string[]; suspension_date: Date | null; modification_prevention: boolean; creation_notification: boolean; visibility: string; country: string }>(
    `select u.id, u.login, u.status, u.role, u.mail_language, u.agency_ids, u.suspension_date, u.modification_prevention, u.creation_notification, u.visibility, u.country,
            coalesce((select array_agg(p.pool_id order by p.pool_id) from user_licence_pools p where p.user_id = u.id), '{}') as pools
       from users u where u.id = any($1::text[]) order by u.login`,
    [committed.createdUserIds],
  );
  assert.equal(created.length, 50);
  assert.ok(created.every((u) => u.status === 'pending'));
  const byLogin = new Map(created.map((u) => [u.login, u]));
  const odd = byLogin.get('lea.clean1')!;
  assert.deepEqual([odd.role, odd.mail_language, odd.agency_ids, odd.pools], ['operator', 'fr', ['c-001-a1', 'c-001-a2'], ['c-001-contract', 'c-001-core']]);
  assert.deepEqual([odd.modification_prevention, odd.creation_notification, odd.visibility, odd.country], [true, false, 'PRIVATE', 'FR']);
  assert.equal(new Date(odd.suspension_date!).toISOString(), '2031-06-15T08:30:00.000Z');
  const even = byLogin.get('lea.clean0')!;
  assert.deepEqual([even.role, even.mail_language, even.agency_ids, even.pools], ['user', 'pt-br', ['c-001-a2'], ['c-001-core']]);
  assert.equal(new Date(even.suspension_date!).toISOString(), '2030-04-01T00:00:00.000Z', '01/04 is the 1st of April');
  assert.equal(new Date(byLogin.get('lea.clean2')!.suspension_date!).toISOString(), '2031-06-15T18:05:00.000Z');
  // Pending users hold no seat: the pools' use did not move.
  const [seats] = await server.db.query<{ n: number }>(
    "select count(*)::int as n from user_licence_pools p join users u on u.id = p.user_id where u.id = any($1::text[]) and u.status in ('invited', 'active')",
    [committed.createdUserIds],
  );
  assert.equal(seats!.n, 0);

  // The same key replays the stored answer; a new commit of a committed job is a conflict.
  const replay = await api.commitImport(CLIENT, job.id, { idempotencyKey: key });
  assert.deepEqual(replay, committed);
  const again = await refused(api.commitImport(CLIENT, job.id), 409, 'conflict');
  assert.match(again.message, /already committed/i);
  assert.equal(await countUsers(), before + 50);

  const audit = await server.db.query<{ action: string; subject_id: string; details: Record<string, unknown> }>(
    "select action, subject_id, details from audit_events where subject_type = 'import' and subject_id = $1 order by at, action desc",
    [job.id],
  );
  assert.deepEqual(audit.map((a) => a.action), ['import.validated', 'import.committed']);
  assert.equal(audit[0]!.details.validRows, 50);
  assert.equal(audit[1]!.details.created, 50);
});

test('each faulty cell is reported with its spreadsheet row, column and code; the job cannot be committed', async () => {
  const api = server.as('demo-super');
  const files: [Cells, ImportColumn, CellError['code']][] = [
    [person(2, 'bad', { LASTNAME: '  ' }), 'LASTNAME', 'required'],
    [person(3, 'bad', { EMAIL: 'not-an-email' }), 'EMAIL', 'invalid_email'],
    [person(4, 'bad', { STATUS: 'active' }), 'STATUS', 'invalid_enum'],
    [person(5, 'bad', { ROLE: 'super_admin' }), 'ROLE', 'invalid_enum'],
    [person(6, 'bad', { MAIL_LANGUAGE: 'klingon' }), 'MAIL_LANGUAGE', 'invalid_enum'],
    [person(7, 'bad', { VISIBILITY_SCOPE: 'SECRET' }), 'VISIBILITY_SCOPE', 'invalid_enum'],
    [person(8, 'bad', { TFA: 'EMAIL' }), 'TFA', 'invalid_enum'],
    [person(9, 'bad', { EXPIRATION_MODE: 'NEVER' }), 'EXPIRATION_MODE', 'invalid_enum'],
    [person(10, 'bad', { MODIFICATION_PREVENTION: 'maybe' }), 'MODIFICATION_PREVENTION', 'invalid_enum'],
    [person(11, 'bad', { CREATION_NOTIFICATION: 'peut-être' }), 'CREATION_NOTIFICATION', 'invalid_enum'],
    [person(12, 'bad', { ACCOUNT_TYPE: 'ROBOT' }), 'ACCOUNT_TYPE', 'invalid_enum'],
    [person(13, 'bad', { SUSPENSION_DATE: '31/02/2020' }), 'SUSPENSION_DATE', 'invalid_date'],
    [person(14, 'bad', { SUSPENSION_DATE: '2020-04-01' }), 'SUSPENSION_DATE', 'invalid_date'],
    [person(15, 'bad', { LOGIN: 'jeanne' }), 'LOGIN', 'invalid_login'],
    [person(16, 'bad', { PHONE: 'call me' }), 'PHONE', 'invalid_phone'],
    [person(17, 'bad', { STORAGE_QUOTA: '10 gigas' }), 'STORAGE_QUOTA', 'invalid_quota'],
    [person(18, 'bad', { BACKUP_QUOTA: '512MB' }), 'BACKUP_QUOTA', 'invalid_quota'],
    [person(19, 'bad', { FUNCTION: 'x'.repeat(121) }), 'FUNCTION', 'too_long'],
    [person(20, 'bad', { TFA: 'SMS' }), 'MOBILE', 'mobile_required_for_sms'],
    [person(21, 'bad', { ACCOUNT_TYPE: 'CONTACT' }), 'OWNER_LOGIN', 'owner_required'],
    [person(22, 'bad', { ACCOUNT_TYPE: 'CONTACT', OWNER_LOGIN: 'nobody.here' }), 'OWNER_LOGIN', 'owner_unknown'],
    [person(23, 'bad', { AGENCIES: 'c-001-a1, Atlantis' }), 'AGENCIES', 'unknown_agency'],
    [person(24, 'bad', { LICENCE_POOL: 'platinum' }), 'LICENCE_POOL', 'unknown_pool'],
    [person(25, 'bad', { EMAIL: '' }), 'EMAIL', 'required'],
    [person(26, 'bad', { COUNTRY: 'France' }), 'COUNTRY', 'invalid_enum'],
  ];
  const valid: Cells[] = [
    // A contact owned by a user row further down the same file; contacts may have no email.
    person(27, 'bad', { ACCOUNT_TYPE: 'contact', OWNER_LOGIN: 'LEA.BAD28', EMAIL: '' }),
    person(28, 'bad'),
  ];
  const rows = numbered([...files.map(([cells]) => cells), ...valid]);
  // Sent out of order: the answer is still sorted by row.
  const job = await api.validateImport(CLIENT, { kind: 'users', fileName: 'faulty.csv', rows: [...rows].reverse() });
  assert.equal(job.status, 'invalid');
  assert.deepEqual(errorsOf(job), files.map(([, column, code], index) => `${index + 2} ${column} ${code}`));
  assert.deepEqual([job.rowCount, job.validRows, job.errorRows], [files.length + 2, 2, files.length]);
  assert.deepEqual(job.errorsByCode, {
    required: 2, invalid_email: 1, invalid_enum: 10, invalid_date: 2, invalid_login: 1, invalid_phone: 1, invalid_quota: 2, too_long: 1,
    mobile_required_for_sms: 1, owner_required: 1, owner_unknown: 1, unknown_agency: 1, unknown_pool: 1,
  });
  const at = (row: number) => job.errors.find((e) => e.row === row)!;
  assert.equal(at(3).value, 'not-an-email');
  assert.match(at(4).message, /pending/);
  assert.match(at(18).message, /at least 1GB/);
  assert.match(at(23).message, /Atlantis/);
  assert.doesNotMatch(at(23).message, /c-001-a1/);
  assert.equal(at(2).value, '  ', 'the cell as the file has it');
  assert.equal(at(25).value, null, 'an empty cell has no value');

  const before = await countUsers();
  const error = await refused(api.commitImport(CLIENT, job.id), 409, 'conflict');
  assert.match(error.message, /fix the file/);
  assert.equal(await countUsers(), before, 'no valid row of an invalid file is created');
});

test('duplicates inside the file name the first occurrence, whatever the case', async () => {
  const job = await server.as('demo-super').validateImport(CLIENT, {
    kind: 'users',
    fileName: 'dups.csv',
    rows: numbered([
      person(1, 'dup'),
      person(2, 'dup', { EMAIL: 'LEA.DUP1@Atelier-Lumiere.example' }),
      person(3, 'dup', { LOGIN: 'Lea.Dup1' }),
      person(4, 'dup', { EMAIL: 'lea.dup1@atelier-lumiere.example', LOGIN: 'LEA.DUP2' }),
    ]),
  });
  assert.deepEqual(
    job.errors.map((e) => [e.row, e.column, e.code, e.message]),
    [
      [3, 'EMAIL', 'duplicate_in_file', 'duplicate of row 2'],
      [4, 'LOGIN', 'duplicate_in_file', 'duplicate of row 2'],
      [5, 'EMAIL', 'duplicate_in_file', 'duplicate of row 2'],
      [5, 'LOGIN', 'duplicate_in_file', 'duplicate of row 3'],
    ],
  );
  assert.deepEqual([job.validRows, job.errorRows], [1, 3]);
});

test('emails and logins already used in the client are refused, case-insensitively', async () => {
  const [existing] = await server.db.query<{ email: string; login: string }>(
    "select email, login from users where client_id = $1 and email is not null order by id limit 1",
    [CLIENT],
  );
  const job = await server.as('demo-super').validateImport(CLIENT, {
    kind: 'users',
    fileName: 'existing.csv',
    rows: numbered([person(1, 'exists', { EMAIL: existing!.email.toUpperCase(), LOGIN: existing!.login.toUpperCase() })]),
  });
  assert.deepEqual(errorsOf(job), ['2 EMAIL duplicate_existing', '2 LOGIN duplicate_existing']);
  // Another client's users do not count: uniqueness is per client.
  const other = await server.as('demo-partner').validateImport('c-002', {
    kind: 'users',
    fileName: 'existing.csv',
    rows: numbered([person(1, 'exists', { EMAIL: existing!.email, LOGIN: existing!.login })]),
  });
  assert.equal(other.status, 'validated');
});

test('a required column missing from the whole file is one error, not one per row', async () => {
  const rows = numbered(
    Array.from({ length: 30 }, (_, i) => {
      const { LOGIN: _login, ...cells } = person(i, 'nocol');
      return cells;
    }),
  );
  const job = await server.as('demo-super').validateImport(CLIENT, { kind: 'users', fileName: 'nologin.csv', rows });
  assert.deepEqual(job.errors.map((e) => [e.row, e.column, e.code]), [[1, 'LOGIN', 'missing_column']]);
  assert.deepEqual([job.validRows, job.errorRows], [0, 30]);
});

test('contacts files: the owner is required, email optional', async () => {
  const [owner] = await server.db.query<{ login: string }>("select login from users where client_id = $1 and account_type = 'user' order by id limit 1", [CLIENT]);
  const job = await server.as('demo-super').validateImport(CLIENT, {
    kind: 'contacts',
    fileName: 'contacts.csv',
    rows: numbered([
      person(1, 'contact', { EMAIL: '', OWNER_LOGIN: owner!.login.toUpperCase() }),
      person(2, 'contact', { OWNER_LOGIN: '' }),
    ]),
  });
  assert.deepEqual(errorsOf(job), ['3 OWNER_LOGIN owner_required']);
});

test('an agency-scoped admin imports only users of its own agencies', async () => {
  const agency = server.as('demo-agency');
  const job = await agency.validateImport(CLIENT, {
    kind: 'users',
    fileName: 'agency.csv',
    rows: numbered([
      person(1, 'agency', { AGENCIES: 'c-001-a1' }),
      person(2, 'agency', { AGENCIES: 'Atelier Lumière Lyon' }),
      person(3, 'agency', { AGENCIES: '' }),
      // c-001-a3 exists, but not for this admin: it is as unknown as a made-up one.
      person(4, 'agency', { AGENCIES: 'c-001-a1; c-001-a3' }),
      person(5, 'agency', { AGENCIES: 'Atelier Lumière Lille' }),
    ]),
  });
  assert.deepEqual(errorsOf(job), ['4 AGENCIES required', '5 AGENCIES unknown_agency', '6 AGENCIES unknown_agency']);
  assert.match(job.errors[1]!.message, /not one of your agencies: c-001-a3$/);

  // A job of the super admin that reaches other agencies does not exist for the agency admin.
  const superJob = await server.as('demo-super').validateImport(CLIENT, {
    kind: 'users',
    fileName: 'a3.csv',
    rows: numbered([person(1, 'superjob', { AGENCIES: 'c-001-a3' })]),
  });
  assert.equal(superJob.status, 'validated');
  await refused(agency.commitImport(CLIENT, superJob.id), 404, 'not_found');

  const own = await agency.validateImport(CLIENT, { kind: 'users', fileName: 'own.csv', rows: numbered([person(1, 'own', { AGENCIES: 'c-001-a2' })]) });
  const committed = await agency.commitImport(CLIENT, own.id);
  assert.equal(committed.createdUserIds.length, 1);

  await refused(agency.validateImport('c-002', { kind: 'users', fileName: 'x.csv', rows: numbered([person(1, 'x')]) }), 404, 'not_found');
});

test('the import needs the users.import permission', async () => {
  await server.db.query("insert into admins (id, partner_id, client_id, role, display_name) values ('adm-import-op', 'p-nordlys', $1, 'operator', 'Olga Operator')", [CLIENT]);
  await server.db.query("insert into admin_tokens (token_sha256, admin_id) values ($1, 'adm-import-op')", [tokenDigest('test-import-operator')]);
  await refused(server.as('test-import-operator').validateImport(CLIENT, { kind: 'users', fileName: 'x.csv', rows: numbered([person(1, 'op')]) }), 403, 'forbidden');
});

test('the commit is all or nothing: a user created meanwhile with one of the emails stops it, and it says which row', async () => {
  const api = server.as('demo-super');
  const rows = numbered(Array.from({ length: 30 }, (_, i) => person(i, 'atomic', { AGENCIES: 'c-001-a1', LICENCE_POOL: 'core' })));
  const job = await api.validateImport(CLIENT, { kind: 'users', fileName: 'atomic.csv', rows });
  assert.equal(job.status, 'validated');

  // Someone creates a user with row 17's email (another case) between validation and commit.
  await server.db.query(
    "insert into users (id, client_id, user_code, first_name, last_name, email, login, status) values ('interloper', $1, 'INTRLPR2', 'Inter', 'Loper', 'LEA.ATOMIC15@atelier-lumiere.example', 'inter.loper', 'pending')",
    [CLIENT],
  );
  const before = await countUsers();
  const error = await refused(api.commitImport(CLIENT, job.id), 409, 'email_taken');
  assert.deepEqual(error.fieldErrors.map((e) => [e.path, e.code]), [['rows.17.EMAIL', 'duplicate_existing']]);
  assert.match(error.message, /Nothing was imported/);
  assert.equal(await countUsers(), before, 'not one row was created');
  const [{ n } = { n: -1 }] = await server.db.query<{ n: number }>("select count(*)::int as n from users where login like 'lea.atomic%'");
  assert.equal(n, 0);
  const [stored] = await server.db.query<{ status: string; created_user_ids: string[] }>('select status, created_user_ids from import_jobs where id = $1', [job.id]);
  assert.deepEqual([stored!.status, stored!.created_user_ids], ['validated', []]);

  // Once the clash is gone, the same job commits whole.
  await server.db.query("delete from users where id = 'interloper'");
  const committed = await api.commitImport(CLIENT, job.id);
  assert.equal(committed.createdUserIds.length, 30);
  assert.equal(await countUsers(), before - 1 + 30);
});

test('bodies that break the contract are refused before any validation', async () => {
  const response = await server.fetch(`/clients/${CLIENT}/imports`, {
    method: 'POST',
    token: 'demo-super',
    body: JSON.stringify({ kind: 'users', fileName: 'x.csv', rows: [{ row: 1, cells: { NICKNAME: 'x' } }] }),
  });
  assert.equal(response.status, 400);
  const problem = (await response.json()) as { code: string; errors: { path: string }[] };
  assert.equal(problem.code, 'validation_failed');
  assert.ok(problem.errors.some((e) => e.path.startsWith('rows.0')));
  await refused(server.as('demo-super').commitImport(CLIENT, 'no-such-import'), 404, 'not_found');
});

test('the answer lists the first 10,000 errors, and counts them all', async () => {
  const rows = numbered(Array.from({ length: 10_500 }, (_, i) => person(i, 'many', { STATUS: 'active' })));
  const job = await server.as('demo-super').validateImport(CLIENT, { kind: 'users', fileName: 'many.csv', rows });
  assert.equal(job.errors.length, 10_000);
  assert.deepEqual(job.errorsByCode, { invalid_enum: 10_500 });
  assert.deepEqual([job.errorRows, job.validRows], [10_500, 0]);
  assert.equal(job.errors.at(-1)!.row, 10_001, 'the first ones, in row order');
});

test('20,000 rows validate, and 1,000 commit, in reasonable time (printed, not asserted)', async () => {
  const api = server.as('demo-super');
  const big = numbered(
    Array.from({ length: 20_000 }, (_, i) =>
      person(i, 'bulk', {
        STATUS: 'pending', ROLE: 'user', FUNCTION: 'Comptable', COMPANY: 'Atelier Lumière', DEPARTMENT: 'Finance', PHONE: '+33 1 23 45 67 89',
        MOBILE: '+33 6 12 34 56 78', CITY: 'Paris', COUNTRY: 'FR', AGENCIES: 'Atelier Lumière Paris', LICENCE_POOL: 'core', TFA: 'SMS',
        SUSPENSION_DATE: '01/04/2030', STORAGE_QUOTA: '10GB', BACKUP_QUOTA: '50GB',
      }),
    ),
  );
  let started = performance.now();
  const job = await api.validateImport(CLIENT, { kind: 'users', fileName: 'bulk.csv', rows: big });
  console.log(`# validateImport: 20,000 rows x 20 columns in ${Math.round(performance.now() - started)} ms (HTTP, JSON and contract checks included)`);
  assert.equal(job.status, 'validated');
  assert.equal(job.validRows, 20_000);

  // 1,000 keeps the file quick: each user row costs its search columns and indexes too (migration 010).
  const part = await api.validateImport(CLIENT, { kind: 'users', fileName: 'part.csv', rows: big.slice(0, 1_000) });
  started = performance.now();
  const committed = await api.commitImport(CLIENT, part.id);
  console.log(`# commitImport: 1,000 pending users in ${Math.round(performance.now() - started)} ms`);
  assert.equal(committed.createdUserIds.length, 1_000);
  assert.equal(new Set(committed.createdUserIds).size, 1_000);
  const [codes] = await server.db.query<{ n: number }>('select count(distinct user_code)::int as n from users where id = any($1::text[])', [committed.createdUserIds]);
  assert.equal(codes!.n, 1_000, 'every user has its own code');
});

test('"review and send invitations" selects an import by id: exactly its users, never another client\'s import', async () => {
  const api = server.as('demo-super');
  const job = await api.validateImport(CLIENT, { kind: 'users', fileName: 'wave-2.csv', rows: numbered([person(1, 'wave'), person(2, 'wave'), person(3, 'wave')]) });
  const committed = await api.commitImport(CLIENT, job.id);
  assert.equal(committed.createdUserIds.length, 3);

  const preview = await api.previewBulkInvitation(CLIENT, { importId: job.id });
  assert.equal(preview.toInvite, 3);
  const sent = await api.sendBulkInvitation(CLIENT, { importId: job.id });
  assert.deepEqual(sent.results.map((r) => r.userId).sort(), [...committed.createdUserIds].sort());
  assert.equal(sent.sent, 3);

  // The same job id named under another client selects nobody there.
  const elsewhere = await server.as('demo-partner').previewBulkInvitation('c-002', { importId: job.id });
  assert.equal(elsewhere.toInvite + elsewhere.withoutEmail.total, 0);
  const unknown = await api.previewBulkInvitation(CLIENT, { importId: 'no-such-import' });
  assert.equal(unknown.toInvite, 0);
});
