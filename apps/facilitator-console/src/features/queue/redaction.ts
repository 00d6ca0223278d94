/**
 * The redaction arithmetic the API applies (libs/disclosure/src/lib/redaction.ts), mirrored so
 * the facilitator sees, before deciding, what extra redactions would leave to each recipient.
 * The server applies the real ones: this only previews them.
 */

import { REDACTION_MARKER } from '@alianza/shared';

export { REDACTION_MARKER };

/** Characters [start, end) of a body. */
export interface Span {
  readonly start: number;
  readonly end: number;
}

export interface Redaction {
  readonly fieldKeys: readonly string[];
  readonly spans: readonly Span[];
}

export const EMPTY_REDACTION: Redaction = { fieldKeys: [], spans: [] };

/** Extra redactions the facilitator adds, by recipient organization id. */
export type ExtraRedactions = Readonly<Record<string, Redaction>>;

/** Sorted spans in which overlapping or touching spans became one. */
export function normalizeSpans(spans: readonly Span[]): Span[] {
  const sorted = [...spans].sort((a, b) => a.start - b.start || a.end - b.end);
  const merged: { start: number; end: number }[] = [];
  for (const span of sorted) {
    const last = merged[merged.length - 1];
    if (last && span.start <= last.end) last.end = Math.max(last.end, span.end);
    else merged.push({ start: span.start, end: span.end });
  }
  return merged;
}

/** Union of two redactions (the owner's proposal plus the facilitator's additions). */
export function mergeRedactions(a: Redaction, b: Redaction): Redaction {
  return {
    fieldKeys: [...new Set([...a.fieldKeys, ...b.fieldKeys])].sort(),
    spans: normalizeSpans([...a.spans, ...b.spans]),
  };
}

/** The body with every redacted span replaced by the marker. */
export function redactBody(body: string, spans: readonly Span[]): string {
  let out = '';
  let cursor = 0;
  for (const span of normalizeSpans(spans)) {
    out += body.slice(cursor, span.start) + REDACTION_MARKER;
    cursor = span.end;
  }
  return out + body.slice(cursor);
}

export function isEmptyRedaction(redaction: Redaction | undefined): boolean {
  return !redaction || (redaction.fieldKeys.length === 0 && redaction.spans.length === 0);
}

/** Whether a span is a non-empty range inside a body of this length. */
export function isValidSpan(span: Span, bodyLength: number): boolean {
  return (
    Number.isInteger(span.start) &&
    Number.isInteger(span.end) &&
    span.start >= 0 &&
    span.end > span.start &&
    span.end <= bodyLength
  );
}

/** Adds a span to a recipient's redaction (merged with the ones it touches). */
export function withSpan(redaction: Redaction, span: Span): Redaction {
  return { ...redaction, spans: normalizeSpans([...redaction.spans, span]) };
}

export function withoutSpan(redaction: Redaction, span: Span): Redaction {
  return {
    ...redaction,
    spans: redaction.spans.filter((s) => s.start !== span.start || s.end !== span.end),
  };
}

export function withField(redaction: Redaction, key: string, hidden: boolean): Redaction {
  const keys = new Set(redaction.fieldKeys);
  if (hidden) keys.add(key);
  else keys.delete(key);
  return { ...redaction, fieldKeys: [...keys].sort() };
}

/**
 * The `perRecipient` argument of `approveDisclosure`: one entry per recipient that has extra
 * redactions, in the recipients' order; recipients without any are left out.
 */
export function toPerRecipientInput(
  extras: ExtraRedactions,
  recipientOrganizationIds: readonly string[],
): { organizationId: string; redaction: { fieldKeys: string[]; spans: Span[] } }[] {
  return recipientOrganizationIds
    .filter((id) => !isEmptyRedaction(extras[id]))
    .map((organizationId) => {
      const redaction = extras[organizationId] ?? EMPTY_REDACTION;
      return {
        organizationId,
        redaction: {
          fieldKeys: [...new Set(redaction.fieldKeys)].sort(),
          spans: normalizeSpans(redaction.spans).map(({ start, end }) => ({ start, end })),
        },
      };
    });
}

/** A piece of a body for display: plain, hidden by the proposal, or hidden by the facilitator. */
export interface BodySegment {
  readonly text: string;
  readonly start: number;
  readonly end: number;
  readonly kind: 'plain' | 'proposed' | 'extra';
}

/**
 * The body cut where redactions begin and end, so each piece can be highlighted. Where a
 * proposed and an extra span overlap, the proposal wins (it is hidden either way).
 */
export function bodySegments(
  body: string,
  proposed: readonly Span[],
  extra: readonly Span[],
): BodySegment[] {
  const kindAt = (index: number): BodySegment['kind'] => {
    if (proposed.some((s) => index >= s.start && index < s.end)) return 'proposed';
    if (extra.some((s) => index >= s.start && index < s.end)) return 'extra';
    return 'plain';
  };
  const cuts = new Set<number>([0, body.length]);
  for (const s of [...proposed, ...extra]) {
    cuts.add(Math.max(0, Math.min(body.length, s.start)));
    cuts.add(Math.max(0, Math.min(body.length, s.end)));
  }
  const points = [...cuts].sort((a, b) => a - b);
  const segments: BodySegment[] = [];
  for (let i = 0; i < points.length - 1; i++) {
    const start = points[i] as number;
    const end = points[i + 1] as number;
    if (end <= start) continue;
    const kind = kindAt(start);
    const last = segments[segments.length - 1];
    if (last && last.kind === kind) {
      segments[segments.length - 1] = { ...last, end, text: body.slice(last.start, end) };
    } else {
      segments.push({ text: body.slice(start, end), start, end, kind });
    }
  }
  return segments;
}
