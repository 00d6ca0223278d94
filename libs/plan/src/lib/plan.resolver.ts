import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { IdArg } from '@alianza/api-core';
import { Actor, Allow, Authenticated, CurrentActor } from '@alianza/authz';
import { CollaborationService } from '@alianza/collaboration';
import { Action, Subject } from '@alianza/shared';
import {
  IndicatorInput,
  MilestoneInput,
  ObjectiveInput,
  ProgressInput,
  ResourceInput,
  TaskInput,
  TaskStatusInput,
  UpdateMilestoneInput,
} from './dtos/plan.inputs';
import {
  IndicatorType,
  MilestoneType,
  ObjectiveType,
  PlanType,
  ProgressUpdateType,
  ResourceType,
  TaskType,
} from './dtos/plan.types';
import {
  IndicatorEntity,
  MilestoneEntity,
  ObjectiveEntity,
  ProgressUpdateEntity,
  TaskEntity,
} from './entities/plan.entities';
import {
  indicatorProgress,
  isMilestoneOverdue,
  isTaskOverdue,
  milestonePercentDone,
  planPercentDone,
  PlanService,
  VisibleResource,
} from './plan.service';

const toTask = (t: TaskEntity): TaskType => ({
  id: t.id,
  milestoneId: t.milestoneId,
  title: t.title,
  description: t.description,
  responsibleOrganizationId: t.responsibleOrganizationId,
  responsibleUserId: t.responsibleUserId,
  dueDate: t.dueDate,
  status: t.status,
  blockedReason: t.blockedReason,
  proposalStatus: t.proposalStatus,
  overdue: isTaskOverdue(t),
});

const toResource = ({ resource: r, details, detailsVisible }: VisibleResource): ResourceType => {
  const d = detailsVisible ? details : null;
  return {
    id: r.id,
    milestoneId: r.milestoneId,
    kind: r.kind,
    confidential: r.confidential,
    detailsVisible: d !== null,
    description: d?.description ?? null,
    providerOrganizationId: d?.providerOrganizationId ?? null,
    quantity: d?.quantity ?? null,
    unit: d?.unit ?? null,
    value: d?.value ?? null,
    currency: d?.currency ?? null,
  };
};

const toProgress = (p: ProgressUpdateEntity): ProgressUpdateType => ({
  id: p.id,
  milestoneId: p.milestoneId,
  taskId: p.taskId,
  text: p.text,
  indicatorValues: p.indicatorValues,
  evidenceGrantId: p.evidenceGrantId,
  authorUserId: p.authorUserId,
  organizationId: p.organizationId,
  createdAt: p.createdAt,
});

const toIndicator = (i: IndicatorEntity, current: number | null): IndicatorType => ({
  id: i.id,
  objectiveId: i.objectiveId,
  name: i.name,
  unit: i.unit,
  baseline: i.baseline,
  target: i.target,
  direction: i.direction,
  current,
  progressPercent: indicatorProgress(i, current),
});

@Resolver(() => PlanType)
export class PlanResolver {
  constructor(
    private readonly planService: PlanService,
    private readonly collaborationService: CollaborationService,
  ) {}

  @Authenticated() // the facilitator and active participants; NOT_FOUND for everyone else
  @Query(() => PlanType, { description: 'The action plan, with progress derived from its tasks.' })
  async plan(
    @CurrentActor() actor: Actor,
    @IdArg('collaborationId') collaborationId: string,
  ): Promise<PlanType> {
    await this.collaborationService.get(actor, collaborationId);
    const [objectives, milestones, latest] = await Promise.all([
      this.planService.objectives(actor, collaborationId),
      this.planService.milestones(actor, collaborationId),
      this.planService.latestIndicatorValues(actor, collaborationId),
    ]);
    const milestoneIds = milestones.map((m) => m.id);
    const [indicators, tasks, resources, progress] = await Promise.all([
      this.planService.indicators(
        actor,
        objectives.map((o) => o.id),
      ),
      this.planService.tasks(actor, milestoneIds),
      this.planService.resources(actor, milestoneIds),
      this.planService.progress(actor, milestoneIds),
    ]);
    const milestoneTypes = milestones.map((m) => this.toMilestone(m, tasks, resources, progress));
    const percentDone = planPercentDone(milestones, tasks);
    return {
      collaborationId,
      objectives: objectives.map((o) => this.toObjective(o, indicators, latest)),
      milestones: milestoneTypes,
      percentDone,
      overdueMilestoneCount: milestones.filter((m) => isMilestoneOverdue(m)).length,
      overdueTaskCount: tasks.filter((t) => isTaskOverdue(t)).length,
    };
  }

  private toObjective(
    o: ObjectiveEntity,
    indicators: IndicatorEntity[],
    latest: Map<string, number>,
  ): ObjectiveType {
    return {
      id: o.id,
      title: o.title,
      description: o.description,
      position: o.position,
      indicators: indicators
        .filter((i) => i.objectiveId === o.id)
        .map((i) => toIndicator(i, latest.get(i.id) ?? null)),
    };
  }

  private toMilestone(
    m: MilestoneEntity,
    tasks: TaskEntity[],
    resources: VisibleResource[],
    progress: ProgressUpdateEntity[],
  ): MilestoneType {
    return {
      id: m.id,
      title: m.title,
      description: m.description,
      startDate: m.startDate,
      dueDate: m.dueDate,
      position: m.position,
      status: m.status,
      proposalStatus: m.proposalStatus,
      proposedByOrganizationId: m.proposedByOrganizationId,
      percentDone: milestonePercentDone(m, tasks),
      overdue: isMilestoneOverdue(m),
      tasks: tasks.filter((t) => t.milestoneId === m.id).map(toTask),
      resources: resources.filter((r) => r.resource.milestoneId === m.id).map(toResource),
      progress: progress.filter((p) => p.milestoneId === m.id).map(toProgress),
    };
  }

