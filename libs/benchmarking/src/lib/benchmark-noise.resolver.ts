import { Args, Int, Query, Resolver } from '@nestjs/graphql';
import { Authenticated } from '@alianza/authz';
import { AppError } from '@alianza/shared';
import { describeNoise } from './differential-privacy';
import { dpRoundSettings } from './dp-rounds';
import { BenchmarkPrivacyInput } from './dtos/benchmark-privacy.inputs';
import { BenchmarkNoiseType } from './dtos/benchmark-privacy.types';

/** The noise a differentially private round would carry: public arithmetic, nothing stored. */
@Resolver()
export class BenchmarkNoiseResolver {
  @Authenticated() // arithmetic on the caller's own numbers: reads nothing stored
  @Query(() => BenchmarkNoiseType, {
    description:
      'How noisy a differentially private round with these settings and this many contributions would be (public facts only): to preview a round before it opens.',
  })
  benchmarkNoisePreview(
    @Args('privacy', { description: 'The privacy settings to preview.' })
    privacy: BenchmarkPrivacyInput,
    @Args('count', { type: () => Int, description: 'Contributions, 1 to 500.' }) count: number,
    @Args('summable', {
      description: 'Whether the figure can be summed (a mean is then published).',
      defaultValue: false,
    })
    summable: boolean,
  ): BenchmarkNoiseType {
    const settings = dpRoundSettings(privacy, summable);
    if (!Number.isInteger(count) || count < 1 || count > 500)
      throw AppError.badInput('The number of companies must be between 1 and 500.', {
        field: 'count',
      });
    return BenchmarkNoiseType.from(describeNoise(settings, count));
  }
}
