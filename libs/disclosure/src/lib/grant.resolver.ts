import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { IdArg } from '@alianza/api-core';
import { Actor, Allow, canOn, CurrentActor } from '@alianza/authz';
import { ReasonInput } from '@alianza/collaboration';
import { Action, AppError, Subject } from '@alianza/shared';
import { DecisionMessageInput } from './dtos/disclosure.inputs';
import { GrantToReviewType, GrantType } from './dtos/disclosure.types';
import { GrantReviewService } from './grant-review.service';
import { GrantService } from './grant.service';

@Resolver(() => GrantType)
export class GrantResolver {
  constructor(
    private readonly grantService: GrantService,
    private readonly grantReviewService: GrantReviewService,
  ) {}

  @Allow(Action.Revoke, Subject.Grant)
  @Mutation(() => GrantType, { description: 'Revoke a grant at once (facilitator or owner).' })
  async revokeGrant(
    @CurrentActor() actor: Actor,
    @IdArg('grantId') grantId: string,
    @Args('input', { description: 'Why the grant is revoked.', nullable: true })
    input?: ReasonInput,
  ): Promise<GrantType> {
    return GrantType.from(await this.grantService.revoke(actor, grantId, input?.reason ?? ''));
  }

  @Allow(Action.Review, Subject.Grant)
  @Query(() => [GrantToReviewType], {
    description:
      'Valid grants that the rules now in force would not allow: revoke them, or keep them with a reason.',
    deprecationReason:
      'Use Collaboration.grantsNeedingReview (a connection). Removed after 2027-06-30.',
  })
  async grantsNeedingReview(
    @CurrentActor() actor: Actor,
    @IdArg('collaborationId') collaborationId: string,
  ): Promise<GrantToReviewType[]> {
    if (!canOn(actor, Action.Review, Subject.Grant, { collaborationId }))
      throw AppError.notFound('Collaboration');
    const list = await this.grantReviewService.list(actor, collaborationId);
    return list.map((entry) => ({ grant: GrantType.from(entry.grant), reasons: entry.reasons }));
  }

  @Allow(Action.Review, Subject.Grant)
  @Mutation(() => GrantType, {
    description: 'Keep a grant that new rules would not allow, saying why (facilitator).',
  })
  async keepGrant(
    @CurrentActor() actor: Actor,
    @IdArg('grantId') grantId: string,
    @Args('input', { description: 'Why the grant is kept.' }) input: DecisionMessageInput,
  ): Promise<GrantType> {
    return GrantType.from(await this.grantService.keep(actor, grantId, input.message));
  }
}
