import { Mutation, Resolver } from '@nestjs/graphql';
import { OptionalIdArg, replacedArg } from '@alianza/api-core';
import { Actor, Allow, CurrentActor } from '@alianza/authz';
import { Action, Subject } from '@alianza/shared';
import { BenchmarkCloseService } from './benchmark-close.service';
import { BenchmarkRoundType } from './dtos/benchmark-round.types';

/** Closing a benchmark round before its closing time. */
@Resolver()
export class BenchmarkCloseResolver {
  constructor(private readonly closing: BenchmarkCloseService) {}

  @Allow(Action.Close, Subject.BenchmarkRound)
  @Mutation(() => BenchmarkRoundType, {
    description: 'Close a round now (facilitator): its outcome is computed once and frozen.',
  })
  async closeBenchmarkRound(
    @CurrentActor() actor: Actor,
    @OptionalIdArg('roundId', { replaces: 'id' })
    roundId: string | undefined,
    @OptionalIdArg('id', { replacedBy: 'roundId' }) id: string | undefined,
  ): Promise<BenchmarkRoundType> {
    const round = replacedArg(['roundId', roundId], ['id', id]);
    return BenchmarkRoundType.from(await this.closing.close(actor, round));
  }
}
