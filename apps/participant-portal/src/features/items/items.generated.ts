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

/** What to share, with whom, and what to hide. */
export type DisclosureRequestInput = {
  /** Who to share with: named organizations or all active ones. */
  audienceKind: AudienceKind;
  /** When the grants end; no end when omitted. */
  expiresAt?: string | null | undefined;
  /** A note to the facilitator. */
  note?: string;
  /** Required when audienceKind is NAMED. */
  recipientOrganizationIds?: Array<string | number> | null | undefined;
  /** What to hide; nothing when omitted. */
  redaction?: RedactionInput | null | undefined;
  /** Defaults to the current version. */
  version?: number | null | undefined;
};

/** Where a disclosure request stands. */
export type DisclosureStatus =
  /** Approved: its grants were created. */
  | 'APPROVED'
  /** Sent back to the owner for changes. */
  | 'CHANGES_REQUESTED'
  /** Waits for the facilitator. */
  | 'PENDING'
  /** Rejected by the facilitator. */
  | 'REJECTED'
  /** Withdrawn by the owner. */
  | 'WITHDRAWN';

/** How a recipient opened a shared file. */
export type FileAccessKind =
  /** The file was downloaded. */
  | 'DOWNLOAD'
  /** The file was viewed in the browser. */
  | 'VIEW';

/** A file of the version that a recipient gets (docs/adr/0032); files not listed are withheld. */
export type FileShareInput = {
  /** Whether it may be downloaded, not only viewed. */
  download?: boolean;
  /** The id of the file. */
  fileId: string | number;
  /** Pages of a PDF (from 1); null or absent: the whole file. */
  pages?: Array<number> | null | undefined;
};

/** Whether a grant can be read. */
export type GrantState =
  /** The recipient can read it. */
  | 'ACTIVE'
  /** Its end date has passed. */
  | 'EXPIRED'
  /** The owner revoked it. */
  | 'REVOKED';

/** The content of an item: saved as a new version. */
export type ItemContentInput = {
  /** Markdown. */
  body?: string;
  /** The item's fields. */
  fields?: Array<ItemFieldInput>;
  /** The new version's documents, in order: files uploaded (POST /files) for the item's participant and not attached yet, or files of the item's current version. Left out: the current version's files (none for a new item); []: none. */
  fileIds?: Array<string | number> | null | undefined;
  /** Whether recipients may pass it on to others. */
  thirdPartyRule?: ThirdPartyRule;
  /** The item's title. */
  title: string;
};

/** A field of an item: a text or a number with its label. */
export type ItemFieldInput = {
  /** Keep the key of the previous version so redactions carry over. */
  key?: string | null | undefined;
  /** The field's label. */
  label: string;
  /** The number, for a number field. */
  number?: number | null | undefined;
  /** The text, for a text field. */
  text?: string | null | undefined;
  /** Whether it holds text or a number. */
  type: ItemFieldType;
};

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

/** An optional reason. */
export type ReasonInput = {
  /** Why, in a few words. */
  reason?: string;
};

/** What to hide from the recipients: whole fields and spans of text. */
export type RedactionInput = {
  /** The keys of the fields to hide. */
  fieldKeys?: Array<string>;
  /** The files shared; any other is withheld. Absent in a request: none; in a per-recipient decision: as proposed. */
  files?: Array<FileShareInput> | null | undefined;
  /** The spans of text to hide. */
  spans?: Array<SpanInput>;
};

/** Characters [start, end) of the text as read: the rendered Markdown without its markup, blocks separated by a blank line (see docs/adr/0013). */
export type SpanInput = {
  /** Where the span ends: an offset in characters, exclusive. */
  end: number;
  /** Where the span starts: an offset in characters, from 0. */
  start: number;
};

/** What recipients may do with an item toward third parties. */
export type ThirdPartyRule =
  /** They may show it to their own advisors. */
  | 'ADVISORS'
  /** It stays inside the recipient organization. */
  | 'INTERNAL_ONLY'
  /** They may pass it on freely. */
  | 'PUBLIC';

