/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type * as Types from '@alianza/graphql-client/types';

import { useLazyQuery, useMutation, useQuery } from '@apollo/client/react';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** A member's new role in the organization. */
export type ChangeOrganizationMemberRoleInput = {
  /** The new role. */
  role: MembershipRole;
};

/** A new organization; the viewer becomes its owner. */
export type CreateOrganizationInput = {
  /** What kind of organization it is. */
  kind: OrganizationKind;
  /** Its mission, in a sentence. */
  mission?: string | null | undefined;
  /** The organization's name. */
  name: string;
  /** What the organization does. */
  whatWeDo?: string | null | undefined;
  /** Where the organization is going. */
  whereWeAreGoing?: string | null | undefined;
  /** Who the organization is. */
  whoWeAre?: string | null | undefined;
};

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

/** A person to invite into the organization, with a role. */
export type InviteOrganizationMemberInput = {
  /** The address to invite; it need not have an account yet. */
  email: string;
  /** The language of the email with the link (the web apps send the one they are shown in). */
  locale?: Locale;
  /** The role the person gets on accepting (an owner too must accept). */
  role?: MembershipRole;
};

/** A language of the interface and of the emails a person receives. */
export type Locale =
  /** English */
  | 'EN'
  /** Español */
  | 'ES';

/** What a person may do for an organization. */
export type MembershipRole =
  /** Acts for the organization. */
  | 'MEMBER'
  /** Acts for the organization and manages its members. */
  | 'OWNER';

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

/** Changes to an organization; omitted fields stay as they are. */
export type UpdateOrganizationInput = {
  /** What kind of organization it is. */
  kind?: OrganizationKind | null | undefined;
  /** The new mission. */
  mission?: string | null | undefined;
  /** The new name. */
  name?: string | null | undefined;
  /** What the organization does. */
  whatWeDo?: string | null | undefined;
  /** Where the organization is going. */
  whereWeAreGoing?: string | null | undefined;
  /** Who the organization is. */
  whoWeAre?: string | null | undefined;
};

export type PortalOrganizationMemberFragment = { id: string, role: Types.MembershipRole, createdAt: string, member: { id: string, displayName: string, email: string } };

export type PortalOrganizationInvitationFragment = { id: string, email: string, role: Types.MembershipRole, status: Types.InvitationStatus, createdAt: string, expiresAt: string };

export type PortalReceivedInvitationFragment = { id: string, organizationId: string, organizationName: string, invitedByName: string, role: Types.MembershipRole, expiresAt: string };

export type PortalOrganizationProfileFragment = { id: string, name: string, kind: Types.OrganizationKind, whoWeAre: string, whatWeDo: string, whereWeAreGoing: string, mission: string, myRole: Types.MembershipRole | null, updatedAt: string, members: Array<{ id: string, role: Types.MembershipRole, createdAt: string, member: { id: string, displayName: string, email: string } }>, pendingInvitations: Array<{ id: string, email: string, role: Types.MembershipRole, status: Types.InvitationStatus, createdAt: string, expiresAt: string }> };

export type PortalMyOrganizationsQueryVariables = Exact<{ [key: string]: never; }>;


export type PortalMyOrganizationsQuery = { organizations: { totalCount: number, nodes: Array<{ id: string, name: string, kind: Types.OrganizationKind, whoWeAre: string, whatWeDo: string, whereWeAreGoing: string, mission: string, myRole: Types.MembershipRole | null, updatedAt: string, members: Array<{ id: string, role: Types.MembershipRole, createdAt: string, member: { id: string, displayName: string, email: string } }>, pendingInvitations: Array<{ id: string, email: string, role: Types.MembershipRole, status: Types.InvitationStatus, createdAt: string, expiresAt: string }> }> } };

export type PortalUpdateOrganizationMutationVariables = Exact<{
  organizationId: string | number;
  input: Types.UpdateOrganizationInput;
}>;


export type PortalUpdateOrganizationMutation = { updateOrganization: { id: string, name: string, kind: Types.OrganizationKind, whoWeAre: string, whatWeDo: string, whereWeAreGoing: string, mission: string, myRole: Types.MembershipRole | null, updatedAt: string, members: Array<{ id: string, role: Types.MembershipRole, createdAt: string, member: { id: string, displayName: string, email: string } }>, pendingInvitations: Array<{ id: string, email: string, role: Types.MembershipRole, status: Types.InvitationStatus, createdAt: string, expiresAt: string }> } };

export type PortalCreateOrganizationMutationVariables = Exact<{
  input: Types.CreateOrganizationInput;
}>;


