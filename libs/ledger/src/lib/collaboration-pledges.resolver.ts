import { Args, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { mapPage, Page } from '@alianza/api-core';
import { Actor, CurrentActor } from '@alianza/authz';
import { CollaborationType } from '@alianza/collaboration';
import { PledgeService } from './pledge.service';
import { PledgesArgs } from './dtos/pledge.inputs';
import { PledgeConnection, PledgeType } from './dtos/pledge.types';

/** A collaboration's pledges as a page, as the caller may read them (SQL). */
@Resolver(() => CollaborationType)
export class CollaborationPledgesResolver {
  constructor(private readonly pledgeService: PledgeService) {}

  @ResolveField(() => PledgeConnection, {
    description:
      'Pledges by due date, for the facilitator and active participants; `overdue` marks open ones past due.',
  })
  async pledges(
    @Parent() collaboration: CollaborationType,
    @CurrentActor() actor: Actor,
    @Args() args: PledgesArgs,
  ): Promise<Page<PledgeType>> {
    return mapPage(
      await this.pledgeService.page(actor, collaboration.id, args, args.status),
      PledgeType.from,
    );
  }
}
