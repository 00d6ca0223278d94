import { Injectable, Logger } from '@nestjs/common';
import { claimDue, DueNotice, dueNotice, DueNoticeSweep } from '@alianza/notification';
import { NotificationKind } from '@alianza/shared';
import { EntityManager } from 'typeorm';

/** Tells, once, the responsible organization and the facilitator when a task or milestone is overdue. */
@Injectable()
export class OverdueReminder extends DueNoticeSweep {
  protected readonly logger = new Logger(OverdueReminder.name);
  protected readonly claim = 'overdue-reminder';

  protected async collect(manager: EntityManager): Promise<DueNotice[]> {
    const tasks = await claimDue<{
      id: string;
      collaboration_id: string;
      responsible_organization_id: string;
      title: string;
    }>(
      manager,
      'plan_tasks',
      `proposal_status = 'accepted' AND status <> 'done' AND archived_at IS NULL AND due_date < current_date`,
      'id, collaboration_id, responsible_organization_id, title',
    );
    const milestones = await claimDue<{ id: string; collaboration_id: string; title: string }>(
      manager,
      'plan_milestones',
      `proposal_status = 'accepted' AND status NOT IN ('done', 'cancelled') AND due_date < current_date`,
      'id, collaboration_id, title',
    );
    return [
      ...tasks.map((task) =>
        dueNotice(
          'Task overdue',
          {
            collaborationId: task.collaboration_id,
            kind: NotificationKind.PLAN_OVERDUE,
            subject: task.title,
            payload: { taskId: task.id },
          },
          [task.responsible_organization_id],
        ),
      ),
      // A milestone has no responsible organization: the facilitators alone hear of it.
      ...milestones.map((milestone) =>
        dueNotice(
          'Milestone overdue',
          {
            collaborationId: milestone.collaboration_id,
            kind: NotificationKind.PLAN_OVERDUE,
            subject: milestone.title,
            payload: { milestoneId: milestone.id },
          },
          [],
        ),
      ),
    ];
  }
}
