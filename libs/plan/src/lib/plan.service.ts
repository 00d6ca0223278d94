import { Injectable } from '@nestjs/common';
import { AuditService } from '@alianza/audit';
import {
  abilityToSql,
  actingOrganization,
  Actor,
  applyAbility,
  canOn,
  findAllowed,
  memberOrganizationsOf,
  requireViewer,
} from '@alianza/authz';
import { CollaborationService, lockOpenCollaboration } from '@alianza/collaboration';
import { Db } from '@alianza/db';
import { NotificationService } from '@alianza/notification';
import {
  Action,
  AppError,
  ErrorReason,
  IndicatorDirection,
  MilestoneStatus,
  NotificationKind,
  ProposalStatus,
  ResourceKind,
  Subject,
  TaskStatus,
} from '@alianza/shared';
import {
  IndicatorEntity,
  MilestoneEntity,
  ObjectiveEntity,
  ProgressUpdateEntity,
  ResourceDetailsEntity,
  ResourceEntity,
  TaskEntity,
} from './entities/plan.entities';

export interface MilestoneInput {
  title: string;
  description?: string;
  startDate?: string | null;
  dueDate?: string | null;
  position?: number;
  status?: MilestoneStatus;
}

export interface TaskInput {
  title: string;
  description?: string;
  responsibleOrganizationId: string;
  responsibleUserId?: string | null;
  dueDate?: string | null;
}

export interface ResourceInput {
  kind: ResourceKind;
  description: string;
  providerOrganizationId?: string | null;
  quantity?: number | null;
  unit?: string | null;
  value?: string | null;
  currency?: string | null;
  confidential?: boolean;
}

/** A resource as the actor may see it: details are null where it may not read them. */
export interface VisibleResource {
  resource: ResourceEntity;
  details: ResourceDetailsEntity | null;
  detailsVisible: boolean;
}

const today = () => new Date().toISOString().slice(0, 10);

/** The action plan: objectives with indicators, milestones, resources, tasks and progress. */
@Injectable()
export class PlanService {
  constructor(
    private readonly db: Db,
    private readonly audit: AuditService,
    private readonly collaborations: CollaborationService,
    private readonly notifications: NotificationService,
  ) {}

  private async record(
    actor: Actor,
    collaborationId: string,
    action: string,
    subjectType: string,
    subjectId: string,
    payload: Record<string, unknown>,
    organizationId: string | null = null,
  ) {
    await this.audit.append(collaborationId, [
      {
        action,
        actorUserId: actor.viewer?.userId ?? null,
        subjectType,
        subjectId,
        organizationId,
        payload,
      },
    ]);
  }

  /** The plan must be visible (NOT_FOUND otherwise) and the actor allowed `action` on it. */
  private async shape(actor: Actor, collaborationId: string): Promise<void> {
    if (!canOn(actor, Action.Update, Subject.Plan, { collaborationId })) {
      await this.collaborations.get(actor, collaborationId);
      throw AppError.forbidden('Only the facilitator shapes the plan.');
    }
    await lockOpenCollaboration(this.db, actor, Action.Read, collaborationId);
  }

  // --- Objectives and indicators ----------------------------------------------------------

  objectives(actor: Actor, collaborationId: string): Promise<ObjectiveEntity[]> {
    const qb = this.db
      .repo(ObjectiveEntity)
      .createQueryBuilder('o')
      .where('o.collaboration_id = :collaborationId', { collaborationId })
      .orderBy('o.position', 'ASC')
      .addOrderBy('o.created_at', 'ASC');
    return applyAbility(qb, actor.ability, Action.Read, Subject.Plan).getMany();
  }

