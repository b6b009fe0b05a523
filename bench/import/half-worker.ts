import type { MessagePort as NodeMessagePort } from 'node:worker_threads';
import { parentPort } from 'node:worker_threads';
import { serveSecondHalfOn } from '../../src/import/csv-halves.js';

/** The thread of a CSV's second half in Node: given a port for each file, it does what the import worker's second copy does in the browser. */
parentPort!.on('message', (port: NodeMessagePort) => serveSecondHalfOn(port as unknown as MessagePort));
