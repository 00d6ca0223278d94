import {
  Args,
  Field,
  GraphQLISODateTime,
  ID,
  InputType,
  Int,
  Mutation,
  ObjectType,
  Parent,
  Query,
  ResolveField,
  Resolver,
} from '@nestjs/graphql';
import { IdArg, LIMITS, Trim, IdInput } from '@alianza/api-core';
import { Actor, Allow, Authenticated, CurrentActor } from '@alianza/authz';
import { CollaborationType } from '@alianza/collaboration';
import { Action, Subject } from '@alianza/shared';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsInt,
  IsString,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { EvaluationEntity, FinalStatementEntity } from './closing.entities';
import { ClosingService } from './closing.service';

@ObjectType('ObjectiveRating')
class ObjectiveRatingType {
  @Field(() => ID) objectiveId!: string;
  @Field(() => Int) rating!: number;
  @Field() comment!: string;
}

@ObjectType('PeerRating')
class PeerRatingType {
  @Field(() => ID) organizationId!: string;
  @Field(() => Int) rating!: number;
  @Field() comment!: string;
}

@ObjectType('Evaluation')
class EvaluationType {
  @Field(() => ID) id!: string;
  @Field(() => ID, { nullable: true, description: "Null: the facilitator's assessment." })
  organizationId!: string | null;
  @Field(() => [ObjectiveRatingType]) objectiveRatings!: ObjectiveRatingType[];
  @Field(() => [PeerRatingType]) peerRatings!: PeerRatingType[];
  @Field() assessment!: string;
  @Field(() => GraphQLISODateTime) updatedAt!: Date;

  static from(e: EvaluationEntity): EvaluationType {
    return Object.assign(new EvaluationType(), {
      id: e.id,
      organizationId: e.organizationId,
      objectiveRatings: e.objectiveRatings,
      peerRatings: e.peerRatings,
      assessment: e.assessment,
      updatedAt: e.updatedAt,
    });
  }
}

@ObjectType('FinalStatement', {
  description: 'The frozen "debe y haber" of a closed collaboration.',
})
class FinalStatementType {
  @Field(() => ID) collaborationId!: string;
  @Field({ description: 'JSON: plan outcome, balances per organization and pair, evaluations.' })
  content!: string;
  @Field({ description: 'SHA-256 of the canonical content.' }) hash!: string;
  @Field(() => GraphQLISODateTime) closedAt!: Date;
  @Field(() => String, { nullable: true }) overrideReason!: string | null;

  static from(f: FinalStatementEntity): FinalStatementType {
    return Object.assign(new FinalStatementType(), {
      collaborationId: f.collaborationId,
      content: JSON.stringify(f.content),
      hash: f.hash,
      closedAt: f.closedAt,
      overrideReason: f.overrideReason,
    });
  }
}

@InputType()
class ObjectiveRatingInput {
  @IdInput('objectiveId')
  objectiveId!: string;
  @Field(() => Int) @IsInt() @Min(1) @Max(5) rating!: number;
  @Field({ defaultValue: '' }) @Trim() @IsString() @MaxLength(LIMITS.longText) comment: string = '';
}

@InputType()
class PeerRatingInput {
  @IdInput('organizationId')
  organizationId!: string;
  @Field(() => Int) @IsInt() @Min(1) @Max(5) rating!: number;
  @Field({ defaultValue: '' }) @Trim() @IsString() @MaxLength(LIMITS.longText) comment: string = '';
}

@InputType()
class EvaluationInput {
  @Field(() => [ObjectiveRatingInput], { defaultValue: [] })
  @ArrayMaxSize(100)
  @ValidateNested({ each: true })
  @Type(() => ObjectiveRatingInput)
  objectiveRatings: ObjectiveRatingInput[] = [];
  @Field(() => [PeerRatingInput], { defaultValue: [] })
  @ArrayMaxSize(100)
  @ValidateNested({ each: true })
  @Type(() => PeerRatingInput)
  peerRatings: PeerRatingInput[] = [];
  @Field({ defaultValue: '' }) @Trim() @IsString() @MaxLength(LIMITS.longText) assessment: string =
    '';
}

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
    @Args('input') input: EvaluationInput,
  ): Promise<EvaluationType> {
    return EvaluationType.from(await this.closingService.submit(actor, collaborationId, input));
  }

  @Authenticated() // the facilitator reads all; a participant its own organization's
  @Query(() => [EvaluationType])
  async evaluations(
    @CurrentActor() actor: Actor,
    @IdArg('collaborationId') collaborationId: string,
  ): Promise<EvaluationType[]> {
    return (await this.closingService.evaluations(actor, collaborationId)).map(EvaluationType.from);
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
