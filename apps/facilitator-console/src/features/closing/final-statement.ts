/** The frozen final statement's JSON content, read defensively (it is stored, not typed). */

export interface StatementIndicator {
  readonly id: string;
  readonly name: string;
  readonly unit: string;
  readonly baseline: number;
  readonly target: number;
  readonly current: number | null;
  readonly progressPercent: number | null;
}

export interface StatementContent {
  readonly collaboration: { id: string; title: string; objective: string };
  readonly plan: {
    objectives: { id: string; title: string; indicators: StatementIndicator[] }[];
    milestonesDone: number;
    milestonesTotal: number;
  };
  readonly balances: {
    organizations: { organizationId: string; given: string; received: string; net: string }[];
    pairs: { giverOrganizationId: string; receiverOrganizationId: string | null; value: string }[];
  };
  readonly evaluations: {
    organizationId: string | null;
    objectiveRatings: { objectiveId: string; rating: number; comment: string }[];
    peerRatings: { organizationId: string; rating: number; comment: string }[];
    assessment: string;
  }[];
  readonly missingEvaluations: string[];
}

type Json = Record<string, unknown>;
const obj = (v: unknown): Json => (v && typeof v === 'object' ? (v as Json) : {});
const arr = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);
const str = (v: unknown): string => (typeof v === 'string' ? v : v == null ? '' : String(v));
const num = (v: unknown): number => (typeof v === 'number' ? v : Number(v) || 0);
const numOrNull = (v: unknown): number | null =>
  v === null || v === undefined ? null : typeof v === 'number' ? v : Number(v);

/** Parses the statement; null when it is not JSON at all. */
export function parseFinalStatement(content: string): StatementContent | null {
  let raw: unknown;
  try {
    raw = JSON.parse(content);
  } catch {
    return null;
  }
  const root = obj(raw);
  const collaboration = obj(root['collaboration']);
  const plan = obj(root['plan']);
  const balances = obj(root['balances']);
  const rating = (r: unknown) => ({
    rating: num(obj(r)['rating']),
    comment: str(obj(r)['comment']),
  });
  return {
    collaboration: {
      id: str(collaboration['id']),
      title: str(collaboration['title']),
      objective: str(collaboration['objective']),
    },
    plan: {
      objectives: arr(plan['objectives']).map((o) => ({
        id: str(obj(o)['id']),
        title: str(obj(o)['title']),
        indicators: arr(obj(o)['indicators']).map((i) => {
          const x = obj(i);
          return {
            id: str(x['id']),
            name: str(x['name']),
            unit: str(x['unit']),
            baseline: num(x['baseline']),
            target: num(x['target']),
            current: numOrNull(x['current']),
            progressPercent: numOrNull(x['progressPercent']),
          };
        }),
      })),
      milestonesDone: num(plan['milestonesDone']),
      milestonesTotal: num(plan['milestonesTotal']),
    },
    balances: {
      organizations: arr(balances['organizations']).map((b) => ({
        organizationId: str(obj(b)['organizationId']),
        given: str(obj(b)['given']),
        received: str(obj(b)['received']),
        net: str(obj(b)['net']),
      })),
      pairs: arr(balances['pairs']).map((p) => ({
        giverOrganizationId: str(obj(p)['giverOrganizationId']),
        receiverOrganizationId:
          obj(p)['receiverOrganizationId'] == null ? null : str(obj(p)['receiverOrganizationId']),
        value: str(obj(p)['value']),
      })),
    },
    evaluations: arr(root['evaluations']).map((e) => {
      const x = obj(e);
      return {
        organizationId: x['organizationId'] == null ? null : str(x['organizationId']),
        objectiveRatings: arr(x['objectiveRatings']).map((r) => ({
          objectiveId: str(obj(r)['objectiveId']),
          ...rating(r),
        })),
        peerRatings: arr(x['peerRatings']).map((r) => ({
          organizationId: str(obj(r)['organizationId']),
          ...rating(r),
        })),
        assessment: str(x['assessment']),
      };
    }),
    missingEvaluations: arr(root['missingEvaluations']).map(str),
  };
}
