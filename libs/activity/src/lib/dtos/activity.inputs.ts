import { ArgsType, Field, ID, InputType, IntersectionType } from '@nestjs/graphql';
import { IdInput, LIMITS, PageArgs, Trim } from '@alianza/api-core';
import { OverlapNotesInput } from '@alianza/disclosure';
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
import { ActivityDimension } from '../entities/activity-option.entity';
import { MAX_OPTIONS_PER_LIST } from '../activity.service';

@ArgsType()
export class CollaborationAreaArgs {
  @IdInput('collaborationId') collaborationId!: string;
  @IdInput('areaId', { nullable: true, description: 'Only this area.' }) areaId?: string;
}

@ArgsType()
export class AreaPageArgs extends PageArgs {
  @IdInput('areaId', { nullable: true, description: 'Only this area.' }) areaId?: string;
}

@ArgsType()
export class MyActivityArgs {
  @IdInput('collaborationId') collaborationId!: string;
  @IdInput('organizationId', {
    nullable: true,
    description: 'Defaults to your organization in this collaboration.',
  })
  organizationId?: string;
}

@ArgsType()
export class AreaOfOrganizationArgs {
  @IdInput('areaId') areaId!: string;
  @IdInput('organizationId', {
    nullable: true,
    description: 'Defaults to your organization in this collaboration.',
  })
  organizationId?: string;
}

@InputType({ description: 'The options participants may declare for an area, in one dimension.' })
export class ActivityOptionsInput {
  @Field(() => ActivityDimension, { description: 'What the options describe.' })
  @IsEnum(ActivityDimension)
  dimension!: ActivityDimension;
  @Field(() => [String], {
    description: 'The whole list, in order. Options left out are removed with their declarations.',
  })
  @ArrayMaxSize(MAX_OPTIONS_PER_LIST)
  @IsString({ each: true })
  @MaxLength(LIMITS.name, { each: true })
  labels!: string[];
}

@InputType({ description: 'The options an organization declares for an area.' })
export class DeclareActivityInput {
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

@InputType({ description: 'A customer list to upload for an area.' })
export class CustomerListInput {
  @Field({
    description:
      'The file’s text (at most 2 MB): one tax id, web domain or email per line, or a CSV whose first column holds them.',
  })
  @IsString()
  content!: string;
  @Field({ description: "The name of the file, for the uploader's own reference.", nullable: true })
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

@InputType({ description: 'Which detected overlap: its area and organizations.' })
class DetectedOverlapRefInput {
  @IdInput('areaId') areaId!: string;
  @Field(() => [ID], { description: 'The ids of the organizations of the overlap.' })
  @ArrayMinSize(2, { message: 'organizationIds needs at least two organizations' })
  @ArrayMaxSize(100)
  @IsUUID('all', { each: true, message: 'organizationIds must be valid ids' })
  organizationIds!: string[];
}

/** The facilitator's own note defaults to where the overlap came from. */
@InputType({ description: 'A detected overlap to declare as an overlap.' })
export class DeclareDetectedOverlapInput extends IntersectionType(
  DetectedOverlapRefInput,
  OverlapNotesInput,
) {}

@InputType({ description: 'A detected overlap to dismiss, with the reason.' })
export class DismissDetectedOverlapInput extends DetectedOverlapRefInput {
  @Field({ description: 'Why it is not an overlap.' })
  @Trim()
  @IsNotEmpty()
  @IsString()
  @MaxLength(LIMITS.longText)
  reason!: string;
}
