import {
  Args,
  Field,
  Float,
  GraphQLISODateTime,
  ID,
  InputType,
  Int,
  Mutation,
  ObjectType,
  Parent,
  Query,
  registerEnumType,
  ResolveField,
  Resolver,
} from '@nestjs/graphql';
import { IdArg, IdInput, LIMITS, Trim } from '@alianza/api-core';
import { Actor, Allow, Authenticated, CurrentActor } from '@alianza/authz';
import { Action, AppError, Subject } from '@alianza/shared';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsBoolean,
  IsDate,
  IsEnum,
  IsInt,
  IsNotEmpty,
  IsNumber,
  IsOptional,
  IsString,
  IsUUID,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { Type } from 'class-transformer';
import { describeNoise } from './differential-privacy';
import {
  BenchmarkNoisyAggregatesType,
  BenchmarkNoiseType,
  BenchmarkPrivacyInput,
  BenchmarkPrivacySettingsType,
} from './dp-round.types';
import { dpRoundSettings, positionAmongQuantiles } from './dp-rounds';
import { BenchmarkBand, BenchmarkPublication, MAX_BENCHMARK_VALUE } from './benchmark-statistics';
import {
  BenchmarkOutcome,
  BenchmarkPublicationMode,
  BenchmarkResultHiddenReason,
  BenchmarkRoundStatus,
  BenchmarkWithheldReason,
} from './benchmark.enums';
import { BenchmarkSubmissionEntity } from './benchmarking.entities';
import {
  BenchmarkingService,
  BenchmarkRoundView,
  BenchmarkSubmissionView,
} from './benchmarking.service';

registerEnumType(BenchmarkOutcome, { name: 'BenchmarkOutcome' });
registerEnumType(BenchmarkWithheldReason, {
  name: 'BenchmarkWithheldReason',
  description: 'Why a closed round published nothing.',
});
registerEnumType(BenchmarkRoundStatus, { name: 'BenchmarkRoundStatus' });
registerEnumType(BenchmarkResultHiddenReason, {
  name: 'BenchmarkResultHiddenReason',
  description: 'Why the caller gets no aggregates for a round it sees.',
});
@ObjectType('BenchmarkBand', {
  description:
    'The average of a run of consecutive ranks of the values, ranked from the lowest (rank 1): always over at least k values, never a single value.',
})
class BenchmarkBandType {
  @Field(() => Int, { description: 'First rank of the band, 1 = the lowest value.' })
  fromRank!: number;
  @Field(() => Int) toRank!: number;
  @Field(() => Int, { description: 'How many values the band averages (≥ k).' }) size!: number;
  @Field(() => Float) average!: number;

  static from(b: BenchmarkBand): BenchmarkBandType {
    return Object.assign(new BenchmarkBandType(), { ...b, size: b.toRank - b.fromRank + 1 });
  }
}

@ObjectType('BenchmarkAggregates', {
  description:
    'What a published round shows (ADR 0011): the count, the average of all values and the averages of 1 to 4 disjoint rank bands of at least k values each. Never a minimum, a maximum, a median or anyone’s value, and nothing from which one follows.',
})
class BenchmarkAggregatesType {
  @Field(() => Int) count!: number;
  @Field(() => Float, { description: 'The average of all values.' }) mean!: number;
  @Field(() => [BenchmarkBandType], { description: 'Lowest values first.' })
  bands!: BenchmarkBandType[];

  static from(p: BenchmarkPublication): BenchmarkAggregatesType {
    return Object.assign(new BenchmarkAggregatesType(), {
      count: p.count,
      mean: p.mean,
      bands: p.bands.map(BenchmarkBandType.from),
    });
  }
}

@ObjectType('BenchmarkSubmission', { description: "An organization's private value." })
class BenchmarkSubmissionType {
  @Field(() => ID) organizationId!: string;
  @Field(() => Float) value!: number;
  @Field(() => GraphQLISODateTime) submittedAt!: Date;

  static from(s: BenchmarkSubmissionView | BenchmarkSubmissionEntity): BenchmarkSubmissionType {
    return Object.assign(new BenchmarkSubmissionType(), {
      organizationId: s.organizationId,
      value: s.value,
      submittedAt: s.submittedAt,
    });
  }
}

