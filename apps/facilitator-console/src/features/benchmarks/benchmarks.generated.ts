/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type * as Types from '@alianza/graphql-client/types';

import { useLazyQuery, useMutation, useQuery } from '@apollo/client/react';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** What a margin holds for: ANY_VALUES (the mean, whatever the values) or EVENLY_SPREAD_VALUES (quantiles: typical, for values spread over the range). */
export type BenchmarkMarginBasis =
  /** Holds whatever the values are. */
  | 'ANY_VALUES'
  /** Computed for values spread evenly over the range; the real margin depends on the values. */
  | 'EVENLY_SPREAD_VALUES';

/** Whether a closed round's results were published. */
export type BenchmarkOutcome =
  /** The results were published. */
  | 'PUBLISHED'
  /** The results were withheld, to protect the values submitted. */
  | 'WITHHELD';

/** The settings of a differentially private round (ADR 0012). */
export type BenchmarkPrivacyInput = {
  /** Advanced: an exact ε (above 0, at most 5) instead of the level. */
  epsilon?: number | null | undefined;
  /** How private the published figures are. */
  level?: BenchmarkPrivacyLevel;
  /**
   * The lowest plausible value, as a Float.
   * @deprecated Use lowerDecimal instead. Removed after 2027-06-30.
   */
  lower?: number | null | undefined;
  /** The lowest plausible value: smaller ones count as it (required unless the deprecated lower is given). */
  lowerDecimal?: string | null | undefined;
  /** Publish the average (figures that add up only). */
  publishMean?: boolean;
  /** Quantiles to publish, each in (0, 1). Default: 0.25, 0.5, 0.75. */
  quantiles?: Array<number> | null | undefined;
  /**
   * The highest plausible value, as a Float.
   * @deprecated Use upperDecimal instead. Removed after 2027-06-30.
   */
  upper?: number | null | undefined;
  /** The highest plausible value: larger ones count as it (required unless the deprecated upper is given). */
  upperDecimal?: string | null | undefined;
};

/** Privacy presets of a differentially private round: ε = 0.5, 1 or 2. */
export type BenchmarkPrivacyLevel =
  /** A balance of privacy and precision. */
  | 'BALANCED'
  /** More precise figures, less privacy. */
  | 'PRECISE'
  /** More privacy, less precise figures. */
  | 'STRONG';

/** How a round publishes: exact rank-band averages, or noisy figures. */
export type BenchmarkPublicationMode =
  /** Figures with random noise added (differential privacy). */
  | 'DIFFERENTIAL_PRIVACY'
  /** Averages of bands of ranks. */
  | 'RANK_BANDS';

/** Where a benchmark round stands. */
export type BenchmarkRoundStatus =
  /** Submissions are closed. */
  | 'CLOSED'
  /** Submissions are open. */
  | 'OPEN'
  /** Submissions open later. */
  | 'SCHEDULED';

/** Why a closed round published nothing. */
export type BenchmarkWithheldReason =
  /** Combined with earlier published rounds, the results would single out too few organizations. */
  | 'DIFFERENCING'
  /** One organization holds too large a share of the total. */
  | 'DOMINANCE'
  /** Published under a rule since retired, which could give values away. */
  | 'RULE_RETIRED'
  /** Fewer organizations submitted than the minimum group size. */
  | 'TOO_FEW_SUBMISSIONS'
  /** Almost every value sits at a known bound, so even the average would give values away. */
  | 'VALUES_AT_LIMIT';

/** Where a collaboration is in its life. */
export type CollaborationStatus =
  /** Under way: participants exchange. */
  | 'ACTIVE'
  /** Closed; its final statement is written. */
  | 'CLOSED'
  /** Closing: participants write their final evaluations. */
  | 'CLOSING'
  /** Being prepared by the facilitator. */
  | 'DRAFT';

