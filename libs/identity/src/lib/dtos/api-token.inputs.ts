import { Field, GraphQLISODateTime, InputType } from '@nestjs/graphql';
import { LIMITS, Trim } from '@alianza/api-core';
import { Type } from 'class-transformer';
import { IsDate, IsNotEmpty, IsString, MaxLength } from 'class-validator';

@InputType({ description: 'A new API token for the signed-in account.' })
export class CreateApiTokenInput {
  @Field({ description: 'What the token is for, e.g. "Monthly board report".' })
  @Trim()
  @IsString()
  @IsNotEmpty()
  @MaxLength(LIMITS.label)
  name!: string;

  @Field(() => GraphQLISODateTime, { description: 'When it stops working (at most a year).' })
  @Type(() => Date)
  @IsDate()
  expiresAt!: Date;
}
