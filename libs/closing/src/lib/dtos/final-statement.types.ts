import { Field, Float, GraphQLISODateTime, ID, Int, ObjectType } from '@nestjs/graphql';
import { OrganizationBalanceType, PairBalanceType } from '@alianza/ledger';
import { FinalStatementEntity } from '../entities/final-statement.entity';
import { readFinalStatementContent } from '../final-statement-content';
import { ObjectiveRatingType, PeerRatingType } from './evaluation.types';

@ObjectType('StatementCollaboration')
class StatementCollaborationType {
  @Field(() => ID) id!: string;
  @Field() title!: string;
  @Field() objective!: string;
}

@ObjectType('StatementIndicator')
class StatementIndicatorType {
  @Field(() => ID) id!: string;
  @Field() name!: string;
  @Field() unit!: string;
  @Field(() => Float) baseline!: number;
  @Field(() => Float) target!: number;
  @Field(() => Float, { nullable: true, description: 'The latest value when closing.' })
  current!: number | null;
  @Field(() => Float, {
    nullable: true,
    description: 'Percent of the way from baseline to target (0–100) when closing.',
  })
  progressPercent!: number | null;
}

@ObjectType('StatementObjective')
class StatementObjectiveType {
  @Field(() => ID) id!: string;
  @Field() title!: string;
  @Field(() => [StatementIndicatorType]) indicators!: StatementIndicatorType[];
}

@ObjectType('StatementPlan')
class StatementPlanType {
  @Field(() => [StatementObjectiveType]) objectives!: StatementObjectiveType[];
  @Field(() => Int) milestonesDone!: number;
  @Field(() => Int, { description: 'Accepted milestones, cancelled ones left out.' })
  milestonesTotal!: number;
}

@ObjectType('StatementBalances', { description: 'Confirmed ledger entries when closing.' })
class StatementBalancesType {
  @Field(() => [OrganizationBalanceType]) organizations!: OrganizationBalanceType[];
  @Field(() => [PairBalanceType], { description: 'Who gave what to whom.' })
  pairs!: PairBalanceType[];
}

@ObjectType('StatementEvaluation')
class StatementEvaluationType {
  @Field(() => ID, { nullable: true, description: "Null: the facilitator's assessment." })
  organizationId!: string | null;
  @Field(() => [ObjectiveRatingType]) objectiveRatings!: ObjectiveRatingType[];
  @Field(() => [PeerRatingType]) peerRatings!: PeerRatingType[];
  @Field() assessment!: string;
}

@ObjectType('FinalStatement', {
  description: 'The frozen "debe y haber" of a closed collaboration.',
})
export class FinalStatementType {
  @Field(() => ID) collaborationId!: string;
  @Field({
    description:
      'The statement as stored (JSON), for clients that check `hash` against its canonical form; screens read the typed fields.',
  })
  content!: string;
  @Field({ description: 'SHA-256 of the canonical content.' }) hash!: string;
  @Field(() => GraphQLISODateTime) closedAt!: Date;
  @Field(() => String, { nullable: true }) overrideReason!: string | null;
  @Field(() => StatementCollaborationType) collaboration!: StatementCollaborationType;
  @Field(() => StatementPlanType) plan!: StatementPlanType;
  @Field(() => StatementBalancesType) balances!: StatementBalancesType;
  @Field(() => [StatementEvaluationType]) evaluations!: StatementEvaluationType[];
  @Field(() => [ID], {
    description: 'Organizations that had not evaluated (the facilitator closed with an override).',
  })
  missingEvaluations!: string[];

  static from(f: FinalStatementEntity): FinalStatementType {
    return Object.assign(new FinalStatementType(), {
      ...readFinalStatementContent(f.content),
      collaborationId: f.collaborationId,
      content: JSON.stringify(f.content),
      hash: f.hash,
      closedAt: f.closedAt,
      overrideReason: f.overrideReason,
    });
  }
}
