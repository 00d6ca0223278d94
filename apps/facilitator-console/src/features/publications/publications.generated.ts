/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type * as Types from '@alianza/graphql-client/types';

import { useLazyQuery, useMutation, useQuery } from '@apollo/client/react';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** How freely information flows in an area of exchange. */
export type AreaSensitivity =
  /** Every disclosure needs the facilitator's decision. */
  | 'MODERATED'
  /** Disclosures to active participants are approved automatically, unless an overlap applies. */
  | 'OPEN'
  /** No item is ever disclosed; only the facilitator's publications. */
  | 'RESTRICTED';

/** Who something is shared with. */
export type AudienceKind =
  /** Every organization active in the collaboration. */
  | 'ALL_ACTIVE'
  /** The organizations named. */
  | 'NAMED';

/** A text from the facilitator to participants. */
export type PublishInput = {
  /** The area it summarises, e.g. a restricted one. */
  areaId?: string | number | null | undefined;
  /** Who may read it. */
  audienceKind?: AudienceKind;
  /** Markdown. Name no sources. */
  body: string;
  /** Required when audienceKind is NAMED. */
  recipientOrganizationIds?: Array<string | number> | null | undefined;
  /** Its title. */
  title: string;
};

export type ConsolePublicationFragment = { id: string, title: string, body: string, createdAt: string, audienceKind: Types.AudienceKind, areaId: string | null };

export type ConsolePublicationsQueryVariables = Exact<{
  collaborationId: string | number;
  first: number;
  after?: string | null | undefined;
}>;


export type ConsolePublicationsQuery = { publications: { totalCount: number, pageInfo: { endCursor: string | null, hasNextPage: boolean }, nodes: Array<{ id: string, title: string, body: string, createdAt: string, audienceKind: Types.AudienceKind, areaId: string | null }> } };

export type ConsolePublicationsContextQueryVariables = Exact<{
  collaborationId: string | number;
}>;


export type ConsolePublicationsContextQuery = { collaboration: { id: string, participations: Array<{ id: string, organizationId: string, active: boolean, organization: { id: string, name: string } }>, areas: { nodes: Array<{ id: string, name: string, sensitivity: Types.AreaSensitivity }> } } };

export type ConsolePublishMutationVariables = Exact<{
  collaborationId: string | number;
  input: Types.PublishInput;
}>;


export type ConsolePublishMutation = { publish: { id: string, title: string, body: string, createdAt: string, audienceKind: Types.AudienceKind, areaId: string | null } };

export const ConsolePublicationFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ConsolePublication"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Publication"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"audienceKind"}},{"kind":"Field","name":{"kind":"Name","value":"areaId"}}]}}]} as unknown as DocumentNode<ConsolePublicationFragment, unknown>;
export const ConsolePublicationsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConsolePublications"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"collaborationId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"publications"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"collaborationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"collaborationId"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PageInfoFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ConsolePublication"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PageInfoFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PageInfo"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endCursor"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ConsolePublication"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Publication"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"audienceKind"}},{"kind":"Field","name":{"kind":"Name","value":"areaId"}}]}}]} as unknown as DocumentNode<ConsolePublicationsQuery, ConsolePublicationsQueryVariables>;
export const ConsolePublicationsContextDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConsolePublicationsContext"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"collaborationId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"collaboration"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"collaborationId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"participations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"organizationId"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"areas"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"sensitivity"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ConsolePublicationsContextQuery, ConsolePublicationsContextQueryVariables>;
export const ConsolePublishDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsolePublish"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"collaborationId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PublishInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"publish"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"collaborationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"collaborationId"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ConsolePublication"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ConsolePublication"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Publication"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"audienceKind"}},{"kind":"Field","name":{"kind":"Name","value":"areaId"}}]}}]} as unknown as DocumentNode<ConsolePublishMutation, ConsolePublishMutationVariables>;
export function useConsolePublicationsQuery(options: useQuery.Options<ConsolePublicationsQuery, ConsolePublicationsQueryVariables>) {
  return useQuery<ConsolePublicationsQuery, ConsolePublicationsQueryVariables>(ConsolePublicationsDocument, options as useQuery.Options<ConsolePublicationsQuery, ConsolePublicationsQueryVariables>);
}

export function useConsolePublicationsLazyQuery(options?: useLazyQuery.Options<ConsolePublicationsQuery, ConsolePublicationsQueryVariables>) {
  return useLazyQuery<ConsolePublicationsQuery, ConsolePublicationsQueryVariables>(ConsolePublicationsDocument, options);
}

export function useConsolePublicationsContextQuery(options: useQuery.Options<ConsolePublicationsContextQuery, ConsolePublicationsContextQueryVariables>) {
  return useQuery<ConsolePublicationsContextQuery, ConsolePublicationsContextQueryVariables>(ConsolePublicationsContextDocument, options as useQuery.Options<ConsolePublicationsContextQuery, ConsolePublicationsContextQueryVariables>);
}

export function useConsolePublicationsContextLazyQuery(options?: useLazyQuery.Options<ConsolePublicationsContextQuery, ConsolePublicationsContextQueryVariables>) {
  return useLazyQuery<ConsolePublicationsContextQuery, ConsolePublicationsContextQueryVariables>(ConsolePublicationsContextDocument, options);
}

export function useConsolePublishMutation(options?: useMutation.Options<ConsolePublishMutation, ConsolePublishMutationVariables>) {
  return useMutation<ConsolePublishMutation, ConsolePublishMutationVariables>(ConsolePublishDocument, options);
}