export type PortalCreateOrganizationMutation = { createOrganization: { id: string, name: string, kind: Types.OrganizationKind, whoWeAre: string, whatWeDo: string, whereWeAreGoing: string, mission: string, myRole: Types.MembershipRole | null, updatedAt: string, members: Array<{ id: string, role: Types.MembershipRole, createdAt: string, member: { id: string, displayName: string, email: string } }>, pendingInvitations: Array<{ id: string, email: string, role: Types.MembershipRole, status: Types.InvitationStatus, createdAt: string, expiresAt: string }> } };

export type PortalInviteOrganizationMemberMutationVariables = Exact<{
  organizationId: string | number;
  input: Types.InviteOrganizationMemberInput;
}>;


export type PortalInviteOrganizationMemberMutation = { inviteOrganizationMember: { id: string, email: string, role: Types.MembershipRole, status: Types.InvitationStatus, createdAt: string, expiresAt: string } };

export type PortalRevokeOrganizationInvitationMutationVariables = Exact<{
  invitationId: string | number;
}>;


export type PortalRevokeOrganizationInvitationMutation = { revokeOrganizationInvitation: { id: string, email: string, role: Types.MembershipRole, status: Types.InvitationStatus, createdAt: string, expiresAt: string } };

export type PortalMyOrganizationInvitationsQueryVariables = Exact<{ [key: string]: never; }>;


export type PortalMyOrganizationInvitationsQuery = { myOrganizationInvitations: Array<{ id: string, organizationId: string, organizationName: string, invitedByName: string, role: Types.MembershipRole, expiresAt: string }> };

export type PortalAcceptOrganizationInvitationMutationVariables = Exact<{
  invitationId: string | number;
}>;


export type PortalAcceptOrganizationInvitationMutation = { acceptOrganizationInvitation: { id: string, organizationId: string, role: Types.MembershipRole } };

export type PortalDeclineOrganizationInvitationMutationVariables = Exact<{
  invitationId: string | number;
}>;


export type PortalDeclineOrganizationInvitationMutation = { declineOrganizationInvitation: { id: string, status: Types.InvitationStatus } };

export type PortalChangeOrganizationMemberRoleMutationVariables = Exact<{
  membershipId: string | number;
  input: Types.ChangeOrganizationMemberRoleInput;
}>;


export type PortalChangeOrganizationMemberRoleMutation = { changeOrganizationMemberRole: { id: string, role: Types.MembershipRole, createdAt: string, member: { id: string, displayName: string, email: string } } };

export type PortalRemoveOrganizationMemberMutationVariables = Exact<{
  membershipId: string | number;
}>;


export type PortalRemoveOrganizationMemberMutation = { removeOrganizationMember: { id: string } };