export type PortalItemVersionFragment = { id: string, itemId: string, version: number, title: string, body: string, thirdPartyRule: Types.ThirdPartyRule, createdAt: string, fields: Array<{ key: string, label: string, type: Types.ItemFieldType, text: string | null, number: number | null }>, files: Array<{ id: string, name: string, mediaType: string, kind: Types.ItemFileKind, bytes: number, pages: number | null }> };

export type PortalItemFragment = { id: string, areaId: string, currentVersion: number, createdAt: string, updatedAt: string, latest: { id: string, itemId: string, version: number, title: string, body: string, thirdPartyRule: Types.ThirdPartyRule, createdAt: string, fields: Array<{ key: string, label: string, type: Types.ItemFieldType, text: string | null, number: number | null }>, files: Array<{ id: string, name: string, mediaType: string, kind: Types.ItemFileKind, bytes: number, pages: number | null }> }, versions: Array<{ id: string, version: number }>, grants: Array<{ id: string, itemId: string, itemVersionId: string, requestId: string, recipientOrganizationId: string, reference: string, state: Types.GrantState, validUntil: string | null, createdAt: string, revokedAt: string | null, revokeReason: string | null }> };

export type PortalDisclosureRequestFragment = { id: string, itemId: string, status: Types.DisclosureStatus, autoApproved: boolean, audienceKind: Types.AudienceKind, recipientOrganizationIds: Array<string>, createdAt: string, decidedAt: string | null, decisionMessage: string | null, expiresAt: string | null, note: string, flags: { reciprocityPolicy: boolean }, itemVersion: { id: string, version: number }, proposedRedaction: { fieldKeys: Array<string>, spans: Array<{ start: number, end: number }>, files: Array<{ fileId: string, pages: Array<number> | null, download: boolean }> } };

export type PortalItemsContextQueryVariables = Exact<{
  collaborationId: string | number;
}>;


export type PortalItemsContextQuery = { collaboration: { id: string, status: Types.CollaborationStatus, myParticipations: Array<{ id: string, organizationId: string, active: boolean, mustAcceptGroundRules: boolean, organization: { id: string, name: string } }>, participations: Array<{ id: string, organizationId: string, active: boolean, organization: { id: string, name: string } }>, areas: { nodes: Array<{ id: string, name: string, description: string, sensitivity: Types.AreaSensitivity, position: number, archivedAt: string | null }> } } };

export type PortalItemsQueryVariables = Exact<{
  collaborationId: string | number;
  ownerOrganizationId?: string | number | null | undefined;
  areaId?: string | number | null | undefined;
  first: number;
  after?: string | null | undefined;
}>;


export type PortalItemsQuery = { items: { totalCount: number, nodes: Array<{ id: string, areaId: string, currentVersion: number, createdAt: string, updatedAt: string, latest: { id: string, itemId: string, version: number, title: string, body: string, thirdPartyRule: Types.ThirdPartyRule, createdAt: string, fields: Array<{ key: string, label: string, type: Types.ItemFieldType, text: string | null, number: number | null }>, files: Array<{ id: string, name: string, mediaType: string, kind: Types.ItemFileKind, bytes: number, pages: number | null }> }, versions: Array<{ id: string, version: number }>, grants: Array<{ id: string, itemId: string, itemVersionId: string, requestId: string, recipientOrganizationId: string, reference: string, state: Types.GrantState, validUntil: string | null, createdAt: string, revokedAt: string | null, revokeReason: string | null }> }>, pageInfo: { endCursor: string | null, hasNextPage: boolean } } };

export type PortalItemRequestsQueryVariables = Exact<{
  collaborationId: string | number;
  itemId: string | number;
  first: number;
  after?: string | null | undefined;
}>;


