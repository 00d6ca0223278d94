import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { IdArg, mapPage, Page } from '@alianza/api-core';
import { Actor, Allow, Authenticated, CurrentActor } from '@alianza/authz';
import { Action, Subject } from '@alianza/shared';
import { PublicationsArgs, PublishInput } from './dtos/disclosure.inputs';
import { PublicationConnection, PublicationType } from './dtos/disclosure.types';
import { PublicationService } from './publication.service';

@Resolver(() => PublicationType)
export class PublicationResolver {
  constructor(private readonly publicationService: PublicationService) {}

  @Authenticated() // the facilitator's own; those delivered to an active participant
  @Query(() => PublicationConnection, {
    description: 'The publications of a collaboration the viewer may read, newest first.',
  })
  async publications(
    @CurrentActor() actor: Actor,
    @Args() args: PublicationsArgs,
  ): Promise<Page<PublicationType>> {
    return mapPage(
      await this.publicationService.list(actor, args.collaborationId, args),
      PublicationType.from,
    );
  }

  @Allow(Action.Create, Subject.Publication)
  @Mutation(() => PublicationType, { description: 'Publish a text to participants (facilitator).' })
  async publish(
    @CurrentActor() actor: Actor,
    @IdArg('collaborationId') collaborationId: string,
    @Args('input', { description: 'The publication.' }) input: PublishInput,
  ): Promise<PublicationType> {
    return PublicationType.from(
      await this.publicationService.publish(actor, collaborationId, input),
    );
  }
}
