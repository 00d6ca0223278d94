import { NotificationKind } from '@alianza/shared';
import { Inject, Injectable, Logger } from '@nestjs/common';
import { APP_CONFIG, AppConfig, PeriodicSweep } from '@alianza/api-core';
import { Claims, Db } from '@alianza/db';
import { NotificationService } from '@alianza/notification';

/** Tells, once, the pledging organization and the facilitator when a pledge falls due unfulfilled. */
@Injectable()
export class PledgeReminder extends PeriodicSweep {
  protected readonly logger = new Logger(PledgeReminder.name);

  constructor(
    private readonly db: Db,
    private readonly notifications: NotificationService,
    @Inject(APP_CONFIG) config: AppConfig,
  ) {
    super(config.expirySweepMs);
  }

  async sweep(): Promise<number> {
    return this.db.runAs(Claims.system('pledge-reminder'), () =>
      this.db.transaction(async (manager) => {
        const due: {
          id: string;
          collaboration_id: string;
          pledger_organization_id: string;
          description: string;
        }[] = (
          await manager.query(
            `UPDATE pledges SET overdue_notified_at = now()
            WHERE id IN (SELECT id FROM pledges
                          WHERE status = 'open' AND due_on < current_date AND overdue_notified_at IS NULL
                          LIMIT 500 FOR UPDATE SKIP LOCKED)
          RETURNING id, collaboration_id, pledger_organization_id, description`,
          )
        )[0];
        for (const pledge of due) {
          const notice = {
            collaborationId: pledge.collaboration_id,
            kind: NotificationKind.LEDGER_PLEDGE_OVERDUE,
            title: `Pledge due: "${pledge.description}"`,
            subject: pledge.description,
            payload: { pledgeId: pledge.id },
          };
          await this.notifications.notifyOrganizations([pledge.pledger_organization_id], notice);
          await this.notifications.notifyFacilitators(notice);
        }
        return due.length;
      }),
    );
  }
}
