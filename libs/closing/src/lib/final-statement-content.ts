/**
 * The frozen content of a final statement: what `close` writes (jsonb) and what the API reads
 * back as typed fields. Statements are never rewritten, so reading is tolerant: a part missing
 * from an older statement comes back empty instead of failing the screen.
 */
export interface StatementIndicator {
  id: string;
  name: string;
  unit: string;
  baseline: number;
  target: number;
  current: number | null;
  progressPercent: number | null;
}

export interface StatementRating {
  rating: number;
  comment: string;
}

export interface FinalStatementContent {
  collaboration: { id: string; title: string; objective: string };
  plan: {
    objectives: { id: string; title: string; indicators: StatementIndicator[] }[];
    milestonesDone: number;
    milestonesTotal: number;
  };
  balances: {
    organizations: { organizationId: string; given: string; received: string; net: string }[];
    pairs: { giverOrganizationId: string; receiverOrganizationId: string | null; value: string }[];
  };
  evaluations: {
    /** Null: the facilitator's assessment. */
    organizationId: string | null;
    objectiveRatings: (StatementRating & { objectiveId: string })[];
    peerRatings: (StatementRating & { organizationId: string })[];
    assessment: string;
  }[];
  /** Organizations that had not evaluated when the facilitator closed with an override. */
  missingEvaluations: string[];
}

type Json = Record<string, unknown>;
const obj = (v: unknown): Json => (v && typeof v === 'object' ? (v as Json) : {});
const arr = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);
const str = (v: unknown): string => (typeof v === 'string' ? v : v == null ? '' : String(v));
const strOrNull = (v: unknown): string | null => (v == null ? null : str(v));
const num = (v: unknown): number => (typeof v === 'number' ? v : Number(v) || 0);
const numOrNull = (v: unknown): number | null => (v == null ? null : num(v));
const rating = (v: unknown): StatementRating => ({
  rating: num(obj(v)['rating']),
  comment: str(obj(v)['comment']),
});

/** Reads stored content into the typed statement (missing parts empty, numbers as numbers). */
export function readFinalStatementContent(stored: unknown): FinalStatementContent {
  const root = obj(stored);
  const collaboration = obj(root['collaboration']);
  const plan = obj(root['plan']);
  const balances = obj(root['balances']);
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
        indicators: arr(obj(o)['indicators']).map((i) => ({
          id: str(obj(i)['id']),
          name: str(obj(i)['name']),
          unit: str(obj(i)['unit']),
          baseline: num(obj(i)['baseline']),
          target: num(obj(i)['target']),
          current: numOrNull(obj(i)['current']),
          progressPercent: numOrNull(obj(i)['progressPercent']),
        })),
      })),
      milestonesDone: num(plan['milestonesDone']),
      milestonesTotal: num(plan['milestonesTotal']),
    },
    balances: {
      organizations: arr(balances['organizations']).map((b) => ({
        organizationId: str(obj(b)['organizationId']),
        given: str(obj(b)['given'] ?? '0'),
        received: str(obj(b)['received'] ?? '0'),
        net: str(obj(b)['net'] ?? '0'),
      })),
      pairs: arr(balances['pairs']).map((p) => ({
        giverOrganizationId: str(obj(p)['giverOrganizationId']),
        receiverOrganizationId: strOrNull(obj(p)['receiverOrganizationId']),
        value: str(obj(p)['value']),
      })),
    },
    evaluations: arr(root['evaluations']).map((e) => ({
      organizationId: strOrNull(obj(e)['organizationId']),
      objectiveRatings: arr(obj(e)['objectiveRatings']).map((r) => ({
        objectiveId: str(obj(r)['objectiveId']),
        ...rating(r),
      })),
      peerRatings: arr(obj(e)['peerRatings']).map((r) => ({
        organizationId: str(obj(r)['organizationId']),
        ...rating(r),
      })),
      assessment: str(obj(e)['assessment']),
    })),
    missingEvaluations: arr(root['missingEvaluations']).map(str),
  };
}
