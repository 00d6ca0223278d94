import {
  Args,
  ArgsType,
  Field,
  GraphQLISODateTime,
  ID,
  InputType,
  Int,
  IntersectionType,
  Mutation,
  ObjectType,
  Query,
  registerEnumType,
  Resolver,
} from '@nestjs/graphql';
import { IdArg, IdInput, LIMITS, Trim } from '@alianza/api-core';
import { Actor, Allow, CurrentActor } from '@alianza/authz';
import { OverlapNotesInput } from '@alianza/disclosure';
import { Action, Subject } from '@alianza/shared';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsEnum,
  IsNotEmpty,
  IsOptional,
  IsString,
  IsUUID,
  MaxLength,
} from 'class-validator';
import {
  ActivityDimension,
  ActivityOptionEntity,
  CustomerListEntity,
  DetectedOverlapReviewEntity,
  OverlapReviewDecision,
} from './activity.entities';
import { ActivityService, AreaDeclaration, MAX_OPTIONS_PER_LIST } from './activity.service';
import {
  DetectedOverlap,
  DetectedOverlapKind,
  DetectedOverlapStatus,
  OverlapDetectionService,
} from './overlap-detection.service';

registerEnumType(ActivityDimension, {
  name: 'ActivityDimension',
  description: 'Markets/regions, segments, products/services.',
});
registerEnumType(OverlapReviewDecision, { name: 'OverlapReviewDecision' });
registerEnumType(DetectedOverlapKind, { name: 'DetectedOverlapKind' });
registerEnumType(DetectedOverlapStatus, { name: 'DetectedOverlapStatus' });

@ObjectType('ActivityOption', { description: 'An option of an area’s activity list.' })
class ActivityOptionType {
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
class ActivityDeclarationType implements AreaDeclaration {
  @Field(() => ID) areaId!: string;
  @Field(() => [ID]) optionIds!: string[];
}

@ObjectType('CustomerList', {
  description:
    'Summary of an uploaded customer list. The identifiers are kept only as keyed hashes and are never shown to anyone, its uploader included.',
})
class CustomerListType {
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
class MyActivityType {
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
class DetectedOverlapType {
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

@ArgsType()
class CollaborationAreaArgs {
  @IdInput('collaborationId') collaborationId!: string;
  @IdInput('areaId', { nullable: true, description: 'Only this area.' }) areaId?: string;
}

@ArgsType()
class MyActivityArgs {
  @IdInput('collaborationId') collaborationId!: string;
  @IdInput('organizationId', {
    nullable: true,
    description: 'Defaults to your organization in this collaboration.',
  })
  organizationId?: string;
}

@ArgsType()
class AreaOfOrganizationArgs {
  @IdInput('areaId') areaId!: string;
  @IdInput('organizationId', {
    nullable: true,
    description: 'Defaults to your organization in this collaboration.',
  })
  organizationId?: string;
}

@InputType()
class ActivityOptionsInput {
  @Field(() => ActivityDimension) @IsEnum(ActivityDimension) dimension!: ActivityDimension;
  @Field(() => [String], {
    description: 'The whole list, in order. Options left out are removed with their declarations.',
  })
  @ArrayMaxSize(MAX_OPTIONS_PER_LIST)
  @IsString({ each: true })
  @MaxLength(LIMITS.name, { each: true })
  labels!: string[];
}

@InputType()
class DeclareActivityInput {
  @Field(() => [ID], {
    description: 'Every option of the area that applies; replaces the previous.',
  })
  @ArrayMaxSize(3 * MAX_OPTIONS_PER_LIST)
  @IsUUID('all', { each: true, message: 'optionIds must be valid ids' })
  optionIds!: string[];
  @IdInput('organizationId', {
    nullable: true,
    description: 'Defaults to your organization in this collaboration.',
  })
  organizationId?: string;
}

@InputType()
class CustomerListInput {
  @Field({
    description:
      'The file’s text (at most 2 MB): one tax id, web domain or email per line, or a CSV whose first column holds them.',
  })
  @IsString()
  content!: string;
  @Field({ nullable: true })
  @IsOptional()
  @Trim()
  @MaxLength(255)
  fileName?: string;
  @IdInput('organizationId', {
    nullable: true,
    description: 'Defaults to your organization in this collaboration.',
  })
  organizationId?: string;
}

@InputType()
class DetectedOverlapRefInput {
  @IdInput('areaId') areaId!: string;
  @Field(() => [ID])
  @ArrayMinSize(2, { message: 'organizationIds needs at least two organizations' })
  @ArrayMaxSize(100)
  @IsUUID('all', { each: true, message: 'organizationIds must be valid ids' })
  organizationIds!: string[];
}

/** The facilitator's own note defaults to where the overlap came from. */
@InputType()
class DeclareDetectedOverlapInput extends IntersectionType(
  DetectedOverlapRefInput,
  OverlapNotesInput,
) {}

@InputType()
class DismissDetectedOverlapInput extends DetectedOverlapRefInput {
  @Field() @Trim() @IsNotEmpty() @IsString() @MaxLength(LIMITS.longText) reason!: string;
}

@Resolver()
export class ActivityResolver {
  constructor(
    private readonly activity: ActivityService,
    private readonly detection: OverlapDetectionService,
  ) {}

