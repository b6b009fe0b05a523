import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { buildSync } from 'esbuild';
import type { CsvSplitThread } from '../../src/import/csv-split.js';
import type { StartSplitThread } from '../../src/import/read-csv.js';

/**
 * Ours in Node as in the browser: the CSV is split on a thread of its own
 * (a `worker_threads` Worker running `serveCsvSplit`, as the import worker's
 * second copy does in the page) while the calling thread checks the rows.
 * The worker is bundled once, as the browser gets it (no TypeScript compiled
 * when it starts), and started afresh for each file, as in the page.
 */
export function nodeSplitThreads(outDir: string): StartSplitThread {
  const file = join(outDir, 'split-worker.mjs');
  buildSync({ entryPoints: [join(import.meta.dirname, 'split-worker.ts')], bundle: true, platform: 'node', format: 'esm', outfile: file, logLevel: 'error' });
  return () => {
    const worker = new Worker(file);
    const thread: CsvSplitThread = {
      postMessage: (message) => worker.postMessage(message),
      onmessage: null,
      onerror: null,
      terminate: () => void worker.terminate(),
    };
    worker.on('message', (data) => thread.onmessage?.({ data } as MessageEvent));
    worker.on('error', () => thread.onerror?.());
    return thread;
  };
}
