import { Inject, Injectable, Logger } from '@nestjs/common';
import { APP_CONFIG, AppConfig, PeriodicSweep } from '@alianza/api-core';
import { Claims, Db } from '@alianza/db';

/** How long an expired link is kept: following it still says "expired" rather than "unknown". */
export const EXPIRED_LINK_KEPT_MS = 7 * 86_400_000;

/**
 * Deletes the one-time links that expired more than a week ago: second sign-in steps, password
 * reset links, address confirmations (migration PruneExpiredLinks1795419940000). Each holds only
 * a keyed hash, but nothing needs them once spent or expired. Safe on several instances.
 */
@Injectable()
export class ExpiredLinkSweep extends PeriodicSweep {
  protected readonly logger = new Logger(ExpiredLinkSweep.name);

  constructor(
    private readonly db: Db,
    @Inject(APP_CONFIG) config: AppConfig,
  ) {
    super(config.expirySweepMs);
  }

  /** Deletes what expired before `now - EXPIRED_LINK_KEPT_MS`; returns how many rows went. */
  async sweep(now = new Date()): Promise<number> {
    const before = new Date(now.getTime() - EXPIRED_LINK_KEPT_MS);
    const [pruned] = await this.db.runAs(Claims.system('link-prune'), () =>
      this.db.transaction((manager) =>
        manager.query<
          {
            login_challenges: number;
            password_reset_tokens: number;
            email_confirmations: number;
          }[]
        >(`SELECT * FROM alianza_rls.prune_expired_links($1)`, [before]),
      ),
    );
    const total =
      (pruned?.login_challenges ?? 0) +
      (pruned?.password_reset_tokens ?? 0) +
      (pruned?.email_confirmations ?? 0);
    if (total > 0) this.logger.log(`Deleted ${total} links expired before ${before.toISOString()}`);
    return total;
  }
}
