/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type * as Types from '@alianza/graphql-client/types';

import { useLazyQuery, useQuery } from '@apollo/client/react';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** What an audit record records: one value per action the API writes to the log. */
export type AuditAction =
  | 'ACTIVITY_CUSTOMER_LIST_REMOVED'
  | 'ACTIVITY_CUSTOMER_LIST_UPLOADED'
  | 'ACTIVITY_DECLARED'
  | 'ACTIVITY_OPTIONS_SET'
  | 'ACTIVITY_OVERLAP_DECLARED'
  | 'ACTIVITY_OVERLAP_DISMISSED'
  | 'AREA_ARCHIVED'
  | 'AREA_CREATED'
  | 'AREA_RESTORED'
  | 'AREA_UPDATED'
  | 'BENCHMARK_ROUND_CLOSED'
  | 'BENCHMARK_ROUND_CREATED'
  | 'BENCHMARK_SUBMITTED'
  | 'CLOSING_EVALUATED'
  | 'CLOSING_FINAL_STATEMENT'
  | 'COLLABORATION_CREATED'
  | 'COLLABORATION_INVITATION_ACCEPTED'
  | 'COLLABORATION_INVITATION_RESENT'
  | 'COLLABORATION_INVITATION_SENT'
  | 'COLLABORATION_INVITATION_WITHDRAWN'
  | 'COLLABORATION_STATUS_CHANGED'
  | 'DISCLOSURE_APPROVED'
  | 'DISCLOSURE_AUTO_APPROVED'
  | 'DISCLOSURE_CHANGES_REQUESTED'
  | 'DISCLOSURE_REJECTED'
  | 'DISCLOSURE_REQUESTED'
  | 'DISCLOSURE_WITHDRAWN'
  | 'FILE_DOWNLOADED'
  | 'FILE_VIEWED'
  | 'GRANT_CREATED'
  | 'GRANT_EXPIRED'
  | 'GRANT_KEPT'
  | 'GRANT_READ'
  | 'GRANT_REVOKED'
  | 'GROUND_RULES_ACCEPTED'
  | 'GROUND_RULES_PUBLISHED'
  | 'INQUIRY_ANSWERED'
  | 'INQUIRY_ASKED'
  | 'INQUIRY_PUBLISHED'
  | 'INQUIRY_WITHDRAWN'
  | 'ITEM_CREATED'
  | 'ITEM_EDITED'
  | 'ITEM_FILE_ATTACHED'
  | 'ITEM_FILE_DOWNLOADED'
  | 'ITEM_FILE_SWEPT'
  | 'ITEM_FILE_UPLOADED'
  | 'LEDGER_CONFIRMED'
  | 'LEDGER_DECLARED'
  | 'LEDGER_DISPUTED'
  | 'LEDGER_ENTRY_FROM_DISCLOSURE'
  | 'LEDGER_PLEDGED'
  | 'LEDGER_PLEDGE_CANCELLED'
  | 'LEDGER_PLEDGE_FULFILLED'
  | 'LEDGER_SETTINGS'
  | 'LEDGER_SETTLED'
  | 'OVERLAP_DECLARED'
  | 'OVERLAP_REMOVED'
  | 'OVERLAP_UPDATED'
  | 'PARTICIPATION_ACCEPTED'
  | 'PARTICIPATION_DECLINED'
  | 'PARTICIPATION_INVITED'
  | 'PARTICIPATION_WITHDRAWN'
  | 'PLAN_INDICATOR_ADDED'
  | 'PLAN_INDICATOR_ARCHIVED'
  | 'PLAN_INDICATOR_DELETED'
  | 'PLAN_INDICATOR_UPDATED'
  | 'PLAN_MILESTONE_CREATED'
  | 'PLAN_MILESTONE_PROPOSED'
  | 'PLAN_MILESTONE_UPDATED'
  | 'PLAN_OBJECTIVE_ARCHIVED'
  | 'PLAN_OBJECTIVE_CREATED'
  | 'PLAN_OBJECTIVE_DELETED'
  | 'PLAN_OBJECTIVE_UPDATED'
  | 'PLAN_PROGRESS'
  | 'PLAN_PROPOSAL_ACCEPTED'
  | 'PLAN_PROPOSAL_DECLINED'
  | 'PLAN_RESOURCE_ADDED'
  | 'PLAN_RESOURCE_DELETED'
  | 'PLAN_RESOURCE_UPDATED'
  | 'PLAN_TASK_ARCHIVED'
  | 'PLAN_TASK_CREATED'
  | 'PLAN_TASK_DELETED'
  | 'PLAN_TASK_PROPOSED'
  | 'PLAN_TASK_STATUS'
  | 'PLAN_TASK_UPDATED'
  | 'PUBLICATION_PUBLISHED';

