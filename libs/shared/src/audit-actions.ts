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
 * Which organizations an audit action's records name, and so which participants read them (the
 * collaboration's facilitator reads every record). A member of a participating organization
 * reads, through `auditLog`, the records whose `organizationId` or `counterpartOrganizationId` is
 * its organization:
 * - `none`: the records name no organization: only the facilitator reads them;
 * - `organization`: they may name one (`organizationId`: the owner, the invited one…), which reads
 *   them; never a counterpart;
 * - `organization-and-counterpart`: they may name two (a grant's owner and its recipient, a
 *   ledger entry's giver and receiver), which both read them.
 * "May": a record of the action names an organization only when there is one (a task's progress
 * reported by the facilitator names none).
 */
export type AuditParties = 'none' | 'organization' | 'organization-and-counterpart';

/**
 * Who among the participants reads each action's records: the one source of that list
 * (`docs/audit-log.md` says it in words, in English and in Spanish, and a test holds the two
 * together; another, against the API, that the records written agree with it).
 */
export const AUDIT_ACTION_PARTIES: Readonly<Record<AuditAction, AuditParties>> = {
  [AuditAction.COLLABORATION_CREATED]: 'none',
  [AuditAction.COLLABORATION_STATUS_CHANGED]: 'none',
  [AuditAction.PARTICIPATION_INVITED]: 'organization',
  [AuditAction.PARTICIPATION_ACCEPTED]: 'organization',
  [AuditAction.PARTICIPATION_DECLINED]: 'organization',
  [AuditAction.PARTICIPATION_WITHDRAWN]: 'organization',
  [AuditAction.COLLABORATION_INVITATION_SENT]: 'none',
  [AuditAction.COLLABORATION_INVITATION_RESENT]: 'none',
  [AuditAction.COLLABORATION_INVITATION_WITHDRAWN]: 'none',
  [AuditAction.COLLABORATION_INVITATION_ACCEPTED]: 'organization',
  [AuditAction.GROUND_RULES_PUBLISHED]: 'none',
  [AuditAction.GROUND_RULES_ACCEPTED]: 'organization',
  [AuditAction.AREA_CREATED]: 'none',
  [AuditAction.AREA_UPDATED]: 'none',
  [AuditAction.AREA_ARCHIVED]: 'none',
  [AuditAction.AREA_RESTORED]: 'none',
  [AuditAction.OVERLAP_DECLARED]: 'none',
  [AuditAction.OVERLAP_UPDATED]: 'none',
  [AuditAction.OVERLAP_REMOVED]: 'none',
  [AuditAction.ITEM_CREATED]: 'organization',
  [AuditAction.ITEM_EDITED]: 'organization',
  [AuditAction.ITEM_FILE_UPLOADED]: 'organization',
  [AuditAction.ITEM_FILE_ATTACHED]: 'organization',
  [AuditAction.ITEM_FILE_DOWNLOADED]: 'organization',
  [AuditAction.ITEM_FILE_SWEPT]: 'organization',
  [AuditAction.FILE_VIEWED]: 'organization-and-counterpart',
  [AuditAction.FILE_DOWNLOADED]: 'organization-and-counterpart',
  [AuditAction.DISCLOSURE_REQUESTED]: 'organization',
  [AuditAction.DISCLOSURE_APPROVED]: 'organization',
  [AuditAction.DISCLOSURE_AUTO_APPROVED]: 'organization',
  [AuditAction.DISCLOSURE_CHANGES_REQUESTED]: 'organization',
  [AuditAction.DISCLOSURE_REJECTED]: 'organization',
  [AuditAction.DISCLOSURE_WITHDRAWN]: 'organization',
  [AuditAction.GRANT_CREATED]: 'organization-and-counterpart',
  [AuditAction.GRANT_READ]: 'organization-and-counterpart',
  [AuditAction.GRANT_REVOKED]: 'organization-and-counterpart',
  [AuditAction.GRANT_EXPIRED]: 'organization-and-counterpart',
  [AuditAction.GRANT_KEPT]: 'organization-and-counterpart',
  [AuditAction.PUBLICATION_PUBLISHED]: 'none',
  [AuditAction.LEDGER_SETTINGS]: 'none',
  [AuditAction.LEDGER_DECLARED]: 'organization-and-counterpart',
  [AuditAction.LEDGER_ENTRY_FROM_DISCLOSURE]: 'organization-and-counterpart',
  [AuditAction.LEDGER_CONFIRMED]: 'organization-and-counterpart',
  [AuditAction.LEDGER_DISPUTED]: 'organization-and-counterpart',
  [AuditAction.LEDGER_SETTLED]: 'organization-and-counterpart',
  [AuditAction.LEDGER_PLEDGED]: 'organization-and-counterpart',
  [AuditAction.LEDGER_PLEDGE_FULFILLED]: 'organization-and-counterpart',
  [AuditAction.LEDGER_PLEDGE_CANCELLED]: 'organization-and-counterpart',
  [AuditAction.PLAN_OBJECTIVE_CREATED]: 'none',
  [AuditAction.PLAN_INDICATOR_ADDED]: 'none',
  [AuditAction.PLAN_MILESTONE_CREATED]: 'none',
  [AuditAction.PLAN_MILESTONE_PROPOSED]: 'organization',
  [AuditAction.PLAN_MILESTONE_UPDATED]: 'none',
  [AuditAction.PLAN_TASK_CREATED]: 'organization',
  [AuditAction.PLAN_TASK_PROPOSED]: 'organization-and-counterpart',
  [AuditAction.PLAN_TASK_STATUS]: 'organization',
  [AuditAction.PLAN_PROPOSAL_ACCEPTED]: 'organization-and-counterpart',
  [AuditAction.PLAN_PROPOSAL_DECLINED]: 'organization-and-counterpart',
  [AuditAction.PLAN_RESOURCE_ADDED]: 'organization',
  [AuditAction.PLAN_PROGRESS]: 'organization',
  [AuditAction.PLAN_OBJECTIVE_UPDATED]: 'none',
  [AuditAction.PLAN_OBJECTIVE_DELETED]: 'none',
  [AuditAction.PLAN_OBJECTIVE_ARCHIVED]: 'none',
  [AuditAction.PLAN_INDICATOR_UPDATED]: 'none',
  [AuditAction.PLAN_INDICATOR_DELETED]: 'none',
  [AuditAction.PLAN_INDICATOR_ARCHIVED]: 'none',
  [AuditAction.PLAN_TASK_UPDATED]: 'organization',
  [AuditAction.PLAN_TASK_DELETED]: 'organization',
  [AuditAction.PLAN_TASK_ARCHIVED]: 'organization',
  [AuditAction.PLAN_RESOURCE_UPDATED]: 'organization',
  [AuditAction.PLAN_RESOURCE_DELETED]: 'organization',
  [AuditAction.ACTIVITY_OPTIONS_SET]: 'none',
  [AuditAction.ACTIVITY_DECLARED]: 'organization',
  [AuditAction.ACTIVITY_CUSTOMER_LIST_UPLOADED]: 'organization',
  [AuditAction.ACTIVITY_CUSTOMER_LIST_REMOVED]: 'organization',
  [AuditAction.ACTIVITY_OVERLAP_DECLARED]: 'none',
  [AuditAction.ACTIVITY_OVERLAP_DISMISSED]: 'none',
  [AuditAction.BENCHMARK_ROUND_CREATED]: 'none',
  [AuditAction.BENCHMARK_SUBMITTED]: 'organization',
  [AuditAction.BENCHMARK_ROUND_CLOSED]: 'none',
  [AuditAction.INQUIRY_ASKED]: 'organization',
  [AuditAction.INQUIRY_ANSWERED]: 'organization',
  [AuditAction.INQUIRY_PUBLISHED]: 'organization',
  [AuditAction.INQUIRY_WITHDRAWN]: 'organization',
  [AuditAction.CLOSING_EVALUATED]: 'organization',
  [AuditAction.CLOSING_FINAL_STATEMENT]: 'none',
  [AuditAction.WEBHOOK_ENDPOINT_CREATED]: 'organization',
  [AuditAction.WEBHOOK_ENDPOINT_PAUSED]: 'organization',
  [AuditAction.WEBHOOK_ENDPOINT_RESUMED]: 'organization',
  [AuditAction.WEBHOOK_ENDPOINT_DELETED]: 'organization',
  [AuditAction.WEBHOOK_DELIVERY_REPLAYED]: 'organization',
};

/**
 * The keys of an action's `payload` that only the collaboration's facilitator reads: a
 * participant reads the record's payload without them. A reciprocity warning holds recipients'
 * balances (what each gave and received), the facilitator's alone (docs/api.md, "Reciprocity"),
 * and the reason given to approve despite it speaks of them.
 */
export const AUDIT_PAYLOAD_FOR_THE_FACILITATOR: Readonly<
  Partial<Record<AuditAction, readonly string[]>>
> = {
  [AuditAction.DISCLOSURE_APPROVED]: ['reciprocityWarnings', 'reciprocityReason'],
};

/** A record's payload as a participant reads it: without its facilitator's keys. */
export function auditPayloadForParticipant(
  action: string,
  payload: Record<string, unknown>,
): Record<string, unknown> {
  const withheld = AUDIT_PAYLOAD_FOR_THE_FACILITATOR[action as AuditAction];
  if (!withheld) return payload;
  return Object.fromEntries(Object.entries(payload).filter(([key]) => !withheld.includes(key)));
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
