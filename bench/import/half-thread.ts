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
 * browser gets it (no TypeScript compiled when it starts).
 *
 * `kept`: one thread, started ahead and given each file in turn, as the page
 * keeps its workers (started when the import view opens, kept from one
 * import to the next); otherwise a thread started afresh for each file, as a
 * page that started its worker only once the file was picked.
 */
export function nodeHalfThreads(outDir: string, { kept }: { kept: boolean }): { start: StartHalfThread; close(): Promise<void> } {
  const file = join(outDir, 'half-worker.mjs');
  buildSync({ entryPoints: [join(import.meta.dirname, 'half-worker.ts')], bundle: true, platform: 'node', format: 'esm', outfile: file, logLevel: 'error' });
  // Without the bench's own flags (`--import tsx`): the worker is bundled JavaScript, as the browser's, and tsx's loader would slow its start fourfold.
  const startWorker = () => new Worker(file, { execArgv: [] });
  let keptWorker: Worker | null = kept ? startWorker() : null;
  const start = () => {
    const worker = keptWorker ?? startWorker();
    const { port1, port2 } = new MessageChannel();
    worker.postMessage(port1, [port1 as never]);
    const thread = portThread(port2);
    // As the page tells the worker when its second copy died.
    const died = () => thread.onerror?.();
    worker.on('error', died);
    const closePort = thread.terminate;
    thread.terminate = () => {
      closePort();
      worker.off('error', died);
      if (!kept) void worker.terminate();
    };
    return thread;
  };
  return {
    start,
    close: async () => {
      await keptWorker?.terminate();
      keptWorker = null;
    },
  };
}