  async createObjective(
    actor: Actor,
    collaborationId: string,
    input: { title: string; description: string },
  ) {
    await this.shape(actor, collaborationId);
    const repo = this.db.repo(ObjectiveEntity);
    const position = (await repo.count({ where: { collaborationId } })) + 1;
    const objective = await repo.save(
      repo.create({ ...input, collaborationId, position, createdBy: requireViewer(actor).userId }),
    );
    await this.record(actor, collaborationId, 'plan.objective_created', 'Objective', objective.id, {
      title: objective.title,
    });
    return objective;
  }

  async addIndicator(
    actor: Actor,
    objectiveId: string,
    input: {
      name: string;
      unit: string;
      baseline: number;
      target: number;
      direction: IndicatorDirection;
    },
  ): Promise<IndicatorEntity> {
    const objective = await findAllowed(
      this.db.manager,
      ObjectiveEntity,
      Subject.Plan,
      actor,
      Action.Read,
      objectiveId,
      { label: 'Objective' },
    );
    await this.shape(actor, objective.collaborationId);
    if (input.baseline === input.target)
      throw AppError.badInput('The target must differ from the baseline.', { field: 'target' });
    const wrongWay =
      input.direction === IndicatorDirection.INCREASE
        ? input.target < input.baseline
        : input.target > input.baseline;
    if (wrongWay)
      throw AppError.badInput(
        `An indicator to ${input.direction} needs a target on that side of the baseline.`,
        { field: 'target' },
      );
    const repo = this.db.repo(IndicatorEntity);
    const indicator = await repo.save(
      repo.create({ ...input, objectiveId, collaborationId: objective.collaborationId }),
    );
    await this.record(
      actor,
      objective.collaborationId,
      'plan.indicator_added',
      'Indicator',
      indicator.id,
      { ...input },
    );
    return indicator;
  }

  indicators(actor: Actor, objectiveIds: readonly string[]): Promise<IndicatorEntity[]> {
    const qb = this.db
      .repo(IndicatorEntity)
      .createQueryBuilder('i')
      .where('i.objective_id = ANY(:ids)', { ids: [...objectiveIds] })
      .orderBy('i.created_at', 'ASC');
    return applyAbility(qb, actor.ability, Action.Read, Subject.Plan).getMany();
  }

  /** Latest reported value of each indicator (from progress updates), or null. */
  async latestIndicatorValues(actor: Actor, collaborationId: string): Promise<Map<string, number>> {
    const qb = this.db
      .repo(ProgressUpdateEntity)
      .createQueryBuilder('p')
      .where('p.collaboration_id = :collaborationId', { collaborationId })
      .andWhere(`jsonb_array_length(p.indicator_values) > 0`)
      .orderBy('p.created_at', 'ASC');
    applyAbility(qb, actor.ability, Action.Read, Subject.ProgressUpdate);
    const latest = new Map<string, number>();
    for (const update of await qb.getMany()) {
      for (const { indicatorId, value } of update.indicatorValues) latest.set(indicatorId, value);
    }
    return latest;
  }

  // --- Milestones ----------------------------------------------------------------------------

  milestones(actor: Actor, collaborationId: string): Promise<MilestoneEntity[]> {
    return this.milestonesOf(actor, [collaborationId]);
  }

  /** The milestones of several collaborations the actor may read, in plan order. */
  milestonesOf(actor: Actor, collaborationIds: readonly string[]): Promise<MilestoneEntity[]> {
    const qb = this.db
      .repo(MilestoneEntity)
      .createQueryBuilder('m')
      .where('m.collaboration_id = ANY(:collaborationIds)', {
        collaborationIds: [...collaborationIds],
      })
      .orderBy('m.position', 'ASC')
      .addOrderBy('m.created_at', 'ASC');
    return applyAbility(qb, actor.ability, Action.Read, Subject.Milestone).getMany();
  }

