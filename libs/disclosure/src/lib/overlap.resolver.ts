import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { IdArg, RenamedIdArg, oneOf } from '@alianza/api-core';
import { Actor, Allow, CurrentActor } from '@alianza/authz';
import { Action, Subject } from '@alianza/shared';
import { OverlapInput, UpdateOverlapInput } from './dtos/disclosure.inputs';
import { OverlapType } from './dtos/disclosure.types';
import { OverlapService } from './overlap.service';

const OVERLAP_ID = 'The id of the overlap.';

@Resolver(() => OverlapType)
export class OverlapResolver {
  constructor(private readonly overlapService: OverlapService) {}

  @Allow(Action.Read, Subject.Overlap) // the facilitator: all; an active participant: its own (SQL)
  @Query(() => [OverlapType], {
    description:
      'Declared overlaps: the facilitator sees all; an active participant those that involve its organization.',
    deprecationReason: 'Use Collaboration.overlaps (a connection). Removed after 2027-06-30.',
  })
  async overlaps(
    @CurrentActor() actor: Actor,
    @IdArg('collaborationId') collaborationId: string,
  ): Promise<OverlapType[]> {
    return (await this.overlapService.list(actor, collaborationId)).map(OverlapType.from);
  }

  @Allow(Action.Create, Subject.Overlap)
  @Mutation(() => OverlapType, {
    description: 'Declare that these organizations’ activities collide in an area.',
  })
  async declareOverlap(
    @CurrentActor() actor: Actor,
    @IdArg('areaId') areaId: string,
    @Args('input', { description: 'The organizations that compete in the area.' })
    input: OverlapInput,
  ): Promise<OverlapType> {
    return OverlapType.from(await this.overlapService.declare(actor, areaId, input));
  }

  @Allow(Action.Update, Subject.Overlap)
  @Mutation(() => OverlapType, {
    description: 'Changes the organizations of an overlap (facilitator).',
  })
  async updateOverlap(
    @CurrentActor() actor: Actor,
    @RenamedIdArg('overlapId', { description: OVERLAP_ID })
    overlapId: string | undefined,
    @RenamedIdArg('id', { deprecated: 'overlapId', description: OVERLAP_ID })
    id: string | undefined,
    @Args('input', { description: 'The changes.' }) input: UpdateOverlapInput,
  ): Promise<OverlapType> {
    const overlap = oneOf({ overlapId, id }, 'overlapId');
    return OverlapType.from(await this.overlapService.update(actor, overlap, input));
  }

  @Allow(Action.Delete, Subject.Overlap)
  @Mutation(() => OverlapType, { description: 'Removes an overlap (facilitator).' })
  async removeOverlap(
    @CurrentActor() actor: Actor,
    @RenamedIdArg('overlapId', { description: OVERLAP_ID })
    overlapId: string | undefined,
    @RenamedIdArg('id', { deprecated: 'overlapId', description: OVERLAP_ID })
    id: string | undefined,
  ): Promise<OverlapType> {
    const overlap = oneOf({ overlapId, id }, 'overlapId');
    return OverlapType.from(await this.overlapService.remove(actor, overlap));
  }
}
