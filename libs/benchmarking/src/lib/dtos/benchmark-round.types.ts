import { Connection } from '@alianza/api-core';
import {
  Field,
  Float,
  GraphQLISODateTime,
  ID,
  Int,
  ObjectType,
  registerEnumType,
} from '@nestjs/graphql';
import { decimalFromNumber, decimalRound, GraphQLDecimal, useDecimal } from '@alianza/api-core';
import {
  BENCHMARK_AGGREGATE_SCALE,
  BenchmarkBand,
  BenchmarkOutcome,
  BenchmarkPublication,
  BenchmarkWithheldReason,
  cannotPublishReason,
} from '../benchmark-statistics';
import type { BenchmarkRoundView, BenchmarkSubmissionView } from '../benchmark-round-read.service';
import {
  BenchmarkResultHiddenReason,
  BenchmarkRoundStatus,
  resultHiddenReason,
  roundStatus,
} from '../benchmark-round-state';
import { positionAmongQuantiles } from '../dp-rounds';
import { BenchmarkPublicationMode } from '../entities/benchmark-round.entity';
import { BenchmarkSubmissionEntity } from '../entities/benchmark-submission.entity';
import {
  BenchmarkNoisyAggregatesType,
  BenchmarkPrivacySettingsType,
} from './benchmark-privacy.types';

registerEnumType(BenchmarkOutcome, {
  valuesMap: {
    PUBLISHED: { description: 'The results were published.' },
    WITHHELD: { description: 'The results were withheld, to protect the values submitted.' },
  },
  description: "Whether a closed round's results were published.",
  name: 'BenchmarkOutcome',
});
registerEnumType(BenchmarkWithheldReason, {
  valuesMap: {
    DIFFERENCING: {
      description:
        'Combined with earlier published rounds, the results would single out too few organizations.',
    },
    DOMINANCE: { description: 'One organization holds too large a share of the total.' },
    RULE_RETIRED: {
      description: 'Published under a rule since retired, which could give values away.',
    },
    TOO_FEW_SUBMISSIONS: {
      description: 'Fewer organizations submitted than the minimum group size.',
    },
    VALUES_AT_LIMIT: {
      description:
        'Almost every value sits at a known bound, so even the average would give values away.',
    },
  },
  name: 'BenchmarkWithheldReason',
  description: 'Why a closed round published nothing.',
});
registerEnumType(BenchmarkPublicationMode, {
  valuesMap: {
    DIFFERENTIAL_PRIVACY: {
      description: 'Figures with random noise added (differential privacy).',
    },
    RANK_BANDS: { description: 'Averages of bands of ranks.' },
  },
  name: 'BenchmarkPublicationMode',
  description: 'How a round publishes: exact rank-band averages, or noisy figures.',
});
registerEnumType(BenchmarkRoundStatus, {
  valuesMap: {
    CLOSED: { description: 'Submissions are closed.' },
    OPEN: { description: 'Submissions are open.' },
    SCHEDULED: { description: 'Submissions open later.' },
  },
  description: 'Where a benchmark round stands.',
  name: 'BenchmarkRoundStatus',
});
registerEnumType(BenchmarkResultHiddenReason, {
  valuesMap: {
    DID_NOT_SUBMIT: { description: "The viewer's organization submitted no value." },
    NOT_CLOSED: { description: 'The round is not closed yet.' },
    WITHHELD: { description: 'The results were withheld.' },
  },
  name: 'BenchmarkResultHiddenReason',
  description: 'Why the caller gets no aggregates for a round it sees.',
});

/**
 * The published decimal of a round closed before the exact figures were stored: its 6-decimal
 * figure, rounded to the published scale.
 */
const aggregateDecimal = (figure: number): string =>
  decimalRound(decimalFromNumber(figure), BENCHMARK_AGGREGATE_SCALE);

@ObjectType('BenchmarkBand', {
  description:
    'The average of a run of consecutive ranks of the values, ranked from the lowest (rank 1): always over at least k values, never a single value.',
})
export class BenchmarkBandType {
  @Field(() => Int, { description: 'First rank of the band, 1 = the lowest value.' })
  fromRank!: number;
  @Field(() => Int, { description: 'The last rank in the band.' }) toRank!: number;
  @Field(() => Int, { description: 'How many values the band averages (≥ k).' }) size!: number;
  @Field(() => Float, {
    description: 'The average value of the band.',
    deprecationReason: useDecimal('average'),
  })
  average!: number;
  @Field(() => GraphQLDecimal, {
    description: `The average value of the band, exact, rounded half away from zero to ${BENCHMARK_AGGREGATE_SCALE} decimals.`,
  })
  averageDecimal!: string;

  static from(b: BenchmarkBand): BenchmarkBandType {
    return Object.assign(new BenchmarkBandType(), {
      fromRank: b.fromRank,
      toRank: b.toRank,
      size: b.toRank - b.fromRank + 1,
      average: b.average,
      averageDecimal: b.averageDecimal ?? aggregateDecimal(b.average),
    });
  }
}

