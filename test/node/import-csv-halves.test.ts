import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { ImportRow } from '../../src/api/schemas/import.js';
import { readImportTable } from '../../src/import/check-import-file.js';
import { type HalfAnswer, type HalfRequest, type HalfThread, portThread, serveSecondHalf } from '../../src/import/csv-halves.js';
import { referencesOf, type RowSink, tableRows } from '../../src/import/import-sheet.js';
import { type PackedRows, unpackRows } from '../../src/import/protocol.js';
import type { StartHalfThread } from '../../src/import/read-csv.js';
import type { ImportContext, ImportProgress, ParsedImport } from '../../src/import/types.js';
import { ImportRowChecker } from '../../src/import/validate-rows.js';
import { encodeText, type FixtureEncoding } from '../fixtures/import/text-files.js';

/**
 * A large CSV is checked in two halves at once (src/import/csv-halves.ts),
 * and must read exactly as one check of the whole file. Here the second
 * "thread" is the same code at the other end of a MessageChannel, as the
 * import worker's second copy is in the browser (the same messages and
 * order), with hooks to change what it answers. Each test compares with the
 * file read on one thread. test/elements/import-reader.test.ts runs the
 * real workers.
 */

const context: ImportContext = {
  kind: 'users',
  agencies: [{ id: 'ag-paris', name: 'Paris' }],
  // Fewer seats than rows: the shortfall says how many seats the valid rows take, those that fail at the merge given back.
  pools: [{ id: 'pool-std', key: 'STANDARD', name: 'Standard', remaining: 10 }],
  agencyScoped: false,
};

/**
 * 50,000 rows (about 5 MB): a quoted address with a comma, escaped quotes and
 * a line break in each, an accent in every 1,000th; from row 30,000 on, rows
 * that repeat an email or a login of the first 9,000 (another case), some
 * repeated again just after, some also wrong in another cell.
 */
function bigCsv({ strayQuote = false, nonAsciiFrom = 0 } = {}): string {
  const lines = ['LASTNAME,FIRSTNAME,EMAIL,LOGIN,MAIL_LANGUAGE,COMPANY,ADDRESS,AGENCIES,LICENCE_POOL'];
  for (let i = 0; i < 50_000; i++) {
    const name = i % 1000 === 999 && i >= nonAsciiFrom ? 'Lefèvre' : i === 3 && strayQuote ? 'O"Brien' : 'Martin';
    let email = i % 10_000 === 5 ? `not-an-email-${i}` : `user${i}@exemple.fr`;
    let login = `user.${i}`;
    let language = 'fr';
    if (i >= 30_000 && i % 997 === 0) {
      email = `USER${i % 9000}@Exemple.fr`;
      if (i % 2 === 0) language = 'xx';
    }
    if (i >= 30_000 && i % 997 === 1) email = `user${(i - 1) % 9000}@exemple.FR`;
    if (i >= 30_000 && i % 1009 === 0) login = `USER.${i % 5000}`;
    // Within the second half only: numbered there, then in the file.
    if (i >= 40_000 && i % 1013 === 0) email = `user${i - 5}@exemple.fr`;
    lines.push(`${name},Jeanne,${email},${login},${language},acme,"${i} rue de la Paix, Bât. ""B""\nEscalier ${i % 7}",Paris,STANDARD`);
  }
  return lines.join('\r\n');
}

interface Hooks {
  /** What the thread answers instead of `answer`, null for nothing. */
  answer?: (answer: HalfAnswer) => HalfAnswer | null;
  /** Dies (the page tells the first worker) once it has answered this. */
  diesAfter?: HalfAnswer['type'];
  /** Never answers. */
  silent?: boolean;
}

type Seen = { answers: HalfAnswer['type'][]; requests: HalfRequest['type'][] };

/**
 * The second thread at the other end of a MessageChannel, and the file as the
 * first thread reads it: on one thread, the second would pick its boundary
 * only once the first had read much of a small file, so the first reads
 * nothing past its first megabyte before the second's first answer (the
 * second thread gets the file as a plain copy, not held). `seen` records what
 * it answered and what it was sent.
 */
