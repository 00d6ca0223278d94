import { Field, Float, ID, InputType, Int } from '@nestjs/graphql';
import {
  FitsDecimalColumn,
  IdInput,
  IsCalendarDate,
  LIMITS,
  Omittable,
  Trim,
} from '@alianza/api-core';
import { IndicatorDirection, MilestoneStatus, ResourceKind, TaskStatus } from '@alianza/shared';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsBoolean,
  IsEnum,
  IsInt,
  IsNotEmpty,
  IsNumber,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';

const DECIMAL = /^-?\d{1,16}(\.\d{1,2})?$/;

@InputType()
export class ObjectiveInput {
  @Field() @Trim() @IsNotEmpty() @MaxLength(LIMITS.name) title!: string;
  @Field({ defaultValue: '' }) @Trim() @IsString() @MaxLength(LIMITS.longText) description: string =
    '';
}

@InputType()
export class IndicatorInput {
  @Field() @Trim() @IsNotEmpty() @MaxLength(LIMITS.name) name!: string;
  @Field() @Trim() @IsNotEmpty() @MaxLength(LIMITS.unit) unit!: string;
  @Field(() => Float)
  @IsNumber({ allowNaN: false, allowInfinity: false })
  @FitsDecimalColumn()
  baseline!: number;
  @Field(() => Float)
  @IsNumber({ allowNaN: false, allowInfinity: false })
  @FitsDecimalColumn()
  target!: number;
  @Field(() => IndicatorDirection) @IsEnum(IndicatorDirection) direction!: IndicatorDirection;
}

@InputType()
export class MilestoneInput {
  @Field() @Trim() @IsNotEmpty() @MaxLength(LIMITS.name) title!: string;
  @Field({ defaultValue: '' }) @Trim() @IsString() @MaxLength(LIMITS.longText) description: string =
    '';
  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD' })
  @IsOptional()
  @IsCalendarDate('startDate')
  startDate?: string | null;
  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD' })
  @IsOptional()
  @IsCalendarDate('dueDate')
  dueDate?: string | null;
  @Field(() => Int, { nullable: true }) @IsOptional() @IsInt() @Min(1) position?: number;
}

@InputType()
export class UpdateMilestoneInput {
  @Field({ nullable: true })
  @Omittable()
  @Trim()
  @IsNotEmpty()
  @MaxLength(LIMITS.name)
  title?: string;
  @Field({ nullable: true })
  @Omittable()
  @Trim()
  @IsString()
  @MaxLength(LIMITS.longText)
  description?: string;
  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsCalendarDate('startDate')
  startDate?: string;
  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsCalendarDate('dueDate')
  dueDate?: string;
  @Field(() => Int, { nullable: true }) @Omittable() @IsInt() @Min(1) position?: number;
  @Field(() => MilestoneStatus, { nullable: true })
  @Omittable()
  @IsEnum(MilestoneStatus)
  status?: MilestoneStatus;
}

@InputType()
export class ResourceInput {
  @Field(() => ResourceKind) @IsEnum(ResourceKind) kind!: ResourceKind;
  @Field() @Trim() @IsNotEmpty() @MaxLength(LIMITS.longText) description!: string;
  @IdInput('providerOrganizationId', { nullable: true })
  providerOrganizationId?: string;
  @Field(() => Float, { nullable: true })
  @IsOptional()
  @IsNumber({ allowNaN: false, allowInfinity: false })
  @FitsDecimalColumn()
  quantity?: number;
  @Field({ nullable: true })
  @IsOptional()
  @Trim()
  @IsString()
  @MaxLength(LIMITS.unit)
  unit?: string;
  @Field({ nullable: true, description: 'Exact decimal, e.g. "1250.50".' })
  @IsOptional()
  @Matches(DECIMAL, { message: 'value must be a decimal with at most two decimals' })
  value?: string;
  @Field({ nullable: true, description: 'ISO 4217, e.g. EUR.' })
  @IsOptional()
  @Matches(/^[A-Za-z]{3}$/, { message: 'currency must be a three-letter ISO code' })
  currency?: string;
  @Field({ defaultValue: false }) @IsBoolean() confidential: boolean = false;
}

@InputType()
export class TaskInput {
  @Field() @Trim() @IsNotEmpty() @MaxLength(LIMITS.name) title!: string;
  @Field({ defaultValue: '' }) @Trim() @IsString() @MaxLength(LIMITS.longText) description: string =
    '';
  @IdInput('responsibleOrganizationId')
  responsibleOrganizationId!: string;
  @IdInput('responsibleUserId', { nullable: true })
  responsibleUserId?: string;
  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsCalendarDate('dueDate')
  dueDate?: string;
}

