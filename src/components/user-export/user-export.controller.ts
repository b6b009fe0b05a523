import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { isAbortError } from '../../api/errors.js';
import type { UserExportQuery } from '../../api/schemas/user.js';
import type { DownloadProgress, SuiteApi } from '../../api/suite-api.js';

/** One export as asked: repeated as it is by Retry. */
export interface UserExportRequest {
  api: Pick<SuiteApi, 'exportUsers'>;
  clientId: string;
  query: UserExportQuery;
}

export type UserExportState =
  | { phase: 'idle' }
  /** `progress` is null until the answer starts (a backend adapter may never report any). */
  | { phase: 'running'; progress: DownloadProgress | null }
  | { phase: 'saved'; fileName: string }
  | { phase: 'cancelled' }
  | { phase: 'failed'; error: unknown };

/** Gives a file to the browser's downloads. */
export type FileSaver = (file: Blob, fileName: string) => void;

/**
 * The browser reads an object URL when the download starts, a task or more
 * after the click (later in some engines): revoking it at once could cancel
 * the download, never revoking it would hold the file in memory until the page closes.
 */
const REVOKE_AFTER_MS = 1_000;

export const saveWithObjectUrl: FileSaver = (file, fileName) => {
  const url = URL.createObjectURL(file);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), REVOKE_AFTER_MS);
};

const pad = (n: number) => String(n).padStart(2, '0');

/** `users-<client>-<yyyy-mm-dd>.csv`, the date in the admin's time zone; a client id's odd characters become `_`. */
export function exportFileName(clientId: string, format: UserExportQuery['format'], today = new Date()): string {
  const date = `${today.getFullYear()}-${pad(today.getMonth() + 1)}-${pad(today.getDate())}`;
  return `users-${clientId.replace(/[^A-Za-z0-9._-]/g, '_')}-${date}.${format}`;
}

/**
 * Downloads the users export: progress as the bytes arrive, a Cancel that
 * aborts the request (the server stops reading its cursor), a failure kept
 * for Retry, and the file handed to the browser under a dated name.
 */
export class UserExportController implements ReactiveController {
  state: UserExportState = { phase: 'idle' };

  private running: AbortController | undefined;
  private last: UserExportRequest | undefined;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly save: FileSaver = saveWithObjectUrl,
  ) {
    host.addController(this);
  }

  hostDisconnected(): void {
    this.running?.abort();
  }

  get busy(): boolean {
    return this.state.phase === 'running';
  }

  async start(request: UserExportRequest): Promise<void> {
    this.running?.abort();
    const run = new AbortController();
    this.running = run;
    this.last = request;
    this.set({ phase: 'running', progress: null });
    try {
      const file = await request.api.exportUsers(request.clientId, request.query, {
        signal: run.signal,
        onProgress: (progress) => {
          if (this.running === run) this.set({ phase: 'running', progress });
        },
      });
      if (this.running !== run) return;
      const fileName = exportFileName(request.clientId, request.query.format);
      this.save(file, fileName);
      this.set({ phase: 'saved', fileName });
    } catch (error) {
      if (this.running !== run) return;
      this.set(run.signal.aborted && isAbortError(error) ? { phase: 'cancelled' } : { phase: 'failed', error });
    } finally {
      if (this.running === run) this.running = undefined;
    }
  }

  cancel(): void {
    this.running?.abort();
  }

  /** The last export again, with the same filters. */
  retry(): Promise<void> | undefined {
    return this.last ? this.start(this.last) : undefined;
  }

  private set(state: UserExportState): void {
    this.state = state;
    this.host.requestUpdate();
  }
}
