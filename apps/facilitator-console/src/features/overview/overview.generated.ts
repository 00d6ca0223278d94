/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type * as Types from '@alianza/graphql-client/types';

import { useLazyQuery, useMutation, useQuery } from '@apollo/client/react';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** A move of the collaboration's status. */
export type ChangeCollaborationStatusInput = {
  /** Why closing without every evaluation (required then). */
  overrideReason?: string | null | undefined;
  /** The new status. */
  status: CollaborationStatus;
};

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

/** Changes to a collaboration; omitted fields stay as they are. */
export type UpdateCollaborationInput = {
  /** The new description. */
  description?: string | null | undefined;
  /** The new objective. */
  objective?: string | null | undefined;
  /** The new title. */
  title?: string | null | undefined;
};

/** What ledger values are given in. */
export type ValuationScale =
  /** Money, in the collaboration's currency. */
  | 'MONEY'
  /** Points agreed in the collaboration. */
  | 'POINTS';

export type ConsoleOverviewQueryVariables = Exact<{
  id: string | number;
}>;


export type ConsoleOverviewQuery = { collaboration: { id: string, title: string, objective: string, description: string, status: Types.CollaborationStatus, nextStatuses: Array<Types.CollaborationStatus>, createdAt: string, updatedAt: string, currentGroundRulesVersion: number, previousCollaborationId: string | null, facilitators: Array<{ id: string, displayName: string }>, participations: Array<{ id: string, status: Types.ParticipationStatus, active: boolean, organizationId: string, organization: { id: string, name: string } }>, openingContext: { collaborationId: string, closedAt: string, hash: string, overrideReason: string | null, missingEvaluations: Array<string>, collaboration: { id: string, title: string, objective: string }, plan: { milestonesDone: number, milestonesTotal: number, objectives: Array<{ id: string, title: string, indicators: Array<{ id: string, name: string, unit: string, baselineDecimal: string, targetDecimal: string, currentDecimal: string | null, progressPercent: number | null }> }> }, balances: { organizations: Array<{ organizationId: string, given: string, received: string, net: string }>, pairs: Array<{ giverOrganizationId: string, receiverOrganizationId: string | null, value: string }> }, evaluations: Array<{ organizationId: string | null, assessment: string, objectiveRatings: Array<{ objectiveId: string, rating: number, comment: string }>, peerRatings: Array<{ organizationId: string, rating: number, comment: string }> }> } | null } };

export type ConsoleUpdateCollaborationMutationVariables = Exact<{
  collaborationId: string | number;
  input: Types.UpdateCollaborationInput;
}>;


export type ConsoleUpdateCollaborationMutation = { updateCollaboration: { id: string, title: string, objective: string, description: string, updatedAt: string } };

export type ConsoleChangeCollaborationStatusMutationVariables = Exact<{
  collaborationId: string | number;
  input: Types.ChangeCollaborationStatusInput;
}>;


export type ConsoleChangeCollaborationStatusMutation = { changeCollaborationStatus: { id: string, status: Types.CollaborationStatus, nextStatuses: Array<Types.CollaborationStatus>, updatedAt: string } };

export type ConsolePreviousCollaborationQueryVariables = Exact<{
  id: string | number;
}>;


export type ConsolePreviousCollaborationQuery = { ledgerSettings: { valuationScale: Types.ValuationScale, currency: string | null }, collaboration: { id: string, title: string, participations: Array<{ id: string, organizationId: string, organization: { id: string, name: string } }> } };


