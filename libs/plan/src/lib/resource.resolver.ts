import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { IdArg } from '@alianza/api-core';
import { Actor, Allow, CurrentActor } from '@alianza/authz';
import { Action, Subject } from '@alianza/shared';
import { ResourceInput } from './dtos/plan.inputs';
import { ResourceType } from './dtos/plan.types';
import { resourceView } from './plan-views';
import { ResourceService } from './resource.service';

@Resolver(() => ResourceType)
export class ResourceResolver {
  constructor(private readonly resourceService: ResourceService) {}

  @Allow(Action.Create, Subject.Resource)
  @Mutation(() => ResourceType, {
    description: 'Add a resource available or needed at a milestone (facilitator).',
  })
  async addResource(
    @CurrentActor() actor: Actor,
    @IdArg('milestoneId') milestoneId: string,
    @Args('input') input: ResourceInput,
  ): Promise<ResourceType> {
    return resourceView(await this.resourceService.addResource(actor, milestoneId, input));
  }
}
