import { Query, Resolver, Subscription } from '@nestjs/graphql';
import { IdArg } from '@alianza/api-core';
import { Actor, Allow, Authenticated, CurrentActor } from '@alianza/authz';
import { CollaborationService } from '@alianza/collaboration';
import { Action, Subject } from '@alianza/shared';
import { PlanChangeType, PlanType } from './dtos/plan.types';
import { PlanChange, PlanEvents } from './plan-events';
import { planView } from './plan-views';
import { PlanService } from './plan.service';

@Resolver(() => PlanType)
export class PlanResolver {
  constructor(
    private readonly planService: PlanService,
    private readonly collaborationService: CollaborationService,
    private readonly planEvents: PlanEvents,
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
    const [indicators, contents] = await Promise.all([
      this.planService.indicators(
        actor,
        objectives.map((o) => o.id),
      ),
      this.planService.contentsOf(
        actor,
        milestones.map((m) => m.id),
      ),
    ]);
    return planView(collaborationId, { objectives, indicators, latest, milestones, ...contents });
  }

  @Allow(Action.Read, Subject.Plan) // the facilitator and active participants; NOT_FOUND for others' plans
  @Subscription(() => PlanChangeType, {
    description:
      'Changes of the plan of a collaboration, live (graphql-ws at /graphql): read the plan again.',
    resolve: (change: PlanChange): PlanChangeType => change,
  })
  planChanged(
    @CurrentActor() actor: Actor,
    @IdArg('collaborationId') collaborationId: string,
  ): AsyncIterableIterator<unknown> {
    return this.planEvents.listen(actor, collaborationId);
  }
}