/** A new benchmark round: what is measured and how results are published. */
export type CreateBenchmarkRoundInput = {
  /** An area of the collaboration. */
  areaId?: string | number | null | undefined;
  /** When submissions close. */
  closesAt: string;
  /** Required for DIFFERENTIAL_PRIVACY, refused otherwise. */
  differentialPrivacy?: BenchmarkPrivacyInput | null | undefined;
  /** Largest share of the total one contributor may hold, in (0, 1]. */
  dominanceCap?: number;
  /** Whether the facilitator may read each organization's value. */
  facilitatorSeesValues?: boolean;
  /** Whether a higher value ranks better. */
  higherIsBetter?: boolean;
  /** Minimum group size; at least 3. */
  k?: number;
  /** What participants submit a value for. */
  metricName: string;
  /** Default: now. */
  opensAt?: string | null | undefined;
  /** At least two active participants of the collaboration. */
  participantOrganizationIds: Array<string | number>;
  /** How results are published. */
  publicationMode?: BenchmarkPublicationMode;
  /** Values add up (revenue, staff). */
  summable?: boolean;
  /** e.g. "EUR", "%", "people". */
  unit?: string;
};

export type ConsoleBenchmarkRoundFragment = { id: string, metricName: string, unit: string, areaId: string | null, higherIsBetter: boolean, summable: boolean, k: number, dominanceCap: number, facilitatorSeesValues: boolean, publicationMode: Types.BenchmarkPublicationMode, opensAt: string, closesAt: string, closedAt: string | null, status: Types.BenchmarkRoundStatus, participantCount: number, participantOrganizationIds: Array<string> | null, canPublish: boolean, cannotPublishReason: Types.BenchmarkWithheldReason | null, submissionCount: number | null, outcome: Types.BenchmarkOutcome | null, withheldReason: Types.BenchmarkWithheldReason | null, privacy: { lowerDecimal: string, upperDecimal: string, epsilon: number, level: Types.BenchmarkPrivacyLevel | null, publishMean: boolean, quantiles: Array<number> } | null, result: { count: number, meanDecimal: string, bands: Array<{ fromRank: number, toRank: number, averageDecimal: string }> } | null, noisyResult: { count: number, epsilon: number, level: Types.BenchmarkPrivacyLevel | null, lowerDecimal: string, upperDecimal: string, mean: { valueDecimal: string, margin95: number, basis: Types.BenchmarkMarginBasis } | null, quantiles: Array<{ p: number, valueDecimal: string, margin95: number, basis: Types.BenchmarkMarginBasis }> } | null };

export type NoisyAggregatesFragment = { count: number, epsilon: number, level: Types.BenchmarkPrivacyLevel | null, lowerDecimal: string, upperDecimal: string, mean: { valueDecimal: string, margin95: number, basis: Types.BenchmarkMarginBasis } | null, quantiles: Array<{ p: number, valueDecimal: string, margin95: number, basis: Types.BenchmarkMarginBasis }> };

export type ConsoleBenchmarkNoisePreviewQueryVariables = Exact<{
  privacy: Types.BenchmarkPrivacyInput;
  count: number;
  summable?: boolean | null | undefined;
}>;


export type ConsoleBenchmarkNoisePreviewQuery = { benchmarkNoisePreview: { count: number, mean: { margin95: number } | null, quantiles: Array<{ p: number, margin95: number }> } };

export type ConsoleBenchmarksQueryVariables = Exact<{
  collaborationId: string | number;
  first?: number | null | undefined;
}>;


export type ConsoleBenchmarksQuery = { collaboration: { id: string, status: Types.CollaborationStatus, participations: Array<{ id: string, organizationId: string, active: boolean, organization: { id: string, name: string } }>, areas: { nodes: Array<{ id: string, name: string }> }, benchmarkRounds: { nodes: Array<{ id: string, metricName: string, unit: string, areaId: string | null, higherIsBetter: boolean, summable: boolean, k: number, dominanceCap: number, facilitatorSeesValues: boolean, publicationMode: Types.BenchmarkPublicationMode, opensAt: string, closesAt: string, closedAt: string | null, status: Types.BenchmarkRoundStatus, participantCount: number, participantOrganizationIds: Array<string> | null, canPublish: boolean, cannotPublishReason: Types.BenchmarkWithheldReason | null, submissionCount: number | null, outcome: Types.BenchmarkOutcome | null, withheldReason: Types.BenchmarkWithheldReason | null, privacy: { lowerDecimal: string, upperDecimal: string, epsilon: number, level: Types.BenchmarkPrivacyLevel | null, publishMean: boolean, quantiles: Array<number> } | null, result: { count: number, meanDecimal: string, bands: Array<{ fromRank: number, toRank: number, averageDecimal: string }> } | null, noisyResult: { count: number, epsilon: number, level: Types.BenchmarkPrivacyLevel | null, lowerDecimal: string, upperDecimal: string, mean: { valueDecimal: string, margin95: number, basis: Types.BenchmarkMarginBasis } | null, quantiles: Array<{ p: number, valueDecimal: string, margin95: number, basis: Types.BenchmarkMarginBasis }> } | null }> } } };

