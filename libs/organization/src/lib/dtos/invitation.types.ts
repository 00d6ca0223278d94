import { Field, GraphQLISODateTime, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { InvitationStatus, MembershipRole } from '@alianza/shared';
import { OrganizationInvitationEntity } from '../entities/organization-invitation.entity';
import { invitationStatus } from '../invitation-status';
import { ReceivedInvitation } from '../organization-invitation.service';

registerEnumType(InvitationStatus, { name: 'InvitationStatus' });

@ObjectType('OrganizationInvitation', {
  description:
    'An invitation to join an organization, as its owners see it: the address invited, never who has it.',
})
export class OrganizationInvitationType {
  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  organizationId!: string;

  @Field({ description: 'The address invited (normalized).' })
  email!: string;

  @Field(() => MembershipRole)
  role!: MembershipRole;

  @Field(() => InvitationStatus, { description: 'EXPIRED once pending past `expiresAt`.' })
  status!: InvitationStatus;

  @Field(() => GraphQLISODateTime)
  createdAt!: Date;

  @Field(() => GraphQLISODateTime)
  expiresAt!: Date;

  @Field(() => GraphQLISODateTime, {
    nullable: true,
    description: 'When the link emailed to the address was first opened.',
  })
  openedAt!: Date | null;

  static from(entity: OrganizationInvitationEntity): OrganizationInvitationType {
    return Object.assign(new OrganizationInvitationType(), {
      id: entity.id,
      organizationId: entity.organizationId,
      email: entity.email,
      role: entity.role,
      status: invitationStatus(entity),
      createdAt: entity.createdAt,
      expiresAt: entity.expiresAt,
      openedAt: entity.openedAt,
    });
  }
}

@ObjectType('ReceivedOrganizationInvitation', {
  description: 'An invitation addressed to you: accept it to become a member.',
})
export class ReceivedOrganizationInvitationType {
  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  organizationId!: string;

  @Field()
  organizationName!: string;

  @Field({ description: 'Who sent it (an owner of the organization).' })
  invitedByName!: string;

  @Field(() => MembershipRole)
  role!: MembershipRole;

  @Field(() => InvitationStatus)
  status!: InvitationStatus;

  @Field(() => GraphQLISODateTime)
  createdAt!: Date;

  @Field(() => GraphQLISODateTime)
  expiresAt!: Date;

  static from(received: ReceivedInvitation): ReceivedOrganizationInvitationType {
    const { invitation } = received;
    return Object.assign(new ReceivedOrganizationInvitationType(), {
      id: invitation.id,
      organizationId: invitation.organizationId,
      organizationName: received.organizationName,
      invitedByName: received.invitedByName,
      role: invitation.role,
      status: invitationStatus(invitation),
      createdAt: invitation.createdAt,
      expiresAt: invitation.expiresAt,
    });
  }
}
