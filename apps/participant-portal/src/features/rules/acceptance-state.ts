import type { CollaborationStatus, ParticipationStatus } from '@alianza/graphql-client/types';

/**
 * What our organization has to do about the ground rules:
 * - `invitation`: invited; accepting the rules in force joins the collaboration;
 * - `newVersion`: taking part, but a newer version awaits acceptance;
 * - `awaitingRules`: invited, but the facilitator has not published any rules yet;
 * - `upToDate`: taking part under the rules in force; nothing to do;
 * - `none`: nothing can be done (declined, withdrawn, or the collaboration is closed).
 */
export type AcceptanceState = 'invitation' | 'newVersion' | 'awaitingRules' | 'upToDate' | 'none';

export function acceptanceState(
  participation: {
    status: ParticipationStatus;
    acceptedGroundRulesVersion: number | null;
    mustAcceptGroundRules: boolean;
  },
  currentVersion: { version: number } | null,
  collaborationStatus: CollaborationStatus,
): AcceptanceState {
  if (collaborationStatus === 'CLOSED') return 'none';
  if (participation.status === 'INVITED') return currentVersion ? 'invitation' : 'awaitingRules';
  if (participation.status !== 'ACCEPTED' || !currentVersion) return 'none';
  if (
    participation.mustAcceptGroundRules ||
    participation.acceptedGroundRulesVersion !== currentVersion.version
  ) {
    return 'newVersion';
  }
  return 'upToDate';
}
