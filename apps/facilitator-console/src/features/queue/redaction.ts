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

/** A part of a file that shows a hidden value (`HiddenValueFileLocation`). */
export interface FileLocation {
  readonly fileId: string;
  readonly fileName: string;
  /** Page of a PDF (1 is the first). */
  readonly page?: number | null;
  /** Sheet of a workbook. */
  readonly sheet?: string | null;
}

/** What the review reads of the server's `hiddenValueWarnings`. */
export interface ServerLeak {
  readonly organizationId: string;
  readonly fieldKey: string;
  readonly fieldLabel: string;
  readonly inFiles: readonly FileLocation[];
}

/**
 * The server's warnings about files, for one recipient, as the facilitator's file choices leave
 * them: a place in a file withheld from it, or on a page it no longer gets, is gone. Only the
 * server reads the files' text (docs/adr/0034), and it warns with the proposal: a field the
 * facilitator hides on top may show in a file too, which the approval alone finds out.
 */
export function fileLeaksOf(
  warnings: readonly ServerLeak[],
  organizationId: string,
  extra: Redaction | undefined,
  fileContext: FileContext,
): ServerLeak[] {
  const { shares } = resolveFileChoices(
    fileContext.proposed,
    fileContext.files,
    extra?.fileChoices,
  );
  const given = shares ? new Map(shares.map((s) => [s.fileId, s])) : null;
  const stillGiven = (place: FileLocation) => {
    if (!given) return true;
    const share = given.get(place.fileId);
    if (!share) return false;
    return place.page == null || share.pages === null || share.pages.includes(place.page);
  };
  return warnings.flatMap((warning) => {
    if (warning.organizationId !== organizationId) return [];
    const inFiles = warning.inFiles.filter(stillGiven);
    return inFiles.length ? [{ ...warning, inFiles }] : [];
  });
}

/** {@link fileLeaksOf} for every recipient of the request. */
export function fileLeaksFor(
  source: { readonly recipientOrganizationIds: readonly string[] },
  warnings: readonly ServerLeak[],
  extras: ExtraRedactions,
  fileContext: FileContext,
): ServerLeak[] {
  return source.recipientOrganizationIds.flatMap((organizationId) =>
    fileLeaksOf(warnings, organizationId, extras[organizationId], fileContext),
  );
}
