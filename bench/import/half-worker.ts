import type { MessagePort as NodeMessagePort } from 'node:worker_threads';
import { parentPort } from 'node:worker_threads';
import { serveSecondHalfOn } from '../../src/import/csv-halves.js';

/** The thread of a CSV's second half in Node: given its port, it does what the import worker's second copy does in the browser. */
parentPort!.once('message', (port: NodeMessagePort) => serveSecondHalfOn(port as unknown as MessagePort));
