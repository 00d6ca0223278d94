/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type * as Types from '@alianza/graphql-client/types';

import { useLazyQuery, useMutation, useQuery } from '@apollo/client/react';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** Markets/regions, segments, products/services. */
export type ActivityDimension =
  /** A market the organization works in. */
  | 'MARKET'
  /** A product or service the organization offers. */
  | 'PRODUCT'
  /** A customer segment the organization serves. */
  | 'SEGMENT';

/** The options participants may declare for an area, in one dimension. */
export type ActivityOptionsInput = {
  /** What the options describe. */
  dimension: ActivityDimension;
  /** The whole list, in order. Options left out are removed with their declarations. */
  labels: Array<string>;
};

/** How freely information flows in an area of exchange. */
export type AreaSensitivity =
  /** Every disclosure needs the facilitator's decision. */
  | 'MODERATED'
  /** Disclosures to active participants are approved automatically, unless an overlap applies. */
  | 'OPEN'
  /** No item is ever disclosed; only the facilitator's publications. */
  | 'RESTRICTED';

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

/** A detected overlap to declare as an overlap. */
export type DeclareDetectedOverlapInput = {
  /** The id of the area. */
  areaId: string | number;
  /** Your own note: nobody else reads it. */
  note?: string | null | undefined;
  /** The ids of the organizations of the overlap. */
  organizationIds: Array<string | number>;
  /** What the organizations involved will read. */
  sharedNote?: string | null | undefined;
};

/** How many organizations a detected overlap involves. */
export type DetectedOverlapKind =
  /** More than two organizations. */
  | 'GROUP'
  /** Two organizations. */
  | 'PAIR';

/** Where a detected overlap stands. */
export type DetectedOverlapStatus =
  /** The facilitator declared it an overlap. */
  | 'DECLARED'
  /** The facilitator dismissed it. */
  | 'DISMISSED'
  /** It waits for the facilitator's review. */
  | 'NEW';

/** A detected overlap to dismiss, with the reason. */
export type DismissDetectedOverlapInput = {
  /** The id of the area. */
  areaId: string | number;
  /** The ids of the organizations of the overlap. */
  organizationIds: Array<string | number>;
  /** Why it is not an overlap. */
  reason: string;
};

/** What the facilitator decided about a detected overlap. */
export type OverlapReviewDecision =
  /** Declared as an overlap. */
  | 'DECLARED'
  /** Dismissed. */
  | 'DISMISSED';

/** Where an organization's participation stands. */
export type ParticipationStatus =
  /** It accepted and takes part. */
  | 'ACCEPTED'
  /** It declined. */
  | 'DECLINED'
  /** It was invited and has not answered. */
  | 'INVITED'
  /** It withdrew, or its invitation was withdrawn. */
  | 'WITHDRAWN';

export type ConsoleActivityOptionFragment = { id: string, areaId: string, dimension: Types.ActivityDimension, label: string, position: number };

export type ConsoleDetectedOverlapFragment = { id: string, kind: Types.DetectedOverlapKind, areaId: string, organizationIds: Array<string>, sharedCustomers: number | null, status: Types.DetectedOverlapStatus, changedSinceReview: boolean, overlapId: string | null, markets: Array<{ id: string, areaId: string, dimension: Types.ActivityDimension, label: string, position: number }>, segments: Array<{ id: string, areaId: string, dimension: Types.ActivityDimension, label: string, position: number }>, products: Array<{ id: string, areaId: string, dimension: Types.ActivityDimension, label: string, position: number }>, review: { decision: Types.OverlapReviewDecision, reason: string | null, decidedAt: string } | null };

export type ConsoleActivityQueryVariables = Exact<{
  collaborationId: string | number;
  first?: number | null | undefined;
}>;


export type ConsoleActivityQuery = { collaboration: { id: string, status: Types.CollaborationStatus, participations: Array<{ id: string, status: Types.ParticipationStatus, organizationId: string, organization: { id: string, name: string } }>, areas: { nodes: Array<{ id: string, name: string, sensitivity: Types.AreaSensitivity }> }, activityOptions: { nodes: Array<{ id: string, areaId: string, dimension: Types.ActivityDimension, label: string, position: number }> }, detectedOverlaps: { nodes: Array<{ id: string, kind: Types.DetectedOverlapKind, areaId: string, organizationIds: Array<string>, sharedCustomers: number | null, status: Types.DetectedOverlapStatus, changedSinceReview: boolean, overlapId: string | null, markets: Array<{ id: string, areaId: string, dimension: Types.ActivityDimension, label: string, position: number }>, segments: Array<{ id: string, areaId: string, dimension: Types.ActivityDimension, label: string, position: number }>, products: Array<{ id: string, areaId: string, dimension: Types.ActivityDimension, label: string, position: number }>, review: { decision: Types.OverlapReviewDecision, reason: string | null, decidedAt: string } | null }> } } };

