/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type * as Types from '@alianza/graphql-client/types';

import { useLazyQuery, useQuery } from '@apollo/client/react';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
export type CollaborationGateQueryVariables = Exact<{
  id: string | number;
}>;


export type CollaborationGateQuery = { collaboration: { id: string, title: string } };


export const CollaborationGateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CollaborationGate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"collaboration"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]} as unknown as DocumentNode<CollaborationGateQuery, CollaborationGateQueryVariables>;
export function useCollaborationGateQuery(options: useQuery.Options<CollaborationGateQuery, CollaborationGateQueryVariables>) {
  return useQuery<CollaborationGateQuery, CollaborationGateQueryVariables>(CollaborationGateDocument, options as useQuery.Options<CollaborationGateQuery, CollaborationGateQueryVariables>);
}

export function useCollaborationGateLazyQuery(options?: useLazyQuery.Options<CollaborationGateQuery, CollaborationGateQueryVariables>) {
  return useLazyQuery<CollaborationGateQuery, CollaborationGateQueryVariables>(CollaborationGateDocument, options);
}
