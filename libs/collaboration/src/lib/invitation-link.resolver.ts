import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { ProtectedAction } from '@alianza/api-core';
import { Actor, CurrentActor, Public } from '@alianza/authz';
import { SignUpWithInvitationInput } from './dtos/collaboration-invitation.inputs';
import { InvitationLinkType } from './dtos/collaboration-invitation.types';
import { InvitationLinkService } from './invitation-link.service';

/** The token of a link as the rate limits count it (hashed there): the link is the account. */
const linkToken = (args: Record<string, unknown>): unknown =>
  (args['input'] as { token?: unknown } | undefined)?.token ?? args['token'];

@Resolver(() => InvitationLinkType)
export class InvitationLinkResolver {
  constructor(private readonly links: InvitationLinkService) {}

  @Public() // the link was emailed to the address: whoever holds it may read what it is for
  @ProtectedAction({ account: linkToken }) // tokens are unguessable; guessing is limited anyway
  @Query(() => InvitationLinkType, {
    description:
      'What an invitation link (its token) is for: whom it invites where, where it stands, and whether the address has an account (sign in) or not (sign up). NOT_FOUND when it is no link (or was replaced by a newer one). The first ask marks the link opened. Asked signed in with the address invited, it proves that address (the account becomes verified).',
  })
  async invitationLink(
    @Args('token', { description: 'The token from the link.' }) token: string,
    @CurrentActor() actor: Actor,
  ): Promise<InvitationLinkType> {
    const found = await this.links.open(actor, token);
    return found.kind === 'collaboration'
      ? InvitationLinkType.fromCollaboration(found.link)
      : InvitationLinkType.fromOrganization(found.link);
  }

  @Public() // the link proves the address: this is how a new person arrives
  @ProtectedAction({ account: linkToken })
  @Mutation(() => Boolean, {
    description:
      'Create the account of the address an invitation link was emailed to (the link proves it), while the link may be used; then sign in with `login`. CONFLICT (reason ACCOUNT_EXISTS) when the address has an account: sign in with it.',
  })
  async signUpWithInvitation(
    @Args('input', { description: 'The token and the new account.' })
    input: SignUpWithInvitationInput,
  ): Promise<boolean> {
    await this.links.signUp(input);
    return true;
  }
}