export type ConsoleSetActivityOptionsMutationVariables = Exact<{
  areaId: string | number;
  input: Types.ActivityOptionsInput;
}>;


export type ConsoleSetActivityOptionsMutation = { setActivityOptions: Array<{ id: string, areaId: string, dimension: Types.ActivityDimension, label: string, position: number }> };

export type ConsoleDeclareDetectedOverlapMutationVariables = Exact<{
  input: Types.DeclareDetectedOverlapInput;
}>;


export type ConsoleDeclareDetectedOverlapMutation = { declareDetectedOverlap: { id: string, kind: Types.DetectedOverlapKind, areaId: string, organizationIds: Array<string>, sharedCustomers: number | null, status: Types.DetectedOverlapStatus, changedSinceReview: boolean, overlapId: string | null, markets: Array<{ id: string, areaId: string, dimension: Types.ActivityDimension, label: string, position: number }>, segments: Array<{ id: string, areaId: string, dimension: Types.ActivityDimension, label: string, position: number }>, products: Array<{ id: string, areaId: string, dimension: Types.ActivityDimension, label: string, position: number }>, review: { decision: Types.OverlapReviewDecision, reason: string | null, decidedAt: string } | null } };

export type ConsoleDismissDetectedOverlapMutationVariables = Exact<{
  input: Types.DismissDetectedOverlapInput;
}>;


export type ConsoleDismissDetectedOverlapMutation = { dismissDetectedOverlap: { id: string, kind: Types.DetectedOverlapKind, areaId: string, organizationIds: Array<string>, sharedCustomers: number | null, status: Types.DetectedOverlapStatus, changedSinceReview: boolean, overlapId: string | null, markets: Array<{ id: string, areaId: string, dimension: Types.ActivityDimension, label: string, position: number }>, segments: Array<{ id: string, areaId: string, dimension: Types.ActivityDimension, label: string, position: number }>, products: Array<{ id: string, areaId: string, dimension: Types.ActivityDimension, label: string, position: number }>, review: { decision: Types.OverlapReviewDecision, reason: string | null, decidedAt: string } | null } };

