import { ArgsType, Field, InputType } from '@nestjs/graphql';
import { IdInput, LIMITS, Omittable, PageArgs, Trim } from '@alianza/api-core';
import {
  CollaborationStatus,
  ContributionType,
  EntryDirection,
  ParticipationStatus,
} from '@alianza/shared';
import { IsEnum, IsNotEmpty, IsOptional, IsString, MaxLength } from 'class-validator';

@InputType()
export class CreateCollaborationInput {
  @Field()
  @Trim()
  @IsNotEmpty()
  @MaxLength(LIMITS.name)
  title!: string;

  @Field({ defaultValue: '' })
  @Trim()
  @IsString()
  @MaxLength(LIMITS.longText)
  objective: string = '';

  @Field({ defaultValue: '' })
  @Trim()
  @IsString()
  @MaxLength(LIMITS.longText)
  description: string = '';
}

@InputType()
export class UpdateCollaborationInput {
  @Field({ nullable: true })
  @Omittable()
  @Trim()
  @IsNotEmpty()
  @MaxLength(LIMITS.name)
  title?: string;

  @Field({ nullable: true })
  @Omittable()
  @Trim()
  @IsString()
  @MaxLength(LIMITS.longText)
  objective?: string;

  @Field({ nullable: true })
  @Omittable()
  @Trim()
  @IsString()
  @MaxLength(LIMITS.longText)
  description?: string;
}

@ArgsType()
export class CollaborationsArgs extends PageArgs {
  @Field(() => CollaborationStatus, { nullable: true })
  @IsOptional()
  @IsEnum(CollaborationStatus)
  status?: CollaborationStatus;
}

@InputType()
export class InviteOrganizationInput {
  @IdInput('organizationId')
  organizationId!: string;

  @Field({ defaultValue: '' })
  @Trim()
  @IsString()
  @MaxLength(LIMITS.longText)
  message: string = '';
}

@InputType()
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

@InputType()
export class ReasonInput {
  @Field({ defaultValue: '' })
  @Trim()
  @IsString()
  @MaxLength(LIMITS.reason)
  reason: string = '';
}

@InputType()
export class ParticipationEntryInput {
  @Field(() => EntryDirection)
  @IsEnum(EntryDirection)
  direction!: EntryDirection;

  @Field(() => ContributionType)
  @IsEnum(ContributionType)
  contributionType!: ContributionType;

  @Field()
  @Trim()
  @IsNotEmpty()
  @MaxLength(LIMITS.longText)
  description!: string;
}

@InputType()
export class UpdateParticipationEntryInput {
  @Field(() => ContributionType, { nullable: true })
  @Omittable()
  @IsEnum(ContributionType)
  contributionType?: ContributionType;

  @Field({ nullable: true })
  @Omittable()
  @Trim()
  @IsNotEmpty()
  @MaxLength(LIMITS.longText)
  description?: string;
}

@ArgsType()
export class ParticipationsArgs extends PageArgs {
  @IdInput('collaborationId', { nullable: true })
  collaborationId?: string;

  @IdInput('organizationId', { nullable: true })
  organizationId?: string;

  @Field(() => ParticipationStatus, { nullable: true })
  @IsOptional()
  @IsEnum(ParticipationStatus)
  status?: ParticipationStatus;
}
