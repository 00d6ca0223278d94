import { Module } from '@nestjs/common';
import { ClosingModule } from '@alianza/closing';
import { CollaborationModule } from '@alianza/collaboration';
import { LedgerModule } from '@alianza/ledger';
import { PlanModule } from '@alianza/plan';
import { ReportingResolver } from './reporting.resolver';
import { ReportingService } from './reporting.service';
import { ReportsCsvController } from './reports-csv.controller';

@Module({
  imports: [CollaborationModule, PlanModule, LedgerModule, ClosingModule],
  controllers: [ReportsCsvController],
  providers: [ReportingService, ReportingResolver],
  exports: [ReportingService],
})
export class ReportingModule {}
