import { Field, Float, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
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
  name: 'BenchmarkPrivacyLevel',
  description: 'Privacy presets of a differentially private round: ε = 0.5, 1 or 2.',
});
registerEnumType(MarginBasis, {
  name: 'BenchmarkMarginBasis',
  description:
    'What a margin holds for: ANY_VALUES (the mean, whatever the values) or EVENLY_SPREAD_VALUES (quantiles: typical, for values spread over the range).',
});

@ObjectType('BenchmarkPrivacySettings', {
  description: 'The public settings of a differentially private round.',
})
export class BenchmarkPrivacySettingsType {
  @Field(() => Float) lower!: number;
  @Field(() => Float) upper!: number;
  @Field(() => Float, { description: 'The whole round’s ε.' }) epsilon!: number;
  @Field(() => PrivacyLevel, { nullable: true, description: 'Null when an exact ε was set.' })
  level!: PrivacyLevel | null;
  @Field() publishMean!: boolean;
  @Field(() => [Float]) quantiles!: number[];

  static from(s: DpRoundSettings): BenchmarkPrivacySettingsType {
    return Object.assign(new BenchmarkPrivacySettingsType(), {
      lower: s.lower,
      upper: s.upper,
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
  @Field(() => MarginBasis) basis!: MarginBasis;

  static from(n: FigureNoise): BenchmarkFigureNoiseType {
    const { epsilon, margin95, step, basis } = n;
    return Object.assign(new BenchmarkFigureNoiseType(), { epsilon, margin95, step, basis });
  }
}

@ObjectType('BenchmarkQuantileNoise')
export class BenchmarkQuantileNoiseType extends BenchmarkFigureNoiseType {
  @Field(() => Float, { description: 'e.g. 0.5 for the median.' }) p!: number;

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
  @Field(() => Int) count!: number;
  @Field(() => Float) epsilon!: number;
  @Field(() => BenchmarkFigureNoiseType, { nullable: true }) mean!: BenchmarkFigureNoiseType | null;
  @Field(() => [BenchmarkQuantileNoiseType]) quantiles!: BenchmarkQuantileNoiseType[];

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
  @Field(() => Float) value!: number;

  static override from(f: DpFigure): BenchmarkNoisyFigureType {
    return Object.assign(new BenchmarkNoisyFigureType(), BenchmarkFigureNoiseType.from(f), {
      value: f.value,
    });
  }
}

@ObjectType('BenchmarkNoisyQuantile', { description: 'A published quantile with noise added.' })
export class BenchmarkNoisyQuantileType extends BenchmarkQuantileNoiseType {
  @Field(() => Float) value!: number;

  static override from(q: DpQuantile): BenchmarkNoisyQuantileType {
    return Object.assign(new BenchmarkNoisyQuantileType(), BenchmarkQuantileNoiseType.from(q), {
      value: q.value,
    });
  }
}

@ObjectType('BenchmarkNoisyAggregates', {
  description:
    'What a differentially private round published (ADR 0012): drawn once when it closed, frozen; each figure carries its margin.',
})
export class BenchmarkNoisyAggregatesType {
  @Field(() => Int) count!: number;
  @Field(() => Float) epsilon!: number;
  @Field(() => PrivacyLevel, { nullable: true }) level!: PrivacyLevel | null;
  @Field(() => Float) lower!: number;
  @Field(() => Float) upper!: number;
  @Field(() => BenchmarkNoisyFigureType, { nullable: true }) mean!: BenchmarkNoisyFigureType | null;
  @Field(() => [BenchmarkNoisyQuantileType], { description: 'Increasing with p.' })
  quantiles!: BenchmarkNoisyQuantileType[];

  static from(p: DpPublication): BenchmarkNoisyAggregatesType {
    return Object.assign(new BenchmarkNoisyAggregatesType(), {
      count: p.count,
      epsilon: p.epsilon,
      level: p.level,
      lower: p.lower,
      upper: p.upper,
      mean: p.mean ? BenchmarkNoisyFigureType.from(p.mean) : null,
      quantiles: p.quantiles.map(BenchmarkNoisyQuantileType.from),
    });
  }
}
