import { Injectable } from '@nestjs/common';
import { Actor, applyAbility, findAllowed } from '@alianza/authz';
import { Db } from '@alianza/db';
import { Action, AppError, MilestoneStatus, ProposalStatus, Subject } from '@alianza/shared';
import { SelectQueryBuilder } from 'typeorm';
import { MilestoneEntity } from './entities/milestone.entity';
import { TaskEntity } from './entities/task.entity';

/** Whose tasks a calendar shows: a user's own, and their organizations'. */
export interface TaskAssignees {
  userId: string;
  organizationIds: readonly string[];
}

/**
 * The dated milestones and tasks of the plan, for calendars (libs/calendar): only what is in
 * the plan (accepted, not a pending or declined proposal; neither cancelled nor under a
 * cancelled milestone), each read filtered in its SQL by the actor's ability. Read-only.
 */
@Injectable()
export class PlanCalendarService {
  constructor(private readonly db: Db) {}

  /** Every dated milestone the actor reads (in the collaborations it takes part in or facilitates). */
  datedMilestones(actor: Actor): Promise<MilestoneEntity[]> {
    const qb = this.inPlan(this.db.repo(MilestoneEntity).createQueryBuilder('m'), 'm')
      .andWhere('(m.start_date IS NOT NULL OR m.due_date IS NOT NULL)')
      .orderBy('m.collaboration_id', 'ASC')
      .addOrderBy('m.position', 'ASC');
    return applyAbility(qb, actor.ability, Action.Read, Subject.Milestone).getMany();
  }

  /** The dated tasks the actor reads that are assigned to the user or to one of the organizations, with their milestone. */
  datedTasksOf(actor: Actor, assignees: TaskAssignees): Promise<TaskEntity[]> {
    const qb = this.inPlan(
      this.db
        .repo(TaskEntity)
        .createQueryBuilder('t')
        .innerJoinAndMapOne(
          't.milestone',
          MilestoneEntity,
          'm',
          'm.id = t.milestone_id AND m.collaboration_id = t.collaboration_id',
        )
        .where('t.proposal_status = :accepted', { accepted: ProposalStatus.ACCEPTED }),
      'm',
    )
      .andWhere('t.due_date IS NOT NULL')
      // A removed task kept for its history (archived, ADR 0040) is out of the plan.
      .andWhere('t.archived_at IS NULL')
      .andWhere('(t.responsible_user_id = :userId OR t.responsible_organization_id = ANY(:orgs))', {
        userId: assignees.userId,
        orgs: [...assignees.organizationIds],
      })
      .orderBy('t.due_date', 'ASC')
      .addOrderBy('t.created_at', 'ASC');
    return applyAbility(qb, actor.ability, Action.Read, Subject.Task).getMany();
  }

  /** One milestone as the actor may read it (NOT_FOUND otherwise). */
  milestone(actor: Actor, id: string): Promise<MilestoneEntity> {
    return findAllowed(
      this.db.manager,
      MilestoneEntity,
      Subject.Milestone,
      actor,
      Action.Read,
      id,
      {
        label: 'Milestone',
      },
    );
  }

  /** One task as the actor may read it, with its milestone (NOT_FOUND otherwise). */
  async task(actor: Actor, id: string): Promise<TaskEntity> {
    const task = await findAllowed(
      this.db.manager,
      TaskEntity,
      Subject.Task,
      actor,
      Action.Read,
      id,
      {
        label: 'Task',
      },
    );
    if (task.archivedAt) throw AppError.notFound('Task');
    task.milestone = await this.milestone(actor, task.milestoneId);
    return task;
  }

  /** Milestones (aliased `alias`) that are in the plan: accepted and not cancelled. */
  private inPlan<T extends object>(
    qb: SelectQueryBuilder<T>,
    alias: string,
  ): SelectQueryBuilder<T> {
    return qb
      .andWhere(`${alias}.proposal_status = :milestoneAccepted`, {
        milestoneAccepted: ProposalStatus.ACCEPTED,
      })
      .andWhere(`${alias}.status <> :cancelled`, { cancelled: MilestoneStatus.CANCELLED });
  }
}
