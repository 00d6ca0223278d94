import { Module } from '@nestjs/common';
import { ClosingModule } from '@alianza/closing';
import { CollaborationModule } from '@alianza/collaboration';
import { IdentityModule } from '@alianza/identity';
import { LedgerModule } from '@alianza/ledger';
import { PlanModule } from '@alianza/plan';
import { ReportingResolver } from './reporting.resolver';
import { ReportingService } from './reporting.service';
import { ReportsExportController } from './reports-export.controller';

@Module({
  imports: [CollaborationModule, IdentityModule, PlanModule, LedgerModule, ClosingModule],
  controllers: [ReportsExportController],
  providers: [ReportingService, ReportingResolver],
  exports: [ReportingService],
})
export class ReportingModule {}
