import { Args, Info, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type { GraphQLResolveInfo } from 'graphql';
import { IdArg, mapPage, Page } from '@alianza/api-core';
import { Actor, Allow, Authenticated, CurrentActor } from '@alianza/authz';
import { Action, present, Subject } from '@alianza/shared';
import { DisclosureReadService } from './disclosure-read.service';
import { ItemContentInput, ItemsArgs } from './dtos/disclosure.inputs';
import { GrantType, ItemConnection, ItemType, ItemVersionType } from './dtos/disclosure.types';
import { itemListSelection, ItemListRead } from './item-list.read';
import { ItemService } from './item.service';

@Resolver(() => ItemType)
export class ItemResolver {
  constructor(
    private readonly itemService: ItemService,
    private readonly reads: DisclosureReadService,
    private readonly list: ItemListRead,
  ) {}

  @ResolveField(() => [GrantType], {
    description:
      'Which organizations hold a grant on which version, and its state (owner and facilitator).',
  })
  async grants(@Parent() item: ItemType, @CurrentActor() actor: Actor): Promise<GrantType[]> {
    const grants = item.preloaded?.grants ?? (await this.reads.grantsOfItem(actor, item.id));
    return grants.map((g) => GrantType.from(g));
  }

  @Authenticated() // an organization's members see its items; the facilitator sees all
  @Query(() => ItemConnection, {
    description:
      "The items of a collaboration the viewer's organization owns (all for the facilitator), latest change first.",
  })
  async items(
    @CurrentActor() actor: Actor,
    @Args() args: ItemsArgs,
    @Info() info: GraphQLResolveInfo,
  ): Promise<Page<ItemType>> {
    // The rows' fields the query asks for come with the page (one statement).
    const page = await this.list.page(
      actor,
      args.collaborationId,
      args,
      args,
      itemListSelection(info),
    );
    return mapPage(page, ({ item, ...preloaded }) => ItemType.from(item, preloaded));
  }

  @Authenticated()
  @Query(() => ItemType, { description: 'One item the viewer may read.' })
  async item(
    @CurrentActor() actor: Actor,
    @IdArg('id', 'The id of the item.') id: string,
  ): Promise<ItemType> {
    return ItemType.from(await this.itemService.get(actor, id));
  }

  @Allow(Action.Create, Subject.Item)
  @Mutation(() => ItemVersionType, { description: 'Add an item of your organization (version 1).' })
  async createItem(
    @CurrentActor() actor: Actor,
    @IdArg('participationId') participationId: string,
    @IdArg('areaId') areaId: string,
    @Args('input', { description: "The item's content." }) input: ItemContentInput,
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
    @Args('input', { description: 'The new content.' }) input: ItemContentInput,
  ): Promise<ItemVersionType> {
    return ItemVersionType.from((await this.itemService.edit(actor, itemId, input)).version);
  }

  @ResolveField(() => ItemVersionType, { description: 'Its latest version.' })
  async latest(@Parent() item: ItemType, @CurrentActor() actor: Actor): Promise<ItemVersionType> {
    const preloaded = item.preloaded;
    if (!preloaded?.versions)
      return ItemVersionType.from(await this.reads.latestVersion(actor, item));
    const latest = ItemVersionType.from(
      present(
        preloaded.versions.find((v) => v.version === item.currentVersion),
        'latest item version',
      ),
    );
    latest.preloadedFiles = preloaded.latestFiles;
    return latest;
  }

  @ResolveField(() => [ItemVersionType], { description: 'Every version, newest first.' })
  async versions(
    @Parent() item: ItemType,
    @CurrentActor() actor: Actor,
  ): Promise<ItemVersionType[]> {
    const versions = item.preloaded?.versions ?? (await this.reads.versions(actor, item.id));
    return versions.map(ItemVersionType.from);
  }
}
