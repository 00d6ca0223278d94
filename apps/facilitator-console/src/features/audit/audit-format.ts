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
