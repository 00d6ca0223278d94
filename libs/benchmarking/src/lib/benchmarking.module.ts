import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditModule } from '@alianza/audit';
import { CollaborationModule } from '@alianza/collaboration';
import { NotificationModule } from '@alianza/notification';
import { BenchmarkCloseResolver } from './benchmark-close.resolver';
import { BenchmarkCloseService } from './benchmark-close.service';
import { BenchmarkNoiseResolver } from './benchmark-noise.resolver';
import { BenchmarkRoundReadResolver } from './benchmark-round-read.resolver';
import { CollaborationBenchmarkRoundsResolver } from './collaboration-benchmark-rounds.resolver';
import { BenchmarkRoundReadService } from './benchmark-round-read.service';
import { BenchmarkRoundResolver } from './benchmark-round.resolver';
import { BenchmarkRoundService } from './benchmark-round.service';
import { BenchmarkSweep } from './benchmark-sweep';
import { BenchmarkParticipantEntity } from './entities/benchmark-participant.entity';
import { BenchmarkRoundEntity } from './entities/benchmark-round.entity';
import { BenchmarkSubmissionEntity } from './entities/benchmark-submission.entity';

@Module({
  imports: [
    AuditModule,
    CollaborationModule,
    NotificationModule,
    TypeOrmModule.forFeature([
      BenchmarkRoundEntity,
      BenchmarkParticipantEntity,
      BenchmarkSubmissionEntity,
    ]),
  ],
  providers: [
    BenchmarkRoundReadService,
    BenchmarkRoundService,
    BenchmarkCloseService,
    BenchmarkRoundReadResolver,
    CollaborationBenchmarkRoundsResolver,
    BenchmarkRoundResolver,
    BenchmarkCloseResolver,
    BenchmarkNoiseResolver,
    BenchmarkSweep,
  ],
  exports: [BenchmarkRoundReadService, BenchmarkRoundService, BenchmarkCloseService],
})
export class BenchmarkingModule {}