  /** The facilitator adds a milestone; an active participant proposes one. */
  async createMilestone(
    actor: Actor,
    collaborationId: string,
    input: MilestoneInput,
  ): Promise<MilestoneEntity> {
    const viewer = requireViewer(actor);
    const asFacilitator = canOn(actor, Action.Create, Subject.Milestone, { collaborationId });
    const proposer = asFacilitator ? null : this.proposingOrganization(actor, collaborationId);
    await lockOpenCollaboration(this.db, actor, Action.Read, collaborationId);
    checkDates(input.startDate, input.dueDate);
    const repo = this.db.repo(MilestoneEntity);
    const position = input.position ?? (await repo.count({ where: { collaborationId } })) + 1;
    const milestone = await repo.save(
      repo.create({
        collaborationId,
        title: input.title,
        description: input.description ?? '',
        startDate: input.startDate ?? null,
        dueDate: input.dueDate ?? null,
        position,
        status: input.status ?? MilestoneStatus.PLANNED,
        proposalStatus: asFacilitator ? ProposalStatus.ACCEPTED : ProposalStatus.PROPOSED,
        proposedByOrganizationId: proposer,
        createdBy: viewer.userId,
      }),
    );
    await this.record(
      actor,
      collaborationId,
      asFacilitator ? 'plan.milestone_created' : 'plan.milestone_proposed',
      'Milestone',
      milestone.id,
      { title: milestone.title },
      proposer,
    );
    if (!asFacilitator) {
      await this.notifications.notifyFacilitators({
        collaborationId,
        kind: NotificationKind.PLAN_PROPOSAL,
        title: `Milestone proposed: "${milestone.title}"`,
        subject: milestone.title,
        payload: { milestoneId: milestone.id },
      });
    }
    return milestone;
  }

  /** The organization on whose behalf a participant proposes (its active one in the collaboration). */
  private proposingOrganization(actor: Actor, collaborationId: string): string {
    const organizationId = actingOrganization(actor, collaborationId);
    if (!organizationId || !canOn(actor, Action.Propose, Subject.Milestone, { collaborationId })) {
      throw AppError.forbidden(
        'Only the facilitator and active participants plan this collaboration.',
      );
    }
    return organizationId;
  }

  async updateMilestone(
    actor: Actor,
    id: string,
    input: Partial<MilestoneInput>,
  ): Promise<MilestoneEntity> {
    const milestone = await findAllowed(
      this.db.manager,
      MilestoneEntity,
      Subject.Milestone,
      actor,
      Action.Update,
      id,
      { label: 'Milestone', lock: true },
    );
    await lockOpenCollaboration(this.db, actor, Action.Read, milestone.collaborationId);
    for (const key of [
      'title',
      'description',
      'startDate',
      'dueDate',
      'position',
      'status',
    ] as const) {
      if (input[key] !== undefined)
        (milestone as unknown as Record<string, unknown>)[key] = input[key];
    }
    checkDates(milestone.startDate, milestone.dueDate);
    const saved = await this.db.repo(MilestoneEntity).save(milestone);
    await this.record(actor, milestone.collaborationId, 'plan.milestone_updated', 'Milestone', id, {
      ...input,
    });
    return saved;
  }

  decideMilestone(actor: Actor, id: string, accept: boolean): Promise<MilestoneEntity> {
    return this.decide(
      actor,
      MilestoneEntity,
      Subject.Milestone,
      'Milestone',
      id,
      accept,
      (m) => m.proposedByOrganizationId,
    );
  }

  // --- Resources -----------------------------------------------------------------------------

