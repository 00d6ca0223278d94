import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditModule } from '@alianza/audit';
import { OrganizationModule } from '@alianza/organization';
import { CollaborationReadService } from './collaboration-read.service';
import { CollaborationResolver } from './collaboration.resolver';
import { CollaborationService } from './collaboration.service';
import { CollaborationFacilitatorEntity } from './entities/collaboration-facilitator.entity';
import { CollaborationEntity } from './entities/collaboration.entity';
import { GroundRulesAcceptanceEntity } from './entities/ground-rules-acceptance.entity';
import { GroundRulesVersionEntity } from './entities/ground-rules-version.entity';
import { ParticipationEntryEntity } from './entities/participation-entry.entity';
import { ParticipationEntity } from './entities/participation.entity';
import { FollowUpService } from './follow-up.service';
import { GroundRulesService } from './ground-rules.service';
import { GroundRulesVersionResolver, ParticipationResolver } from './participation.resolver';
import { ParticipationService } from './participation.service';

@Module({
  imports: [
    AuditModule,
    OrganizationModule,
    TypeOrmModule.forFeature([
      CollaborationEntity,
      CollaborationFacilitatorEntity,
      ParticipationEntity,
      GroundRulesVersionEntity,
      GroundRulesAcceptanceEntity,
      ParticipationEntryEntity,
    ]),
  ],
  providers: [
    CollaborationService,
    ParticipationService,
    GroundRulesService,
    FollowUpService,
    CollaborationReadService,
    CollaborationResolver,
    ParticipationResolver,
    GroundRulesVersionResolver,
  ],
  exports: [CollaborationService, ParticipationService, GroundRulesService],
})
export class CollaborationModule {}
