import { Field, GraphQLISODateTime, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Connection } from '@alianza/api-core';
import {
  CollaborationStatus,
  ContributionType,
  EntryDirection,
  ParticipationStatus,
  present,
} from '@alianza/shared';
import { CollaborationEntity } from '../entities/collaboration.entity';
import { GroundRulesAcceptanceEntity } from '../entities/ground-rules-acceptance.entity';
import { GroundRulesVersionEntity } from '../entities/ground-rules-version.entity';
import { ParticipationEntryEntity } from '../entities/participation-entry.entity';
import { ParticipationEntity } from '../entities/participation.entity';

registerEnumType(CollaborationStatus, {
  valuesMap: {
    ACTIVE: { description: 'Under way: participants exchange.' },
    CLOSED: { description: 'Closed; its final statement is written.' },
    CLOSING: { description: 'Closing: participants write their final evaluations.' },
    DRAFT: { description: 'Being prepared by the facilitator.' },
  },
  description: 'Where a collaboration is in its life.',
  name: 'CollaborationStatus',
});
registerEnumType(ParticipationStatus, {
  valuesMap: {
    ACCEPTED: { description: 'It accepted and takes part.' },
    DECLINED: { description: 'It declined.' },
    INVITED: { description: 'It was invited and has not answered.' },
    WITHDRAWN: { description: 'It withdrew, or its invitation was withdrawn.' },
  },
  description: "Where an organization's participation stands.",
  name: 'ParticipationStatus',
});
registerEnumType(ContributionType, {
  valuesMap: {
    BACKING: { description: 'Backing or endorsement.' },
    CARE: { description: 'Care or support.' },
    EDUCATION: { description: 'Teaching or training.' },
    GROUPING: { description: 'Joining forces, for example buying together.' },
    INFORMATION: { description: 'Information.' },
    LABOUR: { description: 'Work or time.' },
    LEARNING: { description: 'Something learned and passed on.' },
    MONEY: { description: 'Money.' },
    NEIGHBOURHOOD: { description: 'Neighbourly help.' },
    OTHER: { description: 'Anything else.' },
    RECOMMENDATION: { description: 'A recommendation or referral.' },
    REPRESENTATION: { description: 'Representing the other before third parties.' },
    SECURITY: { description: 'Security or a guarantee.' },
    SUPPLY: { description: 'Goods or supplies.' },
  },
  description: 'What kind of contribution one organization gives another.',
  name: 'ContributionType',
});
registerEnumType(EntryDirection, {
  valuesMap: {
    OFFER: { description: 'The organization offers it.' },
    SEEK: { description: 'The organization seeks it.' },
  },
  description: 'Whether an organization seeks or offers something.',
  name: 'EntryDirection',
});

@ObjectType('Collaboration', { description: 'A facilitated collaboration between organizations.' })
export class CollaborationType {
  @Field(() => ID, { description: 'The id of the collaboration.' })
  id!: string;

  @Field({ description: "The collaboration's title." })
  title!: string;

  @Field({ description: 'What the collaboration wants to achieve.' })
  objective!: string;

  @Field({ description: 'More about the collaboration.' })
  description!: string;

  @Field(() => CollaborationStatus, { description: 'Where the collaboration is in its life.' })
  status!: CollaborationStatus;

  @Field(() => Int, {
    description: 'Version of the ground rules in force (0: none published yet).',
  })
  currentGroundRulesVersion!: number;

  @Field(() => GraphQLISODateTime, { description: 'When it was created.' })
  createdAt!: Date;

  @Field(() => GraphQLISODateTime, { description: 'When it last changed.' })
  updatedAt!: Date;

  previousCollaborationId!: string | null;

  static from(entity: CollaborationEntity): CollaborationType {
    return Object.assign(new CollaborationType(), {
      id: entity.id,
      title: entity.title,
      objective: entity.objective,
      description: entity.description,
      status: entity.status,
      currentGroundRulesVersion: entity.currentGroundRulesVersion,
      previousCollaborationId: entity.previousCollaborationId,
      createdAt: entity.createdAt,
      updatedAt: entity.updatedAt,
    });
  }
}

export const CollaborationConnection = Connection(CollaborationType, 'Collaboration');

@ObjectType('Facilitator', { description: 'A person who facilitates the collaboration.' })
export class FacilitatorType {
  @Field(() => ID, { description: 'The id of the person.' })
  id!: string;

  @Field({ description: 'The name the person shows to others.' })
  displayName!: string;
}

@ObjectType('Participation', { description: "An organization's place in a collaboration." })
export class ParticipationType {
  @Field(() => ID, { description: 'The id of the participation.' })
  id!: string;

  @Field(() => ID, { description: 'The id of the collaboration.' })
  collaborationId!: string;

  @Field(() => ID, { description: 'The id of the organization.' })
  organizationId!: string;

  @Field(() => ParticipationStatus, {
    description: "Where the organization's participation stands.",
  })
  status!: ParticipationStatus;

  @Field({ description: 'Accepted, and has accepted the ground rules in force.' })
  active!: boolean;

  @Field({
    description: 'Accepted, but a newer version of the ground rules awaits its acceptance.',
  })
  mustAcceptGroundRules!: boolean;

  @Field(() => Int, {
    description: 'The version of the ground rules it accepted last; null if none.',
    nullable: true,
  })
  acceptedGroundRulesVersion!: number | null;

