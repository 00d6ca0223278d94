import { Inject, Injectable, Logger } from '@nestjs/common';
import { APP_CONFIG, AppConfig, PeriodicSweep } from '@alianza/api-core';
import { Claims, Db } from '@alianza/db';
import { BenchmarkCloseService } from './benchmark-close.service';
import { BenchmarkRoundService } from './benchmark-round.service';

/** Tells participants when a scheduled round opens, and closes rounds at their closing time. */
@Injectable()
export class BenchmarkSweep extends PeriodicSweep {
  protected readonly logger = new Logger(BenchmarkSweep.name);

  constructor(
    private readonly rounds: BenchmarkRoundService,
    private readonly closing: BenchmarkCloseService,
    private readonly db: Db,
    @Inject(APP_CONFIG) config: AppConfig,
  ) {
    super(config.expirySweepMs);
  }

  /** One pass: announces the rounds that opened, then closes those due. Returns how many it touched. */
  sweep(): Promise<number> {
    return this.db.runAs(
      Claims.system('benchmark-close'),
      async () => (await this.rounds.announceOpened()) + (await this.closing.closeDue()),
    );
  }
}
