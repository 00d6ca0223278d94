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

/** Where an invitation stands. */
export type InvitationStatus =
  /** It was accepted. */
  | 'ACCEPTED'
  /** It was declined. */
  | 'DECLINED'
  /** It expired unanswered. */
  | 'EXPIRED'
  /** It waits for an answer. */
  | 'PENDING'
  /** The organization revoked it. */
  | 'REVOKED';

/** An organization to invite by its owner’s email: neither needs to be on the platform yet. */
export type InviteByEmailInput = {
  /** Where the invitation goes: the person who will answer for it. */
  email: string;
  /** The language of the email (the console sends the one it is shown in). */
  locale?: Locale;
  /** Why you invite it: shown once the person signs in, never in the email. */
  message?: string;
  /** The organization’s name, proposed when the person founds it. */
  organizationName: string;
};

/** An organization to invite into the collaboration. */
export type InviteOrganizationInput = {
  /** A message to the invited organization. */
  message?: string;
  /** The id of the organization. */
  organizationId: string | number;
};

/** A language of the interface and of the emails a person receives. */
export type Locale =
  /** English */
  | 'EN'
  /** Español */
  | 'ES';

/** What kind of organization it is. */
export type OrganizationKind =
  /** An association. */
  | 'ASSOCIATION'
  /** A company. */
  | 'COMPANY'
  /** A self-employed entrepreneur. */
  | 'ENTREPRENEUR'
  /** Anything else. */
  | 'OTHER'
  /** A professional practice. */
  | 'PROFESSIONAL';

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

