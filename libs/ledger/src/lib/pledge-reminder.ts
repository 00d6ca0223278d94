import { Injectable, Logger } from '@nestjs/common';
import { claimDue, DueNotice, dueNotice, DueNoticeSweep } from '@alianza/notification';
import { NotificationKind } from '@alianza/shared';
import { EntityManager } from 'typeorm';

/** Tells, once, the pledging organization and the facilitator when a pledge falls due unfulfilled. */
@Injectable()
export class PledgeReminder extends DueNoticeSweep {
  protected readonly logger = new Logger(PledgeReminder.name);
  protected readonly claim = 'pledge-reminder';

  protected async collect(manager: EntityManager): Promise<DueNotice[]> {
    const pledges = await claimDue<{
      id: string;
      collaboration_id: string;
      pledger_organization_id: string;
      description: string;
    }>(
      manager,
      'pledges',
      `status = 'open' AND due_on < current_date`,
      'id, collaboration_id, pledger_organization_id, description',
    );
    return pledges.map((pledge) =>
      dueNotice(
        'Pledge due',
        {
          collaborationId: pledge.collaboration_id,
          kind: NotificationKind.LEDGER_PLEDGE_OVERDUE,
          subject: pledge.description,
          payload: { pledgeId: pledge.id },
        },
        [pledge.pledger_organization_id],
      ),
    );
  }
}
