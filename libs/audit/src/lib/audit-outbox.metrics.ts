import { Inject, Injectable, OnApplicationBootstrap } from '@nestjs/common';
import { APP_CONFIG, AppConfig, gaugeOnScrape } from '@alianza/api-core';
import { Claims, Db } from '@alianza/db';

/**
 * The audit outbox in the metrics (ADR 0047): how many chains have entries waiting to be chained,
 * read on scrape as the chain's sweep reads them (`audit_outbox_pending`, under its claim: the
 * API role may not read the outbox itself). Usually 0: entries are chained right after their
 * commit; a number that stays up means chaining fails.
 */
@Injectable()
export class AuditOutboxMetrics implements OnApplicationBootstrap {
  constructor(
    private readonly db: Db,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  onApplicationBootstrap(): void {
    if (!this.config.observability.metrics.enabled || !this.db.signsClaims) return;
    gaugeOnScrape({
      name: 'alianza_audit_outbox_chains_waiting',
      help: 'Audit chains with entries waiting in the outbox to be chained.',
      read: async () => {
        const rows: unknown[] = await this.db.runAs(Claims.system('audit-chain'), () =>
          this.db.manager.query(`SELECT audit_outbox_pending() AS id`),
        );
        return rows.length;
      },
    });
  }
}
