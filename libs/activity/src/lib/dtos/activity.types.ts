import { Field, GraphQLISODateTime, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { ActivityDimension, ActivityOptionEntity } from '../entities/activity-option.entity';
import { CustomerListEntity } from '../entities/customer-list.entity';
import {
  DetectedOverlapReviewEntity,
  OverlapReviewDecision,
} from '../entities/detected-overlap-review.entity';
import { AreaDeclaration } from '../activity.service';
import {
  DetectedOverlap,
  DetectedOverlapKind,
  DetectedOverlapStatus,
} from '../overlap-detection.service';

registerEnumType(ActivityDimension, {
  name: 'ActivityDimension',
  description: 'Markets/regions, segments, products/services.',
});
registerEnumType(OverlapReviewDecision, { name: 'OverlapReviewDecision' });
registerEnumType(DetectedOverlapKind, { name: 'DetectedOverlapKind' });
registerEnumType(DetectedOverlapStatus, { name: 'DetectedOverlapStatus' });

@ObjectType('ActivityOption', { description: 'An option of an area’s activity list.' })
export class ActivityOptionType {
  @Field(() => ID) id!: string;
  @Field(() => ID) areaId!: string;
  @Field(() => ActivityDimension) dimension!: ActivityDimension;
  @Field() label!: string;
  @Field(() => Int) position!: number;

  static from(o: ActivityOptionEntity): ActivityOptionType {
    return Object.assign(new ActivityOptionType(), {
      id: o.id,
      areaId: o.areaId,
      dimension: o.dimension,
      label: o.label,
      position: o.position,
    });
  }
}

@ObjectType('ActivityDeclaration', {
  description: 'The options your organization declared in an area (private to it).',
})
export class ActivityDeclarationType implements AreaDeclaration {
  @Field(() => ID) areaId!: string;
  @Field(() => [ID]) optionIds!: string[];
}

@ObjectType('CustomerList', {
  description:
    'Summary of an uploaded customer list. The identifiers are kept only as keyed hashes and are never shown to anyone, its uploader included.',
})
export class CustomerListType {
  @Field(() => ID) id!: string;
  @Field(() => ID) areaId!: string;
  @Field(() => ID) organizationId!: string;
  @Field(() => String, { nullable: true }) fileName!: string | null;
  @Field(() => Int, { description: 'Distinct identifiers kept.' }) accepted!: number;
  @Field(() => Int, { description: 'Lines repeating an identifier already in the file.' })
  duplicates!: number;
  @Field(() => Int, { description: 'Lines with no valid identifier.' }) rejected!: number;
  @Field(() => GraphQLISODateTime) uploadedAt!: Date;

  static from(l: CustomerListEntity): CustomerListType {
    return Object.assign(new CustomerListType(), {
      id: l.id,
      areaId: l.areaId,
      organizationId: l.organizationId,
      fileName: l.fileName,
      accepted: l.accepted,
      duplicates: l.duplicates,
      rejected: l.rejected,
      uploadedAt: l.uploadedAt,
    });
  }
}

@ObjectType('MyActivity', { description: 'What your organization declared: yours only.' })
export class MyActivityType {
  @Field(() => ID) organizationId!: string;
  @Field(() => [ActivityDeclarationType]) declarations!: ActivityDeclarationType[];
  @Field(() => [CustomerListType]) customerLists!: CustomerListType[];
}

@ObjectType('DetectedOverlapReview')
class DetectedOverlapReviewType {
  @Field(() => OverlapReviewDecision) decision!: OverlapReviewDecision;
  @Field(() => String, { nullable: true }) reason!: string | null;
  @Field(() => ID) decidedBy!: string;
  @Field(() => GraphQLISODateTime) decidedAt!: Date;

  static from(r: DetectedOverlapReviewEntity): DetectedOverlapReviewType {
    return Object.assign(new DetectedOverlapReviewType(), {
      decision: r.decision,
      reason: r.reason,
      decidedBy: r.decidedBy,
      decidedAt: r.decidedAt,
    });
  }
}

@ObjectType('DetectedOverlap', {
  description:
    'Where declared activities collide (facilitator only): a pair, or a group of 3+ organizations that declared the same options.',
})
export class DetectedOverlapType {
  @Field(() => ID, { description: 'Stable key: the area and the organizations.' }) id!: string;
  @Field(() => DetectedOverlapKind) kind!: DetectedOverlapKind;
  @Field(() => ID) areaId!: string;
  @Field(() => [ID], { description: 'Sorted.' }) organizationIds!: string[];
  @Field(() => [ActivityOptionType], { description: 'Markets and regions they all declared.' })
  markets!: ActivityOptionType[];
  @Field(() => [ActivityOptionType]) segments!: ActivityOptionType[];
  @Field(() => [ActivityOptionType], { description: 'Products and services they all declared.' })
  products!: ActivityOptionType[];
  @Field(() => Int, {
    nullable: true,
    description: 'Customers in both lists (pairs only): a count, never the customers.',
  })
  sharedCustomers!: number | null;
  @Field(() => DetectedOverlapStatus) status!: DetectedOverlapStatus;
  @Field({ description: 'The facts grew after the last review.' }) changedSinceReview!: boolean;
  @Field(() => ID, { nullable: true, description: 'The declared overlap, while it exists.' })
  overlapId!: string | null;
  @Field(() => DetectedOverlapReviewType, { nullable: true })
  review!: DetectedOverlapReviewType | null;

  static from(d: DetectedOverlap): DetectedOverlapType {
    const of = (dimension: ActivityDimension) =>
      d.options.filter((o) => o.dimension === dimension).map(ActivityOptionType.from);
    return Object.assign(new DetectedOverlapType(), {
      id: `${d.areaId}:${d.organizationIds.join('+')}`,
      kind: d.kind,
      areaId: d.areaId,
      organizationIds: d.organizationIds,
      markets: of(ActivityDimension.MARKET),
      segments: of(ActivityDimension.SEGMENT),
      products: of(ActivityDimension.PRODUCT),
      sharedCustomers: d.sharedCustomers,
      status: d.status,
      changedSinceReview: d.changedSinceReview,
      overlapId: d.overlapId,
      review: d.review ? DetectedOverlapReviewType.from(d.review) : null,
    });
  }
}
