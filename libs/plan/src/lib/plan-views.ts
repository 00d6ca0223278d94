import type {
  IndicatorType,
  MilestoneType,
  ObjectiveType,
  PlanType,
  ProgressUpdateType,
  ResourceType,
  TaskType,
} from './dtos/plan.types';
import type { IndicatorEntity } from './entities/indicator.entity';
import type { MilestoneEntity } from './entities/milestone.entity';
import type { ObjectiveEntity } from './entities/objective.entity';
import type { ProgressUpdateEntity } from './entities/progress-update.entity';
import type { TaskEntity } from './entities/task.entity';
import {
  indicatorProgress,
  isMilestoneOverdue,
  isTaskOverdue,
  milestonePercentDone,
  planPercentDone,
} from './plan-figures';
import type { MilestoneContents, VisibleResource } from './plan.service';

// How the plan's rows are shown to clients: entity → GraphQL type, with the derived figures.
// Pure functions of rows already read as the actor may; the resolvers call them.

/** The plan's rows, as `PlanService` reads them for one collaboration. */
export interface PlanRows extends MilestoneContents {
  objectives: ObjectiveEntity[];
  indicators: IndicatorEntity[];
  /** The latest reported value of each indicator. */
  latest: Map<string, number>;
  milestones: MilestoneEntity[];
}

/** The whole plan: objectives with their indicators, milestones with what hangs off them, figures. */
export function planView(collaborationId: string, rows: PlanRows): PlanType {
  return {
    collaborationId,
    objectives: rows.objectives.map((o) => objectiveView(o, rows.indicators, rows.latest)),
    milestones: rows.milestones.map((m) => milestoneView(m, rows)),
    percentDone: planPercentDone(rows.milestones, rows.tasks),
    overdueMilestoneCount: rows.milestones.filter((m) => isMilestoneOverdue(m)).length,
    overdueTaskCount: rows.tasks.filter((t) => isTaskOverdue(t)).length,
  };
}

/** An objective with its own indicators among `indicators`. */
export function objectiveView(
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
      .map((i) => indicatorView(i, latest.get(i.id) ?? null)),
  };
}

export function indicatorView(i: IndicatorEntity, current: number | null): IndicatorType {
  return {
    id: i.id,
    objectiveId: i.objectiveId,
    name: i.name,
    unit: i.unit,
    baseline: i.baseline,
    target: i.target,
    direction: i.direction,
    current,
    progressPercent: indicatorProgress(i, current),
  };
}

/** A milestone with its own tasks, resources and progress among `contents`, and its figures. */
export function milestoneView(m: MilestoneEntity, contents: MilestoneContents): MilestoneType {
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
    percentDone: milestonePercentDone(m, contents.tasks),
    overdue: isMilestoneOverdue(m),
    tasks: contents.tasks.filter((t) => t.milestoneId === m.id).map(taskView),
    resources: contents.resources.filter((r) => r.resource.milestoneId === m.id).map(resourceView),
    progress: contents.progress.filter((p) => p.milestoneId === m.id).map(progressView),
  };
}

export function taskView(t: TaskEntity): TaskType {
  return {
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
  };
}

/** A resource, its details null where the actor may not see them. */
export function resourceView({
  resource: r,
  details,
  detailsVisible,
}: VisibleResource): ResourceType {
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
}

export function progressView(p: ProgressUpdateEntity): ProgressUpdateType {
  return {
    id: p.id,
    milestoneId: p.milestoneId,
    taskId: p.taskId,
    text: p.text,
    indicatorValues: p.indicatorValues,
    evidenceGrantId: p.evidenceGrantId,
    authorUserId: p.authorUserId,
    organizationId: p.organizationId,
    createdAt: p.createdAt,
  };
}
