import { AppError, REDACTION_MARKER } from '@alianza/shared';
import { Redaction } from './entities/disclosure-request.entity';
import { ItemField, ItemVersionEntity } from './entities/item-version.entity';

/** What replaces each redacted span of a body (one constant with the web apps). */
export { REDACTION_MARKER };

export const EMPTY_REDACTION: Redaction = { fieldKeys: [], spans: [] };

/** Sorted, merged spans, so that overlapping or touching spans become one. */
export function normalizeSpans(
  spans: { start: number; end: number }[],
): { start: number; end: number }[] {
  const sorted = [...spans].sort((a, b) => a.start - b.start || a.end - b.end);
  const merged: { start: number; end: number }[] = [];
  for (const span of sorted) {
    const last = merged[merged.length - 1];
    if (last && span.start <= last.end) last.end = Math.max(last.end, span.end);
    else merged.push({ ...span });
  }
  return merged;
}

/** Checks a redaction against the version it applies to, and returns it normalised. */
export function validateRedaction(
  redaction: Redaction,
  version: ItemVersionEntity,
  field = 'redaction',
): Redaction {
  const keys = new Set(version.fields.map((f) => f.key));
  const unknown = redaction.fieldKeys.filter((key) => !keys.has(key));
  if (unknown.length > 0) {
    throw AppError.badInput(
      `Version ${version.version} has no field ${unknown.map((k) => `"${k}"`).join(', ')}.`,
      {
        field: `${field}.fieldKeys`,
      },
    );
  }
  for (const span of redaction.spans) {
    if (span.start < 0 || span.end <= span.start || span.end > version.body.length) {
      throw AppError.badInput(
        `A redacted span must lie within the body (0 to ${version.body.length}) and not be empty.`,
        { field: `${field}.spans` },
      );
    }
  }
  return {
    fieldKeys: [...new Set(redaction.fieldKeys)].sort(),
    spans: normalizeSpans(redaction.spans),
  };
}

/** The body with every redacted span replaced by the marker. */
export function redactBody(body: string, spans: { start: number; end: number }[]): string {
  let out = '';
  let cursor = 0;
  for (const span of normalizeSpans(spans)) {
    out += body.slice(cursor, span.start) + REDACTION_MARKER;
    cursor = span.end;
  }
  return out + body.slice(cursor);
}

/** The fields a recipient may see: redacted ones are absent, not blanked. */
export function visibleFields(fields: ItemField[], redactedKeys: string[]): ItemField[] {
  const hidden = new Set(redactedKeys);
  return fields.filter((field) => !hidden.has(field.key));
}

/** Union of two redactions (e.g. the owner's proposal plus the facilitator's additions). */
export function mergeRedactions(a: Redaction, b: Redaction): Redaction {
  return {
    fieldKeys: [...new Set([...a.fieldKeys, ...b.fieldKeys])].sort(),
    spans: normalizeSpans([...a.spans, ...b.spans]),
  };
}
