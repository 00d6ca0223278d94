import { Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { Actor, CurrentActor } from '@alianza/authz';
import { GroundRulesAcceptanceType, GroundRulesVersionType } from './dtos/collaboration.types';
import { CollaborationReadService } from './collaboration-read.service';

@Resolver(() => GroundRulesVersionType)
export class GroundRulesVersionResolver {
  constructor(private readonly reads: CollaborationReadService) {}

  @ResolveField(() => [GroundRulesAcceptanceType], {
    description: 'Who accepted this version (as far as you may see).',
  })
  async acceptances(
    @Parent() version: GroundRulesVersionType,
    @CurrentActor() actor: Actor,
  ): Promise<GroundRulesAcceptanceType[]> {
    return (await this.reads.acceptances(actor, 'groundRulesVersionId', version.id)).map(
      GroundRulesAcceptanceType.from,
    );
  }
}
