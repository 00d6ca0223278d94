import { Inject, Injectable, Logger } from '@nestjs/common';
import { APP_CONFIG, AppConfig, PeriodicSweep } from '@alianza/api-core';
import { Claims, Db } from '@alianza/db';

/** Old deliveries deleted per statement: short transactions, whatever the backlog. */
const PRUNE_BATCH = 1000;

const PRUNE = `DELETE FROM webhook_deliveries WHERE (id, collaboration_id) IN (
    SELECT id, collaboration_id FROM webhook_deliveries
     WHERE status = 'succeeded' AND created_at < $1
     LIMIT ${PRUNE_BATCH})`;

/**
 * Deletes succeeded webhook deliveries older than WEBHOOKS_DELIVERY_RETENTION_DAYS (ADR 0049;
 * migration WebhookRetention1795420710000): the outbox keeps what is still to send, what failed
 * (it may be replayed) and a recent history. Runs with the other sweeps (EXPIRY_SWEEP_SECONDS,
 * metrics `alianza_sweep_*{sweep="WebhookDeliverySweep"}`); safe on several instances.
 */
@Injectable()
export class WebhookDeliverySweep extends PeriodicSweep {
  protected readonly logger = new Logger(WebhookDeliverySweep.name);

  constructor(
    private readonly db: Db,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {
    super(config.expirySweepMs);
  }

  /** Deletes what succeeded before `now` less the retention, in batches; returns how many. */
  async sweep(now = new Date()): Promise<number> {
    const days = this.config.webhooks.deliveryRetentionDays;
    if (days === 0) return 0;
    const before = new Date(now.getTime() - days * 86_400_000);
    let deleted = 0;
    for (;;) {
      const count = await this.asSender(() =>
        this.db.transaction((manager) =>
          manager.query(PRUNE, [before]).then(([, count]: [unknown, number]) => count),
        ),
      );
      deleted += count;
      if (count < PRUNE_BATCH) break;
    }
    if (deleted > 0)
      this.logger.log(
        { deleted, retentionDays: days },
        `Deleted ${deleted} webhook deliveries that succeeded before ${before.toISOString()}`,
      );
    return deleted;
  }

  private asSender<T>(work: () => Promise<T>): Promise<T> {
    return this.db.signsClaims ? this.db.runAs(Claims.system('webhook-sender'), work) : work();
  }
}
