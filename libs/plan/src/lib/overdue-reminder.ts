import { NotificationKind } from '@alianza/shared';
import { Inject, Injectable, Logger } from '@nestjs/common';
import { APP_CONFIG, AppConfig, PeriodicSweep } from '@alianza/api-core';
import { Claims, Db } from '@alianza/db';
import { NotificationService } from '@alianza/notification';

/** Tells, once, the responsible organization and the facilitator when a task or milestone is overdue. */
@Injectable()
export class OverdueReminder extends PeriodicSweep {
  protected readonly logger = new Logger(OverdueReminder.name);

  constructor(
    private readonly db: Db,
    private readonly notifications: NotificationService,
    @Inject(APP_CONFIG) config: AppConfig,
  ) {
    super(config.expirySweepMs);
  }

  async sweep(): Promise<number> {
    return this.db.runAs(Claims.system('overdue-reminder'), () =>
      this.db.transaction(async (manager) => {
        const tasks: {
          id: string;
          collaboration_id: string;
          responsible_organization_id: string;
          title: string;
        }[] = (
          await manager.query(
            `UPDATE plan_tasks SET overdue_notified_at = now()
            WHERE id IN (SELECT id FROM plan_tasks
                          WHERE proposal_status = 'accepted' AND status <> 'done' AND due_date < current_date
                            AND overdue_notified_at IS NULL
                          LIMIT 500 FOR UPDATE SKIP LOCKED)
          RETURNING id, collaboration_id, responsible_organization_id, title`,
          )
        )[0];
        const milestones: { id: string; collaboration_id: string; title: string }[] = (
          await manager.query(
            `UPDATE plan_milestones SET overdue_notified_at = now()
            WHERE id IN (SELECT id FROM plan_milestones
                          WHERE proposal_status = 'accepted' AND status NOT IN ('done', 'cancelled')
                            AND due_date < current_date AND overdue_notified_at IS NULL
                          LIMIT 500 FOR UPDATE SKIP LOCKED)
          RETURNING id, collaboration_id, title`,
          )
        )[0];
        for (const task of tasks) {
          const notice = {
            collaborationId: task.collaboration_id,
            kind: NotificationKind.PLAN_OVERDUE,
            title: `Task overdue: "${task.title}"`,
            subject: task.title,
            payload: { taskId: task.id },
          };
          await this.notifications.notifyOrganizations([task.responsible_organization_id], notice);
          await this.notifications.notifyFacilitators(notice);
        }
        for (const milestone of milestones) {
          await this.notifications.notifyFacilitators({
            collaborationId: milestone.collaboration_id,
            kind: NotificationKind.PLAN_OVERDUE,
            title: `Milestone overdue: "${milestone.title}"`,
            subject: milestone.title,
            payload: { milestoneId: milestone.id },
          });
        }
        return tasks.length + milestones.length;
      }),
    );
  }
}