export const ConsoleActivityOptionFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ConsoleActivityOption"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ActivityOption"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"areaId"}},{"kind":"Field","name":{"kind":"Name","value":"dimension"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"position"}}]}}]} as unknown as DocumentNode<ConsoleActivityOptionFragment, unknown>;
export const ConsoleDetectedOverlapFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ConsoleDetectedOverlap"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DetectedOverlap"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"areaId"}},{"kind":"Field","name":{"kind":"Name","value":"organizationIds"}},{"kind":"Field","name":{"kind":"Name","value":"markets"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ConsoleActivityOption"}}]}},{"kind":"Field","name":{"kind":"Name","value":"segments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ConsoleActivityOption"}}]}},{"kind":"Field","name":{"kind":"Name","value":"products"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ConsoleActivityOption"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sharedCustomers"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"changedSinceReview"}},{"kind":"Field","name":{"kind":"Name","value":"overlapId"}},{"kind":"Field","name":{"kind":"Name","value":"review"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"decision"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ConsoleActivityOption"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ActivityOption"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"areaId"}},{"kind":"Field","name":{"kind":"Name","value":"dimension"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"position"}}]}}]} as unknown as DocumentNode<ConsoleDetectedOverlapFragment, unknown>;
export const ConsoleActivityDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConsoleActivity"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"collaborationId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}},"defaultValue":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"collaboration"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"collaborationId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"participations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"organizationId"}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"areas"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"sensitivity"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"activityOptions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ConsoleActivityOption"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"detectedOverlaps"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ConsoleDetectedOverlap"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ConsoleActivityOption"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ActivityOption"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"areaId"}},{"kind":"Field","name":{"kind":"Name","value":"dimension"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"position"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ConsoleDetectedOverlap"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DetectedOverlap"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"areaId"}},{"kind":"Field","name":{"kind":"Name","value":"organizationIds"}},{"kind":"Field","name":{"kind":"Name","value":"markets"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ConsoleActivityOption"}}]}},{"kind":"Field","name":{"kind":"Name","value":"segments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ConsoleActivityOption"}}]}},{"kind":"Field","name":{"kind":"Name","value":"products"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ConsoleActivityOption"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sharedCustomers"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"changedSinceReview"}},{"kind":"Field","name":{"kind":"Name","value":"overlapId"}},{"kind":"Field","name":{"kind":"Name","value":"review"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"decision"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}}]}}]}}]} as unknown as DocumentNode<ConsoleActivityQuery, ConsoleActivityQueryVariables>;
export const ConsoleSetActivityOptionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsoleSetActivityOptions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"areaId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ActivityOptionsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setActivityOptions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"areaId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"areaId"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ConsoleActivityOption"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ConsoleActivityOption"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ActivityOption"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"areaId"}},{"kind":"Field","name":{"kind":"Name","value":"dimension"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"position"}}]}}]} as unknown as DocumentNode<ConsoleSetActivityOptionsMutation, ConsoleSetActivityOptionsMutationVariables>;
export const ConsoleDeclareDetectedOverlapDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsoleDeclareDetectedOverlap"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DeclareDetectedOverlapInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"declareDetectedOverlap"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ConsoleDetectedOverlap"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ConsoleActivityOption"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ActivityOption"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"areaId"}},{"kind":"Field","name":{"kind":"Name","value":"dimension"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"position"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ConsoleDetectedOverlap"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DetectedOverlap"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"areaId"}},{"kind":"Field","name":{"kind":"Name","value":"organizationIds"}},{"kind":"Field","name":{"kind":"Name","value":"markets"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ConsoleActivityOption"}}]}},{"kind":"Field","name":{"kind":"Name","value":"segments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ConsoleActivityOption"}}]}},{"kind":"Field","name":{"kind":"Name","value":"products"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ConsoleActivityOption"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sharedCustomers"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"changedSinceReview"}},{"kind":"Field","name":{"kind":"Name","value":"overlapId"}},{"kind":"Field","name":{"kind":"Name","value":"review"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"decision"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}}]}}]}}]} as unknown as DocumentNode<ConsoleDeclareDetectedOverlapMutation, ConsoleDeclareDetectedOverlapMutationVariables>;
export const ConsoleDismissDetectedOverlapDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsoleDismissDetectedOverlap"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DismissDetectedOverlapInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dismissDetectedOverlap"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ConsoleDetectedOverlap"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ConsoleActivityOption"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ActivityOption"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"areaId"}},{"kind":"Field","name":{"kind":"Name","value":"dimension"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"position"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ConsoleDetectedOverlap"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DetectedOverlap"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"areaId"}},{"kind":"Field","name":{"kind":"Name","value":"organizationIds"}},{"kind":"Field","name":{"kind":"Name","value":"markets"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ConsoleActivityOption"}}]}},{"kind":"Field","name":{"kind":"Name","value":"segments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ConsoleActivityOption"}}]}},{"kind":"Field","name":{"kind":"Name","value":"products"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ConsoleActivityOption"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sharedCustomers"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"changedSinceReview"}},{"kind":"Field","name":{"kind":"Name","value":"overlapId"}},{"kind":"Field","name":{"kind":"Name","value":"review"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"decision"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}}]}}]}}]} as unknown as DocumentNode<ConsoleDismissDetectedOverlapMutation, ConsoleDismissDetectedOverlapMutationVariables>;
export function useConsoleActivityQuery(options: useQuery.Options<ConsoleActivityQuery, ConsoleActivityQueryVariables>) {
  return useQuery<ConsoleActivityQuery, ConsoleActivityQueryVariables>(ConsoleActivityDocument, options as useQuery.Options<ConsoleActivityQuery, ConsoleActivityQueryVariables>);
}

export function useConsoleActivityLazyQuery(options?: useLazyQuery.Options<ConsoleActivityQuery, ConsoleActivityQueryVariables>) {
  return useLazyQuery<ConsoleActivityQuery, ConsoleActivityQueryVariables>(ConsoleActivityDocument, options);
}

export function useConsoleSetActivityOptionsMutation(options?: useMutation.Options<ConsoleSetActivityOptionsMutation, ConsoleSetActivityOptionsMutationVariables>) {
  return useMutation<ConsoleSetActivityOptionsMutation, ConsoleSetActivityOptionsMutationVariables>(ConsoleSetActivityOptionsDocument, options);
}

export function useConsoleDeclareDetectedOverlapMutation(options?: useMutation.Options<ConsoleDeclareDetectedOverlapMutation, ConsoleDeclareDetectedOverlapMutationVariables>) {
  return useMutation<ConsoleDeclareDetectedOverlapMutation, ConsoleDeclareDetectedOverlapMutationVariables>(ConsoleDeclareDetectedOverlapDocument, options);
}

export function useConsoleDismissDetectedOverlapMutation(options?: useMutation.Options<ConsoleDismissDetectedOverlapMutation, ConsoleDismissDetectedOverlapMutationVariables>) {
  return useMutation<ConsoleDismissDetectedOverlapMutation, ConsoleDismissDetectedOverlapMutationVariables>(ConsoleDismissDetectedOverlapDocument, options);
}