/** Why an audit chain failed verification (the first problem found). */
export type AuditChainFailure =
  /** The latest checkpoint is not signed by a known audit key. */
  | 'CHECKPOINT_INVALID'
  /** The record at a checkpoint no longer carries the MAC the checkpoint saw. */
  | 'CHECKPOINT_MISMATCH'
  /** A record does not point at the one before it (reordered, or one before rewritten). */
  | 'LINK_MISMATCH'
  /** A record's content does not match its MAC (or legacy hash). */
  | 'MAC_MISMATCH'
  /** A record is missing: the next sequence number is not there. */
  | 'SEQUENCE_GAP'
  /** The chain ends before its latest checkpoint: records were removed. */
  | 'TRUNCATED'
  /** An unkeyed (legacy) record after the point where only keyed ones may be. */
  | 'UNEXPECTED_LEGACY'
  /** A record names an audit key that is not configured. */
  | 'UNKNOWN_KEY';

/** What an audit record is about: one value per kind of subject the API records. */
export type AuditSubject =
  | 'AREA'
  | 'BENCHMARK_ROUND'
  | 'BENCHMARK_SUBMISSION'
  | 'COLLABORATION'
  | 'COLLABORATION_INVITATION'
  | 'CUSTOMER_LIST'
  | 'DETECTED_OVERLAP'
  | 'DISCLOSURE_REQUEST'
  | 'EVALUATION'
  | 'FINAL_STATEMENT'
  | 'GRANT'
  | 'GROUND_RULES_VERSION'
  | 'INDICATOR'
  | 'ITEM'
  | 'ITEM_FILE'
  | 'LEDGER_ENTRY'
  | 'LEDGER_SETTINGS'
  | 'MILESTONE'
  | 'OBJECTIVE'
  | 'OVERLAP'
  | 'PARTICIPATION'
  | 'PLEDGE'
  | 'PROGRESS_UPDATE'
  | 'PUBLICATION'
  | 'QUESTION'
  | 'RESOURCE'
  | 'TASK';

export type ConsoleAuditLogQueryVariables = Exact<{
  collaborationId: string | number;
  first: number;
  after?: string | null | undefined;
  action?: Types.AuditAction | null | undefined;
  subjectId?: string | number | null | undefined;
  actorUserId?: string | number | null | undefined;
  organizationId?: string | number | null | undefined;
  since?: string | null | undefined;
  until?: string | null | undefined;
}>;


export type ConsoleAuditLogQuery = { auditLog: { totalCount: number, pageInfo: { endCursor: string | null, hasNextPage: boolean }, nodes: Array<{ id: string, seq: number, createdAt: string, action: Types.AuditAction, actorUserId: string | null, actorName: string | null, subjectType: Types.AuditSubject, subjectId: string, organizationId: string | null, counterpartOrganizationId: string | null, organizationName: string | null, counterpartOrganizationName: string | null, payload: string, hash: string, prevHash: string }> } };

export type ConsoleAuditContextQueryVariables = Exact<{
  collaborationId: string | number;
}>;


export type ConsoleAuditContextQuery = { collaboration: { id: string, facilitators: Array<{ id: string, displayName: string }>, participations: Array<{ id: string, organizationId: string, organization: { id: string, name: string } }> } };

export type ConsoleAuditPeopleQueryVariables = Exact<{
  collaborationId: string | number;
}>;


export type ConsoleAuditPeopleQuery = { auditLogPeople: Array<{ id: string, displayName: string }> };

export type ConsoleVerifyAuditLogQueryVariables = Exact<{
  collaborationId: string | number;
  full?: boolean | null | undefined;
}>;


export type ConsoleVerifyAuditLogQuery = { verifyAuditLog: { valid: boolean, checkedRecords: number, firstBrokenRecordId: string | null, firstBrokenSeq: number | null, reason: Types.AuditChainFailure | null, headSeq: number, resumedAfterSeq: number, checkpointSeq: number | null, legacyThroughSeq: number } };


