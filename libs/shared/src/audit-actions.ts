/**
 * Every action a collaboration's audit log records: one list for the API (stored as the value,
 * exposed in GraphQL by the key) and the web apps (one translated label per key).
 *
 * A record keeps its action for ever (it is part of the chained MAC): never rename or remove a
 * value that has been written, or the log can no longer answer with the records that hold it.
 * The key is the value in capitals with `.` as `_` (`grant.read` → `GRANT_READ`).
 */
export enum AuditAction {
  COLLABORATION_CREATED = 'collaboration.created',
  COLLABORATION_STATUS_CHANGED = 'collaboration.status_changed',
  PARTICIPATION_INVITED = 'participation.invited',
  PARTICIPATION_ACCEPTED = 'participation.accepted',
  PARTICIPATION_DECLINED = 'participation.declined',
  PARTICIPATION_WITHDRAWN = 'participation.withdrawn',
  COLLABORATION_INVITATION_SENT = 'collaboration_invitation.sent',
  COLLABORATION_INVITATION_RESENT = 'collaboration_invitation.resent',
  COLLABORATION_INVITATION_WITHDRAWN = 'collaboration_invitation.withdrawn',
  COLLABORATION_INVITATION_ACCEPTED = 'collaboration_invitation.accepted',
  GROUND_RULES_PUBLISHED = 'ground_rules.published',
  GROUND_RULES_ACCEPTED = 'ground_rules.accepted',
  AREA_CREATED = 'area.created',
  AREA_UPDATED = 'area.updated',
  AREA_ARCHIVED = 'area.archived',
  AREA_RESTORED = 'area.restored',
  OVERLAP_DECLARED = 'overlap.declared',
  OVERLAP_UPDATED = 'overlap.updated',
  OVERLAP_REMOVED = 'overlap.removed',
  ITEM_CREATED = 'item.created',
  ITEM_EDITED = 'item.edited',
  ITEM_FILE_UPLOADED = 'item_file.uploaded',
  ITEM_FILE_ATTACHED = 'item_file.attached',
  ITEM_FILE_DOWNLOADED = 'item_file.downloaded',
  ITEM_FILE_SWEPT = 'item_file.swept',
  FILE_VIEWED = 'file.viewed',
  FILE_DOWNLOADED = 'file.downloaded',
  DISCLOSURE_REQUESTED = 'disclosure.requested',
  DISCLOSURE_APPROVED = 'disclosure.approved',
  DISCLOSURE_AUTO_APPROVED = 'disclosure.auto_approved',
  DISCLOSURE_CHANGES_REQUESTED = 'disclosure.changes_requested',
  DISCLOSURE_REJECTED = 'disclosure.rejected',
  DISCLOSURE_WITHDRAWN = 'disclosure.withdrawn',
  GRANT_CREATED = 'grant.created',
  GRANT_READ = 'grant.read',
  GRANT_REVOKED = 'grant.revoked',
  GRANT_EXPIRED = 'grant.expired',
  GRANT_KEPT = 'grant.kept',
  PUBLICATION_PUBLISHED = 'publication.published',
  LEDGER_SETTINGS = 'ledger.settings',
  LEDGER_DECLARED = 'ledger.declared',
  LEDGER_ENTRY_FROM_DISCLOSURE = 'ledger.entry_from_disclosure',
  LEDGER_CONFIRMED = 'ledger.confirmed',
  LEDGER_DISPUTED = 'ledger.disputed',
  LEDGER_SETTLED = 'ledger.settled',
  LEDGER_PLEDGED = 'ledger.pledged',
  LEDGER_PLEDGE_FULFILLED = 'ledger.pledge_fulfilled',
  LEDGER_PLEDGE_CANCELLED = 'ledger.pledge_cancelled',
  PLAN_OBJECTIVE_CREATED = 'plan.objective_created',
  PLAN_INDICATOR_ADDED = 'plan.indicator_added',
  PLAN_MILESTONE_CREATED = 'plan.milestone_created',
  PLAN_MILESTONE_PROPOSED = 'plan.milestone_proposed',
  PLAN_MILESTONE_UPDATED = 'plan.milestone_updated',
  PLAN_TASK_CREATED = 'plan.task_created',
  PLAN_TASK_PROPOSED = 'plan.task_proposed',
  PLAN_TASK_STATUS = 'plan.task_status',
  PLAN_PROPOSAL_ACCEPTED = 'plan.proposal_accepted',
  PLAN_PROPOSAL_DECLINED = 'plan.proposal_declined',
  PLAN_RESOURCE_ADDED = 'plan.resource_added',
  PLAN_PROGRESS = 'plan.progress',
  PLAN_OBJECTIVE_UPDATED = 'plan.objective_updated',
  PLAN_OBJECTIVE_DELETED = 'plan.objective_deleted',
  PLAN_OBJECTIVE_ARCHIVED = 'plan.objective_archived',
  PLAN_INDICATOR_UPDATED = 'plan.indicator_updated',
  PLAN_INDICATOR_DELETED = 'plan.indicator_deleted',
  PLAN_INDICATOR_ARCHIVED = 'plan.indicator_archived',
  PLAN_TASK_UPDATED = 'plan.task_updated',
  PLAN_TASK_DELETED = 'plan.task_deleted',
  PLAN_TASK_ARCHIVED = 'plan.task_archived',
  PLAN_RESOURCE_UPDATED = 'plan.resource_updated',
  PLAN_RESOURCE_DELETED = 'plan.resource_deleted',
  ACTIVITY_OPTIONS_SET = 'activity.options_set',
  ACTIVITY_DECLARED = 'activity.declared',
  ACTIVITY_CUSTOMER_LIST_UPLOADED = 'activity.customer_list_uploaded',
  ACTIVITY_CUSTOMER_LIST_REMOVED = 'activity.customer_list_removed',
  ACTIVITY_OVERLAP_DECLARED = 'activity.overlap_declared',
  ACTIVITY_OVERLAP_DISMISSED = 'activity.overlap_dismissed',
  BENCHMARK_ROUND_CREATED = 'benchmark.round_created',
  BENCHMARK_SUBMITTED = 'benchmark.submitted',
  BENCHMARK_ROUND_CLOSED = 'benchmark.round_closed',
  INQUIRY_ASKED = 'inquiry.asked',
  INQUIRY_ANSWERED = 'inquiry.answered',
  INQUIRY_PUBLISHED = 'inquiry.published',
  INQUIRY_WITHDRAWN = 'inquiry.withdrawn',
  CLOSING_EVALUATED = 'closing.evaluated',
  CLOSING_FINAL_STATEMENT = 'closing.final_statement',
  WEBHOOK_ENDPOINT_CREATED = 'webhook_endpoint.created',
  WEBHOOK_ENDPOINT_PAUSED = 'webhook_endpoint.paused',
  WEBHOOK_ENDPOINT_RESUMED = 'webhook_endpoint.resumed',
  WEBHOOK_ENDPOINT_DELETED = 'webhook_endpoint.deleted',
  WEBHOOK_DELIVERY_REPLAYED = 'webhook_delivery.replayed',
}

