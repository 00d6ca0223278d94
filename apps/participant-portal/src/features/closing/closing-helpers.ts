import type { PortalClosingQuery } from './closing.generated';

export type ClosingCollaboration = PortalClosingQuery['collaboration'];

/** The frozen content of a final statement, as the API writes it (JSON). */
export interface FinalStatementContent {
  readonly plan: {
    readonly objectives: readonly {
      readonly id: string;
      readonly title: string;
      readonly indicators: readonly {
        readonly id: string;
        readonly name: string;
        readonly unit: string;
        readonly baseline: number;
        readonly target: number;
        readonly current: number | null;
        readonly progressPercent: number | null;
      }[];
    }[];
    readonly milestonesDone: number;
    readonly milestonesTotal: number;
  };
  readonly balances: {
    readonly organizations: readonly {
      readonly organizationId: string;
      readonly given: string;
      readonly received: string;
      readonly net: string;
    }[];
    readonly pairs: readonly {
      readonly giverOrganizationId: string;
      readonly receiverOrganizationId: string | null;
      readonly value: string;
    }[];
  };
  readonly evaluations: readonly {
    readonly organizationId: string | null;
    readonly objectiveRatings: readonly { objectiveId: string; rating: number; comment: string }[];
    readonly peerRatings: readonly { organizationId: string; rating: number; comment: string }[];
    readonly assessment: string;
  }[];
  readonly missingEvaluations: readonly string[];
}

const list = <T>(value: unknown): T[] => (Array.isArray(value) ? (value as T[]) : []);
const record = (value: unknown): Record<string, unknown> =>
  value && typeof value === 'object' ? (value as Record<string, unknown>) : {};

/** Reads the statement's JSON; missing parts become empty, a broken text gives null. */
export function parseFinalStatement(content: string): FinalStatementContent | null {
  let raw: unknown;
  try {
    raw = JSON.parse(content);
  } catch {
    return null;
  }
  const root = record(raw);
  const plan = record(root['plan']);
  const balances = record(root['balances']);
  return {
    plan: {
      objectives: list<FinalStatementContent['plan']['objectives'][number]>(plan['objectives']).map(
        (o) => ({ ...o, indicators: list(o.indicators) }),
      ),
      milestonesDone: Number(plan['milestonesDone'] ?? 0),
      milestonesTotal: Number(plan['milestonesTotal'] ?? 0),
    },
    balances: {
      organizations: list(balances['organizations']),
      pairs: list(balances['pairs']),
    },
    evaluations: list<FinalStatementContent['evaluations'][number]>(root['evaluations']).map(
      (e) => ({
        ...e,
        objectiveRatings: list(e.objectiveRatings),
        peerRatings: list(e.peerRatings),
        assessment: e.assessment ?? '',
      }),
    ),
    missingEvaluations: list(root['missingEvaluations']),
  };
}

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
