/// <reference lib="webworker" />
import Papa from 'papaparse';
import { ImportSheet } from '../../src/import/import-sheet.js';
import { closingMessages, type ImportWorkerMessage, packRows } from '../../src/import/protocol.js';
import type { ImportContext } from '../../src/import/types.js';

/**
 * The peer of the Chromium CSV figure: what the import worker does
 * (src/import/import.worker.ts), with papaparse as the reader. The file is
 * decoded whole and parsed whole, then the same `ImportSheet` checks the rows
 * and the same packed batches go to the page, so only the reading differs.
 */
const scope = self as unknown as DedicatedWorkerGlobalScope;
const post = (message: ImportWorkerMessage) => scope.postMessage(message);

scope.addEventListener('message', async ({ data }: MessageEvent<{ file: Blob; context: ImportContext }>) => {
  const text = new TextDecoder().decode(await data.file.arrayBuffer());
  const records = Papa.parse<string[]>(text, { skipEmptyLines: false }).data;
  const sheet = new ImportSheet(data.context, (batch) => post({ type: 'rows', validRows: packRows(batch) }));
  let row = 0;
  for (const cells of records) sheet.add(cells, ++row);
  for (const message of closingMessages(sheet.result('bench', 'csv'))) post(message);
});
