import { parentPort } from 'node:worker_threads';
import { type CsvSplitRequest, serveCsvSplit } from '../../src/import/csv-split.js';

/** The CSV splitting thread in Node: what the import worker's second copy does in the browser (src/import/import.worker.ts). */
const port = parentPort!;
const serve = serveCsvSplit({ postMessage: (message, transfer) => port.postMessage(message, transfer as never) });
port.on('message', (request: CsvSplitRequest) => serve(request));
