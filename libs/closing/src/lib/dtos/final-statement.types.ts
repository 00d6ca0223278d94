import { Field, Float, GraphQLISODateTime, ID, Int, ObjectType } from '@nestjs/graphql';
import { decimalOf, GraphQLDecimal, useDecimal } from '@alianza/api-core';
import { OrganizationBalanceType, PairBalanceType } from '@alianza/ledger';
import { IndicatorRange } from '@alianza/plan';
import { FinalStatementEntity } from '../entities/final-statement.entity';
import { readFinalStatementContent } from '../final-statement-content';
import { ObjectiveRatingType, PeerRatingType } from './evaluation.types';

@ObjectType('StatementCollaboration', {
  description: 'The collaboration as the final statement names it.',
})
class StatementCollaborationType {
  @Field(() => ID, { description: 'The id of the collaboration.' }) id!: string;
  @Field({ description: 'Its title.' }) title!: string;
  @Field({ description: 'What it wanted to achieve.' }) objective!: string;
}

@ObjectType('StatementIndicator', {
  description: 'An indicator as the final statement records it.',
})
class StatementIndicatorType extends IndicatorRange {
  @Field(() => ID, { description: 'The id of the indicator.' }) id!: string;
  @Field({ description: 'Its name.' }) name!: string;
  @Field({ description: 'The unit of its values.' }) unit!: string;
  @Field(() => Float, {
    nullable: true,
    description: 'The latest value when closing.',
    deprecationReason: useDecimal('current'),
  })
  current!: number | null;
  @Field(() => GraphQLDecimal, {
    nullable: true,
    description: 'The latest value when closing.',
    middleware: [decimalOf('current')],
  })
  currentDecimal?: string | null; // answered by the middleware
  @Field(() => Float, {
    nullable: true,
    description: 'Percent of the way from baseline to target (0–100) when closing.',
  })
  progressPercent!: number | null;
}

@ObjectType('StatementObjective', {
  description: 'An objective as the final statement records it.',
})
class StatementObjectiveType {
  @Field(() => ID, { description: 'The id of the objective.' }) id!: string;
  @Field({ description: 'Its title.' }) title!: string;
  @Field(() => [StatementIndicatorType], { description: 'Its indicators.' })
  indicators!: StatementIndicatorType[];
}

@ObjectType('StatementPlan', { description: 'The plan as the final statement records it.' })
class StatementPlanType {
  @Field(() => [StatementObjectiveType], { description: 'The objectives with their indicators.' })
  objectives!: StatementObjectiveType[];
  @Field(() => Int, { description: 'How many milestones were done.' }) milestonesDone!: number;
  @Field(() => Int, { description: 'Accepted milestones, cancelled ones left out.' })
  milestonesTotal!: number;
}

@ObjectType('StatementBalances', { description: 'Confirmed ledger entries when closing.' })
class StatementBalancesType {
  @Field(() => [OrganizationBalanceType], { description: "Each organization's confirmed balance." })
  organizations!: OrganizationBalanceType[];
  @Field(() => [PairBalanceType], { description: 'Who gave what to whom.' })
  pairs!: PairBalanceType[];
}

@ObjectType('StatementEvaluation', {
  description: 'One final evaluation as the statement records it, without its author.',
})
class StatementEvaluationType {
  @Field(() => ID, { nullable: true, description: "Null: the facilitator's assessment." })
  organizationId!: string | null;
  @Field(() => [ObjectiveRatingType], { description: 'Its ratings of the objectives.' })
  objectiveRatings!: ObjectiveRatingType[];
  @Field(() => [PeerRatingType], { description: 'Its ratings of the organizations.' })
  peerRatings!: PeerRatingType[];
  @Field({ description: 'Its overall assessment.' }) assessment!: string;
}

@ObjectType('FinalStatement', {
  description: 'The frozen "debe y haber" of a closed collaboration.',
})
export class FinalStatementType {
  @Field(() => ID, { description: 'The id of the collaboration.' }) collaborationId!: string;
  @Field({
    description:
      'The statement as stored (JSON), for clients that check `hash` against its canonical form; screens read the typed fields.',
  })
  content!: string;
  @Field({ description: 'SHA-256 of the canonical content.' }) hash!: string;
  @Field(() => GraphQLISODateTime, { description: 'When the collaboration was closed.' })
  closedAt!: Date;
  @Field(() => String, {
    description: 'Why the facilitator closed it with evaluations missing; null if none were.',
    nullable: true,
  })
  overrideReason!: string | null;
  @Field(() => StatementCollaborationType, { description: 'The collaboration.' })
  collaboration!: StatementCollaborationType;
  @Field(() => StatementPlanType, { description: 'The plan at closing.' }) plan!: StatementPlanType;
  @Field(() => StatementBalancesType, { description: 'The ledger balances at closing.' })
  balances!: StatementBalancesType;
  @Field(() => [StatementEvaluationType], { description: 'The final evaluations.' })
  evaluations!: StatementEvaluationType[];
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
