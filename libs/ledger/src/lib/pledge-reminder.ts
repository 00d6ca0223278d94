import { Inject, Injectable, Logger } from '@nestjs/common';
import { APP_CONFIG, AppConfig } from '@alianza/api-core';
import { Db } from '@alianza/db';
import { claimDue, DueNotice, DueNoticeSweep, NotificationService } from '@alianza/notification';
import { NotificationKind } from '@alianza/shared';
import { EntityManager } from 'typeorm';

/** Tells, once, the pledging organization and the facilitator when a pledge falls due unfulfilled. */
@Injectable()
export class PledgeReminder extends DueNoticeSweep {
  protected readonly logger = new Logger(PledgeReminder.name);
  protected readonly claim = 'pledge-reminder';

  constructor(db: Db, notifications: NotificationService, @Inject(APP_CONFIG) config: AppConfig) {
    super(db, notifications, config.expirySweepMs);
  }

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
    return pledges.map((pledge) => ({
      organizationIds: [pledge.pledger_organization_id],
      notice: {
        collaborationId: pledge.collaboration_id,
        kind: NotificationKind.LEDGER_PLEDGE_OVERDUE,
        title: `Pledge due: "${pledge.description}"`,
        subject: pledge.description,
        payload: { pledgeId: pledge.id },
      },
    }));
  }
}
