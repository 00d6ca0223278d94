import { Field, GraphQLISODateTime, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Connection } from '@alianza/api-core';
import { PublishedAnswerEntity } from '../entities/published-answer.entity';
import { QuestionStatus } from '../entities/question.entity';
import type { QuestionView } from '../inquiry.service';

registerEnumType(QuestionStatus, {
  valuesMap: {
    ANSWERED: { description: 'The facilitator answered it.' },
    OPEN: { description: 'It waits for an answer.' },
    PUBLISHED: { description: 'It was published with its answer.' },
  },
  name: 'QuestionStatus',
  description:
    'OPEN: waiting for the facilitator; ANSWERED: answered in private; PUBLISHED: an anonymised version was published to every active participant.',
});

@ObjectType('PublishedAnswer', {
  description:
    'An anonymised question and its answer, published by the facilitator to every active participant. Names no asker and does not link to the private question.',
})
export class PublishedAnswerType {
  @Field(() => ID, { description: 'The id of the published question and answer.' }) id!: string;
  @Field(() => ID, { description: 'The id of the collaboration.' }) collaborationId!: string;
  @Field({ description: 'The question as the facilitator rewrote it.' }) question!: string;
  @Field({ description: 'The answer as published.' }) answer!: string;
  @Field(() => GraphQLISODateTime, { description: 'When it was published.' }) publishedAt!: Date;

  static from(p: PublishedAnswerEntity): PublishedAnswerType {
    return Object.assign(new PublishedAnswerType(), {
      id: p.id,
      collaborationId: p.collaborationId,
      question: p.question,
      answer: p.answer,
      publishedAt: p.publishedAt,
    });
  }
}

@ObjectType('Question', {
  description:
    "A participant's private question to the facilitator: read only by the facilitator and the asking organization.",
})
export class QuestionType {
  @Field(() => ID, { description: 'The id of the question.' }) id!: string;
  @Field(() => ID, { description: 'The id of the collaboration.' }) collaborationId!: string;
  @Field(() => ID, { description: 'The id of the organization that asked.' })
  askerOrganizationId!: string;
  @Field({ description: 'The name of the organization that asked.' })
  askerOrganizationName!: string;
  @Field({ description: 'The member who asked.' }) askedByName!: string;
  @Field(() => String, { description: 'A short subject; null if none was given.', nullable: true })
  subject!: string | null;
  @Field({ description: 'The question.' }) body!: string;
  @Field(() => QuestionStatus, { description: 'Whether it waits, was answered or was published.' })
  status!: QuestionStatus;
  @Field(() => String, { nullable: true, description: 'The private answer.' })
  answer!: string | null;
  @Field(() => GraphQLISODateTime, {
    description: 'When it was answered; null until then.',
    nullable: true,
  })
  answeredAt!: Date | null;
  @Field(() => GraphQLISODateTime, { description: 'When it was asked.' }) askedAt!: Date;
  @Field(() => PublishedAnswerType, {
    nullable: true,
    description: 'While published: the anonymised version every active participant reads.',
  })
  publication!: PublishedAnswerType | null;

  static from({ question: q, publication }: QuestionView): QuestionType {
    return Object.assign(new QuestionType(), {
      id: q.id,
      collaborationId: q.collaborationId,
      askerOrganizationId: q.askerOrganizationId,
      askerOrganizationName: q.askerOrganization?.name ?? '',
      askedByName: q.asker?.displayName ?? '',
      subject: q.subject,
      body: q.body,
      status: q.status,
      answer: q.answer,
      answeredAt: q.answeredAt,
      askedAt: q.createdAt,
      publication: publication ? PublishedAnswerType.from(publication) : null,
    });
  }
}

export const QuestionConnection = Connection(QuestionType, 'Question');
export const PublishedAnswerConnection = Connection(PublishedAnswerType, 'PublishedAnswer');
