/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type * as Types from '@alianza/graphql-client/types';

import { useLazyQuery, useQuery } from '@apollo/client/react';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** What a field of an item holds. */
export type ItemFieldType =
  /** A number. */
  | 'NUMBER'
  /** Text. */
  | 'TEXT';

/** What a document is, decided from its content. */
export type ItemFileKind =
  /** A text document. */
  | 'DOCUMENT'
  /** An image. */
  | 'IMAGE'
  /** Anything else; not accepted for now. */
  | 'OTHER'
  /** A PDF document. */
  | 'PDF'
  /** A spreadsheet. */
  | 'SPREADSHEET';

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

/** What recipients may do with an item toward third parties. */
export type ThirdPartyRule =
  /** They may show it to their own advisors. */
  | 'ADVISORS'
  /** It stays inside the recipient organization. */
  | 'INTERNAL_ONLY'
  /** They may pass it on freely. */
  | 'PUBLIC';

export type ConsoleViewAsParticipantsQueryVariables = Exact<{
  collaborationId: string | number;
}>;


export type ConsoleViewAsParticipantsQuery = { collaboration: { id: string, participations: Array<{ id: string, organizationId: string, status: Types.ParticipationStatus, active: boolean, organization: { id: string, name: string } }> } };

export type ConsoleViewAsQueryVariables = Exact<{
  collaborationId: string | number;
  organizationId: string | number;
  first: number;
  after?: string | null | undefined;
}>;


export type ConsoleViewAsQuery = { sharedWithOrganization: { totalCount: number, pageInfo: { endCursor: string | null, hasNextPage: boolean }, nodes: Array<{ grantId: string, reference: string, title: string, version: number, areaName: string, ownerOrganizationName: string, thirdPartyRule: Types.ThirdPartyRule, grantedAt: string, validUntil: string | null, watermark: { line: string, recipientName: string, ownerName: string, collaborationTitle: string, grantedAt: string, reference: string }, files: Array<{ fileId: string, name: string, kind: Types.ItemFileKind, pageCount: number | null, pagesShared: Array<number> | null, download: boolean }>, content: { body: string, redactedFieldCount: number, redactedSpanCount: number, fields: Array<{ key: string, label: string, type: Types.ItemFieldType, text: string | null, number: number | null }> } | null }> } };


export const ConsoleViewAsParticipantsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConsoleViewAsParticipants"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"collaborationId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"collaboration"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"collaborationId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"participations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"organizationId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ConsoleViewAsParticipantsQuery, ConsoleViewAsParticipantsQueryVariables>;
export const ConsoleViewAsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConsoleViewAs"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"collaborationId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"organizationId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sharedWithOrganization"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"collaborationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"collaborationId"}}},{"kind":"Argument","name":{"kind":"Name","value":"organizationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"organizationId"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PageInfoFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"grantId"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"areaName"}},{"kind":"Field","name":{"kind":"Name","value":"ownerOrganizationName"}},{"kind":"Field","name":{"kind":"Name","value":"thirdPartyRule"}},{"kind":"Field","name":{"kind":"Name","value":"grantedAt"}},{"kind":"Field","name":{"kind":"Name","value":"validUntil"}},{"kind":"Field","name":{"kind":"Name","value":"watermark"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"line"}},{"kind":"Field","name":{"kind":"Name","value":"recipientName"}},{"kind":"Field","name":{"kind":"Name","value":"ownerName"}},{"kind":"Field","name":{"kind":"Name","value":"collaborationTitle"}},{"kind":"Field","name":{"kind":"Name","value":"grantedAt"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}}]}},{"kind":"Field","name":{"kind":"Name","value":"files"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fileId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"pageCount"}},{"kind":"Field","name":{"kind":"Name","value":"pagesShared"}},{"kind":"Field","name":{"kind":"Name","value":"download"}}]}},{"kind":"Field","name":{"kind":"Name","value":"content"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"redactedFieldCount"}},{"kind":"Field","name":{"kind":"Name","value":"redactedSpanCount"}},{"kind":"Field","name":{"kind":"Name","value":"fields"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ItemFieldValue"}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PageInfoFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PageInfo"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endCursor"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ItemFieldValue"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ItemField"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"number"}}]}}]} as unknown as DocumentNode<ConsoleViewAsQuery, ConsoleViewAsQueryVariables>;
export function useConsoleViewAsParticipantsQuery(options: useQuery.Options<ConsoleViewAsParticipantsQuery, ConsoleViewAsParticipantsQueryVariables>) {
  return useQuery<ConsoleViewAsParticipantsQuery, ConsoleViewAsParticipantsQueryVariables>(ConsoleViewAsParticipantsDocument, options as useQuery.Options<ConsoleViewAsParticipantsQuery, ConsoleViewAsParticipantsQueryVariables>);
}

export function useConsoleViewAsParticipantsLazyQuery(options?: useLazyQuery.Options<ConsoleViewAsParticipantsQuery, ConsoleViewAsParticipantsQueryVariables>) {
  return useLazyQuery<ConsoleViewAsParticipantsQuery, ConsoleViewAsParticipantsQueryVariables>(ConsoleViewAsParticipantsDocument, options);
}

export function useConsoleViewAsQuery(options: useQuery.Options<ConsoleViewAsQuery, ConsoleViewAsQueryVariables>) {
  return useQuery<ConsoleViewAsQuery, ConsoleViewAsQueryVariables>(ConsoleViewAsDocument, options as useQuery.Options<ConsoleViewAsQuery, ConsoleViewAsQueryVariables>);
}

export function useConsoleViewAsLazyQuery(options?: useLazyQuery.Options<ConsoleViewAsQuery, ConsoleViewAsQueryVariables>) {
  return useLazyQuery<ConsoleViewAsQuery, ConsoleViewAsQueryVariables>(ConsoleViewAsDocument, options);
}
