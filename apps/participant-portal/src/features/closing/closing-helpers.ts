import type { FinalStatementFieldsFragment } from '@alianza/graphql-client';
import type { PortalClosingQuery } from './closing.generated';

export type ClosingCollaboration = PortalClosingQuery['collaboration'];

/** The final statement as the API types it. */
export type FinalStatementContent = FinalStatementFieldsFragment;

/** Mean of the participants' scores per objective (the facilitator's assessment has none). */
export function objectiveAverages(
  statement: FinalStatementContent,
): Map<string, { mean: number; count: number }> {
  const sums = new Map<string, { sum: number; count: number }>();
  for (const evaluation of statement.evaluations) {
    for (const r of evaluation.objectiveRatings) {
      const s = sums.get(r.objectiveId) ?? { sum: 0, count: 0 };
      sums.set(r.objectiveId, { sum: s.sum + r.rating, count: s.count + 1 });
    }
  }
  return new Map(
    [...sums].map(([id, s]) => [id, { mean: s.sum / s.count, count: s.count }] as const),
  );
}

/** Mean score each organization received from its peers. */
export function peerAverages(
  statement: FinalStatementContent,
): Map<string, { mean: number; count: number }> {
  const sums = new Map<string, { sum: number; count: number }>();
  for (const evaluation of statement.evaluations) {
    for (const r of evaluation.peerRatings) {
      const s = sums.get(r.organizationId) ?? { sum: 0, count: 0 };
      sums.set(r.organizationId, { sum: s.sum + r.rating, count: s.count + 1 });
    }
  }
  return new Map(
    [...sums].map(([id, s]) => [id, { mean: s.sum / s.count, count: s.count }] as const),
  );
}

/**
 * One balance row per organization: those in the statement, plus the known participants and
 * everyone evaluated (zero balances), so that every peer score has its row.
 */
export function balanceRows(
  statement: FinalStatementContent,
  participantIds: readonly string[],
): FinalStatementContent['balances']['organizations'][number][] {
  const rows = [...statement.balances.organizations];
  const seen = new Set(rows.map((r) => r.organizationId));
  const others = [
    ...participantIds,
    ...statement.evaluations.flatMap((e) => e.peerRatings.map((r) => r.organizationId)),
  ];
  for (const id of others) {
    if (seen.has(id)) continue;
    seen.add(id);
    rows.push({ organizationId: id, given: '0', received: '0', net: '0' });
  }
  return rows;
}