function channelThread(hooks: Hooks = {}, seen: Seen = { answers: [], requests: [] }): { start: StartHalfThread; file: (bytes: Uint8Array) => Blob } {
  let given = false;
  let open: () => void = () => undefined;
  const answered = new Promise<void>((resolve) => (open = resolve));
  const start: StartHalfThread = () => {
    // One thread per import, as the page gives: a second reading of the file (not UTF-8) is checked whole here.
    if (given) return null;
    given = true;
    const { port1, port2 } = new MessageChannel();
    let thread: HalfThread | null = null;
    let dead = false;
    const serve = serveSecondHalf({
      postMessage: (message, transfer) => {
        open();
        if (dead || hooks.silent) return;
        const answer = hooks.answer ? hooks.answer(message) : message;
        if (answer === null) return;
        seen.answers.push(answer.type);
        port1.postMessage(answer, transfer);
        if (answer.type === hooks.diesAfter) {
          dead = true;
          setTimeout(() => thread!.onerror?.(), 0);
        }
      },
    });
    port1.onmessage = ({ data }: MessageEvent<HalfRequest>) => serve(data);
    thread = portThread(port2 as MessagePort);
    // Recorded as sent: a request sent as the port closes (stop) may never arrive.
    const send = thread.postMessage;
    thread.postMessage = (request) => {
      seen.requests.push(request.type);
      send(request);
    };
    return thread;
  };
  return { start, file: (bytes) => new HeldBlob(bytes, answered) };
}

/** A file whose reads past the first megabyte wait for `until`. */
class HeldBlob extends Blob {
  readonly #until: Promise<void>;
  constructor(bytes: Uint8Array, until: Promise<void>) {
    super([bytes as Uint8Array<ArrayBuffer>]);
    this.#until = until;
  }
  override slice(start = 0, end?: number): Blob {
    const part = super.slice(start, end);
    if (start < 1024 * 1024) return part;
    const until = this.#until;
    return Object.assign(part, { arrayBuffer: () => until.then(() => Blob.prototype.arrayBuffer.call(part)) });
  }
}

/** The file read and checked; progress never goes beyond the file's size, whatever the second thread does. */
async function read(bytes: Uint8Array, thread?: ReturnType<typeof channelThread>, sink?: RowSink): Promise<ParsedImport> {
  const file = thread ? thread.file(bytes) : new Blob([bytes as Uint8Array<ArrayBuffer>]);
  let most = 0;
  const onProgress = ({ done, total }: ImportProgress) => {
    most = Math.max(most, done);
    assert.equal(total, bytes.length);
  };
  const { validTable, ...result } = await readImportTable(file, 'users.csv', context, onProgress, sink, thread?.start);
  assert.ok(most <= bytes.length, `progress ${most} of ${bytes.length} bytes`);
  return { ...result, validRows: tableRows(validTable) };
}

const bytesOf = (text: string, encoding: FixtureEncoding = 'utf-8') => encodeText(text, encoding);

test('two halves read as one: the same rows, numbers, errors, duplicates across the halves and seats as one thread', async () => {
  const bytes = bytesOf(bigCsv());
  const alone = await read(bytes);
  const seen: Seen = { answers: [], requests: [] };
  const halves = await read(bytes, channelThread({}, seen));
  assert.deepEqual(halves, alone);
  // The second half was checked there and merged.
  assert.deepEqual([...new Set(seen.answers)].sort(), ['boundary', 'checked', 'merged', 'progress', 'rows']);
  assert.ok(seen.requests.includes('merge') && !seen.requests.includes('stop'));
  // What the file holds, so the comparison is of something: duplicates of the first rows, the second named the first row too.
  const duplicates = halves.errors.filter((error) => error.code === 'duplicate_in_file');
  assert.ok(duplicates.length > 40, `${duplicates.length} duplicates`);
  assert.ok(duplicates.some((error) => error.row > 40_000 && error.params!.firstRow === error.row - 5));
  assert.ok(duplicates.every((error) => error.row > 30_000 && ((error.params!.firstRow as number) < 9_002 || error.params!.firstRow === error.row - 5)));
  const i = 31_904; // 32 x 997: the email of row 4,906 (i % 9000 = 4,904), a wrong language too, and the row after it repeats it.
  assert.deepEqual(
    halves.errors.filter((error) => error.row === i + 2 || error.row === i + 3).map((error) => [error.row, error.column, error.code, error.value, error.message]),
    [
      [i + 2, 'EMAIL', 'duplicate_in_file', 'USER4904@Exemple.fr', 'duplicate of row 4906'],
      [i + 2, 'MAIL_LANGUAGE', 'invalid_enum', 'xx', 'must be one of fr, en, de, nl, es, it, pt-br, zh-cn, ja, th'],
      [i + 3, 'EMAIL', 'duplicate_in_file', 'user4904@exemple.FR', 'duplicate of row 4906'],
    ],
  );
  assert.deepEqual(halves.seatShortfalls, [{ poolId: 'pool-std', key: 'STANDARD', name: 'Standard', needed: halves.validRows.length, remaining: 10 }]);
  assert.equal(halves.validRows.at(-1)!.cells.ADDRESS, '49999 rue de la Paix, Bât. "B"\nEscalier 5');
});

