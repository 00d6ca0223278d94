import { Field, GraphQLISODateTime, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { ContributionType, PledgeStatus } from '@alianza/shared';
import { PledgeEntity } from '../entities/pledge.entity';
import { isPledgeOverdue } from '../pledge.service';

registerEnumType(PledgeStatus, { name: 'PledgeStatus' });

@ObjectType('Pledge', { description: 'A commitment to a future contribution.' })
export class PledgeType {
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
