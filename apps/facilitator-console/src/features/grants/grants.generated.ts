/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type * as Types from '@alianza/graphql-client/types';

import { useLazyQuery, useMutation, useQuery } from '@apollo/client/react';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** The facilitator's message with a decision. */
export type DecisionMessageInput = {
  /** The message to the owner. */
  message: string;
};

/** How a recipient opened a shared file. */
export type FileAccessKind =
  /** The file was downloaded. */
  | 'DOWNLOAD'
  /** The file was viewed in the browser. */
  | 'VIEW';

/** Whether a grant can be read. */
export type GrantState =
  /** The recipient can read it. */
  | 'ACTIVE'
  /** Its end date has passed. */
  | 'EXPIRED'
  /** The owner revoked it. */
  | 'REVOKED';

/** An optional reason. */
export type ReasonInput = {
  /** Why, in a few words. */
  reason?: string;
};

/** Why the facilitator should review a grant. */
export type ReviewReason =
  /** Its area now needs the facilitator's decision. */
  | 'AREA_MODERATED'
  /** Its area now allows no disclosures. */
  | 'AREA_RESTRICTED'
  /** An overlap now applies to it. */
  | 'OVERLAP';

export type ConsoleGrantRowFragment = { ownerOrganizationId: string, id: string, itemId: string, itemVersionId: string, requestId: string, recipientOrganizationId: string, reference: string, state: Types.GrantState, validUntil: string | null, createdAt: string, revokedAt: string | null, revokeReason: string | null, redaction: { files: Array<{ fileId: string, pages: Array<number> | null, download: boolean }> } };

export type ConsoleGrantsQueryVariables = Exact<{
  collaborationId: string | number;
  first: number;
  after?: string | null | undefined;
}>;


export type ConsoleGrantsQuery = { items: { totalCount: number, pageInfo: { endCursor: string | null, hasNextPage: boolean }, nodes: Array<{ id: string, ownerOrganizationId: string, areaId: string, versions: Array<{ id: string, version: number, title: string }>, grants: Array<{ ownerOrganizationId: string, id: string, itemId: string, itemVersionId: string, requestId: string, recipientOrganizationId: string, reference: string, state: Types.GrantState, validUntil: string | null, createdAt: string, revokedAt: string | null, revokeReason: string | null, redaction: { files: Array<{ fileId: string, pages: Array<number> | null, download: boolean }> } }> }> } };

export type ConsoleGrantsContextQueryVariables = Exact<{
  collaborationId: string | number;
}>;


export type ConsoleGrantsContextQuery = { collaboration: { id: string, participations: Array<{ id: string, organizationId: string, organization: { id: string, name: string } }>, areas: { nodes: Array<{ id: string, name: string }> } } };

export type ConsoleGrantsNeedingReviewQueryVariables = Exact<{
  collaborationId: string | number;
  first: number;
  after?: string | null | undefined;
}>;


export type ConsoleGrantsNeedingReviewQuery = { collaboration: { id: string, grantsNeedingReview: { totalCount: number, nodes: Array<{ reasons: Array<Types.ReviewReason>, grant: { ownerOrganizationId: string, id: string, itemId: string, itemVersionId: string, requestId: string, recipientOrganizationId: string, reference: string, state: Types.GrantState, validUntil: string | null, createdAt: string, revokedAt: string | null, revokeReason: string | null, redaction: { files: Array<{ fileId: string, pages: Array<number> | null, download: boolean }> } } }>, pageInfo: { endCursor: string | null, hasNextPage: boolean } } } };

export type ConsoleGrantItemQueryVariables = Exact<{
  id: string | number;
}>;


export type ConsoleGrantItemQuery = { item: { id: string, versions: Array<{ id: string, version: number, title: string }> } };

export type ConsoleGrantFilesQueryVariables = Exact<{
  itemId: string | number;
}>;


export type ConsoleGrantFilesQuery = { item: { id: string, versions: Array<{ id: string, files: Array<{ id: string, name: string }> }> } };

export type ConsoleFileAccessesQueryVariables = Exact<{
  itemId: string | number;
  first: number;
  after?: string | null | undefined;
}>;


export type ConsoleFileAccessesQuery = { item: { id: string, versions: Array<{ id: string, files: Array<{ id: string, accesses: { totalCount: number, nodes: Array<{ id: string, createdAt: string, kind: Types.FileAccessKind, pages: Array<number> | null, recipientOrganizationId: string, userName: string, grantId: string }>, pageInfo: { endCursor: string | null, hasNextPage: boolean } } }> }> } };

