import { expect } from '@open-wc/testing';
import type { HalfAnswer, HalfRequest } from '../../src/import/csv-halves.js';
import type { ImportControlMessage } from '../../src/import/protocol.js';
import {
  HALF_THREAD_MIN_BYTES,
  HALF_THREAD_MIN_CORES,
  IDLE_WORKER_MS,
  prepareImportReader,
  readImportFile,
  releaseImportReaders,
} from '../../src/import/read-import-file.js';
import { ImportFileError, type ImportContext, type ImportProgress } from '../../src/import/types.js';
import { watchWorkers } from './support/workers.js';

const context: ImportContext = {
  kind: 'users',
  agencies: [{ id: 'ag-paris', name: 'Paris' }],
  pools: [{ id: 'pool-std', key: 'STANDARD', name: 'Standard', remaining: 10 }],
  agencyScoped: false,
};

/** A CSV of `rows` valid users, the last one a duplicate of the first. */
function usersCsv(rows: number): File {
  const lines = ['Nom;Prénom;Adresse e-mail;Identifiant;Langue;Pool de licences'];
  for (let i = 1; i < rows; i++) lines.push(`Martin;Jeanne;jeanne${i}@exemple.fr;jeanne.martin${i};fr;STANDARD`);
  lines.push('Martin;Jeanne;JEANNE1@exemple.fr;jeanne.martin0;fr;STANDARD');
  return new File([`\uFEFF${lines.join('\r\n')}\r\n`], 'users.csv', { type: 'text/csv' });
}

