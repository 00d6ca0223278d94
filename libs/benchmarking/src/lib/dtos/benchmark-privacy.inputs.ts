import { Field, Float, InputType } from '@nestjs/graphql';
import { ArrayMaxSize, IsBoolean, IsEnum, IsNumber, IsOptional } from 'class-validator';
import { MAX_EPSILON, PrivacyLevel } from '../differential-privacy';

@InputType('BenchmarkPrivacyInput', {
  description: 'The settings of a differentially private round (ADR 0012).',
})
export class BenchmarkPrivacyInput {
  @Field(() => Float, { description: 'The lowest plausible value: smaller ones count as it.' })
  @IsNumber({ allowNaN: false, allowInfinity: false })
  lower!: number;
  @Field(() => Float, { description: 'The highest plausible value: larger ones count as it.' })
  @IsNumber({ allowNaN: false, allowInfinity: false })
  upper!: number;
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
