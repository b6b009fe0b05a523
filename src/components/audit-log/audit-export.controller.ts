import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { isAbortError } from '../../api/errors.js';
import type { AuditEvent, AuditQuery } from '../../api/schemas/audit.js';
import type { SuiteApi } from '../../api/suite-api.js';
import { csvDocument, type CsvDelimiter } from '../../spreadsheet/csv.js';
import { saveWithObjectUrl, type FileSaver } from '../user-export/user-export.controller.js';

/** The most the contract gives per call: the fewest round trips for a long log. */
export const EXPORT_PAGE_SIZE = 500;

/** The file's header: the API's field names, so a script reading the file finds the fields it knows. */
export const AUDIT_CSV_HEADER = ['at', 'action', 'actor', 'subject', 'reason', 'supervisionSessionId', 'details'] as const;

/** One event as CSV cells, in AUDIT_CSV_HEADER order; the writer neutralises every cell. */
export function auditCsvCells(event: AuditEvent): string[] {
  return [
    event.at,
    event.action,
    event.actor.displayName,
    event.subject?.label ?? '',
    event.reason ?? '',
    event.supervisionSessionId ?? '',
    JSON.stringify(event.details),
  ];
}

const pad = (n: number) => String(n).padStart(2, '0');

/** `audit-<client or all>-<yyyy-mm-dd>.csv`, the date in the admin's time zone; a client id's odd characters become `_`. */
export function auditFileName(clientId: string | undefined, today = new Date()): string {
  const date = `${today.getFullYear()}-${pad(today.getMonth() + 1)}-${pad(today.getDate())}`;
  return `audit-${clientId ? clientId.replace(/[^A-Za-z0-9._-]/g, '_') : 'all'}-${date}.csv`;
}

export interface AuditExportRequest {
  api: Pick<SuiteApi, 'listAuditEvents'>;
  /** The filters, without cursor or limit. */
  query: AuditQuery;
  delimiter: CsvDelimiter;
  fileName: string;
}

export type AuditExportState =
  | { phase: 'idle' }
  /** `total` is unknown until the first page answers. */
  | { phase: 'running'; done: number; total: number | undefined }
  | { phase: 'saved'; fileName: string }
  | { phase: 'cancelled' }
  | { phase: 'failed'; error: unknown };

/**
 * Exports every event matching the filters: walks the pages by cursor, 500 at
 * a time, counts them as they come, then writes one CSV with the kit's
 * injection-safe writer and hands it to the browser. Cancel aborts the call
 * under way and no further page is asked for.
 */
export class AuditExportController implements ReactiveController {
  state: AuditExportState = { phase: 'idle' };
  private running: AbortController | undefined;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly onFailed: (error: unknown) => void,
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

  async start({ api, query, delimiter, fileName }: AuditExportRequest): Promise<void> {
    this.running?.abort();
    const run = new AbortController();
    this.running = run;
    const { signal } = run;
    this.set({ phase: 'running', done: 0, total: undefined });
    const rows: string[][] = [[...AUDIT_CSV_HEADER]];
    try {
      let cursor: string | undefined;
      do {
        const page = await api.listAuditEvents({ ...query, limit: EXPORT_PAGE_SIZE, ...(cursor ? { cursor } : {}) }, { signal });
        // An adapter that ignores the signal still answers: its page is dropped.
        if (signal.aborted) throw signal.reason;
        rows.push(...page.items.map(auditCsvCells));
        this.set({ phase: 'running', done: rows.length - 1, total: page.total });
        cursor = page.nextCursor ?? undefined;
      } while (cursor);
      this.save(new Blob([csvDocument(rows, delimiter)], { type: 'text/csv;charset=utf-8' }), fileName);
      this.set({ phase: 'saved', fileName });
    } catch (error) {
      if (this.running !== run) return;
      if (signal.aborted || isAbortError(error)) {
        this.set({ phase: 'cancelled' });
      } else {
        this.set({ phase: 'failed', error });
        this.onFailed(error);
      }
    } finally {
      if (this.running === run) this.running = undefined;
    }
  }

  cancel(): void {
    this.running?.abort();
  }

  private set(state: AuditExportState): void {
    this.state = state;
    this.host.requestUpdate();
  }
}
