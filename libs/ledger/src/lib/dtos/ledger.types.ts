import { Field, GraphQLISODateTime, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Connection, GraphQLDecimal } from '@alianza/api-core';
import {
  ContributionType,
  LedgerEntrySource,
  LedgerEntryStatus,
  ValuationScale,
} from '@alianza/shared';
import { LedgerEntryEntity } from '../entities/ledger-entry.entity';
import { Balances } from '../ledger.service';

registerEnumType(ValuationScale, {
  valuesMap: {
    MONEY: { description: "Money, in the collaboration's currency." },
    POINTS: { description: 'Points agreed in the collaboration.' },
  },
  description: 'What ledger values are given in.',
  name: 'ValuationScale',
});
registerEnumType(LedgerEntryStatus, {
  valuesMap: {
    CONFIRMED: {
      description: 'The receiver confirmed it, or the facilitator upheld it: it counts.',
    },
    DISPUTED: { description: 'The receiver disputes it; the facilitator settles it.' },
    PENDING: { description: 'Waits for the receiver to confirm it.' },
    REJECTED: { description: 'Settled against the giver: it does not count.' },
  },
  description: 'Where a ledger entry stands.',
  name: 'LedgerEntryStatus',
});
registerEnumType(LedgerEntrySource, {
  valuesMap: {
    DECLARED: { description: 'The giver declared it.' },
    DISCLOSURE: { description: 'Created when a disclosure was approved.' },
  },
  description: 'How a ledger entry came about.',
  name: 'LedgerEntrySource',
});

@ObjectType('AreaValue', { description: 'What one unit of contribution in an area is worth.' })
class AreaValueType {
  @Field(() => ID, { description: 'The id of the area.' }) areaId!: string;
  @Field(() => GraphQLDecimal, { description: 'Exact decimal.' }) value!: string;
}

@ObjectType('LedgerSettings', {
  description: "How the collaboration's ledger values contributions.",
})
export class LedgerSettingsType {
  @Field(() => ValuationScale, { description: 'The scale values are given in.' })
  valuationScale!: ValuationScale;
  @Field(() => String, {
    description: 'The currency code (ISO 4217) when the scale is money; null otherwise.',
    nullable: true,
  })
  currency!: string | null;
  @Field(() => [AreaValueType], {
    description: 'What an approved disclosure in each area is worth.',
  })
  areaValues!: AreaValueType[];
  @Field(() => GraphQLDecimal, {
    nullable: true,
    description:
      'Received minus given above which no disclosure is auto-approved for an organization (null: none).',
  })
  reciprocityThreshold!: string | null;
  @Field({
    description:
      'Whether the scale and currency can no longer change: true from the first entry with a value (setLedgerSettings then answers CONFLICT for a change of either).',
  })
  scaleLocked!: boolean;
}

export function toSettings(
  s: {
    valuationScale: ValuationScale;
    currency: string | null;
    areaValues: Record<string, string>;
    reciprocityThreshold: string | null;
  },
  scaleLocked: boolean,
): LedgerSettingsType {
  return {
    scaleLocked,
    valuationScale: s.valuationScale,
    currency: s.currency,
    areaValues: Object.entries(s.areaValues).map(([areaId, value]) => ({ areaId, value })),
    reciprocityThreshold: s.reciprocityThreshold,
  };
}