  async addResource(
    actor: Actor,
    milestoneId: string,
    input: ResourceInput,
  ): Promise<VisibleResource> {
    const milestone = await findAllowed(
      this.db.manager,
      MilestoneEntity,
      Subject.Milestone,
      actor,
      Action.Read,
      milestoneId,
      { label: 'Milestone' },
    );
    if (
      !canOn(actor, Action.Create, Subject.Resource, { collaborationId: milestone.collaborationId })
    ) {
      throw AppError.forbidden('Only the facilitator shapes the plan.');
    }
    await lockOpenCollaboration(this.db, actor, Action.Read, milestone.collaborationId);
    if ((input.value == null) !== (input.currency == null)) {
      throw AppError.badInput('A value needs its currency, and a currency its value.', {
        field: 'currency',
      });
    }
    const repo = this.db.repo(ResourceEntity);
    const resource = await repo.save(
      repo.create({
        kind: input.kind,
        confidential: input.confidential ?? false,
        milestoneId,
        collaborationId: milestone.collaborationId,
      }),
    );
    const detailsRepo = this.db.repo(ResourceDetailsEntity);
    const details = detailsRepo.create({
      resourceId: resource.id,
      collaborationId: milestone.collaborationId,
      providerOrganizationId: input.providerOrganizationId ?? null,
      confidential: resource.confidential,
      description: input.description,
      quantity: input.quantity ?? null,
      unit: input.unit ?? null,
      value: input.value ?? null,
      currency: input.currency?.toUpperCase() ?? null,
    });
    await detailsRepo.insert(details);
    await this.record(
      actor,
      milestone.collaborationId,
      'plan.resource_added',
      'Resource',
      resource.id,
      { kind: resource.kind, confidential: resource.confidential },
      details.providerOrganizationId,
    );
    return { resource, details, detailsVisible: true };
  }

  /**
   * Resources of milestones with their details, from their own table: the database returns a
   * details row only to whom it may show it, and whether the details may be shown
   * (`readDetails`) is decided in the same SQL.
   */
  async resources(actor: Actor, milestoneIds: readonly string[]): Promise<VisibleResource[]> {
    const metadata = this.db.manager.connection.getMetadata(ResourceDetailsEntity);
    const details = abilityToSql(
      actor.ability,
      Action.ReadDetails,
      Subject.Resource,
      'd',
      metadata,
    );
    const qb = this.db
      .repo(ResourceEntity)
      .createQueryBuilder('r')
      .leftJoinAndMapOne('r.details', ResourceDetailsEntity, 'd', 'd.resource_id = r.id')
      .addSelect(`(d.resource_id IS NOT NULL AND (${details.sql}))`, 'details_visible')
      .setParameters(details.params)
      .where('r.milestone_id = ANY(:ids)', { ids: [...milestoneIds] })
      .orderBy('r.created_at', 'ASC');
    applyAbility(qb, actor.ability, Action.Read, Subject.Resource);
    const { entities, raw } = await qb.getRawAndEntities();
    return entities.map((resource, i) => {
      const detailsVisible = (raw[i] as { details_visible: boolean }).details_visible === true;
      return {
        resource,
        details: detailsVisible ? (resource.details ?? null) : null,
        detailsVisible,
      };
    });
  }

  // --- Tasks ---------------------------------------------------------------------------------

  tasks(actor: Actor, milestoneIds: readonly string[]): Promise<TaskEntity[]> {
    const qb = this.db
      .repo(TaskEntity)
      .createQueryBuilder('t')
      .where('t.milestone_id = ANY(:ids)', { ids: [...milestoneIds] })
      .orderBy('t.created_at', 'ASC');
    return applyAbility(qb, actor.ability, Action.Read, Subject.Task).getMany();
  }