export const PortalReceivedInvitationFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PortalReceivedInvitation"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ReceivedOrganizationInvitation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"organizationId"}},{"kind":"Field","name":{"kind":"Name","value":"organizationName"}},{"kind":"Field","name":{"kind":"Name","value":"invitedByName"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}}]}}]} as unknown as DocumentNode<PortalReceivedInvitationFragment, unknown>;
export const PortalOrganizationMemberFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PortalOrganizationMember"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"OrganizationMembership"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"member"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}}]}}]} as unknown as DocumentNode<PortalOrganizationMemberFragment, unknown>;
export const PortalOrganizationInvitationFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PortalOrganizationInvitation"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"OrganizationInvitation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}}]}}]} as unknown as DocumentNode<PortalOrganizationInvitationFragment, unknown>;
export const PortalOrganizationProfileFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PortalOrganizationProfile"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Organization"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"whoWeAre"}},{"kind":"Field","name":{"kind":"Name","value":"whatWeDo"}},{"kind":"Field","name":{"kind":"Name","value":"whereWeAreGoing"}},{"kind":"Field","name":{"kind":"Name","value":"mission"}},{"kind":"Field","name":{"kind":"Name","value":"myRole"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"members"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PortalOrganizationMember"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pendingInvitations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PortalOrganizationInvitation"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PortalOrganizationMember"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"OrganizationMembership"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"member"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PortalOrganizationInvitation"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"OrganizationInvitation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}}]}}]} as unknown as DocumentNode<PortalOrganizationProfileFragment, unknown>;
export const PortalMyOrganizationsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PortalMyOrganizations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organizations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"mine"},"value":{"kind":"BooleanValue","value":true}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PortalOrganizationProfile"}}]}},{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PortalOrganizationMember"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"OrganizationMembership"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"member"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PortalOrganizationInvitation"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"OrganizationInvitation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PortalOrganizationProfile"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Organization"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"whoWeAre"}},{"kind":"Field","name":{"kind":"Name","value":"whatWeDo"}},{"kind":"Field","name":{"kind":"Name","value":"whereWeAreGoing"}},{"kind":"Field","name":{"kind":"Name","value":"mission"}},{"kind":"Field","name":{"kind":"Name","value":"myRole"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"members"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PortalOrganizationMember"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pendingInvitations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PortalOrganizationInvitation"}}]}}]}}]} as unknown as DocumentNode<PortalMyOrganizationsQuery, PortalMyOrganizationsQueryVariables>;
export const PortalUpdateOrganizationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PortalUpdateOrganization"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"organizationId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateOrganizationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateOrganization"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"organizationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"organizationId"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PortalOrganizationProfile"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PortalOrganizationMember"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"OrganizationMembership"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"member"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PortalOrganizationInvitation"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"OrganizationInvitation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PortalOrganizationProfile"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Organization"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"whoWeAre"}},{"kind":"Field","name":{"kind":"Name","value":"whatWeDo"}},{"kind":"Field","name":{"kind":"Name","value":"whereWeAreGoing"}},{"kind":"Field","name":{"kind":"Name","value":"mission"}},{"kind":"Field","name":{"kind":"Name","value":"myRole"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"members"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PortalOrganizationMember"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pendingInvitations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PortalOrganizationInvitation"}}]}}]}}]} as unknown as DocumentNode<PortalUpdateOrganizationMutation, PortalUpdateOrganizationMutationVariables>;
export const PortalCreateOrganizationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PortalCreateOrganization"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateOrganizationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createOrganization"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PortalOrganizationProfile"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PortalOrganizationMember"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"OrganizationMembership"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"member"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PortalOrganizationInvitation"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"OrganizationInvitation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PortalOrganizationProfile"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Organization"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"whoWeAre"}},{"kind":"Field","name":{"kind":"Name","value":"whatWeDo"}},{"kind":"Field","name":{"kind":"Name","value":"whereWeAreGoing"}},{"kind":"Field","name":{"kind":"Name","value":"mission"}},{"kind":"Field","name":{"kind":"Name","value":"myRole"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"members"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PortalOrganizationMember"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pendingInvitations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PortalOrganizationInvitation"}}]}}]}}]} as unknown as DocumentNode<PortalCreateOrganizationMutation, PortalCreateOrganizationMutationVariables>;
export const PortalInviteOrganizationMemberDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PortalInviteOrganizationMember"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"organizationId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"InviteOrganizationMemberInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"inviteOrganizationMember"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"organizationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"organizationId"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PortalOrganizationInvitation"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PortalOrganizationInvitation"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"OrganizationInvitation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}}]}}]} as unknown as DocumentNode<PortalInviteOrganizationMemberMutation, PortalInviteOrganizationMemberMutationVariables>;
export const PortalRevokeOrganizationInvitationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PortalRevokeOrganizationInvitation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"invitationId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"revokeOrganizationInvitation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"invitationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"invitationId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PortalOrganizationInvitation"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PortalOrganizationInvitation"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"OrganizationInvitation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}}]}}]} as unknown as DocumentNode<PortalRevokeOrganizationInvitationMutation, PortalRevokeOrganizationInvitationMutationVariables>;
export const PortalMyOrganizationInvitationsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PortalMyOrganizationInvitations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myOrganizationInvitations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PortalReceivedInvitation"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PortalReceivedInvitation"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ReceivedOrganizationInvitation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"organizationId"}},{"kind":"Field","name":{"kind":"Name","value":"organizationName"}},{"kind":"Field","name":{"kind":"Name","value":"invitedByName"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}}]}}]} as unknown as DocumentNode<PortalMyOrganizationInvitationsQuery, PortalMyOrganizationInvitationsQueryVariables>;
export const PortalAcceptOrganizationInvitationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PortalAcceptOrganizationInvitation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"invitationId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"acceptOrganizationInvitation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"invitationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"invitationId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"organizationId"}},{"kind":"Field","name":{"kind":"Name","value":"role"}}]}}]}}]} as unknown as DocumentNode<PortalAcceptOrganizationInvitationMutation, PortalAcceptOrganizationInvitationMutationVariables>;
export const PortalDeclineOrganizationInvitationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PortalDeclineOrganizationInvitation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"invitationId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"declineOrganizationInvitation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"invitationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"invitationId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<PortalDeclineOrganizationInvitationMutation, PortalDeclineOrganizationInvitationMutationVariables>;
export const PortalChangeOrganizationMemberRoleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PortalChangeOrganizationMemberRole"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"membershipId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ChangeOrganizationMemberRoleInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"changeOrganizationMemberRole"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"membershipId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"membershipId"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PortalOrganizationMember"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PortalOrganizationMember"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"OrganizationMembership"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"member"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}}]}}]} as unknown as DocumentNode<PortalChangeOrganizationMemberRoleMutation, PortalChangeOrganizationMemberRoleMutationVariables>;
export const PortalRemoveOrganizationMemberDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PortalRemoveOrganizationMember"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"membershipId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"removeOrganizationMember"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"membershipId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"membershipId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<PortalRemoveOrganizationMemberMutation, PortalRemoveOrganizationMemberMutationVariables>;
export function usePortalMyOrganizationsQuery(options?: useQuery.Options<PortalMyOrganizationsQuery, PortalMyOrganizationsQueryVariables>) {
  return useQuery<PortalMyOrganizationsQuery, PortalMyOrganizationsQueryVariables>(PortalMyOrganizationsDocument, options as useQuery.Options<PortalMyOrganizationsQuery, PortalMyOrganizationsQueryVariables>);
}

