import { Injectable } from '@nestjs/common';
import { Actor, requireViewer } from '@alianza/authz';
import { Db } from '@alianza/db';
import { NotificationService } from '@alianza/notification';
import { Action, AppError, MilestoneStatus, NotificationKind, Subject } from '@alianza/shared';
import { MilestoneEntity } from './entities/milestone.entity';
import { PlanWrites } from './plan-writes.service';
import { authorship } from './proposal.service';

export interface MilestoneInput {
  title: string;
  description?: string;
  startDate?: string | null;
  dueDate?: string | null;
  position?: number;
  status?: MilestoneStatus;
}

const CHANGEABLE = ['title', 'description', 'startDate', 'dueDate', 'position', 'status'] as const;

/** The plan's milestones: the facilitator adds and changes them; participants propose them. */
@Injectable()
export class MilestoneService {
  constructor(
    private readonly db: Db,
    private readonly writes: PlanWrites,
    private readonly notifications: NotificationService,
  ) {}

  /** The facilitator adds a milestone; an active participant proposes one. */
  async createMilestone(
    actor: Actor,
    collaborationId: string,
    input: MilestoneInput,
  ): Promise<MilestoneEntity> {
    const viewer = requireViewer(actor);
    const by = authorship(actor, Subject.Milestone, collaborationId);
    await this.writes.holdOpen(actor, collaborationId);
    checkDates(input.startDate, input.dueDate);
    const repo = this.db.repo(MilestoneEntity);
    const position = input.position ?? (await repo.count({ where: { collaborationId } })) + 1;
    const milestone = await repo.save(
      repo.create({
        collaborationId,
        title: input.title,
        description: input.description ?? '',
        startDate: input.startDate ?? null,
        dueDate: input.dueDate ?? null,
        position,
        status: input.status ?? MilestoneStatus.PLANNED,
        proposalStatus: by.proposalStatus,
        proposedByOrganizationId: by.proposedByOrganizationId,
        createdBy: viewer.userId,
      }),
    );
    await this.writes.record(actor, collaborationId, {
      action: by.byFacilitator ? 'plan.milestone_created' : 'plan.milestone_proposed',
      subjectType: 'Milestone',
      subjectId: milestone.id,
      payload: { title: milestone.title },
      organizationId: by.proposedByOrganizationId,
    });
    if (!by.byFacilitator) {
      await this.notifications.notifyFacilitators({
        collaborationId,
        kind: NotificationKind.PLAN_PROPOSAL,
        title: `Milestone proposed: "${milestone.title}"`,
        subject: milestone.title,
        payload: { milestoneId: milestone.id },
      });
    }
    return milestone;
  }

  async updateMilestone(
    actor: Actor,
    id: string,
    input: Partial<MilestoneInput>,
  ): Promise<MilestoneEntity> {
    const milestone = await this.writes.lockForChange(
      MilestoneEntity,
      Subject.Milestone,
      'Milestone',
      actor,
      Action.Update,
      id,
    );
    for (const key of CHANGEABLE) {
      if (input[key] !== undefined)
        (milestone as unknown as Record<string, unknown>)[key] = input[key];
    }
    checkDates(milestone.startDate, milestone.dueDate);
    const saved = await this.db.repo(MilestoneEntity).save(milestone);
    await this.writes.record(actor, milestone.collaborationId, {
      action: 'plan.milestone_updated',
      subjectType: 'Milestone',
      subjectId: id,
      payload: { ...input },
    });
    return saved;
  }
}

function checkDates(start: string | null | undefined, due: string | null | undefined): void {
  if (start && due && due < start)
    throw AppError.badInput('The due date cannot be before the start date.', { field: 'dueDate' });
}
