import { Args, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import {
  IdArg,
  inputOrLoose,
  isUuid,
  mapPage,
  oneOf,
  Page,
  RenamedIdArg,
  useInstead,
} from '@alianza/api-core';
import { Actor, Allow, Authenticated, CurrentActor, facilitates } from '@alianza/authz';
import {
  Action,
  AppError,
  COLLABORATION_TRANSITIONS,
  CollaborationStatus,
  ParticipationStatus,
  Subject,
} from '@alianza/shared';
import { CollaborationReadService } from './collaboration-read.service';
import { CollaborationService } from './collaboration.service';
import {
  ChangeCollaborationStatusInput,
  CollaborationsArgs,
  CreateCollaborationInput,
  FollowUpCollaborationInput,
  UpdateCollaborationInput,
} from './dtos/collaboration.inputs';
import {
  CollaborationConnection,
  CollaborationType,
  FacilitatorType,
  GroundRulesVersionType,
  ParticipationType,
} from './dtos/collaboration.types';
import { FollowUpService } from './follow-up.service';

@Resolver(() => CollaborationType)
export class CollaborationResolver {
  constructor(
    private readonly collaborationsService: CollaborationService,
    private readonly reads: CollaborationReadService,
    private readonly followUpService: FollowUpService,
  ) {}

  @Authenticated() // facilitators see theirs, participants theirs, everyone else an empty list
  @Query(() => CollaborationConnection, {
    description: 'The collaborations the viewer facilitates or takes part in, newest first.',
  })
  async collaborations(
    @CurrentActor() actor: Actor,
    @Args() args: CollaborationsArgs,
  ): Promise<Page<CollaborationType>> {
    return mapPage(
      await this.collaborationsService.list(actor, args, args.status),
      CollaborationType.from,
    );
  }

  @Authenticated() // NOT_FOUND unless the caller facilitates it or its organization takes part
  @Query(() => CollaborationType, {
    description: 'One collaboration the viewer facilitates or takes part in.',
  })
  async collaboration(
    @CurrentActor() actor: Actor,
    @IdArg('id', 'The id of the collaboration.') id: string,
  ): Promise<CollaborationType> {
    return CollaborationType.from(await this.collaborationsService.get(actor, id));
  }

  @Allow(Action.Create, Subject.Collaboration)
  @Mutation(() => CollaborationType, {
    description: 'Open a collaboration (draft); you facilitate it.',
  })
  async createCollaboration(
    @CurrentActor() actor: Actor,
    @Args('input', { description: 'The new collaboration.' }) input: CreateCollaborationInput,
  ): Promise<CollaborationType> {
    return CollaborationType.from(await this.collaborationsService.create(actor, input));
  }

  @Allow(Action.Update, Subject.Collaboration)
  @Mutation(() => CollaborationType, {
    description: "Changes a collaboration's title, objective or description (facilitator).",
  })
  async updateCollaboration(
    @CurrentActor() actor: Actor,
    @RenamedIdArg('collaborationId') collaborationId: string | undefined,
    @RenamedIdArg('id', { deprecated: 'collaborationId' })
    id: string | undefined,
    @Args('input', { description: 'The changes.' }) input: UpdateCollaborationInput,
  ): Promise<CollaborationType> {
    return CollaborationType.from(
      await this.collaborationsService.update(
        actor,
        oneOf({ collaborationId, id }, 'collaborationId'),
        input,
      ),
    );
  }

  @Allow(Action.Transition, Subject.Collaboration)
  @Mutation(() => CollaborationType, {
    description: 'Move along draft → active → closing → closed.',
  })
  async changeCollaborationStatus(
    @CurrentActor() actor: Actor,
    @RenamedIdArg('collaborationId') collaborationId: string | undefined,
    @RenamedIdArg('id', { deprecated: 'collaborationId' })
    id: string | undefined,
    @Args('input', {
      type: () => ChangeCollaborationStatusInput,
      nullable: true,
      description: 'The new status (required while the deprecated arguments live).',
    })
    input: ChangeCollaborationStatusInput | undefined,
    @Args('status', {
      description: 'The new status.',
      type: () => CollaborationStatus,
      nullable: true,
      deprecationReason: useInstead('input.status'),
    })
    status: CollaborationStatus | undefined,
    @Args('overrideReason', {
      type: () => String,
      nullable: true,
      description: 'Closing without every evaluation needs a reason.',
      deprecationReason: useInstead('input.overrideReason'),
    })
    overrideReason: string | undefined,
  ): Promise<CollaborationType> {
    const change = inputOrLoose(input, { status, overrideReason }, { required: ['status'] });
    return CollaborationType.from(
      await this.collaborationsService.changeStatus(
        actor,
        oneOf({ collaborationId, id }, 'collaborationId'),
        change.status,
        { overrideReason: change.overrideReason?.trim() || undefined },
      ),
    );
  }

  @Allow(Action.Create, Subject.Collaboration)
  @Mutation(() => CollaborationType, {
    description:
      'Start a collaboration from a closed one you facilitated: the same or chosen participants are invited.',
  })
  async startFollowUpCollaboration(
    @CurrentActor() actor: Actor,
    @IdArg('collaborationId', 'The id of the closed collaboration to follow up on.')
    collaborationId: string,
    @Args('input', { description: 'The new collaboration and whom to invite.' })
    input: FollowUpCollaborationInput,
  ): Promise<CollaborationType> {
    const { organizationIds, ...collaboration } = input;
    return CollaborationType.from(
      await this.followUpService.create(actor, collaborationId, collaboration, organizationIds),
    );
  }

  @Allow(Action.Create, Subject.Collaboration)
  @Mutation(() => CollaborationType, {
    description:
      'Start a collaboration from a closed one you facilitated: same or chosen participants are invited.',
    deprecationReason: useInstead('startFollowUpCollaboration'),
  })
  async createFollowUpCollaboration(
    @CurrentActor() actor: Actor,
    @IdArg('fromCollaborationId') fromCollaborationId: string,
    @Args('input', { description: 'The new collaboration.' }) input: CreateCollaborationInput,
    @Args('organizationIds', {
      type: () => [ID],
      nullable: true,
      description: 'Default: every former participant.',
    })
    organizationIds?: string[],
  ): Promise<CollaborationType> {
    if (organizationIds?.some((id) => !isUuid(id)))
      throw AppError.badInput('organizationIds must be valid ids');
    return CollaborationType.from(
      await this.followUpService.create(
        actor,
        fromCollaborationId,
        input,
        organizationIds,
        'organizationIds',
      ),
    );
  }

  @ResolveField(() => ID, {
    nullable: true,
    description: 'The closed collaboration this one follows up.',
  })
  previousCollaborationId(@Parent() collaboration: CollaborationType): string | null {
    return collaboration.previousCollaborationId;
  }

  @ResolveField(() => [CollaborationStatus], { description: 'Statuses it may move to next.' })
  nextStatuses(@Parent() collaboration: CollaborationType): CollaborationStatus[] {
    return [...COLLABORATION_TRANSITIONS[collaboration.status]];
  }

  @ResolveField(() => Boolean, { description: 'Whether you facilitate it.' })
  viewerIsFacilitator(
    @Parent() collaboration: CollaborationType,
    @CurrentActor() actor: Actor,
  ): boolean {
    return facilitates(actor, collaboration.id);
  }

  @ResolveField(() => [FacilitatorType], { description: 'The people who facilitate it.' })
  facilitators(
    @Parent() collaboration: CollaborationType,
    @CurrentActor() actor: Actor,
  ): Promise<FacilitatorType[]> {
    return this.reads.facilitators(actor, collaboration.id);
  }

  @ResolveField(() => [ParticipationType], {
    description:
      'Participations you may see: all of them for the facilitator; active ones (and your own) for participants.',
  })
  async participations(
    @Parent() collaboration: CollaborationType,
    @CurrentActor() actor: Actor,
    @Args('status', {
      description: 'Only participations with this status.',
      type: () => ParticipationStatus,
      nullable: true,
    })
    status?: ParticipationStatus,
  ): Promise<ParticipationType[]> {
    const rows = await this.reads.participationsOf(actor, collaboration.id, { status });
    return rows.map(ParticipationType.from);
  }

  @ResolveField(() => [ParticipationType], {
    description: "Your organizations' participations in it.",
  })
  async myParticipations(
    @Parent() collaboration: CollaborationType,
    @CurrentActor() actor: Actor,
  ): Promise<ParticipationType[]> {
    const rows = await this.reads.participationsOf(actor, collaboration.id, { mine: true });
    return rows.map(ParticipationType.from);
  }

  @ResolveField(() => GroundRulesVersionType, {
    nullable: true,
    description: 'The ground rules in force.',
  })
  async groundRules(
    @Parent() collaboration: CollaborationType,
    @CurrentActor() actor: Actor,
  ): Promise<GroundRulesVersionType | null> {
    const current = await this.reads.currentGroundRules(actor, collaboration);
    return current ? GroundRulesVersionType.from(current) : null;
  }

  @ResolveField(() => [GroundRulesVersionType], {
    description: 'Every published version, newest first.',
  })
  async groundRulesVersions(
    @Parent() collaboration: CollaborationType,
    @CurrentActor() actor: Actor,
  ): Promise<GroundRulesVersionType[]> {
    return (await this.reads.groundRulesVersions(actor, collaboration.id)).map(
      GroundRulesVersionType.from,
    );
  }
}
