import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditModule } from '@alianza/audit';
import { CollaborationModule } from '@alianza/collaboration';
import { NotificationModule } from '@alianza/notification';
import { BenchmarkSweep } from './benchmark-sweep';
import {
  BenchmarkParticipantEntity,
  BenchmarkRoundEntity,
  BenchmarkSubmissionEntity,
} from './benchmarking.entities';
import { BenchmarkingResolver } from './benchmarking.resolver';
import { BenchmarkingService } from './benchmarking.service';

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
  providers: [BenchmarkingService, BenchmarkingResolver, BenchmarkSweep],
  exports: [BenchmarkingService],
})
export class BenchmarkingModule {}