@ObjectType('BenchmarkRound', {
  description:
    'A k-anonymous benchmark: organizations submit privately; once closed, aggregates are published only over at least k contributors.',
})
class BenchmarkRoundType {
  @Field(() => ID) id!: string;
  @Field(() => ID) collaborationId!: string;
  @Field() metricName!: string;
  @Field() unit!: string;
  @Field(() => ID, { nullable: true }) areaId!: string | null;
  @Field() higherIsBetter!: boolean;
  @Field({ description: 'Values add up (revenue, staff): the dominance cap and the mean apply.' })
  summable!: boolean;
  @Field(() => Int, { description: 'Minimum number of contributors for anything to be published.' })
  k!: number;
  @Field(() => Float, {
    description: 'Largest share of the total one contributor may hold (summable metrics).',
  })
  dominanceCap!: number;
  @Field({ description: 'Whether the facilitator may read the raw values.' })
  facilitatorSeesValues!: boolean;
  @Field(() => BenchmarkPublicationMode) publicationMode!: BenchmarkPublicationMode;
  @Field(() => BenchmarkPrivacySettingsType, {
    nullable: true,
    description: 'The range, ε and figures of a DIFFERENTIAL_PRIVACY round (public).',
  })
  privacy!: BenchmarkPrivacySettingsType | null;
  @Field(() => GraphQLISODateTime) opensAt!: Date;
  @Field(() => GraphQLISODateTime) closesAt!: Date;
  @Field(() => BenchmarkRoundStatus) status!: BenchmarkRoundStatus;
  @Field(() => GraphQLISODateTime, {
    nullable: true,
    description: 'When the results were frozen (null until then, even past closesAt).',
  })
  closedAt!: Date | null;
  @Field(() => Int, { description: 'How many organizations were asked.' })
  participantCount!: number;
  @Field({
    description:
      'Whether the round can publish at all: enough organizations asked (≥ k) and, for summable metrics, enough of them for nobody to need more than the cap.',
  })
  canPublish!: boolean;
  @Field(() => BenchmarkWithheldReason, {
    nullable: true,
    description: 'When canPublish is false: what will make it withhold.',
  })
  cannotPublishReason!: BenchmarkWithheldReason | null;
  @Field(() => [ID], { nullable: true, description: 'Facilitator only.' })
  participantOrganizationIds!: string[] | null;
  @Field(() => Int, { nullable: true, description: 'Facilitator only.' })
  submissionCount!: number | null;
  @Field(() => BenchmarkOutcome, {
    nullable: true,
    description: 'Once closed: for the facilitator and the organizations that submitted.',
  })
  outcome!: BenchmarkOutcome | null;
  @Field(() => BenchmarkWithheldReason, { nullable: true, description: 'Facilitator only.' })
  withheldReason!: BenchmarkWithheldReason | null;
  @Field(() => BenchmarkAggregatesType, {
    nullable: true,
    description:
      'The published aggregates: for the facilitator, and for the organizations that submitted ("give to get").',
  })
  result!: BenchmarkAggregatesType | null;
  @Field(() => BenchmarkNoisyAggregatesType, {
    nullable: true,
    description:
      'The noisy figures of a DIFFERENTIAL_PRIVACY round, drawn once when it closed: for the same readers as result.',
  })
  noisyResult!: BenchmarkNoisyAggregatesType | null;
  @Field(() => BenchmarkResultHiddenReason, {
    nullable: true,
    description: 'When both result and noisyResult are null.',
  })
  resultHiddenReason!: BenchmarkResultHiddenReason | null;
  @Field(() => BenchmarkSubmissionType, {
    nullable: true,
    description: "Your organization's own value (nobody else's).",
  })
  mySubmission!: BenchmarkSubmissionType | null;
  @Field(() => Int, {
    nullable: true,
    description:
      'The band of result.bands your own value fell in (0 = the lowest values; which end is better follows higherIsBetter). Told to your organization only.',
  })
  myBand!: number | null;
  @Field(() => Int, {
    nullable: true,
    description:
      'DIFFERENTIAL_PRIVACY rounds: how many of noisyResult.quantiles lie below your own value (0 = below the first). From the published figures and your value only.',
  })
  myQuantilePosition!: number | null;

