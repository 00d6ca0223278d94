/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type * as Types from '@alianza/graphql-client/types';

import { useLazyQuery, useMutation, useQuery } from '@apollo/client/react';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** Accept an invitation by email for one organization: one you own (`organizationId`) or one you found now (`newOrganization`). */
export type AcceptCollaborationInvitationInput = {
  /** The organization to found (you become its owner) and take the invitation. */
  newOrganization?: CreateOrganizationInput | null | undefined;
  /** An organization you own that takes the invitation. */
  organizationId?: string | number | null | undefined;
  /** The token of the link in the email. */
  token: string;
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

/** What an invitation link invites to. */
export type InvitationLinkKind =
  /** To take part in a collaboration. */
  | 'COLLABORATION'
  /** To join an organization. */
  | 'ORGANIZATION';

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

/** An account for the address an invitation link was emailed to. */
export type SignUpWithInvitationInput = {
  /** The name other people see. */
  displayName: string;
  /** The language of the account (the one the page is shown in); when not given, the invitation's. */
  locale?: Locale | null | undefined;
  /** At least 10 characters. */
  password: string;
  /** The token of the link in the email: it proves the address. */
  token: string;
};

export type PortalInvitationLinkFragment = { kind: Types.InvitationLinkKind, invitationId: string, email: string, status: Types.InvitationStatus, expiresAt: string, locale: Types.Locale, accountExists: boolean, invitedByName: string, organizationName: string, organizationId: string | null, role: Types.MembershipRole | null, collaborationId: string | null, collaborationTitle: string | null };

export type PortalInvitationLinkQueryVariables = Exact<{
  token: string;
}>;


export type PortalInvitationLinkQuery = { invitationLink: { kind: Types.InvitationLinkKind, invitationId: string, email: string, status: Types.InvitationStatus, expiresAt: string, locale: Types.Locale, accountExists: boolean, invitedByName: string, organizationName: string, organizationId: string | null, role: Types.MembershipRole | null, collaborationId: string | null, collaborationTitle: string | null } };

export type PortalSignUpWithInvitationMutationVariables = Exact<{
  input: Types.SignUpWithInvitationInput;
}>;


export type PortalSignUpWithInvitationMutation = { signUpWithInvitation: boolean };

export type PortalOwnedOrganizationsQueryVariables = Exact<{ [key: string]: never; }>;


export type PortalOwnedOrganizationsQuery = { organizations: { nodes: Array<{ id: string, name: string, myRole: Types.MembershipRole | null }> } };

export type PortalAcceptCollaborationInvitationMutationVariables = Exact<{
  input: Types.AcceptCollaborationInvitationInput;
}>;


export type PortalAcceptCollaborationInvitationMutation = { acceptCollaborationInvitation: { id: string, collaborationId: string, organizationId: string, status: Types.ParticipationStatus, organization: { id: string, name: string } } };

export const PortalInvitationLinkFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PortalInvitationLink"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InvitationLink"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"invitationId"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"locale"}},{"kind":"Field","name":{"kind":"Name","value":"accountExists"}},{"kind":"Field","name":{"kind":"Name","value":"invitedByName"}},{"kind":"Field","name":{"kind":"Name","value":"organizationName"}},{"kind":"Field","name":{"kind":"Name","value":"organizationId"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"collaborationId"}},{"kind":"Field","name":{"kind":"Name","value":"collaborationTitle"}}]}}]} as unknown as DocumentNode<PortalInvitationLinkFragment, unknown>;
export const PortalInvitationLinkDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PortalInvitationLink"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"token"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"invitationLink"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"token"},"value":{"kind":"Variable","name":{"kind":"Name","value":"token"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PortalInvitationLink"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PortalInvitationLink"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InvitationLink"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"invitationId"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"locale"}},{"kind":"Field","name":{"kind":"Name","value":"accountExists"}},{"kind":"Field","name":{"kind":"Name","value":"invitedByName"}},{"kind":"Field","name":{"kind":"Name","value":"organizationName"}},{"kind":"Field","name":{"kind":"Name","value":"organizationId"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"collaborationId"}},{"kind":"Field","name":{"kind":"Name","value":"collaborationTitle"}}]}}]} as unknown as DocumentNode<PortalInvitationLinkQuery, PortalInvitationLinkQueryVariables>;
export const PortalSignUpWithInvitationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PortalSignUpWithInvitation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SignUpWithInvitationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"signUpWithInvitation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}]}]}}]} as unknown as DocumentNode<PortalSignUpWithInvitationMutation, PortalSignUpWithInvitationMutationVariables>;
export const PortalOwnedOrganizationsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PortalOwnedOrganizations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organizations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"mine"},"value":{"kind":"BooleanValue","value":true}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"myRole"}}]}}]}}]}}]} as unknown as DocumentNode<PortalOwnedOrganizationsQuery, PortalOwnedOrganizationsQueryVariables>;
export const PortalAcceptCollaborationInvitationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PortalAcceptCollaborationInvitation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AcceptCollaborationInvitationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"acceptCollaborationInvitation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"collaborationId"}},{"kind":"Field","name":{"kind":"Name","value":"organizationId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<PortalAcceptCollaborationInvitationMutation, PortalAcceptCollaborationInvitationMutationVariables>;
export function usePortalInvitationLinkQuery(options: useQuery.Options<PortalInvitationLinkQuery, PortalInvitationLinkQueryVariables>) {
  return useQuery<PortalInvitationLinkQuery, PortalInvitationLinkQueryVariables>(PortalInvitationLinkDocument, options as useQuery.Options<PortalInvitationLinkQuery, PortalInvitationLinkQueryVariables>);
}

export function usePortalInvitationLinkLazyQuery(options?: useLazyQuery.Options<PortalInvitationLinkQuery, PortalInvitationLinkQueryVariables>) {
  return useLazyQuery<PortalInvitationLinkQuery, PortalInvitationLinkQueryVariables>(PortalInvitationLinkDocument, options);
}

export function usePortalSignUpWithInvitationMutation(options?: useMutation.Options<PortalSignUpWithInvitationMutation, PortalSignUpWithInvitationMutationVariables>) {
  return useMutation<PortalSignUpWithInvitationMutation, PortalSignUpWithInvitationMutationVariables>(PortalSignUpWithInvitationDocument, options);
}

export function usePortalOwnedOrganizationsQuery(options?: useQuery.Options<PortalOwnedOrganizationsQuery, PortalOwnedOrganizationsQueryVariables>) {
  return useQuery<PortalOwnedOrganizationsQuery, PortalOwnedOrganizationsQueryVariables>(PortalOwnedOrganizationsDocument, options as useQuery.Options<PortalOwnedOrganizationsQuery, PortalOwnedOrganizationsQueryVariables>);
}

export function usePortalOwnedOrganizationsLazyQuery(options?: useLazyQuery.Options<PortalOwnedOrganizationsQuery, PortalOwnedOrganizationsQueryVariables>) {
  return useLazyQuery<PortalOwnedOrganizationsQuery, PortalOwnedOrganizationsQueryVariables>(PortalOwnedOrganizationsDocument, options);
}

export function usePortalAcceptCollaborationInvitationMutation(options?: useMutation.Options<PortalAcceptCollaborationInvitationMutation, PortalAcceptCollaborationInvitationMutationVariables>) {
  return useMutation<PortalAcceptCollaborationInvitationMutation, PortalAcceptCollaborationInvitationMutationVariables>(PortalAcceptCollaborationInvitationDocument, options);
}
