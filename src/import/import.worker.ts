/// <reference lib="webworker" />
import { readImportTable } from './check-import-file.js';
import { type CsvSplitThread, portThread, serveCsvSplitOn } from './csv-split.js';
import type { RowTable } from './import-sheet.js';
import { closingMessages, type ImportControlMessage, type ImportRequestMessage, type ImportWorkerMessage, packRows } from './protocol.js';
import { ImportFileError, type ImportProgress } from './types.js';

/**
 * The import worker: reads and checks one file, posts its progress and its
 * result, and is terminated by the page when done (or cancelled). For a
 * large file the page starts a second copy, given a port to the first, that
 * splits a CSV into records while the first checks them (csv-split.ts): one
 * script, two roles, so every bundler that ships the worker ships both.
 */
const scope = self as unknown as DedicatedWorkerGlobalScope;
const post = (message: ImportWorkerMessage) => scope.postMessage(message);

/** Progress at most every 50 ms: each message is a task on the page's main thread. */
const PROGRESS_INTERVAL_MS = 50;

/** The second copy, once the reader took it. */
let splitThread: CsvSplitThread | null = null;

scope.addEventListener('message', ({ data }: MessageEvent<ImportRequestMessage | ImportControlMessage>) => {
  if (data.type === 'split-port') return serveCsvSplitOn(data.port);
  if (data.type === 'split-failed') return splitThread?.onerror?.();
  let last = 0;
  const onProgress = (progress: ImportProgress) => {
    const now = performance.now();
    if (now - last < PROGRESS_INTERVAL_MS && progress.done < progress.total) return;
    last = now;
    post({ type: 'progress', progress });
  };
  const sink = {
    rows: (batch: RowTable) => post({ type: 'rows', validRows: packRows(batch) }),
    restart: () => post({ type: 'restart' }),
  };
  // The second copy splits one reading of the file: a second one (not UTF-8 after all) is split here.
  let port = data.splitPort;
  const startSplitThread = () => {
    const given = port;
    port = undefined;
    return given ? (splitThread = portThread(given)) : null;
  };
  readImportTable(data.file, data.fileName, data.context, onProgress, sink, startSplitThread).then(
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
