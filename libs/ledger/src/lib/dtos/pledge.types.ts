import { Connection } from '@alianza/api-core';
import { Field, GraphQLISODateTime, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { ContributionType, PledgeStatus } from '@alianza/shared';
import { PledgeEntity } from '../entities/pledge.entity';
import { isPledgeOverdue } from '../pledge.service';

registerEnumType(PledgeStatus, {
  valuesMap: {
    CANCELLED: { description: 'It was cancelled.' },
    FULFILLED: { description: 'Ledger entries fulfil it.' },
    OPEN: { description: 'It is yet to be fulfilled.' },
  },
  description: 'Where a pledge stands.',
  name: 'PledgeStatus',
});

@ObjectType('Pledge', { description: 'A commitment to a future contribution.' })
export class PledgeType {
  @Field(() => ID, { description: 'The id of the pledge.' }) id!: string;
  @Field(() => ID, { description: 'The id of the organization that pledged.' })
  pledgerOrganizationId!: string;
  @Field(() => ID, {
    description: 'The id of the organization it is pledged to; null for the whole group.',
    nullable: true,
  })
  receiverOrganizationId!: string | null;
  @Field(() => ContributionType, { description: 'What kind of contribution is pledged.' })
  contributionType!: ContributionType;
  @Field({ description: 'What is pledged.' }) description!: string;
  @Field({ description: 'YYYY-MM-DD' }) dueOn!: string;
  @Field(() => PledgeStatus, { description: 'Whether it is open, fulfilled or cancelled.' })
  status!: PledgeStatus;
  @Field({ description: 'Whether it is open and past its due date.' }) overdue!: boolean;
  @Field(() => [ID], { description: 'The ids of the ledger entries that fulfil it.' })
  fulfilledByEntryIds!: string[];
  @Field(() => String, { description: 'Why it was cancelled; null unless it was.', nullable: true })
  cancelReason!: string | null;
  @Field(() => GraphQLISODateTime, { description: 'When it was made.' }) createdAt!: Date;

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

export const PledgeConnection = Connection(PledgeType, 'Pledge');