export type ConsoleBenchmarkSubmissionsQueryVariables = Exact<{
  id: string | number;
}>;


export type ConsoleBenchmarkSubmissionsQuery = { benchmarkRound: { id: string, submissions: Array<{ organizationId: string, valueDecimal: string, submittedAt: string }> } };

export type ConsoleCreateBenchmarkRoundMutationVariables = Exact<{
  collaborationId: string | number;
  input: Types.CreateBenchmarkRoundInput;
}>;


export type ConsoleCreateBenchmarkRoundMutation = { createBenchmarkRound: { id: string, metricName: string, unit: string, areaId: string | null, higherIsBetter: boolean, summable: boolean, k: number, dominanceCap: number, facilitatorSeesValues: boolean, publicationMode: Types.BenchmarkPublicationMode, opensAt: string, closesAt: string, closedAt: string | null, status: Types.BenchmarkRoundStatus, participantCount: number, participantOrganizationIds: Array<string> | null, canPublish: boolean, cannotPublishReason: Types.BenchmarkWithheldReason | null, submissionCount: number | null, outcome: Types.BenchmarkOutcome | null, withheldReason: Types.BenchmarkWithheldReason | null, privacy: { lowerDecimal: string, upperDecimal: string, epsilon: number, level: Types.BenchmarkPrivacyLevel | null, publishMean: boolean, quantiles: Array<number> } | null, result: { count: number, meanDecimal: string, bands: Array<{ fromRank: number, toRank: number, averageDecimal: string }> } | null, noisyResult: { count: number, epsilon: number, level: Types.BenchmarkPrivacyLevel | null, lowerDecimal: string, upperDecimal: string, mean: { valueDecimal: string, margin95: number, basis: Types.BenchmarkMarginBasis } | null, quantiles: Array<{ p: number, valueDecimal: string, margin95: number, basis: Types.BenchmarkMarginBasis }> } | null } };

export type ConsoleCloseBenchmarkRoundMutationVariables = Exact<{
  roundId: string | number;
}>;


export type ConsoleCloseBenchmarkRoundMutation = { closeBenchmarkRound: { id: string, metricName: string, unit: string, areaId: string | null, higherIsBetter: boolean, summable: boolean, k: number, dominanceCap: number, facilitatorSeesValues: boolean, publicationMode: Types.BenchmarkPublicationMode, opensAt: string, closesAt: string, closedAt: string | null, status: Types.BenchmarkRoundStatus, participantCount: number, participantOrganizationIds: Array<string> | null, canPublish: boolean, cannotPublishReason: Types.BenchmarkWithheldReason | null, submissionCount: number | null, outcome: Types.BenchmarkOutcome | null, withheldReason: Types.BenchmarkWithheldReason | null, privacy: { lowerDecimal: string, upperDecimal: string, epsilon: number, level: Types.BenchmarkPrivacyLevel | null, publishMean: boolean, quantiles: Array<number> } | null, result: { count: number, meanDecimal: string, bands: Array<{ fromRank: number, toRank: number, averageDecimal: string }> } | null, noisyResult: { count: number, epsilon: number, level: Types.BenchmarkPrivacyLevel | null, lowerDecimal: string, upperDecimal: string, mean: { valueDecimal: string, margin95: number, basis: Types.BenchmarkMarginBasis } | null, quantiles: Array<{ p: number, valueDecimal: string, margin95: number, basis: Types.BenchmarkMarginBasis }> } | null } };

