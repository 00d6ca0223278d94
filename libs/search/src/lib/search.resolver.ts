import { Args, Query, Resolver } from '@nestjs/graphql';
import { mapPage } from '@alianza/api-core';
import { Actor, Authenticated, CurrentActor } from '@alianza/authz';
import { SearchArgs } from './dtos/search.inputs';
import { SearchHit, SearchHitConnection } from './dtos/search.types';
import { SearchService } from './search.service';

@Resolver(() => SearchHit)
export class SearchResolver {
  constructor(private readonly searchService: SearchService) {}

  @Authenticated() // each kind of record under the viewer's own abilities, in the SQL
  @Query(() => SearchHitConnection, {
    description:
      'Finds words in everything the viewer may read: its organization’s items, what was shared with it (as approved), publications, questions, the plan and, for the facilitator, the audit log. Best matches first.',
  })
  async search(
    @CurrentActor() actor: Actor,
    @Args() args: SearchArgs,
  ): Promise<SearchHitConnection> {
    const page = await this.searchService.search(actor, args);
    return mapPage(page, (hit) => ({
      ...hit,
      link: { collaborationId: hit.collaborationId, kind: hit.kind, targetId: hit.id },
    }));
  }
}
