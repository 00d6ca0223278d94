import { Field, Float, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { decimalFromNumber, GraphQLDecimal, useDecimal } from '@alianza/api-core';
import {
  DpFigure,
  DpNoise,
  DpQuantile,
  FigureNoise,
  MarginBasis,
  PrivacyLevel,
  QuantileNoise,
} from '../differential-privacy';
import { DpPublication, DpRoundSettings } from '../dp-rounds';

registerEnumType(PrivacyLevel, {
  valuesMap: {
    BALANCED: { description: 'A balance of privacy and precision.' },
    PRECISE: { description: 'More precise figures, less privacy.' },
    STRONG: { description: 'More privacy, less precise figures.' },
  },
  name: 'BenchmarkPrivacyLevel',
  description: 'Privacy presets of a differentially private round: ε = 0.5, 1 or 2.',
});
registerEnumType(MarginBasis, {
  valuesMap: {
    ANY_VALUES: { description: 'Holds whatever the values are.' },
    EVENLY_SPREAD_VALUES: {
      description:
        'Computed for values spread evenly over the range; the real margin depends on the values.',
    },
  },
  name: 'BenchmarkMarginBasis',
  description:
    'What a margin holds for: ANY_VALUES (the mean, whatever the values) or EVENLY_SPREAD_VALUES (quantiles: typical, for values spread over the range).',
});

@ObjectType('BenchmarkPrivacySettings', {
  description: 'The public settings of a differentially private round.',
})
export class BenchmarkPrivacySettingsType {
  @Field(() => Float, {
    description: 'The lowest value a submission may count as (values below are clamped).',
    deprecationReason: useDecimal('lower'),
  })
  lower!: number;
  @Field(() => GraphQLDecimal, {
    description: 'The lowest value a submission may count as (values below are clamped).',
  })
  lowerDecimal!: string;
  @Field(() => Float, {
    description: 'The highest value a submission may count as (values above are clamped).',
    deprecationReason: useDecimal('upper'),
  })
  upper!: number;
  @Field(() => GraphQLDecimal, {
    description: 'The highest value a submission may count as (values above are clamped).',
  })
  upperDecimal!: string;
  @Field(() => Float, { description: 'The whole round’s ε.' }) epsilon!: number;
  @Field(() => PrivacyLevel, { nullable: true, description: 'Null when an exact ε was set.' })
  level!: PrivacyLevel | null;
  @Field({ description: 'Whether the noisy mean is published.' }) publishMean!: boolean;
  @Field(() => [Float], { description: 'The quantiles published, each between 0 and 1.' })
  quantiles!: number[];

  static from(s: DpRoundSettings): BenchmarkPrivacySettingsType {
    return Object.assign(new BenchmarkPrivacySettingsType(), {
      lower: s.lower,
      lowerDecimal: decimalFromNumber(s.lower),
      upper: s.upper,
      upperDecimal: decimalFromNumber(s.upper),
      epsilon: s.epsilon,
      level: s.level,
      publishMean: s.mean,
      quantiles: [...s.quantiles],
    });
  }
}

@ObjectType('BenchmarkFigureNoise', {
  description: 'How noisy one figure is, from public facts only (count, range, ε).',
})
export class BenchmarkFigureNoiseType {
  @Field(() => Float, { description: 'The share of the round’s ε spent on this figure.' })
  epsilon!: number;
  @Field(() => Float, {
    description: '95 times in 100 the figure is within ± margin95 of the true one (see basis).',
  })
  margin95!: number;
  @Field(() => Float, { description: 'The figure is rounded to a multiple of this.' })
  step!: number;
  @Field(() => MarginBasis, { description: 'What the margin is computed from.' })
  basis!: MarginBasis;

  static from(n: FigureNoise): BenchmarkFigureNoiseType {
    const { epsilon, margin95, step, basis } = n;
    return Object.assign(new BenchmarkFigureNoiseType(), { epsilon, margin95, step, basis });
  }
}

@ObjectType('BenchmarkQuantileNoise', { description: 'The noise added to one published quantile.' })
export class BenchmarkQuantileNoiseType extends BenchmarkFigureNoiseType {
  @Field(() => Float, { description: 'The quantile, between 0 and 1: 0.5 for the median.' })
  p!: number;

  static override from(n: QuantileNoise): BenchmarkQuantileNoiseType {
    return Object.assign(new BenchmarkQuantileNoiseType(), BenchmarkFigureNoiseType.from(n), {
      p: n.p,
    });
  }
}

@ObjectType('BenchmarkNoise', {
  description: 'The noise every figure of a differentially private round will carry.',
})
export class BenchmarkNoiseType {
  @Field(() => Int, { description: 'How many submissions the preview assumes.' }) count!: number;
  @Field(() => Float, { description: 'The privacy budget spent (smaller is more private).' })
  epsilon!: number;
  @Field(() => BenchmarkFigureNoiseType, {
    description: 'The noise of the mean; null when no mean is published.',
    nullable: true,
  })
  mean!: BenchmarkFigureNoiseType | null;
  @Field(() => [BenchmarkQuantileNoiseType], {
    description: 'The noise of each published quantile.',
  })
  quantiles!: BenchmarkQuantileNoiseType[];

  static from(n: DpNoise): BenchmarkNoiseType {
    return Object.assign(new BenchmarkNoiseType(), {
      count: n.count,
      epsilon: n.epsilon,
      mean: n.mean ? BenchmarkFigureNoiseType.from(n.mean) : null,
      quantiles: n.quantiles.map(BenchmarkQuantileNoiseType.from),
    });
  }
}

@ObjectType('BenchmarkNoisyFigure', { description: 'A published figure with noise added.' })
export class BenchmarkNoisyFigureType extends BenchmarkFigureNoiseType {
  @Field(() => Float, {
    description: 'The published value, with noise added.',
    deprecationReason: useDecimal('value'),
  })
  value!: number;
  @Field(() => GraphQLDecimal, {
    description: 'The published value, with noise added (a multiple of step).',
  })
  valueDecimal!: string;

  static override from(f: DpFigure): BenchmarkNoisyFigureType {
    return Object.assign(new BenchmarkNoisyFigureType(), BenchmarkFigureNoiseType.from(f), {
      value: f.value,
      valueDecimal: decimalFromNumber(f.value),
    });
  }
}

@ObjectType('BenchmarkNoisyQuantile', { description: 'A published quantile with noise added.' })
export class BenchmarkNoisyQuantileType extends BenchmarkQuantileNoiseType {
  @Field(() => Float, {
    description: 'The published quantile, with noise added.',
    deprecationReason: useDecimal('value'),
  })
  value!: number;
  @Field(() => GraphQLDecimal, {
    description: 'The published quantile, with noise added (a multiple of step).',
  })
  valueDecimal!: string;

  static override from(q: DpQuantile): BenchmarkNoisyQuantileType {
    return Object.assign(new BenchmarkNoisyQuantileType(), BenchmarkQuantileNoiseType.from(q), {
      value: q.value,
      valueDecimal: decimalFromNumber(q.value),
    });
  }
}

@ObjectType('BenchmarkNoisyAggregates', {
  description:
    'What a differentially private round published (ADR 0012): drawn once when it closed, frozen; each figure carries its margin.',
})
export class BenchmarkNoisyAggregatesType {
  @Field(() => Int, { description: 'How many submissions the figures come from.' }) count!: number;
  @Field(() => Float, { description: 'The privacy budget spent (smaller is more private).' })
  epsilon!: number;
  @Field(() => PrivacyLevel, {
    description: 'The privacy level chosen; null for custom settings.',
    nullable: true,
  })
  level!: PrivacyLevel | null;
  @Field(() => Float, {
    description: 'The lowest value a submission counted as.',
    deprecationReason: useDecimal('lower'),
  })
  lower!: number;
  @Field(() => GraphQLDecimal, { description: 'The lowest value a submission counted as.' })
  lowerDecimal!: string;
  @Field(() => Float, {
    description: 'The highest value a submission counted as.',
    deprecationReason: useDecimal('upper'),
  })
  upper!: number;
  @Field(() => GraphQLDecimal, { description: 'The highest value a submission counted as.' })
  upperDecimal!: string;
  @Field(() => BenchmarkNoisyFigureType, {
    description: 'The noisy mean; null when not published.',
    nullable: true,
  })
  mean!: BenchmarkNoisyFigureType | null;
  @Field(() => [BenchmarkNoisyQuantileType], { description: 'Increasing with p.' })
  quantiles!: BenchmarkNoisyQuantileType[];

  static from(p: DpPublication): BenchmarkNoisyAggregatesType {
    return Object.assign(new BenchmarkNoisyAggregatesType(), {
      count: p.count,
      epsilon: p.epsilon,
      level: p.level,
      lower: p.lower,
      lowerDecimal: decimalFromNumber(p.lower),
      upper: p.upper,
      upperDecimal: decimalFromNumber(p.upper),
      mean: p.mean ? BenchmarkNoisyFigureType.from(p.mean) : null,
      quantiles: p.quantiles.map(BenchmarkNoisyQuantileType.from),
    });
  }
}
