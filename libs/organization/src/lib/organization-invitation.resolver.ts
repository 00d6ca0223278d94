import { Args, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { IdArg, ProtectedAction } from '@alianza/api-core';
import { Actor, Allow, Authenticated, CurrentActor } from '@alianza/authz';
import { Action, Subject } from '@alianza/shared';
import { InviteOrganizationMemberInput } from './dtos/organization.inputs';
import { OrganizationMembershipType, OrganizationType } from './dtos/organization.types';
import {
  OrganizationInvitationType,
  ReceivedOrganizationInvitationType,
} from './dtos/invitation.types';
import { OrganizationInvitationService } from './organization-invitation.service';

@Resolver(() => OrganizationType)
export class OrganizationInvitationResolver {
  constructor(private readonly invitations: OrganizationInvitationService) {}

  @Allow(Action.ManageMembers, Subject.Organization)
  @ProtectedAction() // sends an email: limited per owner and per address
  @Mutation(() => OrganizationInvitationType, {
    description:
      'Invite an email address to join as member or owner (owners): it gets an email with a link to answer, signing up through it if need be. The person becomes a member only on accepting; the answer is the same whether the address has an account or not.',
  })
  async inviteOrganizationMember(
    @CurrentActor() actor: Actor,
    @IdArg('organizationId') organizationId: string,
    @Args('input', { description: 'The person and the role.' })
    input: InviteOrganizationMemberInput,
  ): Promise<OrganizationInvitationType> {
    return OrganizationInvitationType.from(
      await this.invitations.invite(actor, organizationId, input.email, input.role, input.locale),
    );
  }

  @Allow(Action.Revoke, Subject.OrganizationInvitation)
  @Mutation(() => OrganizationInvitationType, {
    description: 'Withdraw a pending invitation (owners).',
  })
  async revokeOrganizationInvitation(
    @CurrentActor() actor: Actor,
    @IdArg('invitationId') invitationId: string,
  ): Promise<OrganizationInvitationType> {
    return OrganizationInvitationType.from(await this.invitations.revoke(actor, invitationId));
  }

  @Authenticated() // only the invitations addressed to the caller's email
  @Query(() => [ReceivedOrganizationInvitationType], {
    description: 'Pending invitations addressed to your email.',
  })
  async myOrganizationInvitations(
    @CurrentActor() actor: Actor,
  ): Promise<ReceivedOrganizationInvitationType[]> {
    return (await this.invitations.received(actor)).map(ReceivedOrganizationInvitationType.from);
  }

  @Allow(Action.Respond, Subject.OrganizationInvitation)
  @Mutation(() => OrganizationMembershipType, {
    description: 'Accept an invitation addressed to you: you become a member with its role.',
  })
  async acceptOrganizationInvitation(
    @CurrentActor() actor: Actor,
    @IdArg('invitationId') invitationId: string,
  ): Promise<OrganizationMembershipType> {
    return OrganizationMembershipType.from(await this.invitations.accept(actor, invitationId));
  }

  @Allow(Action.Respond, Subject.OrganizationInvitation)
  @Mutation(() => ReceivedOrganizationInvitationType, {
    description: 'Decline an invitation addressed to you.',
  })
  async declineOrganizationInvitation(
    @CurrentActor() actor: Actor,
    @IdArg('invitationId') invitationId: string,
  ): Promise<ReceivedOrganizationInvitationType> {
    return ReceivedOrganizationInvitationType.from(
      await this.invitations.decline(actor, invitationId),
    );
  }

  @ResolveField(() => [OrganizationInvitationType], {
    description: 'Pending invitations (expired ones included); empty unless you are an owner.',
  })
  async pendingInvitations(
    @Parent() organization: OrganizationType,
    @CurrentActor() actor: Actor,
  ): Promise<OrganizationInvitationType[]> {
    return (await this.invitations.pendingOf(actor, organization.id)).map(
      OrganizationInvitationType.from,
    );
  }
}
