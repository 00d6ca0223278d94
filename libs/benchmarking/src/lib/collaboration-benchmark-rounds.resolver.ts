import { Args, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { mapPage, Page, PageArgs } from '@alianza/api-core';
import { Actor, CurrentActor } from '@alianza/authz';
import { CollaborationType } from '@alianza/collaboration';
import { BenchmarkRoundReadService } from './benchmark-round-read.service';
import { BenchmarkRoundConnection, BenchmarkRoundType } from './dtos/benchmark-round.types';

/** A collaboration's benchmark rounds as a page, as the caller may read them. */
@Resolver(() => CollaborationType)
export class CollaborationBenchmarkRoundsResolver {
  constructor(private readonly reads: BenchmarkRoundReadService) {}

  @ResolveField(() => BenchmarkRoundConnection, {
    description:
      'Benchmark rounds, latest opening first: all of them for the facilitator; an organization those it is asked to.',
  })
  async benchmarkRounds(
    @Parent() collaboration: CollaborationType,
    @CurrentActor() actor: Actor,
    @Args() page: PageArgs,
  ): Promise<Page<BenchmarkRoundType>> {
    const now = new Date();
    return mapPage(await this.reads.page(actor, collaboration.id, page), (v) =>
      BenchmarkRoundType.from(v, now),
    );
  }
}
