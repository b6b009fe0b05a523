import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { buildSync } from 'esbuild';
import { portThread } from '../../src/import/csv-split.js';
import type { StartSplitThread } from '../../src/import/read-csv.js';

/**
 * Ours in Node as in the browser: the CSV is split on a thread of its own
 * while the calling thread checks the rows, the two joined by a
 * MessageChannel as the page joins the import worker's two copies
 * (src/import/read-import-file.ts). The worker is bundled once, as the
 * browser gets it (no TypeScript compiled when it starts), and started afresh
 * for each file, as in the page.
 */
export function nodeSplitThreads(outDir: string): StartSplitThread {
  const file = join(outDir, 'split-worker.mjs');
  buildSync({ entryPoints: [join(import.meta.dirname, 'split-worker.ts')], bundle: true, platform: 'node', format: 'esm', outfile: file, logLevel: 'error' });
  return () => {
    const worker = new Worker(file);
    const { port1, port2 } = new MessageChannel();
    worker.postMessage(port1, [port1 as never]);
    const thread = portThread(port2);
    // As the page tells the worker when its second copy died.
    worker.on('error', () => thread.onerror?.());
    const closePort = thread.terminate;
    thread.terminate = () => {
      closePort();
      void worker.terminate();
    };
    return thread;
  };
}