@ObjectType('BenchmarkAggregates', {
  description:
    'What a published round shows (ADR 0011): the count, the average of all values and the averages of 1 to 4 disjoint rank bands of at least k values each. Never a minimum, a maximum, a median or anyone’s value, and nothing from which one follows.',
})
export class BenchmarkAggregatesType {
  @Field(() => Int, { description: 'How many organizations submitted a value.' }) count!: number;
  @Field(() => Float, {
    description: 'The average of all values.',
    deprecationReason: useDecimal('mean'),
  })
  mean!: number;
  @Field(() => GraphQLDecimal, {
    description: `The average of all values, exact, rounded half away from zero to ${BENCHMARK_AGGREGATE_SCALE} decimals (100, 0 and 0 average "33.33").`,
  })
  meanDecimal!: string;
  @Field(() => [BenchmarkBandType], { description: 'Lowest values first.' })
  bands!: BenchmarkBandType[];

  static from(p: BenchmarkPublication): BenchmarkAggregatesType {
    return Object.assign(new BenchmarkAggregatesType(), {
      count: p.count,
      mean: p.mean,
      meanDecimal: p.meanDecimal ?? aggregateDecimal(p.mean),
      bands: p.bands.map(BenchmarkBandType.from),
    });
  }
}

@ObjectType('BenchmarkSubmission', { description: "An organization's private value." })
export class BenchmarkSubmissionType {
  @Field(() => ID, { description: 'The id of the organization that submitted.' })
  organizationId!: string;
  @Field(() => Float, {
    description: "The value it submitted, in the round's unit.",
    deprecationReason: useDecimal('value'),
  })
  value!: number;
  @Field(() => GraphQLDecimal, { description: "The value it submitted, in the round's unit." })
  valueDecimal!: string;
  @Field(() => GraphQLISODateTime, { description: 'When it submitted.' }) submittedAt!: Date;

  static from(s: BenchmarkSubmissionView | BenchmarkSubmissionEntity): BenchmarkSubmissionType {
    return Object.assign(new BenchmarkSubmissionType(), {
      organizationId: s.organizationId,
      value: s.value,
      valueDecimal: decimalFromNumber(s.value),
      submittedAt: s.submittedAt,
    });
  }
}

@ObjectType('BenchmarkRound', {
  description:
    'A k-anonymous benchmark: organizations submit privately; once closed, aggregates are published only over at least k contributors.',
})
export class BenchmarkRoundType {
  @Field(() => ID, { description: 'The id of the round.' }) id!: string;
  @Field(() => ID, { description: 'The id of the collaboration.' }) collaborationId!: string;
  @Field({ description: 'What participants submit a value for.' }) metricName!: string;
  @Field({ description: 'The unit of the values.' }) unit!: string;
  @Field(() => ID, {
    description: 'The id of the area it is about; null for the whole collaboration.',
    nullable: true,
  })
  areaId!: string | null;
  @Field({ description: 'Whether a higher value ranks better.' }) higherIsBetter!: boolean;
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
  @Field(() => BenchmarkPublicationMode, { description: 'How results are published.' })
  publicationMode!: BenchmarkPublicationMode;
  @Field(() => BenchmarkPrivacySettingsType, {
    nullable: true,
    description: 'The range, ε and figures of a DIFFERENTIAL_PRIVACY round (public).',
  })
  privacy!: BenchmarkPrivacySettingsType | null;
  @Field(() => GraphQLISODateTime, { description: 'When submissions open.' }) opensAt!: Date;
  @Field(() => GraphQLISODateTime, { description: 'When submissions close.' }) closesAt!: Date;
  @Field(() => BenchmarkRoundStatus, { description: 'Whether the round is open or closed.' })
  status!: BenchmarkRoundStatus;
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
    const status = roundStatus(v, now);
    const noisy = v.result?.rule === 'differential-privacy' ? v.result : null;
    const bands = v.result?.rule === 'rank-bands' ? v.result : null;
    const cannotPublish = cannotPublishReason(
      v,
      v.participantCount,
      v.publicationMode === BenchmarkPublicationMode.DIFFERENTIAL_PRIVACY,
    );
    const hidden = resultHiddenReason({
      hasResult: Boolean(v.result),
      closedAt: v.closedAt,
      asFacilitator: v.asFacilitator,
      submitted: Boolean(v.mySubmission),
    });
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
      canPublish: cannotPublish === null,
      cannotPublishReason: cannotPublish,
      participantOrganizationIds: v.participantOrganizationIds,
      submissionCount: v.submissionCount,
      outcome: v.outcome,
      withheldReason: v.withheldReason,
      result: bands ? BenchmarkAggregatesType.from(bands) : null,
      noisyResult: noisy ? BenchmarkNoisyAggregatesType.from(noisy) : null,
      resultHiddenReason: hidden,
      mySubmission: v.mySubmission ? BenchmarkSubmissionType.from(v.mySubmission) : null,
      myBand: bands ? v.myBand : null,
      myQuantilePosition:
        noisy && v.mySubmission
          ? positionAmongQuantiles(v.mySubmission.value, noisy.quantiles)
          : null,
    });
  }
}

export const BenchmarkRoundConnection = Connection(BenchmarkRoundType, 'BenchmarkRound');
