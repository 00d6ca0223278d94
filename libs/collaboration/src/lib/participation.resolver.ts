import { Args, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { IdArg, mapPage, Page } from '@alianza/api-core';
import { Actor, Allow, Authenticated, CurrentActor } from '@alianza/authz';
import { OrganizationService, OrganizationType } from '@alianza/organization';
import { Action, EntryDirection, Subject } from '@alianza/shared';
import {
  InviteOrganizationInput,
  ParticipationEntryInput,
  ParticipationsArgs,
  PublishGroundRulesInput,
  ReasonInput,
  UpdateParticipationEntryInput,
} from './dtos/collaboration.inputs';
import {
  CollaborationType,
  GroundRulesAcceptanceType,
  GroundRulesVersionType,
  ParticipationConnection,
  ParticipationEntryType,
  ParticipationType,
} from './dtos/collaboration.types';
import { CollaborationReadService } from './collaboration-read.service';
import { GroundRulesService } from './ground-rules.service';
import { ParticipationService } from './participation.service';

@Resolver(() => ParticipationType)
export class ParticipationResolver {
  constructor(
    private readonly participationsService: ParticipationService,
    private readonly groundRulesService: GroundRulesService,
    private readonly organizationsService: OrganizationService,
    private readonly reads: CollaborationReadService,
  ) {}

  @Authenticated() // only participations the caller may read; e.g. an owner's pending invitations
  @Query(() => ParticipationConnection, {
    description: 'The organizations of a collaboration and where each stands, newest first.',
  })
  async participations(
    @CurrentActor() actor: Actor,
    @Args() args: ParticipationsArgs,
  ): Promise<Page<ParticipationType>> {
    return mapPage(
      await this.participationsService.list(actor, args, args),
      ParticipationType.from,
    );
  }

  @Allow(Action.Invite, Subject.Collaboration)
  @Mutation(() => ParticipationType, { description: 'Invite an organization (facilitator).' })
  async inviteOrganization(
    @CurrentActor() actor: Actor,
    @IdArg('collaborationId') collaborationId: string,
    @Args('input', { description: 'The organization and the message.' })
    input: InviteOrganizationInput,
  ): Promise<ParticipationType> {
    return ParticipationType.from(
      await this.participationsService.invite(
        actor,
        collaborationId,
        input.organizationId.toLowerCase(),
        input.message,
      ),
    );
  }

  @Allow(Action.Invite, Subject.Collaboration)
  @Mutation(() => ParticipationType, {
    description: 'Withdraw an invitation or remove a participant (facilitator).',
  })
  async withdrawInvitation(
    @CurrentActor() actor: Actor,
    @IdArg('participationId') participationId: string,
    @Args('input', { description: 'Why the invitation is withdrawn.', nullable: true })
    input?: ReasonInput,
  ): Promise<ParticipationType> {
    return ParticipationType.from(
      await this.participationsService.withdrawInvitation(
        actor,
        participationId,
        input?.reason ?? '',
      ),
    );
  }

  @Allow(Action.PublishGroundRules, Subject.Collaboration)
  @Mutation(() => GroundRulesVersionType, {
    description:
      'Publish a new version of the ground rules; every participant must accept it again.',
  })
  async publishGroundRules(
    @CurrentActor() actor: Actor,
    @IdArg('collaborationId') collaborationId: string,
    @Args('input', { description: 'The new version.' }) input: PublishGroundRulesInput,
  ): Promise<GroundRulesVersionType> {
    return GroundRulesVersionType.from(
      await this.groundRulesService.publish(actor, collaborationId, input),
    );
  }

  @Allow(Action.Respond, Subject.Participation)
  @Mutation(() => ParticipationType, {
    description:
      'Accept the ground rules in force for your organization (owners): joins, or stays active.',
  })
  async acceptGroundRules(
    @CurrentActor() actor: Actor,
    @IdArg('participationId') participationId: string,
    @IdArg('groundRulesVersionId') groundRulesVersionId: string,
  ): Promise<ParticipationType> {
    return ParticipationType.from(
      await this.participationsService.acceptGroundRules(
        actor,
        participationId,
        groundRulesVersionId,
      ),
    );
  }

  @Allow(Action.Respond, Subject.Participation)
  @Mutation(() => ParticipationType, { description: 'Decline an invitation (owners).' })
  async declineInvitation(
    @CurrentActor() actor: Actor,
    @IdArg('participationId') participationId: string,
    @Args('input', { description: 'Why the invitation is declined.', nullable: true })
    input?: ReasonInput,
  ): Promise<ParticipationType> {
    return ParticipationType.from(
      await this.participationsService.decline(actor, participationId, input?.reason ?? ''),
    );
  }

  @Allow(Action.Respond, Subject.Participation)
  @Mutation(() => ParticipationType, { description: 'Leave a collaboration (owners).' })
  async withdrawParticipation(
    @CurrentActor() actor: Actor,
    @IdArg('participationId') participationId: string,
    @Args('input', { description: 'Why the organization withdraws.', nullable: true })
    input?: ReasonInput,
  ): Promise<ParticipationType> {
    return ParticipationType.from(
      await this.participationsService.withdraw(actor, participationId, input?.reason ?? ''),
    );
  }

  @Allow(Action.Create, Subject.ParticipationEntry)
  @Mutation(() => ParticipationEntryType, {
    description: 'Add something your organization seeks or offers.',
  })
  async addParticipationEntry(
    @CurrentActor() actor: Actor,
    @IdArg('participationId') participationId: string,
    @Args('input', { description: 'The new entry.' }) input: ParticipationEntryInput,
  ): Promise<ParticipationEntryType> {
    return ParticipationEntryType.from(
      await this.participationsService.addEntry(actor, participationId, input),
    );
  }

  @Allow(Action.Update, Subject.ParticipationEntry)
  @Mutation(() => ParticipationEntryType, {
    description: 'Changes what an organization seeks or offers.',
  })
  async updateParticipationEntry(
    @CurrentActor() actor: Actor,
    @IdArg('entryId') entryId: string,
    @Args('input', { description: 'The changes.' }) input: UpdateParticipationEntryInput,
  ): Promise<ParticipationEntryType> {
    return ParticipationEntryType.from(
      await this.participationsService.updateEntry(actor, entryId, input),
    );
  }

  @Allow(Action.Delete, Subject.ParticipationEntry)
  @Mutation(() => ParticipationEntryType, {
    description: 'Removes something an organization seeks or offers.',
  })
  async removeParticipationEntry(
    @CurrentActor() actor: Actor,
    @IdArg('entryId') entryId: string,
  ): Promise<ParticipationEntryType> {
    return ParticipationEntryType.from(
      await this.participationsService.removeEntry(actor, entryId),
    );
  }

  @ResolveField(() => OrganizationType, { description: 'The organization.' })
  async organization(
    @Parent() participation: ParticipationType,
    @CurrentActor() actor: Actor,
  ): Promise<OrganizationType> {
    const organization = await this.organizationsService.visible(
      actor,
      participation.organizationId,
    );
    // Every rule that shows a participation also shows its organization; a gap is a bug.
    if (!organization)
      throw new Error(`Participation ${participation.id} is visible but its organization is not`);
    return OrganizationType.from(organization);
  }

  @ResolveField(() => CollaborationType, { description: 'The collaboration.' })
  async collaboration(
    @Parent() participation: ParticipationType,
    @CurrentActor() actor: Actor,
  ): Promise<CollaborationType> {
    return CollaborationType.from(
      await this.reads.collaboration(actor, participation.collaborationId),
    );
  }

  @ResolveField(() => [ParticipationEntryType], { description: 'What the organization seeks.' })
  async seeks(
    @Parent() participation: ParticipationType,
    @CurrentActor() actor: Actor,
  ): Promise<ParticipationEntryType[]> {
    return (await this.reads.entries(actor, participation.id, EntryDirection.SEEK)).map(
      ParticipationEntryType.from,
    );
  }

  @ResolveField(() => [ParticipationEntryType], { description: 'What the organization offers.' })
  async offers(
    @Parent() participation: ParticipationType,
    @CurrentActor() actor: Actor,
  ): Promise<ParticipationEntryType[]> {
    return (await this.reads.entries(actor, participation.id, EntryDirection.OFFER)).map(
      ParticipationEntryType.from,
    );
  }

  @ResolveField(() => [GroundRulesAcceptanceType], {
    description:
      'Which versions of the ground rules it accepted, who and when (facilitator and the organization).',
  })
  async groundRulesAcceptances(
    @Parent() participation: ParticipationType,
    @CurrentActor() actor: Actor,
  ): Promise<GroundRulesAcceptanceType[]> {
    return (await this.reads.acceptances(actor, 'participationId', participation.id)).map(
      GroundRulesAcceptanceType.from,
    );
  }
}
