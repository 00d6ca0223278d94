import type { TaskEntity } from './entities/task.entity';

/**
 * The organizations a task's records concern: the responsible one for a facilitator's task; for
 * a proposal, the proposer, with the responsible one as counterpart when it is another.
 */
export function proposalParties(
  task: Pick<TaskEntity, 'responsibleOrganizationId' | 'proposedByOrganizationId'>,
): {
  organizationId: string;
  counterpartOrganizationId: string | null;
} {
  const proposer = task.proposedByOrganizationId;
  if (!proposer)
    return { organizationId: task.responsibleOrganizationId, counterpartOrganizationId: null };
  return {
    organizationId: proposer,
    counterpartOrganizationId:
      task.responsibleOrganizationId === proposer ? null : task.responsibleOrganizationId,
  };
}
