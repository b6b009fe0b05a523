import type { AuditEvent } from '../../api/schemas/audit.js';
import type { LocalizeController } from '../../controllers/localize-controller.js';
import type { auditLogMessages } from '../../i18n/audit-log.js';

export type AuditLogLocalize = LocalizeController<(typeof auditLogMessages)['en']>;

/*
 * `details` is free-form per action (the server records what changed). Each
 * reader checks the shape it expects, so an older or foreign backend's details
 * fall back to the plain listing instead of breaking the row.
 */
const text = (value: unknown): string | undefined => (typeof value === 'string' && value !== '' ? value : undefined);
const count = (value: unknown): number | undefined => (typeof value === 'number' && Number.isFinite(value) ? value : undefined);
const texts = (value: unknown): string[] | undefined =>
  Array.isArray(value) && value.every((item) => typeof item === 'string') ? (value as string[]) : undefined;

/** `key: value` for the plain values of details no reader knows: shown as data, as recorded. */
function listing(details: Record<string, unknown>): string {
  return Object.entries(details)
    .filter(([, value]) => ['string', 'number', 'boolean'].includes(typeof value))
    .map(([key, value]) => `${key}: ${String(value)}`)
    .join(', ');
}

/** A one-line summary of what an event's details say, in the admin's language where the action is known. */
export function detailsSummary(event: AuditEvent, localize: AuditLogLocalize): string {
  const d = event.details;
  const term = localize.term.bind(localize);
  switch (event.action) {
    case 'user.updated':
    case 'branding.updated':
    case 'modules.updated': {
      const fields = texts(d['fields']);
      if (fields) return fields.length > 0 ? term('auditLog.details.fields', { fields: fields.join(', ') }) : '';
      break;
    }
    case 'user.status_changed': {
      const from = text(d['from']);
      const to = text(d['to']);
      if (from && to) return term('auditLog.details.status', { from, to });
      break;
    }
    case 'user.invited': {
      const email = text(d['email']);
      if (email) return term(d['resend'] === true ? 'auditLog.details.reinvited' : 'auditLog.details.invited', { email });
      break;
    }
    case 'invitation.bulk_sent': {
      const sent = count(d['sent']);
      const skipped = count(d['skipped']);
      const failed = count(d['failed']);
      if (sent !== undefined && skipped !== undefined && failed !== undefined) return term('auditLog.details.bulk', { sent, skipped, failed });
      break;
    }
    case 'import.validated': {
      const rows = count(d['rowCount']);
      const errors = count(d['errorRows']);
      if (rows !== undefined && errors !== undefined) return term('auditLog.details.validated', { rows, errors });
      break;
    }
    case 'import.committed': {
      const created = count(d['created']);
      if (created !== undefined) return term('auditLog.details.committed', { created });
      break;
    }
    case 'address_book.shared': {
      const group = text(d['groupName']);
      const permission = text(d['permission']);
      if (group && permission) return term('auditLog.details.shared', { group, permission });
      break;
    }
    case 'address_book.unshared': {
      const group = text(d['groupName']);
      if (group) return term('auditLog.details.unshared', { group });
      break;
    }
    case 'asset.uploaded': {
      const purpose = text(d['purpose']);
      const width = count(d['width']);
      const height = count(d['height']);
      if (purpose && width !== undefined && height !== undefined) return term('auditLog.details.asset', { purpose, width, height });
      break;
    }
    case 'supervision.started': {
      const expiresAt = text(d['expiresAt']);
      if (expiresAt && !Number.isNaN(Date.parse(expiresAt))) return term('auditLog.details.expiresAt', { at: expiresAt });
      break;
    }
    case 'supervision.ended': {
      const seconds = count(d['durationSeconds']);
      if (seconds !== undefined) return term(d['expired'] === true ? 'auditLog.details.expiredAfter' : 'auditLog.details.lasted', { seconds });
      break;
    }
    default:
      break;
  }
  return listing(d);
}
