import { BENCH_AGENCIES, BENCH_POOLS } from './generate.js';
import { type ImportWorkerMessage, unpackRows } from '../../src/import/protocol.js';
import { checksInHalves, prepareImportReader, readImportFile } from '../../src/import/read-import-file.js';
import type { ImportContext, ParsedImport } from '../../src/import/types.js';

/**
 * The Chromium half of `npm run bench:import`: imports a file through
 * `readImportFile` (the real worker) while a PerformanceObserver watches the
 * main thread for long tasks.
 */

export interface PageImportReport {
  ms: number;
  rowCount: number;
  validRows: number;
  errors: number;
  progressEvents: number;
  longTasks: number;
  longestTaskMs: number;
  /** performance.memory after the import, the result held (Chromium only, with --enable-precise-memory-info). */
  mainHeapMB: number | null;
}

declare global {
  interface Window {
    runImport(url: string, name: string): Promise<PageImportReport>;
    /** One CSV import, ours (`readImportFile`) or papaparse's worker (papaparse.worker.ts): ms from the call to the rows held. */
    /** `halves`: ours checked the file in two halves, on two workers (only with a core for each, besides the page's). */
    timeCsvImport(url: string, reader: 'ours' | 'papaparse'): Promise<{ ms: number; rows: number; valid: number; errors: number; halves: boolean; cores: number }>;
  }
}

const context: ImportContext = { kind: 'users', agencies: BENCH_AGENCIES, pools: BENCH_POOLS, agencyScoped: false };

const startPapaparseWorker = () => new Worker(new URL('./papaparse.worker.js', import.meta.url), { type: 'module' });

/** The page's side of the peer, as `readImportFile` receives ours: packed batches unpacked, errors gathered. */
function readWithPapaparse(file: File, worker: Worker): Promise<Pick<ParsedImport, 'rowCount' | 'validRows' | 'errors'>> {
  return new Promise((resolve, reject) => {
    const validRows: ParsedImport['validRows'][] = [];
    const errors: ParsedImport['errors'][] = [];
    worker.onerror = () => reject(new Error('papaparse worker failed'));
    worker.onmessage = ({ data }: MessageEvent<ImportWorkerMessage>) => {
      if (data.type === 'rows') validRows.push(unpackRows(data.validRows));
      else if (data.type === 'errors') errors.push(data.errors);
      else if (data.type === 'done') {
        worker.terminate();
        resolve({ rowCount: data.result.rowCount, validRows: validRows.flat(), errors: errors.flat() });
      }
    };
    worker.postMessage({ file, context });
  });
}

/** How long before the file is given each reader's worker is started: the admin takes longer than that to pick a file. */
const PREPARED_MS = 500;

window.timeCsvImport = async (url, reader) => {
  // Each reader's worker started when the view opens, as `<suite-user-import>` starts ours (`prepareImportReader`).
  const prepared = performance.now();
  const papaparseWorker = reader === 'papaparse' ? startPapaparseWorker() : null;
  if (reader === 'ours') prepareImportReader();
  const file = new File([await (await fetch(url)).blob()], 'users.csv');
  await new Promise((resolve) => setTimeout(resolve, Math.max(0, prepared + PREPARED_MS - performance.now())));
  const start = performance.now();
  const parsed = papaparseWorker ? await readWithPapaparse(file, papaparseWorker) : await readImportFile(file, { context });
  const ms = performance.now() - start;
  return { ms, rows: parsed.rowCount, valid: parsed.validRows.length, errors: parsed.errors.length, halves: checksInHalves(file), cores: navigator.hardwareConcurrency };
};

window.runImport = async (url, name) => {
  const file = new File([await (await fetch(url)).blob()], name);
  const tasks: number[] = [];
  const observer = new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) tasks.push(entry.duration);
  });
  observer.observe({ type: 'longtask' });
  let progressEvents = 0;
  const start = performance.now();
  const parsed = await readImportFile(file, {
    context,
    onProgress: () => progressEvents++,
  });
  const ms = performance.now() - start;
  // Long tasks are reported after they end: give the last ones time to arrive.
  await new Promise((resolve) => setTimeout(resolve, 500));
  observer.disconnect();
  const memory = (performance as Performance & { memory?: { usedJSHeapSize: number } }).memory;
  return {
    ms,
    rowCount: parsed.rowCount,
    validRows: parsed.validRows.length,
    errors: parsed.errors.length,
    progressEvents,
    longTasks: tasks.length,
    longestTaskMs: tasks.length ? Math.max(...tasks) : 0,
    mainHeapMB: memory ? memory.usedJSHeapSize / 1024 / 1024 : null,
  };
};
