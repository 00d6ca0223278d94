import { Inject } from '@nestjs/common';
import { Args, Context, Mutation, Resolver } from '@nestjs/graphql';
import { APP_CONFIG, AppConfig, clientIp, GqlContext, ProtectedAction } from '@alianza/api-core';
import { Public } from '@alianza/authz';
import { requestOrigin } from './account-event.service';
import { CompleteLoginInput } from './dtos/two-factor.inputs';
import { AuthPayload } from './dtos/user.types';
import { IdentityService } from './identity.service';
import { SecondFactorLoginService } from './second-factor-login.service';
import { answerWithSession } from './session-answer';

/** The second step of signing in, for accounts with two-factor sign-in. */
@Resolver()
export class SecondFactorLoginResolver {
  constructor(
    private readonly identity: IdentityService,
    private readonly secondStep: SecondFactorLoginService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Public() // the second step of signing in: the challenge stands for the password just proven
  // Per address; per account, wrong codes count in the sign-in lockout (as wrong passwords do).
  @ProtectedAction()
  @Mutation(() => AuthPayload, {
    description:
      'Finish signing in with a code of your authenticator app, or a recovery code: opens the session `login` would have (cookie, or bearer token if it was asked for). Wrong codes count as failed sign-ins.',
  })
  async completeLogin(
    @Args('input', { description: 'The code that completes the sign-in.' })
    input: CompleteLoginInput,
    @Context() ctx: GqlContext,
  ): Promise<AuthPayload> {
    const origin = requestOrigin(ctx.req);
    const { userId, kind } = await this.secondStep.complete(input, clientIp(ctx.req), origin);
    const session = await this.identity.issueSession(
      await this.identity.getUser(userId),
      kind,
      origin,
    );
    return answerWithSession(ctx, this.config, session, kind);
  }
}