export const ConsoleOverviewDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConsoleOverview"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"collaboration"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"objective"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"nextStatuses"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"currentGroundRulesVersion"}},{"kind":"Field","name":{"kind":"Name","value":"previousCollaborationId"}},{"kind":"Field","name":{"kind":"Name","value":"facilitators"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"participations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"organizationId"}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"openingContext"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"FinalStatementFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FinalStatementFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FinalStatement"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"collaborationId"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"hash"}},{"kind":"Field","name":{"kind":"Name","value":"overrideReason"}},{"kind":"Field","name":{"kind":"Name","value":"collaboration"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"objective"}}]}},{"kind":"Field","name":{"kind":"Name","value":"plan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"objectives"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"indicators"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"baselineDecimal"}},{"kind":"Field","name":{"kind":"Name","value":"targetDecimal"}},{"kind":"Field","name":{"kind":"Name","value":"currentDecimal"}},{"kind":"Field","name":{"kind":"Name","value":"progressPercent"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"milestonesDone"}},{"kind":"Field","name":{"kind":"Name","value":"milestonesTotal"}}]}},{"kind":"Field","name":{"kind":"Name","value":"balances"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organizations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organizationId"}},{"kind":"Field","name":{"kind":"Name","value":"given"}},{"kind":"Field","name":{"kind":"Name","value":"received"}},{"kind":"Field","name":{"kind":"Name","value":"net"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pairs"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"giverOrganizationId"}},{"kind":"Field","name":{"kind":"Name","value":"receiverOrganizationId"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"evaluations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organizationId"}},{"kind":"Field","name":{"kind":"Name","value":"assessment"}},{"kind":"Field","name":{"kind":"Name","value":"objectiveRatings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"objectiveId"}},{"kind":"Field","name":{"kind":"Name","value":"rating"}},{"kind":"Field","name":{"kind":"Name","value":"comment"}}]}},{"kind":"Field","name":{"kind":"Name","value":"peerRatings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organizationId"}},{"kind":"Field","name":{"kind":"Name","value":"rating"}},{"kind":"Field","name":{"kind":"Name","value":"comment"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"missingEvaluations"}}]}}]} as unknown as DocumentNode<ConsoleOverviewQuery, ConsoleOverviewQueryVariables>;
export const ConsoleUpdateCollaborationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsoleUpdateCollaboration"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"collaborationId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateCollaborationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateCollaboration"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"collaborationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"collaborationId"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"objective"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]}}]} as unknown as DocumentNode<ConsoleUpdateCollaborationMutation, ConsoleUpdateCollaborationMutationVariables>;
export const ConsoleChangeCollaborationStatusDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsoleChangeCollaborationStatus"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"collaborationId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ChangeCollaborationStatusInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"changeCollaborationStatus"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"collaborationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"collaborationId"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"nextStatuses"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]}}]} as unknown as DocumentNode<ConsoleChangeCollaborationStatusMutation, ConsoleChangeCollaborationStatusMutationVariables>;
export const ConsolePreviousCollaborationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConsolePreviousCollaboration"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ledgerSettings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"collaborationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"valuationScale"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"collaboration"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"participations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"organizationId"}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ConsolePreviousCollaborationQuery, ConsolePreviousCollaborationQueryVariables>;
export function useConsoleOverviewQuery(options: useQuery.Options<ConsoleOverviewQuery, ConsoleOverviewQueryVariables>) {
  return useQuery<ConsoleOverviewQuery, ConsoleOverviewQueryVariables>(ConsoleOverviewDocument, options as useQuery.Options<ConsoleOverviewQuery, ConsoleOverviewQueryVariables>);
}

export function useConsoleOverviewLazyQuery(options?: useLazyQuery.Options<ConsoleOverviewQuery, ConsoleOverviewQueryVariables>) {
  return useLazyQuery<ConsoleOverviewQuery, ConsoleOverviewQueryVariables>(ConsoleOverviewDocument, options);
}

export function useConsoleUpdateCollaborationMutation(options?: useMutation.Options<ConsoleUpdateCollaborationMutation, ConsoleUpdateCollaborationMutationVariables>) {
  return useMutation<ConsoleUpdateCollaborationMutation, ConsoleUpdateCollaborationMutationVariables>(ConsoleUpdateCollaborationDocument, options);
}

export function useConsoleChangeCollaborationStatusMutation(options?: useMutation.Options<ConsoleChangeCollaborationStatusMutation, ConsoleChangeCollaborationStatusMutationVariables>) {
  return useMutation<ConsoleChangeCollaborationStatusMutation, ConsoleChangeCollaborationStatusMutationVariables>(ConsoleChangeCollaborationStatusDocument, options);
}

export function useConsolePreviousCollaborationQuery(options: useQuery.Options<ConsolePreviousCollaborationQuery, ConsolePreviousCollaborationQueryVariables>) {
  return useQuery<ConsolePreviousCollaborationQuery, ConsolePreviousCollaborationQueryVariables>(ConsolePreviousCollaborationDocument, options as useQuery.Options<ConsolePreviousCollaborationQuery, ConsolePreviousCollaborationQueryVariables>);
}

export function useConsolePreviousCollaborationLazyQuery(options?: useLazyQuery.Options<ConsolePreviousCollaborationQuery, ConsolePreviousCollaborationQueryVariables>) {
  return useLazyQuery<ConsolePreviousCollaborationQuery, ConsolePreviousCollaborationQueryVariables>(ConsolePreviousCollaborationDocument, options);
}
