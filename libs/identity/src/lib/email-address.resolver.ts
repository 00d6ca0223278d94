import { Args, Context, Mutation, Resolver } from '@nestjs/graphql';
import { GqlContext, ProtectedAction } from '@alianza/api-core';
import { Actor, Authenticated, CurrentActor, Public, requireViewer } from '@alianza/authz';
import { requestOrigin } from './account-event.service';
import { EmailLinkInput, RequestEmailChangeInput } from './dtos/email-address.inputs';
import { EmailAddressService } from './email-address.service';

/** The token of a link as the rate limits count it (hashed there): the link is the account. */
const linkToken = (args: Record<string, unknown>): unknown =>
  (args['input'] as { token?: unknown } | undefined)?.token;

/** An account's address: proving it, and moving the account to another. */
@Resolver()
export class EmailAddressResolver {
  constructor(private readonly addresses: EmailAddressService) {}

  @Public() // the link in the email is the proof; it may be opened on another device
  @ProtectedAction({ account: linkToken })
  @Mutation(() => Boolean, {
    description:
      'Confirm the account’s address with the token of the link emailed to it: the address is verified and the link used up. An expired, used, unknown or outdated link is refused (BAD_USER_INPUT, `extensions.reason` EMAIL_LINK_EXPIRED, _USED, _UNKNOWN or _STALE).',
  })
  async verifyEmail(
    @Args('input', { description: "The link's token that confirms the address." })
    input: EmailLinkInput,
    @Context() ctx: GqlContext,
  ): Promise<boolean> {
    await this.addresses.verify(input.token, requestOrigin(ctx.req));
    return true;
  }

  @Authenticated()
  @ProtectedAction() // sends an email
  @Mutation(() => Boolean, {
    description:
      'Email the signed-in account a new link to confirm its address. False (nothing sent) when the address is verified already.',
  })
  async resendVerificationEmail(@CurrentActor() actor: Actor): Promise<boolean> {
    return this.addresses.resendVerification(requireViewer(actor));
  }

  @Authenticated()
  @ProtectedAction() // checks the password and sends email: limited per user and per address
  @Mutation(() => Boolean, {
    description:
      'Ask to move the account to another address (the password asked again): a link to confirm goes to the new address, a notice to the current one. The answer (true) is the same whether or not the new address has an account (its owner is told instead). The account moves only when the link is followed (`confirmEmailChange`).',
  })
  async requestEmailChange(
    @CurrentActor() actor: Actor,
    @Args('input', { description: 'The new address.' }) input: RequestEmailChangeInput,
    @Context() ctx: GqlContext,
  ): Promise<boolean> {
    await this.addresses.requestChange(requireViewer(actor), input, requestOrigin(ctx.req));
    return true;
  }

  @Public() // the link emailed to the new address is the proof
  @ProtectedAction({ account: linkToken })
  @Mutation(() => Boolean, {
    description:
      'Move the account to the new address with the token of the link emailed to it: from now on it signs in with the new address (verified), and the old one is told. CONFLICT (reason EMAIL_TAKEN) when another account has the address by now; an expired, used or unknown link is refused (BAD_USER_INPUT, reason EMAIL_LINK_EXPIRED, _USED or _UNKNOWN).',
  })
  async confirmEmailChange(
    @Args('input', { description: "The link's token that confirms the new address." })
    input: EmailLinkInput,
    @Context() ctx: GqlContext,
  ): Promise<boolean> {
    await this.addresses.confirmChange(input.token, requestOrigin(ctx.req));
    return true;
  }
}
