import { Inject, Injectable, OnApplicationBootstrap } from '@nestjs/common';
import { APP_CONFIG, AppConfig, gaugeOnScrape } from '@alianza/api-core';
import { Claims, Db } from '@alianza/db';

const COUNT = `SELECT status, count(*)::int AS n FROM mail_messages
  WHERE queue = $1 AND status IN ('queued', 'sending', 'failed') GROUP BY status`;

/**
 * The depth of this process's mail queue (MAIL_QUEUE) in the metrics (ADR 0047), read on scrape
 * under the mail sender's claim, the one the row policy lets read the queue.
 */
@Injectable()
export class MailQueueMetrics implements OnApplicationBootstrap {
  constructor(
    private readonly db: Db,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  onApplicationBootstrap(): void {
    if (!this.config.observability.metrics.enabled || !this.db.signsClaims) return;
    gaugeOnScrape({
      name: 'alianza_mail_queue_messages',
      help: 'Messages of the mail queue by status: queued (waiting), sending, failed (kept for the admin).',
      label: 'status',
      read: () => this.counts(),
    });
  }

  private async counts(): Promise<Record<string, number>> {
    const rows: { status: string; n: number }[] = await this.db.runAs(
      Claims.system('mail-sender'),
      () => this.db.manager.query(COUNT, [this.config.mail.queue]),
    );
    const counts: Record<string, number> = { queued: 0, sending: 0, failed: 0 };
    for (const { status, n } of rows) counts[status] = n;
    return counts;
  }
}
