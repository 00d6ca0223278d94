import {
  Field,
  Float,
  GraphQLISODateTime,
  ID,
  Int,
  ObjectType,
  registerEnumType,
} from '@nestjs/graphql';
import { decimalOf, GraphQLDecimal, useDecimal } from '@alianza/api-core';
import { IndicatorRange } from '@alianza/plan';
import { CollaborationStatus, ParticipationStatus, ValuationScale } from '@alianza/shared';

/*
 * What the reports answer: read-only shapes computed from the domain data (no entity behind
 * them). Money-like values are decimal strings, as in the ledger.
 */

export enum OverdueKind {
  MILESTONE = 'MILESTONE',
  TASK = 'TASK',
}
registerEnumType(OverdueKind, {
  valuesMap: { MILESTONE: { description: 'A milestone.' }, TASK: { description: 'A task.' } },
  description: 'What is overdue.',
  name: 'OverdueKind',
});

@ObjectType('ReportOrganization', { description: 'An organization as a report names it.' })
export class ReportOrganization {
  @Field(() => ID, { description: 'The id of the organization.' }) organizationId!: string;
  @Field({ description: "The organization's name." }) name!: string;
}

@ObjectType('ParticipationReport', {
  description: 'How many organizations were invited to the collaboration, and what they answered.',
})
export class ParticipationReport {
  @Field(() => Int, { description: 'How many organizations were invited (all answers).' })
  invited!: number;
  @Field(() => Int, { description: 'How many accepted and take part.' }) accepted!: number;
  @Field(() => Int, { description: 'How many declined.' }) declined!: number;
  @Field(() => Int, { description: 'How many withdrew after taking part.' }) withdrawn!: number;
  @Field(() => Int, { description: 'Accepted, and on the ground rules in force.' }) active!: number;
  @Field(() => Int, {
    description: 'The version number of the ground rules in force; null before any is published.',
    nullable: true,
  })
  currentGroundRulesVersion!: number | null;
  @Field(() => [ReportOrganization], {
    description: 'Invited or accepted organizations that have not accepted the rules in force.',
  })
  pendingAcceptance!: ReportOrganization[];
}

@ObjectType('OverdueReportItem', {
  description: 'A milestone or task of the plan past its due date and not done.',
})
export class OverdueReportItem {
  @Field(() => OverdueKind, { description: 'Whether it is a milestone or a task.' }) kind!:
    OverdueKind | 'MILESTONE' | 'TASK';
  @Field(() => ID, { description: 'The id of the milestone or task.' }) id!: string;
  @Field({ description: 'Its title.' }) title!: string;
  @Field({ description: 'The date it was due (YYYY-MM-DD).' }) dueDate!: string;
  @Field(() => ID, {
    description: 'The id of the organization responsible for it; null if none.',
    nullable: true,
  })
  responsibleOrganizationId!: string | null;
  @Field(() => String, {
    description: 'The name of the organization responsible for it; null if none.',
    nullable: true,
  })
  responsibleOrganizationName!: string | null;
}

@ObjectType('IndicatorReport', { description: 'One indicator of the plan with how far it got.' })
export class IndicatorReport extends IndicatorRange {
  @Field(() => ID, { description: 'The id of the indicator.' }) indicatorId!: string;
  @Field({ description: 'The title of the objective it measures.' }) objective!: string;
  @Field({ description: "The indicator's name." }) name!: string;
  @Field({ description: 'The unit of its values.' }) unit!: string;
  @Field(() => Float, {
    nullable: true,
    description: 'The latest reported value.',
    deprecationReason: useDecimal('current'),
  })
  current!: number | null;
  @Field(() => GraphQLDecimal, {
    nullable: true,
    description: 'The latest reported value.',
    middleware: [decimalOf('current')],
  })
  currentDecimal?: string | null; // answered by the middleware
  @Field(() => Float, {
    description:
      'How far from baseline to target the latest value is, in percent; null without a value.',
    nullable: true,
  })
  progressPercent!: number | null;
}

