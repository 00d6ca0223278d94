import type { MatrixOrganization } from './overlap-cells';

/**
 * Rows and columns of the overlap matrix: the organizations the API lets an overlap name
 * (invited or taking part), in the collaboration's order; invited ones carry a hint.
 */
export function matrixOrganizations(
  participations: readonly {
    organizationId: string;
    status: string;
    organization: { name: string };
  }[],
  invitedHint: string,
): MatrixOrganization[] {
  return participations
    .filter((p) => p.status === 'ACCEPTED' || p.status === 'INVITED')
    .map((p) => ({
      id: p.organizationId,
      name: p.organization.name,
      hint: p.status === 'INVITED' ? invitedHint : undefined,
    }));
}