export type ConsoleRevokeGrantMutationVariables = Exact<{
  grantId: string | number;
  input?: Types.ReasonInput | null | undefined;
}>;


export type ConsoleRevokeGrantMutation = { revokeGrant: { ownerOrganizationId: string, id: string, itemId: string, itemVersionId: string, requestId: string, recipientOrganizationId: string, reference: string, state: Types.GrantState, validUntil: string | null, createdAt: string, revokedAt: string | null, revokeReason: string | null, redaction: { files: Array<{ fileId: string, pages: Array<number> | null, download: boolean }> } } };

export type ConsoleKeepGrantMutationVariables = Exact<{
  grantId: string | number;
  input: Types.DecisionMessageInput;
}>;


export type ConsoleKeepGrantMutation = { keepGrant: { ownerOrganizationId: string, id: string, itemId: string, itemVersionId: string, requestId: string, recipientOrganizationId: string, reference: string, state: Types.GrantState, validUntil: string | null, createdAt: string, revokedAt: string | null, revokeReason: string | null, redaction: { files: Array<{ fileId: string, pages: Array<number> | null, download: boolean }> } } };

export const ConsoleGrantRowFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ConsoleGrantRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Grant"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"GrantFields"}},{"kind":"Field","name":{"kind":"Name","value":"ownerOrganizationId"}},{"kind":"Field","name":{"kind":"Name","value":"redaction"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"files"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fileId"}},{"kind":"Field","name":{"kind":"Name","value":"pages"}},{"kind":"Field","name":{"kind":"Name","value":"download"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"GrantFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Grant"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"itemId"}},{"kind":"Field","name":{"kind":"Name","value":"itemVersionId"}},{"kind":"Field","name":{"kind":"Name","value":"requestId"}},{"kind":"Field","name":{"kind":"Name","value":"recipientOrganizationId"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"validUntil"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}},{"kind":"Field","name":{"kind":"Name","value":"revokeReason"}}]}}]} as unknown as DocumentNode<ConsoleGrantRowFragment, unknown>;
export const ConsoleGrantsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConsoleGrants"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"collaborationId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"items"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"collaborationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"collaborationId"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PageInfoFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"ownerOrganizationId"}},{"kind":"Field","name":{"kind":"Name","value":"areaId"}},{"kind":"Field","name":{"kind":"Name","value":"versions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"grants"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ConsoleGrantRow"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"GrantFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Grant"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"itemId"}},{"kind":"Field","name":{"kind":"Name","value":"itemVersionId"}},{"kind":"Field","name":{"kind":"Name","value":"requestId"}},{"kind":"Field","name":{"kind":"Name","value":"recipientOrganizationId"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"validUntil"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}},{"kind":"Field","name":{"kind":"Name","value":"revokeReason"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PageInfoFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PageInfo"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endCursor"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ConsoleGrantRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Grant"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"GrantFields"}},{"kind":"Field","name":{"kind":"Name","value":"ownerOrganizationId"}},{"kind":"Field","name":{"kind":"Name","value":"redaction"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"files"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fileId"}},{"kind":"Field","name":{"kind":"Name","value":"pages"}},{"kind":"Field","name":{"kind":"Name","value":"download"}}]}}]}}]}}]} as unknown as DocumentNode<ConsoleGrantsQuery, ConsoleGrantsQueryVariables>;
export const ConsoleGrantsContextDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConsoleGrantsContext"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"collaborationId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"collaboration"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"collaborationId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"participations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"organizationId"}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"areas"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ConsoleGrantsContextQuery, ConsoleGrantsContextQueryVariables>;
export const ConsoleGrantsNeedingReviewDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConsoleGrantsNeedingReview"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"collaborationId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"collaboration"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"collaborationId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"grantsNeedingReview"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reasons"}},{"kind":"Field","name":{"kind":"Name","value":"grant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ConsoleGrantRow"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PageInfoFields"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"GrantFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Grant"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"itemId"}},{"kind":"Field","name":{"kind":"Name","value":"itemVersionId"}},{"kind":"Field","name":{"kind":"Name","value":"requestId"}},{"kind":"Field","name":{"kind":"Name","value":"recipientOrganizationId"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"validUntil"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}},{"kind":"Field","name":{"kind":"Name","value":"revokeReason"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ConsoleGrantRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Grant"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"GrantFields"}},{"kind":"Field","name":{"kind":"Name","value":"ownerOrganizationId"}},{"kind":"Field","name":{"kind":"Name","value":"redaction"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"files"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fileId"}},{"kind":"Field","name":{"kind":"Name","value":"pages"}},{"kind":"Field","name":{"kind":"Name","value":"download"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PageInfoFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PageInfo"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endCursor"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}}]}}]} as unknown as DocumentNode<ConsoleGrantsNeedingReviewQuery, ConsoleGrantsNeedingReviewQueryVariables>;
export const ConsoleGrantItemDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConsoleGrantItem"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"item"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"versions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]}}]} as unknown as DocumentNode<ConsoleGrantItemQuery, ConsoleGrantItemQueryVariables>;
export const ConsoleGrantFilesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConsoleGrantFiles"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"itemId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"item"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"itemId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"versions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"files"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ConsoleGrantFilesQuery, ConsoleGrantFilesQueryVariables>;
export const ConsoleFileAccessesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConsoleFileAccesses"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"itemId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"item"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"itemId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"versions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"files"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"accesses"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"FileAccessFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PageInfoFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FileAccessFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FileAccess"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"pages"}},{"kind":"Field","name":{"kind":"Name","value":"recipientOrganizationId"}},{"kind":"Field","name":{"kind":"Name","value":"userName"}},{"kind":"Field","name":{"kind":"Name","value":"grantId"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PageInfoFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PageInfo"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endCursor"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}}]}}]} as unknown as DocumentNode<ConsoleFileAccessesQuery, ConsoleFileAccessesQueryVariables>;
export const ConsoleRevokeGrantDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsoleRevokeGrant"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"grantId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ReasonInput"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"revokeGrant"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"grantId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"grantId"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ConsoleGrantRow"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"GrantFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Grant"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"itemId"}},{"kind":"Field","name":{"kind":"Name","value":"itemVersionId"}},{"kind":"Field","name":{"kind":"Name","value":"requestId"}},{"kind":"Field","name":{"kind":"Name","value":"recipientOrganizationId"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"validUntil"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}},{"kind":"Field","name":{"kind":"Name","value":"revokeReason"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ConsoleGrantRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Grant"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"GrantFields"}},{"kind":"Field","name":{"kind":"Name","value":"ownerOrganizationId"}},{"kind":"Field","name":{"kind":"Name","value":"redaction"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"files"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fileId"}},{"kind":"Field","name":{"kind":"Name","value":"pages"}},{"kind":"Field","name":{"kind":"Name","value":"download"}}]}}]}}]}}]} as unknown as DocumentNode<ConsoleRevokeGrantMutation, ConsoleRevokeGrantMutationVariables>;
export const ConsoleKeepGrantDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsoleKeepGrant"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"grantId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DecisionMessageInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"keepGrant"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"grantId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"grantId"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ConsoleGrantRow"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"GrantFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Grant"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"itemId"}},{"kind":"Field","name":{"kind":"Name","value":"itemVersionId"}},{"kind":"Field","name":{"kind":"Name","value":"requestId"}},{"kind":"Field","name":{"kind":"Name","value":"recipientOrganizationId"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"validUntil"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}},{"kind":"Field","name":{"kind":"Name","value":"revokeReason"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ConsoleGrantRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Grant"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"GrantFields"}},{"kind":"Field","name":{"kind":"Name","value":"ownerOrganizationId"}},{"kind":"Field","name":{"kind":"Name","value":"redaction"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"files"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fileId"}},{"kind":"Field","name":{"kind":"Name","value":"pages"}},{"kind":"Field","name":{"kind":"Name","value":"download"}}]}}]}}]}}]} as unknown as DocumentNode<ConsoleKeepGrantMutation, ConsoleKeepGrantMutationVariables>;
export function useConsoleGrantsQuery(options: useQuery.Options<ConsoleGrantsQuery, ConsoleGrantsQueryVariables>) {
  return useQuery<ConsoleGrantsQuery, ConsoleGrantsQueryVariables>(ConsoleGrantsDocument, options as useQuery.Options<ConsoleGrantsQuery, ConsoleGrantsQueryVariables>);
}

