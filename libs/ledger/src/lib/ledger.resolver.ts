import {
  Args,
  ArgsType,
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
import {
  Connection,
  IdArg,
  IsCalendarDate,
  LIMITS,
  mapPage,
  Page,
  PageArgs,
  Trim,
  IdInput,
} from '@alianza/api-core';
import { Actor, Allow, Authenticated, CurrentActor } from '@alianza/authz';
import {
  Action,
  ContributionType,
  LedgerEntrySource,
  LedgerEntryStatus,
  Subject,
  ValuationScale,
} from '@alianza/shared';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsEnum,
  IsNotEmpty,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  MaxLength,
  ValidateNested,
} from 'class-validator';
import { LedgerEntryEntity } from './ledger.entities';
import { Balances, LedgerService } from './ledger.service';

registerEnumType(ValuationScale, { name: 'ValuationScale' });
registerEnumType(LedgerEntryStatus, { name: 'LedgerEntryStatus' });
registerEnumType(LedgerEntrySource, { name: 'LedgerEntrySource' });

const DECIMAL = /^\d{1,16}(\.\d{1,2})?$/;

@ObjectType('AreaValue')
class AreaValueType {
  @Field(() => ID) areaId!: string;
  @Field({ description: 'Exact decimal.' }) value!: string;
}

@ObjectType('LedgerSettings')
class LedgerSettingsType {
  @Field(() => ValuationScale) valuationScale!: ValuationScale;
  @Field(() => String, { nullable: true }) currency!: string | null;
  @Field(() => [AreaValueType], {
    description: 'What an approved disclosure in each area is worth.',
  })
  areaValues!: AreaValueType[];
  @Field(() => String, {
    nullable: true,
    description:
      'Received minus given above which no disclosure is auto-approved for an organization (null: none).',
  })
  reciprocityThreshold!: string | null;
}

function toSettings(s: {
  valuationScale: ValuationScale;
  currency: string | null;
  areaValues: Record<string, string>;
  reciprocityThreshold: string | null;
}): LedgerSettingsType {
  return {
    valuationScale: s.valuationScale,
    currency: s.currency,
    areaValues: Object.entries(s.areaValues).map(([areaId, value]) => ({ areaId, value })),
    reciprocityThreshold: s.reciprocityThreshold,
  };
}

@ObjectType('LedgerEntry')
class LedgerEntryType {
  @Field(() => ID) id!: string;
  @Field(() => ID) giverOrganizationId!: string;
  @Field(() => ID, { nullable: true, description: 'Null: to the collaboration as a whole.' })
  receiverOrganizationId!: string | null;
  @Field(() => ContributionType) contributionType!: ContributionType;
  @Field() description!: string;
  @Field({ description: 'Exact decimal, in the collaboration’s scale.' }) value!: string;
  @Field({ description: 'YYYY-MM-DD' }) occurredOn!: string;
  @Field(() => ID, { nullable: true }) taskId!: string | null;
  @Field(() => ID, { nullable: true }) milestoneId!: string | null;
  @Field(() => LedgerEntrySource) source!: LedgerEntrySource;
  @Field(() => ID, { nullable: true }) grantId!: string | null;
  @Field(() => LedgerEntryStatus) status!: LedgerEntryStatus;
  @Field(() => String, { nullable: true }) disputeReason!: string | null;
  @Field(() => String, { nullable: true }) settleReason!: string | null;
  @Field(() => GraphQLISODateTime) createdAt!: Date;

  static from(e: LedgerEntryEntity): LedgerEntryType {
    return Object.assign(new LedgerEntryType(), {
      id: e.id,
      giverOrganizationId: e.giverOrganizationId,
      receiverOrganizationId: e.receiverOrganizationId,
      contributionType: e.contributionType,
      description: e.description,
      value: e.value,
      occurredOn: e.occurredOn,
      taskId: e.taskId,
      milestoneId: e.milestoneId,
      source: e.source,
      grantId: e.grantId,
      status: e.status,
      disputeReason: e.disputeReason,
      settleReason: e.settleReason,
      createdAt: e.createdAt,
    });
  }
}

const LedgerEntryConnection = Connection(LedgerEntryType, 'LedgerEntry');

