import { Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { IdArg } from '@alianza/api-core';
import { Actor, Authenticated, CurrentActor } from '@alianza/authz';
import { BenchmarkRoundReadService } from './benchmark-round-read.service';
import { BenchmarkRoundType, BenchmarkSubmissionType } from './dtos/benchmark-round.types';

/** Benchmark rounds as the caller may read them, with the raw values it may read. */
@Resolver(() => BenchmarkRoundType)
export class BenchmarkRoundReadResolver {
  constructor(private readonly reads: BenchmarkRoundReadService) {}

  @Authenticated() // the facilitator sees all rounds; an organization those it is asked to
  @Query(() => [BenchmarkRoundType], {
    description: 'Benchmark rounds, latest opening first.',
    deprecationReason:
      'Use Collaboration.benchmarkRounds (a connection). Removed after 2027-06-30.',
  })
  async benchmarkRounds(
    @CurrentActor() actor: Actor,
    @IdArg('collaborationId') collaborationId: string,
  ): Promise<BenchmarkRoundType[]> {
    const now = new Date();
    return (await this.reads.list(actor, collaborationId)).map((v) =>
      BenchmarkRoundType.from(v, now),
    );
  }

  @Authenticated() // as benchmarkRounds
  @Query(() => BenchmarkRoundType, {
    description: 'One benchmark round of a collaboration the viewer takes part in or facilitates.',
  })
  async benchmarkRound(
    @CurrentActor() actor: Actor,
    @IdArg('id', 'The id of the benchmark round.') id: string,
  ): Promise<BenchmarkRoundType> {
    return BenchmarkRoundType.from(await this.reads.get(actor, id));
  }

  @ResolveField(() => [BenchmarkSubmissionType], {
    description:
      "Raw values you may read: your organization's own; all of them for the facilitator only when facilitatorSeesValues.",
  })
  async submissions(
    @Parent() round: BenchmarkRoundType,
    @CurrentActor() actor: Actor,
  ): Promise<BenchmarkSubmissionType[]> {
    return (await this.reads.submissions(actor, round.id)).map(BenchmarkSubmissionType.from);
  }
}
