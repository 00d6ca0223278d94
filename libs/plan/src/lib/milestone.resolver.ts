import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { DeprecatedArg, IdArg, oneOf, requiredInstead } from '@alianza/api-core';
import { Actor, Allow, CurrentActor } from '@alianza/authz';
import { Action, Subject } from '@alianza/shared';
import { MilestoneInput, ProposalDecisionInput, UpdateMilestoneInput } from './dtos/plan.inputs';
import { MilestoneType } from './dtos/plan.types';
import { MilestoneEntity } from './entities/milestone.entity';
import { MilestoneService } from './milestone.service';
import { milestoneView } from './plan-views';
import { PlanService } from './plan.service';
import { ProposalService } from './proposal.service';

@Resolver(() => MilestoneType)
export class MilestoneResolver {
  constructor(
    private readonly milestoneService: MilestoneService,
    private readonly proposalService: ProposalService,
    private readonly planService: PlanService,
  ) {}

  @Allow(Action.Propose, Subject.Milestone) // the facilitator adds; an active participant proposes
  @Mutation(() => MilestoneType, {
    description: 'Add a milestone (facilitator) or propose one (participant).',
  })
  async createMilestone(
    @CurrentActor() actor: Actor,
    @IdArg('collaborationId') collaborationId: string,
    @Args('input', { description: 'The new milestone.' }) input: MilestoneInput,
  ): Promise<MilestoneType> {
    const milestone = await this.milestoneService.createMilestone(actor, collaborationId, input);
    // A new milestone has no tasks, resources or progress yet.
    return milestoneView(milestone, { tasks: [], resources: [], progress: [] });
  }

  @Allow(Action.Update, Subject.Milestone)
  @Mutation(() => MilestoneType, { description: 'Changes a milestone of the plan (facilitator).' })
  async updateMilestone(
    @CurrentActor() actor: Actor,
    @IdArg('milestoneId') milestoneId: string,
    @Args('input', { description: 'The changes.' }) input: UpdateMilestoneInput,
  ): Promise<MilestoneType> {
    return this.withItsContents(
      actor,
      await this.milestoneService.updateMilestone(actor, milestoneId, input),
    );
  }

  @Allow(Action.Decide, Subject.Milestone)
  @Mutation(() => MilestoneType, {
    description: 'Accept or decline a proposed milestone (facilitator).',
  })
  async decideMilestoneProposal(
    @CurrentActor() actor: Actor,
    @IdArg('milestoneId') milestoneId: string,
    @Args('input', {
      description: requiredInstead('The decision.', 'accept'),
      type: () => ProposalDecisionInput,
      nullable: true,
    })
    input: ProposalDecisionInput | undefined,
    @DeprecatedArg('accept', 'input.accept', () => Boolean) accept: boolean | undefined,
  ): Promise<MilestoneType> {
    const decision = oneOf({ input: input?.accept, accept }, 'input');
    return this.withItsContents(
      actor,
      await this.proposalService.decideMilestone(actor, milestoneId, decision),
    );
  }

  /** A changed milestone as the plan shows it: its tasks, resources, progress and figures. */
  private async withItsContents(actor: Actor, milestone: MilestoneEntity): Promise<MilestoneType> {
    return milestoneView(milestone, await this.planService.contentsOf(actor, [milestone.id]));
  }
}
