import { decimalOf, GraphQLDecimal, useDecimal } from '@alianza/api-core';
import {
  Field,
  Float,
  GraphQLISODateTime,
  ID,
  Int,
  ObjectType,
  registerEnumType,
} from '@nestjs/graphql';
import {
  IndicatorDirection,
  MilestoneStatus,
  PlanElementKind,
  ProposalStatus,
  RemovalOutcome,
  ResourceKind,
  TaskStatus,
} from '@alianza/shared';

registerEnumType(IndicatorDirection, {
  valuesMap: {
    DECREASE: { description: 'Lower values are better.' },
    INCREASE: { description: 'Higher values are better.' },
  },
  description: 'Which way an indicator should move.',
  name: 'IndicatorDirection',
});
registerEnumType(MilestoneStatus, {
  valuesMap: {
    CANCELLED: { description: 'It will not be done.' },
    DONE: { description: 'It is done.' },
    IN_PROGRESS: { description: 'Work on it has started.' },
    PLANNED: { description: 'Work on it has not started.' },
  },
  description: 'Where a milestone stands.',
  name: 'MilestoneStatus',
});
registerEnumType(TaskStatus, {
  valuesMap: {
    BLOCKED: { description: 'It cannot go on; see the reason.' },
    DOING: { description: 'Work on it has started.' },
    DONE: { description: 'It is done.' },
    TODO: { description: 'Work on it has not started.' },
  },
  description: 'Where a task stands.',
  name: 'TaskStatus',
});
registerEnumType(ResourceKind, {
  valuesMap: {
    AVAILABLE: { description: 'Someone has it to give.' },
    NEEDED: { description: 'Someone needs it.' },
  },
  description: 'Whether a resource is available or needed.',
  name: 'ResourceKind',
});
registerEnumType(ProposalStatus, {
  valuesMap: {
    ACCEPTED: { description: 'Accepted (or added by the facilitator).' },
    DECLINED: { description: 'Declined by the facilitator.' },
    PROPOSED: { description: 'Proposed by a participant; waits for the facilitator.' },
  },
  description: 'Whether the facilitator accepted a milestone or task.',
  name: 'ProposalStatus',
});
registerEnumType(RemovalOutcome, {
  name: 'RemovalOutcome',
  description: 'What removing a plan element did.',
  valuesMap: {
    DELETED: { description: 'Deleted: nothing in the history named it.' },
    ARCHIVED: {
      description: 'Archived: history names it (progress, ledger, evaluations); out of the plan.',
    },
  },
});

registerEnumType(PlanElementKind, {
  valuesMap: {
    INDICATOR: { description: 'An indicator.' },
    MILESTONE: { description: 'A milestone.' },
    OBJECTIVE: { description: 'An objective.' },
    PROGRESS_UPDATE: { description: 'A progress update.' },
    RESOURCE: { description: 'A resource.' },
    TASK: { description: 'A task.' },
  },
  name: 'PlanElementKind',
  description: 'What kind of plan element a live plan event is about.',
});

@ObjectType('PlanChange', {
  description:
    'An element of the plan changed: which kind and which one, never what it says (read the plan again).',
})
export class PlanChangeType {
  @Field(() => ID, { description: 'The id of the collaboration whose plan changed.' })
  collaborationId!: string;
  @Field(() => PlanElementKind, { description: 'What kind of element of the plan changed.' })
  kind!: `${PlanElementKind}`;
  @Field(() => ID, { description: 'The element added, changed, removed or reported on.' })
  elementId!: string;
}

@ObjectType('PlanRemoval', {
  description: 'What happened when an element of the plan was removed.',
})
export class PlanRemovalType {
  @Field(() => ID, { description: 'The id of the removed element.' }) id!: string;
  @Field(() => RemovalOutcome, { description: 'Whether it was removed or a removal was proposed.' })
  outcome!: RemovalOutcome;
}

/**
 * An indicator's baseline and target, exact (`…Decimal`) and as the deprecated Floats: the same
 * fields wherever an indicator is shown (the plan, the collaboration report, the final statement).
 */
