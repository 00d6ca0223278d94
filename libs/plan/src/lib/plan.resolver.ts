import { Query, Resolver } from '@nestjs/graphql';
import { IdArg } from '@alianza/api-core';
import { Actor, Authenticated, CurrentActor } from '@alianza/authz';
import { CollaborationService } from '@alianza/collaboration';
import { PlanType } from './dtos/plan.types';
import { planView } from './plan-views';
import { PlanService } from './plan.service';

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
}
