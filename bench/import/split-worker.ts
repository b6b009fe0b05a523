import type { MessagePort as NodeMessagePort } from 'node:worker_threads';
import { parentPort } from 'node:worker_threads';
import { serveCsvSplitOn } from '../../src/import/csv-split.js';

/** The CSV splitting thread in Node: given its port, it does what the import worker's second copy does in the browser. */
parentPort!.once('message', (port: NodeMessagePort) => serveCsvSplitOn(port as unknown as MessagePort));
