import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { IdArg } from '@alianza/api-core';
import { Actor, Allow, CurrentActor } from '@alianza/authz';
import { Action, Subject } from '@alianza/shared';
import { ResourceInput, resourceValue, UpdateResourceInput } from './dtos/plan.inputs';
import { PlanRemovalType, ResourceType } from './dtos/plan.types';
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
    @Args('input', { description: 'The new resource.' }) input: ResourceInput,
  ): Promise<ResourceType> {
    const { valueDecimal: _, ...rest } = input;
    return resourceView(
      await this.resourceService.addResource(actor, milestoneId, {
        ...rest,
        value: resourceValue(input),
      }),
    );
  }

  @Allow(Action.Update, Subject.Resource)
  @Mutation(() => ResourceType, {
    description:
      "Change a resource's kind and details (facilitator); its provider and confidentiality stay.",
  })
  async updateResource(
    @CurrentActor() actor: Actor,
    @IdArg('resourceId') resourceId: string,
    @Args('input', { description: 'The changes.' }) input: UpdateResourceInput,
  ): Promise<ResourceType> {
    const { valueDecimal: _, ...rest } = input;
    return resourceView(
      await this.resourceService.updateResource(actor, resourceId, {
        ...rest,
        value: resourceValue(input),
      }),
    );
  }

  @Allow(Action.Delete, Subject.Resource)
  @Mutation(() => PlanRemovalType, { description: 'Delete a resource (facilitator).' })
  async removeResource(
    @CurrentActor() actor: Actor,
    @IdArg('resourceId') resourceId: string,
  ): Promise<PlanRemovalType> {
    return {
      id: resourceId,
      outcome: await this.resourceService.removeResource(actor, resourceId),
    };
  }
}
