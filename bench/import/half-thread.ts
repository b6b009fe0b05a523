import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { buildSync } from 'esbuild';
import { portThread } from '../../src/import/csv-halves.js';
import type { StartHalfThread } from '../../src/import/read-csv.js';

/**
 * Ours in Node as in the browser: the second half of the CSV is checked on a
 * thread of its own while the calling thread checks the first, the two
 * joined by a MessageChannel as the page joins the import worker's two
 * copies (src/import/read-import-file.ts). The worker is bundled once, as the
 * browser gets it (no TypeScript compiled when it starts), and started
 * afresh for each file, as in the page.
 */
export function nodeHalfThreads(outDir: string): StartHalfThread {
  const file = join(outDir, 'half-worker.mjs');
  buildSync({ entryPoints: [join(import.meta.dirname, 'half-worker.ts')], bundle: true, platform: 'node', format: 'esm', outfile: file, logLevel: 'error' });
  return () => {
    // Without the bench's own flags (`--import tsx`): the worker is bundled JavaScript, as the browser's, and tsx's loader would slow its start fourfold.
    const worker = new Worker(file, { execArgv: [] });
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
