import assert from 'node:assert/strict';
import { test } from 'node:test';
import { readImportTable } from '../../src/import/check-import-file.js';
import { type CsvSplitAnswer, type CsvSplitThread, portThread, serveCsvSplit } from '../../src/import/csv-split.js';
import { tableRows } from '../../src/import/import-sheet.js';
import type { StartSplitThread } from '../../src/import/read-csv.js';
import type { ImportContext, ParsedImport } from '../../src/import/types.js';
import { encodeText } from '../fixtures/import/text-files.js';

/**
 * A large CSV is split on a thread of its own while the import checks the
 * rows (src/import/csv-split.ts). Here the "thread" is the same splitter at
 * the other end of a MessageChannel, as the import worker's second copy is in
 * the browser (the same messages, transfers and order), with hooks to change
 * what it answers. test/elements/import-reader.test.ts runs the real workers.
 */

const context: ImportContext = { kind: 'users', agencies: [{ id: 'ag-paris', name: 'Paris' }], pools: [], agencyScoped: false };

/** Several chunks: 60,000 rows, a quoted address with a comma, escaped quotes and a line break in each, an accent in every 1,000th. */
function bigCsv(): string {
  const lines = ['LASTNAME,FIRSTNAME,EMAIL,LOGIN,MAIL_LANGUAGE,COMPANY,ADDRESS,AGENCIES'];
  for (let i = 0; i < 60_000; i++) {
    const name = i % 1000 === 999 ? 'Lefèvre' : 'Martin';
    // One row in 10,000 with a bad email, so the errors are checked too.
    const email = i % 10_000 === 5 ? `not-an-email-${i}` : `user${i}@exemple.fr`;
    lines.push(`${name},Jeanne,${email},user.${i},fr,acme,"${i} rue de la Paix, Bât. ""B""\nEscalier ${i % 7}",Paris`);
  }
  return lines.join('\r\n');
}

interface Hooks {
  /** What the thread answers instead of `answer`, null for nothing (a chunk's text must keep its length: the offsets point into it). */
  answer?: (answer: CsvSplitAnswer) => CsvSplitAnswer | null;
  /** Dies before it answers anything, as a worker whose script did not load. */
  dies?: boolean;
  /** Never answers. */
  silent?: boolean;
}

function channelThread(hooks: Hooks = {}, started: CsvSplitThread[] = []): StartSplitThread {
  let given = false;
  return () => {
    // One thread per import, as the page gives: a second reading of the file (not UTF-8) is split here.
    if (given) return null;
    given = true;
    const { port1, port2 } = new MessageChannel();
    const serve = serveCsvSplit({
      postMessage: (message, transfer) => {
        const answer = hooks.answer ? hooks.answer(message) : message;
        if (answer) port1.postMessage(answer, transfer);
      },
    });
    port1.onmessage = ({ data }) => {
      if (!hooks.silent && !hooks.dies) serve(data);
    };
    const thread = portThread(port2 as MessagePort);
    if (hooks.dies) setTimeout(() => thread.onerror?.(), 0);
    started.push(thread);
    return thread;
  };
}

async function read(bytes: Uint8Array, startSplitThread?: StartSplitThread): Promise<ParsedImport> {
  const { validTable, ...result } = await readImportTable(new Blob([bytes as Uint8Array<ArrayBuffer>]), 'users.csv', context, undefined, undefined, startSplitThread);
  return { ...result, validRows: tableRows(validTable) };
}

const summary = (parsed: ParsedImport) => ({
  rowCount: parsed.rowCount,
  valid: parsed.validRows.length,
  errors: parsed.errors.map((error) => `${error.row} ${error.column} ${error.code}`),
  encoding: parsed.encoding,
});

test('the thread takes over after the first chunks: every row once and in order, the same result as one thread', async () => {
  const bytes = encodeText(bigCsv(), 'utf-8');
  const alone = await read(bytes);
  // The thread's answers say where they come from: its copy of each text has the company in capitals (same length).
  const marked = await read(
    bytes,
    channelThread({ answer: (answer) => (answer.type === 'chunk' ? { ...answer, chunk: { ...answer.chunk, text: answer.chunk.text.replaceAll(',acme,', ',ACME,') } } : answer) }),
  );
  assert.deepEqual(summary(marked), summary(alone));
  assert.deepEqual(summary(alone), { rowCount: 60_000, valid: 59_994, errors: [7, 10_007, 20_007, 30_007, 40_007, 50_007].map((row) => `${row} EMAIL invalid_email`), encoding: 'utf-8' });
  const companies = marked.validRows.map((row) => row.cells.COMPANY);
  const switched = companies.indexOf('ACME');
  assert.ok(switched > 0, 'the first rows were split here, before the thread caught up');
  assert.ok(switched < companies.length / 2, `the thread took over early enough to matter (at row ${switched})`);
  assert.equal(companies.lastIndexOf('acme'), switched - 1, 'one switch, and only the thread after it');
  assert.deepEqual(
    marked.validRows.map((row) => row.row),
    alone.validRows.map((row) => row.row),
  );
  assert.equal(marked.validRows.at(-1)!.cells.ADDRESS, '59999 rue de la Paix, Bât. "B"\nEscalier 2');
});

test('a thread that dies before it answers, or never answers: the file is split here, with the same result', async () => {
  const bytes = encodeText(bigCsv(), 'utf-8');
  const alone = summary(await read(bytes));
  const started: CsvSplitThread[] = [];
  assert.deepEqual(summary(await read(bytes, channelThread({ dies: true }, started))), alone);
  assert.deepEqual(summary(await read(bytes, channelThread({ silent: true }, started))), alone);
  assert.equal(started.length, 2, 'a thread was given each time');
});

test('Windows-1252 found by the thread: the file is read again in it, rows not counted twice', async () => {
  const bytes = encodeText(bigCsv(), 'windows-1252');
  const parsed = await read(bytes, channelThread());
  assert.deepEqual(summary(parsed), { ...summary(await read(bytes)), encoding: 'windows-1252' });
  assert.equal(parsed.rowCount, 60_000);
  assert.equal(parsed.validRows[998]!.cells.LASTNAME, 'Lefèvre');
});

test('a thread that fails once it has taken over fails the import, rather than lose rows', async () => {
  let chunks = 0;
  const failing = channelThread({ answer: (answer) => (answer.type === 'chunk' && ++chunks > 4 ? { type: 'failed', message: 'out of memory' } : answer) });
  await assert.rejects(read(encodeText(bigCsv(), 'utf-8'), failing), /out of memory/);
});

test('a thread that dies once it has taken over fails the import too', async () => {
  let chunks = 0;
  let thread: CsvSplitThread | null = null;
  const start = channelThread({
    answer: (answer) => {
      if (answer.type !== 'chunk' || ++chunks < 4) return answer;
      // Dies (the page tells the worker) instead of sending its fourth chunk.
      if (chunks === 4) setTimeout(() => thread!.onerror?.(), 0);
      return null;
    },
  });
  await assert.rejects(read(encodeText(bigCsv(), 'utf-8'), () => (thread = start())), /stopped/);
});
