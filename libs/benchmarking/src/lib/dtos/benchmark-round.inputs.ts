import { Field, Float, GraphQLISODateTime, ID, InputType, Int } from '@nestjs/graphql';
import { DecimalInput, GraphQLDecimal, IdInput, LIMITS, Trim } from '@alianza/api-core';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsBoolean,
  IsDate,
  IsEnum,
  IsInt,
  IsNotEmpty,
  IsNumber,
  IsOptional,
  IsString,
  IsUUID,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { BenchmarkPublicationMode } from '../entities/benchmark-round.entity';
import { BenchmarkPrivacyInput } from './benchmark-privacy.inputs';

@InputType({
  description: 'A new benchmark round: what is measured and how results are published.',
})
export class CreateBenchmarkRoundInput {
  @Field({ description: 'What participants submit a value for.' })
  @Trim()
  @IsNotEmpty()
  @MaxLength(LIMITS.name)
  metricName!: string;
  @Field({ defaultValue: '', description: 'e.g. "EUR", "%", "people".' })
  @Trim()
  @IsString()
  @MaxLength(LIMITS.unit)
  unit: string = '';
  @IdInput('areaId', { nullable: true, description: 'An area of the collaboration.' })
  areaId?: string | null;
  @Field({ description: 'Whether a higher value ranks better.', defaultValue: true })
  @IsBoolean()
  higherIsBetter: boolean = true;
  @Field({ defaultValue: false, description: 'Values add up (revenue, staff).' })
  @IsBoolean()
  summable: boolean = false;
  @Field(() => Int, { defaultValue: 5, description: 'Minimum group size; at least 3.' })
  @IsInt()
  @Min(3, { message: 'k must be at least 3: fewer contributors could be singled out.' })
  @Max(1000)
  k: number = 5;
  @Field(() => Float, {
    defaultValue: 0.25,
    description: 'Largest share of the total one contributor may hold, in (0, 1].',
  })
  @IsNumber({ allowNaN: false, allowInfinity: false })
  @Min(0.01, { message: 'The dominance cap must be between 0.01 and 1.' })
  @Max(1, { message: 'The dominance cap must be between 0.01 and 1.' })
  dominanceCap: number = 0.25;
  @Field({
    description: "Whether the facilitator may read each organization's value.",
    defaultValue: false,
  })
  @IsBoolean()
  facilitatorSeesValues: boolean = false;
  @Field(() => BenchmarkPublicationMode, {
    description: 'How results are published.',
    defaultValue: BenchmarkPublicationMode.RANK_BANDS,
  })
  @IsEnum(BenchmarkPublicationMode)
  publicationMode: BenchmarkPublicationMode = BenchmarkPublicationMode.RANK_BANDS;
  @Field(() => BenchmarkPrivacyInput, {
    nullable: true,
    description: 'Required for DIFFERENTIAL_PRIVACY, refused otherwise.',
  })
  @IsOptional()
  @ValidateNested()
  @Type(() => BenchmarkPrivacyInput)
  differentialPrivacy?: BenchmarkPrivacyInput | null;
  @Field(() => GraphQLISODateTime, { nullable: true, description: 'Default: now.' })
  @IsOptional()
  @IsDate()
  opensAt?: Date | null;
  @Field(() => GraphQLISODateTime, { description: 'When submissions close.' })
  @IsDate()
  closesAt!: Date;
  @Field(() => [ID], { description: 'At least two active participants of the collaboration.' })
  @ArrayMinSize(2, { message: 'Choose at least two organizations.' })
  @ArrayMaxSize(500)
  @IsUUID('all', { each: true, message: 'participantOrganizationIds must be valid ids' })
  participantOrganizationIds!: string[];
}

/**
 * A benchmark value: up to 15 digits before the point and 6 after, and at most 15 significant
 * digits in all, which the stored value (a double) keeps exactly.
 */
@InputType({ description: "An organization's private value for a benchmark round." })
export class SubmitBenchmarkValueInput {
  @Field(() => GraphQLDecimal, {
    description:
      "The organization's value, in the round's unit: at most 15 significant digits, 6 of them after the point.",
  })
  // Required by the schema; `IsOptional` only because the validation pipe checks an omitted
  // input (the deprecated `value` argument given instead) as {}.
  @IsOptional()
  @DecimalInput('value', { integerDigits: 15, scale: 6, fitsDouble: true })
  value!: string;
}
