import { Args, Context, Mutation, Query, Resolver } from '@nestjs/graphql';
import { GqlContext, IdArg, ProtectedAction } from '@alianza/api-core';
import {
  Actor,
  Allow,
  Authenticated,
  BeforeSecondFactor,
  CurrentActor,
  requireViewer,
} from '@alianza/authz';
import { Action, Subject } from '@alianza/shared';
import { requestOrigin } from './account-event.service';
import {
  DisableTwoFactorInput,
  ResetSecondFactorInput,
  TwoFactorCodeInput,
} from './dtos/two-factor.inputs';
import {
  RecoveryCodesType,
  TwoFactorSetupType,
  TwoFactorStatusType,
} from './dtos/two-factor.types';
import { TwoFactorService } from './two-factor.service';

/** Two-factor sign-in (TOTP) of the signed-in user, and its reset by a platform administrator. */
@Resolver()
export class TwoFactorResolver {
  constructor(private readonly twoFactor: TwoFactorService) {}

  @Authenticated() // one's own (SQL and row policies)
  @BeforeSecondFactor() // a session that must set it up first reads where it stands
  @Query(() => TwoFactorStatusType, { description: 'Where your two-factor sign-in stands.' })
  myTwoFactor(@CurrentActor() actor: Actor): Promise<TwoFactorStatusType> {
    return this.twoFactor.status(requireViewer(actor));
  }

  @Authenticated() // one's own
  @BeforeSecondFactor()
  @ProtectedAction() // creates a credential: limited per user and per address
  @Mutation(() => TwoFactorSetupType, {
    description:
      'Start setting up two-factor sign-in: a new secret for your authenticator app (QR code and text). Nothing changes until `confirmTwoFactorSetup`.',
  })
  startTwoFactorSetup(@CurrentActor() actor: Actor): Promise<TwoFactorSetupType> {
    return this.twoFactor.start(requireViewer(actor));
  }

  @Authenticated() // one's own
  @BeforeSecondFactor()
  @ProtectedAction() // checks a code
  @Mutation(() => RecoveryCodesType, {
    description:
      'Turn two-factor sign-in on with a first code of the app. Answers your recovery codes, shown this once.',
  })
  async confirmTwoFactorSetup(
    @CurrentActor() actor: Actor,
    @Args('input', { description: 'A code from the app, proving it was set up.' })
    input: TwoFactorCodeInput,
    @Context() ctx: GqlContext,
  ): Promise<RecoveryCodesType> {
    const codes = await this.twoFactor.confirm(
      requireViewer(actor),
      input.code,
      requestOrigin(ctx.req),
    );
    return { codes };
  }

  @Authenticated() // one's own
  @ProtectedAction() // checks a password or a code
  @Mutation(() => TwoFactorStatusType, {
    description:
      'Turn two-factor sign-in off, with your password or a code (of the app, or a recovery code).',
  })
  async disableTwoFactor(
    @CurrentActor() actor: Actor,
    @Args('input', { description: 'What proves it is the account owner.' })
    input: DisableTwoFactorInput,
    @Context() ctx: GqlContext,
  ): Promise<TwoFactorStatusType> {
    const viewer = requireViewer(actor);
    await this.twoFactor.disable(viewer, input, requestOrigin(ctx.req));
    return this.twoFactor.status(viewer);
  }

  @Authenticated() // one's own
  @ProtectedAction() // checks a code, creates credentials
  @Mutation(() => RecoveryCodesType, {
    description: 'New recovery codes, with a code of the app: the old ones stop working.',
  })
  async regenerateRecoveryCodes(
    @CurrentActor() actor: Actor,
    @Args('input', { description: 'A code from the app, proving it is the account owner.' })
    input: TwoFactorCodeInput,
    @Context() ctx: GqlContext,
  ): Promise<RecoveryCodesType> {
    const codes = await this.twoFactor.regenerateRecoveryCodes(
      requireViewer(actor),
      input.code,
      requestOrigin(ctx.req),
    );
    return { codes };
  }

  @Allow(Action.ResetSecondFactor, Subject.User)
  @Mutation(() => Boolean, {
    description:
      "Turn off a user's second factor (a lost device) and end that user's sessions; recorded in the user's account security log with the reason.",
  })
  async resetSecondFactor(
    @CurrentActor() actor: Actor,
    @IdArg('userId') userId: string,
    @Args('input', { description: 'Why the second factor is removed.' })
    input: ResetSecondFactorInput,
    @Context() ctx: GqlContext,
  ): Promise<boolean> {
    await this.twoFactor.reset(requireViewer(actor), userId, input.reason, requestOrigin(ctx.req));
    return true;
  }
}
