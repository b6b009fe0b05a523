/// <reference lib="webworker" />
import type { ImportRequestMessage, ImportWorkerMessage } from './protocol.js';

/** The import worker: reads and checks one file, then closes. Work in progress. */
const scope = self as unknown as DedicatedWorkerGlobalScope;
const post = (message: ImportWorkerMessage) => scope.postMessage(message);

scope.addEventListener('message', ({ data }: MessageEvent<ImportRequestMessage>) => {
  post({ type: 'failed', error: { code: 'unsupported_format', message: `Not yet readable: ${data.fileName}`, params: {} } });
});
