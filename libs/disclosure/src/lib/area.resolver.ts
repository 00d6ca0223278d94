import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { IdArg } from '@alianza/api-core';
import { Actor, Allow, Authenticated, CurrentActor } from '@alianza/authz';
import { Action, Subject } from '@alianza/shared';
import { AreaService } from './area.service';
import { AreaInput, UpdateAreaInput } from './dtos/disclosure.inputs';
import { AreaType } from './dtos/disclosure.types';

@Resolver(() => AreaType)
export class AreaResolver {
  constructor(private readonly areaService: AreaService) {}

  @Authenticated() // the facilitator and active participants; nobody else sees any
  @Query(() => [AreaType], {
    description: 'The areas of exchange of a collaboration.',
    deprecationReason: 'Use Collaboration.areas (a connection). Removed after 2027-06-30.',
  })
  async areas(
    @CurrentActor() actor: Actor,
    @IdArg('collaborationId') collaborationId: string,
  ): Promise<AreaType[]> {
    return (await this.areaService.list(actor, collaborationId)).map(AreaType.from);
  }

  @Allow(Action.Create, Subject.Area)
  @Mutation(() => AreaType, {
    description: 'Adds an area of exchange to a collaboration (facilitator).',
  })
  async createArea(
    @CurrentActor() actor: Actor,
    @IdArg('collaborationId') collaborationId: string,
    @Args('input', { description: 'The new area.' }) input: AreaInput,
  ): Promise<AreaType> {
    return AreaType.from(await this.areaService.create(actor, collaborationId, input));
  }

  @Allow(Action.Update, Subject.Area)
  @Mutation(() => AreaType, { description: 'Rename an area or change its sensitivity.' })
  async updateArea(
    @CurrentActor() actor: Actor,
    @IdArg('id', 'The id of the area.') id: string,
    @Args('input', { description: 'The changes.' }) input: UpdateAreaInput,
  ): Promise<AreaType> {
    return AreaType.from((await this.areaService.update(actor, id, input)).area);
  }

  @Allow(Action.Archive, Subject.Area)
  @Mutation(() => AreaType, {
    description:
      'Archive an area (it keeps its items and grants and takes no new ones), or bring it back.',
  })
  async setAreaArchived(
    @CurrentActor() actor: Actor,
    @IdArg('id', 'The id of the area.') id: string,
    @Args('archived', {
      description: 'True to archive the area, false to restore it.',
      type: () => Boolean,
    })
    archived: boolean,
  ): Promise<AreaType> {
    return AreaType.from(await this.areaService.setArchived(actor, id, archived));
  }
}
