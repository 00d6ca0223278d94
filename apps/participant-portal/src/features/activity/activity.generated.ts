/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type * as Types from '@alianza/graphql-client/types';

import { useLazyQuery, useMutation, useQuery } from '@apollo/client/react';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** Markets/regions, segments, products/services. */
export type ActivityDimension =
  /** A market the organization works in. */
  | 'MARKET'
  /** A product or service the organization offers. */
  | 'PRODUCT'
  /** A customer segment the organization serves. */
  | 'SEGMENT';

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

/** A customer list to upload for an area. */
export type CustomerListInput = {
  /** The file’s text (at most 2 MB): one tax id, web domain or email per line, or a CSV whose first column holds them. */
  content: string;
  /** The name of the file, for the uploader's own reference. */
  fileName?: string | null | undefined;
  /** Defaults to your organization in this collaboration. */
  organizationId?: string | number | null | undefined;
};

/** The options an organization declares for an area. */
export type DeclareActivityInput = {
  /** Every option of the area that applies; replaces the previous. */
  optionIds: Array<string | number>;
  /** Defaults to your organization in this collaboration. */
  organizationId?: string | number | null | undefined;
};

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

export type PortalCustomerListFragment = { id: string, areaId: string, fileName: string | null, accepted: number, duplicates: number, rejected: number, uploadedAt: string };

export type PortalActivityAccessQueryVariables = Exact<{
  collaborationId: string | number;
}>;


export type PortalActivityAccessQuery = { collaboration: { id: string, status: Types.CollaborationStatus, myParticipations: Array<{ id: string, organizationId: string, status: Types.ParticipationStatus, active: boolean }> } };

export type PortalActivityQueryVariables = Exact<{
  collaborationId: string | number;
}>;


export type PortalActivityQuery = { collaboration: { id: string, status: Types.CollaborationStatus, participations: Array<{ id: string, organization: { id: string, name: string } }>, overlaps: { nodes: Array<{ id: string, areaId: string, organizationIds: Array<string>, sharedNote: string, createdAt: string }> }, areas: { nodes: Array<{ id: string, name: string, description: string }> }, activityOptions: { nodes: Array<{ id: string, areaId: string, dimension: Types.ActivityDimension, label: string, position: number }> } }, myActivity: { organizationId: string, declarations: Array<{ areaId: string, optionIds: Array<string> }>, customerLists: Array<{ id: string, areaId: string, fileName: string | null, accepted: number, duplicates: number, rejected: number, uploadedAt: string }> } };

export type PortalDeclareActivityMutationVariables = Exact<{
  areaId: string | number;
  input: Types.DeclareActivityInput;
}>;


export type PortalDeclareActivityMutation = { declareActivity: { areaId: string, optionIds: Array<string> } };

export type PortalUploadCustomerListMutationVariables = Exact<{
  areaId: string | number;
  input: Types.CustomerListInput;
}>;


export type PortalUploadCustomerListMutation = { uploadCustomerList: { id: string, areaId: string, fileName: string | null, accepted: number, duplicates: number, rejected: number, uploadedAt: string } };

export type PortalRemoveCustomerListMutationVariables = Exact<{
  areaId: string | number;
}>;


export type PortalRemoveCustomerListMutation = { removeCustomerList: { id: string } };

