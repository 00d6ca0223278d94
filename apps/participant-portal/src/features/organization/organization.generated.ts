/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type * as Types from '@alianza/graphql-client/types';

import { useLazyQuery, useMutation, useQuery } from '@apollo/client/react';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
export type AddOrganizationMemberInput = {
  /** Email of an existing account. */
  email: string;
  role?: MembershipRole;
};

export type CreateOrganizationInput = {
  kind: OrganizationKind;
  mission?: string | null | undefined;
  name: string;
  whatWeDo?: string | null | undefined;
  whereWeAreGoing?: string | null | undefined;
  whoWeAre?: string | null | undefined;
};

export type MembershipRole =
  | 'MEMBER'
  | 'OWNER';

export type OrganizationKind =
  | 'ASSOCIATION'
  | 'COMPANY'
  | 'ENTREPRENEUR'
  | 'OTHER'
  | 'PROFESSIONAL';

export type UpdateOrganizationInput = {
  kind?: OrganizationKind | null | undefined;
  mission?: string | null | undefined;
  name?: string | null | undefined;
  whatWeDo?: string | null | undefined;
  whereWeAreGoing?: string | null | undefined;
  whoWeAre?: string | null | undefined;
};

export type PortalOrganizationMemberFragment = { id: string, role: Types.MembershipRole, createdAt: string, member: { id: string, displayName: string, email: string } };

export type PortalOrganizationProfileFragment = { id: string, name: string, kind: Types.OrganizationKind, whoWeAre: string, whatWeDo: string, whereWeAreGoing: string, mission: string, myRole: Types.MembershipRole | null, updatedAt: string, members: Array<{ id: string, role: Types.MembershipRole, createdAt: string, member: { id: string, displayName: string, email: string } }> };

export type PortalMyOrganizationsQueryVariables = Exact<{ [key: string]: never; }>;


export type PortalMyOrganizationsQuery = { organizations: { totalCount: number, nodes: Array<{ id: string, name: string, kind: Types.OrganizationKind, whoWeAre: string, whatWeDo: string, whereWeAreGoing: string, mission: string, myRole: Types.MembershipRole | null, updatedAt: string, members: Array<{ id: string, role: Types.MembershipRole, createdAt: string, member: { id: string, displayName: string, email: string } }> }> } };

export type PortalUpdateOrganizationMutationVariables = Exact<{
  id: string | number;
  input: Types.UpdateOrganizationInput;
}>;


export type PortalUpdateOrganizationMutation = { updateOrganization: { id: string, name: string, kind: Types.OrganizationKind, whoWeAre: string, whatWeDo: string, whereWeAreGoing: string, mission: string, myRole: Types.MembershipRole | null, updatedAt: string, members: Array<{ id: string, role: Types.MembershipRole, createdAt: string, member: { id: string, displayName: string, email: string } }> } };

export type PortalCreateOrganizationMutationVariables = Exact<{
  input: Types.CreateOrganizationInput;
}>;


export type PortalCreateOrganizationMutation = { createOrganization: { id: string, name: string, kind: Types.OrganizationKind, whoWeAre: string, whatWeDo: string, whereWeAreGoing: string, mission: string, myRole: Types.MembershipRole | null, updatedAt: string, members: Array<{ id: string, role: Types.MembershipRole, createdAt: string, member: { id: string, displayName: string, email: string } }> } };

export type PortalAddOrganizationMemberMutationVariables = Exact<{
  organizationId: string | number;
  input: Types.AddOrganizationMemberInput;
}>;


export type PortalAddOrganizationMemberMutation = { addOrganizationMember: { id: string, role: Types.MembershipRole, createdAt: string, member: { id: string, displayName: string, email: string } } };

export type PortalChangeOrganizationMemberRoleMutationVariables = Exact<{
  membershipId: string | number;
  role: Types.MembershipRole;
}>;


export type PortalChangeOrganizationMemberRoleMutation = { changeOrganizationMemberRole: { id: string, role: Types.MembershipRole, createdAt: string, member: { id: string, displayName: string, email: string } } };

export type PortalRemoveOrganizationMemberMutationVariables = Exact<{
  membershipId: string | number;
}>;


export type PortalRemoveOrganizationMemberMutation = { removeOrganizationMember: { id: string } };

