import { Inject, Injectable, Logger } from '@nestjs/common';
import { APP_CONFIG, AppConfig, PeriodicSweep } from '@alianza/api-core';
import { Claims, Db } from '@alianza/db';
import { AuditCheckpointService } from './audit-checkpoint.service';

/** Every AUDIT_CHECKPOINT_SECONDS, checkpoints each audit chain whose head moved. */
@Injectable()
export class AuditCheckpointer extends PeriodicSweep {
  protected readonly logger = new Logger(AuditCheckpointer.name);

  constructor(
    private readonly checkpoints: AuditCheckpointService,
    private readonly db: Db,
    @Inject(APP_CONFIG) config: AppConfig,
  ) {
    super(config.audit.checkpointMs);
  }

  /** Under the checkpoint job's claim: the heads of every chain, and nothing else. */
  sweep(): Promise<number> {
    return this.db.runAs(Claims.system('audit-checkpoint'), () =>
      this.checkpoints.checkpointHeads(),
    );
  }
}
