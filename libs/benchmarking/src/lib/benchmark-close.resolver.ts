import { Mutation, Resolver } from '@nestjs/graphql';
import { RenamedIdArg, oneOf } from '@alianza/api-core';
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
    @RenamedIdArg('roundId')
    roundId: string | undefined,
    @RenamedIdArg('id', { deprecated: 'roundId' }) id: string | undefined,
  ): Promise<BenchmarkRoundType> {
    const round = oneOf({ roundId, id }, 'roundId');
    return BenchmarkRoundType.from(await this.closing.close(actor, round));
  }
}
