import { Args, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { emptyPage, mapPage, Page, PageArgs } from '@alianza/api-core';
import { Actor, CurrentActor, mayEver } from '@alianza/authz';
import { Action, Subject } from '@alianza/shared';
import {
  CollaborationInvitationConnection,
  CollaborationInvitationType,
} from './dtos/collaboration-invitation.types';
import { CollaborationType } from './dtos/collaboration.types';
import { CollaborationInvitationService } from './collaboration-invitation.service';

/** A collaboration's invitations by email as a page, as the caller may read them (SQL). */
@Resolver(() => CollaborationType)
export class CollaborationInvitationsResolver {
  constructor(private readonly service: CollaborationInvitationService) {}

  @ResolveField(() => CollaborationInvitationConnection, {
    description:
      'Its invitations by email, newest first: all of them for its facilitators; anyone else sees only those to their own address.',
  })
  async invitations(
    @Parent() collaboration: CollaborationType,
    @CurrentActor() actor: Actor,
    @Args() page: PageArgs,
  ): Promise<Page<CollaborationInvitationType>> {
    // Empty to a caller that may read none (the root query refused it as FORBIDDEN).
    if (!mayEver(actor, Action.Read, Subject.CollaborationInvitation)) return emptyPage();
    return mapPage(
      await this.service.page(actor, collaboration.id, page),
      CollaborationInvitationType.from,
    );
  }
}
