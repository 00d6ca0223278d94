import { Injectable } from '@nestjs/common';
import { Actor, requireViewer } from '@alianza/authz';
import { Db } from '@alianza/db';
import { NotificationService } from '@alianza/notification';
import {
  Action,
  AppError,
  NotificationKind,
  ProposalStatus,
  RemovalOutcome,
  Subject,
  TaskStatus,
} from '@alianza/shared';
import { TaskEntity } from './entities/task.entity';
import { proposalParties } from './task-parties';
import { PlanWrites } from './plan-writes.service';
import { authorship } from './proposal.service';

export interface TaskInput {
  title: string;
  description?: string;
  responsibleOrganizationId: string;
  responsibleUserId?: string | null;
  dueDate?: string | null;
}

/** What the facilitator changes of a task; null clears the person or the due date. */
export interface TaskChanges {
  title?: string;
  description?: string;
  responsibleOrganizationId?: string;
  responsibleUserId?: string | null;
  dueDate?: string | null;
}

/** Who does what at a milestone: tasks, their responsible organization, and their status. */
@Injectable()
export class TaskService {
  constructor(
    private readonly db: Db,
    private readonly writes: PlanWrites,
    private readonly notifications: NotificationService,
  ) {}

  /** The facilitator adds a task (and tells the responsible organization); a participant proposes one. */
  async createTask(actor: Actor, milestoneId: string, input: TaskInput): Promise<TaskEntity> {
    const viewer = requireViewer(actor);
    const milestone = await this.writes.milestone(actor, milestoneId);
    const collaborationId = milestone.collaborationId;
    const by = authorship(actor, Subject.Task, collaborationId);
    await this.writes.holdOpen(actor, collaborationId);
    await this.checkResponsible(collaborationId, input);
    const repo = this.db.repo(TaskEntity);
    const task = await repo.save(
      repo.create({
        collaborationId,
        milestoneId,
        title: input.title,
        description: input.description ?? '',
        responsibleOrganizationId: input.responsibleOrganizationId,
        responsibleUserId: input.responsibleUserId ?? null,
        dueDate: input.dueDate ?? null,
        status: TaskStatus.TODO,
        blockedReason: null,
        proposalStatus: by.proposalStatus,
        proposedByOrganizationId: by.proposedByOrganizationId,
        createdBy: viewer.userId,
      }),
    );
    await this.writes.record(actor, collaborationId, {
      action: by.byFacilitator ? 'plan.task_created' : 'plan.task_proposed',
      subjectType: 'Task',
      subjectId: task.id,
      payload: { title: task.title, responsibleOrganizationId: task.responsibleOrganizationId },
      // A proposal is its proposer's, and concerns the organization it would fall to too.
      ...proposalParties(task),
    });
    if (by.byFacilitator) {
      await this.notifications.notifyOrganizations([task.responsibleOrganizationId], {
        collaborationId,
        kind: NotificationKind.PLAN_TASK_ASSIGNED,
        title: `New task for your organization: "${task.title}"`,
        subject: task.title,
        payload: { taskId: task.id, milestoneId },
      });
    } else {
      await this.notifications.notifyFacilitators({
        collaborationId,
        kind: NotificationKind.PLAN_PROPOSAL,
        title: `Task proposed: "${task.title}"`,
        subject: task.title,
        payload: { taskId: task.id, milestoneId },
      });
    }
    return task;
  }

  /** The responsible organization (or the facilitator) moves its task along. */
  async setTaskStatus(
    actor: Actor,
    id: string,
    status: TaskStatus,
    blockedReason?: string,
  ): Promise<TaskEntity> {
    const task = await this.writes.lockForChange(
      TaskEntity,
      Subject.Task,
      'Task',
      actor,
      Action.Update,
      id,
    );
    if (task.proposalStatus !== ProposalStatus.ACCEPTED)
      throw AppError.conflict('Only accepted tasks are worked on.');
    if (status === TaskStatus.BLOCKED && !blockedReason) {
      throw AppError.badInput('Say why the task is blocked.', { field: 'blockedReason' });
    }
    const from = task.status;
    task.status = status;
    task.blockedReason = status === TaskStatus.BLOCKED ? (blockedReason ?? null) : null;
    const saved = await this.db.repo(TaskEntity).save(task);
    await this.writes.record(actor, task.collaborationId, {
      action: 'plan.task_status',
      subjectType: 'Task',
      subjectId: id,
      payload: { from, to: status, blockedReason: task.blockedReason },
      organizationId: task.responsibleOrganizationId,
    });
    return saved;
  }

