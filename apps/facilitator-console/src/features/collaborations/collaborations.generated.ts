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

/** A new collaboration. */
export type CreateCollaborationInput = {
  /** More about the collaboration. */
  description?: string;
  /** What the collaboration wants to achieve, in a sentence. */
  objective?: string;
  /** The collaboration's title. */
  title: string;
};

/** Whether the facilitator accepted a milestone or task. */
export type ProposalStatus =
  /** Accepted (or added by the facilitator). */
  | 'ACCEPTED'
  /** Declined by the facilitator. */
  | 'DECLINED'
  /** Proposed by a participant; waits for the facilitator. */
  | 'PROPOSED';

export type ConsoleCollaborationRowFragment = { id: string, title: string, objective: string, status: Types.CollaborationStatus, createdAt: string, previousCollaborationId: string | null };

export type ConsoleCollaborationsQueryVariables = Exact<{
  status?: Types.CollaborationStatus | null | undefined;
  first: number;
  after?: string | null | undefined;
}>;


export type ConsoleCollaborationsQuery = { collaborations: { totalCount: number, pageInfo: { endCursor: string | null, hasNextPage: boolean }, nodes: Array<{ id: string, title: string, objective: string, status: Types.CollaborationStatus, createdAt: string, previousCollaborationId: string | null }> } };

export type ConsoleCollaborationNeedsQueryVariables = Exact<{
  collaborationId: string | number;
}>;


export type ConsoleCollaborationNeedsQuery = { collaboration: { id: string, grantsNeedingReview: { totalCount: number } }, pendingDisclosures: { totalCount: number }, disputedEntries: { totalCount: number }, plan: { collaborationId: string, overdueTaskCount: number, overdueMilestoneCount: number, milestones: Array<{ id: string, proposalStatus: Types.ProposalStatus, tasks: Array<{ id: string, proposalStatus: Types.ProposalStatus }> }> } };

export type ConsoleCreateCollaborationMutationVariables = Exact<{
  input: Types.CreateCollaborationInput;
}>;


export type ConsoleCreateCollaborationMutation = { createCollaboration: { id: string, title: string, objective: string, status: Types.CollaborationStatus, createdAt: string, previousCollaborationId: string | null } };

export const ConsoleCollaborationRowFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ConsoleCollaborationRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Collaboration"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"objective"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"previousCollaborationId"}}]}}]} as unknown as DocumentNode<ConsoleCollaborationRowFragment, unknown>;
export const ConsoleCollaborationsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConsoleCollaborations"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"status"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"CollaborationStatus"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"collaborations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"Variable","name":{"kind":"Name","value":"status"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PageInfoFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ConsoleCollaborationRow"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PageInfoFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PageInfo"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endCursor"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ConsoleCollaborationRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Collaboration"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"objective"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"previousCollaborationId"}}]}}]} as unknown as DocumentNode<ConsoleCollaborationsQuery, ConsoleCollaborationsQueryVariables>;
export const ConsoleCollaborationNeedsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConsoleCollaborationNeeds"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"collaborationId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"collaboration"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"collaborationId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"grantsNeedingReview"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"pendingDisclosures"},"name":{"kind":"Name","value":"disclosureRequests"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"collaborationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"collaborationId"}}},{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"EnumValue","value":"PENDING"}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"disputedEntries"},"name":{"kind":"Name","value":"ledgerEntries"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"collaborationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"collaborationId"}}},{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"EnumValue","value":"DISPUTED"}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"plan"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"collaborationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"collaborationId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"collaborationId"}},{"kind":"Field","name":{"kind":"Name","value":"overdueTaskCount"}},{"kind":"Field","name":{"kind":"Name","value":"overdueMilestoneCount"}},{"kind":"Field","name":{"kind":"Name","value":"milestones"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"proposalStatus"}},{"kind":"Field","name":{"kind":"Name","value":"tasks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"proposalStatus"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ConsoleCollaborationNeedsQuery, ConsoleCollaborationNeedsQueryVariables>;
export const ConsoleCreateCollaborationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsoleCreateCollaboration"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateCollaborationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createCollaboration"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ConsoleCollaborationRow"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ConsoleCollaborationRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Collaboration"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"objective"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"previousCollaborationId"}}]}}]} as unknown as DocumentNode<ConsoleCreateCollaborationMutation, ConsoleCreateCollaborationMutationVariables>;
export function useConsoleCollaborationsQuery(options: useQuery.Options<ConsoleCollaborationsQuery, ConsoleCollaborationsQueryVariables>) {
  return useQuery<ConsoleCollaborationsQuery, ConsoleCollaborationsQueryVariables>(ConsoleCollaborationsDocument, options as useQuery.Options<ConsoleCollaborationsQuery, ConsoleCollaborationsQueryVariables>);
}

export function useConsoleCollaborationsLazyQuery(options?: useLazyQuery.Options<ConsoleCollaborationsQuery, ConsoleCollaborationsQueryVariables>) {
  return useLazyQuery<ConsoleCollaborationsQuery, ConsoleCollaborationsQueryVariables>(ConsoleCollaborationsDocument, options);
}

export function useConsoleCollaborationNeedsQuery(options: useQuery.Options<ConsoleCollaborationNeedsQuery, ConsoleCollaborationNeedsQueryVariables>) {
  return useQuery<ConsoleCollaborationNeedsQuery, ConsoleCollaborationNeedsQueryVariables>(ConsoleCollaborationNeedsDocument, options as useQuery.Options<ConsoleCollaborationNeedsQuery, ConsoleCollaborationNeedsQueryVariables>);
}

export function useConsoleCollaborationNeedsLazyQuery(options?: useLazyQuery.Options<ConsoleCollaborationNeedsQuery, ConsoleCollaborationNeedsQueryVariables>) {
  return useLazyQuery<ConsoleCollaborationNeedsQuery, ConsoleCollaborationNeedsQueryVariables>(ConsoleCollaborationNeedsDocument, options);
}

export function useConsoleCreateCollaborationMutation(options?: useMutation.Options<ConsoleCreateCollaborationMutation, ConsoleCreateCollaborationMutationVariables>) {
  return useMutation<ConsoleCreateCollaborationMutation, ConsoleCreateCollaborationMutationVariables>(ConsoleCreateCollaborationDocument, options);
}
