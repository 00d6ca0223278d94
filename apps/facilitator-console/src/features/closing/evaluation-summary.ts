/** Evaluations → who has evaluated, scores per objective, ratings each organization received. */

export interface RatingLike {
  readonly rating: number;
  readonly comment: string;
}

export interface EvaluationLike {
  /** Null: the facilitator's assessment. */
  readonly organizationId: string | null;
  readonly assessment: string;
  readonly objectiveRatings: readonly (RatingLike & { readonly objectiveId: string })[];
  readonly peerRatings: readonly (RatingLike & { readonly organizationId: string })[];
  readonly updatedAt?: string | null;
}

export interface GivenRating extends RatingLike {
  /** Who gave it; null for the facilitator. */
  readonly from: string | null;
}

export interface ParticipantStatus {
  readonly organizationId: string;
  readonly name: string;
  readonly evaluated: boolean;
  readonly updatedAt: string | null;
}

export interface ScoreSummary {
  readonly average: number | null;
  readonly ratings: GivenRating[];
}

export interface EvaluationSummary {
  readonly participants: ParticipantStatus[];
  readonly missing: ParticipantStatus[];
  readonly objectives: (ScoreSummary & { readonly objectiveId: string; readonly title: string })[];
  /** Ratings of each participant's contribution, by the others (and the facilitator). */
  readonly peers: (ScoreSummary & { readonly organizationId: string; readonly name: string })[];
  readonly facilitator: EvaluationLike | null;
}

function average(ratings: readonly GivenRating[]): number | null {
  if (ratings.length === 0) return null;
  return Math.round((ratings.reduce((s, r) => s + r.rating, 0) / ratings.length) * 10) / 10;
}

export function summarizeEvaluations(
  evaluations: readonly EvaluationLike[],
  participants: readonly { id: string; name: string }[],
  objectives: readonly { id: string; title: string }[],
): EvaluationSummary {
  const byOrganization = new Map(
    evaluations.filter((e) => e.organizationId).map((e) => [e.organizationId as string, e]),
  );
  const statuses = participants.map((p) => {
    const evaluation = byOrganization.get(p.id);
    return {
      organizationId: p.id,
      name: p.name,
      evaluated: !!evaluation,
      updatedAt: evaluation?.updatedAt ?? null,
    };
  });
  const objectiveRows = objectives.map((o) => {
    const ratings = evaluations.flatMap((e) =>
      e.objectiveRatings
        .filter((r) => r.objectiveId === o.id)
        .map((r) => ({ from: e.organizationId, rating: r.rating, comment: r.comment })),
    );
    return { objectiveId: o.id, title: o.title, ratings, average: average(ratings) };
  });
  const peers = participants.map((p) => {
    const ratings = evaluations.flatMap((e) =>
      e.peerRatings
        .filter((r) => r.organizationId === p.id)
        .map((r) => ({ from: e.organizationId, rating: r.rating, comment: r.comment })),
    );
    return { organizationId: p.id, name: p.name, ratings, average: average(ratings) };
  });
  return {
    participants: statuses,
    missing: statuses.filter((s) => !s.evaluated),
    objectives: objectiveRows,
    peers,
    facilitator: evaluations.find((e) => e.organizationId === null) ?? null,
  };
}
