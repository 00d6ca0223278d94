import { Global, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditModule } from '@alianza/audit';
import { CollaborationModule } from '@alianza/collaboration';
import { ReciprocityCheck } from '@alianza/disclosure';
import { NotificationModule } from '@alianza/notification';
import { LedgerEntryEntity } from './entities/ledger-entry.entity';
import { LedgerSettingsEntity } from './entities/ledger-settings.entity';
import { PledgeEntity } from './entities/pledge.entity';
import { PledgeReminder } from './pledge-reminder';
import { CollaborationPledgesResolver } from './collaboration-pledges.resolver';
import { PledgeResolver } from './pledge.resolver';
import { PledgeService } from './pledge.service';
import { LedgerResolver } from './ledger.resolver';
import { LedgerService } from './ledger.service';

@Module({
  imports: [
    AuditModule,
    CollaborationModule,
    NotificationModule,
    TypeOrmModule.forFeature([LedgerSettingsEntity, LedgerEntryEntity, PledgeEntity]),
  ],
  providers: [
    LedgerService,
    LedgerResolver,
    PledgeService,
    PledgeResolver,
    CollaborationPledgesResolver,
    PledgeReminder,
  ],
  exports: [LedgerService, PledgeService],
})
export class LedgerModule {}

/**
 * The ledger answers disclosure's `ReciprocityCheck` port. Global because DisclosureModule, the
 * port's consumer, cannot import the ledger (libs/ledger depends on libs/disclosure). Imported
 * once, by the root module.
 */
@Global()
@Module({
  imports: [LedgerModule],
  providers: [{ provide: ReciprocityCheck, useExisting: LedgerService }],
  exports: [ReciprocityCheck],
})
export class LedgerReciprocityModule {}
