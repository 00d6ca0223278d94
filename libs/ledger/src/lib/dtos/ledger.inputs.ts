import { ArgsType, Field, ID, InputType } from '@nestjs/graphql';
import {
  DecimalInput,
  eitherDecimal,
  GraphQLDecimal,
  IsCalendarDate,
  LIMITS,
  PageArgs,
  Trim,
  IdInput,
  useDecimal,
} from '@alianza/api-core';
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

/** A ledger value: a non-negative numeric(18, 2). */
const LEDGER_VALUE = { integerDigits: 16, scale: 2, nonNegative: true };

@InputType({ description: 'What one unit of contribution in an area is worth.' })
class AreaValueInput {
  @IdInput('areaId') areaId!: string;
  @Field(() => String, {
    description: "The value, a decimal in the ledger's scale.",
    nullable: true,
    deprecationReason: useDecimal('value'),
  })
  @IsOptional()
  @Matches(DECIMAL, { message: 'value must be a non-negative decimal with at most two decimals' })
  value?: string | null;
  @Field(() => GraphQLDecimal, {
    description:
      "The value in the ledger's scale, at most 2 decimals (required unless the deprecated value is given).",
    nullable: true,
  })
  @IsOptional()
  @DecimalInput('valueDecimal', LEDGER_VALUE)
  valueDecimal?: string | null;
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
  @Field(() => String, {
    nullable: true,
    description: '"Give first, then receive": the tolerated gap (received minus given).',
    deprecationReason: useDecimal('reciprocityThreshold'),
  })
  @IsOptional()
  @Matches(DECIMAL, {
    message: 'reciprocityThreshold must be a non-negative decimal with at most two decimals',
  })
  reciprocityThreshold?: string | null;
  @Field(() => GraphQLDecimal, {
    nullable: true,
    description:
      '"Give first, then receive": the tolerated gap (received minus given), at most 2 decimals; null: none.',
  })
  @IsOptional()
  @DecimalInput('reciprocityThresholdDecimal', LEDGER_VALUE)
  reciprocityThresholdDecimal?: string | null;
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
  @Field(() => String, {
    description: 'Per receiver; exact decimal.',
    nullable: true,
    deprecationReason: useDecimal('value'),
  })
  @IsOptional()
  @Matches(DECIMAL, { message: 'value must be a non-negative decimal with at most two decimals' })
  value?: string | null;
  @Field(() => GraphQLDecimal, {
    description:
      'Per receiver, at most 2 decimals (required unless the deprecated value is given).',
    nullable: true,
  })
  @IsOptional()
  @DecimalInput('valueDecimal', LEDGER_VALUE)
  valueDecimal?: string | null;
  @Field({ description: 'YYYY-MM-DD' })
  @IsCalendarDate('occurredOn')
  occurredOn!: string;
  @IdInput('taskId', { nullable: true })
  taskId?: string;
  @IdInput('milestoneId', { nullable: true })
  milestoneId?: string;
}

/** The ledger settings with each value taken from its Decimal field or its deprecated twin. */
export function settingsValues(input: LedgerSettingsInput): {
  valuationScale: ValuationScale;
  currency?: string;
  areaValues: { areaId: string; value: string }[];
  reciprocityThreshold: string | null;
} {
  return {
    valuationScale: input.valuationScale,
    currency: input.currency,
    areaValues: input.areaValues.map((a, i) => ({
      areaId: a.areaId,
      value: eitherDecimal(
        `input.areaValues[${i}].valueDecimal`,
        a.valueDecimal,
        a.value,
        true,
      ) as string,
    })),
    reciprocityThreshold:
      eitherDecimal(
        'input.reciprocityThresholdDecimal',
        input.reciprocityThresholdDecimal,
        input.reciprocityThreshold,
        false,
      ) ?? null,
  };
}

/** The declared value, from `valueDecimal` or the deprecated `value`. */
export function declaredValue(input: DeclareContributionInput): string {
  return eitherDecimal('input.valueDecimal', input.valueDecimal, input.value, true) as string;
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
