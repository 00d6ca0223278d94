/**
 * The facilitator's extra redactions per recipient, and the approval input made of them. The
 * text itself is redacted by `@alianza/redaction`, the same function the server applies.
 */

import {
  findHiddenValueLeaks,
  normalizeSpans,
  type HiddenValueLeak,
  type Span,
  type ValueField,
} from '@alianza/redaction';

export type { Span };

export interface Redaction {
  readonly fieldKeys: readonly string[];
  readonly spans: readonly Span[];
}

export const EMPTY_REDACTION: Redaction = { fieldKeys: [], spans: [] };

/** Extra redactions the facilitator adds, by recipient organization id. */
export type ExtraRedactions = Readonly<Record<string, Redaction>>;

/** Union of two redactions (the owner's proposal plus the facilitator's additions). */
export function mergeRedactions(a: Redaction, b: Redaction): Redaction {
  return {
    fieldKeys: [...new Set([...a.fieldKeys, ...b.fieldKeys])].sort(),
    spans: normalizeSpans([...a.spans, ...b.spans]),
  };
}

export function isEmptyRedaction(redaction: Redaction | undefined): boolean {
  return !redaction || (redaction.fieldKeys.length === 0 && redaction.spans.length === 0);
}

/** A recipient's redaction with its spans of the text replaced. */
export function withSpans(redaction: Redaction, spans: readonly Span[]): Redaction {
  return { ...redaction, spans: normalizeSpans(spans) };
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

/** What the review knows of the request to look for hidden values left visible. */
export interface LeakSource {
  readonly recipientOrganizationIds: readonly string[];
  readonly proposedRedaction: Redaction;
  readonly itemVersion: {
    readonly title: string;
    readonly body: string;
    readonly fields: readonly ValueField[];
  };
}

/**
 * For each recipient, with the proposal and the extras chosen so far, the hidden fields whose
 * value stays readable: the same finder the server runs before it accepts an approval.
 */
export function hiddenValueLeaksFor(
  source: LeakSource,
  extras: ExtraRedactions,
): (HiddenValueLeak & { organizationId: string })[] {
  const { title, body, fields } = source.itemVersion;
  return source.recipientOrganizationIds.flatMap((organizationId) =>
    findHiddenValueLeaks({
      title,
      body,
      fields,
      redaction: mergeRedactions(
        source.proposedRedaction,
        extras[organizationId] ?? EMPTY_REDACTION,
      ),
    }).map((leak) => ({ organizationId, ...leak })),
  );
}
