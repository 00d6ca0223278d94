import { Field, GraphQLISODateTime, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Connection } from '@alianza/api-core';
import {
  ContributionType,
  LedgerEntrySource,
  LedgerEntryStatus,
  ValuationScale,
} from '@alianza/shared';
import { LedgerEntryEntity } from '../entities/ledger-entry.entity';
import { Balances } from '../ledger.service';

registerEnumType(ValuationScale, { name: 'ValuationScale' });
registerEnumType(LedgerEntryStatus, { name: 'LedgerEntryStatus' });
registerEnumType(LedgerEntrySource, { name: 'LedgerEntrySource' });

@ObjectType('AreaValue')
class AreaValueType {
  @Field(() => ID) areaId!: string;
  @Field({ description: 'Exact decimal.' }) value!: string;
}

@ObjectType('LedgerSettings')
export class LedgerSettingsType {
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

export function toSettings(s: {
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
export class LedgerEntryType {
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

export const LedgerEntryConnection = Connection(LedgerEntryType, 'LedgerEntry');

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
export class LedgerBalancesType implements Balances {
  @Field(() => [OrganizationBalanceType]) organizations!: OrganizationBalanceType[];
  @Field(() => [PairBalanceType], { description: 'Who gave what to whom.' })
  pairs!: PairBalanceType[];
  @Field(() => [TypeBalanceType]) byType!: TypeBalanceType[];
  @Field(() => [MonthBalanceType]) byMonth!: MonthBalanceType[];
}
