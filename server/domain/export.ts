import { IMPORT_COLUMNS } from '../../src/api/schemas/import.js';
import type { ImportColumn } from '../../src/api/schemas/import.js';
import type { User } from '../../src/api/schemas/user.js';
import { csvChunks, type CsvDelimiter } from '../../src/spreadsheet/csv.js';
import { xlsxChunks } from '../../src/spreadsheet/xlsx.js';
import { importColumnWidth } from '../../src/import/template.js';

// ---------------------------------------------------------------------------
// Cells: the import's own columns and formats, so an export can be fixed and imported again.

const yesNo = (value: boolean) => (value ? 'YES' : 'NO');
const pad = (n: number) => String(n).padStart(2, '0');

/** `dd/mm/yyyy/hh:mm` in UTC, the import's SUSPENSION_DATE format (DOMAIN.md). */
export function importDate(iso: string | null): string {
  if (!iso) return '';
  const d = new Date(iso);
  return `${pad(d.getUTCDate())}/${pad(d.getUTCMonth() + 1)}/${d.getUTCFullYear()}/${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}`;
}

/** One user as text cells in IMPORT_COLUMNS order; multi-valued cells are comma-separated ids/keys. */
export function userCells(user: User, poolKeys: ReadonlyMap<string, string>): string[] {
  const cells: Record<ImportColumn, string | null> = {
    LASTNAME: user.lastName,
    FIRSTNAME: user.firstName,
    EMAIL: user.email,
    LOGIN: user.login,
    STATUS: user.status,
    ROLE: user.role,
    MAIL_LANGUAGE: user.mailLanguage,
    FUNCTION: user.jobTitle,
    COMPANY: user.company,
    DEPARTMENT: user.department,
    PHONE: user.phone,
    MOBILE: user.mobile,
    ADDRESS: user.address.street,
    ZIP: user.address.zip,
    CITY: user.address.city,
    COUNTRY: user.address.country,
    BIOGRAPHY: user.biography,
    AGENCIES: user.agencyIds.join(','),
    LICENCE_POOL: user.licencePoolIds.map((id) => poolKeys.get(id) ?? id).join(','),
    ACCOUNT_TYPE: user.accountType,
    OWNER_LOGIN: user.ownerLogin,
    VISIBILITY_SCOPE: user.visibility,
    MODIFICATION_PREVENTION: yesNo(user.modificationPrevention),
    TFA: user.twoFactor,
    SUSPENSION_DATE: importDate(user.suspensionDate),
    EXPIRATION_MODE: user.expirationMode,
    CREATION_NOTIFICATION: yesNo(user.creationNotification),
    STORAGE_QUOTA: user.storageQuota,
    BACKUP_QUOTA: user.backupQuota,
  };
  return IMPORT_COLUMNS.map((column) => cells[column] ?? '');
}

// ---------------------------------------------------------------------------
// Files: the kit's one CSV and XLSX writer (src/spreadsheet), which the browser
// uses too, so the export and the import's files are written the same way.

export const usersCsvChunks = (batches: AsyncIterable<readonly string[][]>, delimiter: CsvDelimiter) => csvChunks(IMPORT_COLUMNS, batches, delimiter);

/** Laid out as the import template, whose columns it has: the file can be fixed and imported again. */
export const usersXlsxChunks = (batches: AsyncIterable<readonly string[][]>) =>
  xlsxChunks([{ name: 'Users', columns: IMPORT_COLUMNS.map((header) => ({ header, width: importColumnWidth(header) })), rows: batches }]);

/** A web stream over chunks, pulled as the client reads (backpressure), stopped if it goes away. */
export function streamOf(chunks: AsyncGenerator<Uint8Array>): ReadableStream<Uint8Array> {
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      try {
        const next = await chunks.next();
        if (next.done) controller.close();
        else controller.enqueue(next.value);
      } catch (error) {
        controller.error(error);
      }
    },
    async cancel() {
      await chunks.return(undefined);
    },
  });
}
