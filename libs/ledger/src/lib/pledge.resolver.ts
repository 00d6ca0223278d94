import {
  Args,
  Field,
  GraphQLISODateTime,
  ID,
  InputType,
  Mutation,
  ObjectType,
  Query,
  registerEnumType,
  Resolver,
} from '@nestjs/graphql';
import { IdArg, IdInput, IsCalendarDate, LIMITS, Trim } from '@alianza/api-core';
import { Actor, Allow, Authenticated, CurrentActor } from '@alianza/authz';
import { Action, ContributionType, PledgeStatus, Subject } from '@alianza/shared';
import { ArrayMaxSize, ArrayMinSize, IsEnum, IsNotEmpty, IsUUID, MaxLength } from 'class-validator';
import { PledgeEntity } from './ledger.entities';
import { isPledgeOverdue, PledgeService } from './pledge.service';

registerEnumType(PledgeStatus, { name: 'PledgeStatus' });

@ObjectType('Pledge', { description: 'A commitment to a future contribution.' })
class PledgeType {
  @Field(() => ID) id!: string;
  @Field(() => ID) pledgerOrganizationId!: string;
  @Field(() => ID, { nullable: true }) receiverOrganizationId!: string | null;
  @Field(() => ContributionType) contributionType!: ContributionType;
  @Field() description!: string;
  @Field({ description: 'YYYY-MM-DD' }) dueOn!: string;
  @Field(() => PledgeStatus) status!: PledgeStatus;
  @Field() overdue!: boolean;
  @Field(() => [ID]) fulfilledByEntryIds!: string[];
  @Field(() => String, { nullable: true }) cancelReason!: string | null;
  @Field(() => GraphQLISODateTime) createdAt!: Date;

  static from(p: PledgeEntity): PledgeType {
    return Object.assign(new PledgeType(), {
      id: p.id,
      pledgerOrganizationId: p.pledgerOrganizationId,
      receiverOrganizationId: p.receiverOrganizationId,
      contributionType: p.contributionType,
      description: p.description,
      dueOn: p.dueOn,
      status: p.status,
      overdue: isPledgeOverdue(p),
      fulfilledByEntryIds: p.fulfilledByEntryIds,
      cancelReason: p.cancelReason,
      createdAt: p.createdAt,
    });
  }
}

@InputType()
class PledgeInput {
  @IdInput('receiverOrganizationId', {
    nullable: true,
    description: 'Null: to the collaboration as a whole.',
  })
  receiverOrganizationId?: string;
  @Field(() => ContributionType) @IsEnum(ContributionType) contributionType!: ContributionType;
  @Field() @Trim() @IsNotEmpty() @MaxLength(LIMITS.longText) description!: string;
  @Field({ description: 'YYYY-MM-DD' })
  @IsCalendarDate('dueOn')
  dueOn!: string;
}

@InputType()
class FulfilPledgeInput {
  @Field(() => [ID])
  @ArrayMinSize(1)
  @ArrayMaxSize(100)
  @IsUUID('all', { each: true, message: 'entryIds must be valid ids' })
  entryIds!: string[];
}

@InputType()
class CancelPledgeInput {
  @Field() @Trim() @IsNotEmpty() @MaxLength(LIMITS.longText) reason!: string;
}

@Resolver(() => PledgeType)
export class PledgeResolver {
  constructor(private readonly pledgeService: PledgeService) {}

  @Authenticated() // the facilitator and active participants of the collaboration
  @Query(() => [PledgeType], {
    description: 'Pledges by due date; `overdue` marks open ones past due.',
  })
  async pledges(
    @CurrentActor() actor: Actor,
    @IdArg('collaborationId') collaborationId: string,
    @Args('status', { type: () => PledgeStatus, nullable: true }) status?: PledgeStatus,
  ): Promise<PledgeType[]> {
    return (await this.pledgeService.list(actor, collaborationId, status)).map(PledgeType.from);
  }

  @Allow(Action.Create, Subject.Pledge)
  @Mutation(() => PledgeType, { description: 'Commit your organization to a future contribution.' })
  async makePledge(
    @CurrentActor() actor: Actor,
    @IdArg('collaborationId') collaborationId: string,
    @Args('input') input: PledgeInput,
  ): Promise<PledgeType> {
    return PledgeType.from(await this.pledgeService.make(actor, collaborationId, input));
  }

  @Allow(Action.Update, Subject.Pledge)
  @Mutation(() => PledgeType, {
    description: 'Fulfil a pledge with the confirmed entries that satisfy it.',
  })
  async fulfilPledge(
    @CurrentActor() actor: Actor,
    @IdArg('pledgeId') pledgeId: string,
    @Args('input') input: FulfilPledgeInput,
  ): Promise<PledgeType> {
    return PledgeType.from(await this.pledgeService.fulfil(actor, pledgeId, input.entryIds));
  }

  @Allow(Action.Update, Subject.Pledge)
  @Mutation(() => PledgeType)
  async cancelPledge(
    @CurrentActor() actor: Actor,
    @IdArg('pledgeId') pledgeId: string,
    @Args('input') input: CancelPledgeInput,
  ): Promise<PledgeType> {
    return PledgeType.from(await this.pledgeService.cancel(actor, pledgeId, input.reason));
  }
}
