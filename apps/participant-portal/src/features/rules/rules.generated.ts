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

/** What a person may do for an organization. */
export type MembershipRole =
  /** Acts for the organization. */
  | 'MEMBER'
  /** Acts for the organization and manages its members. */
  | 'OWNER';

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

export type PortalRulesParticipationFragment = { id: string, status: Types.ParticipationStatus, active: boolean, mustAcceptGroundRules: boolean, acceptedGroundRulesVersion: number | null, invitationMessage: string, invitedAt: string, groundRulesAcceptances: Array<{ id: string, version: number, acceptedAt: string, acceptedByName: string }>, organization: { id: string, name: string, myRole: Types.MembershipRole | null, members: Array<{ id: string, role: Types.MembershipRole, member: { id: string, displayName: string } }> } };

export type PortalRulesQueryVariables = Exact<{
  id: string | number;
}>;


export type PortalRulesQuery = { collaboration: { id: string, title: string, objective: string, description: string, status: Types.CollaborationStatus, currentGroundRulesVersion: number, facilitators: Array<{ id: string, displayName: string }>, groundRules: { id: string, version: number, body: string, thirdPartyRules: string, changeSummary: string, publishedAt: string, publishedByName: string } | null, groundRulesVersions: Array<{ id: string, version: number, body: string, thirdPartyRules: string, changeSummary: string, publishedAt: string, publishedByName: string }>, myParticipations: Array<{ id: string, status: Types.ParticipationStatus, active: boolean, mustAcceptGroundRules: boolean, acceptedGroundRulesVersion: number | null, invitationMessage: string, invitedAt: string, groundRulesAcceptances: Array<{ id: string, version: number, acceptedAt: string, acceptedByName: string }>, organization: { id: string, name: string, myRole: Types.MembershipRole | null, members: Array<{ id: string, role: Types.MembershipRole, member: { id: string, displayName: string } }> } }> } };

export type PortalPublicationsQueryVariables = Exact<{
  collaborationId: string | number;
  first: number;
  after?: string | null | undefined;
}>;


export type PortalPublicationsQuery = { collaboration: { id: string, areas: { nodes: Array<{ id: string, name: string }> } }, publications: { totalCount: number, nodes: Array<{ id: string, title: string, body: string, areaId: string | null, createdAt: string }>, pageInfo: { endCursor: string | null, hasNextPage: boolean } } };

export type PortalAcceptGroundRulesMutationVariables = Exact<{
  participationId: string | number;
  groundRulesVersionId: string | number;
}>;


export type PortalAcceptGroundRulesMutation = { acceptGroundRules: { id: string, status: Types.ParticipationStatus, active: boolean, mustAcceptGroundRules: boolean, acceptedGroundRulesVersion: number | null, respondedAt: string | null } };

export const PortalRulesParticipationFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PortalRulesParticipation"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Participation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"mustAcceptGroundRules"}},{"kind":"Field","name":{"kind":"Name","value":"acceptedGroundRulesVersion"}},{"kind":"Field","name":{"kind":"Name","value":"invitationMessage"}},{"kind":"Field","name":{"kind":"Name","value":"invitedAt"}},{"kind":"Field","name":{"kind":"Name","value":"groundRulesAcceptances"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"acceptedAt"}},{"kind":"Field","name":{"kind":"Name","value":"acceptedByName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"myRole"}},{"kind":"Field","name":{"kind":"Name","value":"members"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"member"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]}}]}}]} as unknown as DocumentNode<PortalRulesParticipationFragment, unknown>;
export const PortalRulesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PortalRules"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"collaboration"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"objective"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"currentGroundRulesVersion"}},{"kind":"Field","name":{"kind":"Name","value":"facilitators"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"groundRules"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"GroundRulesVersionFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"groundRulesVersions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"GroundRulesVersionFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"myParticipations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PortalRulesParticipation"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"GroundRulesVersionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"GroundRulesVersion"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"thirdPartyRules"}},{"kind":"Field","name":{"kind":"Name","value":"changeSummary"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"publishedByName"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PortalRulesParticipation"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Participation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"mustAcceptGroundRules"}},{"kind":"Field","name":{"kind":"Name","value":"acceptedGroundRulesVersion"}},{"kind":"Field","name":{"kind":"Name","value":"invitationMessage"}},{"kind":"Field","name":{"kind":"Name","value":"invitedAt"}},{"kind":"Field","name":{"kind":"Name","value":"groundRulesAcceptances"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"acceptedAt"}},{"kind":"Field","name":{"kind":"Name","value":"acceptedByName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"myRole"}},{"kind":"Field","name":{"kind":"Name","value":"members"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"member"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]}}]}}]} as unknown as DocumentNode<PortalRulesQuery, PortalRulesQueryVariables>;
export const PortalPublicationsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PortalPublications"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"collaborationId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"collaboration"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"collaborationId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"areas"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"publications"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"collaborationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"collaborationId"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"areaId"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PageInfoFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PageInfoFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PageInfo"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endCursor"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}}]}}]} as unknown as DocumentNode<PortalPublicationsQuery, PortalPublicationsQueryVariables>;
export const PortalAcceptGroundRulesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PortalAcceptGroundRules"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"participationId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"groundRulesVersionId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"acceptGroundRules"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"participationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"participationId"}}},{"kind":"Argument","name":{"kind":"Name","value":"groundRulesVersionId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"groundRulesVersionId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"mustAcceptGroundRules"}},{"kind":"Field","name":{"kind":"Name","value":"acceptedGroundRulesVersion"}},{"kind":"Field","name":{"kind":"Name","value":"respondedAt"}}]}}]}}]} as unknown as DocumentNode<PortalAcceptGroundRulesMutation, PortalAcceptGroundRulesMutationVariables>;
export function usePortalRulesQuery(options: useQuery.Options<PortalRulesQuery, PortalRulesQueryVariables>) {
  return useQuery<PortalRulesQuery, PortalRulesQueryVariables>(PortalRulesDocument, options as useQuery.Options<PortalRulesQuery, PortalRulesQueryVariables>);
}

export function usePortalRulesLazyQuery(options?: useLazyQuery.Options<PortalRulesQuery, PortalRulesQueryVariables>) {
  return useLazyQuery<PortalRulesQuery, PortalRulesQueryVariables>(PortalRulesDocument, options);
}

export function usePortalPublicationsQuery(options: useQuery.Options<PortalPublicationsQuery, PortalPublicationsQueryVariables>) {
  return useQuery<PortalPublicationsQuery, PortalPublicationsQueryVariables>(PortalPublicationsDocument, options as useQuery.Options<PortalPublicationsQuery, PortalPublicationsQueryVariables>);
}

export function usePortalPublicationsLazyQuery(options?: useLazyQuery.Options<PortalPublicationsQuery, PortalPublicationsQueryVariables>) {
  return useLazyQuery<PortalPublicationsQuery, PortalPublicationsQueryVariables>(PortalPublicationsDocument, options);
}

export function usePortalAcceptGroundRulesMutation(options?: useMutation.Options<PortalAcceptGroundRulesMutation, PortalAcceptGroundRulesMutationVariables>) {
  return useMutation<PortalAcceptGroundRulesMutation, PortalAcceptGroundRulesMutationVariables>(PortalAcceptGroundRulesDocument, options);
}
