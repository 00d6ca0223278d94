import { Inject, Injectable, Logger } from '@nestjs/common';
import { APP_CONFIG, AppConfig, PeriodicSweep } from '@alianza/api-core';
import { Claims, Db } from '@alianza/db';
import { AuditService } from '@alianza/audit';
import { GrantEntity } from './entities/grant.entity';
import { grantAuditEntry } from './grant-audit';

/**
 * A grant expires by itself (the read rules compare `valid_until` with the clock); this sweeper
 * only writes each expiry to the collaboration's audit log, once, soon after it happens.
 */
@Injectable()
export class ExpirySweeper extends PeriodicSweep {
  protected readonly logger = new Logger(ExpirySweeper.name);

  constructor(
    private readonly db: Db,
    private readonly audit: AuditService,
    @Inject(APP_CONFIG) config: AppConfig,
  ) {
    super(config.expirySweepMs);
  }

  /** Records the expiries not yet recorded; returns how many. Safe to run on several instances. */
  async sweep(batch = 500): Promise<number> {
    return this.db.runAs(Claims.system('grant-expiry'), () =>
      this.db.transaction(async (manager) => {
        const expired = await manager
          .getRepository(GrantEntity)
          .createQueryBuilder('g')
          .where('g.valid_until <= now() AND g.expiry_recorded_at IS NULL AND g.revoked_at IS NULL')
          .orderBy('g.valid_until', 'ASC')
          .limit(batch)
          .setLock('pessimistic_write')
          .setOnLocked('skip_locked')
          .getMany();
        if (expired.length === 0) return 0;
        const byCollaboration = new Map<string, GrantEntity[]>();
        for (const grant of expired) {
          byCollaboration.set(grant.collaborationId, [
            ...(byCollaboration.get(grant.collaborationId) ?? []),
            grant,
          ]);
        }
        for (const [collaborationId, grants] of byCollaboration) {
          await this.audit.append(
            collaborationId,
            grants.map((grant) =>
              grantAuditEntry('grant.expired', grant, null, {
                reference: grant.reference,
                validUntil: grant.validUntil,
              }),
            ),
          );
        }
        await manager
          .createQueryBuilder()
          .update(GrantEntity)
          .set({ expiryRecordedAt: () => 'now()' })
          .where('id = ANY(:ids)', { ids: expired.map((g) => g.id) })
          .execute();
        return expired.length;
      }),
    );
  }
}
