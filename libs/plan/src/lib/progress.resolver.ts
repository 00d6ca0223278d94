import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { Actor, Allow, CurrentActor } from '@alianza/authz';
import { Action, Subject } from '@alianza/shared';
import { ProgressInput, reportedValues } from './dtos/plan.inputs';
import { ProgressUpdateType } from './dtos/plan.types';
import { progressView } from './plan-views';
import { ProgressService } from './progress.service';

@Resolver(() => ProgressUpdateType)
export class ProgressResolver {
  constructor(private readonly progressService: ProgressService) {}

  @Allow(Action.Create, Subject.ProgressUpdate)
  @Mutation(() => ProgressUpdateType, { description: 'Report progress on a milestone or task.' })
  async postProgress(
    @CurrentActor() actor: Actor,
    @Args('input', { description: 'The update.' }) input: ProgressInput,
  ): Promise<ProgressUpdateType> {
    const indicatorValues = reportedValues(input.indicatorValues ?? []);
    return progressView(
      await this.progressService.postProgress(actor, { ...input, indicatorValues }),
    );
  }
}
