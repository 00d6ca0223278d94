import { Field, Float, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Connection } from '@alianza/api-core';
import { SearchHitKind } from '../search-text';

registerEnumType(SearchHitKind, {
  valuesMap: {
    AUDIT_RECORD: { description: 'A record of the audit log.' },
    ITEM: { description: "An item of the viewer's organization." },
    MILESTONE: { description: 'A milestone of the plan.' },
    OBJECTIVE: { description: 'An objective of the plan.' },
    PUBLICATION: { description: 'A publication of the facilitator.' },
    PUBLISHED_ANSWER: { description: 'A published question and answer.' },
    QUESTION: { description: 'A question to the facilitator.' },
    SHARED_ITEM: { description: "An item shared with the viewer's organization." },
    TASK: { description: 'A task of the plan.' },
  },
  name: 'SearchHitKind',
  description: 'What a search hit is; each kind opens its own screen.',
});

@ObjectType({
  description: 'A piece of a highlighted text: matched words, or the text around them.',
})
export class SearchTextSegment {
  @Field({ description: 'A piece of the text.' })
  text!: string;

  @Field({ description: 'Whether these are words the query matched.' })
  match!: boolean;
}

@ObjectType({ description: 'Where a hit opens: its collaboration and the record to show there.' })
export class SearchLink {
  @Field(() => ID, { description: 'The id of the collaboration the hit is in.' })
  collaborationId!: string;

  @Field(() => SearchHitKind, { description: 'What kind of record the hit is.' })
  kind!: SearchHitKind;

  @Field(() => ID, {
    description:
      'The record to open: the item, the grant (a shared item), the publication, the question, the published answer, the objective, milestone or task, the audit record.',
  })
  targetId!: string;
}

@ObjectType({ description: 'One thing a search found, among what the viewer may read.' })
export class SearchHit {
  @Field(() => SearchHitKind, { description: 'What kind of record it is.' })
  kind!: SearchHitKind;

  @Field(() => ID, { description: 'The id of the record.' })
  id!: string;

  @Field(() => ID, { description: 'The id of the collaboration it is in.' })
  collaborationId!: string;

  @Field({ description: 'The title of that collaboration.' })
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

  @Field(() => SearchLink, { description: 'Where to open it in the web apps.' })
  link!: SearchLink;
}

/** A page of search hits, best first; `totalCount` counts every hit. */
export const SearchHitConnection = Connection(SearchHit, 'SearchHit');
export type SearchHitConnection = InstanceType<typeof SearchHitConnection>;
