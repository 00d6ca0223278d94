import { Field, Float, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Connection } from '@alianza/api-core';
import { SearchHitKind } from '../search-text';

registerEnumType(SearchHitKind, {
  name: 'SearchHitKind',
  description: 'What a search hit is; each kind opens its own screen.',
});

@ObjectType({
  description: 'A piece of a highlighted text: matched words, or the text around them.',
})
export class SearchTextSegment {
  @Field()
  text!: string;

  @Field({ description: 'Whether these are words the query matched.' })
  match!: boolean;
}

@ObjectType({ description: 'Where a hit opens: its collaboration and the record to show there.' })
export class SearchLink {
  @Field(() => ID)
  collaborationId!: string;

  @Field(() => SearchHitKind)
  kind!: SearchHitKind;

  @Field(() => ID, {
    description:
      'The record to open: the item, the grant (a shared item), the publication, the question, the published answer, the objective, milestone or task, the audit record.',
  })
  targetId!: string;
}

@ObjectType({ description: 'One thing a search found, among what the viewer may read.' })
export class SearchHit {
  @Field(() => SearchHitKind)
  kind!: SearchHitKind;

  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  collaborationId!: string;

  @Field()
  collaborationTitle!: string;

  @Field({ description: 'The title as stored (a question without subject: its first words).' })
  title!: string;

  @Field(() => [SearchTextSegment], { description: 'The title, its matched words flagged.' })
  titleHighlight!: SearchTextSegment[];

  @Field(() => [SearchTextSegment], {
    description: 'The best passages of the text, matched words flagged (plain text, not HTML).',
  })
  highlight!: SearchTextSegment[];

  @Field(() => Float, { description: 'How well it matches (higher first).' })
  rank!: number;

  @Field(() => SearchLink)
  link!: SearchLink;
}

/** A page of search hits, best first; `totalCount` counts every hit. */
export const SearchHitConnection = Connection(SearchHit, 'SearchHit');
export type SearchHitConnection = InstanceType<typeof SearchHitConnection>;
