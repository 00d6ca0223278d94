import { Injectable } from '@nestjs/common';
import { Actor, canOn, findAllowed, requireViewer } from '@alianza/authz';
import { CollaborationService } from '@alianza/collaboration';
import { Db } from '@alianza/db';
import { Action, AppError, IndicatorDirection, RemovalOutcome, Subject } from '@alianza/shared';
import { IndicatorEntity } from './entities/indicator.entity';
import { ObjectiveEntity } from './entities/objective.entity';
import { PlanWrites } from './plan-writes.service';

export interface IndicatorFields {
  name: string;
  unit: string;
  baseline: number;
  target: number;
  direction: IndicatorDirection;
}

const INDICATOR_FIELDS = ['name', 'unit', 'baseline', 'target', 'direction'] as const;

/** The plan's objectives and their measurable indicators, which the facilitator sets. */
@Injectable()
export class ObjectiveService {
  constructor(
    private readonly db: Db,
    private readonly writes: PlanWrites,
    private readonly collaborations: CollaborationService,
  ) {}

  async createObjective(
    actor: Actor,
    collaborationId: string,
    input: { title: string; description: string },
  ): Promise<ObjectiveEntity> {
    await this.shape(actor, collaborationId);
    const repo = this.db.repo(ObjectiveEntity);
    const position = (await repo.count({ where: { collaborationId } })) + 1;
    const objective = await repo.save(
      repo.create({ ...input, collaborationId, position, createdBy: requireViewer(actor).userId }),
    );
    await this.writes.record(actor, collaborationId, {
      action: 'plan.objective_created',
      subjectType: 'Objective',
      subjectId: objective.id,
      payload: { title: objective.title },
    });
    return objective;
  }

  async addIndicator(
    actor: Actor,
    objectiveId: string,
    input: IndicatorFields,
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
    checkIndicator(input);
    const repo = this.db.repo(IndicatorEntity);
    const indicator = await repo.save(
      repo.create({ ...input, objectiveId, collaborationId: objective.collaborationId }),
    );
    await this.writes.record(actor, objective.collaborationId, {
      action: 'plan.indicator_added',
      subjectType: 'Indicator',
      subjectId: indicator.id,
      payload: { ...input },
    });
    return indicator;
  }

  async updateObjective(
    actor: Actor,
    id: string,
    changes: { title?: string; description?: string },
  ): Promise<ObjectiveEntity> {
    const objective = await this.writes.lockCurrent(
      ObjectiveEntity,
      Subject.Objective,
      'Objective',
      actor,
      Action.Update,
      id,
    );
    if (changes.title !== undefined) objective.title = changes.title;
    if (changes.description !== undefined) objective.description = changes.description;
    const saved = await this.db.repo(ObjectiveEntity).save(objective);
    await this.writes.record(actor, objective.collaborationId, {
      action: 'plan.objective_updated',
      subjectType: 'Objective',
      subjectId: id,
      payload: { ...changes },
    });
    return saved;
  }

  /**
   * Removes an objective with its indicators: deleted, or archived when progress reported values
   * of its indicators or evaluations rated it (ADR 0040).
   */
  async removeObjective(actor: Actor, id: string): Promise<RemovalOutcome> {
    const objective = await this.writes.lockCurrent(
      ObjectiveEntity,
      Subject.Objective,
      'Objective',
      actor,
      Action.Delete,
      id,
    );
    const [{ named }]: { named: boolean }[] = await this.db.manager.query(
      `SELECT EXISTS (SELECT 1 FROM plan_indicators i JOIN plan_progress_updates p
                        ON p.collaboration_id = i.collaboration_id
                       AND p.indicator_values @> jsonb_build_array(jsonb_build_object('indicatorId', i.id::text))
                     WHERE i.objective_id = $1)
           OR EXISTS (SELECT 1 FROM evaluations e WHERE e.collaboration_id = $2
                         AND e.objective_ratings @> jsonb_build_array(jsonb_build_object('objectiveId', $1::text)))
           AS named`,
      [id, objective.collaborationId],
    );
    const outcome = await this.writes.removeOrArchive(ObjectiveEntity, id, named);
    await this.writes.record(actor, objective.collaborationId, {
      action:
        outcome === RemovalOutcome.ARCHIVED ? 'plan.objective_archived' : 'plan.objective_deleted',
      subjectType: 'Objective',
      subjectId: id,
      payload: { title: objective.title },
    });
    return outcome;
  }

  /** Changes an indicator; the result must still move from its baseline toward its target. */
  async updateIndicator(
    actor: Actor,
    id: string,
    changes: Partial<IndicatorFields>,
  ): Promise<IndicatorEntity> {
    const indicator = await this.writes.lockCurrent(
      IndicatorEntity,
      Subject.Indicator,
      'Indicator',
      actor,
      Action.Update,
      id,
    );
    for (const key of INDICATOR_FIELDS) {
      const value = changes[key];
      if (value !== undefined) Object.assign(indicator, { [key]: value });
    }
    checkIndicator(indicator);
    const saved = await this.db.repo(IndicatorEntity).save(indicator);
    await this.writes.record(actor, indicator.collaborationId, {
      action: 'plan.indicator_updated',
      subjectType: 'Indicator',
      subjectId: id,
      payload: { ...changes },
    });
    return saved;
  }

  /** Removes an indicator: deleted, or archived when progress reported values of it (ADR 0040). */
  async removeIndicator(actor: Actor, id: string): Promise<RemovalOutcome> {
    const indicator = await this.writes.lockCurrent(
      IndicatorEntity,
      Subject.Indicator,
      'Indicator',
      actor,
      Action.Delete,
      id,
    );
    const [{ named }]: { named: boolean }[] = await this.db.manager.query(
      `SELECT EXISTS (SELECT 1 FROM plan_progress_updates WHERE collaboration_id = $2
                         AND indicator_values @> jsonb_build_array(jsonb_build_object('indicatorId', $1::text)))
           AS named`,
      [id, indicator.collaborationId],
    );
    const outcome = await this.writes.removeOrArchive(IndicatorEntity, id, named);
    await this.writes.record(actor, indicator.collaborationId, {
      action:
        outcome === RemovalOutcome.ARCHIVED ? 'plan.indicator_archived' : 'plan.indicator_deleted',
      subjectType: 'Indicator',
      subjectId: id,
      payload: { name: indicator.name },
    });
    return outcome;
  }

  /** The plan must be visible (NOT_FOUND otherwise) and the actor allowed to shape it. */
  private async shape(actor: Actor, collaborationId: string): Promise<void> {
    if (!canOn(actor, Action.Update, Subject.Plan, { collaborationId })) {
      await this.collaborations.get(actor, collaborationId);
      throw AppError.forbidden('Only the facilitator shapes the plan.');
    }
    await this.writes.holdOpen(actor, collaborationId);
  }
}

/** An indicator moves from its baseline toward a different target, the way its direction says. */
function checkIndicator(input: IndicatorFields): void {
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
}
