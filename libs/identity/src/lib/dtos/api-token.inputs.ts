import { Field, GraphQLISODateTime, InputType } from '@nestjs/graphql';
import { LIMITS, Trim } from '@alianza/api-core';
import { Type } from 'class-transformer';
import { IsArray, IsDate, IsNotEmpty, IsOptional, IsString, MaxLength } from 'class-validator';

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

  @Field(() => [String], {
    nullable: true,
    description:
      "Persisted queries: the GraphQL documents (one query each, at most 50) this token may run, and nothing else. Send one by the SHA-256 (hex) of its exact text with Apollo's automatic persisted queries (`extensions.persistedQuery`, version 1), or as the same text. Omitted: any report operation.",
  })
  @IsOptional()
  @IsArray()
  @IsString({ each: true })
  operations?: string[] | null;
}
