import { BENCH_AGENCIES, BENCH_POOLS } from './generate.js';
import { readImportFile } from '../../src/import/read-import-file.js';

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
  }
}

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
    context: { kind: 'users', agencies: BENCH_AGENCIES, pools: BENCH_POOLS, agencyScoped: false },
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