export function useConsoleGrantsLazyQuery(options?: useLazyQuery.Options<ConsoleGrantsQuery, ConsoleGrantsQueryVariables>) {
  return useLazyQuery<ConsoleGrantsQuery, ConsoleGrantsQueryVariables>(ConsoleGrantsDocument, options);
}

export function useConsoleGrantsContextQuery(options: useQuery.Options<ConsoleGrantsContextQuery, ConsoleGrantsContextQueryVariables>) {
  return useQuery<ConsoleGrantsContextQuery, ConsoleGrantsContextQueryVariables>(ConsoleGrantsContextDocument, options as useQuery.Options<ConsoleGrantsContextQuery, ConsoleGrantsContextQueryVariables>);
}

export function useConsoleGrantsContextLazyQuery(options?: useLazyQuery.Options<ConsoleGrantsContextQuery, ConsoleGrantsContextQueryVariables>) {
  return useLazyQuery<ConsoleGrantsContextQuery, ConsoleGrantsContextQueryVariables>(ConsoleGrantsContextDocument, options);
}

export function useConsoleGrantsNeedingReviewQuery(options: useQuery.Options<ConsoleGrantsNeedingReviewQuery, ConsoleGrantsNeedingReviewQueryVariables>) {
  return useQuery<ConsoleGrantsNeedingReviewQuery, ConsoleGrantsNeedingReviewQueryVariables>(ConsoleGrantsNeedingReviewDocument, options as useQuery.Options<ConsoleGrantsNeedingReviewQuery, ConsoleGrantsNeedingReviewQueryVariables>);
}