export function usePortalMyOrganizationsLazyQuery(options?: useLazyQuery.Options<PortalMyOrganizationsQuery, PortalMyOrganizationsQueryVariables>) {
  return useLazyQuery<PortalMyOrganizationsQuery, PortalMyOrganizationsQueryVariables>(PortalMyOrganizationsDocument, options);
}

export function usePortalUpdateOrganizationMutation(options?: useMutation.Options<PortalUpdateOrganizationMutation, PortalUpdateOrganizationMutationVariables>) {
  return useMutation<PortalUpdateOrganizationMutation, PortalUpdateOrganizationMutationVariables>(PortalUpdateOrganizationDocument, options);
}

export function usePortalCreateOrganizationMutation(options?: useMutation.Options<PortalCreateOrganizationMutation, PortalCreateOrganizationMutationVariables>) {
  return useMutation<PortalCreateOrganizationMutation, PortalCreateOrganizationMutationVariables>(PortalCreateOrganizationDocument, options);
}

export function usePortalInviteOrganizationMemberMutation(options?: useMutation.Options<PortalInviteOrganizationMemberMutation, PortalInviteOrganizationMemberMutationVariables>) {
  return useMutation<PortalInviteOrganizationMemberMutation, PortalInviteOrganizationMemberMutationVariables>(PortalInviteOrganizationMemberDocument, options);
}

export function usePortalRevokeOrganizationInvitationMutation(options?: useMutation.Options<PortalRevokeOrganizationInvitationMutation, PortalRevokeOrganizationInvitationMutationVariables>) {
  return useMutation<PortalRevokeOrganizationInvitationMutation, PortalRevokeOrganizationInvitationMutationVariables>(PortalRevokeOrganizationInvitationDocument, options);
}

export function usePortalMyOrganizationInvitationsQuery(options?: useQuery.Options<PortalMyOrganizationInvitationsQuery, PortalMyOrganizationInvitationsQueryVariables>) {
  return useQuery<PortalMyOrganizationInvitationsQuery, PortalMyOrganizationInvitationsQueryVariables>(PortalMyOrganizationInvitationsDocument, options as useQuery.Options<PortalMyOrganizationInvitationsQuery, PortalMyOrganizationInvitationsQueryVariables>);
}

export function usePortalMyOrganizationInvitationsLazyQuery(options?: useLazyQuery.Options<PortalMyOrganizationInvitationsQuery, PortalMyOrganizationInvitationsQueryVariables>) {
  return useLazyQuery<PortalMyOrganizationInvitationsQuery, PortalMyOrganizationInvitationsQueryVariables>(PortalMyOrganizationInvitationsDocument, options);
}

export function usePortalAcceptOrganizationInvitationMutation(options?: useMutation.Options<PortalAcceptOrganizationInvitationMutation, PortalAcceptOrganizationInvitationMutationVariables>) {
  return useMutation<PortalAcceptOrganizationInvitationMutation, PortalAcceptOrganizationInvitationMutationVariables>(PortalAcceptOrganizationInvitationDocument, options);
}

export function usePortalDeclineOrganizationInvitationMutation(options?: useMutation.Options<PortalDeclineOrganizationInvitationMutation, PortalDeclineOrganizationInvitationMutationVariables>) {
  return useMutation<PortalDeclineOrganizationInvitationMutation, PortalDeclineOrganizationInvitationMutationVariables>(PortalDeclineOrganizationInvitationDocument, options);
}

export function usePortalChangeOrganizationMemberRoleMutation(options?: useMutation.Options<PortalChangeOrganizationMemberRoleMutation, PortalChangeOrganizationMemberRoleMutationVariables>) {
  return useMutation<PortalChangeOrganizationMemberRoleMutation, PortalChangeOrganizationMemberRoleMutationVariables>(PortalChangeOrganizationMemberRoleDocument, options);
}

export function usePortalRemoveOrganizationMemberMutation(options?: useMutation.Options<PortalRemoveOrganizationMemberMutation, PortalRemoveOrganizationMemberMutationVariables>) {
  return useMutation<PortalRemoveOrganizationMemberMutation, PortalRemoveOrganizationMemberMutationVariables>(PortalRemoveOrganizationMemberDocument, options);
}