export type PortalItemRequestsQuery = { disclosureRequests: { totalCount: number, nodes: Array<{ id: string, itemId: string, status: Types.DisclosureStatus, autoApproved: boolean, audienceKind: Types.AudienceKind, recipientOrganizationIds: Array<string>, createdAt: string, decidedAt: string | null, decisionMessage: string | null, expiresAt: string | null, note: string, flags: { reciprocityPolicy: boolean }, itemVersion: { id: string, version: number }, proposedRedaction: { fieldKeys: Array<string>, spans: Array<{ start: number, end: number }>, files: Array<{ fileId: string, pages: Array<number> | null, download: boolean }> } }>, pageInfo: { endCursor: string | null, hasNextPage: boolean } } };

export type PortalFileAccessesQueryVariables = Exact<{
  itemId: string | number;
  first: number;
  after?: string | null | undefined;
}>;


export type PortalFileAccessesQuery = { item: { id: string, latest: { id: string, files: Array<{ id: string, accesses: { totalCount: number, nodes: Array<{ id: string, createdAt: string, kind: Types.FileAccessKind, pages: Array<number> | null, recipientOrganizationId: string, userName: string, grantId: string }>, pageInfo: { endCursor: string | null, hasNextPage: boolean } } }> } } };

export type PortalCreateItemMutationVariables = Exact<{
  participationId: string | number;
  areaId: string | number;
  input: Types.ItemContentInput;
}>;


export type PortalCreateItemMutation = { createItem: { id: string, itemId: string, version: number } };

export type PortalEditItemMutationVariables = Exact<{
  itemId: string | number;
  input: Types.ItemContentInput;
}>;


export type PortalEditItemMutation = { editItem: { id: string, itemId: string, version: number } };

export type PortalRequestDisclosureMutationVariables = Exact<{
  itemId: string | number;
  input: Types.DisclosureRequestInput;
}>;


export type PortalRequestDisclosureMutation = { requestDisclosure: { id: string, itemId: string, status: Types.DisclosureStatus, autoApproved: boolean, audienceKind: Types.AudienceKind, recipientOrganizationIds: Array<string>, createdAt: string, decidedAt: string | null, decisionMessage: string | null, expiresAt: string | null, note: string, flags: { reciprocityPolicy: boolean }, itemVersion: { id: string, version: number }, proposedRedaction: { fieldKeys: Array<string>, spans: Array<{ start: number, end: number }>, files: Array<{ fileId: string, pages: Array<number> | null, download: boolean }> } } };

export type PortalWithdrawDisclosureRequestMutationVariables = Exact<{
  requestId: string | number;
}>;


export type PortalWithdrawDisclosureRequestMutation = { withdrawDisclosureRequest: { id: string, status: Types.DisclosureStatus, decidedAt: string | null } };

export type PortalRevokeGrantMutationVariables = Exact<{
  grantId: string | number;
  input?: Types.ReasonInput | null | undefined;
}>;


export type PortalRevokeGrantMutation = { revokeGrant: { id: string, itemId: string, itemVersionId: string, requestId: string, recipientOrganizationId: string, reference: string, state: Types.GrantState, validUntil: string | null, createdAt: string, revokedAt: string | null, revokeReason: string | null } };