export function useConsoleGrantsNeedingReviewLazyQuery(options?: useLazyQuery.Options<ConsoleGrantsNeedingReviewQuery, ConsoleGrantsNeedingReviewQueryVariables>) {
  return useLazyQuery<ConsoleGrantsNeedingReviewQuery, ConsoleGrantsNeedingReviewQueryVariables>(ConsoleGrantsNeedingReviewDocument, options);
}

export function useConsoleGrantItemQuery(options: useQuery.Options<ConsoleGrantItemQuery, ConsoleGrantItemQueryVariables>) {
  return useQuery<ConsoleGrantItemQuery, ConsoleGrantItemQueryVariables>(ConsoleGrantItemDocument, options as useQuery.Options<ConsoleGrantItemQuery, ConsoleGrantItemQueryVariables>);
}

export function useConsoleGrantItemLazyQuery(options?: useLazyQuery.Options<ConsoleGrantItemQuery, ConsoleGrantItemQueryVariables>) {
  return useLazyQuery<ConsoleGrantItemQuery, ConsoleGrantItemQueryVariables>(ConsoleGrantItemDocument, options);
}

export function useConsoleGrantFilesQuery(options: useQuery.Options<ConsoleGrantFilesQuery, ConsoleGrantFilesQueryVariables>) {
  return useQuery<ConsoleGrantFilesQuery, ConsoleGrantFilesQueryVariables>(ConsoleGrantFilesDocument, options as useQuery.Options<ConsoleGrantFilesQuery, ConsoleGrantFilesQueryVariables>);
}

export function useConsoleGrantFilesLazyQuery(options?: useLazyQuery.Options<ConsoleGrantFilesQuery, ConsoleGrantFilesQueryVariables>) {
  return useLazyQuery<ConsoleGrantFilesQuery, ConsoleGrantFilesQueryVariables>(ConsoleGrantFilesDocument, options);
}

export function useConsoleFileAccessesQuery(options: useQuery.Options<ConsoleFileAccessesQuery, ConsoleFileAccessesQueryVariables>) {
  return useQuery<ConsoleFileAccessesQuery, ConsoleFileAccessesQueryVariables>(ConsoleFileAccessesDocument, options as useQuery.Options<ConsoleFileAccessesQuery, ConsoleFileAccessesQueryVariables>);
}

export function useConsoleFileAccessesLazyQuery(options?: useLazyQuery.Options<ConsoleFileAccessesQuery, ConsoleFileAccessesQueryVariables>) {
  return useLazyQuery<ConsoleFileAccessesQuery, ConsoleFileAccessesQueryVariables>(ConsoleFileAccessesDocument, options);
}

export function useConsoleRevokeGrantMutation(options?: useMutation.Options<ConsoleRevokeGrantMutation, ConsoleRevokeGrantMutationVariables>) {
  return useMutation<ConsoleRevokeGrantMutation, ConsoleRevokeGrantMutationVariables>(ConsoleRevokeGrantDocument, options);
}

export function useConsoleKeepGrantMutation(options?: useMutation.Options<ConsoleKeepGrantMutation, ConsoleKeepGrantMutationVariables>) {
  return useMutation<ConsoleKeepGrantMutation, ConsoleKeepGrantMutationVariables>(ConsoleKeepGrantDocument, options);
}
