import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { DeprecatedArg, IdArg, RenamedIdArg, oneOf, requiredInstead } from '@alianza/api-core';
import { Actor, Allow, Authenticated, CurrentActor } from '@alianza/authz';
import { Action, Subject } from '@alianza/shared';
import { AreaService } from './area.service';
import { AreaInput, SetAreaArchivedInput, UpdateAreaInput } from './dtos/disclosure.inputs';
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
    @RenamedIdArg('areaId')
    areaId: string | undefined,
    @RenamedIdArg('id', { deprecated: 'areaId' }) id: string | undefined,
    @Args('input', { description: 'The changes.' }) input: UpdateAreaInput,
  ): Promise<AreaType> {
    const area = oneOf({ areaId, id }, 'areaId');
    return AreaType.from((await this.areaService.update(actor, area, input)).area);
  }

  @Allow(Action.Archive, Subject.Area)
  @Mutation(() => AreaType, {
    description:
      'Archive an area (it keeps its items and grants and takes no new ones), or bring it back.',
  })
  async setAreaArchived(
    @CurrentActor() actor: Actor,
    @RenamedIdArg('areaId')
    areaId: string | undefined,
    @RenamedIdArg('id', { deprecated: 'areaId' }) id: string | undefined,
    @Args('input', {
      description: requiredInstead('Whether to archive or restore the area.', 'archived'),
      type: () => SetAreaArchivedInput,
      nullable: true,
    })
    input: SetAreaArchivedInput | undefined,
    @DeprecatedArg('archived', 'input.archived', () => Boolean) archived: boolean | undefined,
  ): Promise<AreaType> {
    const area = oneOf({ areaId, id }, 'areaId');
    const archive = oneOf({ input: input?.archived, archived }, 'input');
    return AreaType.from(await this.areaService.setArchived(actor, area, archive));
  }
}