export const NoisyAggregatesFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NoisyAggregates"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"BenchmarkNoisyAggregates"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"epsilon"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"lowerDecimal"}},{"kind":"Field","name":{"kind":"Name","value":"upperDecimal"}},{"kind":"Field","name":{"kind":"Name","value":"mean"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"valueDecimal"}},{"kind":"Field","name":{"kind":"Name","value":"margin95"}},{"kind":"Field","name":{"kind":"Name","value":"basis"}}]}},{"kind":"Field","name":{"kind":"Name","value":"quantiles"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"p"}},{"kind":"Field","name":{"kind":"Name","value":"valueDecimal"}},{"kind":"Field","name":{"kind":"Name","value":"margin95"}},{"kind":"Field","name":{"kind":"Name","value":"basis"}}]}}]}}]} as unknown as DocumentNode<NoisyAggregatesFragment, unknown>;
export const ConsoleBenchmarkRoundFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ConsoleBenchmarkRound"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"BenchmarkRound"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"metricName"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"areaId"}},{"kind":"Field","name":{"kind":"Name","value":"higherIsBetter"}},{"kind":"Field","name":{"kind":"Name","value":"summable"}},{"kind":"Field","name":{"kind":"Name","value":"k"}},{"kind":"Field","name":{"kind":"Name","value":"dominanceCap"}},{"kind":"Field","name":{"kind":"Name","value":"facilitatorSeesValues"}},{"kind":"Field","name":{"kind":"Name","value":"publicationMode"}},{"kind":"Field","name":{"kind":"Name","value":"privacy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lowerDecimal"}},{"kind":"Field","name":{"kind":"Name","value":"upperDecimal"}},{"kind":"Field","name":{"kind":"Name","value":"epsilon"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"publishMean"}},{"kind":"Field","name":{"kind":"Name","value":"quantiles"}}]}},{"kind":"Field","name":{"kind":"Name","value":"opensAt"}},{"kind":"Field","name":{"kind":"Name","value":"closesAt"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"participantCount"}},{"kind":"Field","name":{"kind":"Name","value":"participantOrganizationIds"}},{"kind":"Field","name":{"kind":"Name","value":"canPublish"}},{"kind":"Field","name":{"kind":"Name","value":"cannotPublishReason"}},{"kind":"Field","name":{"kind":"Name","value":"submissionCount"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"withheldReason"}},{"kind":"Field","name":{"kind":"Name","value":"result"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"meanDecimal"}},{"kind":"Field","name":{"kind":"Name","value":"bands"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fromRank"}},{"kind":"Field","name":{"kind":"Name","value":"toRank"}},{"kind":"Field","name":{"kind":"Name","value":"averageDecimal"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"noisyResult"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"NoisyAggregates"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NoisyAggregates"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"BenchmarkNoisyAggregates"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"epsilon"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"lowerDecimal"}},{"kind":"Field","name":{"kind":"Name","value":"upperDecimal"}},{"kind":"Field","name":{"kind":"Name","value":"mean"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"valueDecimal"}},{"kind":"Field","name":{"kind":"Name","value":"margin95"}},{"kind":"Field","name":{"kind":"Name","value":"basis"}}]}},{"kind":"Field","name":{"kind":"Name","value":"quantiles"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"p"}},{"kind":"Field","name":{"kind":"Name","value":"valueDecimal"}},{"kind":"Field","name":{"kind":"Name","value":"margin95"}},{"kind":"Field","name":{"kind":"Name","value":"basis"}}]}}]}}]} as unknown as DocumentNode<ConsoleBenchmarkRoundFragment, unknown>;
export const ConsoleBenchmarkNoisePreviewDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConsoleBenchmarkNoisePreview"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"privacy"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"BenchmarkPrivacyInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"count"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"summable"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"benchmarkNoisePreview"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"privacy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"privacy"}}},{"kind":"Argument","name":{"kind":"Name","value":"count"},"value":{"kind":"Variable","name":{"kind":"Name","value":"count"}}},{"kind":"Argument","name":{"kind":"Name","value":"summable"},"value":{"kind":"Variable","name":{"kind":"Name","value":"summable"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"mean"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"margin95"}}]}},{"kind":"Field","name":{"kind":"Name","value":"quantiles"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"p"}},{"kind":"Field","name":{"kind":"Name","value":"margin95"}}]}}]}}]}}]} as unknown as DocumentNode<ConsoleBenchmarkNoisePreviewQuery, ConsoleBenchmarkNoisePreviewQueryVariables>;
export const ConsoleBenchmarksDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConsoleBenchmarks"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"collaborationId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}},"defaultValue":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"collaboration"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"collaborationId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"participations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"organizationId"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"areas"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"benchmarkRounds"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ConsoleBenchmarkRound"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NoisyAggregates"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"BenchmarkNoisyAggregates"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"epsilon"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"lowerDecimal"}},{"kind":"Field","name":{"kind":"Name","value":"upperDecimal"}},{"kind":"Field","name":{"kind":"Name","value":"mean"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"valueDecimal"}},{"kind":"Field","name":{"kind":"Name","value":"margin95"}},{"kind":"Field","name":{"kind":"Name","value":"basis"}}]}},{"kind":"Field","name":{"kind":"Name","value":"quantiles"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"p"}},{"kind":"Field","name":{"kind":"Name","value":"valueDecimal"}},{"kind":"Field","name":{"kind":"Name","value":"margin95"}},{"kind":"Field","name":{"kind":"Name","value":"basis"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ConsoleBenchmarkRound"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"BenchmarkRound"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"metricName"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"areaId"}},{"kind":"Field","name":{"kind":"Name","value":"higherIsBetter"}},{"kind":"Field","name":{"kind":"Name","value":"summable"}},{"kind":"Field","name":{"kind":"Name","value":"k"}},{"kind":"Field","name":{"kind":"Name","value":"dominanceCap"}},{"kind":"Field","name":{"kind":"Name","value":"facilitatorSeesValues"}},{"kind":"Field","name":{"kind":"Name","value":"publicationMode"}},{"kind":"Field","name":{"kind":"Name","value":"privacy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lowerDecimal"}},{"kind":"Field","name":{"kind":"Name","value":"upperDecimal"}},{"kind":"Field","name":{"kind":"Name","value":"epsilon"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"publishMean"}},{"kind":"Field","name":{"kind":"Name","value":"quantiles"}}]}},{"kind":"Field","name":{"kind":"Name","value":"opensAt"}},{"kind":"Field","name":{"kind":"Name","value":"closesAt"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"participantCount"}},{"kind":"Field","name":{"kind":"Name","value":"participantOrganizationIds"}},{"kind":"Field","name":{"kind":"Name","value":"canPublish"}},{"kind":"Field","name":{"kind":"Name","value":"cannotPublishReason"}},{"kind":"Field","name":{"kind":"Name","value":"submissionCount"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"withheldReason"}},{"kind":"Field","name":{"kind":"Name","value":"result"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"meanDecimal"}},{"kind":"Field","name":{"kind":"Name","value":"bands"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fromRank"}},{"kind":"Field","name":{"kind":"Name","value":"toRank"}},{"kind":"Field","name":{"kind":"Name","value":"averageDecimal"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"noisyResult"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"NoisyAggregates"}}]}}]}}]} as unknown as DocumentNode<ConsoleBenchmarksQuery, ConsoleBenchmarksQueryVariables>;
export const ConsoleBenchmarkSubmissionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConsoleBenchmarkSubmissions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"benchmarkRound"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"submissions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organizationId"}},{"kind":"Field","name":{"kind":"Name","value":"valueDecimal"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}}]}}]}}]}}]} as unknown as DocumentNode<ConsoleBenchmarkSubmissionsQuery, ConsoleBenchmarkSubmissionsQueryVariables>;
export const ConsoleCreateBenchmarkRoundDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsoleCreateBenchmarkRound"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"collaborationId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateBenchmarkRoundInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createBenchmarkRound"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"collaborationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"collaborationId"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ConsoleBenchmarkRound"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NoisyAggregates"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"BenchmarkNoisyAggregates"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"epsilon"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"lowerDecimal"}},{"kind":"Field","name":{"kind":"Name","value":"upperDecimal"}},{"kind":"Field","name":{"kind":"Name","value":"mean"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"valueDecimal"}},{"kind":"Field","name":{"kind":"Name","value":"margin95"}},{"kind":"Field","name":{"kind":"Name","value":"basis"}}]}},{"kind":"Field","name":{"kind":"Name","value":"quantiles"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"p"}},{"kind":"Field","name":{"kind":"Name","value":"valueDecimal"}},{"kind":"Field","name":{"kind":"Name","value":"margin95"}},{"kind":"Field","name":{"kind":"Name","value":"basis"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ConsoleBenchmarkRound"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"BenchmarkRound"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"metricName"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"areaId"}},{"kind":"Field","name":{"kind":"Name","value":"higherIsBetter"}},{"kind":"Field","name":{"kind":"Name","value":"summable"}},{"kind":"Field","name":{"kind":"Name","value":"k"}},{"kind":"Field","name":{"kind":"Name","value":"dominanceCap"}},{"kind":"Field","name":{"kind":"Name","value":"facilitatorSeesValues"}},{"kind":"Field","name":{"kind":"Name","value":"publicationMode"}},{"kind":"Field","name":{"kind":"Name","value":"privacy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lowerDecimal"}},{"kind":"Field","name":{"kind":"Name","value":"upperDecimal"}},{"kind":"Field","name":{"kind":"Name","value":"epsilon"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"publishMean"}},{"kind":"Field","name":{"kind":"Name","value":"quantiles"}}]}},{"kind":"Field","name":{"kind":"Name","value":"opensAt"}},{"kind":"Field","name":{"kind":"Name","value":"closesAt"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"participantCount"}},{"kind":"Field","name":{"kind":"Name","value":"participantOrganizationIds"}},{"kind":"Field","name":{"kind":"Name","value":"canPublish"}},{"kind":"Field","name":{"kind":"Name","value":"cannotPublishReason"}},{"kind":"Field","name":{"kind":"Name","value":"submissionCount"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"withheldReason"}},{"kind":"Field","name":{"kind":"Name","value":"result"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"meanDecimal"}},{"kind":"Field","name":{"kind":"Name","value":"bands"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fromRank"}},{"kind":"Field","name":{"kind":"Name","value":"toRank"}},{"kind":"Field","name":{"kind":"Name","value":"averageDecimal"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"noisyResult"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"NoisyAggregates"}}]}}]}}]} as unknown as DocumentNode<ConsoleCreateBenchmarkRoundMutation, ConsoleCreateBenchmarkRoundMutationVariables>;
export const ConsoleCloseBenchmarkRoundDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsoleCloseBenchmarkRound"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"roundId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"closeBenchmarkRound"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"roundId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"roundId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ConsoleBenchmarkRound"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NoisyAggregates"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"BenchmarkNoisyAggregates"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"epsilon"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"lowerDecimal"}},{"kind":"Field","name":{"kind":"Name","value":"upperDecimal"}},{"kind":"Field","name":{"kind":"Name","value":"mean"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"valueDecimal"}},{"kind":"Field","name":{"kind":"Name","value":"margin95"}},{"kind":"Field","name":{"kind":"Name","value":"basis"}}]}},{"kind":"Field","name":{"kind":"Name","value":"quantiles"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"p"}},{"kind":"Field","name":{"kind":"Name","value":"valueDecimal"}},{"kind":"Field","name":{"kind":"Name","value":"margin95"}},{"kind":"Field","name":{"kind":"Name","value":"basis"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ConsoleBenchmarkRound"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"BenchmarkRound"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"metricName"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"areaId"}},{"kind":"Field","name":{"kind":"Name","value":"higherIsBetter"}},{"kind":"Field","name":{"kind":"Name","value":"summable"}},{"kind":"Field","name":{"kind":"Name","value":"k"}},{"kind":"Field","name":{"kind":"Name","value":"dominanceCap"}},{"kind":"Field","name":{"kind":"Name","value":"facilitatorSeesValues"}},{"kind":"Field","name":{"kind":"Name","value":"publicationMode"}},{"kind":"Field","name":{"kind":"Name","value":"privacy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lowerDecimal"}},{"kind":"Field","name":{"kind":"Name","value":"upperDecimal"}},{"kind":"Field","name":{"kind":"Name","value":"epsilon"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"publishMean"}},{"kind":"Field","name":{"kind":"Name","value":"quantiles"}}]}},{"kind":"Field","name":{"kind":"Name","value":"opensAt"}},{"kind":"Field","name":{"kind":"Name","value":"closesAt"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"participantCount"}},{"kind":"Field","name":{"kind":"Name","value":"participantOrganizationIds"}},{"kind":"Field","name":{"kind":"Name","value":"canPublish"}},{"kind":"Field","name":{"kind":"Name","value":"cannotPublishReason"}},{"kind":"Field","name":{"kind":"Name","value":"submissionCount"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"withheldReason"}},{"kind":"Field","name":{"kind":"Name","value":"result"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"meanDecimal"}},{"kind":"Field","name":{"kind":"Name","value":"bands"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fromRank"}},{"kind":"Field","name":{"kind":"Name","value":"toRank"}},{"kind":"Field","name":{"kind":"Name","value":"averageDecimal"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"noisyResult"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"NoisyAggregates"}}]}}]}}]} as unknown as DocumentNode<ConsoleCloseBenchmarkRoundMutation, ConsoleCloseBenchmarkRoundMutationVariables>;
export function useConsoleBenchmarkNoisePreviewQuery(options: useQuery.Options<ConsoleBenchmarkNoisePreviewQuery, ConsoleBenchmarkNoisePreviewQueryVariables>) {
  return useQuery<ConsoleBenchmarkNoisePreviewQuery, ConsoleBenchmarkNoisePreviewQueryVariables>(ConsoleBenchmarkNoisePreviewDocument, options as useQuery.Options<ConsoleBenchmarkNoisePreviewQuery, ConsoleBenchmarkNoisePreviewQueryVariables>);
}

