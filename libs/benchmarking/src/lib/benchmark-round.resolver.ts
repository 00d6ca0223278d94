import { Args, Float, Mutation, Resolver } from '@nestjs/graphql';
import { IdArg, useInstead } from '@alianza/api-core';
import { Actor, Allow, CurrentActor } from '@alianza/authz';
import { Action, AppError, Subject } from '@alianza/shared';
import { MAX_BENCHMARK_VALUE } from './benchmark-statistics';
import { BenchmarkRoundService } from './benchmark-round.service';
import {
  CreateBenchmarkRoundInput,
  SubmitBenchmarkValueInput,
} from './dtos/benchmark-round.inputs';
import { BenchmarkRoundType } from './dtos/benchmark-round.types';

/** Defining a benchmark round, and submitting a value to it. */
@Resolver()
export class BenchmarkRoundResolver {
  constructor(private readonly rounds: BenchmarkRoundService) {}

  @Allow(Action.Create, Subject.BenchmarkRound)
  @Mutation(() => BenchmarkRoundType, { description: 'Define a benchmark round (facilitator).' })
  async createBenchmarkRound(
    @CurrentActor() actor: Actor,
    @IdArg('collaborationId') collaborationId: string,
    @Args('input', { description: 'The new round.' }) input: CreateBenchmarkRoundInput,
  ): Promise<BenchmarkRoundType> {
    return BenchmarkRoundType.from(
      await this.rounds.create(actor, collaborationId, {
        ...input,
        areaId: input.areaId ?? null,
      }),
    );
  }

  @Allow(Action.Submit, Subject.BenchmarkSubmission)
  @Mutation(() => BenchmarkRoundType, {
    description: `Submit (or replace) your organization's private value while the round is open. |value| ≤ ${MAX_BENCHMARK_VALUE}.`,
  })
  async submitBenchmarkValue(
    @CurrentActor() actor: Actor,
    @IdArg('roundId') roundId: string,
    @Args('input', {
      description: 'The value (give this or the deprecated value argument).',
      type: () => SubmitBenchmarkValueInput,
      nullable: true,
    })
    input?: SubmitBenchmarkValueInput,
    @Args('value', {
      description: "The organization's value, in the round's unit.",
      type: () => Float,
      nullable: true,
      deprecationReason: useInstead('input.value'),
    })
    value?: number | null,
  ): Promise<BenchmarkRoundType> {
    const exact = input?.value;
    if ((exact == null) === (value == null)) {
      throw AppError.badInput('Give the value in input.value (or in the deprecated value), once.', {
        field: 'input.value',
      });
    }
    const submitted = exact != null ? Number(exact) : (value as number);
    return BenchmarkRoundType.from(await this.rounds.submit(actor, roundId, submitted));
  }
}
