import { ArgsType, Field, ID, InputType } from '@nestjs/graphql';
import { IdInput, IsCalendarDate, LIMITS, PageArgs, Trim } from '@alianza/api-core';
import { ContributionType, PledgeStatus } from '@alianza/shared';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsEnum,
  IsNotEmpty,
  IsOptional,
  IsUUID,
  MaxLength,
} from 'class-validator';

@ArgsType()
export class PledgesArgs extends PageArgs {
  @Field(() => PledgeStatus, { description: 'Only pledges with this status.', nullable: true })
  @IsOptional()
  @IsEnum(PledgeStatus)
  status?: PledgeStatus;
}

@InputType({ description: "A contribution the viewer's organization promises." })
export class PledgeInput {
  @IdInput('receiverOrganizationId', {
    nullable: true,
    description: 'Null: to the collaboration as a whole.',
  })
  receiverOrganizationId?: string;
  @Field(() => ContributionType, { description: 'What kind of contribution is promised.' })
  @IsEnum(ContributionType)
  contributionType!: ContributionType;
  @Field({ description: 'What is promised.' })
  @Trim()
  @IsNotEmpty()
  @MaxLength(LIMITS.longText)
  description!: string;
  @Field({ description: 'YYYY-MM-DD' })
  @IsCalendarDate('dueOn')
  dueOn!: string;
}

@InputType({ description: 'The ledger entries that fulfil a pledge.' })
export class FulfilPledgeInput {
  @Field(() => [ID], { description: 'The ids of the entries.' })
  @ArrayMinSize(1)
  @ArrayMaxSize(100)
  @IsUUID('all', { each: true, message: 'entryIds must be valid ids' })
  entryIds!: string[];
}

@InputType({ description: 'Why a pledge is cancelled.' })
export class CancelPledgeInput {
  @Field({ description: 'Why, in a few words.' })
  @Trim()
  @IsNotEmpty()
  @MaxLength(LIMITS.longText)
  reason!: string;
}
