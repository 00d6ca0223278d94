import { ArgsType, Field, Int } from '@nestjs/graphql';
import { DEFAULT_PAGE_SIZE, IdInput } from '@alianza/api-core';
import { IsInt, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';
import { SEARCH_LIMITS } from '../search-text';

/** At most this many hits a page. */
export const MAX_SEARCH_PAGE = 50;

@ArgsType()
export class SearchArgs {
  @Field({
    description: `Words to find (Spanish or English; accents do not matter). At most ${SEARCH_LIMITS.query} characters.`,
  })
  @IsString()
  @MaxLength(SEARCH_LIMITS.query * 5) // the words themselves are checked by `searchQuery`
  query!: string;

  @IdInput('collaborationId', {
    nullable: true,
    description: 'Only this collaboration (by default every one the viewer reaches).',
  })
  collaborationId?: string;

  @Field(() => Int, { defaultValue: DEFAULT_PAGE_SIZE, description: `At most ${MAX_SEARCH_PAGE}.` })
  @IsInt()
  @Min(1)
  @Max(MAX_SEARCH_PAGE)
  first: number = DEFAULT_PAGE_SIZE;

  @Field(() => String, { nullable: true, description: 'The `endCursor` of the previous page.' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  after?: string;
}
