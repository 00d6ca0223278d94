import { Injectable } from '@nestjs/common';
import { Actor, canOn, memberOrganizationsOf, requireViewer } from '@alianza/authz';
import { Db } from '@alianza/db';
import { Action, AppError, Subject } from '@alianza/shared';
import { IndicatorEntity } from './entities/indicator.entity';
import { MilestoneEntity } from './entities/milestone.entity';
import { ProgressUpdateEntity } from './entities/progress-update.entity';
import { TaskEntity } from './entities/task.entity';
import { PlanWrites } from './plan-writes.service';

export interface ProgressInput {
  milestoneId: string;
  taskId?: string;
  text: string;
  indicatorValues?: { indicatorId: string; value: number }[];
  evidenceGrantId?: string;
}

/** Reports of progress on a milestone or task, with indicator values and evidence. */
@Injectable()
export class ProgressService {
  constructor(
    private readonly db: Db,
    private readonly writes: PlanWrites,
  ) {}

  async postProgress(actor: Actor, input: ProgressInput): Promise<ProgressUpdateEntity> {
    const viewer = requireViewer(actor);
    const milestone = await this.writes.milestone(actor, input.milestoneId);
    const collaborationId = milestone.collaborationId;
    const organizationId = await this.reportingOrganization(actor, milestone, input.taskId);
    await this.writes.holdOpen(actor, collaborationId);
    if (input.taskId) {
      const task = await this.db
        .repo(TaskEntity)
        .findOne({ where: { id: input.taskId, milestoneId: milestone.id } });
      if (!task) throw AppError.notFound('Task of this milestone');
    }
    const values = input.indicatorValues ?? [];
    if (values.length > 0) {
      const known = await this.db
        .repo(IndicatorEntity)
        .count({ where: values.map((v) => ({ id: v.indicatorId, collaborationId })) });
      if (known !== new Set(values.map((v) => v.indicatorId)).size) {
        throw AppError.badInput('Indicator values must name indicators of this plan.', {
          field: 'indicatorValues',
        });
      }
    }
    if (input.evidenceGrantId) {
      const [grant] = await this.db.manager.query(
        `SELECT 1 FROM grants WHERE id = $1 AND collaboration_id = $2 AND grant_is_live(revoked_at, valid_until)
           AND ($3::uuid IS NULL OR recipient_organization_id = $3 OR owner_organization_id = $3)`,
        [input.evidenceGrantId, collaborationId, organizationId],
      );
      if (!grant)
        throw AppError.badInput(
          'The evidence must be a valid grant your organization holds or gave.',
          { field: 'evidenceGrantId' },
        );
    }
    const repo = this.db.repo(ProgressUpdateEntity);
    const update = await repo.save(
      repo.create({
        collaborationId,
        milestoneId: milestone.id,
        taskId: input.taskId ?? null,
        text: input.text,
        indicatorValues: values,
        evidenceGrantId: input.evidenceGrantId ?? null,
        authorUserId: viewer.userId,
        organizationId,
      }),
    );
    await this.writes.record(actor, collaborationId, {
      action: 'plan.progress',
      subjectType: 'ProgressUpdate',
      subjectId: update.id,
      payload: { milestoneId: milestone.id, taskId: update.taskId, indicatorValues: values },
      organizationId,
    });
    return update;
  }

  /**
   * On whose behalf the actor reports: null for the facilitator; for a participant, its
   * organization responsible for an accepted task of the milestone (that task, if named).
   * FORBIDDEN for anyone else.
   */
  private async reportingOrganization(
    actor: Actor,
    milestone: MilestoneEntity,
    taskId: string | undefined,
  ): Promise<string | null> {
    const collaborationId = milestone.collaborationId;
    if (
      canOn(actor, Action.Create, Subject.ProgressUpdate, { collaborationId, organizationId: null })
    )
      return null;
    const responsible: { responsible_organization_id: string }[] = await this.db.manager.query(
      `SELECT DISTINCT responsible_organization_id FROM plan_tasks
        WHERE milestone_id = $1 AND proposal_status = 'accepted' AND ($2::uuid IS NULL OR id = $2)
          AND responsible_organization_id = ANY($3)`,
      [milestone.id, taskId ?? null, memberOrganizationsOf(actor)],
    );
    const organizationId = responsible[0]?.responsible_organization_id ?? null;
    if (
      !organizationId ||
      !canOn(actor, Action.Create, Subject.ProgressUpdate, { collaborationId, organizationId })
    ) {
      throw AppError.forbidden(
        'Progress is reported by the facilitator or by the organization responsible for the task.',
      );
    }
    return organizationId;
  }
}