export const PortalOrganizationMemberFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PortalOrganizationMember"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"OrganizationMembership"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"member"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}}]}}]} as unknown as DocumentNode<PortalOrganizationMemberFragment, unknown>;
export const PortalOrganizationProfileFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PortalOrganizationProfile"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Organization"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"whoWeAre"}},{"kind":"Field","name":{"kind":"Name","value":"whatWeDo"}},{"kind":"Field","name":{"kind":"Name","value":"whereWeAreGoing"}},{"kind":"Field","name":{"kind":"Name","value":"mission"}},{"kind":"Field","name":{"kind":"Name","value":"myRole"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"members"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PortalOrganizationMember"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PortalOrganizationMember"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"OrganizationMembership"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"member"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}}]}}]} as unknown as DocumentNode<PortalOrganizationProfileFragment, unknown>;
export const PortalMyOrganizationsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PortalMyOrganizations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organizations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"mine"},"value":{"kind":"BooleanValue","value":true}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PortalOrganizationProfile"}}]}},{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PortalOrganizationMember"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"OrganizationMembership"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"member"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PortalOrganizationProfile"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Organization"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"whoWeAre"}},{"kind":"Field","name":{"kind":"Name","value":"whatWeDo"}},{"kind":"Field","name":{"kind":"Name","value":"whereWeAreGoing"}},{"kind":"Field","name":{"kind":"Name","value":"mission"}},{"kind":"Field","name":{"kind":"Name","value":"myRole"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"members"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PortalOrganizationMember"}}]}}]}}]} as unknown as DocumentNode<PortalMyOrganizationsQuery, PortalMyOrganizationsQueryVariables>;
export const PortalUpdateOrganizationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PortalUpdateOrganization"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateOrganizationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateOrganization"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PortalOrganizationProfile"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PortalOrganizationMember"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"OrganizationMembership"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"member"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PortalOrganizationProfile"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Organization"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"whoWeAre"}},{"kind":"Field","name":{"kind":"Name","value":"whatWeDo"}},{"kind":"Field","name":{"kind":"Name","value":"whereWeAreGoing"}},{"kind":"Field","name":{"kind":"Name","value":"mission"}},{"kind":"Field","name":{"kind":"Name","value":"myRole"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"members"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PortalOrganizationMember"}}]}}]}}]} as unknown as DocumentNode<PortalUpdateOrganizationMutation, PortalUpdateOrganizationMutationVariables>;
export const PortalCreateOrganizationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PortalCreateOrganization"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateOrganizationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createOrganization"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PortalOrganizationProfile"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PortalOrganizationMember"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"OrganizationMembership"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"member"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PortalOrganizationProfile"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Organization"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"whoWeAre"}},{"kind":"Field","name":{"kind":"Name","value":"whatWeDo"}},{"kind":"Field","name":{"kind":"Name","value":"whereWeAreGoing"}},{"kind":"Field","name":{"kind":"Name","value":"mission"}},{"kind":"Field","name":{"kind":"Name","value":"myRole"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"members"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PortalOrganizationMember"}}]}}]}}]} as unknown as DocumentNode<PortalCreateOrganizationMutation, PortalCreateOrganizationMutationVariables>;
export const PortalAddOrganizationMemberDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PortalAddOrganizationMember"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"organizationId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AddOrganizationMemberInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addOrganizationMember"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"organizationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"organizationId"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PortalOrganizationMember"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PortalOrganizationMember"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"OrganizationMembership"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"member"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}}]}}]} as unknown as DocumentNode<PortalAddOrganizationMemberMutation, PortalAddOrganizationMemberMutationVariables>;
export const PortalChangeOrganizationMemberRoleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PortalChangeOrganizationMemberRole"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"membershipId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"role"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"MembershipRole"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"changeOrganizationMemberRole"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"membershipId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"membershipId"}}},{"kind":"Argument","name":{"kind":"Name","value":"role"},"value":{"kind":"Variable","name":{"kind":"Name","value":"role"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PortalOrganizationMember"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PortalOrganizationMember"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"OrganizationMembership"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"member"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}}]}}]} as unknown as DocumentNode<PortalChangeOrganizationMemberRoleMutation, PortalChangeOrganizationMemberRoleMutationVariables>;
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

export function usePortalAddOrganizationMemberMutation(options?: useMutation.Options<PortalAddOrganizationMemberMutation, PortalAddOrganizationMemberMutationVariables>) {
  return useMutation<PortalAddOrganizationMemberMutation, PortalAddOrganizationMemberMutationVariables>(PortalAddOrganizationMemberDocument, options);
}

export function usePortalChangeOrganizationMemberRoleMutation(options?: useMutation.Options<PortalChangeOrganizationMemberRoleMutation, PortalChangeOrganizationMemberRoleMutationVariables>) {
  return useMutation<PortalChangeOrganizationMemberRoleMutation, PortalChangeOrganizationMemberRoleMutationVariables>(PortalChangeOrganizationMemberRoleDocument, options);
}

export function usePortalRemoveOrganizationMemberMutation(options?: useMutation.Options<PortalRemoveOrganizationMemberMutation, PortalRemoveOrganizationMemberMutationVariables>) {
  return useMutation<PortalRemoveOrganizationMemberMutation, PortalRemoveOrganizationMemberMutationVariables>(PortalRemoveOrganizationMemberDocument, options);
}
