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

registerEnumType(IndicatorDirection, { name: 'IndicatorDirection' });
registerEnumType(MilestoneStatus, { name: 'MilestoneStatus' });
registerEnumType(TaskStatus, { name: 'TaskStatus' });
registerEnumType(ResourceKind, { name: 'ResourceKind' });
registerEnumType(ProposalStatus, { name: 'ProposalStatus' });
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
  name: 'PlanElementKind',
  description: 'What kind of plan element a live plan event is about.',
});

@ObjectType('PlanChange', {
  description:
    'An element of the plan changed: which kind and which one, never what it says (read the plan again).',
})
export class PlanChangeType {
  @Field(() => ID) collaborationId!: string;
  @Field(() => PlanElementKind) kind!: `${PlanElementKind}`;
  @Field(() => ID, { description: 'The element added, changed, removed or reported on.' })
  elementId!: string;
}

@ObjectType('PlanRemoval')
export class PlanRemovalType {
  @Field(() => ID) id!: string;
  @Field(() => RemovalOutcome) outcome!: RemovalOutcome;
}

@ObjectType('Indicator')
export class IndicatorType {
  @Field(() => ID) id!: string;
  @Field(() => ID) objectiveId!: string;
  @Field() name!: string;
  @Field() unit!: string;
  @Field(() => Float) baseline!: number;
  @Field(() => Float) target!: number;
  @Field(() => IndicatorDirection) direction!: IndicatorDirection;
  @Field(() => Float, { nullable: true, description: 'Latest reported value.' }) current!:
    number | null;
  @Field(() => Float, {
    nullable: true,
    description: 'Percent of the way from baseline to target (0–100).',
  })
  progressPercent!: number | null;
}

@ObjectType('Objective')
export class ObjectiveType {
  @Field(() => ID) id!: string;
  @Field() title!: string;
  @Field() description!: string;
  @Field(() => Int) position!: number;
  @Field(() => [IndicatorType]) indicators!: IndicatorType[];
}

@ObjectType('PlanTask')
export class TaskType {
  @Field(() => ID) id!: string;
  @Field(() => ID) milestoneId!: string;
  @Field() title!: string;
  @Field() description!: string;
  @Field(() => ID) responsibleOrganizationId!: string;
  @Field(() => ID, { nullable: true }) responsibleUserId!: string | null;
  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD' }) dueDate!: string | null;
  @Field(() => TaskStatus) status!: TaskStatus;
  @Field(() => String, { nullable: true }) blockedReason!: string | null;
  @Field(() => ProposalStatus) proposalStatus!: ProposalStatus;
  @Field() overdue!: boolean;
}

@ObjectType('PlanResource', {
  description: 'Details are null where you may not see them (confidential).',
})
export class ResourceType {
  @Field(() => ID) id!: string;
  @Field(() => ID) milestoneId!: string;
  @Field(() => ResourceKind) kind!: ResourceKind;
  @Field() confidential!: boolean;
  @Field() detailsVisible!: boolean;
  @Field(() => String, { nullable: true }) description!: string | null;
  @Field(() => ID, { nullable: true }) providerOrganizationId!: string | null;
  @Field(() => Float, { nullable: true }) quantity!: number | null;
  @Field(() => String, { nullable: true }) unit!: string | null;
  @Field(() => String, { nullable: true, description: 'Exact decimal.' }) value!: string | null;
  @Field(() => String, { nullable: true, description: 'ISO 4217.' }) currency!: string | null;
}

@ObjectType('IndicatorValue')
export class IndicatorValueType {
  @Field(() => ID) indicatorId!: string;
  @Field(() => Float) value!: number;
}

@ObjectType('ProgressUpdate')
export class ProgressUpdateType {
  @Field(() => ID) id!: string;
  @Field(() => ID) milestoneId!: string;
  @Field(() => ID, { nullable: true }) taskId!: string | null;
  @Field() text!: string;
  @Field(() => [IndicatorValueType]) indicatorValues!: IndicatorValueType[];
  @Field(() => ID, { nullable: true }) evidenceGrantId!: string | null;
  @Field(() => ID) authorUserId!: string;
  @Field(() => ID, { nullable: true }) organizationId!: string | null;
  @Field(() => GraphQLISODateTime) createdAt!: Date;
}

@ObjectType('Milestone')
export class MilestoneType {
  @Field(() => ID) id!: string;
  @Field() title!: string;
  @Field() description!: string;
  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD' }) startDate!: string | null;
  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD' }) dueDate!: string | null;
  @Field(() => Int) position!: number;
  @Field(() => MilestoneStatus) status!: MilestoneStatus;
  @Field(() => ProposalStatus) proposalStatus!: ProposalStatus;
  @Field(() => ID, { nullable: true }) proposedByOrganizationId!: string | null;
  @Field(() => Float, {
    description: 'Percent of its accepted tasks done (100 when the milestone is done).',
  })
  percentDone!: number;
  @Field() overdue!: boolean;
  @Field(() => [TaskType]) tasks!: TaskType[];
  @Field(() => [ResourceType]) resources!: ResourceType[];
  @Field(() => [ProgressUpdateType], { description: 'Newest first.' })
  progress!: ProgressUpdateType[];
}

@ObjectType('Plan')
export class PlanType {
  @Field(() => ID) collaborationId!: string;
  @Field(() => [ObjectiveType]) objectives!: ObjectiveType[];
  @Field(() => [MilestoneType]) milestones!: MilestoneType[];
  @Field(() => Float, {
    description: 'Mean percent done of the accepted, not cancelled milestones.',
  })
  percentDone!: number;
  @Field(() => Int) overdueMilestoneCount!: number;
  @Field(() => Int) overdueTaskCount!: number;
}
