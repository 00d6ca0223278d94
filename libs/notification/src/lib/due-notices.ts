import { Inject, Injectable } from '@nestjs/common';
import { Claims, Db, SystemJob } from '@alianza/db';
import { APP_CONFIG, AppConfig, PeriodicSweep } from '@alianza/api-core';
import { EntityManager } from 'typeorm';
import { NotificationInput, NotificationService } from './notification.service';

/** One notice of something that fell due, and the organizations told besides the facilitators. */
export interface DueNotice {
  notice: NotificationInput;
  organizationIds: string[];
}

/**
 * The notice that `subject` fell due (`label`: "Pledge due", "Task overdue"), told to
 * `organizationIds` besides the facilitators: the subject is data, the English title is made of it.
 */
export function dueNotice(
  label: string,
  notice: Omit<NotificationInput, 'title'> & { subject: string },
  organizationIds: string[],
): DueNotice {
  return { organizationIds, notice: { ...notice, title: `${label}: "${notice.subject}"` } };
}

/** At most this many rows of one table are claimed per sweep (the next sweep takes the rest). */
const BATCH = 500;

/**
 * Marks as notified the rows of `table` that match `due` and were not notified yet, and returns
 * them (`returning` columns). Rows another sweep holds are skipped, so two API processes never
 * tell twice. The table needs an `overdue_notified_at` column.
 */
export async function claimDue<T>(
  manager: EntityManager,
  table: string,
  due: string,
  returning: string,
): Promise<T[]> {
  const [rows] = (await manager.query(
    `UPDATE ${table} SET overdue_notified_at = now()
      WHERE id IN (SELECT id FROM ${table}
                    WHERE (${due}) AND overdue_notified_at IS NULL
                    LIMIT ${BATCH} FOR UPDATE SKIP LOCKED)
      RETURNING ${returning}`,
  )) as [T[], number];
  return rows;
}

/**
 * A periodic job that tells, once, about what fell due: `collect` claims the rows (with
 * `claimDue`) and says whom to tell; the facilitators always hear of it. One transaction under
 * the job's system claim: a notice is sent only if its row is marked. It runs as often as the
 * expiry sweep (`EXPIRY_SWEEP_SECONDS`); a subclass declares no constructor (it inherits this
 * one's injections).
 */
@Injectable()
export abstract class DueNoticeSweep extends PeriodicSweep {
  protected abstract readonly claim: SystemJob;

  constructor(
    protected readonly db: Db,
    private readonly notifications: NotificationService,
    @Inject(APP_CONFIG) config: AppConfig,
  ) {
    super(config.expirySweepMs);
  }

  protected abstract collect(manager: EntityManager): Promise<DueNotice[]>;

  async sweep(): Promise<number> {
    return this.db.runAs(Claims.system(this.claim), () =>
      this.db.transaction(async (manager) => {
        const due = await this.collect(manager);
        for (const { notice, organizationIds } of due) {
          await this.notifications.notifyOrganizations(organizationIds, notice);
          await this.notifications.notifyFacilitators(notice);
        }
        return due.length;
      }),
    );
  }
}
