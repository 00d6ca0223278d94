/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type * as Types from '@alianza/graphql-client/types';

import { useLazyQuery, useMutation, useQuery } from '@apollo/client/react';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
export type CollaborationStatus =
  | 'ACTIVE'
  | 'CLOSED'
  | 'CLOSING'
  | 'DRAFT';

export type InviteOrganizationInput = {
  message?: string;
  organizationId: string | number;
};

export type OrganizationKind =
  | 'ASSOCIATION'
  | 'COMPANY'
  | 'ENTREPRENEUR'
  | 'OTHER'
  | 'PROFESSIONAL';

export type ParticipationStatus =
  | 'ACCEPTED'
  | 'DECLINED'
  | 'INVITED'
  | 'WITHDRAWN';

export type ReasonInput = {
  reason?: string;
};

export type ConsoleParticipationRowFragment = { id: string, status: Types.ParticipationStatus, active: boolean, statusReason: string | null, invitationMessage: string, invitedAt: string, respondedAt: string | null, acceptedGroundRulesVersion: number | null, mustAcceptGroundRules: boolean, organizationId: string, organization: { id: string, name: string, kind: Types.OrganizationKind }, groundRulesAcceptances: Array<{ id: string, version: number, acceptedAt: string, acceptedByName: string }> };

export type ConsoleParticipantsQueryVariables = Exact<{
  id: string | number;
}>;


export type ConsoleParticipantsQuery = { collaboration: { id: string, status: Types.CollaborationStatus, currentGroundRulesVersion: number, participations: Array<{ id: string, status: Types.ParticipationStatus, active: boolean, statusReason: string | null, invitationMessage: string, invitedAt: string, respondedAt: string | null, acceptedGroundRulesVersion: number | null, mustAcceptGroundRules: boolean, organizationId: string, organization: { id: string, name: string, kind: Types.OrganizationKind }, groundRulesAcceptances: Array<{ id: string, version: number, acceptedAt: string, acceptedByName: string }> }> } };

export type ConsoleOrganizationSearchQueryVariables = Exact<{
  search?: string | null | undefined;
  first: number;
}>;


export type ConsoleOrganizationSearchQuery = { organizations: { totalCount: number, nodes: Array<{ id: string, name: string, kind: Types.OrganizationKind }> } };

export type ConsoleInviteOrganizationMutationVariables = Exact<{
  collaborationId: string | number;
  input: Types.InviteOrganizationInput;
}>;


export type ConsoleInviteOrganizationMutation = { inviteOrganization: { id: string, status: Types.ParticipationStatus, active: boolean, statusReason: string | null, invitationMessage: string, invitedAt: string, respondedAt: string | null, acceptedGroundRulesVersion: number | null, mustAcceptGroundRules: boolean, organizationId: string, organization: { id: string, name: string, kind: Types.OrganizationKind }, groundRulesAcceptances: Array<{ id: string, version: number, acceptedAt: string, acceptedByName: string }> } };

export type ConsoleWithdrawInvitationMutationVariables = Exact<{
  participationId: string | number;
  input?: Types.ReasonInput | null | undefined;
}>;


export type ConsoleWithdrawInvitationMutation = { withdrawInvitation: { id: string, status: Types.ParticipationStatus, active: boolean, statusReason: string | null, invitationMessage: string, invitedAt: string, respondedAt: string | null, acceptedGroundRulesVersion: number | null, mustAcceptGroundRules: boolean, organizationId: string, organization: { id: string, name: string, kind: Types.OrganizationKind }, groundRulesAcceptances: Array<{ id: string, version: number, acceptedAt: string, acceptedByName: string }> } };