/** An optional reason. */
export type ReasonInput = {
  /** Why, in a few words. */
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

export type ConsoleCollaborationInvitationRowFragment = { id: string, email: string, organizationName: string, status: Types.InvitationStatus, locale: Types.Locale, createdAt: string, sentAt: string, sendCount: number, expiresAt: string, openedAt: string | null, closedAt: string | null, participationId: string | null };

export type ConsoleCollaborationInvitationsQueryVariables = Exact<{
  collaborationId: string | number;
  first: number;
  after?: string | null | undefined;
}>;


export type ConsoleCollaborationInvitationsQuery = { collaboration: { id: string, invitations: { totalCount: number, nodes: Array<{ id: string, email: string, organizationName: string, status: Types.InvitationStatus, locale: Types.Locale, createdAt: string, sentAt: string, sendCount: number, expiresAt: string, openedAt: string | null, closedAt: string | null, participationId: string | null }>, pageInfo: { endCursor: string | null, hasNextPage: boolean } } } };

export type ConsoleInviteByEmailMutationVariables = Exact<{
  collaborationId: string | number;
  input: Types.InviteByEmailInput;
}>;


export type ConsoleInviteByEmailMutation = { inviteByEmail: { id: string, email: string, organizationName: string, status: Types.InvitationStatus, locale: Types.Locale, createdAt: string, sentAt: string, sendCount: number, expiresAt: string, openedAt: string | null, closedAt: string | null, participationId: string | null } };

export type ConsoleResendCollaborationInvitationMutationVariables = Exact<{
  invitationId: string | number;
}>;


export type ConsoleResendCollaborationInvitationMutation = { resendCollaborationInvitation: { id: string, email: string, organizationName: string, status: Types.InvitationStatus, locale: Types.Locale, createdAt: string, sentAt: string, sendCount: number, expiresAt: string, openedAt: string | null, closedAt: string | null, participationId: string | null } };

export type ConsoleWithdrawCollaborationInvitationMutationVariables = Exact<{
  invitationId: string | number;
}>;


export type ConsoleWithdrawCollaborationInvitationMutation = { withdrawCollaborationInvitation: { id: string, email: string, organizationName: string, status: Types.InvitationStatus, locale: Types.Locale, createdAt: string, sentAt: string, sendCount: number, expiresAt: string, openedAt: string | null, closedAt: string | null, participationId: string | null } };

export const ConsoleParticipationRowFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ConsoleParticipationRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Participation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"statusReason"}},{"kind":"Field","name":{"kind":"Name","value":"invitationMessage"}},{"kind":"Field","name":{"kind":"Name","value":"invitedAt"}},{"kind":"Field","name":{"kind":"Name","value":"respondedAt"}},{"kind":"Field","name":{"kind":"Name","value":"acceptedGroundRulesVersion"}},{"kind":"Field","name":{"kind":"Name","value":"mustAcceptGroundRules"}},{"kind":"Field","name":{"kind":"Name","value":"organizationId"}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}},{"kind":"Field","name":{"kind":"Name","value":"groundRulesAcceptances"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"acceptedAt"}},{"kind":"Field","name":{"kind":"Name","value":"acceptedByName"}}]}}]}}]} as unknown as DocumentNode<ConsoleParticipationRowFragment, unknown>;
export const ConsoleCollaborationInvitationRowFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ConsoleCollaborationInvitationRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CollaborationInvitation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"organizationName"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"locale"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"sentAt"}},{"kind":"Field","name":{"kind":"Name","value":"sendCount"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"openedAt"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"participationId"}}]}}]} as unknown as DocumentNode<ConsoleCollaborationInvitationRowFragment, unknown>;
export const ConsoleParticipantsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConsoleParticipants"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"collaboration"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"currentGroundRulesVersion"}},{"kind":"Field","name":{"kind":"Name","value":"participations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ConsoleParticipationRow"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ConsoleParticipationRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Participation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"statusReason"}},{"kind":"Field","name":{"kind":"Name","value":"invitationMessage"}},{"kind":"Field","name":{"kind":"Name","value":"invitedAt"}},{"kind":"Field","name":{"kind":"Name","value":"respondedAt"}},{"kind":"Field","name":{"kind":"Name","value":"acceptedGroundRulesVersion"}},{"kind":"Field","name":{"kind":"Name","value":"mustAcceptGroundRules"}},{"kind":"Field","name":{"kind":"Name","value":"organizationId"}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}},{"kind":"Field","name":{"kind":"Name","value":"groundRulesAcceptances"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"acceptedAt"}},{"kind":"Field","name":{"kind":"Name","value":"acceptedByName"}}]}}]}}]} as unknown as DocumentNode<ConsoleParticipantsQuery, ConsoleParticipantsQueryVariables>;
export const ConsoleOrganizationSearchDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConsoleOrganizationSearch"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organizations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]}}]}}]} as unknown as DocumentNode<ConsoleOrganizationSearchQuery, ConsoleOrganizationSearchQueryVariables>;
export const ConsoleInviteOrganizationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsoleInviteOrganization"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"collaborationId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"InviteOrganizationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"inviteOrganization"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"collaborationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"collaborationId"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ConsoleParticipationRow"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ConsoleParticipationRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Participation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"statusReason"}},{"kind":"Field","name":{"kind":"Name","value":"invitationMessage"}},{"kind":"Field","name":{"kind":"Name","value":"invitedAt"}},{"kind":"Field","name":{"kind":"Name","value":"respondedAt"}},{"kind":"Field","name":{"kind":"Name","value":"acceptedGroundRulesVersion"}},{"kind":"Field","name":{"kind":"Name","value":"mustAcceptGroundRules"}},{"kind":"Field","name":{"kind":"Name","value":"organizationId"}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}},{"kind":"Field","name":{"kind":"Name","value":"groundRulesAcceptances"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"acceptedAt"}},{"kind":"Field","name":{"kind":"Name","value":"acceptedByName"}}]}}]}}]} as unknown as DocumentNode<ConsoleInviteOrganizationMutation, ConsoleInviteOrganizationMutationVariables>;
export const ConsoleWithdrawInvitationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsoleWithdrawInvitation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"participationId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ReasonInput"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"withdrawInvitation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"participationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"participationId"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ConsoleParticipationRow"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ConsoleParticipationRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Participation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"statusReason"}},{"kind":"Field","name":{"kind":"Name","value":"invitationMessage"}},{"kind":"Field","name":{"kind":"Name","value":"invitedAt"}},{"kind":"Field","name":{"kind":"Name","value":"respondedAt"}},{"kind":"Field","name":{"kind":"Name","value":"acceptedGroundRulesVersion"}},{"kind":"Field","name":{"kind":"Name","value":"mustAcceptGroundRules"}},{"kind":"Field","name":{"kind":"Name","value":"organizationId"}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}},{"kind":"Field","name":{"kind":"Name","value":"groundRulesAcceptances"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"acceptedAt"}},{"kind":"Field","name":{"kind":"Name","value":"acceptedByName"}}]}}]}}]} as unknown as DocumentNode<ConsoleWithdrawInvitationMutation, ConsoleWithdrawInvitationMutationVariables>;
export const ConsoleCollaborationInvitationsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConsoleCollaborationInvitations"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"collaborationId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"collaboration"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"collaborationId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"invitations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ConsoleCollaborationInvitationRow"}}]}},{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PageInfoFields"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ConsoleCollaborationInvitationRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CollaborationInvitation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"organizationName"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"locale"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"sentAt"}},{"kind":"Field","name":{"kind":"Name","value":"sendCount"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"openedAt"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"participationId"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PageInfoFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PageInfo"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endCursor"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}}]}}]} as unknown as DocumentNode<ConsoleCollaborationInvitationsQuery, ConsoleCollaborationInvitationsQueryVariables>;
export const ConsoleInviteByEmailDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsoleInviteByEmail"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"collaborationId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"InviteByEmailInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"inviteByEmail"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"collaborationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"collaborationId"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ConsoleCollaborationInvitationRow"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ConsoleCollaborationInvitationRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CollaborationInvitation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"organizationName"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"locale"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"sentAt"}},{"kind":"Field","name":{"kind":"Name","value":"sendCount"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"openedAt"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"participationId"}}]}}]} as unknown as DocumentNode<ConsoleInviteByEmailMutation, ConsoleInviteByEmailMutationVariables>;
export const ConsoleResendCollaborationInvitationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsoleResendCollaborationInvitation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"invitationId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resendCollaborationInvitation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"invitationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"invitationId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ConsoleCollaborationInvitationRow"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ConsoleCollaborationInvitationRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CollaborationInvitation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"organizationName"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"locale"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"sentAt"}},{"kind":"Field","name":{"kind":"Name","value":"sendCount"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"openedAt"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"participationId"}}]}}]} as unknown as DocumentNode<ConsoleResendCollaborationInvitationMutation, ConsoleResendCollaborationInvitationMutationVariables>;
export const ConsoleWithdrawCollaborationInvitationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsoleWithdrawCollaborationInvitation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"invitationId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"withdrawCollaborationInvitation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"invitationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"invitationId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ConsoleCollaborationInvitationRow"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ConsoleCollaborationInvitationRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CollaborationInvitation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"organizationName"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"locale"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"sentAt"}},{"kind":"Field","name":{"kind":"Name","value":"sendCount"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"openedAt"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"participationId"}}]}}]} as unknown as DocumentNode<ConsoleWithdrawCollaborationInvitationMutation, ConsoleWithdrawCollaborationInvitationMutationVariables>;
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

