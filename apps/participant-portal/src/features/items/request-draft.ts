import type { DisclosureRequestInput } from '@alianza/graphql-client/types';
import dayjs from 'dayjs';
import type { PortalDisclosureRequestFragment, PortalItemFragment } from './items.generated';
import { choicesFrom, filesWithoutPages, toFileShareInputs, type FileChoices } from './file-shares';
import { EMPTY_PROPOSAL, toRedactionInput, type RedactionProposal } from './redaction';

export type Audience = 'ALL_ACTIVE' | 'NAMED';

/** What a request starts from: blank, or a previous request of the same version to try again. */
export interface RequestDraft {
  audienceKind: Audience;
  recipientOrganizationIds: string[];
  proposal: RedactionProposal;
  /** What recipients get of each file of the version; a file not listed is withheld. */
  files: FileChoices;
  expiresOn: string | null;
  note: string;
}

/**
 * A request to try again starts from a previous one. Spans are offsets in that version's body:
 * they are dropped when the item has a newer version, and so are fields and files it no longer
 * has (a file kept by the newer version is the same file: its choice stays).
 */
export function draftFrom(
  request: PortalDisclosureRequestFragment | undefined,
  current: PortalItemFragment['latest'],
): RequestDraft {
  if (!request) {
    return {
      audienceKind: 'NAMED',
      recipientOrganizationIds: [],
      proposal: EMPTY_PROPOSAL,
      files: {},
      expiresOn: null,
      note: '',
    };
  }
  return {
    audienceKind: request.audienceKind,
    recipientOrganizationIds:
      request.audienceKind === 'NAMED' ? request.recipientOrganizationIds : [],
    proposal:
      request.itemVersion.version === current.version
        ? toRedactionInput(request.proposedRedaction)
        : {
            fieldKeys: request.proposedRedaction.fieldKeys.filter((key) =>
              current.fields.some((field) => field.key === key),
            ),
            spans: [],
          },
    files: choicesFrom(request.proposedRedaction.files, current.files),
    expiresOn:
      request.expiresAt && dayjs(request.expiresAt).isAfter(dayjs())
        ? dayjs(request.expiresAt).format('YYYY-MM-DD')
        : null,
    note: request.note,
  };
}

/** An expiry day becomes the end of that day, in the user's time zone. */
export function expiryInstant(day: string | null): string | null {
  return day ? dayjs(day).endOf('day').toISOString() : null;
}

/** Whether a draft can be sent: a named audience needs at least one organization. */
export function missingRecipients(draft: RequestDraft): boolean {
  return draft.audienceKind === 'NAMED' && draft.recipientOrganizationIds.length === 0;
}

/** Whether a file is set to "some pages" with none chosen. */
export function missingPages(draft: RequestDraft, version: PortalItemFragment['latest']): boolean {
  return filesWithoutPages(version.files, draft.files).length > 0;
}

/** The API input for a draft, pinned to the version whose body the spans were marked in. */
export function toDisclosureRequestInput(
  draft: RequestDraft,
  version: Pick<PortalItemFragment['latest'], 'version' | 'files'>,
): DisclosureRequestInput {
  return {
    version: version.version,
    audienceKind: draft.audienceKind,
    recipientOrganizationIds:
      draft.audienceKind === 'NAMED' ? draft.recipientOrganizationIds : null,
    redaction: {
      ...toRedactionInput(draft.proposal),
      files: toFileShareInputs(version.files, draft.files),
    },
    expiresAt: expiryInstant(draft.expiresOn),
    note: draft.note.trim(),
  };
}
