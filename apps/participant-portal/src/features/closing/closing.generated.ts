/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type * as Types from '@alianza/graphql-client/types';

import { useLazyQuery, useMutation, useQuery } from '@apollo/client/react';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
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

/** The viewer's organization's final evaluation. */
export type EvaluationInput = {
  /** The overall assessment. */
  assessment?: string;
  /** A rating of each objective. */
  objectiveRatings?: Array<ObjectiveRatingInput>;
  /** A rating of each other organization. */
  peerRatings?: Array<PeerRatingInput>;
};

/** A rating of one objective. */
export type ObjectiveRatingInput = {
  /** Why, in a few words. */
  comment?: string;
  /** The id of the plan objective. */
  objectiveId: string | number;
  /** The rating, from 1 (poor) to 5 (very good). */
  rating: number;
};

/** A rating of another organization. */
export type PeerRatingInput = {
  /** Why, in a few words. */
  comment?: string;
  /** The id of the organization. */
  organizationId: string | number;
  /** The rating, from 1 (poor) to 5 (very good). */
  rating: number;
};

/** What ledger values are given in. */
export type ValuationScale =
  /** Money, in the collaboration's currency. */
  | 'MONEY'
  /** Points agreed in the collaboration. */
  | 'POINTS';

export type PortalClosingQueryVariables = Exact<{
  collaborationId: string | number;
}>;


export type PortalClosingQuery = { collaboration: { id: string, title: string, status: Types.CollaborationStatus, myParticipations: Array<{ id: string, organizationId: string, active: boolean }>, participations: Array<{ id: string, organizationId: string, active: boolean, organization: { id: string, name: string } }>, finalStatement: { collaborationId: string, closedAt: string, hash: string, overrideReason: string | null, missingEvaluations: Array<string>, collaboration: { id: string, title: string, objective: string }, plan: { milestonesDone: number, milestonesTotal: number, objectives: Array<{ id: string, title: string, indicators: Array<{ id: string, name: string, unit: string, baselineDecimal: string, targetDecimal: string, currentDecimal: string | null, progressPercent: number | null }> }> }, balances: { organizations: Array<{ organizationId: string, given: string, received: string, net: string }>, pairs: Array<{ giverOrganizationId: string, receiverOrganizationId: string | null, value: string }> }, evaluations: Array<{ organizationId: string | null, assessment: string, objectiveRatings: Array<{ objectiveId: string, rating: number, comment: string }>, peerRatings: Array<{ organizationId: string, rating: number, comment: string }> }> } | null } };

export type PortalClosingEvaluationQueryVariables = Exact<{
  collaborationId: string | number;
}>;


export type PortalClosingEvaluationQuery = { collaboration: { id: string, evaluations: { nodes: Array<{ id: string, organizationId: string | null, assessment: string, updatedAt: string, objectiveRatings: Array<{ objectiveId: string, rating: number, comment: string }>, peerRatings: Array<{ organizationId: string, rating: number, comment: string }> }> } }, plan: { collaborationId: string, objectives: Array<{ id: string, title: string, description: string }> } };

export type PortalClosingSettingsQueryVariables = Exact<{
  collaborationId: string | number;
}>;


export type PortalClosingSettingsQuery = { ledgerSettings: { valuationScale: Types.ValuationScale, currency: string | null } };

export type PortalSubmitEvaluationMutationVariables = Exact<{
  collaborationId: string | number;
  input: Types.EvaluationInput;
}>;


export type PortalSubmitEvaluationMutation = { submitEvaluation: { id: string, organizationId: string | null, assessment: string, updatedAt: string, objectiveRatings: Array<{ objectiveId: string, rating: number, comment: string }>, peerRatings: Array<{ organizationId: string, rating: number, comment: string }> } };