  async createTask(actor: Actor, milestoneId: string, input: TaskInput): Promise<TaskEntity> {
    const viewer = requireViewer(actor);
    const milestone = await findAllowed(
      this.db.manager,
      MilestoneEntity,
      Subject.Milestone,
      actor,
      Action.Read,
      milestoneId,
      { label: 'Milestone' },
    );
    const collaborationId = milestone.collaborationId;
    const asFacilitator = canOn(actor, Action.Create, Subject.Task, { collaborationId });
    const proposer = asFacilitator ? null : this.proposingOrganization(actor, collaborationId);
    await lockOpenCollaboration(this.db, actor, Action.Read, collaborationId);
    const [responsible] = await this.db.manager.query(
      `SELECT p.id FROM participations p JOIN collaborations c ON c.id = p.collaboration_id
        WHERE p.collaboration_id = $1 AND p.organization_id = $2 AND p.status = 'accepted'`,
      [collaborationId, input.responsibleOrganizationId],
    );
    if (!responsible) {
      throw AppError.badInput('The responsible organization must take part in the collaboration.', {
        field: 'responsibleOrganizationId',
      });
    }
    if (input.responsibleUserId) {
      const [member] = await this.db.manager.query(
        `SELECT 1 FROM organization_memberships WHERE organization_id = $1 AND user_id = $2`,
        [input.responsibleOrganizationId, input.responsibleUserId],
      );
      if (!member)
        throw AppError.badInput(
          'The responsible person must belong to the responsible organization.',
          { field: 'responsibleUserId' },
        );
    }
    const repo = this.db.repo(TaskEntity);
    const task = await repo.save(
      repo.create({
        collaborationId,
        milestoneId,
        title: input.title,
        description: input.description ?? '',
        responsibleOrganizationId: input.responsibleOrganizationId,
        responsibleUserId: input.responsibleUserId ?? null,
        dueDate: input.dueDate ?? null,
        status: TaskStatus.TODO,
        blockedReason: null,
        proposalStatus: asFacilitator ? ProposalStatus.ACCEPTED : ProposalStatus.PROPOSED,
        proposedByOrganizationId: proposer,
        createdBy: viewer.userId,
      }),
    );
    await this.record(
      actor,
      collaborationId,
      asFacilitator ? 'plan.task_created' : 'plan.task_proposed',
      'Task',
      task.id,
      { title: task.title, responsibleOrganizationId: task.responsibleOrganizationId },
      task.responsibleOrganizationId,
    );
    if (asFacilitator) {
      await this.notifications.notifyOrganizations([task.responsibleOrganizationId], {
        collaborationId,
        kind: NotificationKind.PLAN_TASK_ASSIGNED,
        title: `New task for your organization: "${task.title}"`,
        subject: task.title,
        payload: { taskId: task.id, milestoneId },
      });
    } else {
      await this.notifications.notifyFacilitators({
        collaborationId,
        kind: NotificationKind.PLAN_PROPOSAL,
        title: `Task proposed: "${task.title}"`,
        subject: task.title,
        payload: { taskId: task.id, milestoneId },
      });
    }
    return task;
  }

  decideTask(actor: Actor, id: string, accept: boolean): Promise<TaskEntity> {
    return this.decide(
      actor,
      TaskEntity,
      Subject.Task,
      'Task',
      id,
      accept,
      (t) => t.responsibleOrganizationId,
    );
  }

  /** The facilitator accepts or declines a participant's proposal (milestone or task). */
  private async decide<T extends MilestoneEntity | TaskEntity>(
    actor: Actor,
    entity: new () => T,
    subject: Subject,
    label: string,
    id: string,
    accept: boolean,
    concerns: (row: T) => string | null,
  ): Promise<T> {
    const row = await findAllowed(this.db.manager, entity, subject, actor, Action.Decide, id, {
      label,
      lock: true,
    });
    // Like every write of the plan: not once the collaboration is closed.
    await lockOpenCollaboration(this.db, actor, Action.Read, row.collaborationId);
    if (row.proposalStatus !== ProposalStatus.PROPOSED) {
      throw AppError.conflict(`This ${label.toLowerCase()} is not a pending proposal.`).because(
        ErrorReason.PROPOSAL_NOT_PENDING,
      );
    }
    row.proposalStatus = accept ? ProposalStatus.ACCEPTED : ProposalStatus.DECLINED;
    const saved = await this.db.repo(entity).save(row);
    const action = accept ? 'plan.proposal_accepted' : 'plan.proposal_declined';
    await this.record(actor, row.collaborationId, action, label, id, {}, concerns(row));
    return saved;
  }