export const PortalItemVersionFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PortalItemVersion"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ItemVersion"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"itemId"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"thirdPartyRule"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"fields"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ItemFieldValue"}}]}},{"kind":"Field","name":{"kind":"Name","value":"files"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"mediaType"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"bytes"}},{"kind":"Field","name":{"kind":"Name","value":"pages"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ItemFieldValue"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ItemField"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"number"}}]}}]} as unknown as DocumentNode<PortalItemVersionFragment, unknown>;
export const PortalItemFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PortalItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Item"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"areaId"}},{"kind":"Field","name":{"kind":"Name","value":"currentVersion"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"latest"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PortalItemVersion"}}]}},{"kind":"Field","name":{"kind":"Name","value":"versions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}},{"kind":"Field","name":{"kind":"Name","value":"grants"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"GrantFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ItemFieldValue"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ItemField"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"number"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PortalItemVersion"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ItemVersion"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"itemId"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"thirdPartyRule"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"fields"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ItemFieldValue"}}]}},{"kind":"Field","name":{"kind":"Name","value":"files"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"mediaType"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"bytes"}},{"kind":"Field","name":{"kind":"Name","value":"pages"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"GrantFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Grant"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"itemId"}},{"kind":"Field","name":{"kind":"Name","value":"itemVersionId"}},{"kind":"Field","name":{"kind":"Name","value":"requestId"}},{"kind":"Field","name":{"kind":"Name","value":"recipientOrganizationId"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"validUntil"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}},{"kind":"Field","name":{"kind":"Name","value":"revokeReason"}}]}}]} as unknown as DocumentNode<PortalItemFragment, unknown>;
export const PortalDisclosureRequestFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PortalDisclosureRequest"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DisclosureRequest"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"itemId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"autoApproved"}},{"kind":"Field","name":{"kind":"Name","value":"audienceKind"}},{"kind":"Field","name":{"kind":"Name","value":"recipientOrganizationIds"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"decisionMessage"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"flags"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reciprocityPolicy"}}]}},{"kind":"Field","name":{"kind":"Name","value":"itemVersion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}},{"kind":"Field","name":{"kind":"Name","value":"proposedRedaction"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fieldKeys"}},{"kind":"Field","name":{"kind":"Name","value":"spans"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}}]}},{"kind":"Field","name":{"kind":"Name","value":"files"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fileId"}},{"kind":"Field","name":{"kind":"Name","value":"pages"}},{"kind":"Field","name":{"kind":"Name","value":"download"}}]}}]}}]}}]} as unknown as DocumentNode<PortalDisclosureRequestFragment, unknown>;
export const PortalItemsContextDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PortalItemsContext"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"collaborationId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"collaboration"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"collaborationId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"myParticipations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"organizationId"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"mustAcceptGroundRules"}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"participations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"organizationId"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"areas"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"sensitivity"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"archivedAt"}}]}}]}}]}}]}}]} as unknown as DocumentNode<PortalItemsContextQuery, PortalItemsContextQueryVariables>;
export const PortalItemsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PortalItems"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"collaborationId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ownerOrganizationId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"areaId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"items"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"collaborationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"collaborationId"}}},{"kind":"Argument","name":{"kind":"Name","value":"ownerOrganizationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ownerOrganizationId"}}},{"kind":"Argument","name":{"kind":"Name","value":"areaId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"areaId"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PortalItem"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PageInfoFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ItemFieldValue"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ItemField"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"number"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PortalItemVersion"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ItemVersion"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"itemId"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"thirdPartyRule"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"fields"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ItemFieldValue"}}]}},{"kind":"Field","name":{"kind":"Name","value":"files"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"mediaType"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"bytes"}},{"kind":"Field","name":{"kind":"Name","value":"pages"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"GrantFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Grant"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"itemId"}},{"kind":"Field","name":{"kind":"Name","value":"itemVersionId"}},{"kind":"Field","name":{"kind":"Name","value":"requestId"}},{"kind":"Field","name":{"kind":"Name","value":"recipientOrganizationId"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"validUntil"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}},{"kind":"Field","name":{"kind":"Name","value":"revokeReason"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PortalItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Item"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"areaId"}},{"kind":"Field","name":{"kind":"Name","value":"currentVersion"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"latest"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PortalItemVersion"}}]}},{"kind":"Field","name":{"kind":"Name","value":"versions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}},{"kind":"Field","name":{"kind":"Name","value":"grants"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"GrantFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PageInfoFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PageInfo"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endCursor"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}}]}}]} as unknown as DocumentNode<PortalItemsQuery, PortalItemsQueryVariables>;
export const PortalItemRequestsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PortalItemRequests"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"collaborationId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"itemId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"disclosureRequests"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"collaborationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"collaborationId"}}},{"kind":"Argument","name":{"kind":"Name","value":"itemId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"itemId"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PortalDisclosureRequest"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PageInfoFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PortalDisclosureRequest"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DisclosureRequest"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"itemId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"autoApproved"}},{"kind":"Field","name":{"kind":"Name","value":"audienceKind"}},{"kind":"Field","name":{"kind":"Name","value":"recipientOrganizationIds"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"decisionMessage"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"flags"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reciprocityPolicy"}}]}},{"kind":"Field","name":{"kind":"Name","value":"itemVersion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}},{"kind":"Field","name":{"kind":"Name","value":"proposedRedaction"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fieldKeys"}},{"kind":"Field","name":{"kind":"Name","value":"spans"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}}]}},{"kind":"Field","name":{"kind":"Name","value":"files"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fileId"}},{"kind":"Field","name":{"kind":"Name","value":"pages"}},{"kind":"Field","name":{"kind":"Name","value":"download"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PageInfoFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PageInfo"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endCursor"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}}]}}]} as unknown as DocumentNode<PortalItemRequestsQuery, PortalItemRequestsQueryVariables>;
export const PortalFileAccessesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PortalFileAccesses"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"itemId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"item"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"itemId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"latest"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"files"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"accesses"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"FileAccessFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PageInfoFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FileAccessFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FileAccess"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"pages"}},{"kind":"Field","name":{"kind":"Name","value":"recipientOrganizationId"}},{"kind":"Field","name":{"kind":"Name","value":"userName"}},{"kind":"Field","name":{"kind":"Name","value":"grantId"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PageInfoFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PageInfo"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endCursor"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}}]}}]} as unknown as DocumentNode<PortalFileAccessesQuery, PortalFileAccessesQueryVariables>;
export const PortalCreateItemDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PortalCreateItem"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"participationId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"areaId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ItemContentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createItem"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"participationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"participationId"}}},{"kind":"Argument","name":{"kind":"Name","value":"areaId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"areaId"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"itemId"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<PortalCreateItemMutation, PortalCreateItemMutationVariables>;
export const PortalEditItemDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PortalEditItem"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"itemId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ItemContentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"editItem"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"itemId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"itemId"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"itemId"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<PortalEditItemMutation, PortalEditItemMutationVariables>;
export const PortalRequestDisclosureDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PortalRequestDisclosure"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"itemId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DisclosureRequestInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestDisclosure"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"itemId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"itemId"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PortalDisclosureRequest"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PortalDisclosureRequest"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DisclosureRequest"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"itemId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"autoApproved"}},{"kind":"Field","name":{"kind":"Name","value":"audienceKind"}},{"kind":"Field","name":{"kind":"Name","value":"recipientOrganizationIds"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"decisionMessage"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"flags"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reciprocityPolicy"}}]}},{"kind":"Field","name":{"kind":"Name","value":"itemVersion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}},{"kind":"Field","name":{"kind":"Name","value":"proposedRedaction"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fieldKeys"}},{"kind":"Field","name":{"kind":"Name","value":"spans"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}}]}},{"kind":"Field","name":{"kind":"Name","value":"files"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fileId"}},{"kind":"Field","name":{"kind":"Name","value":"pages"}},{"kind":"Field","name":{"kind":"Name","value":"download"}}]}}]}}]}}]} as unknown as DocumentNode<PortalRequestDisclosureMutation, PortalRequestDisclosureMutationVariables>;
export const PortalWithdrawDisclosureRequestDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PortalWithdrawDisclosureRequest"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"requestId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"withdrawDisclosureRequest"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"requestId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"requestId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}}]}}]}}]} as unknown as DocumentNode<PortalWithdrawDisclosureRequestMutation, PortalWithdrawDisclosureRequestMutationVariables>;
export const PortalRevokeGrantDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PortalRevokeGrant"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"grantId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ReasonInput"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"revokeGrant"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"grantId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"grantId"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"GrantFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"GrantFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Grant"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"itemId"}},{"kind":"Field","name":{"kind":"Name","value":"itemVersionId"}},{"kind":"Field","name":{"kind":"Name","value":"requestId"}},{"kind":"Field","name":{"kind":"Name","value":"recipientOrganizationId"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"validUntil"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}},{"kind":"Field","name":{"kind":"Name","value":"revokeReason"}}]}}]} as unknown as DocumentNode<PortalRevokeGrantMutation, PortalRevokeGrantMutationVariables>;
export function usePortalItemsContextQuery(options: useQuery.Options<PortalItemsContextQuery, PortalItemsContextQueryVariables>) {
  return useQuery<PortalItemsContextQuery, PortalItemsContextQueryVariables>(PortalItemsContextDocument, options as useQuery.Options<PortalItemsContextQuery, PortalItemsContextQueryVariables>);
}

