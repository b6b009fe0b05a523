import { HALF_THREAD_MIN_CORES } from '../../../src/import/read-import-file.js';

/**
 * The workers the page starts (the import reader's), and those it terminates, on a device
 * with `cores` logical cores (`navigator.hardwareConcurrency`, which decides
 * whether a large CSV gets a second worker).
 */
export function watchWorkers(cores = HALF_THREAD_MIN_CORES) {
  Object.defineProperty(navigator, 'hardwareConcurrency', { value: cores, configurable: true });
  const realWorker = window.Worker;
  const started: (Worker & { name: string })[] = [];
  const terminated: Worker[] = [];
  window.Worker = class extends realWorker {
    readonly name: string;
    constructor(url: string | URL, options?: WorkerOptions) {
      super(url, options);
      this.name = options?.name ?? '';
      started.push(this);
    }
    override terminate(): void {
      terminated.push(this);
      super.terminate();
    }
  };
  return {
    started,
    terminated,
    restore: () => {
      window.Worker = realWorker;
      // The navigator's own getter again.
      delete (navigator as { hardwareConcurrency?: number }).hardwareConcurrency;
    },
  };
}
