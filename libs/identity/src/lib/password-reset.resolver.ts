import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { ProtectedAction } from '@alianza/api-core';
import { Public } from '@alianza/authz';
import { RequestPasswordResetInput, ResetPasswordInput } from './dtos/password-reset.inputs';
import { PasswordResetService } from './password-reset.service';

/** Password reset by email: asked for and followed without signing in. */
@Resolver()
export class PasswordResetResolver {
  constructor(private readonly resets: PasswordResetService) {}

  @Public() // whoever forgot their password is not signed in
  @ProtectedAction({ account: (args) => (args['input'] as { email?: unknown } | undefined)?.email })
  @Mutation(() => Boolean, {
    description:
      'Email a password reset link (single use, valid for minutes) to the account with this ' +
      "address, in the account's language. The answer (true) is the same whether or not the " +
      'address has an account.',
  })
  async requestPasswordReset(
    @Args('input', { description: 'The address to send the reset link to.' })
    input: RequestPasswordResetInput,
  ): Promise<boolean> {
    await this.resets.request(input.email);
    return true;
  }

  @Public() // the link in the email is the proof
  @ProtectedAction()
  @Mutation(() => Boolean, {
    description:
      'Set a new password with the token of a reset link: the link is used up and every ' +
      'session of the account ends (sign in again). An expired, used or unknown link is ' +
      'refused (BAD_USER_INPUT, `extensions.reason` RESET_LINK_EXPIRED, _USED or _UNKNOWN).',
  })
  async resetPassword(
    @Args('input', { description: 'The reset token and the new password.' })
    input: ResetPasswordInput,
  ): Promise<boolean> {
    await this.resets.reset(input.token, input.newPassword);
    return true;
  }
}
