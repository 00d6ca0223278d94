import {
  Field,
  Float,
  GraphQLISODateTime,
  ID,
  Int,
  ObjectType,
  registerEnumType,
} from '@nestjs/graphql';
import { CollaborationStatus, ParticipationStatus, ValuationScale } from '@alianza/shared';

/*
 * What the reports answer: read-only shapes computed from the domain data (no entity behind
 * them). Money-like values are decimal strings, as in the ledger.
 */

export enum OverdueKind {
  MILESTONE = 'MILESTONE',
  TASK = 'TASK',
}
registerEnumType(OverdueKind, { name: 'OverdueKind' });

@ObjectType('ReportOrganization')
export class ReportOrganization {
  @Field(() => ID) organizationId!: string;
  @Field() name!: string;
}

@ObjectType('ParticipationReport')
export class ParticipationReport {
  @Field(() => Int) invited!: number;
  @Field(() => Int) accepted!: number;
  @Field(() => Int) declined!: number;
  @Field(() => Int) withdrawn!: number;
  @Field(() => Int, { description: 'Accepted, and on the ground rules in force.' }) active!: number;
  @Field(() => Int, { nullable: true }) currentGroundRulesVersion!: number | null;
  @Field(() => [ReportOrganization], {
    description: 'Invited or accepted organizations that have not accepted the rules in force.',
  })
  pendingAcceptance!: ReportOrganization[];
}

@ObjectType('OverdueReportItem')
export class OverdueReportItem {
  @Field(() => OverdueKind) kind!: OverdueKind | 'MILESTONE' | 'TASK';
  @Field(() => ID) id!: string;
  @Field() title!: string;
  @Field() dueDate!: string;
  @Field(() => ID, { nullable: true }) responsibleOrganizationId!: string | null;
  @Field(() => String, { nullable: true }) responsibleOrganizationName!: string | null;
}

@ObjectType('IndicatorReport')
export class IndicatorReport {
  @Field(() => ID) indicatorId!: string;
  @Field() objective!: string;
  @Field() name!: string;
  @Field() unit!: string;
  @Field(() => Float) baseline!: number;
  @Field(() => Float) target!: number;
  @Field(() => Float, { nullable: true, description: 'The latest reported value.' })
  current!: number | null;
  @Field(() => Float, { nullable: true }) progressPercent!: number | null;
}

@ObjectType('PlanReport')
export class PlanReport {
  @Field(() => Float) percentDone!: number;
  @Field(() => Int) milestones!: number;
  @Field(() => Int) milestonesDone!: number;
  @Field(() => Int) milestonesOverdue!: number;
  @Field(() => Int) tasks!: number;
  @Field(() => Int) tasksDone!: number;
  @Field(() => Int) tasksBlocked!: number;
  @Field(() => Int) tasksOverdue!: number;
  @Field(() => [OverdueReportItem]) overdue!: OverdueReportItem[];
  @Field(() => [IndicatorReport]) indicators!: IndicatorReport[];
}

@ObjectType('DisclosureFunnel', {
  description: 'Disclosure requests by outcome, grants by state, and time to decision.',
})
export class DisclosureFunnel {
  @Field(() => Int) requested!: number;
  @Field(() => Int) pending!: number;
  @Field(() => Int) changesRequested!: number;
  @Field(() => Int) approved!: number;
  @Field(() => Int, { description: 'Approved without the facilitator (open areas).' })
  approvedAutomatically!: number;
  @Field(() => Int) rejected!: number;
  @Field(() => Int) withdrawn!: number;
  @Field(() => Float, {
    nullable: true,
    description: 'Median hours from request to the facilitator’s decision.',
  })
  decisionHoursP50!: number | null;
  @Field(() => Float, { nullable: true, description: '90th percentile of the same.' })
  decisionHoursP90!: number | null;
  @Field(() => Int) grants!: number;
  @Field(() => Int) grantsActive!: number;
  @Field(() => Int) grantsRevoked!: number;
  @Field(() => Int) grantsExpired!: number;
}

@ObjectType('OrganizationBalanceReport')
export class OrganizationBalanceReport {
  @Field(() => ID) organizationId!: string;
  @Field() name!: string;
  @Field() given!: string;
  @Field() received!: string;
  @Field() net!: string;
}

@ObjectType('PairBalanceReport')
export class PairBalanceReport {
  @Field(() => ID) giverOrganizationId!: string;
  @Field() giverName!: string;
  @Field(() => ID, { nullable: true, description: 'Null: given to the whole collaboration.' })
  receiverOrganizationId!: string | null;
  @Field(() => String, { nullable: true }) receiverName!: string | null;
  @Field() value!: string;
}

