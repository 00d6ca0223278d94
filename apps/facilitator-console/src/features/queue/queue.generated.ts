/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type * as Types from '@alianza/graphql-client/types';

import { useLazyQuery, useMutation, useQuery } from '@apollo/client/react';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** The facilitator's approval of a disclosure request. */
export type ApproveDisclosureInput = {
  /** Required when a hidden field’s value can still be read in the text, the title, a visible field or a shared file (see DisclosureRequest.hiddenValueWarnings): approve knowingly. */
  acknowledgeHiddenValueLeaks?: boolean;
  /** Every overlap the disclosure crosses must be acknowledged. */
  acknowledgeOverlapIds?: Array<string | number>;
  /** Replaces the proposed expiry. */
  expiresAt?: string | null | undefined;
  /** A message to the owner. */
  message?: string;
  /** Extra redactions for some recipients, added to the proposed ones. */
  perRecipient?: Array<RecipientRedactionInput>;
  /** Required when a recipient is over the reciprocity threshold. */
  reciprocityReason?: string | null | undefined;
};

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

/** The facilitator's message with a decision. */
export type DecisionMessageInput = {
  /** The message to the owner. */
  message: string;
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

/** What to hide from one recipient. */
export type RecipientRedactionInput = {
  /** The id of the organization. */
  organizationId: string | number;
  /** What to hide from it. */
  redaction: RedactionInput;
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

/** What ledger values are given in. */
export type ValuationScale =
  /** Money, in the collaboration's currency. */
  | 'MONEY'
  /** Points agreed in the collaboration. */
  | 'POINTS';

export type ConsoleFileShareFragment = { fileId: string, pages: Array<number> | null, download: boolean };

export type ConsoleQueueRequestFragment = { id: string, status: Types.DisclosureStatus, createdAt: string, expiresAt: string | null, decidedAt: string | null, decisionMessage: string | null, note: string, areaId: string, itemId: string, ownerOrganizationId: string, audienceKind: Types.AudienceKind, recipientOrganizationIds: Array<string>, acknowledgedOverlapIds: Array<string>, autoApproved: boolean, itemVersion: { id: string, title: string, version: number }, proposedRedaction: { fieldKeys: Array<string>, spans: Array<{ start: number, end: number }>, files: Array<{ fileId: string, pages: Array<number> | null, download: boolean }> }, flags: { overlap: boolean, overlapIds: Array<string>, expires: boolean, thirdPartyRule: Types.ThirdPartyRule, reciprocity: Array<{ organizationId: string, given: string, received: string, gap: string }> | null } };

export type ConsoleQueueQueryVariables = Exact<{
  collaborationId: string | number;
  status?: Types.DisclosureStatus | null | undefined;
  first: number;
  after?: string | null | undefined;
}>;


export type ConsoleQueueQuery = { disclosureRequests: { totalCount: number, pageInfo: { endCursor: string | null, hasNextPage: boolean }, nodes: Array<{ id: string, status: Types.DisclosureStatus, createdAt: string, expiresAt: string | null, decidedAt: string | null, decisionMessage: string | null, note: string, areaId: string, itemId: string, ownerOrganizationId: string, audienceKind: Types.AudienceKind, recipientOrganizationIds: Array<string>, acknowledgedOverlapIds: Array<string>, autoApproved: boolean, itemVersion: { id: string, title: string, version: number }, proposedRedaction: { fieldKeys: Array<string>, spans: Array<{ start: number, end: number }>, files: Array<{ fileId: string, pages: Array<number> | null, download: boolean }> }, flags: { overlap: boolean, overlapIds: Array<string>, expires: boolean, thirdPartyRule: Types.ThirdPartyRule, reciprocity: Array<{ organizationId: string, given: string, received: string, gap: string }> | null } }> } };

export type ConsoleQueueContextQueryVariables = Exact<{
  collaborationId: string | number;
}>;


export type ConsoleQueueContextQuery = { collaboration: { id: string, title: string, participations: Array<{ id: string, organizationId: string, status: Types.ParticipationStatus, organization: { id: string, name: string } }>, areas: { nodes: Array<{ id: string, name: string, sensitivity: Types.AreaSensitivity }> }, overlaps: { nodes: Array<{ id: string, areaId: string, organizationIds: Array<string>, note: string | null }> } }, ledgerSettings: { valuationScale: Types.ValuationScale, currency: string | null } };

export type ConsoleDisclosureReviewQueryVariables = Exact<{
  id: string | number;
}>;


export type ConsoleDisclosureReviewQuery = { disclosureRequest: { id: string, status: Types.DisclosureStatus, createdAt: string, expiresAt: string | null, decidedAt: string | null, decisionMessage: string | null, note: string, areaId: string, itemId: string, ownerOrganizationId: string, audienceKind: Types.AudienceKind, recipientOrganizationIds: Array<string>, acknowledgedOverlapIds: Array<string>, autoApproved: boolean, hiddenValueWarnings: Array<{ organizationId: string, fieldKey: string, fieldLabel: string, inFiles: Array<{ fileId: string, fileName: string, page: number | null, sheet: string | null }> }>, acknowledgedHiddenValues: Array<{ organizationId: string, fieldLabel: string }>, itemVersion: { id: string, body: string, thirdPartyRule: Types.ThirdPartyRule, title: string, version: number, fields: Array<{ key: string, label: string, type: Types.ItemFieldType, text: string | null, number: number | null }>, files: Array<{ id: string, name: string, kind: Types.ItemFileKind, bytes: number, pages: number | null }> }, previews: Array<{ organizationId: string, organizationName: string, files: Array<{ fileId: string, pages: Array<number> | null, download: boolean }>, content: { body: string, redactedFieldCount: number, redactedSpanCount: number, fields: Array<{ key: string, label: string, type: Types.ItemFieldType, text: string | null, number: number | null }> } }>, grants: Array<{ id: string, recipientOrganizationId: string, state: Types.GrantState, reference: string, validUntil: string | null, redaction: { fieldKeys: Array<string>, spans: Array<{ start: number, end: number }>, files: Array<{ fileId: string, pages: Array<number> | null, download: boolean }> } }>, proposedRedaction: { fieldKeys: Array<string>, spans: Array<{ start: number, end: number }>, files: Array<{ fileId: string, pages: Array<number> | null, download: boolean }> }, flags: { overlap: boolean, overlapIds: Array<string>, expires: boolean, thirdPartyRule: Types.ThirdPartyRule, reciprocity: Array<{ organizationId: string, given: string, received: string, gap: string }> | null } } };

export type ConsoleApproveDisclosureMutationVariables = Exact<{
  requestId: string | number;
  input?: Types.ApproveDisclosureInput | null | undefined;
}>;


export type ConsoleApproveDisclosureMutation = { approveDisclosure: { id: string, status: Types.DisclosureStatus, decidedAt: string | null, decisionMessage: string | null, acknowledgedOverlapIds: Array<string> } };

export type ConsoleRequestDisclosureChangesMutationVariables = Exact<{
  requestId: string | number;
  input: Types.DecisionMessageInput;
}>;


export type ConsoleRequestDisclosureChangesMutation = { requestDisclosureChanges: { id: string, status: Types.DisclosureStatus, decidedAt: string | null, decisionMessage: string | null } };

export type ConsoleRejectDisclosureMutationVariables = Exact<{
  requestId: string | number;
  input: Types.DecisionMessageInput;
}>;


export type ConsoleRejectDisclosureMutation = { rejectDisclosure: { id: string, status: Types.DisclosureStatus, decidedAt: string | null, decisionMessage: string | null } };

export const ConsoleFileShareFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ConsoleFileShare"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FileShare"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fileId"}},{"kind":"Field","name":{"kind":"Name","value":"pages"}},{"kind":"Field","name":{"kind":"Name","value":"download"}}]}}]} as unknown as DocumentNode<ConsoleFileShareFragment, unknown>;
export const ConsoleQueueRequestFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ConsoleQueueRequest"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DisclosureRequest"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"decisionMessage"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"areaId"}},{"kind":"Field","name":{"kind":"Name","value":"itemId"}},{"kind":"Field","name":{"kind":"Name","value":"ownerOrganizationId"}},{"kind":"Field","name":{"kind":"Name","value":"audienceKind"}},{"kind":"Field","name":{"kind":"Name","value":"recipientOrganizationIds"}},{"kind":"Field","name":{"kind":"Name","value":"acknowledgedOverlapIds"}},{"kind":"Field","name":{"kind":"Name","value":"autoApproved"}},{"kind":"Field","name":{"kind":"Name","value":"itemVersion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}},{"kind":"Field","name":{"kind":"Name","value":"proposedRedaction"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fieldKeys"}},{"kind":"Field","name":{"kind":"Name","value":"spans"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}}]}},{"kind":"Field","name":{"kind":"Name","value":"files"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ConsoleFileShare"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"flags"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"overlap"}},{"kind":"Field","name":{"kind":"Name","value":"overlapIds"}},{"kind":"Field","name":{"kind":"Name","value":"expires"}},{"kind":"Field","name":{"kind":"Name","value":"thirdPartyRule"}},{"kind":"Field","name":{"kind":"Name","value":"reciprocity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organizationId"}},{"kind":"Field","name":{"kind":"Name","value":"given"}},{"kind":"Field","name":{"kind":"Name","value":"received"}},{"kind":"Field","name":{"kind":"Name","value":"gap"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ConsoleFileShare"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FileShare"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fileId"}},{"kind":"Field","name":{"kind":"Name","value":"pages"}},{"kind":"Field","name":{"kind":"Name","value":"download"}}]}}]} as unknown as DocumentNode<ConsoleQueueRequestFragment, unknown>;
export const ConsoleQueueDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConsoleQueue"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"collaborationId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"status"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"DisclosureStatus"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"disclosureRequests"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"collaborationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"collaborationId"}}},{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"Variable","name":{"kind":"Name","value":"status"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PageInfoFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ConsoleQueueRequest"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ConsoleFileShare"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FileShare"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fileId"}},{"kind":"Field","name":{"kind":"Name","value":"pages"}},{"kind":"Field","name":{"kind":"Name","value":"download"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PageInfoFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PageInfo"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endCursor"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ConsoleQueueRequest"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DisclosureRequest"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"decisionMessage"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"areaId"}},{"kind":"Field","name":{"kind":"Name","value":"itemId"}},{"kind":"Field","name":{"kind":"Name","value":"ownerOrganizationId"}},{"kind":"Field","name":{"kind":"Name","value":"audienceKind"}},{"kind":"Field","name":{"kind":"Name","value":"recipientOrganizationIds"}},{"kind":"Field","name":{"kind":"Name","value":"acknowledgedOverlapIds"}},{"kind":"Field","name":{"kind":"Name","value":"autoApproved"}},{"kind":"Field","name":{"kind":"Name","value":"itemVersion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}},{"kind":"Field","name":{"kind":"Name","value":"proposedRedaction"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fieldKeys"}},{"kind":"Field","name":{"kind":"Name","value":"spans"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}}]}},{"kind":"Field","name":{"kind":"Name","value":"files"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ConsoleFileShare"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"flags"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"overlap"}},{"kind":"Field","name":{"kind":"Name","value":"overlapIds"}},{"kind":"Field","name":{"kind":"Name","value":"expires"}},{"kind":"Field","name":{"kind":"Name","value":"thirdPartyRule"}},{"kind":"Field","name":{"kind":"Name","value":"reciprocity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organizationId"}},{"kind":"Field","name":{"kind":"Name","value":"given"}},{"kind":"Field","name":{"kind":"Name","value":"received"}},{"kind":"Field","name":{"kind":"Name","value":"gap"}}]}}]}}]}}]} as unknown as DocumentNode<ConsoleQueueQuery, ConsoleQueueQueryVariables>;
export const ConsoleQueueContextDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConsoleQueueContext"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"collaborationId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"collaboration"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"collaborationId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"participations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"organizationId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"areas"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"sensitivity"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"overlaps"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"areaId"}},{"kind":"Field","name":{"kind":"Name","value":"organizationIds"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"ledgerSettings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"collaborationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"collaborationId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"valuationScale"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}}]}}]} as unknown as DocumentNode<ConsoleQueueContextQuery, ConsoleQueueContextQueryVariables>;
export const ConsoleDisclosureReviewDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConsoleDisclosureReview"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"disclosureRequest"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ConsoleQueueRequest"}},{"kind":"Field","name":{"kind":"Name","value":"hiddenValueWarnings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organizationId"}},{"kind":"Field","name":{"kind":"Name","value":"fieldKey"}},{"kind":"Field","name":{"kind":"Name","value":"fieldLabel"}},{"kind":"Field","name":{"kind":"Name","value":"inFiles"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fileId"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"page"}},{"kind":"Field","name":{"kind":"Name","value":"sheet"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"acknowledgedHiddenValues"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organizationId"}},{"kind":"Field","name":{"kind":"Name","value":"fieldLabel"}}]}},{"kind":"Field","name":{"kind":"Name","value":"itemVersion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"thirdPartyRule"}},{"kind":"Field","name":{"kind":"Name","value":"fields"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ItemFieldValue"}}]}},{"kind":"Field","name":{"kind":"Name","value":"files"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"bytes"}},{"kind":"Field","name":{"kind":"Name","value":"pages"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"previews"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organizationId"}},{"kind":"Field","name":{"kind":"Name","value":"organizationName"}},{"kind":"Field","name":{"kind":"Name","value":"files"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ConsoleFileShare"}}]}},{"kind":"Field","name":{"kind":"Name","value":"content"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"redactedFieldCount"}},{"kind":"Field","name":{"kind":"Name","value":"redactedSpanCount"}},{"kind":"Field","name":{"kind":"Name","value":"fields"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ItemFieldValue"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"grants"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"recipientOrganizationId"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"validUntil"}},{"kind":"Field","name":{"kind":"Name","value":"redaction"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fieldKeys"}},{"kind":"Field","name":{"kind":"Name","value":"spans"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}}]}},{"kind":"Field","name":{"kind":"Name","value":"files"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ConsoleFileShare"}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ConsoleFileShare"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FileShare"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fileId"}},{"kind":"Field","name":{"kind":"Name","value":"pages"}},{"kind":"Field","name":{"kind":"Name","value":"download"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ConsoleQueueRequest"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DisclosureRequest"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"decisionMessage"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"areaId"}},{"kind":"Field","name":{"kind":"Name","value":"itemId"}},{"kind":"Field","name":{"kind":"Name","value":"ownerOrganizationId"}},{"kind":"Field","name":{"kind":"Name","value":"audienceKind"}},{"kind":"Field","name":{"kind":"Name","value":"recipientOrganizationIds"}},{"kind":"Field","name":{"kind":"Name","value":"acknowledgedOverlapIds"}},{"kind":"Field","name":{"kind":"Name","value":"autoApproved"}},{"kind":"Field","name":{"kind":"Name","value":"itemVersion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}},{"kind":"Field","name":{"kind":"Name","value":"proposedRedaction"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fieldKeys"}},{"kind":"Field","name":{"kind":"Name","value":"spans"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}}]}},{"kind":"Field","name":{"kind":"Name","value":"files"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ConsoleFileShare"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"flags"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"overlap"}},{"kind":"Field","name":{"kind":"Name","value":"overlapIds"}},{"kind":"Field","name":{"kind":"Name","value":"expires"}},{"kind":"Field","name":{"kind":"Name","value":"thirdPartyRule"}},{"kind":"Field","name":{"kind":"Name","value":"reciprocity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organizationId"}},{"kind":"Field","name":{"kind":"Name","value":"given"}},{"kind":"Field","name":{"kind":"Name","value":"received"}},{"kind":"Field","name":{"kind":"Name","value":"gap"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ItemFieldValue"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ItemField"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"number"}}]}}]} as unknown as DocumentNode<ConsoleDisclosureReviewQuery, ConsoleDisclosureReviewQueryVariables>;
export const ConsoleApproveDisclosureDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsoleApproveDisclosure"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"requestId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ApproveDisclosureInput"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"approveDisclosure"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"requestId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"requestId"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"decisionMessage"}},{"kind":"Field","name":{"kind":"Name","value":"acknowledgedOverlapIds"}}]}}]}}]} as unknown as DocumentNode<ConsoleApproveDisclosureMutation, ConsoleApproveDisclosureMutationVariables>;
export const ConsoleRequestDisclosureChangesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsoleRequestDisclosureChanges"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"requestId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DecisionMessageInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestDisclosureChanges"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"requestId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"requestId"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"decisionMessage"}}]}}]}}]} as unknown as DocumentNode<ConsoleRequestDisclosureChangesMutation, ConsoleRequestDisclosureChangesMutationVariables>;
export const ConsoleRejectDisclosureDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsoleRejectDisclosure"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"requestId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DecisionMessageInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rejectDisclosure"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"requestId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"requestId"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"decisionMessage"}}]}}]}}]} as unknown as DocumentNode<ConsoleRejectDisclosureMutation, ConsoleRejectDisclosureMutationVariables>;
export function useConsoleQueueQuery(options: useQuery.Options<ConsoleQueueQuery, ConsoleQueueQueryVariables>) {
  return useQuery<ConsoleQueueQuery, ConsoleQueueQueryVariables>(ConsoleQueueDocument, options as useQuery.Options<ConsoleQueueQuery, ConsoleQueueQueryVariables>);
}

