import { Args, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { IdArg, mapPage, Page } from '@alianza/api-core';
import { Actor, Allow, Authenticated, CurrentActor } from '@alianza/authz';
import { Action, Subject } from '@alianza/shared';
import { DisclosureReadService } from './disclosure-read.service';
import { ItemContentInput, ItemsArgs } from './dtos/disclosure.inputs';
import { GrantType, ItemConnection, ItemType, ItemVersionType } from './dtos/disclosure.types';
import { ItemService } from './item.service';

@Resolver(() => ItemType)
export class ItemResolver {
  constructor(
    private readonly itemService: ItemService,
    private readonly reads: DisclosureReadService,
  ) {}

  @ResolveField(() => [GrantType], {
    description:
      'Which organizations hold a grant on which version, and its state (owner and facilitator).',
  })
  async grants(@Parent() item: ItemType, @CurrentActor() actor: Actor): Promise<GrantType[]> {
    return (await this.reads.grantsOfItem(actor, item.id)).map((g) => GrantType.from(g));
  }

  @Authenticated() // an organization's members see its items; the facilitator sees all
  @Query(() => ItemConnection)
  async items(@CurrentActor() actor: Actor, @Args() args: ItemsArgs): Promise<Page<ItemType>> {
    return mapPage(
      await this.itemService.list(actor, args.collaborationId, args, args),
      ItemType.from,
    );
  }

  @Authenticated()
  @Query(() => ItemType)
  async item(@CurrentActor() actor: Actor, @IdArg('id') id: string): Promise<ItemType> {
    return ItemType.from(await this.itemService.get(actor, id));
  }

  @Allow(Action.Create, Subject.Item)
  @Mutation(() => ItemVersionType, { description: 'Add an item of your organization (version 1).' })
  async createItem(
    @CurrentActor() actor: Actor,
    @IdArg('participationId') participationId: string,
    @IdArg('areaId') areaId: string,
    @Args('input') input: ItemContentInput,
  ): Promise<ItemVersionType> {
    return ItemVersionType.from(
      (await this.itemService.create(actor, participationId, areaId, input)).version,
    );
  }

  @Allow(Action.Update, Subject.Item)
  @Mutation(() => ItemVersionType, { description: 'Edit an item: creates its next version.' })
  async editItem(
    @CurrentActor() actor: Actor,
    @IdArg('itemId') itemId: string,
    @Args('input') input: ItemContentInput,
  ): Promise<ItemVersionType> {
    return ItemVersionType.from((await this.itemService.edit(actor, itemId, input)).version);
  }

  @ResolveField(() => ItemVersionType)
  async latest(@Parent() item: ItemType, @CurrentActor() actor: Actor): Promise<ItemVersionType> {
    return ItemVersionType.from(await this.reads.latestVersion(actor, item));
  }

  @ResolveField(() => [ItemVersionType], { description: 'Every version, newest first.' })
  async versions(
    @Parent() item: ItemType,
    @CurrentActor() actor: Actor,
  ): Promise<ItemVersionType[]> {
    return (await this.reads.versions(actor, item.id)).map(ItemVersionType.from);
  }
}
