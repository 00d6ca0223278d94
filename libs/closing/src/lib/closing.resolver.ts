import { Args, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { IdArg, mapPage, Page, PageArgs } from '@alianza/api-core';
import { Actor, Allow, Authenticated, CurrentActor } from '@alianza/authz';
import { CollaborationType } from '@alianza/collaboration';
import { Action, Subject } from '@alianza/shared';
import { ClosingService } from './closing.service';
import { EvaluationInput } from './dtos/evaluation.inputs';
import { EvaluationConnection, EvaluationType } from './dtos/evaluation.types';
import { FinalStatementType } from './dtos/final-statement.types';

@Resolver(() => CollaborationType)
export class ClosingResolver {
  constructor(private readonly closingService: ClosingService) {}

  @Allow(Action.Create, Subject.Evaluation)
  @Mutation(() => EvaluationType, {
    description:
      "Evaluate while closing: your organization's benefits per objective (1–5) and others' contributions.",
  })
  async submitEvaluation(
    @CurrentActor() actor: Actor,
    @IdArg('collaborationId') collaborationId: string,
    @Args('input', { description: 'The evaluation.' }) input: EvaluationInput,
  ): Promise<EvaluationType> {
    return EvaluationType.from(await this.closingService.submit(actor, collaborationId, input));
  }

  @Authenticated() // the facilitator reads all; a participant its own organization's
  @Query(() => [EvaluationType], {
    description: 'The final evaluations of a collaboration the viewer may read.',
    deprecationReason: 'Use Collaboration.evaluations (a connection). Removed after 2027-06-30.',
  })
  async evaluations(
    @CurrentActor() actor: Actor,
    @IdArg('collaborationId') collaborationId: string,
  ): Promise<EvaluationType[]> {
    return (await this.closingService.evaluations(actor, collaborationId)).map(EvaluationType.from);
  }

  @ResolveField('evaluations', () => EvaluationConnection, {
    description:
      'Its final evaluations you may read, in a stable order: all of them for the facilitator; your own organization’s for a participant.',
  })
  async evaluationsPage(
    @Parent() collaboration: CollaborationType,
    @CurrentActor() actor: Actor,
    @Args() page: PageArgs,
  ): Promise<Page<EvaluationType>> {
    return mapPage(
      await this.closingService.evaluationsPage(actor, collaboration.id, page),
      EvaluationType.from,
    );
  }

  @ResolveField(() => FinalStatementType, {
    nullable: true,
    description: 'Once closed: the frozen final statement.',
  })
  async finalStatement(
    @Parent() collaboration: CollaborationType,
    @CurrentActor() actor: Actor,
  ): Promise<FinalStatementType | null> {
    const statement = await this.closingService.finalStatement(actor, collaboration.id);
    return statement ? FinalStatementType.from(statement) : null;
  }

  @ResolveField(() => FinalStatementType, {
    nullable: true,
    description:
      'For a follow-up: the closed collaboration’s final statement, as the opening context.',
  })
  async openingContext(
    @Parent() collaboration: CollaborationType,
    @CurrentActor() actor: Actor,
  ): Promise<FinalStatementType | null> {
    const statement = await this.closingService.openingContext(actor, collaboration.id);
    return statement ? FinalStatementType.from(statement) : null;
  }
}
