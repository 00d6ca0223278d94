import { Injectable } from '@nestjs/common';
import { abilityToSql, Actor, applyAbility } from '@alianza/authz';
import { Db } from '@alianza/db';
import { Action, Subject } from '@alianza/shared';
import { EntityTarget, ObjectLiteral } from 'typeorm';
import { IndicatorEntity } from './entities/indicator.entity';
import { MilestoneEntity } from './entities/milestone.entity';
import { ObjectiveEntity } from './entities/objective.entity';
import { ProgressUpdateEntity } from './entities/progress-update.entity';
import { ResourceDetailsEntity } from './entities/resource-details.entity';
import { ResourceEntity } from './entities/resource.entity';
import { TaskEntity } from './entities/task.entity';

/** A resource as the actor may see it: details are null where it may not read them. */
export interface VisibleResource {
  resource: ResourceEntity;
  details: ResourceDetailsEntity | null;
  detailsVisible: boolean;
}

/** What hangs off milestones: their tasks, resources and progress reports. */
export interface MilestoneContents {
  tasks: TaskEntity[];
  resources: VisibleResource[];
  progress: ProgressUpdateEntity[];
}

type Order = Record<string, 'ASC' | 'DESC'>;
const PLAN_ORDER: Order = { position: 'ASC', created_at: 'ASC' };
const OLDEST_FIRST: Order = { created_at: 'ASC' };
const NEWEST_FIRST: Order = { created_at: 'DESC' };

/**
 * The action plan as an actor may read it: objectives with indicators, milestones, resources,
 * tasks and progress, each read filtered in its SQL by the actor's ability. What the plan query,
 * the collaboration report and the final statement are made of. The writes are in one service
 * per concept (objective, milestone, proposal, resource, task and progress services).
 */
@Injectable()
export class PlanService {
  constructor(private readonly db: Db) {}

  objectives(actor: Actor, collaborationId: string): Promise<ObjectiveEntity[]> {
    return this.readable(actor, ObjectiveEntity, Subject.Plan, {
      column: 'collaboration_id',
      current: true,
      ids: [collaborationId],
      order: PLAN_ORDER,
    });
  }

  indicators(actor: Actor, objectiveIds: readonly string[]): Promise<IndicatorEntity[]> {
    return this.readable(actor, IndicatorEntity, Subject.Plan, {
      column: 'objective_id',
      current: true,
      ids: objectiveIds,
      order: OLDEST_FIRST,
    });
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

  milestones(actor: Actor, collaborationId: string): Promise<MilestoneEntity[]> {
    return this.milestonesOf(actor, [collaborationId]);
  }

  /** The milestones of several collaborations the actor may read, in plan order. */
  milestonesOf(actor: Actor, collaborationIds: readonly string[]): Promise<MilestoneEntity[]> {
    return this.readable(actor, MilestoneEntity, Subject.Milestone, {
      column: 'collaboration_id',
      ids: collaborationIds,
      order: PLAN_ORDER,
    });
  }

  /** The tasks, resources and progress of milestones, as the actor may read them. */
  async contentsOf(actor: Actor, milestoneIds: readonly string[]): Promise<MilestoneContents> {
    const [tasks, resources, progress] = await Promise.all([
      this.tasks(actor, milestoneIds),
      this.resources(actor, milestoneIds),
      this.progress(actor, milestoneIds),
    ]);
    return { tasks, resources, progress };
  }

  tasks(actor: Actor, milestoneIds: readonly string[]): Promise<TaskEntity[]> {
    return this.readable(actor, TaskEntity, Subject.Task, {
      column: 'milestone_id',
      current: true,
      ids: milestoneIds,
      order: OLDEST_FIRST,
    });
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

  /** Progress reports on milestones, newest first. */
  progress(actor: Actor, milestoneIds: readonly string[]): Promise<ProgressUpdateEntity[]> {
    return this.readable(actor, ProgressUpdateEntity, Subject.ProgressUpdate, {
      column: 'milestone_id',
      ids: milestoneIds,
      order: NEWEST_FIRST,
    });
  }

  /**
   * The rows of `entity` whose `column` is one of `ids`, in `order`, that the actor may read as
   * `subject` (with `current`, only those not archived).
   */
  private readable<T extends ObjectLiteral>(
    actor: Actor,
    entity: EntityTarget<T>,
    subject: Subject,
    {
      column,
      ids,
      order,
      current = false,
    }: { column: string; ids: readonly string[]; order: Order; current?: boolean },
  ): Promise<T[]> {
    const qb = this.db
      .repo(entity)
      .createQueryBuilder('e')
      .where(`e.${column} = ANY(:ids)`, { ids: [...ids] });
    // Archived rows stay for the history that names them, out of the plan (ADR 0040).
    if (current) qb.andWhere('e.archived_at IS NULL');
    for (const [sortColumn, direction] of Object.entries(order))
      qb.addOrderBy(`e.${sortColumn}`, direction);
    return applyAbility(qb, actor.ability, Action.Read, subject).getMany();
  }
}
