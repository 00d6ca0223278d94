/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type * as Types from '@alianza/graphql-client/types';

import { useLazyQuery, useQuery } from '@apollo/client/react';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** What an audit record records: one value per action the API writes to the log. */
export type AuditAction =
  /** Customer list removed. */
  | 'ACTIVITY_CUSTOMER_LIST_REMOVED'
  /** Customer list uploaded. */
  | 'ACTIVITY_CUSTOMER_LIST_UPLOADED'
  /** Activity declared. */
  | 'ACTIVITY_DECLARED'
  /** Activity options set. */
  | 'ACTIVITY_OPTIONS_SET'
  /** Detected overlap declared. */
  | 'ACTIVITY_OVERLAP_DECLARED'
  /** Detected overlap dismissed. */
  | 'ACTIVITY_OVERLAP_DISMISSED'
  /** Area archived. */
  | 'AREA_ARCHIVED'
  /** Area created. */
  | 'AREA_CREATED'
  /** Area brought back. */
  | 'AREA_RESTORED'
  /** Area changed. */
  | 'AREA_UPDATED'
  /** Benchmark round closed. */
  | 'BENCHMARK_ROUND_CLOSED'
  /** Benchmark round created. */
  | 'BENCHMARK_ROUND_CREATED'
  /** Benchmark value submitted. */
  | 'BENCHMARK_SUBMITTED'
  /** Evaluation. */
  | 'CLOSING_EVALUATED'
  /** Final statement. */
  | 'CLOSING_FINAL_STATEMENT'
  /** Collaboration created. */
  | 'COLLABORATION_CREATED'
  /** Email invitation accepted. */
  | 'COLLABORATION_INVITATION_ACCEPTED'
  /** Email invitation sent again. */
  | 'COLLABORATION_INVITATION_RESENT'
  /** Invitation sent by email. */
  | 'COLLABORATION_INVITATION_SENT'
  /** Email invitation withdrawn. */
  | 'COLLABORATION_INVITATION_WITHDRAWN'
  /** Status changed. */
  | 'COLLABORATION_STATUS_CHANGED'
  /** Request approved. */
  | 'DISCLOSURE_APPROVED'
  /** Approved automatically. */
  | 'DISCLOSURE_AUTO_APPROVED'
  /** Changes requested. */
  | 'DISCLOSURE_CHANGES_REQUESTED'
  /** Request rejected. */
  | 'DISCLOSURE_REJECTED'
  /** Disclosure requested. */
  | 'DISCLOSURE_REQUESTED'
  /** Request withdrawn. */
  | 'DISCLOSURE_WITHDRAWN'
  /** Shared document downloaded. */
  | 'FILE_DOWNLOADED'
  /** Shared document viewed. */
  | 'FILE_VIEWED'
  /** Grant made. */
  | 'GRANT_CREATED'
  /** Grant expired. */
  | 'GRANT_EXPIRED'
  /** Grant kept. */
  | 'GRANT_KEPT'
  /** Information read. */
  | 'GRANT_READ'
  /** Grant revoked. */
  | 'GRANT_REVOKED'
  /** Ground rules accepted. */
  | 'GROUND_RULES_ACCEPTED'
  /** Ground rules published. */
  | 'GROUND_RULES_PUBLISHED'
  /** Question answered. */
  | 'INQUIRY_ANSWERED'
  /** Private question asked. */
  | 'INQUIRY_ASKED'
  /** Answer published to everyone. */
  | 'INQUIRY_PUBLISHED'
  /** Published answer withdrawn. */
  | 'INQUIRY_WITHDRAWN'
  /** Information created. */
  | 'ITEM_CREATED'
  /** Information edited. */
  | 'ITEM_EDITED'
  /** Documents attached to a version. */
  | 'ITEM_FILE_ATTACHED'
  /** Document downloaded. */
  | 'ITEM_FILE_DOWNLOADED'
  /** Unattached document deleted. */
  | 'ITEM_FILE_SWEPT'
  /** Document uploaded. */
  | 'ITEM_FILE_UPLOADED'
  /** Contribution confirmed. */
  | 'LEDGER_CONFIRMED'
  /** Contribution declared. */
  | 'LEDGER_DECLARED'
  /** Contribution disputed. */
  | 'LEDGER_DISPUTED'
  /** Contribution from shared information. */
  | 'LEDGER_ENTRY_FROM_DISCLOSURE'
  /** Pledge made. */
  | 'LEDGER_PLEDGED'
  /** Pledge cancelled. */
  | 'LEDGER_PLEDGE_CANCELLED'
  /** Pledge fulfilled. */
  | 'LEDGER_PLEDGE_FULFILLED'
  /** Ledger settings. */
  | 'LEDGER_SETTINGS'
  /** Dispute settled. */
  | 'LEDGER_SETTLED'
  /** Overlap declared. */
  | 'OVERLAP_DECLARED'
  /** Overlap removed. */
  | 'OVERLAP_REMOVED'
  /** Overlap changed. */
  | 'OVERLAP_UPDATED'
  /** Invitation accepted. */
  | 'PARTICIPATION_ACCEPTED'
  /** Invitation declined. */
  | 'PARTICIPATION_DECLINED'
  /** Invitation sent. */
  | 'PARTICIPATION_INVITED'
  /** Left the collaboration. */
  | 'PARTICIPATION_WITHDRAWN'
  /** Indicator added. */
  | 'PLAN_INDICATOR_ADDED'
  /** Indicator archived. */
  | 'PLAN_INDICATOR_ARCHIVED'
  /** Indicator deleted. */
  | 'PLAN_INDICATOR_DELETED'
  /** Indicator changed. */
  | 'PLAN_INDICATOR_UPDATED'
  /** Milestone created. */
  | 'PLAN_MILESTONE_CREATED'
  /** Milestone proposed. */
  | 'PLAN_MILESTONE_PROPOSED'
  /** Milestone changed. */
  | 'PLAN_MILESTONE_UPDATED'
  /** Objective archived. */
  | 'PLAN_OBJECTIVE_ARCHIVED'
  /** Objective created. */
  | 'PLAN_OBJECTIVE_CREATED'
  /** Objective deleted. */
  | 'PLAN_OBJECTIVE_DELETED'
  /** Objective changed. */
  | 'PLAN_OBJECTIVE_UPDATED'
  /** Progress reported. */
  | 'PLAN_PROGRESS'
  /** Proposal accepted. */
  | 'PLAN_PROPOSAL_ACCEPTED'
  /** Proposal declined. */
  | 'PLAN_PROPOSAL_DECLINED'
  /** Resource added. */
  | 'PLAN_RESOURCE_ADDED'
  /** Resource deleted. */
  | 'PLAN_RESOURCE_DELETED'
  /** Resource changed. */
  | 'PLAN_RESOURCE_UPDATED'
  /** Task archived. */
  | 'PLAN_TASK_ARCHIVED'
  /** Task created. */
  | 'PLAN_TASK_CREATED'
  /** Task deleted. */
  | 'PLAN_TASK_DELETED'
  /** Task proposed. */
  | 'PLAN_TASK_PROPOSED'
  /** Task status. */
  | 'PLAN_TASK_STATUS'
  /** Task changed. */
  | 'PLAN_TASK_UPDATED'
  /** Publication. */
  | 'PUBLICATION_PUBLISHED'
  /** Webhook delivery replayed. */
  | 'WEBHOOK_DELIVERY_REPLAYED'
  /** Webhook endpoint registered. */
  | 'WEBHOOK_ENDPOINT_CREATED'
  /** Webhook endpoint deleted. */
  | 'WEBHOOK_ENDPOINT_DELETED'
  /** Webhook endpoint paused. */
  | 'WEBHOOK_ENDPOINT_PAUSED'
  /** Webhook endpoint resumed. */
  | 'WEBHOOK_ENDPOINT_RESUMED';

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
  /** Area. */
  | 'AREA'
  /** Benchmark round. */
  | 'BENCHMARK_ROUND'
  /** Benchmark value. */
  | 'BENCHMARK_SUBMISSION'
  /** Collaboration. */
  | 'COLLABORATION'
  /** Email invitation. */
  | 'COLLABORATION_INVITATION'
  /** Customer list. */
  | 'CUSTOMER_LIST'
  /** Detected overlap. */
  | 'DETECTED_OVERLAP'
  /** Request. */
  | 'DISCLOSURE_REQUEST'
  /** Evaluation. */
  | 'EVALUATION'
  /** Final statement. */
  | 'FINAL_STATEMENT'
  /** Grant. */
  | 'GRANT'
  /** Ground rules. */
  | 'GROUND_RULES_VERSION'
  /** Indicator. */
  | 'INDICATOR'
  /** Information. */
  | 'ITEM'
  /** Document. */
  | 'ITEM_FILE'
  /** Contribution. */
  | 'LEDGER_ENTRY'
  /** Ledger settings. */
  | 'LEDGER_SETTINGS'
  /** Milestone. */
  | 'MILESTONE'
  /** Objective. */
  | 'OBJECTIVE'
  /** Overlap. */
  | 'OVERLAP'
  /** Participation. */
  | 'PARTICIPATION'
  /** Pledge. */
  | 'PLEDGE'
  /** Progress. */
  | 'PROGRESS_UPDATE'
  /** Publication. */
  | 'PUBLICATION'
  /** Question. */
  | 'QUESTION'
  /** Resource. */
  | 'RESOURCE'
  /** Task. */
  | 'TASK'
  /** Webhook delivery. */
  | 'WEBHOOK_DELIVERY'
  /** Webhook endpoint. */
  | 'WEBHOOK_ENDPOINT';

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