@ObjectType({ isAbstract: true })
export abstract class IndicatorRange {
  @Field(() => Float, {
    description: 'The value at the start.',
    deprecationReason: useDecimal('baseline'),
  })
  baseline!: number;
  @Field(() => GraphQLDecimal, {
    description: 'The value at the start.',
    middleware: [decimalOf('baseline')],
  })
  baselineDecimal?: string; // answered by the middleware
  @Field(() => Float, {
    description: 'The value to reach.',
    deprecationReason: useDecimal('target'),
  })
  target!: number;
  @Field(() => GraphQLDecimal, {
    description: 'The value to reach.',
    middleware: [decimalOf('target')],
  })
  targetDecimal?: string; // answered by the middleware
}

@ObjectType('Indicator', { description: 'A measure of an objective, from a baseline to a target.' })
export class IndicatorType extends IndicatorRange {
  @Field(() => ID, { description: 'The id of the indicator.' }) id!: string;
  @Field(() => ID, { description: 'The id of the objective it measures.' }) objectiveId!: string;
  @Field({ description: "The indicator's name." }) name!: string;
  @Field({ description: 'The unit of its values.' }) unit!: string;
  @Field(() => IndicatorDirection, { description: 'Whether the value should go up or down.' })
  direction!: IndicatorDirection;
  @Field(() => Float, {
    nullable: true,
    description: 'Latest reported value.',
    deprecationReason: useDecimal('current'),
  })
  current!: number | null;
  @Field(() => GraphQLDecimal, {
    nullable: true,
    description: 'Latest reported value.',
    middleware: [decimalOf('current')],
  })
  currentDecimal?: string | null; // answered by the middleware
  @Field(() => Float, {
    nullable: true,
    description: 'Percent of the way from baseline to target (0–100).',
  })
  progressPercent!: number | null;
}

@ObjectType('Objective', { description: "A goal of the collaboration's plan." })
export class ObjectiveType {
  @Field(() => ID, { description: 'The id of the objective.' }) id!: string;
  @Field({ description: "The objective's title." }) title!: string;
  @Field({ description: 'What the objective is about.' }) description!: string;
  @Field(() => Int, { description: 'Its place in the plan, from 0.' }) position!: number;
  @Field(() => [IndicatorType], { description: 'The indicators that measure it.' })
  indicators!: IndicatorType[];
}

@ObjectType('PlanTask', {
  description: 'A piece of work under a milestone, done by one organization.',
})
export class TaskType {
  @Field(() => ID, { description: 'The id of the task.' }) id!: string;
  @Field(() => ID, { description: 'The id of the milestone it belongs to.' }) milestoneId!: string;
  @Field({ description: "The task's title." }) title!: string;
  @Field({ description: 'What the task is about.' }) description!: string;
  @Field(() => ID, { description: 'The id of the organization responsible for it.' })
  responsibleOrganizationId!: string;
  @Field(() => ID, {
    description: 'The id of the person responsible for it; null if none is named.',
    nullable: true,
  })
  responsibleUserId!: string | null;
  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD' }) dueDate!: string | null;
  @Field(() => TaskStatus, { description: 'Where the work stands.' }) status!: TaskStatus;
  @Field(() => String, { description: 'Why it is blocked; null unless it is.', nullable: true })
  blockedReason!: string | null;
  @Field(() => ProposalStatus, {
    description: 'Whether the facilitator accepted it (tasks proposed by participants wait).',
  })
  proposalStatus!: ProposalStatus;
  @Field({ description: 'Whether it is past its due date and not done.' }) overdue!: boolean;
}

@ObjectType('PlanResource', {
  description: 'Details are null where you may not see them (confidential).',
})
export class ResourceType {
  @Field(() => ID, { description: 'The id of the resource.' }) id!: string;
  @Field(() => ID, { description: 'The id of the milestone it is for.' }) milestoneId!: string;
  @Field(() => ResourceKind, { description: 'Whether it is available or needed.' })
  kind!: ResourceKind;
  @Field({ description: 'Whether only its provider and the facilitator may read its details.' })
  confidential!: boolean;
  @Field({
    description: 'Whether the viewer may read its details (description, provider, quantity).',
  })
  detailsVisible!: boolean;
  @Field(() => String, {
    description: 'What the resource is; null where the viewer may not see it.',
    nullable: true,
  })
  description!: string | null;
  @Field(() => ID, {
    description: 'The id of the organization that provides or needs it; null where hidden or none.',
    nullable: true,
  })
  providerOrganizationId!: string | null;
  @Field(() => Float, { description: 'How much; null where hidden or not given.', nullable: true })
  quantity!: number | null;
  @Field(() => String, {
    description: 'The unit of the quantity; null where hidden or not given.',
    nullable: true,
  })
  unit!: string | null;
  @Field(() => GraphQLDecimal, { nullable: true, description: 'Exact decimal.' })
  value!: string | null;
  @Field(() => String, { nullable: true, description: 'ISO 4217.' }) currency!: string | null;
}

