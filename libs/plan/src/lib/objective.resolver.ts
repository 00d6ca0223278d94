import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { IdArg } from '@alianza/api-core';
import { Actor, Allow, CurrentActor } from '@alianza/authz';
import { Action, Subject } from '@alianza/shared';
import {
  IndicatorInput,
  indicatorFigures,
  ObjectiveInput,
  UpdateIndicatorInput,
  UpdateObjectiveInput,
} from './dtos/plan.inputs';
import { IndicatorType, ObjectiveType, PlanRemovalType } from './dtos/plan.types';
import { ObjectiveService } from './objective.service';
import { indicatorView, objectiveView } from './plan-views';
import { PlanService } from './plan.service';

@Resolver(() => ObjectiveType)
export class ObjectiveResolver {
  constructor(
    private readonly objectiveService: ObjectiveService,
    private readonly planService: PlanService,
  ) {}

  @Allow(Action.Update, Subject.Plan)
  @Mutation(() => ObjectiveType, { description: 'Add an objective to the plan (facilitator).' })
  async createObjective(
    @CurrentActor() actor: Actor,
    @IdArg('collaborationId') collaborationId: string,
    @Args('input', { description: 'The new objective.' }) input: ObjectiveInput,
  ): Promise<ObjectiveType> {
    const objective = await this.objectiveService.createObjective(actor, collaborationId, input);
    return objectiveView(objective, [], new Map()); // a new objective has no indicators yet
  }

  @Allow(Action.Update, Subject.Plan)
  @Mutation(() => IndicatorType, {
    description: 'Add a measurable indicator to an objective (facilitator).',
  })
  async addIndicator(
    @CurrentActor() actor: Actor,
    @IdArg('objectiveId') objectiveId: string,
    @Args('input', { description: 'The new indicator.' }) input: IndicatorInput,
  ): Promise<IndicatorType> {
    const { baseline, target } = indicatorFigures(input, true);
    const fields = {
      name: input.name,
      unit: input.unit,
      direction: input.direction,
      baseline: baseline as number,
      target: target as number,
    };
    return indicatorView(
      await this.objectiveService.addIndicator(actor, objectiveId, fields),
      null,
    );
  }

  @Allow(Action.Update, Subject.Objective)
  @Mutation(() => ObjectiveType, { description: "Change an objective's title or description." })
  async updateObjective(
    @CurrentActor() actor: Actor,
    @IdArg('objectiveId') objectiveId: string,
    @Args('input', { description: 'The changes.' }) input: UpdateObjectiveInput,
  ): Promise<ObjectiveType> {
    const objective = await this.objectiveService.updateObjective(actor, objectiveId, input);
    const [indicators, latest] = await Promise.all([
      this.planService.indicators(actor, [objective.id]),
      this.planService.latestIndicatorValues(actor, objective.collaborationId),
    ]);
    return objectiveView(objective, indicators, latest);
  }

  @Allow(Action.Delete, Subject.Objective)
  @Mutation(() => PlanRemovalType, {
    description:
      'Remove an objective and its indicators (facilitator): deleted, or archived when reported values or evaluations name it.',
  })
  async removeObjective(
    @CurrentActor() actor: Actor,
    @IdArg('objectiveId') objectiveId: string,
  ): Promise<PlanRemovalType> {
    return {
      id: objectiveId,
      outcome: await this.objectiveService.removeObjective(actor, objectiveId),
    };
  }

  @Allow(Action.Update, Subject.Indicator)
  @Mutation(() => IndicatorType, { description: 'Change an indicator (facilitator).' })
  async updateIndicator(
    @CurrentActor() actor: Actor,
    @IdArg('indicatorId') indicatorId: string,
    @Args('input', { description: 'The changes.' }) input: UpdateIndicatorInput,
  ): Promise<IndicatorType> {
    const { baselineDecimal: _b, targetDecimal: _t, ...rest } = input;
    const changes = Object.fromEntries(
      Object.entries({ ...rest, ...indicatorFigures(input, false) }).filter(
        ([, value]) => value !== undefined,
      ),
    );
    const indicator = await this.objectiveService.updateIndicator(actor, indicatorId, changes);
    const latest = await this.planService.latestIndicatorValues(actor, indicator.collaborationId);
    return indicatorView(indicator, latest.get(indicator.id) ?? null);
  }

  @Allow(Action.Delete, Subject.Indicator)
  @Mutation(() => PlanRemovalType, {
    description:
      'Remove an indicator (facilitator): deleted, or archived when progress reported values of it.',
  })
  async removeIndicator(
    @CurrentActor() actor: Actor,
    @IdArg('indicatorId') indicatorId: string,
  ): Promise<PlanRemovalType> {
    return {
      id: indicatorId,
      outcome: await this.objectiveService.removeIndicator(actor, indicatorId),
    };
  }
}
