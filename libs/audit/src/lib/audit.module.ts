import { Logger, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { APP_CONFIG, AppConfig } from '@alianza/api-core';
import { IdentityModule } from '@alianza/identity';
import { OrganizationModule } from '@alianza/organization';
import { resolve } from 'node:path';
import { AuditChainSweeper } from './audit-chain-sweeper';
import { AuditCheckpointService } from './audit-checkpoint.service';
import { AuditCheckpointer } from './audit-checkpointer';
import { AuditKeyring, loadAuditKeyring } from './audit-keys';
import { AuditExportController } from './audit-export.controller';
import { AuditNamesService } from './audit-names.service';
import { AuditOutboxMetrics } from './audit-outbox.metrics';
import { AuditRecordEntity } from './entities/audit-record.entity';
import { AuditResolver } from './audit.resolver';
import { AuditService } from './audit.service';
import { CHECKPOINT_SINK } from './checkpoint';
import { FileCheckpointSink } from './file-checkpoint-sink';

/** The append-only, keyed audit chain of every collaboration, shared by all domains (ADR 0016). */
@Module({
  imports: [IdentityModule, OrganizationModule, TypeOrmModule.forFeature([AuditRecordEntity])],
  controllers: [AuditExportController],
  providers: [
    {
      provide: AuditKeyring,
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) =>
        loadAuditKeyring(config.audit, config.env === 'production', new Logger('AuditKeyring')),
    },
    {
      provide: CHECKPOINT_SINK,
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) =>
        new FileCheckpointSink(resolve(config.audit.checkpointFile)),
    },
    AuditCheckpointService,
    AuditCheckpointer,
    AuditService,
    AuditNamesService,
    AuditChainSweeper,
    AuditOutboxMetrics,
    AuditResolver,
  ],
  exports: [AuditService],
})
export class AuditModule {}
