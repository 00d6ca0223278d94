import { Field, Float, InputType } from '@nestjs/graphql';
import { ArrayMaxSize, IsBoolean, IsEnum, IsNumber, IsOptional } from 'class-validator';
import { DecimalInput, GraphQLDecimal, useDecimal } from '@alianza/api-core';
import { MAX_EPSILON, PrivacyLevel } from '../differential-privacy';

/** A bound of the values: as a submitted value (15 significant digits, kept exactly as a double). */
const BOUND = { integerDigits: 15, scale: 6, fitsDouble: true };

@InputType('BenchmarkPrivacyInput', {
  description: 'The settings of a differentially private round (ADR 0012).',
})
export class BenchmarkPrivacyInput {
  @Field(() => GraphQLDecimal, {
    nullable: true,
    description:
      'The lowest plausible value: smaller ones count as it (required unless the deprecated lower is given).',
  })
  @IsOptional()
  @DecimalInput('lowerDecimal', BOUND)
  lowerDecimal?: string | null;
  @Field(() => GraphQLDecimal, {
    nullable: true,
    description:
      'The highest plausible value: larger ones count as it (required unless the deprecated upper is given).',
  })
  @IsOptional()
  @DecimalInput('upperDecimal', BOUND)
  upperDecimal?: string | null;
  @Field(() => Float, {
    nullable: true,
    description: 'The lowest plausible value, as a Float.',
    deprecationReason: useDecimal('lower'),
  })
  @IsOptional()
  @IsNumber({ allowNaN: false, allowInfinity: false })
  lower?: number | null;
  @Field(() => Float, {
    nullable: true,
    description: 'The highest plausible value, as a Float.',
    deprecationReason: useDecimal('upper'),
  })
  @IsOptional()
  @IsNumber({ allowNaN: false, allowInfinity: false })
  upper?: number | null;
  @Field(() => PrivacyLevel, {
    description: 'How private the published figures are.',
    defaultValue: PrivacyLevel.BALANCED,
  })
  @IsEnum(PrivacyLevel)
  level: PrivacyLevel = PrivacyLevel.BALANCED;
  @Field(() => Float, {
    nullable: true,
    description: `Advanced: an exact ε (above 0, at most ${MAX_EPSILON}) instead of the level.`,
  })
  @IsOptional()
  @IsNumber({ allowNaN: false, allowInfinity: false })
  epsilon?: number | null;
  @Field({ defaultValue: false, description: 'Publish the average (figures that add up only).' })
  @IsBoolean()
  publishMean: boolean = false;
  @Field(() => [Float], {
    nullable: true,
    description: 'Quantiles to publish, each in (0, 1). Default: 0.25, 0.5, 0.75.',
  })
  @IsOptional()
  @ArrayMaxSize(9)
  @IsNumber({ allowNaN: false, allowInfinity: false }, { each: true })
  quantiles?: number[] | null;
}
