import { AuditActionValues, type AuditAction } from '@alianza/graphql-client';

/** The action filter of the page's address, when it names one the API records. */
export function parseAuditAction(value: string | null): AuditAction | null {
  return AuditActionValues.find((action) => action === value) ?? null;
}

/** A record's JSON payload, indented for reading; the raw text if it is not JSON. */
export function prettyPayload(payload: string): string {
  try {
    return JSON.stringify(JSON.parse(payload), null, 2);
  } catch {
    return payload;
  }
}

/** The first block of a UUID, enough to tell records apart on screen. */
export function shortId(id: string): string {
  return id.split('-')[0] ?? id;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function isUuid(value: string): boolean {
  return UUID.test(value.trim());
}

/**
 * The period of the log between two days of the reader's calendar (`YYYY-MM-DD`, either may be
 * missing), as the API takes it: from the start of the first day to the start of the day after
 * the last. Null where the last day comes before the first.
 */
export function auditPeriod(
  from: string | null,
  to: string | null,
): { since?: string; until?: string } | null {
  const startOf = (day: string, plusDays = 0) => {
    const [year, month, date] = day.split('-').map(Number);
    return new Date(year ?? 0, (month ?? 1) - 1, (date ?? 1) + plusDays).toISOString();
  };
  if (from && to && to < from) return null;
  return {
    ...(from ? { since: startOf(from) } : {}),
    ...(to ? { until: startOf(to, 1) } : {}),
  };
}