export const ConsoleAuditLogDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConsoleAuditLog"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"collaborationId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"action"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"AuditAction"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"subjectId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"actorUserId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"organizationId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"since"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTime"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"until"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTime"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"auditLog"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"collaborationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"collaborationId"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"action"},"value":{"kind":"Variable","name":{"kind":"Name","value":"action"}}},{"kind":"Argument","name":{"kind":"Name","value":"subjectId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"subjectId"}}},{"kind":"Argument","name":{"kind":"Name","value":"actorUserId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"actorUserId"}}},{"kind":"Argument","name":{"kind":"Name","value":"organizationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"organizationId"}}},{"kind":"Argument","name":{"kind":"Name","value":"since"},"value":{"kind":"Variable","name":{"kind":"Name","value":"since"}}},{"kind":"Argument","name":{"kind":"Name","value":"until"},"value":{"kind":"Variable","name":{"kind":"Name","value":"until"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PageInfoFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"seq"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"actorUserId"}},{"kind":"Field","name":{"kind":"Name","value":"actorName"}},{"kind":"Field","name":{"kind":"Name","value":"subjectType"}},{"kind":"Field","name":{"kind":"Name","value":"subjectId"}},{"kind":"Field","name":{"kind":"Name","value":"organizationId"}},{"kind":"Field","name":{"kind":"Name","value":"counterpartOrganizationId"}},{"kind":"Field","name":{"kind":"Name","value":"organizationName"}},{"kind":"Field","name":{"kind":"Name","value":"counterpartOrganizationName"}},{"kind":"Field","name":{"kind":"Name","value":"payload"}},{"kind":"Field","name":{"kind":"Name","value":"hash"}},{"kind":"Field","name":{"kind":"Name","value":"prevHash"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PageInfoFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PageInfo"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endCursor"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}}]}}]} as unknown as DocumentNode<ConsoleAuditLogQuery, ConsoleAuditLogQueryVariables>;
export const ConsoleAuditContextDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConsoleAuditContext"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"collaborationId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"collaboration"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"collaborationId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"facilitators"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"participations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"organizationId"}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ConsoleAuditContextQuery, ConsoleAuditContextQueryVariables>;
export const ConsoleAuditPeopleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConsoleAuditPeople"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"collaborationId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"auditLogPeople"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"collaborationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"collaborationId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]} as unknown as DocumentNode<ConsoleAuditPeopleQuery, ConsoleAuditPeopleQueryVariables>;
export const ConsoleVerifyAuditLogDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConsoleVerifyAuditLog"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"collaborationId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"full"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"verifyAuditLog"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"collaborationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"collaborationId"}}},{"kind":"Argument","name":{"kind":"Name","value":"full"},"value":{"kind":"Variable","name":{"kind":"Name","value":"full"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"valid"}},{"kind":"Field","name":{"kind":"Name","value":"checkedRecords"}},{"kind":"Field","name":{"kind":"Name","value":"firstBrokenRecordId"}},{"kind":"Field","name":{"kind":"Name","value":"firstBrokenSeq"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"headSeq"}},{"kind":"Field","name":{"kind":"Name","value":"resumedAfterSeq"}},{"kind":"Field","name":{"kind":"Name","value":"checkpointSeq"}},{"kind":"Field","name":{"kind":"Name","value":"legacyThroughSeq"}}]}}]}}]} as unknown as DocumentNode<ConsoleVerifyAuditLogQuery, ConsoleVerifyAuditLogQueryVariables>;
export function useConsoleAuditLogQuery(options: useQuery.Options<ConsoleAuditLogQuery, ConsoleAuditLogQueryVariables>) {
  return useQuery<ConsoleAuditLogQuery, ConsoleAuditLogQueryVariables>(ConsoleAuditLogDocument, options as useQuery.Options<ConsoleAuditLogQuery, ConsoleAuditLogQueryVariables>);
}

export function useConsoleAuditLogLazyQuery(options?: useLazyQuery.Options<ConsoleAuditLogQuery, ConsoleAuditLogQueryVariables>) {
  return useLazyQuery<ConsoleAuditLogQuery, ConsoleAuditLogQueryVariables>(ConsoleAuditLogDocument, options);
}

export function useConsoleAuditContextQuery(options: useQuery.Options<ConsoleAuditContextQuery, ConsoleAuditContextQueryVariables>) {
  return useQuery<ConsoleAuditContextQuery, ConsoleAuditContextQueryVariables>(ConsoleAuditContextDocument, options as useQuery.Options<ConsoleAuditContextQuery, ConsoleAuditContextQueryVariables>);
}

export function useConsoleAuditContextLazyQuery(options?: useLazyQuery.Options<ConsoleAuditContextQuery, ConsoleAuditContextQueryVariables>) {
  return useLazyQuery<ConsoleAuditContextQuery, ConsoleAuditContextQueryVariables>(ConsoleAuditContextDocument, options);
}

export function useConsoleAuditPeopleQuery(options: useQuery.Options<ConsoleAuditPeopleQuery, ConsoleAuditPeopleQueryVariables>) {
  return useQuery<ConsoleAuditPeopleQuery, ConsoleAuditPeopleQueryVariables>(ConsoleAuditPeopleDocument, options as useQuery.Options<ConsoleAuditPeopleQuery, ConsoleAuditPeopleQueryVariables>);
}

export function useConsoleAuditPeopleLazyQuery(options?: useLazyQuery.Options<ConsoleAuditPeopleQuery, ConsoleAuditPeopleQueryVariables>) {
  return useLazyQuery<ConsoleAuditPeopleQuery, ConsoleAuditPeopleQueryVariables>(ConsoleAuditPeopleDocument, options);
}

export function useConsoleVerifyAuditLogQuery(options: useQuery.Options<ConsoleVerifyAuditLogQuery, ConsoleVerifyAuditLogQueryVariables>) {
  return useQuery<ConsoleVerifyAuditLogQuery, ConsoleVerifyAuditLogQueryVariables>(ConsoleVerifyAuditLogDocument, options as useQuery.Options<ConsoleVerifyAuditLogQuery, ConsoleVerifyAuditLogQueryVariables>);
}

export function useConsoleVerifyAuditLogLazyQuery(options?: useLazyQuery.Options<ConsoleVerifyAuditLogQuery, ConsoleVerifyAuditLogQueryVariables>) {
  return useLazyQuery<ConsoleVerifyAuditLogQuery, ConsoleVerifyAuditLogQueryVariables>(ConsoleVerifyAuditLogDocument, options);
}
