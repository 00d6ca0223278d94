import { AppError, REDACTION_MARKER } from '@alianza/shared';
import {
  canonicalText,
  findHiddenValueLeaks,
  isValidSpan,
  normalizeSpans,
  type HiddenValueLeak,
  type SharedFileText,
} from '@alianza/redaction';
import type { FileText } from '@alianza/documents';
import { AcknowledgedHiddenValue, Redaction } from './entities/disclosure-request.entity';
import { ItemField, ItemVersionEntity } from './entities/item-version.entity';
import { FileShareRequest, sharedFiles, validateFileShares, VersionFile } from './file-shares';

/** What replaces each redacted span of a body (one constant with the web apps). */
export { REDACTION_MARKER };

/** Hides nothing, and names no files (so, merged into a proposal, keeps the proposal's files). */
export const EMPTY_REDACTION: Redaction = { fieldKeys: [], spans: [] };

/** A redaction as a client sends it: its files unchecked, absent when not named. */
export type RedactionRequest = Omit<Redaction, 'files'> & { files?: FileShareRequest[] | null };

/**
 * Checks a redaction against the version it applies to (and the version's files), and returns
 * it normalised. Files not named stay absent (`files` undefined): the caller decides what that
 * means (none in a proposal, the proposal's in a per-recipient decision).
 */
export function validateRedaction(
  redaction: RedactionRequest,
  version: ItemVersionEntity,
  field = 'redaction',
  versionFiles: readonly VersionFile[] = [],
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
  // Spans count the characters of the text as read (no Markdown markup), as the apps show it.
  const length = canonicalText(version.body).length;
  for (const span of redaction.spans) {
    if (!isValidSpan(span, length)) {
      throw AppError.badInput(
        `A redacted span must lie within the text (0 to ${length}) and not be empty.`,
        { field: `${field}.spans` },
      );
    }
  }
  return {
    fieldKeys: [...new Set(redaction.fieldKeys)].sort(),
    spans: normalizeSpans(redaction.spans),
    ...(redaction.files
      ? { files: validateFileShares(redaction.files, versionFiles, `${field}.files`) }
      : {}),
  };
}

/** The fields a recipient may see: redacted ones are absent, not blanked. */
export function visibleFields(fields: ItemField[], redactedKeys: string[]): ItemField[] {
  const hidden = new Set(redactedKeys);
  return fields.filter((field) => !hidden.has(field.key));
}

/**
 * Union of two redactions (e.g. the owner's proposal plus the facilitator's additions); the
 * files are `b`'s when it names them, else `a`'s (a decision replaces the proposal's files).
 */
export function mergeRedactions(a: Redaction, b: Redaction): Redaction {
  return {
    fieldKeys: [...new Set([...a.fieldKeys, ...b.fieldKeys])].sort(),
    spans: normalizeSpans([...a.spans, ...b.spans]),
    files: b.files ?? a.files ?? [],
  };
}

/** A hidden field whose value one recipient could still read. */
export interface RecipientHiddenValueLeak extends HiddenValueLeak {
  organizationId: string;
}

/** A file of the version, with its text where it could be extracted. */
export interface VersionFileText {
  name: string;
  text: FileText;
}

/** The text a redaction lets a recipient read of the version's files: shared pages only. */
function sharedFileTexts(
  redaction: Redaction,
  files: ReadonlyMap<string, VersionFileText>,
): SharedFileText[] {
  return sharedFiles(redaction).flatMap(({ fileId, pages }) => {
    const file = files.get(fileId);
    if (!file?.text) return [];
    const parts = file.text.parts.filter(
      (p) => !pages || (p.page !== null && pages.includes(p.page)),
    );
    return [{ fileId, fileName: file.name, parts }];
  });
}

/**
 * For each recipient's redaction, the hidden fields whose value stays readable in the text, the
 * title, a visible field (`findHiddenValueLeaks`, the function the web apps run too), or what
 * it gets of the version's files (`files`, by id: their text where known, docs/adr/0034).
 */
export function hiddenValueLeaks(
  version: ItemVersionEntity,
  redactions: readonly { organizationId: string; redaction: Redaction }[],
  files: ReadonlyMap<string, VersionFileText> = new Map(),
): RecipientHiddenValueLeak[] {
  return redactions.flatMap(({ organizationId, redaction }) =>
    findHiddenValueLeaks({
      title: version.title,
      body: version.body,
      fields: version.fields,
      redaction,
      files: sharedFileTexts(redaction, files),
    }).map((leak) => ({ organizationId, ...leak })),
  );
}

/** What is recorded when the facilitator approves despite such leaks. */
export function acknowledged(leaks: RecipientHiddenValueLeak[]): AcknowledgedHiddenValue[] {
  return leaks.map((leak) => ({
    organizationId: leak.organizationId,
    fieldKey: leak.fieldKey,
    fieldLabel: leak.fieldLabel,
    places:
      leak.inBody.length + leak.inFieldKeys.length + (leak.inTitle ? 1 : 0) + leak.inFiles.length,
  }));
}
