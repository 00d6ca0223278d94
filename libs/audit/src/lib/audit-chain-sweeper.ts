import { Inject, Injectable, Logger } from '@nestjs/common';
import { APP_CONFIG, AppConfig, PeriodicSweep } from '@alianza/api-core';
import { Claims, Db } from '@alianza/db';
import { AuditService } from './audit.service';

/**
 * When the API starts, then every AUDIT_CHAIN_SWEEP_SECONDS (0: never): chains the audit entries
 * left waiting in the outbox by a process that stopped before chaining them (ADR 0020).
 */
@Injectable()
export class AuditChainSweeper extends PeriodicSweep {
  protected readonly logger = new Logger(AuditChainSweeper.name);

  constructor(
    private readonly audit: AuditService,
    private readonly db: Db,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {
    super(config.audit.chainSweepMs);
  }

  override onApplicationBootstrap(): void {
    super.onApplicationBootstrap();
    if (this.config.audit.chainSweepMs > 0)
      void this.sweep().catch((error: unknown) =>
        this.logger.error({ err: error }, 'Chaining waiting audit entries failed'),
      );
  }

  /** Under the chain job's claim: the chains with entries waiting, and their heads. */
  sweep(): Promise<number> {
    return this.db.runAs(Claims.system('audit-chain'), () => this.audit.chainWaiting());
  }
}