@ObjectType('IndicatorValue', {
  description: 'A value of an indicator reported in a progress update.',
})
export class IndicatorValueType {
  @Field(() => ID, { description: 'The id of the indicator.' }) indicatorId!: string;
  @Field(() => Float, {
    description: "The value, in the indicator's unit.",
    deprecationReason: useDecimal('value'),
  })
  value!: number;
  @Field(() => GraphQLDecimal, {
    description: "The value, in the indicator's unit.",
    middleware: [decimalOf('value')],
  })
  valueDecimal?: string; // answered by the middleware
}

@ObjectType('ProgressUpdate', {
  description: 'A note on how a milestone or task is going, with indicator values.',
})
export class ProgressUpdateType {
  @Field(() => ID, { description: 'The id of the update.' }) id!: string;
  @Field(() => ID, { description: 'The id of the milestone it is about.' }) milestoneId!: string;
  @Field(() => ID, {
    description: 'The id of the task it is about; null for the milestone as a whole.',
    nullable: true,
  })
  taskId!: string | null;
  @Field({ description: 'What was done or learned.' }) text!: string;
  @Field(() => [IndicatorValueType], { description: 'Indicator values reported with it.' })
  indicatorValues!: IndicatorValueType[];
  @Field(() => ID, {
    description: 'The id of a grant that shows the evidence; null if none.',
    nullable: true,
  })
  evidenceGrantId!: string | null;
  @Field(() => ID, { description: 'The id of the person who wrote it.' }) authorUserId!: string;
  @Field(() => ID, {
    description: "The id of the author's organization; null for the facilitator.",
    nullable: true,
  })
  organizationId!: string | null;
  @Field(() => GraphQLISODateTime, { description: 'When it was posted.' }) createdAt!: Date;
}

@ObjectType('Milestone', {
  description: "A step of the collaboration's plan, with its tasks and resources.",
})
export class MilestoneType {
  @Field(() => ID, { description: 'The id of the milestone.' }) id!: string;
  @Field({ description: "The milestone's title." }) title!: string;
  @Field({ description: 'What the milestone is about.' }) description!: string;
  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD' }) startDate!: string | null;
  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD' }) dueDate!: string | null;
  @Field(() => Int, { description: 'Its place in the plan, from 0.' }) position!: number;
  @Field(() => MilestoneStatus, { description: 'Where the milestone stands.' })
  status!: MilestoneStatus;
  @Field(() => ProposalStatus, {
    description: 'Whether the facilitator accepted it (milestones proposed by participants wait).',
  })
  proposalStatus!: ProposalStatus;
  @Field(() => ID, {
    description: 'The id of the organization that proposed it; null if the facilitator added it.',
    nullable: true,
  })
  proposedByOrganizationId!: string | null;
  @Field(() => Float, {
    description: 'Percent of its accepted tasks done (100 when the milestone is done).',
  })
  percentDone!: number;
  @Field({ description: 'Whether it is past its due date and not done.' }) overdue!: boolean;
  @Field(() => [TaskType], { description: 'Its tasks.' }) tasks!: TaskType[];
  @Field(() => [ResourceType], { description: 'The resources available or needed for it.' })
  resources!: ResourceType[];
  @Field(() => [ProgressUpdateType], { description: 'Newest first.' })
  progress!: ProgressUpdateType[];
}

@ObjectType('Plan', {
  description: "The collaboration's plan: objectives with indicators, and milestones with tasks.",
})
export class PlanType {
  @Field(() => ID, { description: 'The id of the collaboration.' }) collaborationId!: string;
  @Field(() => [ObjectiveType], { description: 'The objectives, in order.' })
  objectives!: ObjectiveType[];
  @Field(() => [MilestoneType], { description: 'The milestones, in order.' })
  milestones!: MilestoneType[];
  @Field(() => Float, {
    description: 'Mean percent done of the accepted, not cancelled milestones.',
  })
  percentDone!: number;
  @Field(() => Int, { description: 'How many milestones are past due and not done.' })
  overdueMilestoneCount!: number;
  @Field(() => Int, { description: 'How many tasks are past due and not done.' })
  overdueTaskCount!: number;
}
