import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditModule } from '@alianza/audit';
import { CollaborationModule } from '@alianza/collaboration';
import { DisclosureModule } from '@alianza/disclosure';
import { NotificationModule } from '@alianza/notification';
import { LedgerEntryEntity, LedgerSettingsEntity } from './ledger.entities';
import { LedgerResolver } from './ledger.resolver';
import { LedgerService } from './ledger.service';

@Module({
  imports: [
    AuditModule,
    CollaborationModule,
    DisclosureModule,
    NotificationModule,
    TypeOrmModule.forFeature([LedgerSettingsEntity, LedgerEntryEntity]),
  ],
  providers: [LedgerService, LedgerResolver],
  exports: [LedgerService],
})
export class LedgerModule {}
