import { Injectable } from '@nestjs/common';
import { Actor, canOn, findAllowed, requireViewer } from '@alianza/authz';
import { CollaborationService } from '@alianza/collaboration';
import { Db } from '@alianza/db';
import { Action, AppError, IndicatorDirection, Subject } from '@alianza/shared';
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
