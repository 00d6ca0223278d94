import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditModule } from '@alianza/audit';
import { IdentityModule } from '@alianza/identity';
import { OrganizationModule } from '@alianza/organization';
import { CollaborationInvitationResolver } from './collaboration-invitation.resolver';
import { CollaborationInvitationsResolver } from './collaboration-invitations.resolver';
import { CollaborationInvitationService } from './collaboration-invitation.service';
import { CollaborationReadService } from './collaboration-read.service';
import { CollaborationResolver } from './collaboration.resolver';
import { CollaborationService } from './collaboration.service';
import { CollaborationFacilitatorEntity } from './entities/collaboration-facilitator.entity';
import { CollaborationInvitationEntity } from './entities/collaboration-invitation.entity';
import { CollaborationEntity } from './entities/collaboration.entity';
import { GroundRulesAcceptanceEntity } from './entities/ground-rules-acceptance.entity';
import { GroundRulesVersionEntity } from './entities/ground-rules-version.entity';
import { ParticipationEntryEntity } from './entities/participation-entry.entity';
import { ParticipationEntity } from './entities/participation.entity';
import { FollowUpService } from './follow-up.service';
import { GroundRulesService } from './ground-rules.service';
import { GroundRulesVersionResolver } from './ground-rules-version.resolver';
import { InvitationLinkResolver } from './invitation-link.resolver';
import { InvitationLinkService } from './invitation-link.service';
import { ParticipationResolver } from './participation.resolver';
import { ParticipationService } from './participation.service';

@Module({
  imports: [
    AuditModule,
    IdentityModule,
    OrganizationModule,
    TypeOrmModule.forFeature([
      CollaborationEntity,
      CollaborationFacilitatorEntity,
      ParticipationEntity,
      GroundRulesVersionEntity,
      GroundRulesAcceptanceEntity,
      ParticipationEntryEntity,
      CollaborationInvitationEntity,
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
    CollaborationInvitationService,
    CollaborationInvitationResolver,
    CollaborationInvitationsResolver,
    InvitationLinkService,
    InvitationLinkResolver,
  ],
  exports: [CollaborationService, ParticipationService, GroundRulesService],
})
export class CollaborationModule {}