@ObjectType('LedgerReport')
export class LedgerReport {
  @Field(() => ValuationScale, { description: 'How the ledger values contributions.' })
  valuationScale!: ValuationScale;
  @Field(() => String, { nullable: true, description: 'ISO 4217, for the money scale.' })
  currency!: string | null;
  @Field({ description: 'Sum of confirmed contributions.' }) confirmedValue!: string;
  @Field(() => Int) entriesPending!: number;
  @Field(() => Int) entriesDisputed!: number;
  @Field(() => [OrganizationBalanceReport]) organizations!: OrganizationBalanceReport[];
  @Field(() => [PairBalanceReport]) pairs!: PairBalanceReport[];
  @Field(() => Int) pledgesOpen!: number;
  @Field(() => Int) pledgesOverdue!: number;
  @Field(() => Int) pledgesFulfilled!: number;
  @Field(() => Int) pledgesCancelled!: number;
}

@ObjectType('RatingReport')
export class RatingReport {
  @Field(() => Int) ratings!: number;
  @Field(() => Float, { nullable: true, description: 'Mean rating (1–5), one decimal.' })
  average!: number | null;
}

@ObjectType('ObjectiveRatingReport')
export class ObjectiveRatingReport extends RatingReport {
  @Field(() => ID) objectiveId!: string;
  @Field() title!: string;
}

@ObjectType('PeerRatingReport')
export class PeerRatingReport extends RatingReport {
  @Field(() => ID) organizationId!: string;
  @Field() name!: string;
}

@ObjectType('EvaluationReport')
export class EvaluationReport {
  @Field(() => Int, { description: 'Participants that evaluated.' }) evaluations!: number;
  @Field() facilitatorAssessed!: boolean;
  @Field(() => [ObjectiveRatingReport]) objectives!: ObjectiveRatingReport[];
  @Field(() => [PeerRatingReport]) peers!: PeerRatingReport[];
}

@ObjectType('CollaborationReport')
export class CollaborationReport {
  @Field(() => ID) collaborationId!: string;
  @Field() title!: string;
  @Field(() => CollaborationStatus) status!: CollaborationStatus;
  @Field(() => GraphQLISODateTime) generatedAt!: Date;
  @Field(() => ParticipationReport) participation!: ParticipationReport;
  @Field(() => PlanReport) plan!: PlanReport;
  @Field(() => DisclosureFunnel) disclosure!: DisclosureFunnel;
  @Field(() => LedgerReport) ledger!: LedgerReport;
  @Field(() => EvaluationReport, { nullable: true, description: 'Once closed.' })
  evaluation!: EvaluationReport | null;
}

@ObjectType('PortfolioRow')
export class PortfolioRow {
  @Field(() => ID) collaborationId!: string;
  @Field() title!: string;
  @Field(() => CollaborationStatus) status!: CollaborationStatus;
  @Field(() => Int) activeParticipants!: number;
  @Field(() => Int) pendingDisclosureRequests!: number;
  @Field(() => Int) activeGrants!: number;
  @Field(() => Float) percentDone!: number;
  @Field(() => Int) overdueMilestones!: number;
  @Field(() => Int) overdueTasks!: number;
  @Field() confirmedValue!: string;
  @Field(() => ValuationScale, { description: 'How the ledger values contributions.' })
  valuationScale!: ValuationScale;
  @Field(() => String, { nullable: true, description: 'ISO 4217, for the money scale.' })
  currency!: string | null;
  @Field(() => Int) openPledges!: number;
  @Field(() => Int) overduePledges!: number;
}

@ObjectType('OrganizationCollaborationReport')
export class OrganizationCollaborationReport {
  @Field(() => ID) collaborationId!: string;
  @Field() title!: string;
  @Field(() => CollaborationStatus) status!: CollaborationStatus;
  @Field(() => ParticipationStatus) participationStatus!: ParticipationStatus;
  @Field({ description: 'Confirmed contributions given.' }) given!: string;
  @Field({ description: 'Confirmed contributions received.' }) received!: string;
  @Field() net!: string;
  @Field(() => ValuationScale, { description: 'How the ledger values contributions.' })
  valuationScale!: ValuationScale;
  @Field(() => String, { nullable: true, description: 'ISO 4217, for the money scale.' })
  currency!: string | null;
  @Field(() => Int) givenEntries!: number;
  @Field(() => Int) receivedEntries!: number;
  @Field(() => Int, { description: 'Contributions declared to it, waiting for its confirmation.' })
  entriesToConfirm!: number;
  @Field(() => Int, { description: 'Grants it received (what it saw), in any state.' })
  grantsReceived!: number;
  @Field(() => Int) grantsReceivedActive!: number;
  @Field(() => Int) itemsSeen!: number;
  @Field(() => Int, { description: 'Grants of its items to others.' }) grantsGiven!: number;
  @Field(() => Int) requestsMade!: number;
  @Field(() => Int) requestsApproved!: number;
  @Field(() => Int) requestsRejected!: number;
  @Field(() => Int) requestsPending!: number;
  @Field(() => Int) pledgesOpen!: number;
  @Field(() => Int) pledgesFulfilled!: number;
}

@ObjectType('OrganizationReport')
export class OrganizationReport {
  @Field(() => ID) organizationId!: string;
  @Field() name!: string;
  @Field(() => GraphQLISODateTime) generatedAt!: Date;
  @Field(() => [OrganizationCollaborationReport])
  collaborations!: OrganizationCollaborationReport[];
}
