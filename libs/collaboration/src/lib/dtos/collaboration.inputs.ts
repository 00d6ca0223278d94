import { ArgsType, Field, ID, InputType } from '@nestjs/graphql';
import { IdInput, LIMITS, Omittable, PageArgs, Trim } from '@alianza/api-core';
import {
  CollaborationStatus,
  ContributionType,
  EntryDirection,
  ParticipationStatus,
} from '@alianza/shared';
import {
  ArrayMaxSize,
  IsEnum,
  IsNotEmpty,
  IsOptional,
  IsString,
  IsUUID,
  MaxLength,
} from 'class-validator';

@InputType({ description: 'A new collaboration.' })
export class CreateCollaborationInput {
  @Field({ description: "The collaboration's title." })
  @Trim()
  @IsNotEmpty()
  @MaxLength(LIMITS.name)
  title!: string;

  @Field({
    description: 'What the collaboration wants to achieve, in a sentence.',
    defaultValue: '',
  })
  @Trim()
  @IsString()
  @MaxLength(LIMITS.longText)
  objective: string = '';

  @Field({ description: 'More about the collaboration.', defaultValue: '' })
  @Trim()
  @IsString()
  @MaxLength(LIMITS.longText)
  description: string = '';
}

@InputType({ description: 'Changes to a collaboration; omitted fields stay as they are.' })
export class UpdateCollaborationInput {
  @Field({ description: 'The new title.', nullable: true })
  @Omittable()
  @Trim()
  @IsNotEmpty()
  @MaxLength(LIMITS.name)
  title?: string;

  @Field({ description: 'The new objective.', nullable: true })
  @Omittable()
  @Trim()
  @IsString()
  @MaxLength(LIMITS.longText)
  objective?: string;

  @Field({ description: 'The new description.', nullable: true })
  @Omittable()
  @Trim()
  @IsString()
  @MaxLength(LIMITS.longText)
  description?: string;
}

@InputType({ description: 'A collaboration that follows up a closed one, and whom to invite.' })
export class FollowUpCollaborationInput extends CreateCollaborationInput {
  @Field(() => [ID], {
    nullable: true,
    description: 'The organizations to invite. Default: every former participant.',
  })
  @IsOptional()
  @ArrayMaxSize(100)
  @IsUUID('all', { each: true, message: 'organizationIds must be valid ids' })
  organizationIds?: string[];
}

@InputType({ description: "A move of the collaboration's status." })
export class ChangeCollaborationStatusInput {
  @Field(() => CollaborationStatus, { description: 'The new status.' })
  @IsEnum(CollaborationStatus)
  status!: CollaborationStatus;

  @Field(() => String, {
    nullable: true,
    description: 'Why closing without every evaluation (required then).',
  })
  @IsOptional()
  @IsString()
  @MaxLength(LIMITS.reason)
  overrideReason?: string;
}

@ArgsType()
export class CollaborationsArgs extends PageArgs {
  @Field(() => CollaborationStatus, {
    description: 'Only collaborations with this status.',
    nullable: true,
  })
  @IsOptional()
  @IsEnum(CollaborationStatus)
  status?: CollaborationStatus;
}

@InputType({ description: 'An organization to invite into the collaboration.' })
export class InviteOrganizationInput {
  @IdInput('organizationId')
  organizationId!: string;

  @Field({ description: 'A message to the invited organization.', defaultValue: '' })
  @Trim()
  @IsString()
  @MaxLength(LIMITS.longText)
  message: string = '';
}

@InputType({ description: 'A new version of the ground rules.' })
export class PublishGroundRulesInput {
  @Field({ description: 'Rules of the game between the parties (markdown).' })
  @Trim()
  @IsNotEmpty()
  @MaxLength(LIMITS.document)
  body!: string;

  @Field({ description: 'Rules of the game toward third parties (markdown).' })
  @Trim()
  @IsNotEmpty()
  @MaxLength(LIMITS.document)
  thirdPartyRules!: string;

  @Field({ defaultValue: '', description: 'What changed since the previous version.' })
  @Trim()
  @IsString()
  @MaxLength(LIMITS.longText)
  changeSummary: string = '';
}

@InputType({ description: 'An optional reason.' })
export class ReasonInput {
  @Field({ description: 'Why, in a few words.', defaultValue: '' })
  @Trim()
  @IsString()
  @MaxLength(LIMITS.reason)
  reason: string = '';
}

@InputType({ description: 'What an organization seeks or offers in the collaboration.' })
export class ParticipationEntryInput {
  @Field(() => EntryDirection, { description: 'Whether it seeks or offers it.' })
  @IsEnum(EntryDirection)
  direction!: EntryDirection;

  @Field(() => ContributionType, { description: 'What kind of contribution.' })
  @IsEnum(ContributionType)
  contributionType!: ContributionType;

  @Field({ description: 'What, in a few words.' })
  @Trim()
  @IsNotEmpty()
  @MaxLength(LIMITS.longText)
  description!: string;
}

@InputType({ description: 'Changes to an entry; omitted fields stay as they are.' })
export class UpdateParticipationEntryInput {
  @Field(() => ContributionType, { description: 'The new kind of contribution.', nullable: true })
  @Omittable()
  @IsEnum(ContributionType)
  contributionType?: ContributionType;

  @Field({ description: 'The new description.', nullable: true })
  @Omittable()
  @Trim()
  @IsNotEmpty()
  @MaxLength(LIMITS.longText)
  description?: string;
}

@ArgsType()
export class ParticipationsArgs extends PageArgs {
  @IdInput('collaborationId', { nullable: true, description: 'Only those of this collaboration.' })
  collaborationId?: string;

  @IdInput('organizationId', { nullable: true, description: 'Only those of this organization.' })
  organizationId?: string;

  @Field(() => ParticipationStatus, {
    description: 'Only participations with this status.',
    nullable: true,
  })
  @IsOptional()
  @IsEnum(ParticipationStatus)
  status?: ParticipationStatus;
}