export const ConsoleParticipationRowFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ConsoleParticipationRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Participation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"statusReason"}},{"kind":"Field","name":{"kind":"Name","value":"invitationMessage"}},{"kind":"Field","name":{"kind":"Name","value":"invitedAt"}},{"kind":"Field","name":{"kind":"Name","value":"respondedAt"}},{"kind":"Field","name":{"kind":"Name","value":"acceptedGroundRulesVersion"}},{"kind":"Field","name":{"kind":"Name","value":"mustAcceptGroundRules"}},{"kind":"Field","name":{"kind":"Name","value":"organizationId"}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}},{"kind":"Field","name":{"kind":"Name","value":"groundRulesAcceptances"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"acceptedAt"}},{"kind":"Field","name":{"kind":"Name","value":"acceptedByName"}}]}}]}}]} as unknown as DocumentNode<ConsoleParticipationRowFragment, unknown>;
export const ConsoleParticipantsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConsoleParticipants"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"collaboration"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"currentGroundRulesVersion"}},{"kind":"Field","name":{"kind":"Name","value":"participations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ConsoleParticipationRow"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ConsoleParticipationRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Participation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"statusReason"}},{"kind":"Field","name":{"kind":"Name","value":"invitationMessage"}},{"kind":"Field","name":{"kind":"Name","value":"invitedAt"}},{"kind":"Field","name":{"kind":"Name","value":"respondedAt"}},{"kind":"Field","name":{"kind":"Name","value":"acceptedGroundRulesVersion"}},{"kind":"Field","name":{"kind":"Name","value":"mustAcceptGroundRules"}},{"kind":"Field","name":{"kind":"Name","value":"organizationId"}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}},{"kind":"Field","name":{"kind":"Name","value":"groundRulesAcceptances"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"acceptedAt"}},{"kind":"Field","name":{"kind":"Name","value":"acceptedByName"}}]}}]}}]} as unknown as DocumentNode<ConsoleParticipantsQuery, ConsoleParticipantsQueryVariables>;
export const ConsoleOrganizationSearchDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConsoleOrganizationSearch"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organizations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]}}]}}]} as unknown as DocumentNode<ConsoleOrganizationSearchQuery, ConsoleOrganizationSearchQueryVariables>;
export const ConsoleInviteOrganizationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsoleInviteOrganization"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"collaborationId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"InviteOrganizationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"inviteOrganization"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"collaborationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"collaborationId"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ConsoleParticipationRow"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ConsoleParticipationRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Participation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"statusReason"}},{"kind":"Field","name":{"kind":"Name","value":"invitationMessage"}},{"kind":"Field","name":{"kind":"Name","value":"invitedAt"}},{"kind":"Field","name":{"kind":"Name","value":"respondedAt"}},{"kind":"Field","name":{"kind":"Name","value":"acceptedGroundRulesVersion"}},{"kind":"Field","name":{"kind":"Name","value":"mustAcceptGroundRules"}},{"kind":"Field","name":{"kind":"Name","value":"organizationId"}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}},{"kind":"Field","name":{"kind":"Name","value":"groundRulesAcceptances"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"acceptedAt"}},{"kind":"Field","name":{"kind":"Name","value":"acceptedByName"}}]}}]}}]} as unknown as DocumentNode<ConsoleInviteOrganizationMutation, ConsoleInviteOrganizationMutationVariables>;
export const ConsoleWithdrawInvitationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsoleWithdrawInvitation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"participationId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ReasonInput"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"withdrawInvitation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"participationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"participationId"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ConsoleParticipationRow"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ConsoleParticipationRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Participation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"statusReason"}},{"kind":"Field","name":{"kind":"Name","value":"invitationMessage"}},{"kind":"Field","name":{"kind":"Name","value":"invitedAt"}},{"kind":"Field","name":{"kind":"Name","value":"respondedAt"}},{"kind":"Field","name":{"kind":"Name","value":"acceptedGroundRulesVersion"}},{"kind":"Field","name":{"kind":"Name","value":"mustAcceptGroundRules"}},{"kind":"Field","name":{"kind":"Name","value":"organizationId"}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}},{"kind":"Field","name":{"kind":"Name","value":"groundRulesAcceptances"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"acceptedAt"}},{"kind":"Field","name":{"kind":"Name","value":"acceptedByName"}}]}}]}}]} as unknown as DocumentNode<ConsoleWithdrawInvitationMutation, ConsoleWithdrawInvitationMutationVariables>;
export function useConsoleParticipantsQuery(options: useQuery.Options<ConsoleParticipantsQuery, ConsoleParticipantsQueryVariables>) {
  return useQuery<ConsoleParticipantsQuery, ConsoleParticipantsQueryVariables>(ConsoleParticipantsDocument, options as useQuery.Options<ConsoleParticipantsQuery, ConsoleParticipantsQueryVariables>);
}

export function useConsoleParticipantsLazyQuery(options?: useLazyQuery.Options<ConsoleParticipantsQuery, ConsoleParticipantsQueryVariables>) {
  return useLazyQuery<ConsoleParticipantsQuery, ConsoleParticipantsQueryVariables>(ConsoleParticipantsDocument, options);
}

export function useConsoleOrganizationSearchQuery(options: useQuery.Options<ConsoleOrganizationSearchQuery, ConsoleOrganizationSearchQueryVariables>) {
  return useQuery<ConsoleOrganizationSearchQuery, ConsoleOrganizationSearchQueryVariables>(ConsoleOrganizationSearchDocument, options as useQuery.Options<ConsoleOrganizationSearchQuery, ConsoleOrganizationSearchQueryVariables>);
}

export function useConsoleOrganizationSearchLazyQuery(options?: useLazyQuery.Options<ConsoleOrganizationSearchQuery, ConsoleOrganizationSearchQueryVariables>) {
  return useLazyQuery<ConsoleOrganizationSearchQuery, ConsoleOrganizationSearchQueryVariables>(ConsoleOrganizationSearchDocument, options);
}

export function useConsoleInviteOrganizationMutation(options?: useMutation.Options<ConsoleInviteOrganizationMutation, ConsoleInviteOrganizationMutationVariables>) {
  return useMutation<ConsoleInviteOrganizationMutation, ConsoleInviteOrganizationMutationVariables>(ConsoleInviteOrganizationDocument, options);
}

export function useConsoleWithdrawInvitationMutation(options?: useMutation.Options<ConsoleWithdrawInvitationMutation, ConsoleWithdrawInvitationMutationVariables>) {
  return useMutation<ConsoleWithdrawInvitationMutation, ConsoleWithdrawInvitationMutationVariables>(ConsoleWithdrawInvitationDocument, options);
}
