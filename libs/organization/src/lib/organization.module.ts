import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { OrganizationMembershipEntity } from './entities/organization-membership.entity';
import { OrganizationEntity } from './entities/organization.entity';
import {
  INVITATION_DELIVERY,
  PortalOnlyInvitationDelivery,
} from './invitation/invitation-delivery';
import { OrganizationInvitationEntity } from './invitation/organization-invitation.entity';
import { OrganizationInvitationResolver } from './invitation/organization-invitation.resolver';
import { OrganizationInvitationService } from './invitation/organization-invitation.service';
import { OrganizationResolver } from './organization.resolver';
import { OrganizationService } from './organization.service';

@Module({
  imports: [
    TypeOrmModule.forFeature([
      OrganizationEntity,
      OrganizationMembershipEntity,
      OrganizationInvitationEntity,
    ]),
  ],
  providers: [
    OrganizationService,
    OrganizationResolver,
    OrganizationInvitationService,
    OrganizationInvitationResolver,
    { provide: INVITATION_DELIVERY, useClass: PortalOnlyInvitationDelivery },
  ],
  exports: [OrganizationService, OrganizationInvitationService],
})
export class OrganizationModule {}
