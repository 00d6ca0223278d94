import { Field, GraphQLISODateTime, ID, Int, ObjectType } from '@nestjs/graphql';
import { EvaluationEntity } from '../entities/evaluation.entity';

@ObjectType('ObjectiveRating')
export class ObjectiveRatingType {
  @Field(() => ID) objectiveId!: string;
  @Field(() => Int) rating!: number;
  @Field() comment!: string;
}

@ObjectType('PeerRating')
export class PeerRatingType {
  @Field(() => ID) organizationId!: string;
  @Field(() => Int) rating!: number;
  @Field() comment!: string;
}

@ObjectType('Evaluation')
export class EvaluationType {
  @Field(() => ID) id!: string;
  @Field(() => ID, { nullable: true, description: "Null: the facilitator's assessment." })
  organizationId!: string | null;
  @Field(() => [ObjectiveRatingType]) objectiveRatings!: ObjectiveRatingType[];
  @Field(() => [PeerRatingType]) peerRatings!: PeerRatingType[];
  @Field() assessment!: string;
  @Field(() => GraphQLISODateTime) updatedAt!: Date;

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
