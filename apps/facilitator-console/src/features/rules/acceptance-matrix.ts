import type { ParticipationStatus } from '@alianza/graphql-client/types';

export interface MatrixAcceptance {
  readonly organizationId: string;
  readonly organizationName: string;
  readonly version: number;
  readonly acceptedAt: string;
  readonly acceptedByName: string;
}

export interface MatrixRow {
  readonly organizationId: string;
  readonly name: string;
  /** Null for an organization seen only in past acceptances. */
  readonly status: ParticipationStatus | null;
  /** The acceptance of each version, by version number (absent: not accepted). */
  readonly cells: ReadonlyMap<number, MatrixAcceptance>;
}

/**
 * Participant × version: who accepted which version of the ground rules and when. Rows are the
 * participations (in their order), then any organization that only appears in acceptances.
 * When one organization accepted a version twice (left and came back), the latest counts.
 */
export function acceptanceMatrix(
  versions: readonly { version: number; acceptances: readonly MatrixAcceptance[] }[],
  participations: readonly {
    organizationId: string;
    status: ParticipationStatus;
    organization: { name: string };
  }[],
): MatrixRow[] {
  const rows = new Map<
    string,
    { name: string; status: ParticipationStatus | null; cells: Map<number, MatrixAcceptance> }
  >();
  for (const participation of participations) {
    rows.set(participation.organizationId, {
      name: participation.organization.name,
      status: participation.status,
      cells: new Map(),
    });
  }
  for (const version of versions) {
    for (const acceptance of version.acceptances) {
      let row = rows.get(acceptance.organizationId);
      if (!row) {
        row = { name: acceptance.organizationName, status: null, cells: new Map() };
        rows.set(acceptance.organizationId, row);
      }
      const previous = row.cells.get(version.version);
      if (!previous || previous.acceptedAt < acceptance.acceptedAt)
        row.cells.set(version.version, acceptance);
    }
  }
  return [...rows.entries()].map(([organizationId, row]) => ({ organizationId, ...row }));
}