@ObjectType('PlanReport', {
  description: 'How far the plan got: milestones, tasks, indicators and what is overdue.',
})
export class PlanReport {
  @Field(() => Float, {
    description:
      "The plan's progress in percent (0 to 100, one decimal): the mean over its accepted, not cancelled milestones of each one's share of done tasks (100 when the milestone is done).",
  })
  percentDone!: number;
  @Field(() => Int, { description: 'How many milestones the plan has.' }) milestones!: number;
  @Field(() => Int, { description: 'How many milestones are done.' }) milestonesDone!: number;
  @Field(() => Int, { description: 'How many milestones are past due and not done.' })
  milestonesOverdue!: number;
  @Field(() => Int, { description: 'How many tasks the plan has.' }) tasks!: number;
  @Field(() => Int, { description: 'How many tasks are done.' }) tasksDone!: number;
  @Field(() => Int, { description: 'How many tasks are blocked.' }) tasksBlocked!: number;
  @Field(() => Int, { description: 'How many tasks are past due and not done.' })
  tasksOverdue!: number;
  @Field(() => [OverdueReportItem], {
    description: 'The milestones and tasks past due and not done.',
  })
  overdue!: OverdueReportItem[];
  @Field(() => [IndicatorReport], { description: 'Every indicator with its progress.' })
  indicators!: IndicatorReport[];
}

@ObjectType('DisclosureFunnel', {
  description: 'Disclosure requests by outcome, grants by state, and time to decision.',
})
export class DisclosureFunnel {
  @Field(() => Int, { description: 'How many disclosure requests were made.' }) requested!: number;
  @Field(() => Int, { description: 'How many wait for the facilitator.' }) pending!: number;
  @Field(() => Int, { description: 'How many the facilitator sent back for changes.' })
  changesRequested!: number;
  @Field(() => Int, { description: 'How many were approved.' }) approved!: number;
  @Field(() => Int, { description: 'Approved without the facilitator (open areas).' })
  approvedAutomatically!: number;
  @Field(() => Int, { description: 'How many were rejected.' }) rejected!: number;
  @Field(() => Int, { description: 'How many the owner withdrew.' }) withdrawn!: number;
  @Field(() => Float, {
    nullable: true,
    description: 'Median hours from request to the facilitator’s decision.',
  })
  decisionHoursP50!: number | null;
  @Field(() => Float, { nullable: true, description: '90th percentile of the same.' })
  decisionHoursP90!: number | null;
  @Field(() => Int, { description: 'How many grants approvals created.' }) grants!: number;
  @Field(() => Int, { description: 'How many grants can be read now.' }) grantsActive!: number;
  @Field(() => Int, { description: 'How many grants the owner revoked.' }) grantsRevoked!: number;
  @Field(() => Int, { description: 'How many grants expired.' }) grantsExpired!: number;
}

@ObjectType('OrganizationBalanceReport', {
  description: 'What one organization gave and received in the ledger.',
})
export class OrganizationBalanceReport {
  @Field(() => ID, { description: 'The id of the organization.' }) organizationId!: string;
  @Field({ description: "The organization's name." }) name!: string;
  @Field(() => GraphQLDecimal, {
    description: "The confirmed value it gave, a decimal in the ledger's scale.",
  })
  given!: string;
  @Field(() => GraphQLDecimal, {
    description: "The confirmed value it received, a decimal in the ledger's scale.",
  })
  received!: string;
  @Field(() => GraphQLDecimal, {
    description: "Given minus received, a decimal in the ledger's scale.",
  })
  net!: string;
}

@ObjectType('PairBalanceReport', {
  description: 'What one organization gave another (or the whole group), confirmed.',
})
export class PairBalanceReport {
  @Field(() => ID, { description: 'The id of the organization that gave.' })
  giverOrganizationId!: string;
  @Field({ description: 'The name of the organization that gave.' }) giverName!: string;
  @Field(() => ID, { nullable: true, description: 'Null: given to the whole collaboration.' })
  receiverOrganizationId!: string | null;
  @Field(() => String, {
    description: 'The name of the organization that received; null for the whole group.',
    nullable: true,
  })
  receiverName!: string | null;
  @Field(() => GraphQLDecimal, {
    description: "The confirmed value, a decimal in the ledger's scale.",
  })
  value!: string;
}