export function useConsoleBenchmarkNoisePreviewLazyQuery(options?: useLazyQuery.Options<ConsoleBenchmarkNoisePreviewQuery, ConsoleBenchmarkNoisePreviewQueryVariables>) {
  return useLazyQuery<ConsoleBenchmarkNoisePreviewQuery, ConsoleBenchmarkNoisePreviewQueryVariables>(ConsoleBenchmarkNoisePreviewDocument, options);
}

export function useConsoleBenchmarksQuery(options: useQuery.Options<ConsoleBenchmarksQuery, ConsoleBenchmarksQueryVariables>) {
  return useQuery<ConsoleBenchmarksQuery, ConsoleBenchmarksQueryVariables>(ConsoleBenchmarksDocument, options as useQuery.Options<ConsoleBenchmarksQuery, ConsoleBenchmarksQueryVariables>);
}

export function useConsoleBenchmarksLazyQuery(options?: useLazyQuery.Options<ConsoleBenchmarksQuery, ConsoleBenchmarksQueryVariables>) {
  return useLazyQuery<ConsoleBenchmarksQuery, ConsoleBenchmarksQueryVariables>(ConsoleBenchmarksDocument, options);
}

export function useConsoleBenchmarkSubmissionsQuery(options: useQuery.Options<ConsoleBenchmarkSubmissionsQuery, ConsoleBenchmarkSubmissionsQueryVariables>) {
  return useQuery<ConsoleBenchmarkSubmissionsQuery, ConsoleBenchmarkSubmissionsQueryVariables>(ConsoleBenchmarkSubmissionsDocument, options as useQuery.Options<ConsoleBenchmarkSubmissionsQuery, ConsoleBenchmarkSubmissionsQueryVariables>);
}

export function useConsoleBenchmarkSubmissionsLazyQuery(options?: useLazyQuery.Options<ConsoleBenchmarkSubmissionsQuery, ConsoleBenchmarkSubmissionsQueryVariables>) {
  return useLazyQuery<ConsoleBenchmarkSubmissionsQuery, ConsoleBenchmarkSubmissionsQueryVariables>(ConsoleBenchmarkSubmissionsDocument, options);
}

export function useConsoleCreateBenchmarkRoundMutation(options?: useMutation.Options<ConsoleCreateBenchmarkRoundMutation, ConsoleCreateBenchmarkRoundMutationVariables>) {
  return useMutation<ConsoleCreateBenchmarkRoundMutation, ConsoleCreateBenchmarkRoundMutationVariables>(ConsoleCreateBenchmarkRoundDocument, options);
}

export function useConsoleCloseBenchmarkRoundMutation(options?: useMutation.Options<ConsoleCloseBenchmarkRoundMutation, ConsoleCloseBenchmarkRoundMutationVariables>) {
  return useMutation<ConsoleCloseBenchmarkRoundMutation, ConsoleCloseBenchmarkRoundMutationVariables>(ConsoleCloseBenchmarkRoundDocument, options);
}