  /**
   * The facilitator changes what a task says (ADR 0040). A new responsible organization is told,
   * as when a task is added; without a person named, the task is the organization's as a whole.
   */
  async updateTask(actor: Actor, id: string, changes: TaskChanges): Promise<TaskEntity> {
    const task = await this.writes.lockCurrent(
      TaskEntity,
      Subject.Task,
      'Task',
      actor,
      Action.Edit,
      id,
    );
    const previousOrganizationId = task.responsibleOrganizationId;
    const reassigned =
      changes.responsibleOrganizationId !== undefined &&
      changes.responsibleOrganizationId !== previousOrganizationId;
    if (changes.title !== undefined) task.title = changes.title;
    if (changes.description !== undefined) task.description = changes.description;
    if (changes.responsibleOrganizationId !== undefined)
      task.responsibleOrganizationId = changes.responsibleOrganizationId;
    if (changes.responsibleUserId !== undefined) task.responsibleUserId = changes.responsibleUserId;
    else if (reassigned) task.responsibleUserId = null;
    if (changes.dueDate !== undefined && changes.dueDate !== task.dueDate) {
      task.dueDate = changes.dueDate;
      task.overdueNotifiedAt = null; // a new due date earns its own reminder
    }
    if (reassigned || changes.responsibleUserId)
      await this.checkResponsible(task.collaborationId, task);
    const saved = await this.db.repo(TaskEntity).save(task);
    await this.writes.record(actor, task.collaborationId, {
      action: 'plan.task_updated',
      subjectType: 'Task',
      subjectId: id,
      payload: { ...changes, ...(reassigned ? { previousOrganizationId } : {}) },
      organizationId: task.responsibleOrganizationId,
    });
    if (reassigned && task.proposalStatus === ProposalStatus.ACCEPTED) {
      await this.notifications.notifyOrganizations([task.responsibleOrganizationId], {
        collaborationId: task.collaborationId,
        kind: NotificationKind.PLAN_TASK_ASSIGNED,
        title: `New task for your organization: "${task.title}"`,
        subject: task.title,
        payload: { taskId: task.id, milestoneId: task.milestoneId },
      });
    }
    return saved;
  }

  /**
   * The facilitator removes a task: deleted, or archived when progress reports or ledger entries
   * name it (they keep naming it; ADR 0040).
   */
  async removeTask(actor: Actor, id: string): Promise<RemovalOutcome> {
    const task = await this.writes.lockCurrent(
      TaskEntity,
      Subject.Task,
      'Task',
      actor,
      Action.Delete,
      id,
    );
    const [{ named }]: { named: boolean }[] = await this.db.manager.query(
      `SELECT EXISTS (SELECT 1 FROM plan_progress_updates WHERE task_id = $1)
           OR EXISTS (SELECT 1 FROM ledger_entries WHERE task_id = $1) AS named`,
      [id],
    );
    const outcome = await this.writes.removeOrArchive(TaskEntity, id, named);
    await this.writes.record(actor, task.collaborationId, {
      action: outcome === RemovalOutcome.ARCHIVED ? 'plan.task_archived' : 'plan.task_deleted',
      subjectType: 'Task',
      subjectId: id,
      payload: { title: task.title },
      organizationId: task.responsibleOrganizationId,
    });
    return outcome;
  }

  /** The responsible organization takes part in the collaboration; the person, if named, belongs to it. */
  private async checkResponsible(
    collaborationId: string,
    input: Pick<TaskInput, 'responsibleOrganizationId' | 'responsibleUserId'>,
  ): Promise<void> {
    const [responsible] = await this.db.manager.query(
      `SELECT p.id FROM participations p JOIN collaborations c ON c.id = p.collaboration_id
        WHERE p.collaboration_id = $1 AND p.organization_id = $2 AND p.status = 'accepted'`,
      [collaborationId, input.responsibleOrganizationId],
    );
    if (!responsible) {
      throw AppError.badInput('The responsible organization must take part in the collaboration.', {
        field: 'responsibleOrganizationId',
      });
    }
    if (input.responsibleUserId) {
      const [member] = await this.db.manager.query(
        `SELECT 1 FROM organization_memberships WHERE organization_id = $1 AND user_id = $2`,
        [input.responsibleOrganizationId, input.responsibleUserId],
      );
      if (!member)
        throw AppError.badInput(
          'The responsible person must belong to the responsible organization.',
          { field: 'responsibleUserId' },
        );
    }
  }
}
