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

/** A new version of the ground rules. */
export type PublishGroundRulesInput = {
  /** Rules of the game between the parties (markdown). */
  body: string;
  /** What changed since the previous version. */
  changeSummary?: string;
  /** Rules of the game toward third parties (markdown). */
  thirdPartyRules: string;
};

export type ConsoleGroundRulesVersionFragment = { id: string, version: number, body: string, thirdPartyRules: string, changeSummary: string, publishedAt: string, publishedByName: string, acceptances: Array<{ id: string, version: number, participationId: string, organizationId: string, organizationName: string, acceptedByName: string, acceptedAt: string }> };

export type ConsoleGroundRulesQueryVariables = Exact<{
  id: string | number;
}>;


export type ConsoleGroundRulesQuery = { collaboration: { id: string, status: Types.CollaborationStatus, currentGroundRulesVersion: number, groundRulesVersions: Array<{ id: string, version: number, body: string, thirdPartyRules: string, changeSummary: string, publishedAt: string, publishedByName: string, acceptances: Array<{ id: string, version: number, participationId: string, organizationId: string, organizationName: string, acceptedByName: string, acceptedAt: string }> }>, participations: Array<{ id: string, status: Types.ParticipationStatus, active: boolean, acceptedGroundRulesVersion: number | null, organizationId: string, organization: { id: string, name: string } }> } };

export type ConsolePublishGroundRulesMutationVariables = Exact<{
  collaborationId: string | number;
  input: Types.PublishGroundRulesInput;
}>;


export type ConsolePublishGroundRulesMutation = { publishGroundRules: { id: string, version: number, body: string, thirdPartyRules: string, changeSummary: string, publishedAt: string, publishedByName: string, acceptances: Array<{ id: string, version: number, participationId: string, organizationId: string, organizationName: string, acceptedByName: string, acceptedAt: string }> } };

export const ConsoleGroundRulesVersionFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ConsoleGroundRulesVersion"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"GroundRulesVersion"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"GroundRulesVersionFields"}},{"kind":"Field","name":{"kind":"Name","value":"acceptances"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"participationId"}},{"kind":"Field","name":{"kind":"Name","value":"organizationId"}},{"kind":"Field","name":{"kind":"Name","value":"organizationName"}},{"kind":"Field","name":{"kind":"Name","value":"acceptedByName"}},{"kind":"Field","name":{"kind":"Name","value":"acceptedAt"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"GroundRulesVersionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"GroundRulesVersion"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"thirdPartyRules"}},{"kind":"Field","name":{"kind":"Name","value":"changeSummary"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"publishedByName"}}]}}]} as unknown as DocumentNode<ConsoleGroundRulesVersionFragment, unknown>;
export const ConsoleGroundRulesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConsoleGroundRules"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"collaboration"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"currentGroundRulesVersion"}},{"kind":"Field","name":{"kind":"Name","value":"groundRulesVersions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ConsoleGroundRulesVersion"}}]}},{"kind":"Field","name":{"kind":"Name","value":"participations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"acceptedGroundRulesVersion"}},{"kind":"Field","name":{"kind":"Name","value":"organizationId"}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"GroundRulesVersionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"GroundRulesVersion"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"thirdPartyRules"}},{"kind":"Field","name":{"kind":"Name","value":"changeSummary"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"publishedByName"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ConsoleGroundRulesVersion"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"GroundRulesVersion"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"GroundRulesVersionFields"}},{"kind":"Field","name":{"kind":"Name","value":"acceptances"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"participationId"}},{"kind":"Field","name":{"kind":"Name","value":"organizationId"}},{"kind":"Field","name":{"kind":"Name","value":"organizationName"}},{"kind":"Field","name":{"kind":"Name","value":"acceptedByName"}},{"kind":"Field","name":{"kind":"Name","value":"acceptedAt"}}]}}]}}]} as unknown as DocumentNode<ConsoleGroundRulesQuery, ConsoleGroundRulesQueryVariables>;
export const ConsolePublishGroundRulesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsolePublishGroundRules"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"collaborationId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PublishGroundRulesInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"publishGroundRules"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"collaborationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"collaborationId"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ConsoleGroundRulesVersion"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"GroundRulesVersionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"GroundRulesVersion"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"thirdPartyRules"}},{"kind":"Field","name":{"kind":"Name","value":"changeSummary"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"publishedByName"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ConsoleGroundRulesVersion"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"GroundRulesVersion"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"GroundRulesVersionFields"}},{"kind":"Field","name":{"kind":"Name","value":"acceptances"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"participationId"}},{"kind":"Field","name":{"kind":"Name","value":"organizationId"}},{"kind":"Field","name":{"kind":"Name","value":"organizationName"}},{"kind":"Field","name":{"kind":"Name","value":"acceptedByName"}},{"kind":"Field","name":{"kind":"Name","value":"acceptedAt"}}]}}]}}]} as unknown as DocumentNode<ConsolePublishGroundRulesMutation, ConsolePublishGroundRulesMutationVariables>;
export function useConsoleGroundRulesQuery(options: useQuery.Options<ConsoleGroundRulesQuery, ConsoleGroundRulesQueryVariables>) {
  return useQuery<ConsoleGroundRulesQuery, ConsoleGroundRulesQueryVariables>(ConsoleGroundRulesDocument, options as useQuery.Options<ConsoleGroundRulesQuery, ConsoleGroundRulesQueryVariables>);
}

export function useConsoleGroundRulesLazyQuery(options?: useLazyQuery.Options<ConsoleGroundRulesQuery, ConsoleGroundRulesQueryVariables>) {
  return useLazyQuery<ConsoleGroundRulesQuery, ConsoleGroundRulesQueryVariables>(ConsoleGroundRulesDocument, options);
}

export function useConsolePublishGroundRulesMutation(options?: useMutation.Options<ConsolePublishGroundRulesMutation, ConsolePublishGroundRulesMutationVariables>) {
  return useMutation<ConsolePublishGroundRulesMutation, ConsolePublishGroundRulesMutationVariables>(ConsolePublishGroundRulesDocument, options);
}
