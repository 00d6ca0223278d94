import { Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { Actor, CurrentActor } from '@alianza/authz';
import { ItemFileService, ItemFileType } from '@alianza/documents';
import { ItemVersionType } from './dtos/disclosure.types';

@Resolver(() => ItemVersionType)
export class ItemVersionResolver {
  constructor(private readonly itemFiles: ItemFileService) {}

  @ResolveField(() => [ItemFileType], {
    description:
      "The version's documents, in order: for the owner organization's members and the facilitator (recipients of a grant get none).",
  })
  async files(
    @Parent() version: ItemVersionType,
    @CurrentActor() actor: Actor,
  ): Promise<ItemFileType[]> {
    const files = version.preloadedFiles ?? (await this.itemFiles.ofVersion(actor, version.id));
    return files.map(ItemFileType.from);
  }
}
