import { Inject } from '@nestjs/common';
import { Args, Context, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import {
  APP_CONFIG,
  AppConfig,
  GqlContext,
  mapPage,
  oneOf,
  Page,
  PageArgs,
  RenamedIdArg,
} from '@alianza/api-core';
import { Actor, Authenticated, CurrentActor, requireViewer } from '@alianza/authz';
import { requestOrigin } from './account-event.service';
import { SessionConnection, SessionType } from './dtos/session.types';
import { sessionCookieOptions } from './session-answer';
import { SessionService } from './session.service';
import { SESSION_COOKIE } from './session.middleware';

/** Where one is signed in, and signing devices out ("sign out everywhere else"). */
@Resolver()
export class SessionResolver {
  constructor(
    private readonly sessions: SessionService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Authenticated() // one's own sessions only (ability in SQL)
  @Query(() => SessionConnection, {
    description:
      'Where you are signed in: your sessions neither ended nor expired, newest first, the one of this request marked `current`.',
  })
  async mySessions(
    @CurrentActor() actor: Actor,
    @Args() page: PageArgs,
  ): Promise<Page<SessionType>> {
    const current = requireViewer(actor).sessionId;
    return mapPage(await this.sessions.list(actor, page), (s) => SessionType.from(s, current));
  }

  @Authenticated() // one's own sessions only: anyone else's is NOT_FOUND
  @Mutation(() => Boolean, {
    description:
      'Sign one of your sessions out: its next request is no longer signed in. Ending the current one is signing out.',
  })
  async endSession(
    @CurrentActor() actor: Actor,
    @RenamedIdArg('sessionId') sessionId: string | undefined,
    @RenamedIdArg('id', { deprecated: 'sessionId' })
    id: string | undefined,
    @Context() ctx: GqlContext,
  ): Promise<boolean> {
    const ended = oneOf({ sessionId, id }, 'sessionId');
    await this.sessions.end(actor, ended, requestOrigin(ctx.req));
    if (ended === requireViewer(actor).sessionId)
      ctx.res.clearCookie(SESSION_COOKIE, sessionCookieOptions(this.config));
    return true;
  }

  @Authenticated() // one's own sessions only
  @Mutation(() => Int, {
    description:
      'Sign out everywhere else: ends every session of yours but the current one. Answers how many it ended.',
  })
  async endOtherSessions(
    @CurrentActor() actor: Actor,
    @Context() ctx: GqlContext,
  ): Promise<number> {
    return this.sessions.endOthers(actor, requestOrigin(ctx.req));
  }
}
