import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditModule } from '@alianza/audit';
import { CollaborationModule } from '@alianza/collaboration';
import { IdentityModule } from '@alianza/identity';
import { LedgerModule } from '@alianza/ledger';
import { OrganizationModule } from '@alianza/organization';
import { PlanModule } from '@alianza/plan';
import { EvaluationEntity } from './entities/evaluation.entity';
import { FinalStatementEntity } from './entities/final-statement.entity';
import { ClosingResolver } from './closing.resolver';
import { ClosingService } from './closing.service';
import { FinalStatementController } from './final-statement.controller';
import { FinalStatementExportService } from './final-statement-export.service';

@Module({
  imports: [
    AuditModule,
    CollaborationModule,
    IdentityModule,
    OrganizationModule,
    PlanModule,
    LedgerModule,
    TypeOrmModule.forFeature([EvaluationEntity, FinalStatementEntity]),
  ],
  controllers: [FinalStatementController],
  providers: [ClosingService, FinalStatementExportService, ClosingResolver],
  exports: [ClosingService],
})
export class ClosingModule {}