  static from(v: BenchmarkRoundView, now = new Date()): BenchmarkRoundType {
    const status = v.closedAt
      ? BenchmarkRoundStatus.CLOSED
      : now < v.opensAt
        ? BenchmarkRoundStatus.SCHEDULED
        : now < v.closesAt
          ? BenchmarkRoundStatus.OPEN
          : BenchmarkRoundStatus.CLOSED;
    const noisy = v.result?.rule === 'differential-privacy' ? v.result : null;
    const bands = v.result?.rule === 'rank-bands' ? v.result : null;
    // Dominance does not apply with noise added: clamping bounds any one company's influence.
    const cannotPublishReason =
      v.participantCount < v.k
        ? BenchmarkWithheldReason.TOO_FEW_SUBMISSIONS
        : v.publicationMode === BenchmarkPublicationMode.RANK_BANDS &&
            v.summable &&
            v.participantCount * v.dominanceCap < 1 - 1e-9
          ? BenchmarkWithheldReason.DOMINANCE
          : null;
    const resultHiddenReason = v.result
      ? null
      : !v.closedAt
        ? BenchmarkResultHiddenReason.NOT_CLOSED
        : !v.asFacilitator && !v.mySubmission
          ? BenchmarkResultHiddenReason.DID_NOT_SUBMIT
          : BenchmarkResultHiddenReason.WITHHELD;
    return Object.assign(new BenchmarkRoundType(), {
      id: v.id,
      collaborationId: v.collaborationId,
      metricName: v.metricName,
      unit: v.unit,
      areaId: v.areaId,
      higherIsBetter: v.higherIsBetter,
      summable: v.summable,
      k: v.k,
      dominanceCap: v.dominanceCap,
      facilitatorSeesValues: v.facilitatorSeesValues,
      publicationMode: v.publicationMode,
      privacy: v.differentialPrivacy
        ? BenchmarkPrivacySettingsType.from(v.differentialPrivacy)
        : null,
      opensAt: v.opensAt,
      closesAt: v.closesAt,
      status,
      closedAt: v.closedAt,
      participantCount: v.participantCount,
      canPublish: cannotPublishReason === null,
      cannotPublishReason,
      participantOrganizationIds: v.participantOrganizationIds,
      submissionCount: v.submissionCount,
      outcome: v.outcome,
      withheldReason: v.withheldReason,
      result: bands ? BenchmarkAggregatesType.from(bands) : null,
      noisyResult: noisy ? BenchmarkNoisyAggregatesType.from(noisy) : null,
      resultHiddenReason,
      mySubmission: v.mySubmission ? BenchmarkSubmissionType.from(v.mySubmission) : null,
      myBand: bands ? v.myBand : null,
      myQuantilePosition:
        noisy && v.mySubmission
          ? positionAmongQuantiles(v.mySubmission.value, noisy.quantiles)
          : null,
    });
  }
}

@InputType()
class CreateBenchmarkRoundInput {
  @Field() @Trim() @IsNotEmpty() @MaxLength(LIMITS.name) metricName!: string;
  @Field({ defaultValue: '', description: 'e.g. "EUR", "%", "people".' })
  @Trim()
  @IsString()
  @MaxLength(50)
  unit: string = '';
  @IdInput('areaId', { nullable: true, description: 'An area of the collaboration.' })
  areaId?: string | null;
  @Field({ defaultValue: true }) @IsBoolean() higherIsBetter: boolean = true;
  @Field({ defaultValue: false, description: 'Values add up (revenue, staff).' })
  @IsBoolean()
  summable: boolean = false;
  @Field(() => Int, { defaultValue: 5, description: 'Minimum group size; at least 3.' })
  @IsInt()
  @Min(3, { message: 'k must be at least 3: fewer contributors could be singled out.' })
  @Max(1000)
  k: number = 5;
  @Field(() => Float, {
    defaultValue: 0.25,
    description: 'Largest share of the total one contributor may hold, in (0, 1].',
  })
  @IsNumber({ allowNaN: false, allowInfinity: false })
  @Min(0.01, { message: 'The dominance cap must be between 0.01 and 1.' })
  @Max(1, { message: 'The dominance cap must be between 0.01 and 1.' })
  dominanceCap: number = 0.25;
  @Field({ defaultValue: false }) @IsBoolean() facilitatorSeesValues: boolean = false;
  @Field(() => BenchmarkPublicationMode, { defaultValue: BenchmarkPublicationMode.RANK_BANDS })
  @IsEnum(BenchmarkPublicationMode)
  publicationMode: BenchmarkPublicationMode = BenchmarkPublicationMode.RANK_BANDS;
  @Field(() => BenchmarkPrivacyInput, {
    nullable: true,
    description: 'Required for DIFFERENTIAL_PRIVACY, refused otherwise.',
  })
  @IsOptional()
  @ValidateNested()
  @Type(() => BenchmarkPrivacyInput)
  differentialPrivacy?: BenchmarkPrivacyInput | null;
  @Field(() => GraphQLISODateTime, { nullable: true, description: 'Default: now.' })
  @IsOptional()
  @IsDate()
  opensAt?: Date | null;
  @Field(() => GraphQLISODateTime) @IsDate() closesAt!: Date;
  @Field(() => [ID], { description: 'At least two active participants of the collaboration.' })
  @ArrayMinSize(2, { message: 'Choose at least two organizations.' })
  @ArrayMaxSize(500)
  @IsUUID('all', { each: true, message: 'participantOrganizationIds must be valid ids' })
  participantOrganizationIds!: string[];
}

