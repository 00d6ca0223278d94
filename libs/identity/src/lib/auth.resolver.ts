import { Inject } from '@nestjs/common';
import { Args, Context, Mutation, Query, Resolver } from '@nestjs/graphql';
import { APP_CONFIG, AppConfig, clientIp, GqlContext, ProtectedAction } from '@alianza/api-core';
import {
  Actor,
  Authenticated,
  BeforeSecondFactor,
  CurrentActor,
  Public,
  ReportAccess,
  requireViewer,
} from '@alianza/authz';
import type { CookieOptions } from 'express';
import { requestOrigin } from './account-event.service';
import { AuthPayload, UserType } from './dtos/user.types';
import { ChangePasswordInput, LoginInput, SignUpInput } from './dtos/identity.inputs';
import { SessionKind } from './entities/session.entity';
import { EmailAddressService } from './email-address.service';
import { IdentityService } from './identity.service';
import { answerWithChallenge, answerWithSession, sessionCookieOptions } from './session-answer';
import { SESSION_COOKIE } from './session.middleware';

@Resolver()
export class AuthResolver {
  constructor(
    private readonly identity: IdentityService,
    private readonly addresses: EmailAddressService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  private cookieOptions(expires?: Date): CookieOptions {
    return sessionCookieOptions(this.config, expires);
  }

  @Public() // anyone may create an account; it grants nothing until someone invites it
  @ProtectedAction({ account: (args) => (args['input'] as { email?: unknown } | undefined)?.email })
  @Mutation(() => Boolean, {
    description:
      'Create an account, if no account has this email yet, and email it a link to confirm the ' +
      'address (`verifyEmail`); when the address has an account, its owner is told by email ' +
      'instead. The answer (true) is the same either way, so it tells no one who has an ' +
      'account: sign in afterwards with `login`.',
  })
  async signUp(
    @Args('input', { description: 'The new account.' }) input: SignUpInput,
  ): Promise<boolean> {
    await this.addresses.signUp(input);
    return true;
  }

  @Public() // signing in is how one stops being anonymous
  // Per address only: per account, the lockout counts failures (LoginLockout). A budget of every
  // attempt per email would let anyone keep its owner out with a few requests per window.
  @ProtectedAction()
  @Mutation(() => AuthPayload, {
    description:
      'Sign in. Sets the session cookie. After repeated failures for an email or from an ' +
      'address, attempts are refused (RATE_LIMITED) for a while, even with the right password. ' +
      'For an account with two-factor sign-in, the answer is a `secondFactorChallenge` and no ' +
      'session yet: finish with `completeLogin`.',
  })
  async login(
    @Args('input', { description: 'Email and password.' }) input: LoginInput,
    @Context() ctx: GqlContext,
  ): Promise<AuthPayload> {
    const kind = input.issueBearerToken ? SessionKind.BEARER : SessionKind.COOKIE;
    const outcome = await this.identity.login(
      input.email,
      input.password,
      kind,
      clientIp(ctx.req),
      requestOrigin(ctx.req),
    );
    if ('challenge' in outcome) return answerWithChallenge(outcome);
    return answerWithSession(ctx, this.config, outcome, kind);
  }

  @Authenticated()
  @BeforeSecondFactor() // a session that must set up a second factor may still sign out
  @Mutation(() => Boolean, { description: 'End the current session.' })
  async logout(@CurrentActor() actor: Actor, @Context() ctx: GqlContext): Promise<boolean> {
    await this.identity.logout(requireViewer(actor).sessionId);
    ctx.res.clearCookie(SESSION_COOKIE, this.cookieOptions());
    return true;
  }

  @Public() // answers null to the anonymous, so web apps can ask "who am I" before signing in
  @ReportAccess() // a reporting client may check whose token it holds
  @Query(() => UserType, { nullable: true, description: 'The signed-in user, or null.' })
  async me(@CurrentActor() actor: Actor): Promise<UserType | null> {
    if (!actor.viewer) return null;
    return UserType.from(await this.identity.getUser(actor.viewer.userId));
  }

  @Authenticated()
  @ProtectedAction() // checks the current password: limited per user and per address
  @Mutation(() => Boolean, { description: 'Change the password; ends every other session.' })
  async changePassword(
    @CurrentActor() actor: Actor,
    @Args('input', { description: 'The current and the new password.' }) input: ChangePasswordInput,
    @Context() ctx: GqlContext,
  ): Promise<boolean> {
    await this.identity.changePassword(
      requireViewer(actor),
      input.currentPassword,
      input.newPassword,
      requestOrigin(ctx.req),
    );
    return true;
  }
}