@ObjectType('OrganizationBalance')
export class OrganizationBalanceType {
  @Field(() => ID) organizationId!: string;
  @Field() given!: string;
  @Field() received!: string;
  @Field({ description: 'Given minus received.' }) net!: string;
}

@ObjectType('PairBalance')
export class PairBalanceType {
  @Field(() => ID) giverOrganizationId!: string;
  @Field(() => ID, { nullable: true }) receiverOrganizationId!: string | null;
  @Field() value!: string;
}

@ObjectType('TypeBalance')
class TypeBalanceType {
  @Field(() => ContributionType) contributionType!: ContributionType;
  @Field() value!: string;
}

@ObjectType('MonthBalance')
class MonthBalanceType {
  @Field({ description: 'YYYY-MM' }) month!: string;
  @Field() value!: string;
}

@ObjectType('LedgerBalances', { description: 'Over confirmed entries only; exact decimals.' })
class LedgerBalancesType implements Balances {
  @Field(() => [OrganizationBalanceType]) organizations!: OrganizationBalanceType[];
  @Field(() => [PairBalanceType], { description: 'Who gave what to whom.' })
  pairs!: PairBalanceType[];
  @Field(() => [TypeBalanceType]) byType!: TypeBalanceType[];
  @Field(() => [MonthBalanceType]) byMonth!: MonthBalanceType[];
}

@InputType()
class AreaValueInput {
  @IdInput('areaId') areaId!: string;
  @Field()
  @Matches(DECIMAL, { message: 'value must be a non-negative decimal with at most two decimals' })
  value!: string;
}

@InputType()
class LedgerSettingsInput {
  @Field(() => ValuationScale) @IsEnum(ValuationScale) valuationScale!: ValuationScale;
  @Field({ nullable: true, description: 'ISO 4217, for the money scale.' })
  @IsOptional()
  @Matches(/^[A-Za-z]{3}$/, { message: 'currency must be a three-letter ISO code' })
  currency?: string;
  @Field(() => [AreaValueInput], { defaultValue: [] })
  @ArrayMaxSize(200)
  @ValidateNested({ each: true })
  @Type(() => AreaValueInput)
  areaValues: AreaValueInput[] = [];
  @Field({
    nullable: true,
    description: '"Give first, then receive": the tolerated gap (received minus given).',
  })
  @IsOptional()
  @Matches(DECIMAL, {
    message: 'reciprocityThreshold must be a non-negative decimal with at most two decimals',
  })
  reciprocityThreshold?: string;
}

@InputType()
class DeclareContributionInput {
  @Field(() => ID, {
    nullable: true,
    description: 'Defaults to your organization in this collaboration.',
  })
  @IsOptional()
  @IsUUID('all', { message: 'giverOrganizationId must be a valid id' })
  giverOrganizationId?: string;
  @Field(() => [ID], {
    description: 'Empty: to the collaboration as a whole. One entry per receiver.',
  })
  @ArrayMaxSize(100)
  @IsUUID('all', { each: true, message: 'receiverOrganizationIds must be valid ids' })
  receiverOrganizationIds!: string[];
  @Field(() => ContributionType) @IsEnum(ContributionType) contributionType!: ContributionType;
  @Field() @Trim() @IsNotEmpty() @MaxLength(LIMITS.longText) description!: string;
  @Field({ description: 'Per receiver; exact decimal.' })
  @Matches(DECIMAL, { message: 'value must be a non-negative decimal with at most two decimals' })
  value!: string;
  @Field({ description: 'YYYY-MM-DD' })
  @IsCalendarDate('occurredOn')
  occurredOn!: string;
  @IdInput('taskId', { nullable: true })
  taskId?: string;
  @IdInput('milestoneId', { nullable: true })
  milestoneId?: string;
}

@InputType()
class ReasonRequiredInput {
  @Field() @Trim() @IsNotEmpty() @IsString() @MaxLength(LIMITS.longText) reason!: string;
}

