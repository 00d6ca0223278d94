import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { IdArg, ProtectedAction } from '@alianza/api-core';
import { Actor, Allow, CurrentActor } from '@alianza/authz';
import { Action, AppError, Subject } from '@alianza/shared';
import {
  AcceptCollaborationInvitationInput,
  InviteByEmailInput,
} from './dtos/collaboration-invitation.inputs';
import { CollaborationInvitationType } from './dtos/collaboration-invitation.types';
import { ParticipationType } from './dtos/collaboration.types';
import {
  CollaborationInvitationService,
  InvitationTaker,
} from './collaboration-invitation.service';

@Resolver(() => CollaborationInvitationType)
export class CollaborationInvitationResolver {
  constructor(private readonly invitations: CollaborationInvitationService) {}

  @Allow(Action.Read, Subject.CollaborationInvitation)
  @Query(() => [CollaborationInvitationType], {
    description:
      'A collaboration’s invitations by email, newest first (its facilitators; anyone else sees only those to their own address).',
    deprecationReason: 'Use Collaboration.invitations (a connection). Removed after 2027-06-30.',
  })
  async collaborationInvitations(
    @CurrentActor() actor: Actor,
    @IdArg('collaborationId') collaborationId: string,
  ): Promise<CollaborationInvitationType[]> {
    return (await this.invitations.list(actor, collaborationId)).map(
      CollaborationInvitationType.from,
    );
  }

  @Allow(Action.Invite, Subject.Collaboration)
  @ProtectedAction() // sends an email: limited per facilitator and per address
  @Mutation(() => CollaborationInvitationType, {
    description:
      'Invite an organization by its owner’s email (facilitator), whether or not the person or the organization is on the platform: the address gets a link to sign up or sign in, found or choose the organization, and accept.',
  })
  async inviteByEmail(
    @CurrentActor() actor: Actor,
    @IdArg('collaborationId') collaborationId: string,
    @Args('input', { description: 'Who to invite and the message.' }) input: InviteByEmailInput,
  ): Promise<CollaborationInvitationType> {
    return CollaborationInvitationType.from(
      await this.invitations.inviteByEmail(actor, collaborationId, input),
    );
  }

  @Allow(Action.Update, Subject.CollaborationInvitation)
  @ProtectedAction() // sends an email
  @Mutation(() => CollaborationInvitationType, {
    description:
      'Send a pending (or expired) invitation by email again, with a new link valid from now (facilitator); the earlier link stops working.',
  })
  async resendCollaborationInvitation(
    @CurrentActor() actor: Actor,
    @IdArg('invitationId') invitationId: string,
  ): Promise<CollaborationInvitationType> {
    return CollaborationInvitationType.from(await this.invitations.resend(actor, invitationId));
  }

  @Allow(Action.Revoke, Subject.CollaborationInvitation)
  @Mutation(() => CollaborationInvitationType, {
    description: 'Withdraw a pending invitation by email (facilitator): its link says so.',
  })
  async withdrawCollaborationInvitation(
    @CurrentActor() actor: Actor,
    @IdArg('invitationId') invitationId: string,
  ): Promise<CollaborationInvitationType> {
    return CollaborationInvitationType.from(await this.invitations.withdraw(actor, invitationId));
  }

  @Allow(Action.Respond, Subject.CollaborationInvitation)
  @ProtectedAction() // presents a link's token
  @Mutation(() => ParticipationType, {
    description:
      'Accept an invitation by email, signed in with the address invited, for an organization you own or found now: it is invited to the collaboration (next, accept its ground rules). FORBIDDEN (reason INVITATION_WRONG_ACCOUNT) signed in with another address; INVALID_TRANSITION (INVITATION_EXPIRED, INVITATION_WITHDRAWN, INVITATION_USED) once the link cannot be used.',
  })
  async acceptCollaborationInvitation(
    @CurrentActor() actor: Actor,
    @Args('input', { description: 'The token of the invitation.' })
    input: AcceptCollaborationInvitationInput,
  ): Promise<ParticipationType> {
    return ParticipationType.from(
      await this.invitations.accept(actor, input.token, takerOf(input)),
    );
  }
}

function takerOf(input: AcceptCollaborationInvitationInput): InvitationTaker {
  if (input.organizationId && !input.newOrganization)
    return { organizationId: input.organizationId.toLowerCase() };
  if (input.newOrganization && !input.organizationId)
    return { newOrganization: input.newOrganization };
  throw AppError.badInput(
    'Name either an organization you own (organizationId) or one to found (newOrganization).',
    { field: 'organizationId' },
  );
}