export const PortalCustomerListFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PortalCustomerList"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CustomerList"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"areaId"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"accepted"}},{"kind":"Field","name":{"kind":"Name","value":"duplicates"}},{"kind":"Field","name":{"kind":"Name","value":"rejected"}},{"kind":"Field","name":{"kind":"Name","value":"uploadedAt"}}]}}]} as unknown as DocumentNode<PortalCustomerListFragment, unknown>;
export const PortalActivityAccessDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PortalActivityAccess"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"collaborationId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"collaboration"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"collaborationId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"myParticipations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"organizationId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"active"}}]}}]}}]}}]} as unknown as DocumentNode<PortalActivityAccessQuery, PortalActivityAccessQueryVariables>;
export const PortalActivityDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PortalActivity"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"collaborationId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"collaboration"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"collaborationId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"participations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"overlaps"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"areaId"}},{"kind":"Field","name":{"kind":"Name","value":"organizationIds"}},{"kind":"Field","name":{"kind":"Name","value":"sharedNote"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"areas"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"activityOptions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"areaId"}},{"kind":"Field","name":{"kind":"Name","value":"dimension"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"position"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"myActivity"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"collaborationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"collaborationId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organizationId"}},{"kind":"Field","name":{"kind":"Name","value":"declarations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"areaId"}},{"kind":"Field","name":{"kind":"Name","value":"optionIds"}}]}},{"kind":"Field","name":{"kind":"Name","value":"customerLists"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PortalCustomerList"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PortalCustomerList"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CustomerList"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"areaId"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"accepted"}},{"kind":"Field","name":{"kind":"Name","value":"duplicates"}},{"kind":"Field","name":{"kind":"Name","value":"rejected"}},{"kind":"Field","name":{"kind":"Name","value":"uploadedAt"}}]}}]} as unknown as DocumentNode<PortalActivityQuery, PortalActivityQueryVariables>;
export const PortalDeclareActivityDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PortalDeclareActivity"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"areaId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DeclareActivityInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"declareActivity"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"areaId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"areaId"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"areaId"}},{"kind":"Field","name":{"kind":"Name","value":"optionIds"}}]}}]}}]} as unknown as DocumentNode<PortalDeclareActivityMutation, PortalDeclareActivityMutationVariables>;
export const PortalUploadCustomerListDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PortalUploadCustomerList"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"areaId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CustomerListInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"uploadCustomerList"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"areaId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"areaId"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PortalCustomerList"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PortalCustomerList"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CustomerList"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"areaId"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"accepted"}},{"kind":"Field","name":{"kind":"Name","value":"duplicates"}},{"kind":"Field","name":{"kind":"Name","value":"rejected"}},{"kind":"Field","name":{"kind":"Name","value":"uploadedAt"}}]}}]} as unknown as DocumentNode<PortalUploadCustomerListMutation, PortalUploadCustomerListMutationVariables>;
export const PortalRemoveCustomerListDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PortalRemoveCustomerList"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"areaId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"removeCustomerList"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"areaId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"areaId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<PortalRemoveCustomerListMutation, PortalRemoveCustomerListMutationVariables>;
export function usePortalActivityAccessQuery(options: useQuery.Options<PortalActivityAccessQuery, PortalActivityAccessQueryVariables>) {
  return useQuery<PortalActivityAccessQuery, PortalActivityAccessQueryVariables>(PortalActivityAccessDocument, options as useQuery.Options<PortalActivityAccessQuery, PortalActivityAccessQueryVariables>);
}

export function usePortalActivityAccessLazyQuery(options?: useLazyQuery.Options<PortalActivityAccessQuery, PortalActivityAccessQueryVariables>) {
  return useLazyQuery<PortalActivityAccessQuery, PortalActivityAccessQueryVariables>(PortalActivityAccessDocument, options);
}

export function usePortalActivityQuery(options: useQuery.Options<PortalActivityQuery, PortalActivityQueryVariables>) {
  return useQuery<PortalActivityQuery, PortalActivityQueryVariables>(PortalActivityDocument, options as useQuery.Options<PortalActivityQuery, PortalActivityQueryVariables>);
}

export function usePortalActivityLazyQuery(options?: useLazyQuery.Options<PortalActivityQuery, PortalActivityQueryVariables>) {
  return useLazyQuery<PortalActivityQuery, PortalActivityQueryVariables>(PortalActivityDocument, options);
}

export function usePortalDeclareActivityMutation(options?: useMutation.Options<PortalDeclareActivityMutation, PortalDeclareActivityMutationVariables>) {
  return useMutation<PortalDeclareActivityMutation, PortalDeclareActivityMutationVariables>(PortalDeclareActivityDocument, options);
}

export function usePortalUploadCustomerListMutation(options?: useMutation.Options<PortalUploadCustomerListMutation, PortalUploadCustomerListMutationVariables>) {
  return useMutation<PortalUploadCustomerListMutation, PortalUploadCustomerListMutationVariables>(PortalUploadCustomerListDocument, options);
}

export function usePortalRemoveCustomerListMutation(options?: useMutation.Options<PortalRemoveCustomerListMutation, PortalRemoveCustomerListMutationVariables>) {
  return useMutation<PortalRemoveCustomerListMutation, PortalRemoveCustomerListMutationVariables>(PortalRemoveCustomerListDocument, options);
}