@InputType()
export class TaskStatusInput {
  @Field(() => TaskStatus) @IsEnum(TaskStatus) status!: TaskStatus;
  @Field({ nullable: true })
  @IsOptional()
  @Trim()
  @IsString()
  @MaxLength(LIMITS.shortText)
  blockedReason?: string;
}

@InputType()
export class IndicatorValueInput {
  @IdInput('indicatorId')
  indicatorId!: string;
  @Field(() => Float) @IsNumber({ allowNaN: false, allowInfinity: false }) value!: number;
}

@InputType()
export class ProgressInput {
  @IdInput('milestoneId')
  milestoneId!: string;
  @IdInput('taskId', { nullable: true })
  taskId?: string;
  @Field() @Trim() @IsNotEmpty() @MaxLength(LIMITS.longText) text!: string;
  @Field(() => [IndicatorValueInput], { defaultValue: [] })
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  @Type(() => IndicatorValueInput)
  indicatorValues: IndicatorValueInput[] = [];
  @IdInput('evidenceGrantId', { nullable: true })
  evidenceGrantId?: string;
}

/** What the facilitator changes of an objective: what is left out stays as it is. */
@InputType()
export class UpdateObjectiveInput {
  @Field({ nullable: true })
  @Omittable()
  @Trim()
  @IsNotEmpty()
  @MaxLength(LIMITS.name)
  title?: string;
  @Field({ nullable: true })
  @Omittable()
  @Trim()
  @IsString()
  @MaxLength(LIMITS.longText)
  description?: string;
}

/** What the facilitator changes of an indicator: what is left out stays as it is. */
@InputType()
export class UpdateIndicatorInput {
  @Field({ nullable: true })
  @Omittable()
  @Trim()
  @IsNotEmpty()
  @MaxLength(LIMITS.name)
  name?: string;
  @Field({ nullable: true })
  @Omittable()
  @Trim()
  @IsNotEmpty()
  @MaxLength(LIMITS.unit)
  unit?: string;
  @Field(() => Float, { nullable: true })
  @Omittable()
  @IsNumber({ allowNaN: false, allowInfinity: false })
  @FitsDecimalColumn()
  baseline?: number;
  @Field(() => Float, { nullable: true })
  @Omittable()
  @IsNumber({ allowNaN: false, allowInfinity: false })
  @FitsDecimalColumn()
  target?: number;
  @Field(() => IndicatorDirection, { nullable: true })
  @Omittable()
  @IsEnum(IndicatorDirection)
  direction?: IndicatorDirection;
}

/**
 * What the facilitator changes of a task (its status moves with `setTaskStatus`). A null
 * responsible person or due date clears it; a new responsible organization without a person
 * leaves the task to the organization as a whole.
 */
@InputType()
export class UpdateTaskInput {
  @Field({ nullable: true })
  @Omittable()
  @Trim()
  @IsNotEmpty()
  @MaxLength(LIMITS.name)
  title?: string;
  @Field({ nullable: true })
  @Omittable()
  @Trim()
  @IsString()
  @MaxLength(LIMITS.longText)
  description?: string;
  @Field(() => ID, { nullable: true })
  @Omittable()
  @IsUUID('all', { message: 'responsibleOrganizationId must be a valid id' })
  responsibleOrganizationId?: string;
  @IdInput('responsibleUserId', { nullable: true })
  responsibleUserId?: string | null;
  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD; null clears it.' })
  @IsOptional()
  @IsCalendarDate('dueDate')
  dueDate?: string | null;
}

/**
 * What the facilitator changes of a resource's kind and details. Its provider and whether it is
 * confidential decide who reads it, and stay as they are: to change them, remove it and add it
 * again. A null quantity, unit, value or currency clears it.
 */
@InputType()
export class UpdateResourceInput {
  @Field(() => ResourceKind, { nullable: true })
  @Omittable()
  @IsEnum(ResourceKind)
  kind?: ResourceKind;
  @Field({ nullable: true })
  @Omittable()
  @Trim()
  @IsNotEmpty()
  @MaxLength(LIMITS.longText)
  description?: string;
  @Field(() => Float, { nullable: true })
  @IsOptional()
  @IsNumber({ allowNaN: false, allowInfinity: false })
  @FitsDecimalColumn()
  quantity?: number | null;
  @Field(() => String, { nullable: true })
  @IsOptional()
  @Trim()
  @IsString()
  @MaxLength(LIMITS.unit)
  unit?: string | null;
  @Field(() => String, { nullable: true, description: 'Exact decimal, e.g. "1250.50".' })
  @IsOptional()
  @Matches(DECIMAL, { message: 'value must be a decimal with at most two decimals' })
  value?: string | null;
  @Field(() => String, { nullable: true, description: 'ISO 4217, e.g. EUR.' })
  @IsOptional()
  @Matches(/^[A-Za-z]{3}$/, { message: 'currency must be a three-letter ISO code' })
  currency?: string | null;
}
