import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { IdArg } from '@alianza/api-core';
import { Actor, Allow, CurrentActor } from '@alianza/authz';
import { Action, Subject } from '@alianza/shared';
import { ActivityService, AreaDeclaration } from './activity.service';
import { OverlapDetectionService } from './overlap-detection.service';
import {
  ActivityOptionsInput,
  AreaOfOrganizationArgs,
  CollaborationAreaArgs,
  CustomerListInput,
  DeclareActivityInput,
  DeclareDetectedOverlapInput,
  DismissDetectedOverlapInput,
  MyActivityArgs,
} from './dtos/activity.inputs';
import {
  ActivityDeclarationType,
  ActivityOptionType,
  CustomerListType,
  DetectedOverlapType,
  MyActivityType,
} from './dtos/activity.types';

@Resolver()
export class ActivityResolver {
  constructor(
    private readonly activity: ActivityService,
    private readonly detection: OverlapDetectionService,
  ) {}

  @Allow(Action.Read, Subject.ActivityOption) // the facilitator and active participants
  @Query(() => [ActivityOptionType], {
    description: 'The option lists (markets, segments, products) of each area.',
    deprecationReason:
      'Use Collaboration.activityOptions (a connection). Removed after 2027-06-30.',
  })
  async activityOptions(
    @CurrentActor() actor: Actor,
    @Args() args: CollaborationAreaArgs,
  ): Promise<ActivityOptionType[]> {
    return (await this.activity.options(actor, args.collaborationId, args.areaId)).map(
      ActivityOptionType.from,
    );
  }

  @Allow(Action.Update, Subject.ActivityOption)
  @Mutation(() => [ActivityOptionType], {
    description: 'Replace an area’s list for one dimension (facilitator).',
  })
  async setActivityOptions(
    @CurrentActor() actor: Actor,
    @IdArg('areaId') areaId: string,
    @Args('input', { description: "The area's options." }) input: ActivityOptionsInput,
  ): Promise<ActivityOptionType[]> {
    return (await this.activity.setOptions(actor, areaId, input.dimension, input.labels)).map(
      ActivityOptionType.from,
    );
  }

  @Allow(Action.Read, Subject.ActivityDeclaration) // members of an active participant, their own
  @Query(() => MyActivityType, {
    description: 'What your organization declared (options, customer lists): nobody else sees it.',
  })
  async myActivity(
    @CurrentActor() actor: Actor,
    @Args() args: MyActivityArgs,
  ): Promise<MyActivityType> {
    const mine = await this.activity.mine(actor, args.collaborationId, args.organizationId);
    return {
      organizationId: mine.organizationId,
      declarations: mine.declarations,
      customerLists: mine.customerLists.map(CustomerListType.from),
    };
  }

  @Allow(Action.Create, Subject.ActivityDeclaration)
  @Mutation(() => ActivityDeclarationType, {
    description: 'Declare, privately, which options of an area apply to your organization.',
  })
  declareActivity(
    @CurrentActor() actor: Actor,
    @IdArg('areaId') areaId: string,
    @Args('input', { description: 'The area and the options.' }) input: DeclareActivityInput,
  ): Promise<AreaDeclaration> {
    return this.activity.declare(actor, areaId, input.optionIds, input.organizationId);
  }

  @Allow(Action.Create, Subject.CustomerList)
  @Mutation(() => CustomerListType, {
    description:
      'Upload your customer list for an area; it replaces the previous one. Only keyed hashes are kept.',
  })
  async uploadCustomerList(
    @CurrentActor() actor: Actor,
    @IdArg('areaId') areaId: string,
    @Args('input', { description: 'The area and the list.' }) input: CustomerListInput,
  ): Promise<CustomerListType> {
    return CustomerListType.from(await this.activity.uploadCustomerList(actor, areaId, input));
  }

  @Allow(Action.Delete, Subject.CustomerList)
  @Mutation(() => CustomerListType, { description: 'Delete your customer list of an area.' })
  async removeCustomerList(
    @CurrentActor() actor: Actor,
    @Args() args: AreaOfOrganizationArgs,
  ): Promise<CustomerListType> {
    return CustomerListType.from(
      await this.activity.removeCustomerList(actor, args.areaId, args.organizationId),
    );
  }

  @Allow(Action.Read, Subject.DetectedOverlap)
  @Query(() => [DetectedOverlapType], {
    description: 'Overlaps computed from declared activity (facilitator only).',
    deprecationReason:
      'Use Collaboration.detectedOverlaps (a connection). Removed after 2027-06-30.',
  })
  async detectedOverlaps(
    @CurrentActor() actor: Actor,
    @Args() args: CollaborationAreaArgs,
  ): Promise<DetectedOverlapType[]> {
    return (await this.detection.detect(actor, args.collaborationId, args.areaId)).map(
      DetectedOverlapType.from,
    );
  }

  @Allow(Action.Decide, Subject.DetectedOverlap)
  @Mutation(() => DetectedOverlapType, {
    description: 'Turn a detected overlap into a declared overlap (facilitator).',
  })
  async declareDetectedOverlap(
    @CurrentActor() actor: Actor,
    @Args('input', { description: 'The overlap to declare.' }) input: DeclareDetectedOverlapInput,
  ): Promise<DetectedOverlapType> {
    return DetectedOverlapType.from(await this.detection.declare(actor, input, input));
  }

  @Allow(Action.Decide, Subject.DetectedOverlap)
  @Mutation(() => DetectedOverlapType, {
    description: 'Dismiss a detected overlap, with the reason (facilitator).',
  })
  async dismissDetectedOverlap(
    @CurrentActor() actor: Actor,
    @Args('input', { description: 'The overlap to dismiss and why.' })
    input: DismissDetectedOverlapInput,
  ): Promise<DetectedOverlapType> {
    return DetectedOverlapType.from(await this.detection.dismiss(actor, input, input.reason));
  }
}
