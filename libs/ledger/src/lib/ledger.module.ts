import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditModule } from '@alianza/audit';
import { CollaborationModule } from '@alianza/collaboration';
import { DisclosureModule } from '@alianza/disclosure';
import { NotificationModule } from '@alianza/notification';
import { LedgerEntryEntity, LedgerSettingsEntity, PledgeEntity } from './ledger.entities';
import { PledgeReminder } from './pledge-reminder';
import { PledgeResolver } from './pledge.resolver';
import { PledgeService } from './pledge.service';
import { LedgerResolver } from './ledger.resolver';
import { LedgerService } from './ledger.service';

@Module({
  imports: [
    AuditModule,
    CollaborationModule,
    DisclosureModule,
    NotificationModule,
    TypeOrmModule.forFeature([LedgerSettingsEntity, LedgerEntryEntity, PledgeEntity]),
  ],
  providers: [LedgerService, LedgerResolver, PledgeService, PledgeResolver, PledgeReminder],
  exports: [LedgerService, PledgeService],
})
export class LedgerModule {}