export const PortalClosingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PortalClosing"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"collaborationId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"collaboration"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"collaborationId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"myParticipations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"organizationId"}},{"kind":"Field","name":{"kind":"Name","value":"active"}}]}},{"kind":"Field","name":{"kind":"Name","value":"participations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"organizationId"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"finalStatement"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"FinalStatementFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FinalStatementFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FinalStatement"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"collaborationId"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"hash"}},{"kind":"Field","name":{"kind":"Name","value":"overrideReason"}},{"kind":"Field","name":{"kind":"Name","value":"collaboration"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"objective"}}]}},{"kind":"Field","name":{"kind":"Name","value":"plan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"objectives"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"indicators"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"baselineDecimal"}},{"kind":"Field","name":{"kind":"Name","value":"targetDecimal"}},{"kind":"Field","name":{"kind":"Name","value":"currentDecimal"}},{"kind":"Field","name":{"kind":"Name","value":"progressPercent"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"milestonesDone"}},{"kind":"Field","name":{"kind":"Name","value":"milestonesTotal"}}]}},{"kind":"Field","name":{"kind":"Name","value":"balances"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organizations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organizationId"}},{"kind":"Field","name":{"kind":"Name","value":"given"}},{"kind":"Field","name":{"kind":"Name","value":"received"}},{"kind":"Field","name":{"kind":"Name","value":"net"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pairs"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"giverOrganizationId"}},{"kind":"Field","name":{"kind":"Name","value":"receiverOrganizationId"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"evaluations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organizationId"}},{"kind":"Field","name":{"kind":"Name","value":"assessment"}},{"kind":"Field","name":{"kind":"Name","value":"objectiveRatings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"objectiveId"}},{"kind":"Field","name":{"kind":"Name","value":"rating"}},{"kind":"Field","name":{"kind":"Name","value":"comment"}}]}},{"kind":"Field","name":{"kind":"Name","value":"peerRatings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organizationId"}},{"kind":"Field","name":{"kind":"Name","value":"rating"}},{"kind":"Field","name":{"kind":"Name","value":"comment"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"missingEvaluations"}}]}}]} as unknown as DocumentNode<PortalClosingQuery, PortalClosingQueryVariables>;
export const PortalClosingEvaluationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PortalClosingEvaluation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"collaborationId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"collaboration"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"collaborationId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"evaluations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EvaluationFields"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"plan"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"collaborationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"collaborationId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"collaborationId"}},{"kind":"Field","name":{"kind":"Name","value":"objectives"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EvaluationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Evaluation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"organizationId"}},{"kind":"Field","name":{"kind":"Name","value":"assessment"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"objectiveRatings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"objectiveId"}},{"kind":"Field","name":{"kind":"Name","value":"rating"}},{"kind":"Field","name":{"kind":"Name","value":"comment"}}]}},{"kind":"Field","name":{"kind":"Name","value":"peerRatings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organizationId"}},{"kind":"Field","name":{"kind":"Name","value":"rating"}},{"kind":"Field","name":{"kind":"Name","value":"comment"}}]}}]}}]} as unknown as DocumentNode<PortalClosingEvaluationQuery, PortalClosingEvaluationQueryVariables>;
export const PortalClosingSettingsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PortalClosingSettings"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"collaborationId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ledgerSettings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"collaborationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"collaborationId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"valuationScale"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}}]}}]} as unknown as DocumentNode<PortalClosingSettingsQuery, PortalClosingSettingsQueryVariables>;
export const PortalSubmitEvaluationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PortalSubmitEvaluation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"collaborationId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"EvaluationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"submitEvaluation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"collaborationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"collaborationId"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EvaluationFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EvaluationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Evaluation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"organizationId"}},{"kind":"Field","name":{"kind":"Name","value":"assessment"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"objectiveRatings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"objectiveId"}},{"kind":"Field","name":{"kind":"Name","value":"rating"}},{"kind":"Field","name":{"kind":"Name","value":"comment"}}]}},{"kind":"Field","name":{"kind":"Name","value":"peerRatings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organizationId"}},{"kind":"Field","name":{"kind":"Name","value":"rating"}},{"kind":"Field","name":{"kind":"Name","value":"comment"}}]}}]}}]} as unknown as DocumentNode<PortalSubmitEvaluationMutation, PortalSubmitEvaluationMutationVariables>;
export function usePortalClosingQuery(options: useQuery.Options<PortalClosingQuery, PortalClosingQueryVariables>) {
  return useQuery<PortalClosingQuery, PortalClosingQueryVariables>(PortalClosingDocument, options as useQuery.Options<PortalClosingQuery, PortalClosingQueryVariables>);
}

export function usePortalClosingLazyQuery(options?: useLazyQuery.Options<PortalClosingQuery, PortalClosingQueryVariables>) {
  return useLazyQuery<PortalClosingQuery, PortalClosingQueryVariables>(PortalClosingDocument, options);
}

export function usePortalClosingEvaluationQuery(options: useQuery.Options<PortalClosingEvaluationQuery, PortalClosingEvaluationQueryVariables>) {
  return useQuery<PortalClosingEvaluationQuery, PortalClosingEvaluationQueryVariables>(PortalClosingEvaluationDocument, options as useQuery.Options<PortalClosingEvaluationQuery, PortalClosingEvaluationQueryVariables>);
}

export function usePortalClosingEvaluationLazyQuery(options?: useLazyQuery.Options<PortalClosingEvaluationQuery, PortalClosingEvaluationQueryVariables>) {
  return useLazyQuery<PortalClosingEvaluationQuery, PortalClosingEvaluationQueryVariables>(PortalClosingEvaluationDocument, options);
}

export function usePortalClosingSettingsQuery(options: useQuery.Options<PortalClosingSettingsQuery, PortalClosingSettingsQueryVariables>) {
  return useQuery<PortalClosingSettingsQuery, PortalClosingSettingsQueryVariables>(PortalClosingSettingsDocument, options as useQuery.Options<PortalClosingSettingsQuery, PortalClosingSettingsQueryVariables>);
}

export function usePortalClosingSettingsLazyQuery(options?: useLazyQuery.Options<PortalClosingSettingsQuery, PortalClosingSettingsQueryVariables>) {
  return useLazyQuery<PortalClosingSettingsQuery, PortalClosingSettingsQueryVariables>(PortalClosingSettingsDocument, options);
}

export function usePortalSubmitEvaluationMutation(options?: useMutation.Options<PortalSubmitEvaluationMutation, PortalSubmitEvaluationMutationVariables>) {
  return useMutation<PortalSubmitEvaluationMutation, PortalSubmitEvaluationMutationVariables>(PortalSubmitEvaluationDocument, options);
}
