import type { DisclosureRequestInput } from '@alianza/graphql-client/types';
import dayjs from 'dayjs';
import type { PortalDisclosureRequestFragment, PortalItemFragment } from './items.generated';
import { EMPTY_PROPOSAL, toRedactionInput, type RedactionProposal } from './redaction';

export type Audience = 'ALL_ACTIVE' | 'NAMED';

/** What a request starts from: blank, or a previous request of the same version to try again. */
export interface RequestDraft {
  audienceKind: Audience;
  recipientOrganizationIds: string[];
  proposal: RedactionProposal;
  expiresOn: string | null;
  note: string;
}

/**
 * A request to try again starts from a previous one. Spans are offsets in that version's body:
 * they are dropped when the item has a newer version, and so are fields it no longer has.
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

/** The API input for a draft, pinned to the version whose body the spans were marked in. */
export function toDisclosureRequestInput(
  draft: RequestDraft,
  version: number,
): DisclosureRequestInput {
  return {
    version,
    audienceKind: draft.audienceKind,
    recipientOrganizationIds:
      draft.audienceKind === 'NAMED' ? draft.recipientOrganizationIds : null,
    redaction: toRedactionInput(draft.proposal),
    expiresAt: expiryInstant(draft.expiresOn),
    note: draft.note.trim(),
  };
}
