/// <reference lib="webworker" />
import { readImportTable } from './check-import-file.js';
import { type HalfThread, portThread, serveSecondHalfOn } from './csv-halves.js';
import type { RowTable } from './import-sheet.js';
import { closingMessages, type ImportControlMessage, type ImportRequestMessage, type ImportWorkerMessage, type PackedRows, packRows } from './protocol.js';
import { ImportFileError, type ImportProgress } from './types.js';

/**
 * The import worker: reads and checks one file, posts its progress and its
 * result, and is terminated by the page when done (or cancelled). For a
 * large file the page starts a second copy, given a port to the first, that
 * checks the second half of a CSV while the first checks the first half
 * (csv-halves.ts): one script, two roles, so every bundler that ships the
 * worker ships both.
 */
const scope = self as unknown as DedicatedWorkerGlobalScope;
const post = (message: ImportWorkerMessage) => scope.postMessage(message);

/** Progress at most every 50 ms: each message is a task on the page's main thread. */
const PROGRESS_INTERVAL_MS = 50;

/** The second copy, once the reader took it. */
let halfThread: HalfThread | null = null;

scope.addEventListener('message', ({ data }: MessageEvent<ImportRequestMessage | ImportControlMessage>) => {
  if (data.type === 'half-port') return serveSecondHalfOn(data.port);
  if (data.type === 'half-failed') return halfThread?.onerror?.();
  let last = 0;
  const onProgress = (progress: ImportProgress) => {
    const now = performance.now();
    if (now - last < PROGRESS_INTERVAL_MS && progress.done < progress.total) return;
    last = now;
    post({ type: 'progress', progress });
  };
  const sink = {
    rows: (batch: RowTable) => post({ type: 'rows', validRows: packRows(batch) }),
    packed: (batch: PackedRows) => post({ type: 'rows', validRows: batch }),
    restart: () => post({ type: 'restart' }),
  };
  // The second copy checks half of one reading of the file: a second one (not UTF-8 after all) is checked here alone.
  let port = data.halfPort;
  const startHalfThread = () => {
    const given = port;
    port = undefined;
    return given ? (halfThread = portThread(given)) : null;
  };
  readImportTable(data.file, data.fileName, data.context, onProgress, sink, startHalfThread).then(
    (result) => {
      post({ type: 'progress', progress: { phase: 'validating', done: result.rowCount, total: result.rowCount } });
      for (const message of closingMessages(result)) post(message);
    },
    (error: unknown) => {
      const refusal =
        error instanceof ImportFileError
          ? error
          : new ImportFileError('unreadable', `The file could not be read: ${error instanceof Error ? error.message : String(error)}`);
      post({ type: 'failed', error: { code: refusal.code, message: refusal.message, params: { ...refusal.params } } });
    },
  );
});