  /** The responsible organization (or the facilitator) moves its task along. */
  async setTaskStatus(
    actor: Actor,
    id: string,
    status: TaskStatus,
    blockedReason?: string,
  ): Promise<TaskEntity> {
    const task = await findAllowed(
      this.db.manager,
      TaskEntity,
      Subject.Task,
      actor,
      Action.Update,
      id,
      { label: 'Task', lock: true },
    );
    await lockOpenCollaboration(this.db, actor, Action.Read, task.collaborationId);
    if (task.proposalStatus !== ProposalStatus.ACCEPTED)
      throw AppError.conflict('Only accepted tasks are worked on.');
    if (status === TaskStatus.BLOCKED && !blockedReason) {
      throw AppError.badInput('Say why the task is blocked.', { field: 'blockedReason' });
    }
    const from = task.status;
    task.status = status;
    task.blockedReason = status === TaskStatus.BLOCKED ? (blockedReason ?? null) : null;
    const saved = await this.db.repo(TaskEntity).save(task);
    await this.record(
      actor,
      task.collaborationId,
      'plan.task_status',
      'Task',
      id,
      { from, to: status, blockedReason: task.blockedReason },
      task.responsibleOrganizationId,
    );
    return saved;
  }

  // --- Progress ------------------------------------------------------------------------------

  async postProgress(
    actor: Actor,
    input: {
      milestoneId: string;
      taskId?: string;
      text: string;
      indicatorValues?: { indicatorId: string; value: number }[];
      evidenceGrantId?: string;
    },
  ): Promise<ProgressUpdateEntity> {
    const viewer = requireViewer(actor);
    const milestone = await findAllowed(
      this.db.manager,
      MilestoneEntity,
      Subject.Milestone,
      actor,
      Action.Read,
      input.milestoneId,
      { label: 'Milestone' },
    );
    const collaborationId = milestone.collaborationId;
    const asFacilitator = canOn(actor, Action.Create, Subject.ProgressUpdate, {
      collaborationId,
      organizationId: null,
    });
    let organizationId: string | null = null;
    if (!asFacilitator) {
      // A participant reports on what its organization is responsible for in this milestone.
      const responsible: { responsible_organization_id: string }[] = await this.db.manager.query(
        `SELECT DISTINCT responsible_organization_id FROM plan_tasks
          WHERE milestone_id = $1 AND proposal_status = 'accepted' AND ($2::uuid IS NULL OR id = $2)
            AND responsible_organization_id = ANY($3)`,
        [milestone.id, input.taskId ?? null, memberOrganizationsOf(actor)],
      );
      organizationId = responsible[0]?.responsible_organization_id ?? null;
      if (
        !organizationId ||
        !canOn(actor, Action.Create, Subject.ProgressUpdate, { collaborationId, organizationId })
      ) {
        throw AppError.forbidden(
          'Progress is reported by the facilitator or by the organization responsible for the task.',
        );
      }
    }
    await lockOpenCollaboration(this.db, actor, Action.Read, collaborationId);
    if (input.taskId) {
      const task = await this.db
        .repo(TaskEntity)
        .findOne({ where: { id: input.taskId, milestoneId: milestone.id } });
      if (!task) throw AppError.notFound('Task of this milestone');
    }
    const values = input.indicatorValues ?? [];
    if (values.length > 0) {
      const known = await this.db
        .repo(IndicatorEntity)
        .count({ where: values.map((v) => ({ id: v.indicatorId, collaborationId })) });
      if (known !== new Set(values.map((v) => v.indicatorId)).size) {
        throw AppError.badInput('Indicator values must name indicators of this plan.', {
          field: 'indicatorValues',
        });
      }
    }
    if (input.evidenceGrantId) {
      const [grant] = await this.db.manager.query(
        `SELECT 1 FROM grants WHERE id = $1 AND collaboration_id = $2 AND grant_is_live(revoked_at, valid_until)
           AND ($3::uuid IS NULL OR recipient_organization_id = $3 OR owner_organization_id = $3)`,
        [input.evidenceGrantId, collaborationId, organizationId],
      );
      if (!grant)
        throw AppError.badInput(
          'The evidence must be a valid grant your organization holds or gave.',
          { field: 'evidenceGrantId' },
        );
    }
    const repo = this.db.repo(ProgressUpdateEntity);
    const update = await repo.save(
      repo.create({
        collaborationId,
        milestoneId: milestone.id,
        taskId: input.taskId ?? null,
        text: input.text,
        indicatorValues: values,
        evidenceGrantId: input.evidenceGrantId ?? null,
        authorUserId: viewer.userId,
        organizationId,
      }),
    );
    await this.record(
      actor,
      collaborationId,
      'plan.progress',
      'ProgressUpdate',
      update.id,
      { milestoneId: milestone.id, taskId: update.taskId, indicatorValues: values },
      organizationId,
    );
    return update;
  }