test('the second half\'s rows reach the sink packed, after the first half\'s, numbered in the file', async () => {
  const bytes = bytesOf(bigCsv());
  const alone = await read(bytes);
  const sunk: ImportRow[] = [];
  const packed: PackedRows[] = [];
  const sink: RowSink = {
    rows: (batch) => sunk.push(...tableRows(batch)),
    packed: (batch) => {
      packed.push(batch);
      sunk.push(...unpackRows(batch));
    },
    restart: () => assert.fail('nothing to restart'),
  };
  const halves = await read(bytes, channelThread(), sink);
  assert.ok(packed.length > 5, 'the second half came packed');
  assert.deepEqual(halves.validRows, [], 'every row went to the sink');
  assert.deepEqual(sunk, alone.validRows);
});

test('a required column empty in every row of both halves: one missing_column error, as one thread gives', async () => {
  const csv = (login: (i: number) => string) => {
    const lines = ['LASTNAME,FIRSTNAME,EMAIL,LOGIN,MAIL_LANGUAGE,COMPANY'];
    for (let i = 0; i < 60_000; i++) lines.push(`Martin,Jeanne,user${i}@exemple.fr,${login(i)},fr,acme corporation of paris`);
    return bytesOf(lines.join('\n'));
  };
  const empty = csv(() => '');
  const seen: Seen = { answers: [], requests: [] };
  const halves = await read(empty, channelThread({}, seen));
  assert.ok(seen.answers.includes('merged'));
  assert.deepEqual(halves, await read(empty));
  assert.deepEqual(
    halves.errors.map((error) => [error.row, error.column, error.code]),
    [[1, 'LOGIN', 'missing_column']],
  );
  assert.equal(halves.errorRows, 60_000);
  // Empty in the first half only: one error per row there, as one thread gives.
  const filledLate = csv((i) => (i >= 50_000 ? `user.${i}` : ''));
  const late = await read(filledLate, channelThread());
  assert.deepEqual(late, await read(filledLate));
  assert.equal(late.errors.length, 50_000);
  assert.deepEqual(late.errors[0], { row: 2, column: 'LOGIN', value: null, code: 'required', message: 'required' });
});

