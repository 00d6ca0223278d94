import { Inject, Injectable, Logger } from '@nestjs/common';
import { APP_CONFIG, AppConfig, PeriodicSweep } from '@alianza/api-core';
import { Claims, Db } from '@alianza/db';
import { BenchmarkingService } from './benchmarking.service';

/** Tells participants when a scheduled round opens, and closes rounds at their closing time. */
@Injectable()
export class BenchmarkSweep extends PeriodicSweep {
  protected readonly logger = new Logger(BenchmarkSweep.name);

  constructor(
    private readonly benchmarking: BenchmarkingService,
    private readonly db: Db,
    @Inject(APP_CONFIG) config: AppConfig,
  ) {
    super(config.expirySweepMs);
  }

  sweep(): Promise<number> {
    return this.db.runAs(Claims.system('benchmark-close'), () => this.benchmarking.sweep());
  }
}