@ObjectType('LedgerReport', {
  description: 'The ledger in figures: entries waiting, balances and pledges.',
})
export class LedgerReport {
  @Field(() => ValuationScale, { description: 'How the ledger values contributions.' })
  valuationScale!: ValuationScale;
  @Field(() => String, { nullable: true, description: 'ISO 4217, for the money scale.' })
  currency!: string | null;
  @Field(() => GraphQLDecimal, { description: 'Sum of confirmed contributions.' })
  confirmedValue!: string;
  @Field(() => Int, { description: 'How many entries wait for confirmation.' })
  entriesPending!: number;
  @Field(() => Int, { description: 'How many entries are disputed.' }) entriesDisputed!: number;
  @Field(() => [OrganizationBalanceReport], { description: "Each organization's balance." })
  organizations!: OrganizationBalanceReport[];
  @Field(() => [PairBalanceReport], { description: 'What each organization gave each other one.' })
  pairs!: PairBalanceReport[];
  @Field(() => Int, { description: 'How many pledges are open.' }) pledgesOpen!: number;
  @Field(() => Int, { description: 'How many open pledges are past due.' }) pledgesOverdue!: number;
  @Field(() => Int, { description: 'How many pledges were fulfilled.' }) pledgesFulfilled!: number;
  @Field(() => Int, { description: 'How many pledges were cancelled.' }) pledgesCancelled!: number;
}

@ObjectType('RatingReport', { description: 'Ratings given in the final evaluation.' })
export class RatingReport {
  @Field(() => Int, { description: 'How many ratings were given.' }) ratings!: number;
  @Field(() => Float, { nullable: true, description: 'Mean rating (1–5), one decimal.' })
  average!: number | null;
}

@ObjectType('ObjectiveRatingReport', {
  description: 'How participants rated one objective of the plan.',
})
export class ObjectiveRatingReport extends RatingReport {
  @Field(() => ID, { description: 'The id of the objective.' }) objectiveId!: string;
  @Field({ description: "The objective's title." }) title!: string;
}

@ObjectType('PeerRatingReport', { description: 'How the others rated one organization.' })
export class PeerRatingReport extends RatingReport {
  @Field(() => ID, { description: 'The id of the rated organization.' }) organizationId!: string;
  @Field({ description: "The rated organization's name." }) name!: string;
}

@ObjectType('EvaluationReport', { description: 'The final evaluation in figures.' })
export class EvaluationReport {
  @Field(() => Int, { description: 'Participants that evaluated.' }) evaluations!: number;
  @Field({ description: 'Whether the facilitator has written an assessment.' })
  facilitatorAssessed!: boolean;
  @Field(() => [ObjectiveRatingReport], { description: 'Ratings per objective.' })
  objectives!: ObjectiveRatingReport[];
  @Field(() => [PeerRatingReport], { description: 'Ratings per organization.' })
  peers!: PeerRatingReport[];
}

@ObjectType('CollaborationReport', {
  description: 'A collaboration in figures, for its facilitator.',
})
export class CollaborationReport {
  @Field(() => ID, { description: 'The id of the collaboration.' }) collaborationId!: string;
  @Field({ description: "The collaboration's title." }) title!: string;
  @Field(() => CollaborationStatus, { description: 'Where the collaboration is in its life.' })
  status!: CollaborationStatus;
  @Field(() => GraphQLISODateTime, { description: 'When the figures were read.' })
  generatedAt!: Date;
  @Field(() => ParticipationReport, { description: 'Who was invited and what they answered.' })
  participation!: ParticipationReport;
  @Field(() => PlanReport, { description: 'How far the plan got.' }) plan!: PlanReport;
  @Field(() => DisclosureFunnel, {
    description: 'What was asked to be shared and what came of it.',
  })
  disclosure!: DisclosureFunnel;
  @Field(() => LedgerReport, { description: 'The ledger in figures.' }) ledger!: LedgerReport;
  @Field(() => EvaluationReport, { nullable: true, description: 'Once closed.' })
  evaluation!: EvaluationReport | null;
}

