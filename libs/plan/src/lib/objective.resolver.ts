import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { IdArg } from '@alianza/api-core';
import { Actor, Allow, CurrentActor } from '@alianza/authz';
import { Action, Subject } from '@alianza/shared';
import { IndicatorInput, ObjectiveInput } from './dtos/plan.inputs';
import { IndicatorType, ObjectiveType } from './dtos/plan.types';
import { ObjectiveService } from './objective.service';
import { indicatorView, objectiveView } from './plan-views';

@Resolver(() => ObjectiveType)
export class ObjectiveResolver {
  constructor(private readonly objectiveService: ObjectiveService) {}

  @Allow(Action.Update, Subject.Plan)
  @Mutation(() => ObjectiveType, { description: 'Add an objective to the plan (facilitator).' })
  async createObjective(
    @CurrentActor() actor: Actor,
    @IdArg('collaborationId') collaborationId: string,
    @Args('input') input: ObjectiveInput,
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
    @Args('input') input: IndicatorInput,
  ): Promise<IndicatorType> {
    return indicatorView(await this.objectiveService.addIndicator(actor, objectiveId, input), null);
  }
}
