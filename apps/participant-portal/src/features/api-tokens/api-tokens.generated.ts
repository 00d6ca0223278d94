/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type * as Types from '@alianza/graphql-client/types';

import { useLazyQuery, useMutation, useQuery } from '@apollo/client/react';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
export type CreateApiTokenInput = {
  /** When it stops working (at most a year). */
  expiresAt: string;
  /** What the token is for, e.g. "Monthly board report". */
  name: string;
};

export type PortalApiTokenFragment = { id: string, name: string, prefix: string, createdAt: string, expiresAt: string, revokedAt: string | null, lastUsedAt: string | null, active: boolean };

export type PortalApiTokensQueryVariables = Exact<{ [key: string]: never; }>;


export type PortalApiTokensQuery = { apiTokens: Array<{ id: string, name: string, prefix: string, createdAt: string, expiresAt: string, revokedAt: string | null, lastUsedAt: string | null, active: boolean }>, organizations: { nodes: Array<{ id: string }> } };

export type PortalCreateApiTokenMutationVariables = Exact<{
  input: Types.CreateApiTokenInput;
}>;


export type PortalCreateApiTokenMutation = { createApiToken: { secret: string, token: { id: string, name: string, prefix: string, createdAt: string, expiresAt: string, revokedAt: string | null, lastUsedAt: string | null, active: boolean } } };

export type PortalRevokeApiTokenMutationVariables = Exact<{
  id: string | number;
}>;


export type PortalRevokeApiTokenMutation = { revokeApiToken: { id: string, name: string, prefix: string, createdAt: string, expiresAt: string, revokedAt: string | null, lastUsedAt: string | null, active: boolean } };

export const PortalApiTokenFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PortalApiToken"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ApiToken"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"prefix"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastUsedAt"}},{"kind":"Field","name":{"kind":"Name","value":"active"}}]}}]} as unknown as DocumentNode<PortalApiTokenFragment, unknown>;
export const PortalApiTokensDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PortalApiTokens"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"apiTokens"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PortalApiToken"}}]}},{"kind":"Field","name":{"kind":"Name","value":"organizations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"mine"},"value":{"kind":"BooleanValue","value":true}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PortalApiToken"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ApiToken"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"prefix"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastUsedAt"}},{"kind":"Field","name":{"kind":"Name","value":"active"}}]}}]} as unknown as DocumentNode<PortalApiTokensQuery, PortalApiTokensQueryVariables>;
export const PortalCreateApiTokenDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PortalCreateApiToken"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateApiTokenInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createApiToken"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"secret"}},{"kind":"Field","name":{"kind":"Name","value":"token"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PortalApiToken"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PortalApiToken"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ApiToken"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"prefix"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastUsedAt"}},{"kind":"Field","name":{"kind":"Name","value":"active"}}]}}]} as unknown as DocumentNode<PortalCreateApiTokenMutation, PortalCreateApiTokenMutationVariables>;
export const PortalRevokeApiTokenDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PortalRevokeApiToken"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"revokeApiToken"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PortalApiToken"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PortalApiToken"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ApiToken"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"prefix"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastUsedAt"}},{"kind":"Field","name":{"kind":"Name","value":"active"}}]}}]} as unknown as DocumentNode<PortalRevokeApiTokenMutation, PortalRevokeApiTokenMutationVariables>;
export function usePortalApiTokensQuery(options?: useQuery.Options<PortalApiTokensQuery, PortalApiTokensQueryVariables>) {
  return useQuery<PortalApiTokensQuery, PortalApiTokensQueryVariables>(PortalApiTokensDocument, options as useQuery.Options<PortalApiTokensQuery, PortalApiTokensQueryVariables>);
}

export function usePortalApiTokensLazyQuery(options?: useLazyQuery.Options<PortalApiTokensQuery, PortalApiTokensQueryVariables>) {
  return useLazyQuery<PortalApiTokensQuery, PortalApiTokensQueryVariables>(PortalApiTokensDocument, options);
}

export function usePortalCreateApiTokenMutation(options?: useMutation.Options<PortalCreateApiTokenMutation, PortalCreateApiTokenMutationVariables>) {
  return useMutation<PortalCreateApiTokenMutation, PortalCreateApiTokenMutationVariables>(PortalCreateApiTokenDocument, options);
}

export function usePortalRevokeApiTokenMutation(options?: useMutation.Options<PortalRevokeApiTokenMutation, PortalRevokeApiTokenMutationVariables>) {
  return useMutation<PortalRevokeApiTokenMutation, PortalRevokeApiTokenMutationVariables>(PortalRevokeApiTokenDocument, options);
}
