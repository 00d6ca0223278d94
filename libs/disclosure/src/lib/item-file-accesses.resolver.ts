import { Args, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { mapPage, Page, PageArgs } from '@alianza/api-core';
import { Actor, CurrentActor } from '@alianza/authz';
import { ItemFileType } from '@alianza/documents';
import { FileAccessConnection, FileAccessType } from './dtos/file-share.types';
import { SharedFileService } from './shared-file.service';

/** Who opened an owner's file through a grant (docs/adr/0032). */
@Resolver(() => ItemFileType)
export class ItemFileAccessesResolver {
  constructor(private readonly shared: SharedFileService) {}

  @ResolveField(() => FileAccessConnection, {
    description:
      'Who opened this file through a grant, newest first: for the owner organization and the facilitator.',
  })
  async accesses(
    @Parent() file: ItemFileType,
    @CurrentActor() actor: Actor,
    @Args() page: PageArgs,
  ): Promise<Page<FileAccessType>> {
    return mapPage(await this.shared.accesses(actor, file.id, page), FileAccessType.from);
  }
}
