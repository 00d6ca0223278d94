import { Field, InputType, Int } from '@nestjs/graphql';
import { IdInput, LIMITS, Trim } from '@alianza/api-core';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsInt,
  IsString,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';

/** What every rating carries: the score and why. */
@InputType({ isAbstract: true })
abstract class RatingFields {
  @Field(() => Int, { description: 'The rating, from 1 (poor) to 5 (very good).' })
  @IsInt()
  @Min(1)
  @Max(5)
  rating!: number;
  @Field({ description: 'Why, in a few words.', defaultValue: '' })
  @Trim()
  @IsString()
  @MaxLength(LIMITS.longText)
  comment: string = '';
}

@InputType({ description: 'A rating of one objective.' })
class ObjectiveRatingInput extends RatingFields {
  @IdInput('objectiveId')
  objectiveId!: string;
}

@InputType({ description: 'A rating of another organization.' })
class PeerRatingInput extends RatingFields {
  @IdInput('organizationId')
  organizationId!: string;
}

@InputType({ description: "The viewer's organization's final evaluation." })
export class EvaluationInput {
  @Field(() => [ObjectiveRatingInput], {
    description: 'A rating of each objective.',
    defaultValue: [],
  })
  @ArrayMaxSize(100)
  @ValidateNested({ each: true })
  @Type(() => ObjectiveRatingInput)
  objectiveRatings: ObjectiveRatingInput[] = [];
  @Field(() => [PeerRatingInput], {
    description: 'A rating of each other organization.',
    defaultValue: [],
  })
  @ArrayMaxSize(100)
  @ValidateNested({ each: true })
  @Type(() => PeerRatingInput)
  peerRatings: PeerRatingInput[] = [];
  @Field({ description: 'The overall assessment.', defaultValue: '' })
  @Trim()
  @IsString()
  @MaxLength(LIMITS.longText)
  assessment: string = '';
}