export function useConsoleCollaborationInvitationsQuery(options: useQuery.Options<ConsoleCollaborationInvitationsQuery, ConsoleCollaborationInvitationsQueryVariables>) {
  return useQuery<ConsoleCollaborationInvitationsQuery, ConsoleCollaborationInvitationsQueryVariables>(ConsoleCollaborationInvitationsDocument, options as useQuery.Options<ConsoleCollaborationInvitationsQuery, ConsoleCollaborationInvitationsQueryVariables>);
}

export function useConsoleCollaborationInvitationsLazyQuery(options?: useLazyQuery.Options<ConsoleCollaborationInvitationsQuery, ConsoleCollaborationInvitationsQueryVariables>) {
  return useLazyQuery<ConsoleCollaborationInvitationsQuery, ConsoleCollaborationInvitationsQueryVariables>(ConsoleCollaborationInvitationsDocument, options);
}

export function useConsoleInviteByEmailMutation(options?: useMutation.Options<ConsoleInviteByEmailMutation, ConsoleInviteByEmailMutationVariables>) {
  return useMutation<ConsoleInviteByEmailMutation, ConsoleInviteByEmailMutationVariables>(ConsoleInviteByEmailDocument, options);
}

export function useConsoleResendCollaborationInvitationMutation(options?: useMutation.Options<ConsoleResendCollaborationInvitationMutation, ConsoleResendCollaborationInvitationMutationVariables>) {
  return useMutation<ConsoleResendCollaborationInvitationMutation, ConsoleResendCollaborationInvitationMutationVariables>(ConsoleResendCollaborationInvitationDocument, options);
}

export function useConsoleWithdrawCollaborationInvitationMutation(options?: useMutation.Options<ConsoleWithdrawCollaborationInvitationMutation, ConsoleWithdrawCollaborationInvitationMutationVariables>) {
  return useMutation<ConsoleWithdrawCollaborationInvitationMutation, ConsoleWithdrawCollaborationInvitationMutationVariables>(ConsoleWithdrawCollaborationInvitationDocument, options);
}
