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

@InputType()
class ObjectiveRatingInput {
  @IdInput('objectiveId')
  objectiveId!: string;
  @Field(() => Int) @IsInt() @Min(1) @Max(5) rating!: number;
  @Field({ defaultValue: '' }) @Trim() @IsString() @MaxLength(LIMITS.longText) comment: string = '';
}

@InputType()
class PeerRatingInput {
  @IdInput('organizationId')
  organizationId!: string;
  @Field(() => Int) @IsInt() @Min(1) @Max(5) rating!: number;
  @Field({ defaultValue: '' }) @Trim() @IsString() @MaxLength(LIMITS.longText) comment: string = '';
}

@InputType()
export class EvaluationInput {
  @Field(() => [ObjectiveRatingInput], { defaultValue: [] })
  @ArrayMaxSize(100)
  @ValidateNested({ each: true })
  @Type(() => ObjectiveRatingInput)
  objectiveRatings: ObjectiveRatingInput[] = [];
  @Field(() => [PeerRatingInput], { defaultValue: [] })
  @ArrayMaxSize(100)
  @ValidateNested({ each: true })
  @Type(() => PeerRatingInput)
  peerRatings: PeerRatingInput[] = [];
  @Field({ defaultValue: '' }) @Trim() @IsString() @MaxLength(LIMITS.longText) assessment: string =
    '';
}