@Resolver(() => BenchmarkRoundType)
export class BenchmarkingResolver {
  constructor(private readonly benchmarking: BenchmarkingService) {}

  @Authenticated() // the facilitator sees all rounds; an organization those it is asked to
  @Query(() => [BenchmarkRoundType], { description: 'Benchmark rounds, latest opening first.' })
  async benchmarkRounds(
    @CurrentActor() actor: Actor,
    @IdArg('collaborationId') collaborationId: string,
  ): Promise<BenchmarkRoundType[]> {
    const now = new Date();
    return (await this.benchmarking.list(actor, collaborationId)).map((v) =>
      BenchmarkRoundType.from(v, now),
    );
  }

  @Authenticated() // as benchmarkRounds
  @Query(() => BenchmarkRoundType)
  async benchmarkRound(
    @CurrentActor() actor: Actor,
    @IdArg('id') id: string,
  ): Promise<BenchmarkRoundType> {
    return BenchmarkRoundType.from(await this.benchmarking.get(actor, id));
  }

  @Authenticated() // arithmetic on the caller's own numbers: reads nothing stored
  @Query(() => BenchmarkNoiseType, {
    description:
      'How noisy a differentially private round with these settings and this many contributions would be (public facts only): to preview a round before it opens.',
  })
  benchmarkNoisePreview(
    @Args('privacy') privacy: BenchmarkPrivacyInput,
    @Args('count', { type: () => Int, description: 'Contributions, 1 to 500.' }) count: number,
    @Args('summable', { defaultValue: false }) summable: boolean,
  ): BenchmarkNoiseType {
    const settings = dpRoundSettings(privacy, summable);
    if (!Number.isInteger(count) || count < 1 || count > 500)
      throw AppError.badInput('The number of companies must be between 1 and 500.', {
        field: 'count',
      });
    return BenchmarkNoiseType.from(describeNoise(settings, count));
  }

  @Allow(Action.Create, Subject.BenchmarkRound)
  @Mutation(() => BenchmarkRoundType, { description: 'Define a benchmark round (facilitator).' })
  async createBenchmarkRound(
    @CurrentActor() actor: Actor,
    @IdArg('collaborationId') collaborationId: string,
    @Args('input') input: CreateBenchmarkRoundInput,
  ): Promise<BenchmarkRoundType> {
    return BenchmarkRoundType.from(
      await this.benchmarking.create(actor, collaborationId, {
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
    @Args('value', { type: () => Float }) value: number,
  ): Promise<BenchmarkRoundType> {
    return BenchmarkRoundType.from(await this.benchmarking.submit(actor, roundId, value));
  }

  @Allow(Action.Close, Subject.BenchmarkRound)
  @Mutation(() => BenchmarkRoundType, {
    description: 'Close a round now (facilitator): its outcome is computed once and frozen.',
  })
  async closeBenchmarkRound(
    @CurrentActor() actor: Actor,
    @IdArg('id') id: string,
  ): Promise<BenchmarkRoundType> {
    return BenchmarkRoundType.from(await this.benchmarking.close(actor, id));
  }

  @ResolveField(() => [BenchmarkSubmissionType], {
    description:
      "Raw values you may read: your organization's own; all of them for the facilitator only when facilitatorSeesValues.",
  })
  async submissions(
    @Parent() round: BenchmarkRoundType,
    @CurrentActor() actor: Actor,
  ): Promise<BenchmarkSubmissionType[]> {
    return (await this.benchmarking.submissions(actor, round.id)).map(BenchmarkSubmissionType.from);
  }
}
