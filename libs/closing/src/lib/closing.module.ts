import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditModule } from '@alianza/audit';
import { CollaborationModule } from '@alianza/collaboration';
import { LedgerModule } from '@alianza/ledger';
import { PlanModule } from '@alianza/plan';
import { EvaluationEntity } from './entities/evaluation.entity';
import { FinalStatementEntity } from './entities/final-statement.entity';
import { ClosingResolver } from './closing.resolver';
import { ClosingService } from './closing.service';

@Module({
  imports: [
    AuditModule,
    CollaborationModule,
    PlanModule,
    LedgerModule,
    TypeOrmModule.forFeature([EvaluationEntity, FinalStatementEntity]),
  ],
  providers: [ClosingService, ClosingResolver],
  exports: [ClosingService],
})
export class ClosingModule {}
