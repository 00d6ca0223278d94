import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { IdentityModule } from '@alianza/identity';
import { OrganizationMembershipEntity } from './entities/organization-membership.entity';
import { OrganizationEntity } from './entities/organization.entity';
import { INVITATION_DELIVERY } from './invitation-delivery';
import { MailInvitationDelivery } from './mail-invitation-delivery';
import { OrganizationInvitationEntity } from './entities/organization-invitation.entity';
import { OrganizationInvitationResolver } from './organization-invitation.resolver';
import { OrganizationInvitationService } from './organization-invitation.service';
import { OrganizationResolver } from './organization.resolver';
import { OrganizationService } from './organization.service';

@Module({
  imports: [
    IdentityModule,
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
    { provide: INVITATION_DELIVERY, useClass: MailInvitationDelivery },
  ],
  exports: [OrganizationService, OrganizationInvitationService],
})
export class OrganizationModule {}