export function useConsoleQueueLazyQuery(options?: useLazyQuery.Options<ConsoleQueueQuery, ConsoleQueueQueryVariables>) {
  return useLazyQuery<ConsoleQueueQuery, ConsoleQueueQueryVariables>(ConsoleQueueDocument, options);
}

export function useConsoleQueueContextQuery(options: useQuery.Options<ConsoleQueueContextQuery, ConsoleQueueContextQueryVariables>) {
  return useQuery<ConsoleQueueContextQuery, ConsoleQueueContextQueryVariables>(ConsoleQueueContextDocument, options as useQuery.Options<ConsoleQueueContextQuery, ConsoleQueueContextQueryVariables>);
}

export function useConsoleQueueContextLazyQuery(options?: useLazyQuery.Options<ConsoleQueueContextQuery, ConsoleQueueContextQueryVariables>) {
  return useLazyQuery<ConsoleQueueContextQuery, ConsoleQueueContextQueryVariables>(ConsoleQueueContextDocument, options);
}

export function useConsoleDisclosureReviewQuery(options: useQuery.Options<ConsoleDisclosureReviewQuery, ConsoleDisclosureReviewQueryVariables>) {
  return useQuery<ConsoleDisclosureReviewQuery, ConsoleDisclosureReviewQueryVariables>(ConsoleDisclosureReviewDocument, options as useQuery.Options<ConsoleDisclosureReviewQuery, ConsoleDisclosureReviewQueryVariables>);
}