export function usePortalItemsContextLazyQuery(options?: useLazyQuery.Options<PortalItemsContextQuery, PortalItemsContextQueryVariables>) {
  return useLazyQuery<PortalItemsContextQuery, PortalItemsContextQueryVariables>(PortalItemsContextDocument, options);
}

export function usePortalItemsQuery(options: useQuery.Options<PortalItemsQuery, PortalItemsQueryVariables>) {
  return useQuery<PortalItemsQuery, PortalItemsQueryVariables>(PortalItemsDocument, options as useQuery.Options<PortalItemsQuery, PortalItemsQueryVariables>);
}

export function usePortalItemsLazyQuery(options?: useLazyQuery.Options<PortalItemsQuery, PortalItemsQueryVariables>) {
  return useLazyQuery<PortalItemsQuery, PortalItemsQueryVariables>(PortalItemsDocument, options);
}

export function usePortalItemRequestsQuery(options: useQuery.Options<PortalItemRequestsQuery, PortalItemRequestsQueryVariables>) {
  return useQuery<PortalItemRequestsQuery, PortalItemRequestsQueryVariables>(PortalItemRequestsDocument, options as useQuery.Options<PortalItemRequestsQuery, PortalItemRequestsQueryVariables>);
}

export function usePortalItemRequestsLazyQuery(options?: useLazyQuery.Options<PortalItemRequestsQuery, PortalItemRequestsQueryVariables>) {
  return useLazyQuery<PortalItemRequestsQuery, PortalItemRequestsQueryVariables>(PortalItemRequestsDocument, options);
}

