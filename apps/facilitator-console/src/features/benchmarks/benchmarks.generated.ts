/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type * as Types from '@alianza/graphql-client/types';

import { useLazyQuery, useMutation, useQuery } from '@apollo/client/react';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
export type BenchmarkOutcome =
  | 'PUBLISHED'
  | 'WITHHELD';

export type BenchmarkRoundStatus =
  | 'CLOSED'
  | 'OPEN'
  | 'SCHEDULED';

/** Why a closed round published nothing. */
export type BenchmarkWithheldReason =
  | 'DIFFERENCING'
  | 'DOMINANCE'
  | 'RULE_RETIRED'
  | 'TOO_FEW_SUBMISSIONS'
  | 'VALUES_AT_LIMIT';

export type CollaborationStatus =
  | 'ACTIVE'
  | 'CLOSED'
  | 'CLOSING'
  | 'DRAFT';

export type CreateBenchmarkRoundInput = {
  /** An area of the collaboration. */
  areaId?: string | number | null | undefined;
  closesAt: string;
  /** Largest share of the total one contributor may hold, in (0, 1]. */
  dominanceCap?: number;
  facilitatorSeesValues?: boolean;
  higherIsBetter?: boolean;
  /** Minimum group size; at least 3. */
  k?: number;
  metricName: string;
  /** Default: now. */
  opensAt?: string | null | undefined;
  /** At least two active participants of the collaboration. */
  participantOrganizationIds: Array<string | number>;
  /** Values add up (revenue, staff). */
  summable?: boolean;
  /** e.g. "EUR", "%", "people". */
  unit?: string;
};

export type ConsoleBenchmarkRoundFragment = { id: string, metricName: string, unit: string, areaId: string | null, higherIsBetter: boolean, summable: boolean, k: number, dominanceCap: number, facilitatorSeesValues: boolean, opensAt: string, closesAt: string, closedAt: string | null, status: Types.BenchmarkRoundStatus, participantCount: number, participantOrganizationIds: Array<string> | null, canPublish: boolean, cannotPublishReason: Types.BenchmarkWithheldReason | null, submissionCount: number | null, outcome: Types.BenchmarkOutcome | null, withheldReason: Types.BenchmarkWithheldReason | null, result: { count: number, mean: number, bands: Array<{ fromRank: number, toRank: number, average: number }> } | null };

export type ConsoleBenchmarksQueryVariables = Exact<{
  collaborationId: string | number;
}>;


export type ConsoleBenchmarksQuery = { collaboration: { id: string, status: Types.CollaborationStatus, participations: Array<{ id: string, organizationId: string, active: boolean, organization: { id: string, name: string } }> }, areas: Array<{ id: string, name: string }>, benchmarkRounds: Array<{ id: string, metricName: string, unit: string, areaId: string | null, higherIsBetter: boolean, summable: boolean, k: number, dominanceCap: number, facilitatorSeesValues: boolean, opensAt: string, closesAt: string, closedAt: string | null, status: Types.BenchmarkRoundStatus, participantCount: number, participantOrganizationIds: Array<string> | null, canPublish: boolean, cannotPublishReason: Types.BenchmarkWithheldReason | null, submissionCount: number | null, outcome: Types.BenchmarkOutcome | null, withheldReason: Types.BenchmarkWithheldReason | null, result: { count: number, mean: number, bands: Array<{ fromRank: number, toRank: number, average: number }> } | null }> };

export type ConsoleBenchmarkSubmissionsQueryVariables = Exact<{
  id: string | number;
}>;


export type ConsoleBenchmarkSubmissionsQuery = { benchmarkRound: { id: string, submissions: Array<{ organizationId: string, value: number, submittedAt: string }> } };

export type ConsoleCreateBenchmarkRoundMutationVariables = Exact<{
  collaborationId: string | number;
  input: Types.CreateBenchmarkRoundInput;
}>;