@ObjectType('PortfolioRow', {
  description: "One collaboration in the facilitator's overview of all of theirs.",
})
export class PortfolioRow {
  @Field(() => ID, { description: 'The id of the collaboration.' }) collaborationId!: string;
  @Field({ description: "The collaboration's title." }) title!: string;
  @Field(() => CollaborationStatus, { description: 'Where the collaboration is in its life.' })
  status!: CollaborationStatus;
  @Field(() => Int, { description: 'How many organizations take part now.' })
  activeParticipants!: number;
  @Field(() => Int, { description: 'How many disclosure requests wait for the facilitator.' })
  pendingDisclosureRequests!: number;
  @Field(() => Int, { description: 'How many grants can be read now.' }) activeGrants!: number;
  @Field(() => Float, {
    description:
      "The plan's progress in percent (0 to 100, one decimal): the mean over its accepted, not cancelled milestones of each one's share of done tasks (100 when the milestone is done).",
  })
  percentDone!: number;
  @Field(() => Int, { description: 'How many milestones are past due and not done.' })
  overdueMilestones!: number;
  @Field(() => Int, { description: 'How many tasks are past due and not done.' })
  overdueTasks!: number;
  @Field(() => GraphQLDecimal, {
    description: "The value of all confirmed ledger entries, a decimal in the ledger's scale.",
  })
  confirmedValue!: string;
  @Field(() => ValuationScale, { description: 'How the ledger values contributions.' })
  valuationScale!: ValuationScale;
  @Field(() => String, { nullable: true, description: 'ISO 4217, for the money scale.' })
  currency!: string | null;
  @Field(() => Int, { description: 'How many pledges are open.' }) openPledges!: number;
  @Field(() => Int, { description: 'How many open pledges are past due.' }) overduePledges!: number;
}

@ObjectType('OrganizationCollaborationReport', {
  description: 'What one organization did in one collaboration.',
})
export class OrganizationCollaborationReport {
  @Field(() => ID, { description: 'The id of the collaboration.' }) collaborationId!: string;
  @Field({ description: "The collaboration's title." }) title!: string;
  @Field(() => CollaborationStatus, { description: 'Where the collaboration is in its life.' })
  status!: CollaborationStatus;
  @Field(() => ParticipationStatus, {
    description: "Where the organization's participation stands.",
  })
  participationStatus!: ParticipationStatus;
  @Field(() => GraphQLDecimal, { description: 'Confirmed contributions given.' })
  given!: string;
  @Field(() => GraphQLDecimal, { description: 'Confirmed contributions received.' })
  received!: string;
  @Field(() => GraphQLDecimal, {
    description: "Its ledger balance (given minus received), a decimal in the ledger's scale.",
  })
  net!: string;
  @Field(() => ValuationScale, { description: 'How the ledger values contributions.' })
  valuationScale!: ValuationScale;
  @Field(() => String, { nullable: true, description: 'ISO 4217, for the money scale.' })
  currency!: string | null;
  @Field(() => Int, { description: 'How many confirmed entries it gave.' }) givenEntries!: number;
  @Field(() => Int, { description: 'How many confirmed entries it received.' })
  receivedEntries!: number;
  @Field(() => Int, { description: 'Contributions declared to it, waiting for its confirmation.' })
  entriesToConfirm!: number;
  @Field(() => Int, { description: 'Grants it received (what it saw), in any state.' })
  grantsReceived!: number;
  @Field(() => Int, { description: 'How many grants to it can be read now.' })
  grantsReceivedActive!: number;
  @Field(() => Int, { description: 'How many shared items it has opened.' }) itemsSeen!: number;
  @Field(() => Int, { description: 'Grants of its items to others.' }) grantsGiven!: number;
  @Field(() => Int, { description: 'How many disclosure requests it made.' }) requestsMade!: number;
  @Field(() => Int, { description: 'How many of its requests were approved.' })
  requestsApproved!: number;
  @Field(() => Int, { description: 'How many of its requests were rejected.' })
  requestsRejected!: number;
  @Field(() => Int, { description: 'How many of its requests wait for the facilitator.' })
  requestsPending!: number;
  @Field(() => Int, { description: 'How many of its pledges are open.' }) pledgesOpen!: number;
  @Field(() => Int, { description: 'How many of its pledges were fulfilled.' })
  pledgesFulfilled!: number;
}

@ObjectType('OrganizationReport', {
  description: 'What one organization did across its collaborations.',
})
export class OrganizationReport {
  @Field(() => ID, { description: 'The id of the organization.' }) organizationId!: string;
  @Field({ description: "The organization's name." }) name!: string;
  @Field(() => GraphQLISODateTime, { description: 'When the figures were read.' })
  generatedAt!: Date;
  @Field(() => [OrganizationCollaborationReport], {
    description: 'One row per collaboration it took part in.',
  })
  collaborations!: OrganizationCollaborationReport[];
}
