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
import {
  resolveFileChoices,
  type FileChoices,
  type FileShare,
  type VersionFile,
} from './file-shares';

export type { Span };

export interface Redaction {
  readonly fieldKeys: readonly string[];
  readonly spans: readonly Span[];
  /** In a recipient's extras: the facilitator's choices on the proposed files (absent: as proposed). */
  readonly fileChoices?: FileChoices;
}

/** The files a request's recipients may get: the owner's proposal and the version's files. */
export interface FileContext {
  readonly proposed: readonly FileShare[];
  readonly files: readonly VersionFile[];
}

export const NO_FILES: FileContext = { proposed: [], files: [] };

export const EMPTY_REDACTION: Redaction = { fieldKeys: [], spans: [] };

/** Extra redactions the facilitator adds, by recipient organization id. */
export type ExtraRedactions = Readonly<Record<string, Redaction>>;

/** Union of two redactions' fields and spans (the owner's proposal plus the facilitator's additions). */
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

export function withFileChoices(redaction: Redaction, fileChoices: FileChoices): Redaction {
  return { ...redaction, fileChoices };
}

/** One recipient's entry of `perRecipient`, as `RecipientRedactionInput`. */
export interface PerRecipientInput {
  organizationId: string;
  redaction: {
    fieldKeys: string[];
    spans: Span[];
    /** Present only when the facilitator narrows the proposed files: it replaces them. */
    files?: { fileId: string; pages: number[] | null; download: boolean }[];
  };
}

/**
 * The `perRecipient` argument of `approveDisclosure`: one entry per recipient that has extra
 * redactions or narrower files, in the recipients' order; recipients without any are left out.
 * Files go only for a recipient whose files differ from the proposal, and then all of them (the
 * list replaces the proposal for that recipient; a file left out is withheld).
 */
export function toPerRecipientInput(
  extras: ExtraRedactions,
  recipientOrganizationIds: readonly string[],
  fileContext: FileContext = NO_FILES,
): PerRecipientInput[] {
  return recipientOrganizationIds.flatMap((organizationId) => {
    const redaction = extras[organizationId] ?? EMPTY_REDACTION;
    const { shares } = resolveFileChoices(
      fileContext.proposed,
      fileContext.files,
      redaction.fileChoices,
    );
    if (isEmptyRedaction(redaction) && !shares) return [];
    return [
      {
        organizationId,
        redaction: {
          fieldKeys: [...new Set(redaction.fieldKeys)].sort(),
          spans: normalizeSpans(redaction.spans).map(({ start, end }) => ({ start, end })),
          ...(shares
            ? {
                files: shares.map((s) => ({
                  fileId: s.fileId,
                  pages: s.pages ? [...s.pages] : null,
                  download: s.download,
                })),
              }
            : {}),
        },
      },
    ];
  });
}

/** Recipients whose typed pages cannot be used yet: the approval waits for them. */
export function recipientsWithFileErrors(
  extras: ExtraRedactions,
  recipientOrganizationIds: readonly string[],
  fileContext: FileContext,
): string[] {
  return recipientOrganizationIds.filter(
    (id) =>
      Object.keys(
        resolveFileChoices(fileContext.proposed, fileContext.files, extras[id]?.fileChoices).errors,
      ).length > 0,
  );
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
