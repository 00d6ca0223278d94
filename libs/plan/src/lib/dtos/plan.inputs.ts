import { Field, Float, ID, InputType, Int } from '@nestjs/graphql';
import {
  DecimalInput,
  eitherDecimal,
  FitsDecimalColumn,
  GraphQLDecimal,
  IdInput,
  IsCalendarDate,
  LIMITS,
  Omittable,
  Trim,
  useDecimal,
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

/** An indicator value: a numeric(20, 6) column, read back as a double (15 significant digits). */
const INDICATOR_VALUE = { integerDigits: 14, scale: 6, fitsDouble: true };
/** A resource's value: a numeric(18, 2) column. */
const MONEY = { integerDigits: 16, scale: 2 };

@InputType({ description: "The facilitator's decision on a proposed element of the plan." })
export class ProposalDecisionInput {
  @Field({ description: 'True to accept the proposal, false to decline it.' })
  @IsBoolean()
  accept!: boolean;
}

@InputType({ description: 'A new objective of the plan.' })
export class ObjectiveInput {
  @Field({ description: "The objective's title." })
  @Trim()
  @IsNotEmpty()
  @MaxLength(LIMITS.name)
  title!: string;
  @Field({ description: 'What the objective is about.', defaultValue: '' })
  @Trim()
  @IsString()
  @MaxLength(LIMITS.longText)
  description: string = '';
}

@InputType({ description: 'A new indicator of an objective.' })
export class IndicatorInput {
  @Field({ description: "The indicator's name." })
  @Trim()
  @IsNotEmpty()
  @MaxLength(LIMITS.name)
  name!: string;
  @Field({ description: 'The unit of its values.' })
  @Trim()
  @IsNotEmpty()
  @MaxLength(LIMITS.unit)
  unit!: string;
  @Field(() => Float, {
    description: 'The value at the start.',
    nullable: true,
    deprecationReason: useDecimal('baseline'),
  })
  @IsOptional()
  @IsNumber({ allowNaN: false, allowInfinity: false })
  @FitsDecimalColumn()
  baseline?: number | null;
  @Field(() => GraphQLDecimal, {
    description: 'The value at the start (required unless the deprecated baseline is given).',
    nullable: true,
  })
  @IsOptional()
  @DecimalInput('baselineDecimal', INDICATOR_VALUE)
  baselineDecimal?: string | null;
  @Field(() => Float, {
    description: 'The value to reach.',
    nullable: true,
    deprecationReason: useDecimal('target'),
  })
  @IsOptional()
  @IsNumber({ allowNaN: false, allowInfinity: false })
  @FitsDecimalColumn()
  target?: number | null;
  @Field(() => GraphQLDecimal, {
    description: 'The value to reach (required unless the deprecated target is given).',
    nullable: true,
  })
  @IsOptional()
  @DecimalInput('targetDecimal', INDICATOR_VALUE)
  targetDecimal?: string | null;
  @Field(() => IndicatorDirection, { description: 'Whether the value should go up or down.' })
  @IsEnum(IndicatorDirection)
  direction!: IndicatorDirection;
}

@InputType({ description: 'A new milestone of the plan.' })
export class MilestoneInput {
  @Field({ description: "The milestone's title." })
  @Trim()
  @IsNotEmpty()
  @MaxLength(LIMITS.name)
  title!: string;
  @Field({ description: 'What the milestone is about.', defaultValue: '' })
  @Trim()
  @IsString()
  @MaxLength(LIMITS.longText)
  description: string = '';
  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD' })
  @IsOptional()
  @IsCalendarDate('startDate')
  startDate?: string | null;
  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD' })
  @IsOptional()
  @IsCalendarDate('dueDate')
  dueDate?: string | null;
  @Field(() => Int, {
    description: 'Its place in the plan, from 0; last when omitted.',
    nullable: true,
  })
  @IsOptional()
  @IsInt()
  @Min(1)
  position?: number;
}

@InputType({ description: 'Changes to a milestone; omitted fields stay as they are.' })
export class UpdateMilestoneInput {
  @Field({ description: 'The new title.', nullable: true })
  @Omittable()
  @Trim()
  @IsNotEmpty()
  @MaxLength(LIMITS.name)
  title?: string;
  @Field({ description: 'The new description.', nullable: true })
  @Omittable()
  @Trim()
  @IsString()
  @MaxLength(LIMITS.longText)
  description?: string;
  @Field(() => String, { description: 'The new start date (YYYY-MM-DD).', nullable: true })
  @IsOptional()
  @IsCalendarDate('startDate')
  startDate?: string;
  @Field(() => String, { description: 'The new due date (YYYY-MM-DD).', nullable: true })
  @IsOptional()
  @IsCalendarDate('dueDate')
  dueDate?: string;
  @Field(() => Int, { description: 'The new place in the plan, from 0.', nullable: true })
  @Omittable()
  @IsInt()
  @Min(1)
  position?: number;
  @Field(() => MilestoneStatus, { description: 'The new status.', nullable: true })
  @Omittable()
  @IsEnum(MilestoneStatus)
  status?: MilestoneStatus;
}

@InputType({ description: 'A resource available or needed for a milestone.' })
export class ResourceInput {
  @Field(() => ResourceKind, { description: 'Whether it is available or needed.' })
  @IsEnum(ResourceKind)
  kind!: ResourceKind;
  @Field({ description: 'What the resource is.' })
  @Trim()
  @IsNotEmpty()
  @MaxLength(LIMITS.longText)
  description!: string;
  @IdInput('providerOrganizationId', { nullable: true })
  providerOrganizationId?: string;
  @Field(() => Float, { description: 'How much, in `unit`.', nullable: true })
  @IsOptional()
  @IsNumber({ allowNaN: false, allowInfinity: false })
  @FitsDecimalColumn()
  quantity?: number;
  @Field({ description: 'The unit of the quantity.', nullable: true })
  @IsOptional()
  @Trim()
  @IsString()
  @MaxLength(LIMITS.unit)
  unit?: string;
  @Field(() => String, {
    nullable: true,
    description: 'Exact decimal, e.g. "1250.50".',
    deprecationReason: useDecimal('value'),
  })
  @IsOptional()
  @Matches(DECIMAL, { message: 'value must be a decimal with at most two decimals' })
  value?: string | null;
  @Field(() => GraphQLDecimal, {
    nullable: true,
    description: 'What it is worth, at most 2 decimals, e.g. "1250.50".',
  })
  @IsOptional()
  @DecimalInput('valueDecimal', MONEY)
  valueDecimal?: string | null;
  @Field({ nullable: true, description: 'ISO 4217, e.g. EUR.' })
  @IsOptional()
  @Matches(/^[A-Za-z]{3}$/, { message: 'currency must be a three-letter ISO code' })
  currency?: string;
  @Field({
    description: 'Whether only the provider and the facilitator may read its details.',
    defaultValue: false,
  })
  @IsBoolean()
  confidential: boolean = false;
}

@InputType({ description: 'A new task of a milestone.' })
export class TaskInput {
  @Field({ description: "The task's title." })
  @Trim()
  @IsNotEmpty()
  @MaxLength(LIMITS.name)
  title!: string;
  @Field({ description: 'What the task is about.', defaultValue: '' })
  @Trim()
  @IsString()
  @MaxLength(LIMITS.longText)
  description: string = '';
  @IdInput('responsibleOrganizationId')
  responsibleOrganizationId!: string;
  @IdInput('responsibleUserId', { nullable: true })
  responsibleUserId?: string;
  @Field(() => String, { description: 'When it is due (YYYY-MM-DD).', nullable: true })
  @IsOptional()
  @IsCalendarDate('dueDate')
  dueDate?: string;
}

@InputType({ description: "A task's new status." })
export class TaskStatusInput {
  @Field(() => TaskStatus, { description: 'The new status.' })
  @IsEnum(TaskStatus)
  status!: TaskStatus;
  @Field({ description: 'Why it is blocked; required when the status is blocked.', nullable: true })
  @IsOptional()
  @Trim()
  @IsString()
  @MaxLength(LIMITS.shortText)
  blockedReason?: string;
}

@InputType({ description: 'A value of an indicator to report.' })
export class IndicatorValueInput {
  @IdInput('indicatorId')
  indicatorId!: string;
  @Field(() => Float, {
    description: "The value, in the indicator's unit.",
    nullable: true,
    deprecationReason: useDecimal('value'),
  })
  @IsOptional()
  @IsNumber({ allowNaN: false, allowInfinity: false })
  value?: number | null;
  @Field(() => GraphQLDecimal, {
    description:
      "The value, in the indicator's unit (required unless the deprecated value is given).",
    nullable: true,
  })
  @IsOptional()
  @DecimalInput('valueDecimal', INDICATOR_VALUE)
  valueDecimal?: string | null;
}

@InputType({ description: 'A progress update on a milestone or one of its tasks.' })
export class ProgressInput {
  @IdInput('milestoneId')
  milestoneId!: string;
  @IdInput('taskId', { nullable: true })
  taskId?: string;
  @Field({ description: 'What was done or learned.' })
  @Trim()
  @IsNotEmpty()
  @MaxLength(LIMITS.longText)
  text!: string;
  @Field(() => [IndicatorValueInput], {
    description: 'Indicator values to report with it.',
    defaultValue: [],
  })
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  @Type(() => IndicatorValueInput)
  indicatorValues: IndicatorValueInput[] = [];
  @IdInput('evidenceGrantId', { nullable: true })
  evidenceGrantId?: string;
}

/** What the facilitator changes of an objective: what is left out stays as it is. */
@InputType({ description: 'Changes to an objective; omitted fields stay as they are.' })
export class UpdateObjectiveInput {
  @Field({ description: 'The new title.', nullable: true })
  @Omittable()
  @Trim()
  @IsNotEmpty()
  @MaxLength(LIMITS.name)
  title?: string;
  @Field({ description: 'The new description.', nullable: true })
  @Omittable()
  @Trim()
  @IsString()
  @MaxLength(LIMITS.longText)
  description?: string;
}

/** What the facilitator changes of an indicator: what is left out stays as it is. */
@InputType({ description: 'Changes to an indicator; omitted fields stay as they are.' })
export class UpdateIndicatorInput {
  @Field({ description: 'The new name.', nullable: true })
  @Omittable()
  @Trim()
  @IsNotEmpty()
  @MaxLength(LIMITS.name)
  name?: string;
  @Field({ description: 'The new unit.', nullable: true })
  @Omittable()
  @Trim()
  @IsNotEmpty()
  @MaxLength(LIMITS.unit)
  unit?: string;
  @Field(() => Float, {
    description: 'The new value at the start.',
    nullable: true,
    deprecationReason: useDecimal('baseline'),
  })
  @Omittable()
  @IsNumber({ allowNaN: false, allowInfinity: false })
  @FitsDecimalColumn()
  baseline?: number;
  @Field(() => GraphQLDecimal, { description: 'The new value at the start.', nullable: true })
  @Omittable()
  @DecimalInput('baselineDecimal', INDICATOR_VALUE)
  baselineDecimal?: string;
  @Field(() => Float, {
    description: 'The new value to reach.',
    nullable: true,
    deprecationReason: useDecimal('target'),
  })
  @Omittable()
  @IsNumber({ allowNaN: false, allowInfinity: false })
  @FitsDecimalColumn()
  target?: number;
  @Field(() => GraphQLDecimal, { description: 'The new value to reach.', nullable: true })
  @Omittable()
  @DecimalInput('targetDecimal', INDICATOR_VALUE)
  targetDecimal?: string;
  @Field(() => IndicatorDirection, {
    description: 'Whether the value should go up or down.',
    nullable: true,
  })
  @Omittable()
  @IsEnum(IndicatorDirection)
  direction?: IndicatorDirection;
}

/**
 * What the facilitator changes of a task (its status moves with `setTaskStatus`). A null
 * responsible person or due date clears it; a new responsible organization without a person
 * leaves the task to the organization as a whole.
 */
@InputType({ description: 'Changes to a task; omitted fields stay as they are.' })
export class UpdateTaskInput {
  @Field({ description: 'The new title.', nullable: true })
  @Omittable()
  @Trim()
  @IsNotEmpty()
  @MaxLength(LIMITS.name)
  title?: string;
  @Field({ description: 'The new description.', nullable: true })
  @Omittable()
  @Trim()
  @IsString()
  @MaxLength(LIMITS.longText)
  description?: string;
  @Field(() => ID, {
    description: 'The id of the organization responsible from now on.',
    nullable: true,
  })
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
@InputType({ description: 'Changes to a resource; omitted fields stay as they are.' })
export class UpdateResourceInput {
  @Field(() => ResourceKind, { description: 'Whether it is available or needed.', nullable: true })
  @Omittable()
  @IsEnum(ResourceKind)
  kind?: ResourceKind;
  @Field({ description: 'The new description.', nullable: true })
  @Omittable()
  @Trim()
  @IsNotEmpty()
  @MaxLength(LIMITS.longText)
  description?: string;
  @Field(() => Float, { description: 'The new quantity.', nullable: true })
  @IsOptional()
  @IsNumber({ allowNaN: false, allowInfinity: false })
  @FitsDecimalColumn()
  quantity?: number | null;
  @Field(() => String, { description: 'The new unit.', nullable: true })
  @IsOptional()
  @Trim()
  @IsString()
  @MaxLength(LIMITS.unit)
  unit?: string | null;
  @Field(() => String, {
    nullable: true,
    description: 'Exact decimal, e.g. "1250.50".',
    deprecationReason: useDecimal('value'),
  })
  @IsOptional()
  @Matches(DECIMAL, { message: 'value must be a decimal with at most two decimals' })
  value?: string | null;
  @Field(() => GraphQLDecimal, {
    nullable: true,
    description: 'What it is worth, at most 2 decimals, e.g. "1250.50"; null clears it.',
  })
  @IsOptional()
  @DecimalInput('valueDecimal', MONEY)
  valueDecimal?: string | null;
  @Field(() => String, { nullable: true, description: 'ISO 4217, e.g. EUR.' })
  @IsOptional()
  @Matches(/^[A-Za-z]{3}$/, { message: 'currency must be a three-letter ISO code' })
  currency?: string | null;
}

/** A resource's value, from `valueDecimal` or the deprecated `value` (not both). */
export function resourceValue(input: {
  value?: string | null;
  valueDecimal?: string | null;
}): string | null | undefined {
  return eitherDecimal('input.valueDecimal', input.valueDecimal, input.value, false);
}

/** An indicator's baseline and target, from their Decimal fields or the deprecated Floats. */
export function indicatorFigures(
  input: Pick<IndicatorInput, 'baseline' | 'baselineDecimal' | 'target' | 'targetDecimal'>,
  required: boolean,
): { baseline?: number; target?: number } {
  const figure = (name: 'baseline' | 'target') => {
    const value = eitherDecimal(
      `input.${name}Decimal`,
      input[`${name}Decimal`],
      input[name],
      required,
    );
    return value == null ? undefined : Number(value);
  };
  return { baseline: figure('baseline'), target: figure('target') };
}

/** The reported values of a progress update, each from `valueDecimal` or the deprecated `value`. */
export function reportedValues(
  values: readonly IndicatorValueInput[],
): { indicatorId: string; value: number }[] {
  return values.map((v, i) => ({
    indicatorId: v.indicatorId,
    value: Number(
      eitherDecimal(`input.indicatorValues[${i}].valueDecimal`, v.valueDecimal, v.value, true),
    ),
  }));
}
