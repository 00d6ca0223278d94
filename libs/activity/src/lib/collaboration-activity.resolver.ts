import { Args, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { emptyPage, mapPage, Page } from '@alianza/api-core';
import { Actor, CurrentActor, mayEver } from '@alianza/authz';
import { CollaborationType } from '@alianza/collaboration';
import { Action, Subject } from '@alianza/shared';
import { ActivityService } from './activity.service';
import { AreaPageArgs } from './dtos/activity.inputs';
import {
  ActivityOptionConnection,
  ActivityOptionType,
  DetectedOverlapConnection,
  DetectedOverlapType,
} from './dtos/activity.types';
import { OverlapDetectionService } from './overlap-detection.service';

/**
 * A collaboration's activity option lists and detected overlaps, as pages: each asks the service
 * with the caller and the collaboration's id, which decide what it may read. Empty to a caller
 * that may read none of it (the root queries refused it as FORBIDDEN).
 */
@Resolver(() => CollaborationType)
export class CollaborationActivityResolver {
  constructor(
    private readonly activity: ActivityService,
    private readonly detection: OverlapDetectionService,
  ) {}

  @ResolveField(() => ActivityOptionConnection, {
    description:
      'The option lists (markets, segments, products) of its areas, by area, dimension and position: for the facilitator and active participants.',
  })
  async activityOptions(
    @Parent() collaboration: CollaborationType,
    @CurrentActor() actor: Actor,
    @Args() args: AreaPageArgs,
  ): Promise<Page<ActivityOptionType>> {
    if (!mayEver(actor, Action.Read, Subject.ActivityOption)) return emptyPage();
    return mapPage(
      await this.activity.optionsPage(actor, collaboration.id, args, args.areaId),
      ActivityOptionType.from,
    );
  }

  @ResolveField(() => DetectedOverlapConnection, {
    description:
      'Overlaps computed from declared activity, by area: for the facilitator (empty for anyone else), computed on each read.',
  })
  async detectedOverlaps(
    @Parent() collaboration: CollaborationType,
    @CurrentActor() actor: Actor,
    @Args() args: AreaPageArgs,
  ): Promise<Page<DetectedOverlapType>> {
    if (!mayEver(actor, Action.Read, Subject.DetectedOverlap)) return emptyPage();
    return mapPage(
      await this.detection.detectPage(actor, collaboration.id, args, args.areaId),
      DetectedOverlapType.from,
    );
  }
}
