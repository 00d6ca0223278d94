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

registerEnumType(CollaborationStatus, { name: 'CollaborationStatus' });
registerEnumType(ParticipationStatus, { name: 'ParticipationStatus' });
registerEnumType(ContributionType, { name: 'ContributionType' });
registerEnumType(EntryDirection, { name: 'EntryDirection' });

@ObjectType('Collaboration')
export class CollaborationType {
  @Field(() => ID)
  id!: string;

  @Field()
  title!: string;

  @Field()
  objective!: string;

  @Field()
  description!: string;

  @Field(() => CollaborationStatus)
  status!: CollaborationStatus;

  @Field(() => Int, {
    description: 'Version of the ground rules in force (0: none published yet).',
  })
  currentGroundRulesVersion!: number;

  @Field(() => GraphQLISODateTime)
  createdAt!: Date;

  @Field(() => GraphQLISODateTime)
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

@ObjectType('Facilitator')
export class FacilitatorType {
  @Field(() => ID)
  id!: string;

  @Field()
  displayName!: string;
}

@ObjectType('Participation', { description: "An organization's place in a collaboration." })
export class ParticipationType {
  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  collaborationId!: string;

  @Field(() => ID)
  organizationId!: string;

  @Field(() => ParticipationStatus)
  status!: ParticipationStatus;

  @Field({ description: 'Accepted, and has accepted the ground rules in force.' })
  active!: boolean;

  @Field({
    description: 'Accepted, but a newer version of the ground rules awaits its acceptance.',
  })
  mustAcceptGroundRules!: boolean;

  @Field(() => Int, { nullable: true })
  acceptedGroundRulesVersion!: number | null;

  @Field()
  invitationMessage!: string;

  @Field(() => String, { nullable: true })
  statusReason!: string | null;

  @Field(() => GraphQLISODateTime)
  invitedAt!: Date;

  @Field(() => GraphQLISODateTime, { nullable: true })
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

@ObjectType('GroundRulesVersion')
export class GroundRulesVersionType {
  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  collaborationId!: string;

  @Field(() => Int)
  version!: number;

  @Field({ description: 'Rules of the game between the parties (markdown).' })
  body!: string;

  @Field({ description: 'Rules of the game toward third parties (markdown).' })
  thirdPartyRules!: string;

  @Field()
  changeSummary!: string;

  @Field()
  publishedByName!: string;

  @Field(() => GraphQLISODateTime)
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

@ObjectType('GroundRulesAcceptance')
export class GroundRulesAcceptanceType {
  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  participationId!: string;

  @Field(() => ID)
  organizationId!: string;

  @Field()
  organizationName!: string;

  @Field(() => Int)
  version!: number;

  @Field()
  acceptedByName!: string;

  @Field(() => GraphQLISODateTime)
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
  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  participationId!: string;

  @Field(() => EntryDirection)
  direction!: EntryDirection;

  @Field(() => ContributionType)
  contributionType!: ContributionType;

  @Field()
  description!: string;

  @Field(() => GraphQLISODateTime)
  createdAt!: Date;

  @Field(() => GraphQLISODateTime)
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