export function usePortalFileAccessesQuery(options: useQuery.Options<PortalFileAccessesQuery, PortalFileAccessesQueryVariables>) {
  return useQuery<PortalFileAccessesQuery, PortalFileAccessesQueryVariables>(PortalFileAccessesDocument, options as useQuery.Options<PortalFileAccessesQuery, PortalFileAccessesQueryVariables>);
}

export function usePortalFileAccessesLazyQuery(options?: useLazyQuery.Options<PortalFileAccessesQuery, PortalFileAccessesQueryVariables>) {
  return useLazyQuery<PortalFileAccessesQuery, PortalFileAccessesQueryVariables>(PortalFileAccessesDocument, options);
}

export function usePortalCreateItemMutation(options?: useMutation.Options<PortalCreateItemMutation, PortalCreateItemMutationVariables>) {
  return useMutation<PortalCreateItemMutation, PortalCreateItemMutationVariables>(PortalCreateItemDocument, options);
}

export function usePortalEditItemMutation(options?: useMutation.Options<PortalEditItemMutation, PortalEditItemMutationVariables>) {
  return useMutation<PortalEditItemMutation, PortalEditItemMutationVariables>(PortalEditItemDocument, options);
}

export function usePortalRequestDisclosureMutation(options?: useMutation.Options<PortalRequestDisclosureMutation, PortalRequestDisclosureMutationVariables>) {
  return useMutation<PortalRequestDisclosureMutation, PortalRequestDisclosureMutationVariables>(PortalRequestDisclosureDocument, options);
}

export function usePortalWithdrawDisclosureRequestMutation(options?: useMutation.Options<PortalWithdrawDisclosureRequestMutation, PortalWithdrawDisclosureRequestMutationVariables>) {
  return useMutation<PortalWithdrawDisclosureRequestMutation, PortalWithdrawDisclosureRequestMutationVariables>(PortalWithdrawDisclosureRequestDocument, options);
}

export function usePortalRevokeGrantMutation(options?: useMutation.Options<PortalRevokeGrantMutation, PortalRevokeGrantMutationVariables>) {
  return useMutation<PortalRevokeGrantMutation, PortalRevokeGrantMutationVariables>(PortalRevokeGrantDocument, options);
}
