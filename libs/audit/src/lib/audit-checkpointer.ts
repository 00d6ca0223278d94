import { Inject, Injectable, Logger } from '@nestjs/common';
import { APP_CONFIG, AppConfig, PeriodicSweep } from '@alianza/api-core';
import { AuditCheckpointService } from './audit-checkpoint.service';

/** Every AUDIT_CHECKPOINT_SECONDS, checkpoints each audit chain whose head moved. */
@Injectable()
export class AuditCheckpointer extends PeriodicSweep {
  protected readonly logger = new Logger(AuditCheckpointer.name);

  constructor(
    private readonly checkpoints: AuditCheckpointService,
    @Inject(APP_CONFIG) config: AppConfig,
  ) {
    super(config.audit.checkpointMs);
  }

  sweep(): Promise<number> {
    return this.checkpoints.checkpointHeads();
  }
}
