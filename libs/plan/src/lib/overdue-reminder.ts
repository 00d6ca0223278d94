import { Inject, Injectable, Logger } from '@nestjs/common';
import { APP_CONFIG, AppConfig } from '@alianza/api-core';
import { Db } from '@alianza/db';
import { claimDue, DueNotice, DueNoticeSweep, NotificationService } from '@alianza/notification';
import { NotificationKind } from '@alianza/shared';
import { EntityManager } from 'typeorm';

/** Tells, once, the responsible organization and the facilitator when a task or milestone is overdue. */
@Injectable()
export class OverdueReminder extends DueNoticeSweep {
  protected readonly logger = new Logger(OverdueReminder.name);
  protected readonly claim = 'overdue-reminder';

  constructor(db: Db, notifications: NotificationService, @Inject(APP_CONFIG) config: AppConfig) {
    super(db, notifications, config.expirySweepMs);
  }

  protected async collect(manager: EntityManager): Promise<DueNotice[]> {
    const tasks = await claimDue<{
      id: string;
      collaboration_id: string;
      responsible_organization_id: string;
      title: string;
    }>(
      manager,
      'plan_tasks',
      `proposal_status = 'accepted' AND status <> 'done' AND due_date < current_date`,
      'id, collaboration_id, responsible_organization_id, title',
    );
    const milestones = await claimDue<{ id: string; collaboration_id: string; title: string }>(
      manager,
      'plan_milestones',
      `proposal_status = 'accepted' AND status NOT IN ('done', 'cancelled') AND due_date < current_date`,
      'id, collaboration_id, title',
    );
    return [
      ...tasks.map((task) => ({
        organizationIds: [task.responsible_organization_id],
        notice: {
          collaborationId: task.collaboration_id,
          kind: NotificationKind.PLAN_OVERDUE,
          title: `Task overdue: "${task.title}"`,
          subject: task.title,
          payload: { taskId: task.id },
        },
      })),
      // A milestone has no responsible organization: the facilitators alone hear of it.
      ...milestones.map((milestone) => ({
        organizationIds: [],
        notice: {
          collaborationId: milestone.collaboration_id,
          kind: NotificationKind.PLAN_OVERDUE,
          title: `Milestone overdue: "${milestone.title}"`,
          subject: milestone.title,
          payload: { milestoneId: milestone.id },
        },
      })),
    ];
  }
}