@ArgsType()
class LedgerEntriesArgs extends PageArgs {
  @IdInput('collaborationId')
  collaborationId!: string;
  @Field(() => LedgerEntryStatus, { nullable: true })
  @IsOptional()
  @IsEnum(LedgerEntryStatus)
  status?: LedgerEntryStatus;
  @IdInput('organizationId', { nullable: true })
  organizationId?: string;
}

@Resolver(() => LedgerEntryType)
export class LedgerResolver {
  constructor(private readonly ledgerService: LedgerService) {}

  @Authenticated() // the facilitator and active participants of the collaboration
  @Query(() => LedgerSettingsType)
  async ledgerSettings(
    @CurrentActor() actor: Actor,
    @IdArg('collaborationId') collaborationId: string,
  ): Promise<LedgerSettingsType> {
    const s = await this.ledgerService.settings(actor, collaborationId);
    return toSettings(s);
  }

  @Allow(Action.Update, Subject.LedgerSettings)
  @Mutation(() => LedgerSettingsType, {
    description: 'Set the valuation scale and per-area disclosure values (facilitator).',
  })
  async setLedgerSettings(
    @CurrentActor() actor: Actor,
    @IdArg('collaborationId') collaborationId: string,
    @Args('input') input: LedgerSettingsInput,
  ): Promise<LedgerSettingsType> {
    const s = await this.ledgerService.setSettings(actor, collaborationId, input);
    return toSettings(s);
  }

  @Authenticated() // only the ledgers of collaborations the caller facilitates or actively joins
  @Query(() => LedgerEntryConnection)
  async ledgerEntries(
    @CurrentActor() actor: Actor,
    @Args() args: LedgerEntriesArgs,
  ): Promise<Page<LedgerEntryType>> {
    return mapPage(
      await this.ledgerService.entries(actor, args.collaborationId, args, args),
      LedgerEntryType.from,
    );
  }

  @Authenticated()
  @Query(() => LedgerBalancesType, {
    description: '"Debe y haber": balances over confirmed entries.',
  })
  ledgerBalances(
    @CurrentActor() actor: Actor,
    @IdArg('collaborationId') collaborationId: string,
  ): Promise<Balances> {
    return this.ledgerService.balances(actor, collaborationId);
  }

  @Allow(Action.Create, Subject.LedgerEntry)
  @Mutation(() => [LedgerEntryType], {
    description: 'Declare what your organization gave; receivers confirm it.',
  })
  async declareContribution(
    @CurrentActor() actor: Actor,
    @IdArg('collaborationId') collaborationId: string,
    @Args('input') input: DeclareContributionInput,
  ): Promise<LedgerEntryType[]> {
    return (await this.ledgerService.declare(actor, collaborationId, input)).map(
      LedgerEntryType.from,
    );
  }

  @Allow(Action.Confirm, Subject.LedgerEntry)
  @Mutation(() => LedgerEntryType, {
    description: 'Confirm a contribution your organization received.',
  })
  async confirmLedgerEntry(
    @CurrentActor() actor: Actor,
    @IdArg('entryId') entryId: string,
  ): Promise<LedgerEntryType> {
    return LedgerEntryType.from(await this.ledgerService.respond(actor, entryId, true));
  }

  @Allow(Action.Confirm, Subject.LedgerEntry)
  @Mutation(() => LedgerEntryType, {
    description: 'Dispute a contribution declared as given to your organization.',
  })
  async disputeLedgerEntry(
    @CurrentActor() actor: Actor,
    @IdArg('entryId') entryId: string,
    @Args('input') input: ReasonRequiredInput,
  ): Promise<LedgerEntryType> {
    return LedgerEntryType.from(
      await this.ledgerService.respond(actor, entryId, false, input.reason),
    );
  }

  @Allow(Action.Settle, Subject.LedgerEntry)
  @Mutation(() => LedgerEntryType, {
    description: 'Settle a dispute: the entry counts (uphold) or not (facilitator).',
  })
  async settleLedgerEntry(
    @CurrentActor() actor: Actor,
    @IdArg('entryId') entryId: string,
    @Args('uphold') uphold: boolean,
    @Args('input') input: ReasonRequiredInput,
  ): Promise<LedgerEntryType> {
    return LedgerEntryType.from(
      await this.ledgerService.settle(actor, entryId, uphold, input.reason),
    );
  }
}
