import { ArgsType, Field, ID, InputType } from '@nestjs/graphql';
import { IsCalendarDate, LIMITS, PageArgs, Trim, IdInput } from '@alianza/api-core';
import { ContributionType, LedgerEntryStatus, ValuationScale } from '@alianza/shared';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsBoolean,
  IsEnum,
  IsNotEmpty,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  MaxLength,
  ValidateNested,
} from 'class-validator';

const DECIMAL = /^\d{1,16}(\.\d{1,2})?$/;

@InputType({ description: 'What one unit of contribution in an area is worth.' })
class AreaValueInput {
  @IdInput('areaId') areaId!: string;
  @Field({ description: "The value, a decimal in the ledger's scale." })
  @Matches(DECIMAL, { message: 'value must be a non-negative decimal with at most two decimals' })
  value!: string;
}

@InputType({ description: 'How the ledger values contributions.' })
export class LedgerSettingsInput {
  @Field(() => ValuationScale, { description: 'The scale values are given in.' })
  @IsEnum(ValuationScale)
  valuationScale!: ValuationScale;
  @Field({ nullable: true, description: 'ISO 4217, for the money scale.' })
  @IsOptional()
  @Matches(/^[A-Za-z]{3}$/, { message: 'currency must be a three-letter ISO code' })
  currency?: string;
  @Field(() => [AreaValueInput], { description: 'Values per area.', defaultValue: [] })
  @ArrayMaxSize(200)
  @ValidateNested({ each: true })
  @Type(() => AreaValueInput)
  areaValues: AreaValueInput[] = [];
  @Field({
    nullable: true,
    description: '"Give first, then receive": the tolerated gap (received minus given).',
  })
  @IsOptional()
  @Matches(DECIMAL, {
    message: 'reciprocityThreshold must be a non-negative decimal with at most two decimals',
  })
  reciprocityThreshold?: string;
}

@InputType({ description: "A contribution the viewer's organization gave." })
export class DeclareContributionInput {
  @Field(() => ID, {
    nullable: true,
    description: 'Defaults to your organization in this collaboration.',
  })
  @IsOptional()
  @IsUUID('all', { message: 'giverOrganizationId must be a valid id' })
  giverOrganizationId?: string;
  @Field(() => [ID], {
    description: 'Empty: to the collaboration as a whole. One entry per receiver.',
  })
  @ArrayMaxSize(100)
  @IsUUID('all', { each: true, message: 'receiverOrganizationIds must be valid ids' })
  receiverOrganizationIds!: string[];
  @Field(() => ContributionType, { description: 'What kind of contribution it was.' })
  @IsEnum(ContributionType)
  contributionType!: ContributionType;
  @Field({ description: 'What was given.' })
  @Trim()
  @IsNotEmpty()
  @MaxLength(LIMITS.longText)
  description!: string;
  @Field({ description: 'Per receiver; exact decimal.' })
  @Matches(DECIMAL, { message: 'value must be a non-negative decimal with at most two decimals' })
  value!: string;
  @Field({ description: 'YYYY-MM-DD' })
  @IsCalendarDate('occurredOn')
  occurredOn!: string;
  @IdInput('taskId', { nullable: true })
  taskId?: string;
  @IdInput('milestoneId', { nullable: true })
  milestoneId?: string;
}

@InputType({ description: 'The reason for the decision.' })
export class ReasonRequiredInput {
  @Field({ description: 'Why, in a few words.' })
  @Trim()
  @IsNotEmpty()
  @IsString()
  @MaxLength(LIMITS.longText)
  reason!: string;
}

@InputType({ description: "The facilitator's ruling on a disputed ledger entry." })
export class SettleLedgerDisputeInput {
  @Field({ description: 'True to uphold the entry as declared (it counts), false to void it.' })
  @IsBoolean()
  uphold!: boolean;

  @Field({ description: 'Why, in a few words.' })
  @Trim()
  @IsNotEmpty()
  @IsString()
  @MaxLength(LIMITS.longText)
  reason!: string;
}

@ArgsType()
export class LedgerEntriesArgs extends PageArgs {
  @IdInput('collaborationId')
  collaborationId!: string;
  @Field(() => LedgerEntryStatus, { description: 'Only entries with this status.', nullable: true })
  @IsOptional()
  @IsEnum(LedgerEntryStatus)
  status?: LedgerEntryStatus;
  @IdInput('organizationId', {
    nullable: true,
    description: 'Only entries this organization gave or received.',
  })
  organizationId?: string;
}
