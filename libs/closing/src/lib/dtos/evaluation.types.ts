import { Connection } from '@alianza/api-core';
import { Field, GraphQLISODateTime, ID, Int, ObjectType } from '@nestjs/graphql';
import { EvaluationEntity } from '../entities/evaluation.entity';

@ObjectType('ObjectiveRating', { description: 'A rating of one objective in a final evaluation.' })
export class ObjectiveRatingType {
  @Field(() => ID, { description: 'The id of the objective.' }) objectiveId!: string;
  @Field(() => Int, { description: 'The rating, from 1 (poor) to 5 (very good).' }) rating!: number;
  @Field({ description: 'Why, in a few words.' }) comment!: string;
}

@ObjectType('PeerRating', {
  description: 'A rating of another organization in a final evaluation.',
})
export class PeerRatingType {
  @Field(() => ID, { description: 'The id of the rated organization.' }) organizationId!: string;
  @Field(() => Int, { description: 'The rating, from 1 (poor) to 5 (very good).' }) rating!: number;
  @Field({ description: 'Why, in a few words.' }) comment!: string;
}

@ObjectType('Evaluation', {
  description: "An organization's final evaluation of the collaboration.",
})
export class EvaluationType {
  @Field(() => ID, { description: 'The id of the evaluation.' }) id!: string;
  @Field(() => ID, { nullable: true, description: "Null: the facilitator's assessment." })
  organizationId!: string | null;
  @Field(() => [ObjectiveRatingType], { description: 'Its ratings of the objectives.' })
  objectiveRatings!: ObjectiveRatingType[];
  @Field(() => [PeerRatingType], { description: 'Its ratings of the other organizations.' })
  peerRatings!: PeerRatingType[];
  @Field({ description: 'Its overall assessment.' }) assessment!: string;
  @Field(() => GraphQLISODateTime, { description: 'When it last changed.' }) updatedAt!: Date;

  static from(e: EvaluationEntity): EvaluationType {
    return Object.assign(new EvaluationType(), {
      id: e.id,
      organizationId: e.organizationId,
      objectiveRatings: e.objectiveRatings,
      peerRatings: e.peerRatings,
      assessment: e.assessment,
      updatedAt: e.updatedAt,
    });
  }
}

export const EvaluationConnection = Connection(EvaluationType, 'Evaluation');