describe('readImportFile (the import worker)', () => {
  // Each test starts without the workers an earlier one left ready for the next import.
  beforeEach(releaseImportReaders);
  after(releaseImportReaders);

  it('reads and checks a file in a worker, relaying progress, with the rows numbered as in the spreadsheet', async () => {
    const progress: ImportProgress[] = [];
    const parsed = await readImportFile(usersCsv(3000), { context, onProgress: (p) => progress.push(p) });
    expect(parsed.format).to.equal('csv');
    expect([parsed.encoding, parsed.delimiter]).to.deep.equal(['utf-8', ';']);
    expect(parsed.rowCount).to.equal(3000);
    expect(parsed.validRows).to.have.length(2999);
    expect(parsed.validRows[0]).to.deep.equal({
      row: 2,
      cells: { LASTNAME: 'Martin', FIRSTNAME: 'Jeanne', EMAIL: 'jeanne1@exemple.fr', LOGIN: 'jeanne.martin1', MAIL_LANGUAGE: 'fr', LICENCE_POOL: 'STANDARD' },
    });
    expect(parsed.errors.map((e) => [e.row, e.column, e.code, e.params])).to.deep.equal([[3001, 'EMAIL', 'duplicate_in_file', { firstRow: 2 }]]);
    expect(parsed.seatShortfalls).to.deep.equal([{ poolId: 'pool-std', key: 'STANDARD', name: 'Standard', needed: 2999, remaining: 10 }]);
    expect(progress.length).to.be.greaterThan(0);
    expect(progress.at(-1)).to.deep.include({ done: 3000, total: 3000 });
  });

  it('forgets the rows sent before the worker found the file was Windows-1252, not UTF-8', async () => {
    const lines = ['LASTNAME;FIRSTNAME;EMAIL;LOGIN;MAIL_LANGUAGE'];
    for (let i = 0; i < 30_000; i++) lines.push(`Martin;Jeanne;jeanne${i}@exemple.fr;jeanne.martin${i};fr`);
    lines.push('Lefèvre;Hélène;helene@exemple.fr;helene.lefevre;fr');
    // Latin-1 bytes: the accent, far past the first megabyte, is no UTF-8.
    const bytes = Uint8Array.from(lines.join('\r\n'), (char) => char.charCodeAt(0));
    const parsed = await readImportFile(new File([bytes], 'legacy.csv'), { context });
    expect(parsed.encoding).to.equal('windows-1252');
    expect(parsed.validRows).to.have.length(30_001);
    expect(new Set(parsed.validRows.map((r) => r.row)).size).to.equal(30_001);
    expect(parsed.validRows.at(-1)!.cells.FIRSTNAME).to.equal('Hélène');
  });

  it('refuses a file beyond the size limit without starting a worker', async () => {
    const huge = { size: 51 * 1024 * 1024, name: 'huge.csv' } as Blob & { name: string };
    const error = await readImportFile(huge, { context }).catch((e: unknown) => e);
    expect(error).to.be.instanceOf(ImportFileError);
    expect((error as ImportFileError).code).to.equal('file_too_large');
  });

  it('rejects a file the worker refuses with an ImportFileError', async () => {
    // The first bytes of an Excel 97-2003 workbook.
    const file = new File([new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0])], 'old.xls');
    const error = await readImportFile(file, { context }).catch((e: unknown) => e);
    expect(error).to.be.instanceOf(ImportFileError);
    expect((error as ImportFileError).code).to.equal('unsupported_format');
  });

  it('terminates the workers on abort: the promise rejects with an AbortError and no more progress arrives', async () => {
    const workers = watchWorkers();
    try {
      const controller = new AbortController();
      let progressAfterAbort = 0;
      const reading = readImportFile(usersCsv(150_000), {
        context,
        signal: controller.signal,
        onProgress: () => {
          if (controller.signal.aborted) progressAfterAbort++;
          else controller.abort();
        },
      });
      const error = await reading.catch((e: unknown) => e);
      expect(error).to.be.instanceOf(DOMException);
      expect((error as DOMException).name).to.equal('AbortError');
      expect(workers.started.map((worker) => worker.name)).to.deep.equal(['suite-import', 'suite-import-half'], 'a large CSV: the reader and the checker of its second half');
      expect(workers.terminated).to.deep.equal(workers.started);
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect(progressAfterAbort).to.equal(0);
    } finally {
      workers.restore();
    }
  });

  it('no second worker on a device without a core for it: a large CSV is read whole by one', async () => {
    const workers = watchWorkers(HALF_THREAD_MIN_CORES - 1);
    try {
      const file = usersCsv(70_000);
      expect(file.size).to.be.greaterThan(HALF_THREAD_MIN_BYTES);
      const parsed = await readImportFile(file, { context });
      expect(workers.started.map((worker) => worker.name)).to.deep.equal(['suite-import']);
      expect(parsed.rowCount).to.equal(70_000);
      expect(parsed.validRows).to.have.length(69_999);
      expect(parsed.errors.map((e) => [e.row, e.column, e.code, e.params])).to.deep.equal([[70_001, 'EMAIL', 'duplicate_in_file', { firstRow: 2 }]]);
      expect(workers.terminated).to.deep.equal([], 'kept for the next import');
      releaseImportReaders();
      expect(workers.terminated).to.deep.equal(workers.started);
    } finally {
      workers.restore();
    }
  });

  it('a second worker only for a large CSV; the workers of an import that ended serve the next', async () => {
    const workers = watchWorkers();
    try {
      await readImportFile(usersCsv(3000), { context });
      expect(workers.started.map((worker) => worker.name)).to.deep.equal(['suite-import'], 'a small file: one worker');
      expect(workers.terminated).to.deep.equal([], 'kept for the next import');
      const file = usersCsv(100_000);
      expect(file.size).to.be.greaterThan(HALF_THREAD_MIN_BYTES);
      const parsed = await readImportFile(file, { context });
      // As a small file reads: every row, numbered as in the spreadsheet.
      expect(parsed.rowCount).to.equal(100_000);
      expect(parsed.validRows).to.have.length(99_999);
      expect(parsed.validRows.every((r, i) => r.row === i + 2)).to.equal(true);
      expect(parsed.validRows.at(-1)!.cells.EMAIL).to.equal('jeanne99999@exemple.fr');
      // The last row, in the second half, repeats the first: found across the halves.
      expect(parsed.errors.map((e) => [e.row, e.column, e.code, e.params])).to.deep.equal([[100_001, 'EMAIL', 'duplicate_in_file', { firstRow: 2 }]]);
      expect(parsed.seatShortfalls.map((s) => s.needed)).to.deep.equal([99_999]);
      expect(workers.started.map((worker) => worker.name)).to.deep.equal(['suite-import', 'suite-import-half'], 'the first worker again, and the checker of the second half');
      // A third file, read by the same two.
      const again = await readImportFile(file, { context });
      expect([again.validRows.length, again.errors.length]).to.deep.equal([99_999, 1]);
      expect(workers.started).to.have.length(2);
      expect(workers.terminated).to.deep.equal([]);
      releaseImportReaders();
      expect(workers.terminated).to.have.members(workers.started);
    } finally {
      workers.restore();
    }
  });

  it('prepareImportReader starts the workers before the file is picked, and the import reads with them', async () => {
    const workers = watchWorkers();
    try {
      prepareImportReader();
      prepareImportReader();
      expect(workers.started.map((worker) => worker.name)).to.deep.equal(['suite-import', 'suite-import-half'], 'once each');
      const parsed = await readImportFile(usersCsv(100_000), { context });
      expect([parsed.rowCount, parsed.validRows.length, parsed.errors.length]).to.deep.equal([100_000, 99_999, 1]);
      expect(workers.started).to.have.length(2, 'none started for the file');
    } finally {
      workers.restore();
    }
    const fewer = watchWorkers(HALF_THREAD_MIN_CORES - 1);
    try {
      releaseImportReaders();
      prepareImportReader();
      expect(fewer.started.map((worker) => worker.name)).to.deep.equal(['suite-import'], 'no second copy without a core for it');
    } finally {
      fewer.restore();
    }
  });

  it('ends a second copy that failed during the import instead of keeping it; the import still reads every row', async () => {
    const workers = watchWorkers();
    try {
      const reading = readImportFile(usersCsv(100_000), { context });
      const half = workers.started.find((worker) => worker.name === 'suite-import-half')!;
      half.dispatchEvent(new ErrorEvent('error', { cancelable: true }));
      const parsed = await reading;
      expect([parsed.rowCount, parsed.validRows.length, parsed.errors.length]).to.deep.equal([100_000, 99_999, 1]);
      expect(workers.terminated).to.deep.equal([half], 'the first copy kept, the failed one ended');
    } finally {
      workers.restore();
    }
  });

  it('ends a kept worker once unused for IDLE_WORKER_MS, or once it failed, and starts another for the next file', async () => {
    const workers = watchWorkers();
    const idle: (() => void)[] = [];
    const realSetTimeout = window.setTimeout;
    // The idle delay is a minute: its timer is caught and run here instead.
    window.setTimeout = ((handler: () => void, ms?: number, ...rest: unknown[]) =>
      ms === IDLE_WORKER_MS ? idle.push(handler) : realSetTimeout(handler, ms, ...rest)) as typeof window.setTimeout;
    try {
      await readImportFile(usersCsv(10), { context });
      expect(idle).to.have.length(1);
      expect(workers.terminated).to.deep.equal([]);
      idle[0]!();
      expect(workers.terminated).to.deep.equal(workers.started, 'ended once unused');
      await readImportFile(usersCsv(10), { context });
      expect(workers.started).to.have.length(2, 'the next file gets a new one');
      // The kept worker fails while it waits (its script could not load, say): it is not handed to the next import.
      workers.started[1]!.dispatchEvent(new ErrorEvent('error', { cancelable: true }));
      expect(workers.terminated).to.deep.equal(workers.started);
      const parsed = await readImportFile(usersCsv(10), { context });
      expect(parsed.validRows).to.have.length(9);
      expect(workers.started).to.have.length(3);
    } finally {
      window.setTimeout = realSetTimeout;
      workers.restore();
    }
  });

  it('the worker script checks the second half of a CSV for another copy of itself, and settles it when told the merge', async () => {
    // What the first copy asks of the second for a large CSV (src/import/csv-halves.ts), asked here directly through its port.
    const checker = new Worker(new URL('../../src/import/import.worker.js', import.meta.url), { type: 'module' });
    const { port1, port2 } = new MessageChannel();
    checker.postMessage({ type: 'half-port', port: port1 } satisfies ImportControlMessage, [port1]);
    const file = usersCsv(40_000);
    const answers: HalfAnswer[] = [];
    const answered = (type: HalfAnswer['type']) =>
      new Promise<void>((resolve, reject) => {
        checker.onerror = () => reject(new Error('the second worker failed'));
        port2.onmessage = ({ data }: MessageEvent<HalfAnswer>) => {
          answers.push(data);
          if (data.type === 'failed') reject(new Error(data.message));
          if (data.type === type) resolve();
        };
      });
    try {
      const checked = answered('checked');
      port2.postMessage({ type: 'check-half', file, encoding: 'utf-8', context } satisfies HalfRequest);
      port2.postMessage({ type: 'position', done: 0 } satisfies HalfRequest);
      await checked;
      const boundary = answers[0]!;
      if (boundary.type !== 'boundary' || boundary.at === null) throw new Error(`no boundary: ${JSON.stringify(boundary)}`);
      const before = new Uint8Array(await file.slice(0, boundary.at).arrayBuffer());
      expect(before.at(-1)).to.equal(0x0a, 'the second half starts after a line end');
      // Records before it: the header and the rows (no line break within a cell in this file).
      const offset = before.filter((byte) => byte === 0x0a).length;
      const rows = answers.flatMap((answer) => (answer.type === 'rows' ? [...answer.batch.rows] : []));
      expect(rows[0]).to.equal(1, 'numbered in the second half');
      expect(rows).to.have.length(40_001 - offset, 'every row of the second half once, all valid there (the last is its own first JEANNE1)');
      const { firsts } = answers.at(-1) as Extract<HalfAnswer, { type: 'checked' }>;
      expect(firsts.emails.rows).to.have.length(rows.length);
      // The first half had jeanne1@exemple.fr, in row 2: the last entry of the second's emails.
      const merged = answered('merged');
      port2.postMessage({ type: 'merge', offset, conflicts: [{ column: 'EMAIL', entry: rows.length - 1, firstRow: 2 }] } satisfies HalfRequest);
      await merged;
      const { totals, failed } = answers.at(-1) as Extract<HalfAnswer, { type: 'merged' }>;
      expect(totals.errors).to.deep.equal([
        { row: 40_001, column: 'EMAIL', value: 'JEANNE1@exemple.fr', code: 'duplicate_in_file', message: 'duplicate of row 2', params: { firstRow: 2 } },
      ]);
      expect(failed).to.deep.equal([40_001 - offset]);
      expect(totals.errorRows).to.equal(1);
      expect(totals.seatDemand).to.deep.equal([['pool-std', rows.length - 1]], 'the failing row gave its seat back');
    } finally {
      checker.terminate();
      port2.close();
    }
  });

  it('rejects at once when the signal is already aborted', async () => {
    const error = await readImportFile(usersCsv(2), { context, signal: AbortSignal.abort() }).catch((e: unknown) => e);
    expect((error as DOMException).name).to.equal('AbortError');
  });
});