@ObjectType('LedgerEntry', {
  description: 'A contribution one organization declared it gave another (or the group).',
})
export class LedgerEntryType {
  @Field(() => ID, { description: 'The id of the entry.' }) id!: string;
  @Field(() => ID, { description: 'The id of the organization that gave.' })
  giverOrganizationId!: string;
  @Field(() => ID, { nullable: true, description: 'Null: to the collaboration as a whole.' })
  receiverOrganizationId!: string | null;
  @Field(() => ContributionType, { description: 'What kind of contribution it was.' })
  contributionType!: ContributionType;
  @Field({ description: 'What was given.' }) description!: string;
  @Field(() => GraphQLDecimal, { description: 'Exact decimal, in the collaboration’s scale.' })
  value!: string;
  @Field({ description: 'YYYY-MM-DD' }) occurredOn!: string;
  @Field(() => ID, {
    description: 'The id of the plan task it was for; null if none.',
    nullable: true,
  })
  taskId!: string | null;
  @Field(() => ID, {
    description: 'The id of the plan milestone it was for; null if none.',
    nullable: true,
  })
  milestoneId!: string | null;
  @Field(() => LedgerEntrySource, { description: 'How the entry came about.' })
  source!: LedgerEntrySource;
  @Field(() => ID, {
    description: 'The id of the grant that created it; null unless it came from one.',
    nullable: true,
  })
  grantId!: string | null;
  @Field(() => LedgerEntryStatus, {
    description: 'Whether it waits, was confirmed or is disputed.',
  })
  status!: LedgerEntryStatus;
  @Field(() => String, {
    description: 'Why the receiver disputes it; null unless disputed.',
    nullable: true,
  })
  disputeReason!: string | null;
  @Field(() => String, {
    description: 'Why the facilitator settled a dispute as it did; null unless settled.',
    nullable: true,
  })
  settleReason!: string | null;
  @Field(() => GraphQLISODateTime, { description: 'When it was declared.' }) createdAt!: Date;

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

@ObjectType('OrganizationBalance', {
  description: 'What one organization gave and received, confirmed.',
})
export class OrganizationBalanceType {
  @Field(() => ID, { description: 'The id of the organization.' }) organizationId!: string;
  @Field(() => GraphQLDecimal, {
    description: "The confirmed value it gave, a decimal in the ledger's scale.",
  })
  given!: string;
  @Field(() => GraphQLDecimal, {
    description: "The confirmed value it received, a decimal in the ledger's scale.",
  })
  received!: string;
  @Field(() => GraphQLDecimal, { description: 'Given minus received.' }) net!: string;
}

@ObjectType('PairBalance', {
  description: 'What one organization gave another (or the group), confirmed.',
})
export class PairBalanceType {
  @Field(() => ID, { description: 'The id of the organization that gave.' })
  giverOrganizationId!: string;
  @Field(() => ID, {
    description: 'The id of the organization that received; null for the whole group.',
    nullable: true,
  })
  receiverOrganizationId!: string | null;
  @Field(() => GraphQLDecimal, {
    description: "The confirmed value, a decimal in the ledger's scale.",
  })
  value!: string;
}

@ObjectType('TypeBalance', { description: 'The confirmed value of one kind of contribution.' })
class TypeBalanceType {
  @Field(() => ContributionType, { description: 'The kind of contribution.' })
  contributionType!: ContributionType;
  @Field(() => GraphQLDecimal, {
    description: "The confirmed value, a decimal in the ledger's scale.",
  })
  value!: string;
}

@ObjectType('MonthBalance', { description: 'The confirmed value of one month.' })
class MonthBalanceType {
  @Field({ description: 'YYYY-MM' }) month!: string;
  @Field(() => GraphQLDecimal, {
    description: "The confirmed value, a decimal in the ledger's scale.",
  })
  value!: string;
}

@ObjectType('LedgerBalances', { description: 'Over confirmed entries only; exact decimals.' })
export class LedgerBalancesType implements Balances {
  @Field(() => [OrganizationBalanceType], { description: "Each organization's balance." })
  organizations!: OrganizationBalanceType[];
  @Field(() => [PairBalanceType], { description: 'Who gave what to whom.' })
  pairs!: PairBalanceType[];
  @Field(() => [TypeBalanceType], { description: 'The value per kind of contribution.' })
  byType!: TypeBalanceType[];
  @Field(() => [MonthBalanceType], { description: 'The value per month.' })
  byMonth!: MonthBalanceType[];
}
