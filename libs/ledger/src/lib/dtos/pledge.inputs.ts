import { Field, ID, InputType } from '@nestjs/graphql';
import { IdInput, IsCalendarDate, LIMITS, Trim } from '@alianza/api-core';
import { ContributionType } from '@alianza/shared';
import { ArrayMaxSize, ArrayMinSize, IsEnum, IsNotEmpty, IsUUID, MaxLength } from 'class-validator';

@InputType()
export class PledgeInput {
  @IdInput('receiverOrganizationId', {
    nullable: true,
    description: 'Null: to the collaboration as a whole.',
  })
  receiverOrganizationId?: string;
  @Field(() => ContributionType) @IsEnum(ContributionType) contributionType!: ContributionType;
  @Field() @Trim() @IsNotEmpty() @MaxLength(LIMITS.longText) description!: string;
  @Field({ description: 'YYYY-MM-DD' })
  @IsCalendarDate('dueOn')
  dueOn!: string;
}

@InputType()
export class FulfilPledgeInput {
  @Field(() => [ID])
  @ArrayMinSize(1)
  @ArrayMaxSize(100)
  @IsUUID('all', { each: true, message: 'entryIds must be valid ids' })
  entryIds!: string[];
}

@InputType()
export class CancelPledgeInput {
  @Field() @Trim() @IsNotEmpty() @MaxLength(LIMITS.longText) reason!: string;
}