test('the merge keeps the first errors in the file when there are more than are listed', () => {
  const refs = referencesOf(context);
  const rows: ImportRow[] = [];
  // Rows 27 and 29 repeat emails of rows 4 and 2, row 32 repeats row 27's; every fourth row has a wrong email.
  const repeated = new Map([
    [25, 'USER2@exemple.fr'],
    [27, 'User0@exemple.fr'],
    [30, 'user2@EXEMPLE.fr'],
  ]);
  for (let i = 0; i < 40; i++) {
    const email = repeated.get(i) ?? (i % 4 === 1 ? 'not-an-email' : `user${i}@exemple.fr`);
    rows.push({ row: i + 2, cells: { LASTNAME: 'Martin', FIRSTNAME: 'Jeanne', EMAIL: email, LOGIN: `user.${i}`, MAIL_LANGUAGE: 'fr', LICENCE_POOL: 'STANDARD' } });
  }
  for (const [split, maxErrors] of [
    [22, 7],
    [22, 100],
    [3, 2],
  ] as const) {
    const whole = new ImportRowChecker('users', refs, { maxErrors });
    for (const row of rows) whole.check(row);
    whole.finish();
    const first = new ImportRowChecker('users', refs, { maxErrors });
    for (const row of rows.slice(0, split)) first.check(row);
    const second = new ImportRowChecker('users', refs, { maxErrors, secondHalf: true });
    const offset = split + 1;
    const passed = new Map<number, ImportRow>();
    for (const row of rows.slice(split)) {
      const own = { ...row, row: row.row - offset };
      if (second.check(own)) passed.set(own.row, own);
    }
    const { totals, failed } = second.settleAsSecondHalf(offset, first.conflicts(second.firsts()), (row) => passed.get(row));
    first.absorb(totals);
    first.finish();
    const label = `split at ${split}, ${maxErrors} errors listed`;
    assert.deepEqual(first.errors, whole.errors, label);
    assert.deepEqual(first.errorsByCode, whole.errorsByCode, label);
    assert.equal(first.errorRows, whole.errorRows, label);
    assert.deepEqual(first.seatDemand, whole.seatDemand, label);
    if (split === 22) assert.deepEqual([...failed].map((row) => row + offset), [27, 29], `${label}: rows 27 and 29 passed in their half, fail at the merge`);
    assert.ok(whole.errors.some((error) => error.row === 32 && error.params?.firstRow === 4) || maxErrors < 10, `${label}: row 32 names row 4`);
  }
});

test('the second thread failing, dying or silent: the first checks the rest itself, with the same result', async () => {
  const bytes = bytesOf(bigCsv());
  const alone = await read(bytes);
  const cases: [string, Hooks][] = [
    ['fails instead of answering checked', { answer: (answer) => (answer.type === 'checked' ? { type: 'failed', message: 'out of memory' } : answer) }],
    ['dies once it has a boundary', { diesAfter: 'boundary' }],
    ['dies when checked', { diesAfter: 'checked' }],
    ['never says merged', { answer: (answer) => (answer.type === 'merged' ? null : answer), diesAfter: 'checked' }],
    ['never answers', { silent: true }],
    ['finds no boundary', { answer: (answer) => (answer.type === 'boundary' ? { type: 'boundary', at: null } : answer) }],
  ];
  for (const [label, hooks] of cases) assert.deepEqual(await read(bytes, channelThread(hooks)), alone, label);
});

test('a boundary that is not one (a quote inside an unquoted field upsets the count): the first thread sees it and checks the rest itself', async () => {
  const bytes = bytesOf(bigCsv({ strayQuote: true }));
  const seen: Seen = { answers: [], requests: [] };
  const halves = await read(bytes, channelThread({}, seen));
  assert.ok(seen.answers.includes('boundary') && seen.requests.includes('stop') && !seen.requests.includes('merge'), `${seen.requests}`);
  assert.deepEqual(halves, await read(bytes));
  assert.equal(halves.validRows[3]!.cells.LASTNAME, 'O"Brien');
});

test('Windows-1252 found only in the second half: the file is read again in it, rows not counted twice', async () => {
  const bytes = bytesOf(bigCsv({ nonAsciiFrom: 40_000 }), 'windows-1252');
  const seen: Seen = { answers: [], requests: [] };
  const parsed = await read(bytes, channelThread({}, seen));
  assert.ok(seen.answers.includes('failed'));
  assert.deepEqual(parsed, { ...(await read(bytes)), encoding: 'windows-1252' });
  assert.equal(parsed.rowCount, 50_000);
  assert.equal(parsed.encoding, 'windows-1252');
  assert.equal(parsed.validRows.find((row) => row.row === 41_001)!.cells.LASTNAME, 'Lefèvre');
});

test('UTF-16 is checked whole on the first thread: its bytes do not show a line end alone', async () => {
  const bytes = bytesOf(bigCsv(), 'utf-16le');
  const seen: Seen = { answers: [], requests: [] };
  const parsed = await read(bytes, channelThread({}, seen));
  assert.deepEqual(seen.answers, ['boundary']);
  assert.deepEqual(parsed, await read(bytes));
  assert.equal(parsed.rowCount, 50_000);
});