  /** A changed milestone as the plan shows it: its tasks, resources, progress and figures. */
  private async withItsPlan(actor: Actor, milestone: MilestoneEntity): Promise<MilestoneType> {
    const ids = [milestone.id];
    const [tasks, resources, progress] = await Promise.all([
      this.planService.tasks(actor, ids),
      this.planService.resources(actor, ids),
      this.planService.progress(actor, ids),
    ]);
    return this.toMilestone(milestone, tasks, resources, progress);
  }

  @Allow(Action.Update, Subject.Plan)
  @Mutation(() => ObjectiveType, { description: 'Add an objective to the plan (facilitator).' })
  async createObjective(
    @CurrentActor() actor: Actor,
    @IdArg('collaborationId') collaborationId: string,
    @Args('input') input: ObjectiveInput,
  ): Promise<ObjectiveType> {
    return this.toObjective(
      await this.planService.createObjective(actor, collaborationId, input),
      [],
      new Map(),
    );
  }

  @Allow(Action.Update, Subject.Plan)
  @Mutation(() => IndicatorType, {
    description: 'Add a measurable indicator to an objective (facilitator).',
  })
  async addIndicator(
    @CurrentActor() actor: Actor,
    @IdArg('objectiveId') objectiveId: string,
    @Args('input') input: IndicatorInput,
  ): Promise<IndicatorType> {
    return toIndicator(await this.planService.addIndicator(actor, objectiveId, input), null);
  }

  @Allow(Action.Propose, Subject.Milestone) // the facilitator adds; an active participant proposes
  @Mutation(() => MilestoneType, {
    description: 'Add a milestone (facilitator) or propose one (participant).',
  })
  async createMilestone(
    @CurrentActor() actor: Actor,
    @IdArg('collaborationId') collaborationId: string,
    @Args('input') input: MilestoneInput,
  ): Promise<MilestoneType> {
    return this.toMilestone(
      await this.planService.createMilestone(actor, collaborationId, input),
      [],
      [],
      [],
    );
  }

  @Allow(Action.Update, Subject.Milestone)
  @Mutation(() => MilestoneType)
  async updateMilestone(
    @CurrentActor() actor: Actor,
    @IdArg('milestoneId') milestoneId: string,
    @Args('input') input: UpdateMilestoneInput,
  ): Promise<MilestoneType> {
    return this.withItsPlan(
      actor,
      await this.planService.updateMilestone(actor, milestoneId, input),
    );
  }

  @Allow(Action.Decide, Subject.Milestone)
  @Mutation(() => MilestoneType, {
    description: 'Accept or decline a proposed milestone (facilitator).',
  })
  async decideMilestoneProposal(
    @CurrentActor() actor: Actor,
    @IdArg('milestoneId') milestoneId: string,
    @Args('accept') accept: boolean,
  ): Promise<MilestoneType> {
    return this.withItsPlan(
      actor,
      await this.planService.decideMilestone(actor, milestoneId, accept),
    );
  }

  @Allow(Action.Create, Subject.Resource)
  @Mutation(() => ResourceType, {
    description: 'Add a resource available or needed at a milestone (facilitator).',
  })
  async addResource(
    @CurrentActor() actor: Actor,
    @IdArg('milestoneId') milestoneId: string,
    @Args('input') input: ResourceInput,
  ): Promise<ResourceType> {
    return toResource(await this.planService.addResource(actor, milestoneId, input));
  }

  @Allow(Action.Propose, Subject.Task) // the facilitator adds; an active participant proposes
  @Mutation(() => TaskType, {
    description: 'Add a task (facilitator) or propose one (participant).',
  })
  async createTask(
    @CurrentActor() actor: Actor,
    @IdArg('milestoneId') milestoneId: string,
    @Args('input') input: TaskInput,
  ): Promise<TaskType> {
    return toTask(await this.planService.createTask(actor, milestoneId, input));
  }

  @Allow(Action.Decide, Subject.Task)
  @Mutation(() => TaskType, { description: 'Accept or decline a proposed task (facilitator).' })
  async decideTaskProposal(
    @CurrentActor() actor: Actor,
    @IdArg('taskId') taskId: string,
    @Args('accept') accept: boolean,
  ): Promise<TaskType> {
    return toTask(await this.planService.decideTask(actor, taskId, accept));
  }

  @Allow(Action.Update, Subject.Task)
  @Mutation(() => TaskType, {
    description: 'Move a task along (its responsible organization, or the facilitator).',
  })
  async setTaskStatus(
    @CurrentActor() actor: Actor,
    @IdArg('taskId') taskId: string,
    @Args('input') input: TaskStatusInput,
  ): Promise<TaskType> {
    return toTask(
      await this.planService.setTaskStatus(actor, taskId, input.status, input.blockedReason),
    );
  }

  @Allow(Action.Create, Subject.ProgressUpdate)
  @Mutation(() => ProgressUpdateType, { description: 'Report progress on a milestone or task.' })
  async postProgress(
    @CurrentActor() actor: Actor,
    @Args('input') input: ProgressInput,
  ): Promise<ProgressUpdateType> {
    return toProgress(await this.planService.postProgress(actor, input));
  }
}