  @Allow(Action.Read, Subject.ActivityOption) // the facilitator and active participants
  @Query(() => [ActivityOptionType], {
    description: 'The option lists (markets, segments, products) of each area.',
  })
  async activityOptions(
    @CurrentActor() actor: Actor,
    @Args() args: CollaborationAreaArgs,
  ): Promise<ActivityOptionType[]> {
    return (await this.activity.options(actor, args.collaborationId, args.areaId)).map(
      ActivityOptionType.from,
    );
  }

  @Allow(Action.Update, Subject.ActivityOption)
  @Mutation(() => [ActivityOptionType], {
    description: 'Replace an area’s list for one dimension (facilitator).',
  })
  async setActivityOptions(
    @CurrentActor() actor: Actor,
    @IdArg('areaId') areaId: string,
    @Args('input') input: ActivityOptionsInput,
  ): Promise<ActivityOptionType[]> {
    return (await this.activity.setOptions(actor, areaId, input.dimension, input.labels)).map(
      ActivityOptionType.from,
    );
  }

  @Allow(Action.Read, Subject.ActivityDeclaration) // members of an active participant, their own
  @Query(() => MyActivityType, {
    description: 'What your organization declared (options, customer lists): nobody else sees it.',
  })
  async myActivity(
    @CurrentActor() actor: Actor,
    @Args() args: MyActivityArgs,
  ): Promise<MyActivityType> {
    const mine = await this.activity.mine(actor, args.collaborationId, args.organizationId);
    return {
      organizationId: mine.organizationId,
      declarations: mine.declarations,
      customerLists: mine.customerLists.map(CustomerListType.from),
    };
  }

  @Allow(Action.Create, Subject.ActivityDeclaration)
  @Mutation(() => ActivityDeclarationType, {
    description: 'Declare, privately, which options of an area apply to your organization.',
  })
  declareActivity(
    @CurrentActor() actor: Actor,
    @IdArg('areaId') areaId: string,
    @Args('input') input: DeclareActivityInput,
  ): Promise<AreaDeclaration> {
    return this.activity.declare(actor, areaId, input.optionIds, input.organizationId);
  }

  @Allow(Action.Create, Subject.CustomerList)
  @Mutation(() => CustomerListType, {
    description:
      'Upload your customer list for an area; it replaces the previous one. Only keyed hashes are kept.',
  })
  async uploadCustomerList(
    @CurrentActor() actor: Actor,
    @IdArg('areaId') areaId: string,
    @Args('input') input: CustomerListInput,
  ): Promise<CustomerListType> {
    return CustomerListType.from(await this.activity.uploadCustomerList(actor, areaId, input));
  }

  @Allow(Action.Delete, Subject.CustomerList)
  @Mutation(() => CustomerListType, { description: 'Delete your customer list of an area.' })
  async removeCustomerList(
    @CurrentActor() actor: Actor,
    @Args() args: AreaOfOrganizationArgs,
  ): Promise<CustomerListType> {
    return CustomerListType.from(
      await this.activity.removeCustomerList(actor, args.areaId, args.organizationId),
    );
  }

  @Allow(Action.Read, Subject.DetectedOverlap)
  @Query(() => [DetectedOverlapType], {
    description: 'Overlaps computed from declared activity (facilitator only).',
  })
  async detectedOverlaps(
    @CurrentActor() actor: Actor,
    @Args() args: CollaborationAreaArgs,
  ): Promise<DetectedOverlapType[]> {
    return (await this.detection.detect(actor, args.collaborationId, args.areaId)).map(
      DetectedOverlapType.from,
    );
  }

  @Allow(Action.Decide, Subject.DetectedOverlap)
  @Mutation(() => DetectedOverlapType, {
    description: 'Turn a detected overlap into a declared overlap (facilitator).',
  })
  async declareDetectedOverlap(
    @CurrentActor() actor: Actor,
    @Args('input') input: DeclareDetectedOverlapInput,
  ): Promise<DetectedOverlapType> {
    return DetectedOverlapType.from(await this.detection.declare(actor, input, input));
  }

  @Allow(Action.Decide, Subject.DetectedOverlap)
  @Mutation(() => DetectedOverlapType, {
    description: 'Dismiss a detected overlap, with the reason (facilitator).',
  })
  async dismissDetectedOverlap(
    @CurrentActor() actor: Actor,
    @Args('input') input: DismissDetectedOverlapInput,
  ): Promise<DetectedOverlapType> {
    return DetectedOverlapType.from(await this.detection.dismiss(actor, input, input.reason));
  }
}