export function useConsoleDisclosureReviewLazyQuery(options?: useLazyQuery.Options<ConsoleDisclosureReviewQuery, ConsoleDisclosureReviewQueryVariables>) {
  return useLazyQuery<ConsoleDisclosureReviewQuery, ConsoleDisclosureReviewQueryVariables>(ConsoleDisclosureReviewDocument, options);
}

export function useConsoleApproveDisclosureMutation(options?: useMutation.Options<ConsoleApproveDisclosureMutation, ConsoleApproveDisclosureMutationVariables>) {
  return useMutation<ConsoleApproveDisclosureMutation, ConsoleApproveDisclosureMutationVariables>(ConsoleApproveDisclosureDocument, options);
}

export function useConsoleRequestDisclosureChangesMutation(options?: useMutation.Options<ConsoleRequestDisclosureChangesMutation, ConsoleRequestDisclosureChangesMutationVariables>) {
  return useMutation<ConsoleRequestDisclosureChangesMutation, ConsoleRequestDisclosureChangesMutationVariables>(ConsoleRequestDisclosureChangesDocument, options);
}

export function useConsoleRejectDisclosureMutation(options?: useMutation.Options<ConsoleRejectDisclosureMutation, ConsoleRejectDisclosureMutationVariables>) {
  return useMutation<ConsoleRejectDisclosureMutation, ConsoleRejectDisclosureMutationVariables>(ConsoleRejectDisclosureDocument, options);
}