  progress(actor: Actor, milestoneIds: readonly string[]): Promise<ProgressUpdateEntity[]> {
    const qb = this.db
      .repo(ProgressUpdateEntity)
      .createQueryBuilder('p')
      .where('p.milestone_id = ANY(:ids)', { ids: [...milestoneIds] })
      .orderBy('p.created_at', 'DESC');
    return applyAbility(qb, actor.ability, Action.Read, Subject.ProgressUpdate).getMany();
  }
}

function checkDates(start: string | null | undefined, due: string | null | undefined): void {
  if (start && due && due < start)
    throw AppError.badInput('The due date cannot be before the start date.', { field: 'dueDate' });
}

// --- Derived figures: computed from the tasks and milestones, never stored. -----------------------

/** Percent of a milestone's accepted, not-cancelled work that is done. */
export function milestonePercentDone(milestone: MilestoneEntity, tasks: TaskEntity[]): number {
  if (milestone.status === MilestoneStatus.DONE) return 100;
  const own = tasks.filter(
    (t) => t.milestoneId === milestone.id && t.proposalStatus === ProposalStatus.ACCEPTED,
  );
  if (own.length === 0) return 0;
  return (
    Math.round((own.filter((t) => t.status === TaskStatus.DONE).length / own.length) * 1000) / 10
  );
}

/** The plan's progress: the mean of its accepted, not cancelled milestones' progress (0–100, one decimal). */
export function planPercentDone(milestones: MilestoneEntity[], tasks: TaskEntity[]): number {
  const counted = milestones.filter(
    (m) => m.proposalStatus === ProposalStatus.ACCEPTED && m.status !== MilestoneStatus.CANCELLED,
  );
  if (counted.length === 0) return 0;
  const sum = counted.reduce((total, m) => total + milestonePercentDone(m, tasks), 0);
  return Math.round((sum / counted.length) * 10) / 10;
}

export function isTaskOverdue(task: TaskEntity, on = today()): boolean {
  return (
    task.proposalStatus === ProposalStatus.ACCEPTED &&
    task.status !== TaskStatus.DONE &&
    task.dueDate !== null &&
    task.dueDate < on
  );
}

export function isMilestoneOverdue(milestone: MilestoneEntity, on = today()): boolean {
  return (
    milestone.proposalStatus === ProposalStatus.ACCEPTED &&
    milestone.status !== MilestoneStatus.DONE &&
    milestone.status !== MilestoneStatus.CANCELLED &&
    milestone.dueDate !== null &&
    milestone.dueDate < on
  );
}

/** How far an indicator has come from its baseline toward its target, in percent (0–100). */
export function indicatorProgress(
  indicator: IndicatorEntity,
  current: number | null,
): number | null {
  if (current === null) return null;
  const share = (current - indicator.baseline) / (indicator.target - indicator.baseline);
  return Math.round(Math.min(1, Math.max(0, share)) * 1000) / 10;
}