export type ConsoleCreateBenchmarkRoundMutation = { createBenchmarkRound: { id: string, metricName: string, unit: string, areaId: string | null, higherIsBetter: boolean, summable: boolean, k: number, dominanceCap: number, facilitatorSeesValues: boolean, opensAt: string, closesAt: string, closedAt: string | null, status: Types.BenchmarkRoundStatus, participantCount: number, participantOrganizationIds: Array<string> | null, canPublish: boolean, cannotPublishReason: Types.BenchmarkWithheldReason | null, submissionCount: number | null, outcome: Types.BenchmarkOutcome | null, withheldReason: Types.BenchmarkWithheldReason | null, result: { count: number, mean: number, bands: Array<{ fromRank: number, toRank: number, average: number }> } | null } };

export type ConsoleCloseBenchmarkRoundMutationVariables = Exact<{
  id: string | number;
}>;


export type ConsoleCloseBenchmarkRoundMutation = { closeBenchmarkRound: { id: string, metricName: string, unit: string, areaId: string | null, higherIsBetter: boolean, summable: boolean, k: number, dominanceCap: number, facilitatorSeesValues: boolean, opensAt: string, closesAt: string, closedAt: string | null, status: Types.BenchmarkRoundStatus, participantCount: number, participantOrganizationIds: Array<string> | null, canPublish: boolean, cannotPublishReason: Types.BenchmarkWithheldReason | null, submissionCount: number | null, outcome: Types.BenchmarkOutcome | null, withheldReason: Types.BenchmarkWithheldReason | null, result: { count: number, mean: number, bands: Array<{ fromRank: number, toRank: number, average: number }> } | null } };

export const ConsoleBenchmarkRoundFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ConsoleBenchmarkRound"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"BenchmarkRound"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"metricName"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"areaId"}},{"kind":"Field","name":{"kind":"Name","value":"higherIsBetter"}},{"kind":"Field","name":{"kind":"Name","value":"summable"}},{"kind":"Field","name":{"kind":"Name","value":"k"}},{"kind":"Field","name":{"kind":"Name","value":"dominanceCap"}},{"kind":"Field","name":{"kind":"Name","value":"facilitatorSeesValues"}},{"kind":"Field","name":{"kind":"Name","value":"opensAt"}},{"kind":"Field","name":{"kind":"Name","value":"closesAt"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"participantCount"}},{"kind":"Field","name":{"kind":"Name","value":"participantOrganizationIds"}},{"kind":"Field","name":{"kind":"Name","value":"canPublish"}},{"kind":"Field","name":{"kind":"Name","value":"cannotPublishReason"}},{"kind":"Field","name":{"kind":"Name","value":"submissionCount"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"withheldReason"}},{"kind":"Field","name":{"kind":"Name","value":"result"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"mean"}},{"kind":"Field","name":{"kind":"Name","value":"bands"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fromRank"}},{"kind":"Field","name":{"kind":"Name","value":"toRank"}},{"kind":"Field","name":{"kind":"Name","value":"average"}}]}}]}}]}}]} as unknown as DocumentNode<ConsoleBenchmarkRoundFragment, unknown>;
export const ConsoleBenchmarksDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConsoleBenchmarks"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"collaborationId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"collaboration"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"collaborationId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"participations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"organizationId"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"areas"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"collaborationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"collaborationId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"benchmarkRounds"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"collaborationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"collaborationId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ConsoleBenchmarkRound"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ConsoleBenchmarkRound"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"BenchmarkRound"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"metricName"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"areaId"}},{"kind":"Field","name":{"kind":"Name","value":"higherIsBetter"}},{"kind":"Field","name":{"kind":"Name","value":"summable"}},{"kind":"Field","name":{"kind":"Name","value":"k"}},{"kind":"Field","name":{"kind":"Name","value":"dominanceCap"}},{"kind":"Field","name":{"kind":"Name","value":"facilitatorSeesValues"}},{"kind":"Field","name":{"kind":"Name","value":"opensAt"}},{"kind":"Field","name":{"kind":"Name","value":"closesAt"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"participantCount"}},{"kind":"Field","name":{"kind":"Name","value":"participantOrganizationIds"}},{"kind":"Field","name":{"kind":"Name","value":"canPublish"}},{"kind":"Field","name":{"kind":"Name","value":"cannotPublishReason"}},{"kind":"Field","name":{"kind":"Name","value":"submissionCount"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"withheldReason"}},{"kind":"Field","name":{"kind":"Name","value":"result"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"mean"}},{"kind":"Field","name":{"kind":"Name","value":"bands"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fromRank"}},{"kind":"Field","name":{"kind":"Name","value":"toRank"}},{"kind":"Field","name":{"kind":"Name","value":"average"}}]}}]}}]}}]} as unknown as DocumentNode<ConsoleBenchmarksQuery, ConsoleBenchmarksQueryVariables>;
export const ConsoleBenchmarkSubmissionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConsoleBenchmarkSubmissions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"benchmarkRound"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"submissions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organizationId"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}}]}}]}}]}}]} as unknown as DocumentNode<ConsoleBenchmarkSubmissionsQuery, ConsoleBenchmarkSubmissionsQueryVariables>;
export const ConsoleCreateBenchmarkRoundDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsoleCreateBenchmarkRound"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"collaborationId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateBenchmarkRoundInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createBenchmarkRound"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"collaborationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"collaborationId"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ConsoleBenchmarkRound"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ConsoleBenchmarkRound"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"BenchmarkRound"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"metricName"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"areaId"}},{"kind":"Field","name":{"kind":"Name","value":"higherIsBetter"}},{"kind":"Field","name":{"kind":"Name","value":"summable"}},{"kind":"Field","name":{"kind":"Name","value":"k"}},{"kind":"Field","name":{"kind":"Name","value":"dominanceCap"}},{"kind":"Field","name":{"kind":"Name","value":"facilitatorSeesValues"}},{"kind":"Field","name":{"kind":"Name","value":"opensAt"}},{"kind":"Field","name":{"kind":"Name","value":"closesAt"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"participantCount"}},{"kind":"Field","name":{"kind":"Name","value":"participantOrganizationIds"}},{"kind":"Field","name":{"kind":"Name","value":"canPublish"}},{"kind":"Field","name":{"kind":"Name","value":"cannotPublishReason"}},{"kind":"Field","name":{"kind":"Name","value":"submissionCount"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"withheldReason"}},{"kind":"Field","name":{"kind":"Name","value":"result"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"mean"}},{"kind":"Field","name":{"kind":"Name","value":"bands"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fromRank"}},{"kind":"Field","name":{"kind":"Name","value":"toRank"}},{"kind":"Field","name":{"kind":"Name","value":"average"}}]}}]}}]}}]} as unknown as DocumentNode<ConsoleCreateBenchmarkRoundMutation, ConsoleCreateBenchmarkRoundMutationVariables>;
export const ConsoleCloseBenchmarkRoundDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsoleCloseBenchmarkRound"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"closeBenchmarkRound"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ConsoleBenchmarkRound"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ConsoleBenchmarkRound"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"BenchmarkRound"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"metricName"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"areaId"}},{"kind":"Field","name":{"kind":"Name","value":"higherIsBetter"}},{"kind":"Field","name":{"kind":"Name","value":"summable"}},{"kind":"Field","name":{"kind":"Name","value":"k"}},{"kind":"Field","name":{"kind":"Name","value":"dominanceCap"}},{"kind":"Field","name":{"kind":"Name","value":"facilitatorSeesValues"}},{"kind":"Field","name":{"kind":"Name","value":"opensAt"}},{"kind":"Field","name":{"kind":"Name","value":"closesAt"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"participantCount"}},{"kind":"Field","name":{"kind":"Name","value":"participantOrganizationIds"}},{"kind":"Field","name":{"kind":"Name","value":"canPublish"}},{"kind":"Field","name":{"kind":"Name","value":"cannotPublishReason"}},{"kind":"Field","name":{"kind":"Name","value":"submissionCount"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"withheldReason"}},{"kind":"Field","name":{"kind":"Name","value":"result"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"mean"}},{"kind":"Field","name":{"kind":"Name","value":"bands"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fromRank"}},{"kind":"Field","name":{"kind":"Name","value":"toRank"}},{"kind":"Field","name":{"kind":"Name","value":"average"}}]}}]}}]}}]} as unknown as DocumentNode<ConsoleCloseBenchmarkRoundMutation, ConsoleCloseBenchmarkRoundMutationVariables>;
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