/**
 * An audit action as stored (`'grant.read'`): what the audit service accepts, so that the
 * string literals at each call site type-check and a misspelt or unlisted one does not compile.
 */
export type AuditActionName = `${AuditAction}`;

/** Whether a string is one of a string enum's stored values. */
function storedValueOf<E extends Record<string, string>>(values: E) {
  const stored: ReadonlySet<string> = new Set(Object.values(values));
  return (value: string): value is `${E[keyof E]}` => stored.has(value);
}

/** Whether `value` is a listed audit action (the audit service refuses any other). */
export const isAuditAction: (value: string) => value is AuditActionName =
  storedValueOf(AuditAction);

/**
 * What an audit record is about (its `subjectType`): one list for the API (stored as the value,
 * exposed in GraphQL by the key) and the web apps (one translated label per key). Like the
 * actions, part of each record's chained MAC: never rename or remove a written value. The key is
 * the value in capitals, words split by `_` (`LedgerEntry` → `LEDGER_ENTRY`).
 */
export enum AuditSubject {
  AREA = 'Area',
  BENCHMARK_ROUND = 'BenchmarkRound',
  BENCHMARK_SUBMISSION = 'BenchmarkSubmission',
  COLLABORATION = 'Collaboration',
  COLLABORATION_INVITATION = 'CollaborationInvitation',
  CUSTOMER_LIST = 'CustomerList',
  DETECTED_OVERLAP = 'DetectedOverlap',
  DISCLOSURE_REQUEST = 'DisclosureRequest',
  EVALUATION = 'Evaluation',
  FINAL_STATEMENT = 'FinalStatement',
  GRANT = 'Grant',
  GROUND_RULES_VERSION = 'GroundRulesVersion',
  INDICATOR = 'Indicator',
  ITEM = 'Item',
  ITEM_FILE = 'ItemFile',
  LEDGER_ENTRY = 'LedgerEntry',
  LEDGER_SETTINGS = 'LedgerSettings',
  MILESTONE = 'Milestone',
  OBJECTIVE = 'Objective',
  OVERLAP = 'Overlap',
  PARTICIPATION = 'Participation',
  PLEDGE = 'Pledge',
  PROGRESS_UPDATE = 'ProgressUpdate',
  PUBLICATION = 'Publication',
  QUESTION = 'Question',
  RESOURCE = 'Resource',
  TASK = 'Task',
  WEBHOOK_DELIVERY = 'WebhookDelivery',
  WEBHOOK_ENDPOINT = 'WebhookEndpoint',
}

/** An audit subject as stored (`'LedgerEntry'`): what the audit service accepts. */
export type AuditSubjectName = `${AuditSubject}`;

/** Whether `value` is a listed audit subject (the audit service refuses any other). */
export const isAuditSubject: (value: string) => value is AuditSubjectName =
  storedValueOf(AuditSubject);
