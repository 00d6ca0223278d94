import { Injectable } from '@nestjs/common';
import { actingOrganization, Actor, canOn } from '@alianza/authz';
import { Db } from '@alianza/db';
import { Action, AppError, ErrorReason, ProposalStatus, Subject } from '@alianza/shared';
import { MilestoneEntity } from './entities/milestone.entity';
import { TaskEntity } from './entities/task.entity';
import { PlanWrites } from './plan-writes.service';
import { proposalParties } from './task-parties';

/** How a new milestone or task enters the plan: added by the facilitator, or proposed. */
export interface Authorship {
  byFacilitator: boolean;
  proposalStatus: ProposalStatus;
  /** The organization on whose behalf a participant proposes (null: the facilitator's own). */
  proposedByOrganizationId: string | null;
}

/**
 * The facilitator adds a milestone or task, accepted at once; an active participant proposes one
 * on behalf of its organization active in the collaboration; anyone else is refused.
 */
export function authorship(
  actor: Actor,
  subject: Subject.Milestone | Subject.Task,
  collaborationId: string,
): Authorship {
  if (canOn(actor, Action.Create, subject, { collaborationId })) {
    return {
      byFacilitator: true,
      proposalStatus: ProposalStatus.ACCEPTED,
      proposedByOrganizationId: null,
    };
  }
  const organizationId = actingOrganization(actor, collaborationId);
  if (!organizationId || !canOn(actor, Action.Propose, subject, { collaborationId })) {
    throw AppError.forbidden(
      'Only the facilitator and active participants plan this collaboration.',
    );
  }
  return {
    byFacilitator: false,
    proposalStatus: ProposalStatus.PROPOSED,
    proposedByOrganizationId: organizationId,
  };
}

/** The facilitator accepts or declines a participant's proposal (milestone or task). */
@Injectable()
export class ProposalService {
  constructor(
    private readonly db: Db,
    private readonly writes: PlanWrites,
  ) {}

  decideMilestone(actor: Actor, id: string, accept: boolean): Promise<MilestoneEntity> {
    return this.decide(actor, MilestoneEntity, Subject.Milestone, 'Milestone', id, accept, (m) => ({
      organizationId: m.proposedByOrganizationId,
      counterpartOrganizationId: null,
    }));
  }

  decideTask(actor: Actor, id: string, accept: boolean): Promise<TaskEntity> {
    return this.decide(actor, TaskEntity, Subject.Task, 'Task', id, accept, proposalParties);
  }

  private async decide<T extends MilestoneEntity | TaskEntity>(
    actor: Actor,
    entity: new () => T,
    subject: Subject,
    label: 'Milestone' | 'Task',
    id: string,
    accept: boolean,
    concerns: (row: T) => {
      organizationId: string | null;
      counterpartOrganizationId: string | null;
    },
  ): Promise<T> {
    // Like every write of the plan: not once the collaboration is closed.
    const row = await this.writes.lockForChange(entity, subject, label, actor, Action.Decide, id);
    if (row.proposalStatus !== ProposalStatus.PROPOSED) {
      throw AppError.conflict(`This ${label.toLowerCase()} is not a pending proposal.`).because(
        ErrorReason.PROPOSAL_NOT_PENDING,
      );
    }
    row.proposalStatus = accept ? ProposalStatus.ACCEPTED : ProposalStatus.DECLINED;
    const saved = await this.db.repo(entity).save(row);
    await this.writes.record(actor, row.collaborationId, {
      action: accept ? 'plan.proposal_accepted' : 'plan.proposal_declined',
      subjectType: label,
      subjectId: id,
      payload: {},
      ...concerns(row),
    });
    return saved;
  }
}