  @Field({ description: 'The message sent with the invitation.' })
  invitationMessage!: string;

  @Field(() => String, {
    description: 'Why it was declined or withdrawn; null if no reason was given.',
    nullable: true,
  })
  statusReason!: string | null;

  @Field(() => GraphQLISODateTime, { description: 'When it was invited.' })
  invitedAt!: Date;

  @Field(() => GraphQLISODateTime, {
    description: 'When it answered; null until then.',
    nullable: true,
  })
  respondedAt!: Date | null;

  /** Expects `collaboration` to be loaded. */
  static from(entity: ParticipationEntity): ParticipationType {
    const current = present(
      entity.collaboration,
      'participation.collaboration',
    ).currentGroundRulesVersion;
    const active = entity.isActive(current);
    return Object.assign(new ParticipationType(), {
      id: entity.id,
      collaborationId: entity.collaborationId,
      organizationId: entity.organizationId,
      status: entity.status,
      active,
      mustAcceptGroundRules:
        current > 0 &&
        !active &&
        (entity.status === ParticipationStatus.ACCEPTED ||
          entity.status === ParticipationStatus.INVITED),
      acceptedGroundRulesVersion: entity.acceptedGroundRulesVersion,
      invitationMessage: entity.invitationMessage,
      statusReason: entity.statusReason,
      invitedAt: entity.invitedAt,
      respondedAt: entity.respondedAt,
    });
  }
}

export const ParticipationConnection = Connection(ParticipationType, 'Participation');

@ObjectType('GroundRulesVersion', {
  description: "A published version of the collaboration's ground rules.",
})
export class GroundRulesVersionType {
  @Field(() => ID, { description: 'The id of the version.' })
  id!: string;

  @Field(() => ID, { description: 'The id of the collaboration.' })
  collaborationId!: string;

  @Field(() => Int, { description: 'Its number, from 1.' })
  version!: number;

  @Field({ description: 'Rules of the game between the parties (markdown).' })
  body!: string;

  @Field({ description: 'Rules of the game toward third parties (markdown).' })
  thirdPartyRules!: string;

  @Field({ description: 'What changed from the version before.' })
  changeSummary!: string;

  @Field({ description: 'The name of the facilitator who published it.' })
  publishedByName!: string;

  @Field(() => GraphQLISODateTime, { description: 'When it was published.' })
  publishedAt!: Date;

  /** Expects `publisher` to be loaded. */
  static from(entity: GroundRulesVersionEntity): GroundRulesVersionType {
    return Object.assign(new GroundRulesVersionType(), {
      id: entity.id,
      collaborationId: entity.collaborationId,
      version: entity.version,
      body: entity.body,
      thirdPartyRules: entity.thirdPartyRules,
      changeSummary: entity.changeSummary,
      publishedByName: entity.publisher?.displayName ?? '',
      publishedAt: entity.publishedAt,
    });
  }
}

@ObjectType('GroundRulesAcceptance', {
  description: "An organization's acceptance of a version of the ground rules.",
})
export class GroundRulesAcceptanceType {
  @Field(() => ID, { description: 'The id of the acceptance.' })
  id!: string;

  @Field(() => ID, { description: 'The id of the participation.' })
  participationId!: string;

  @Field(() => ID, { description: 'The id of the organization.' })
  organizationId!: string;

  @Field({ description: "The organization's name." })
  organizationName!: string;

  @Field(() => Int, { description: 'The version accepted.' })
  version!: number;

  @Field({ description: 'The name of the person who accepted.' })
  acceptedByName!: string;

  @Field(() => GraphQLISODateTime, { description: 'When it was accepted.' })
  acceptedAt!: Date;

  /** Expects `organization` and `acceptor` to be loaded. */
  static from(entity: GroundRulesAcceptanceEntity): GroundRulesAcceptanceType {
    return Object.assign(new GroundRulesAcceptanceType(), {
      id: entity.id,
      participationId: entity.participationId,
      organizationId: entity.organizationId,
      organizationName: entity.organization?.name ?? '',
      version: entity.version,
      acceptedByName: entity.acceptor?.displayName ?? '',
      acceptedAt: entity.acceptedAt,
    });
  }
}

@ObjectType('ParticipationEntry', { description: 'Something an organization seeks or offers.' })
export class ParticipationEntryType {
  @Field(() => ID, { description: 'The id of the entry.' })
  id!: string;

  @Field(() => ID, { description: 'The id of the participation.' })
  participationId!: string;

  @Field(() => EntryDirection, { description: 'Whether the organization seeks or offers it.' })
  direction!: EntryDirection;

  @Field(() => ContributionType, { description: 'What kind of contribution.' })
  contributionType!: ContributionType;

  @Field({ description: 'What, in a few words.' })
  description!: string;

  @Field(() => GraphQLISODateTime, { description: 'When it was added.' })
  createdAt!: Date;

  @Field(() => GraphQLISODateTime, { description: 'When it last changed.' })
  updatedAt!: Date;

  static from(entity: ParticipationEntryEntity): ParticipationEntryType {
    return Object.assign(new ParticipationEntryType(), {
      id: entity.id,
      participationId: entity.participationId,
      direction: entity.direction,
      contributionType: entity.contributionType,
      description: entity.description,
      createdAt: entity.createdAt,
      updatedAt: entity.updatedAt,
    });
  }
}
