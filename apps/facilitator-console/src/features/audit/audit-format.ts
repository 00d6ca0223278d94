/** Every action the API records, by domain (the filter offers them; others still show). */
export const AUDIT_ACTIONS = [
  'collaboration.created',
  'collaboration.status_changed',
  'participation.invited',
  'participation.accepted',
  'participation.declined',
  'participation.withdrawn',
  'ground_rules.published',
  'ground_rules.accepted',
  'area.created',
  'area.updated',
  'overlap.declared',
  'overlap.updated',
  'overlap.removed',
  'item.created',
  'item.edited',
  'disclosure.requested',
  'disclosure.approved',
  'disclosure.auto_approved',
  'disclosure.changes_requested',
  'disclosure.rejected',
  'disclosure.withdrawn',
  'grant.created',
  'grant.read',
  'grant.revoked',
  'grant.expired',
  'grant.kept',
  'publication.published',
  'ledger.settings',
  'ledger.declared',
  'ledger.entry_from_disclosure',
  'ledger.confirmed',
  'ledger.disputed',
  'ledger.settled',
  'ledger.pledged',
  'ledger.pledge_fulfilled',
  'ledger.pledge_cancelled',
  'plan.objective_created',
  'plan.indicator_added',
  'plan.milestone_created',
  'plan.milestone_proposed',
  'plan.milestone_updated',
  'plan.task_created',
  'plan.task_proposed',
  'plan.task_status',
  'plan.proposal_accepted',
  'plan.proposal_declined',
  'plan.resource_added',
  'plan.progress',
  'closing.evaluated',
  'closing.final_statement',
] as const;

/** The options of the action filter: the known actions plus any other seen in the records. */
export function actionOptions(seen: readonly string[]): string[] {
  const known = new Set<string>(AUDIT_ACTIONS);
  return [...AUDIT_ACTIONS, ...[...new Set(seen)].filter((a) => !known.has(a)).sort()];
}

/** A record's JSON payload, indented for reading; the raw text if it is not JSON. */
export function prettyPayload(payload: string): string {
  try {
    return JSON.stringify(JSON.parse(payload), null, 2);
  } catch {
    return payload;
  }
}

/** The first block of a UUID, enough to tell records apart on screen. */
export function shortId(id: string): string {
  return id.split('-')[0] ?? id;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function isUuid(value: string): boolean {
  return UUID.test(value.trim());
}
