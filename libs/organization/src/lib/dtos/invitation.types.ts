import { Field, GraphQLISODateTime, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { InvitationStatus, MembershipRole } from '@alianza/shared';
import { OrganizationInvitationEntity } from '../entities/organization-invitation.entity';
import { invitationStatus } from '../invitation-status';
import { ReceivedInvitation } from '../organization-invitation.service';

registerEnumType(InvitationStatus, {
  valuesMap: {
    ACCEPTED: { description: 'It was accepted.' },
    DECLINED: { description: 'It was declined.' },
    EXPIRED: { description: 'It expired unanswered.' },
    PENDING: { description: 'It waits for an answer.' },
    REVOKED: { description: 'The organization revoked it.' },
  },
  description: 'Where an invitation stands.',
  name: 'InvitationStatus',
});

@ObjectType('OrganizationInvitation', {
  description:
    'An invitation to join an organization, as its owners see it: the address invited, never who has it.',
})
export class OrganizationInvitationType {
  @Field(() => ID, { description: 'The id of the invitation.' })
  id!: string;

  @Field(() => ID, { description: 'The id of the organization.' })
  organizationId!: string;

  @Field({ description: 'The address invited (normalized).' })
  email!: string;

  @Field(() => MembershipRole, { description: 'The role the person gets on accepting.' })
  role!: MembershipRole;

  @Field(() => InvitationStatus, { description: 'EXPIRED once pending past `expiresAt`.' })
  status!: InvitationStatus;

  @Field(() => GraphQLISODateTime, { description: 'When it was sent.' })
  createdAt!: Date;

  @Field(() => GraphQLISODateTime, { description: 'When it stops working.' })
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
  @Field(() => ID, { description: 'The id of the invitation.' })
  id!: string;

  @Field(() => ID, { description: 'The id of the organization.' })
  organizationId!: string;

  @Field({ description: "The organization's name." })
  organizationName!: string;

  @Field({ description: 'Who sent it (an owner of the organization).' })
  invitedByName!: string;

  @Field(() => MembershipRole, { description: 'The role the viewer gets on accepting.' })
  role!: MembershipRole;

  @Field(() => InvitationStatus, {
    description: 'Whether it waits, was accepted, declined, revoked or expired.',
  })
  status!: InvitationStatus;

  @Field(() => GraphQLISODateTime, { description: 'When it was sent.' })
  createdAt!: Date;

  @Field(() => GraphQLISODateTime, { description: 'When it stops working.' })
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
