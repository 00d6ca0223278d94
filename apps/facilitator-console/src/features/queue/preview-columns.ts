import type { ItemFileSummary } from '@alianza/ui';
import { normalizeSpans, redactMarkdown } from '@alianza/redaction';
import { choicesFromShares, resolveFileChoices, type FileShare } from './file-shares';
import {
  EMPTY_REDACTION,
  isEmptyRedaction,
  mergeRedactions,
  type ExtraRedactions,
  type FileContext,
  type Redaction,
} from './redaction';

export interface FieldLike {
  readonly key: string;
  readonly label: string;
  readonly type: string;
  readonly text: string | null;
  readonly number: number | null;
}

/** What the review needs of a request to show each recipient's version. */
export interface PreviewSource {
  readonly itemVersion: {
    readonly body: string;
    readonly fields: readonly FieldLike[];
    /** The version's documents, in order: the facilitator's to read (docs/adr/0030). */
    readonly files?: readonly ItemFileSummary[];
  };
  /** With the files the owner proposes to share (docs/adr/0032). */
  readonly proposedRedaction: Redaction & { readonly files?: readonly FileShare[] };
  readonly previews: readonly {
    readonly organizationId: string;
    readonly organizationName: string;
    /** The files it would get as proposed. */
    readonly files?: readonly FileShare[];
    readonly content: {
      readonly body: string;
      readonly fields: readonly FieldLike[];
      readonly redactedFieldCount: number;
      readonly redactedSpanCount: number;
    };
  }[];
}

/** What one recipient gets of one file of the version: `share` null when withheld. */
export interface RecipientFile {
  readonly file: ItemFileSummary;
  readonly share: FileShare | null;
  /** True when the facilitator's choice differs from the proposal. */
  readonly changed: boolean;
}

/** The proposal's files and the version's, for the file decisions. */
export function fileContextOf(source: Pick<PreviewSource, 'itemVersion' | 'proposedRedaction'>) {
  return {
    proposed: source.proposedRedaction.files ?? [],
    files: source.itemVersion.files ?? [],
  } satisfies FileContext;
}

/**
 * Each file of the version for one recipient: what the server previews (the proposal) unless the
 * facilitator's choices change it.
 */
function recipientFiles(
  source: PreviewSource,
  previewed: readonly FileShare[],
  extra: Redaction,
): RecipientFile[] {
  const context = fileContextOf(source);
  const { shares } = resolveFileChoices(context.proposed, context.files, extra.fileChoices);
  const proposed = new Map(context.proposed.map((s) => [s.fileId, s]));
  const given = new Map((shares ?? previewed).map((s) => [s.fileId, s]));
  return context.files.map((file) => {
    const share = given.get(file.id) ?? null;
    const offer = proposed.get(file.id) ?? null;
    const changed =
      !!shares &&
      (share?.download !== offer?.download || share?.pages?.join() !== offer?.pages?.join());
    return { file, share, changed };
  });
}

/** One column of the side-by-side comparison: what one recipient will see. */
export interface RecipientColumn {
  readonly organizationId: string;
  readonly organizationName: string;
  /** The fields it will see (redacted ones are absent). */
  readonly fields: readonly FieldLike[];
  /** Markdown, with each redacted span replaced by the marker. */
  readonly body: string;
  /** The fields it will not see, for the facilitator's eyes only. */
  readonly hiddenFields: readonly FieldLike[];
  readonly redactedFieldCount: number;
  readonly redactedSpanCount: number;
  /** Fields and spans the facilitator hides on top of the proposal. */
  readonly extraFieldCount: number;
  readonly extraSpanCount: number;
  /** Each file of the version: what it gets of it. */
  readonly files: readonly RecipientFile[];
  /** Files the facilitator narrows or withholds beyond the proposal. */
  readonly extraFileCount: number;
  /** True when the column reflects the facilitator's extra redactions (computed here). */
  readonly withExtras: boolean;
}

/**
 * The columns of the comparison, one per recipient, in the order of the previews. Without
 * extra redactions a column is the server's preview as it came; with them, the proposal and
 * the extras are merged and applied to the version the way the server will on approval.
 */
export function buildRecipientColumns(
  source: PreviewSource,
  extras: ExtraRedactions = {},
): RecipientColumn[] {
  const { itemVersion, proposedRedaction } = source;
  return source.previews.map((preview) => {
    const extra = extras[preview.organizationId] ?? EMPTY_REDACTION;
    const proposedKeys = new Set(proposedRedaction.fieldKeys);
    const fieldKeys = new Set(itemVersion.fields.map((f) => f.key));
    const extraFieldCount = new Set(
      extra.fieldKeys.filter((key) => fieldKeys.has(key) && !proposedKeys.has(key)),
    ).size;
    const extraSpanCount = normalizeSpans(extra.spans).length;
    const files = recipientFiles(source, preview.files ?? [], extra);
    const extraFileCount = files.filter((f) => f.changed).length;
    if (isEmptyRedaction(extra)) {
      const visible = new Set(preview.content.fields.map((f) => f.key));
      return {
        organizationId: preview.organizationId,
        organizationName: preview.organizationName,
        fields: preview.content.fields,
        body: preview.content.body,
        hiddenFields: itemVersion.fields.filter((f) => !visible.has(f.key)),
        redactedFieldCount: preview.content.redactedFieldCount,
        redactedSpanCount: preview.content.redactedSpanCount,
        extraFieldCount: 0,
        extraSpanCount: 0,
        files,
        extraFileCount,
        withExtras: extraFileCount > 0,
      };
    }
    const merged = mergeRedactions(proposedRedaction, extra);
    const hidden = new Set(merged.fieldKeys);
    return {
      organizationId: preview.organizationId,
      organizationName: preview.organizationName,
      fields: itemVersion.fields.filter((f) => !hidden.has(f.key)),
      body: redactMarkdown(itemVersion.body, merged.spans),
      hiddenFields: itemVersion.fields.filter((f) => hidden.has(f.key)),
      redactedFieldCount: merged.fieldKeys.length,
      redactedSpanCount: merged.spans.length,
      extraFieldCount,
      extraSpanCount,
      files,
      extraFileCount,
      withExtras: true,
    };
  });
}

type GrantedRedaction = Redaction & { readonly files?: readonly FileShare[] };

/**
 * For a decided request: what each grant hides beyond the proposal, and the files it narrowed,
 * so the comparison shows the version actually approved for each recipient.
 */
export function extrasFromGrants(
  proposed: GrantedRedaction,
  grants: readonly { recipientOrganizationId: string; redaction: GrantedRedaction }[],
): ExtraRedactions {
  const proposedKeys = new Set(proposed.fieldKeys);
  const proposedSpans = new Set(normalizeSpans(proposed.spans).map((s) => `${s.start}-${s.end}`));
  const extras: Record<string, Redaction> = {};
  for (const grant of grants) {
    const redaction = {
      fieldKeys: grant.redaction.fieldKeys.filter((key) => !proposedKeys.has(key)),
      spans: normalizeSpans(grant.redaction.spans).filter(
        (s) => !proposedSpans.has(`${s.start}-${s.end}`),
      ),
    };
    const fileChoices = choicesFromShares(proposed.files ?? [], grant.redaction.files ?? []);
    if (!isEmptyRedaction(redaction) || fileChoices)
      extras[grant.recipientOrganizationId] = fileChoices
        ? { ...redaction, fileChoices }
        : redaction;
  }
  return extras;
}
