import { Connection } from '@alianza/api-core';
import { Field, GraphQLISODateTime, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import {
  InvitationLinkFacts,
  invitationStatus,
  OrganizationInvitationLink,
} from '@alianza/organization';
import { InvitationStatus, MembershipRole } from '@alianza/shared';
import { Locale } from '@alianza/mail';
import { CollaborationInvitationEntity } from '../entities/collaboration-invitation.entity';
import { CollaborationInvitationLink } from '../collaboration-invitation.service';

/** What an invitation link invites to. */
export enum InvitationLinkKind {
  /** An organization to a collaboration (the facilitator's invitation by email). */
  COLLABORATION = 'collaboration',
  /** A person to an organization (an owner's invitation of a colleague). */
  ORGANIZATION = 'organization',
}
registerEnumType(InvitationLinkKind, {
  valuesMap: {
    COLLABORATION: { description: 'To take part in a collaboration.' },
    ORGANIZATION: { description: 'To join an organization.' },
  },
  description: 'What an invitation link invites to.',
  name: 'InvitationLinkKind',
});

@ObjectType('CollaborationInvitation', {
  description:
    'An invitation of an organization to a collaboration sent by email, as its facilitators see it.',
})
export class CollaborationInvitationType {
  @Field(() => ID, { description: 'The id of the invitation.' })
  id!: string;

  @Field(() => ID, { description: 'The id of the collaboration.' })
  collaborationId!: string;

  @Field({ description: 'The address invited (normalized).' })
  email!: string;

  @Field({ description: 'The organization’s name as written in the invitation.' })
  organizationName!: string;

  @Field({ description: 'The message sent with it.' })
  message!: string;

  @Field(() => Locale, { description: 'The language of the email.' })
  locale!: Locale;

  @Field(() => InvitationStatus, {
    description:
      'PENDING (sent, perhaps opened), ACCEPTED, REVOKED (withdrawn), or EXPIRED once pending past `expiresAt`.',
  })
  status!: InvitationStatus;

  @Field(() => GraphQLISODateTime, { description: 'When it was sent.' })
  createdAt!: Date;

  @Field(() => GraphQLISODateTime, { description: 'When the last email went out.' })
  sentAt!: Date;

  @Field(() => Int, { description: 'Emails sent: 1, and one more per resend.' })
  sendCount!: number;

  @Field(() => GraphQLISODateTime, { description: 'When its link stops working.' })
  expiresAt!: Date;

  @Field(() => GraphQLISODateTime, {
    nullable: true,
    description: 'When its link was first opened.',
  })
  openedAt!: Date | null;

  @Field(() => GraphQLISODateTime, {
    nullable: true,
    description: 'When it was accepted or withdrawn.',
  })
  closedAt!: Date | null;

  @Field(() => ID, { nullable: true, description: 'The participation accepting it made.' })
  participationId!: string | null;

  static from(entity: CollaborationInvitationEntity): CollaborationInvitationType {
    return Object.assign(new CollaborationInvitationType(), {
      id: entity.id,
      collaborationId: entity.collaborationId,
      email: entity.email,
      organizationName: entity.organizationName,
      message: entity.message,
      locale: entity.locale,
      status: invitationStatus(entity),
      createdAt: entity.createdAt,
      sentAt: entity.sentAt,
      sendCount: entity.sendCount,
      expiresAt: entity.expiresAt,
      openedAt: entity.openedAt,
      closedAt: entity.closedAt,
      participationId: entity.acceptedParticipationId,
    });
  }
}

@ObjectType('InvitationLink', {
  description:
    'What an emailed invitation link is for, as whoever holds it sees it (signed in or not).',
})
export class InvitationLinkType {
  @Field(() => InvitationLinkKind, { description: 'What the link invites to.' })
  kind!: InvitationLinkKind;

  @Field(() => ID, { description: 'The invitation’s id (to answer it once signed in).' })
  invitationId!: string;

  @Field({ description: 'The address invited: only an account with it may use the link.' })
  email!: string;

  @Field(() => InvitationStatus, {
    description:
      'PENDING: usable; ACCEPTED or DECLINED: used; REVOKED: withdrawn; EXPIRED: past `expiresAt`.',
  })
  status!: InvitationStatus;

  @Field(() => GraphQLISODateTime, { description: 'When the link stops working.' })
  expiresAt!: Date;

  @Field(() => Locale, { description: 'The language the invitation was sent in.' })
  locale!: Locale;

  @Field({ description: 'Whether an account has the address: sign in, else sign up.' })
  accountExists!: boolean;

  @Field({ description: 'Who sent it.' })
  invitedByName!: string;

  @Field({
    description:
      'COLLABORATION: the name proposed for the organization; ORGANIZATION: the organization to join.',
  })
  organizationName!: string;

  @Field(() => ID, {
    nullable: true,
    description: 'ORGANIZATION: the organization to join.',
  })
  organizationId!: string | null;

  @Field(() => MembershipRole, {
    nullable: true,
    description: 'ORGANIZATION: the role offered.',
  })
  role!: MembershipRole | null;

  @Field(() => ID, { nullable: true, description: 'COLLABORATION: the collaboration.' })
  collaborationId!: string | null;

  @Field(() => String, { nullable: true, description: 'COLLABORATION: its title.' })
  collaborationTitle!: string | null;

  static fromCollaboration(link: CollaborationInvitationLink): InvitationLinkType {
    return InvitationLinkType.of(InvitationLinkKind.COLLABORATION, link, {
      organizationId: null,
      role: null,
      collaborationId: link.collaborationId,
      collaborationTitle: link.collaborationTitle,
    });
  }

  static fromOrganization(link: OrganizationInvitationLink): InvitationLinkType {
    return InvitationLinkType.of(InvitationLinkKind.ORGANIZATION, link, {
      organizationId: link.organizationId,
      role: link.role,
      collaborationId: null,
      collaborationTitle: null,
    });
  }

  /** The facts every link has, and what its kind adds (null where the other kind has them). */
  private static of(
    kind: InvitationLinkKind,
    link: InvitationLinkFacts,
    more: Pick<
      InvitationLinkType,
      'organizationId' | 'role' | 'collaborationId' | 'collaborationTitle'
    >,
  ): InvitationLinkType {
    return Object.assign(new InvitationLinkType(), {
      kind,
      invitationId: link.invitationId,
      email: link.email,
      status: link.status,
      expiresAt: link.expiresAt,
      locale: link.locale,
      accountExists: link.accountExists,
      invitedByName: link.invitedByName,
      organizationName: link.organizationName,
      ...more,
    });
  }
}

export const CollaborationInvitationConnection = Connection(
  CollaborationInvitationType,
  'CollaborationInvitation',
);
