import { Args, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { emptyPage, mapPage, Page, PageArgs } from '@alianza/api-core';
import { AreasArgs } from './dtos/disclosure.inputs';
import { Actor, canOn, CurrentActor, mayEver } from '@alianza/authz';
import { CollaborationType } from '@alianza/collaboration';
import { Action, Subject } from '@alianza/shared';
import { AreaService } from './area.service';
import {
  AreaConnection,
  AreaType,
  GrantToReviewConnection,
  GrantToReviewType,
  GrantType,
  OverlapConnection,
  OverlapType,
} from './dtos/disclosure.types';
import { GrantReviewService } from './grant-review.service';
import { OverlapService } from './overlap.service';

/**
 * A collaboration's areas, overlaps and grants to review, as pages. Each asks the service with
 * the caller and the collaboration's id: what the caller may read is decided there (SQL), never by
 * how the collaboration was reached. A list the caller may read nothing of is empty (the root
 * queries refused it as FORBIDDEN; here that would take the collaboration with it).
 */
@Resolver(() => CollaborationType)
export class CollaborationDisclosureResolver {
  constructor(
    private readonly areaService: AreaService,
    private readonly overlapService: OverlapService,
    private readonly grantReviews: GrantReviewService,
  ) {}

  @ResolveField(() => AreaConnection, {
    description:
      'Its areas of exchange, by position: for the facilitator and active participants (nobody else sees any).',
  })
  async areas(
    @Parent() collaboration: CollaborationType,
    @CurrentActor() actor: Actor,
    @Args() args: AreasArgs,
  ): Promise<Page<AreaType>> {
    return mapPage(
      await this.areaService.page(actor, collaboration.id, args, args.includeArchived ?? true),
      AreaType.from,
    );
  }

  @ResolveField(() => OverlapConnection, {
    description:
      'Declared overlaps, oldest first: the facilitator sees all; an active participant those that involve its organization.',
  })
  async overlaps(
    @Parent() collaboration: CollaborationType,
    @CurrentActor() actor: Actor,
    @Args() page: PageArgs,
  ): Promise<Page<OverlapType>> {
    if (!mayEver(actor, Action.Read, Subject.Overlap)) return emptyPage();
    return mapPage(await this.overlapService.page(actor, collaboration.id, page), OverlapType.from);
  }

  @ResolveField(() => GrantToReviewConnection, {
    description:
      'Valid grants that the rules now in force would not allow, oldest first: for its facilitator (empty for anyone else), to revoke them or keep them with a reason.',
  })
  async grantsNeedingReview(
    @Parent() collaboration: CollaborationType,
    @CurrentActor() actor: Actor,
    @Args() page: PageArgs,
  ): Promise<Page<GrantToReviewType>> {
    if (!canOn(actor, Action.Review, Subject.Grant, { collaborationId: collaboration.id }))
      return emptyPage();
    return mapPage(
      await this.grantReviews.page(actor, collaboration.id, page),
      (entry): GrantToReviewType => ({
        grant: GrantType.from(entry.grant),
        reasons: entry.reasons,
      }),
    );
  }
}
