/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type * as Types from '@alianza/graphql-client/types';

import { useLazyQuery, useQuery } from '@apollo/client/react';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** What a person may do for an organization. */
export type MembershipRole =
  /** Acts for the organization. */
  | 'MEMBER'
  /** Acts for the organization and manages its members. */
  | 'OWNER';

export type PortalWebhookOrganizationsQueryVariables = Exact<{ [key: string]: never; }>;


export type PortalWebhookOrganizationsQuery = { organizations: { nodes: Array<{ id: string, name: string, myRole: Types.MembershipRole | null }> } };


export const PortalWebhookOrganizationsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PortalWebhookOrganizations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organizations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"mine"},"value":{"kind":"BooleanValue","value":true}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"myRole"}}]}}]}}]}}]} as unknown as DocumentNode<PortalWebhookOrganizationsQuery, PortalWebhookOrganizationsQueryVariables>;
export function usePortalWebhookOrganizationsQuery(options?: useQuery.Options<PortalWebhookOrganizationsQuery, PortalWebhookOrganizationsQueryVariables>) {
  return useQuery<PortalWebhookOrganizationsQuery, PortalWebhookOrganizationsQueryVariables>(PortalWebhookOrganizationsDocument, options as useQuery.Options<PortalWebhookOrganizationsQuery, PortalWebhookOrganizationsQueryVariables>);
}

export function usePortalWebhookOrganizationsLazyQuery(options?: useLazyQuery.Options<PortalWebhookOrganizationsQuery, PortalWebhookOrganizationsQueryVariables>) {
  return useLazyQuery<PortalWebhookOrganizationsQuery, PortalWebhookOrganizationsQueryVariables>(PortalWebhookOrganizationsDocument, options);
}
