import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { IdArg } from '@alianza/api-core';
import { Actor, Allow, Authenticated, CurrentActor } from '@alianza/authz';
import { Action, PledgeStatus, Subject } from '@alianza/shared';
import { PledgeService } from './pledge.service';
import { CancelPledgeInput, FulfilPledgeInput, PledgeInput } from './dtos/pledge.inputs';
import { PledgeType } from './dtos/pledge.types';

@Resolver(() => PledgeType)
export class PledgeResolver {
  constructor(private readonly pledgeService: PledgeService) {}

  @Authenticated() // the facilitator and active participants of the collaboration
  @Query(() => [PledgeType], {
    description: 'Pledges by due date; `overdue` marks open ones past due.',
    deprecationReason: 'Use Collaboration.pledges (a connection). Removed after 2027-06-30.',
  })
  async pledges(
    @CurrentActor() actor: Actor,
    @IdArg('collaborationId') collaborationId: string,
    @Args('status', {
      description: 'Only pledges with this status.',
      type: () => PledgeStatus,
      nullable: true,
    })
    status?: PledgeStatus,
  ): Promise<PledgeType[]> {
    return (await this.pledgeService.list(actor, collaborationId, status)).map(PledgeType.from);
  }

  @Allow(Action.Create, Subject.Pledge)
  @Mutation(() => PledgeType, { description: 'Commit your organization to a future contribution.' })
  async makePledge(
    @CurrentActor() actor: Actor,
    @IdArg('collaborationId') collaborationId: string,
    @Args('input', { description: 'The pledge.' }) input: PledgeInput,
  ): Promise<PledgeType> {
    return PledgeType.from(await this.pledgeService.make(actor, collaborationId, input));
  }

  @Allow(Action.Update, Subject.Pledge)
  @Mutation(() => PledgeType, {
    description: 'Fulfil a pledge with the confirmed entries that satisfy it.',
  })
  async fulfilPledge(
    @CurrentActor() actor: Actor,
    @IdArg('pledgeId') pledgeId: string,
    @Args('input', { description: 'The entries that fulfil it.' }) input: FulfilPledgeInput,
  ): Promise<PledgeType> {
    return PledgeType.from(await this.pledgeService.fulfil(actor, pledgeId, input.entryIds));
  }

  @Allow(Action.Update, Subject.Pledge)
  @Mutation(() => PledgeType, {
    description: "Cancels an open pledge of the viewer's organization, with the reason.",
  })
  async cancelPledge(
    @CurrentActor() actor: Actor,
    @IdArg('pledgeId') pledgeId: string,
    @Args('input', { description: 'Why it is cancelled.' }) input: CancelPledgeInput,
  ): Promise<PledgeType> {
    return PledgeType.from(await this.pledgeService.cancel(actor, pledgeId, input.reason));
  }
}
