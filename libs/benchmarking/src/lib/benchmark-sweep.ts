import { Inject, Injectable, Logger } from '@nestjs/common';
import { APP_CONFIG, AppConfig, PeriodicSweep } from '@alianza/api-core';
import { BenchmarkingService } from './benchmarking.service';

/** Tells participants when a scheduled round opens, and closes rounds at their closing time. */
@Injectable()
export class BenchmarkSweep extends PeriodicSweep {
  protected readonly logger = new Logger(BenchmarkSweep.name);

  constructor(
    private readonly benchmarking: BenchmarkingService,
    @Inject(APP_CONFIG) config: AppConfig,
  ) {
    super(config.expirySweepMs);
  }

  sweep(): Promise<number> {
    return this.benchmarking.sweep();
  }
}
