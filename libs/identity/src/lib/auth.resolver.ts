import { Inject } from '@nestjs/common';
import { Args, Context, Mutation, Query, Resolver } from '@nestjs/graphql';
import { APP_CONFIG, AppConfig, GqlContext } from '@alianza/api-core';
import {
  Actor,
  Authenticated,
  CurrentActor,
  Public,
  ReportAccess,
  requireViewer,
} from '@alianza/authz';
import type { CookieOptions } from 'express';
import { AuthPayload, UserType } from './dtos/user.type';
import { ChangePasswordInput, LoginInput, SignUpInput } from './dtos/identity.inputs';
import { SessionKind } from './entities/session.entity';
import { IdentityService } from './identity.service';
import { SESSION_COOKIE } from './session.middleware';

@Resolver()
export class AuthResolver {
  constructor(
    private readonly identity: IdentityService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  private cookieOptions(expires?: Date): CookieOptions {
    return {
      httpOnly: true,
      sameSite: 'lax',
      secure: this.config.cookieSecure,
      path: '/',
      expires,
    };
  }

  @Public() // anyone may create an account; it grants nothing until someone invites it
  @Mutation(() => UserType, { description: 'Create an account. Sign in afterwards with `login`.' })
  async signUp(@Args('input') input: SignUpInput): Promise<UserType> {
    return UserType.from(await this.identity.signUp(input));
  }

  @Public() // signing in is how one stops being anonymous
  @Mutation(() => AuthPayload, { description: 'Sign in. Sets the session cookie.' })
  async login(@Args('input') input: LoginInput, @Context() ctx: GqlContext): Promise<AuthPayload> {
    const kind = input.issueBearerToken ? SessionKind.BEARER : SessionKind.COOKIE;
    const session = await this.identity.login(input.email, input.password, kind);
    if (kind === SessionKind.COOKIE)
      ctx.res.cookie(SESSION_COOKIE, session.token, this.cookieOptions(session.expiresAt));
    return {
      user: UserType.from(session.user),
      expiresAt: session.expiresAt,
      bearerToken: kind === SessionKind.BEARER ? session.token : null,
    };
  }

  @Authenticated()
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
  @Mutation(() => Boolean, { description: 'Change the password; ends every other session.' })
  async changePassword(
    @CurrentActor() actor: Actor,
    @Args('input') input: ChangePasswordInput,
  ): Promise<boolean> {
    await this.identity.changePassword(
      requireViewer(actor),
      input.currentPassword,
      input.newPassword,
    );
    return true;
  }
}
