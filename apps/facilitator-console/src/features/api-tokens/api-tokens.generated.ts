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

export type ConsoleApiTokenFragment = { id: string, name: string, prefix: string, createdAt: string, expiresAt: string, revokedAt: string | null, lastUsedAt: string | null, active: boolean };

export type ConsoleApiTokensQueryVariables = Exact<{ [key: string]: never; }>;


export type ConsoleApiTokensQuery = { apiTokens: Array<{ id: string, name: string, prefix: string, createdAt: string, expiresAt: string, revokedAt: string | null, lastUsedAt: string | null, active: boolean }> };

export type ConsoleCreateApiTokenMutationVariables = Exact<{
  input: Types.CreateApiTokenInput;
}>;


export type ConsoleCreateApiTokenMutation = { createApiToken: { secret: string, token: { id: string, name: string, prefix: string, createdAt: string, expiresAt: string, revokedAt: string | null, lastUsedAt: string | null, active: boolean } } };

export type ConsoleRevokeApiTokenMutationVariables = Exact<{
  id: string | number;
}>;


export type ConsoleRevokeApiTokenMutation = { revokeApiToken: { id: string, name: string, prefix: string, createdAt: string, expiresAt: string, revokedAt: string | null, lastUsedAt: string | null, active: boolean } };

export const ConsoleApiTokenFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ConsoleApiToken"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ApiToken"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"prefix"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastUsedAt"}},{"kind":"Field","name":{"kind":"Name","value":"active"}}]}}]} as unknown as DocumentNode<ConsoleApiTokenFragment, unknown>;
export const ConsoleApiTokensDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConsoleApiTokens"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"apiTokens"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ConsoleApiToken"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ConsoleApiToken"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ApiToken"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"prefix"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastUsedAt"}},{"kind":"Field","name":{"kind":"Name","value":"active"}}]}}]} as unknown as DocumentNode<ConsoleApiTokensQuery, ConsoleApiTokensQueryVariables>;
export const ConsoleCreateApiTokenDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsoleCreateApiToken"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateApiTokenInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createApiToken"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"secret"}},{"kind":"Field","name":{"kind":"Name","value":"token"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ConsoleApiToken"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ConsoleApiToken"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ApiToken"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"prefix"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastUsedAt"}},{"kind":"Field","name":{"kind":"Name","value":"active"}}]}}]} as unknown as DocumentNode<ConsoleCreateApiTokenMutation, ConsoleCreateApiTokenMutationVariables>;
export const ConsoleRevokeApiTokenDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsoleRevokeApiToken"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"revokeApiToken"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ConsoleApiToken"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ConsoleApiToken"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ApiToken"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"prefix"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastUsedAt"}},{"kind":"Field","name":{"kind":"Name","value":"active"}}]}}]} as unknown as DocumentNode<ConsoleRevokeApiTokenMutation, ConsoleRevokeApiTokenMutationVariables>;
export function useConsoleApiTokensQuery(options?: useQuery.Options<ConsoleApiTokensQuery, ConsoleApiTokensQueryVariables>) {
  return useQuery<ConsoleApiTokensQuery, ConsoleApiTokensQueryVariables>(ConsoleApiTokensDocument, options as useQuery.Options<ConsoleApiTokensQuery, ConsoleApiTokensQueryVariables>);
}

export function useConsoleApiTokensLazyQuery(options?: useLazyQuery.Options<ConsoleApiTokensQuery, ConsoleApiTokensQueryVariables>) {
  return useLazyQuery<ConsoleApiTokensQuery, ConsoleApiTokensQueryVariables>(ConsoleApiTokensDocument, options);
}

export function useConsoleCreateApiTokenMutation(options?: useMutation.Options<ConsoleCreateApiTokenMutation, ConsoleCreateApiTokenMutationVariables>) {
  return useMutation<ConsoleCreateApiTokenMutation, ConsoleCreateApiTokenMutationVariables>(ConsoleCreateApiTokenDocument, options);
}

export function useConsoleRevokeApiTokenMutation(options?: useMutation.Options<ConsoleRevokeApiTokenMutation, ConsoleRevokeApiTokenMutationVariables>) {
  return useMutation<ConsoleRevokeApiTokenMutation, ConsoleRevokeApiTokenMutationVariables>(ConsoleRevokeApiTokenDocument, options);
}
