import type { AuditAction, AuditQuery } from '../../api/schemas/audit.js';

/** The filters the admin applied: what every page, every export and the count answer to. */
export interface AuditFilter {
  /** An actor's id, from the actor list. */
  actor?: string;
  /** The user the events concern (their `subject`). */
  userId?: string;
  actions: readonly AuditAction[];
  /** `yyyy-mm-dd` from a date input, a day in the admin's time zone. */
  from?: string;
  /** `yyyy-mm-dd`, inclusive: the whole day counts. */
  to?: string;
}

export const NO_FILTER: AuditFilter = { actions: [] };

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Local midnight starting `day`, plus `plusDays` days; undefined for anything a date input would not produce. */
export function localMidnight(day: string, plusDays = 0): Date | undefined {
  const match = DAY.exec(day);
  if (!match) return undefined;
  // The Date constructor with parts reads them in local time (and rolls the 32nd over to the next month).
  const date = new Date(Number(match[1]), Number(match[2]) - 1, Number(match[3]) + plusDays);
  return Number.isNaN(date.getTime()) ? undefined : date;
}

/** True when both days are set and `from` comes after `to`: the range holds no day at all. */
export function isReversedRange(from: string | undefined, to: string | undefined): boolean {
  if (!from || !to) return false;
  const start = localMidnight(from);
  const end = localMidnight(to);
  return start !== undefined && end !== undefined && start.getTime() > end.getTime();
}

/**
 * The API's query for `filter`. The server's range is half-open [from, to):
 * the admin's inclusive "to" day becomes the next day's local midnight, so an
 * event at 23:59 on that day is in, one at 00:00 the day after is out.
 */
export function auditQueryOf(filter: AuditFilter, clientId: string | undefined): AuditQuery {
  const from = filter.from ? localMidnight(filter.from) : undefined;
  const to = filter.to ? localMidnight(filter.to, 1) : undefined;
  return {
    ...(clientId ? { clientId } : {}),
    ...(filter.actor ? { actor: filter.actor } : {}),
    ...(filter.userId ? { userId: filter.userId } : {}),
    ...(filter.actions.length > 0 ? { action: [...filter.actions] } : {}),
    ...(from ? { from: from.toISOString() } : {}),
    ...(to ? { to: to.toISOString() } : {}),
  };
}

/** True when the filter narrows anything (the empty state then says so). */
export const isFiltered = (filter: AuditFilter) =>
  Boolean(filter.actor || filter.userId || filter.from || filter.to || filter.actions.length > 0);
