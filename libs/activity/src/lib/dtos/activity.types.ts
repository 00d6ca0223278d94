import { Connection } from '@alianza/api-core';
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
  valuesMap: {
    MARKET: { description: 'A market the organization works in.' },
    PRODUCT: { description: 'A product or service the organization offers.' },
    SEGMENT: { description: 'A customer segment the organization serves.' },
  },
  name: 'ActivityDimension',
  description: 'Markets/regions, segments, products/services.',
});
registerEnumType(OverlapReviewDecision, {
  valuesMap: {
    DECLARED: { description: 'Declared as an overlap.' },
    DISMISSED: { description: 'Dismissed.' },
  },
  description: 'What the facilitator decided about a detected overlap.',
  name: 'OverlapReviewDecision',
});
registerEnumType(DetectedOverlapKind, {
  valuesMap: {
    GROUP: { description: 'More than two organizations.' },
    PAIR: { description: 'Two organizations.' },
  },
  description: 'How many organizations a detected overlap involves.',
  name: 'DetectedOverlapKind',
});
registerEnumType(DetectedOverlapStatus, {
  valuesMap: {
    DECLARED: { description: 'The facilitator declared it an overlap.' },
    DISMISSED: { description: 'The facilitator dismissed it.' },
    NEW: { description: "It waits for the facilitator's review." },
  },
  description: 'Where a detected overlap stands.',
  name: 'DetectedOverlapStatus',
});

@ObjectType('ActivityOption', { description: 'An option of an area’s activity list.' })
export class ActivityOptionType {
  @Field(() => ID, { description: 'The id of the option.' }) id!: string;
  @Field(() => ID, { description: 'The id of the area the option belongs to.' }) areaId!: string;
  @Field(() => ActivityDimension, {
    description: 'What the option describes (for example a segment or a region).',
  })
  dimension!: ActivityDimension;
  @Field({ description: 'The option as participants read it.' }) label!: string;
  @Field(() => Int, { description: 'Its place in the list, from 0.' }) position!: number;

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
  @Field(() => ID, { description: 'The id of the area.' }) areaId!: string;
  @Field(() => [ID], {
    description: 'The ids of the options the organization declared for the area.',
  })
  optionIds!: string[];
}

@ObjectType('CustomerList', {
  description:
    'Summary of an uploaded customer list. The identifiers are kept only as keyed hashes and are never shown to anyone, its uploader included.',
})
export class CustomerListType {
  @Field(() => ID, { description: 'The id of the customer list.' }) id!: string;
  @Field(() => ID, { description: 'The id of the area the list is for.' }) areaId!: string;
  @Field(() => ID, { description: 'The id of the organization that uploaded it.' })
  organizationId!: string;
  @Field(() => String, {
    description: 'The name of the uploaded file; null if none was given.',
    nullable: true,
  })
  fileName!: string | null;
  @Field(() => Int, { description: 'Distinct identifiers kept.' }) accepted!: number;
  @Field(() => Int, { description: 'Lines repeating an identifier already in the file.' })
  duplicates!: number;
  @Field(() => Int, { description: 'Lines with no valid identifier.' }) rejected!: number;
  @Field(() => GraphQLISODateTime, { description: 'When it was uploaded.' }) uploadedAt!: Date;

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
  @Field(() => ID, { description: "The id of the viewer's organization." }) organizationId!: string;
  @Field(() => [ActivityDeclarationType], { description: 'What it declared, per area.' })
  declarations!: ActivityDeclarationType[];
  @Field(() => [CustomerListType], { description: 'The customer lists it uploaded.' })
  customerLists!: CustomerListType[];
}

@ObjectType('DetectedOverlapReview', {
  description: 'What the facilitator decided about a detected overlap.',
})
class DetectedOverlapReviewType {
  @Field(() => OverlapReviewDecision, { description: 'Whether it was declared or dismissed.' })
  decision!: OverlapReviewDecision;
  @Field(() => String, { description: 'Why it was dismissed; null if declared.', nullable: true })
  reason!: string | null;
  @Field(() => ID, { description: 'The id of the facilitator who decided.' }) decidedBy!: string;
  @Field(() => GraphQLISODateTime, { description: 'When it was decided.' }) decidedAt!: Date;

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
  @Field(() => DetectedOverlapKind, {
    description: 'How it was found: shared activity options or shared customers.',
  })
  kind!: DetectedOverlapKind;
  @Field(() => ID, { description: 'The id of the area it is in.' }) areaId!: string;
  @Field(() => [ID], { description: 'Sorted.' }) organizationIds!: string[];
  @Field(() => [ActivityOptionType], { description: 'Markets and regions they all declared.' })
  markets!: ActivityOptionType[];
  @Field(() => [ActivityOptionType], {
    description: 'The activity options the organizations share.',
  })
  segments!: ActivityOptionType[];
  @Field(() => [ActivityOptionType], { description: 'Products and services they all declared.' })
  products!: ActivityOptionType[];
  @Field(() => Int, {
    nullable: true,
    description: 'Customers in both lists (pairs only): a count, never the customers.',
  })
  sharedCustomers!: number | null;
  @Field(() => DetectedOverlapStatus, {
    description: 'Whether it waits for review, was declared or was dismissed.',
  })
  status!: DetectedOverlapStatus;
  @Field({ description: 'The facts grew after the last review.' }) changedSinceReview!: boolean;
  @Field(() => ID, { nullable: true, description: 'The declared overlap, while it exists.' })
  overlapId!: string | null;
  @Field(() => DetectedOverlapReviewType, {
    description: "The facilitator's decision; null while none.",
    nullable: true,
  })
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

export const ActivityOptionConnection = Connection(ActivityOptionType, 'ActivityOption');
export const DetectedOverlapConnection = Connection(DetectedOverlapType, 'DetectedOverlap');
