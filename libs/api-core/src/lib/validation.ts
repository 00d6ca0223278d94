import { applyDecorators, ArgumentMetadata, ValidationPipe } from '@nestjs/common';
import { Field, ID } from '@nestjs/graphql';
import { AppError, ErrorCode, INPUT_LIMITS } from '@alianza/shared';
import { Transform } from 'class-transformer';
import { IsOptional, IsUUID, type ValidationError } from 'class-validator';
import { ID_ARG_DESCRIPTIONS } from './uuid.pipe';

/** Trims surrounding white space of a string input before validation. */
export const Trim = (): PropertyDecorator =>
  Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value));

/** Limits shared by inputs across domains (the web apps show the same ones: `INPUT_LIMITS`). */
export const LIMITS = INPUT_LIMITS;

/**
 * A GraphQL `ID` input field that must be a UUID: `@IdInput('areaId', { nullable: true })`.
 * The validation message names the field.
 */
export function IdInput(
  name: string,
  options: { nullable?: boolean; description?: string } = {},
): PropertyDecorator {
  const field = Field(() => ID, {
    nullable: options.nullable,
    description: options.description ?? ID_ARG_DESCRIPTIONS[name],
  });
  const uuid = IsUUID('all', { message: `${name} must be a valid id` });
  return options.nullable
    ? applyDecorators(field, IsOptional(), uuid)
    : applyDecorators(field, uuid);
}

/**
 * Validates what clients send (GraphQL arguments, HTTP bodies, queries and route parameters),
 * and only that: the parent object a field resolver receives (`@Parent()`) is the server's
 * own, already built from a validated row, and would otherwise be copied into its class and
 * validated again on every field of every row of a page.
 */
export class InputValidationPipe extends ValidationPipe {
  constructor(options: ConstructorParameters<typeof ValidationPipe>[0] = {}) {
    super({ ...options, exceptionFactory: (errors: ValidationError[]) => inputRefusal(errors) });
  }

  protected override toValidate(metadata: ArgumentMetadata): boolean {
    return metadata.type !== ('root' as ArgumentMetadata['type']) && super.toValidate(metadata);
  }

  /** The refused field's path starts at the argument it is in (`input.title`), when named. */
  override async transform(value: unknown, metadata: ArgumentMetadata): Promise<unknown> {
    try {
      return await super.transform(value, metadata);
    } catch (error) {
      if (!(error instanceof AppError) || !metadata.data) throw error;
      const field = error.details?.['field'];
      if (typeof field !== 'string') throw error;
      const path = `${metadata.data}.${field}`;
      throw new AppError(error.code, error.message, { ...error.details, field: path });
    }
  }
}

/** Rules whose bound is a number the screens show ("at most 200 characters"). */
const BOUNDED_RULES = new Set([
  'maxLength',
  'minLength',
  'max',
  'min',
  'arrayMaxSize',
  'arrayMinSize',
]);

/** One refused value: where (from the validated object), which rule, its bound, the sentence. */
export interface InputProblem {
  field: string;
  rule: string;
  limit?: number;
  message: string;
}

/** Every refused value of a validation, depth first, with its path (`fields[2].label`). */
export function inputProblems(errors: ValidationError[], parent = ''): InputProblem[] {
  const problems: InputProblem[] = [];
  for (const error of errors) {
    const step = /^\d+$/.test(error.property) ? `[${error.property}]` : error.property;
    const field = parent && !step.startsWith('[') ? `${parent}.${step}` : `${parent}${step}`;
    for (const [rule, message] of Object.entries(error.constraints ?? {})) {
      // class-validator words a bound into its sentence ("shorter than or equal to 200 …").
      const bound = BOUNDED_RULES.has(rule) ? /(-?\d+(?:\.\d+)?)(?!.*\d)/.exec(message) : null;
      problems.push({ field, rule, message, ...(bound ? { limit: Number(bound[1]) } : {}) });
    }
    problems.push(...inputProblems(error.children ?? [], field));
  }
  return problems;
}

/**
 * BAD_USER_INPUT naming the first refused field in `extensions.details` (`field`, `rule`,
 * `limit`), so a form can show its message next to that field; the message lists them all.
 */
export function inputRefusal(errors: ValidationError[]): AppError {
  const problems = inputProblems(errors);
  const first = problems[0];
  const message = problems.map((p) => p.message).join('; ') || 'The input is not valid.';
  if (!first) return new AppError(ErrorCode.BAD_USER_INPUT, message);
  return new AppError(ErrorCode.BAD_USER_INPUT, message, {
    field: first.field,
    rule: first.rule,
    ...(first.limit !== undefined ? { limit: first.limit } : {}),
  });
}
