import { Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { requestLoader } from '@alianza/api-core';
import { Actor, ActorService, CurrentActor, requireViewer } from '@alianza/authz';
import { Claims, Db } from '@alianza/db';
import { SharedItemType } from './dtos/disclosure.types';
import { SharedFileType } from './dtos/file-share.types';
import { SharedFileEntry, SharedFileService } from './shared-file.service';

function toSharedFile(entry: SharedFileEntry): SharedFileType {
  const { file, share, grantId } = entry;
  const path = `/grants/${grantId}/files/${file.id}`;
  return Object.assign(new SharedFileType(), {
    fileId: file.id,
    name: file.name,
    kind: file.kind,
    mediaType: file.mediaType,
    pagesShared: share.pages,
    pageCount: share.pages ? share.pages.length : file.pages,
    download: share.download,
    viewUrl: path,
    downloadUrl: share.download ? `${path}?download=1` : null,
  });
}

/** The files of what was shared, for its recipient (docs/adr/0032). */
@Resolver(() => SharedItemType)
export class SharedItemFilesResolver {
  constructor(
    private readonly shared: SharedFileService,
    private readonly actorService: ActorService,
    private readonly db: Db,
  ) {}

  @ResolveField(() => [SharedFileType], {
    description:
      'The files shared with your organization, as you get them (stamped copies of the approved pages); withheld files are not listed.',
  })
  async files(
    @Parent() shared: SharedItemType,
    @CurrentActor() actor: Actor,
  ): Promise<SharedFileType[]> {
    const viewAs = shared.viewAsOrganizationId;
    if (!viewAs) return (await this.shared.ofGrant(actor, shared.grantId)).map(toSharedFile);
    // "View as": read under the participant's own claim, once per page of grants.
    const loader = requestLoader(actor, `shared-files:${viewAs}`, async (ids) => {
      const reader = await this.actorService.viewAs(actor, shared.collaborationId, viewAs);
      return this.db.runAs(
        Claims.viewAs(requireViewer(actor).userId, viewAs, shared.collaborationId),
        async () =>
          new Map(
            await Promise.all(
              ids.map(async (id) => [id, await this.shared.ofGrant(reader, id)] as const),
            ),
          ),
      );
    });
    return ((await loader.load(shared.grantId)) ?? []).map(toSharedFile);
  }
}
