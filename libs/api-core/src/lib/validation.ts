import { applyDecorators, ArgumentMetadata, ValidationPipe } from '@nestjs/common';
import { Field, ID } from '@nestjs/graphql';
import { Transform } from 'class-transformer';
import { AppError } from '@alianza/shared';
import { IsOptional, IsUUID, ValidationError } from 'class-validator';

/** Trims surrounding white space of a string input before validation. */
export const Trim = (): PropertyDecorator =>
  Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value));

/** Limits shared by inputs across domains. */
export const LIMITS = {
  name: 200,
  shortText: 500,
  longText: 20_000,
  email: 254,
  password: { min: 10, max: 200 },
} as const;

/**
 * A GraphQL `ID` input field that must be a UUID: `@IdInput('areaId', { nullable: true })`.
 * The validation message names the field.
 */
export function IdInput(
  name: string,
  options: { nullable?: boolean; description?: string } = {},
): PropertyDecorator {
  const field = Field(() => ID, { nullable: options.nullable, description: options.description });
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
  protected override toValidate(metadata: ArgumentMetadata): boolean {
    return metadata.type !== ('root' as ArgumentMetadata['type']) && super.toValidate(metadata);
  }

  /** BAD_USER_INPUT with every message, naming the first field refused (`details.field`). */
  override createExceptionFactory(): (errors?: ValidationError[]) => AppError {
    return (errors = []) =>
      AppError.badInput(this.flattenValidationErrors(errors).join('; '), {
        field: firstRefusedField(errors),
      });
  }
}

/** The path of the first refused field, inside its argument: `title`, `indicatorValues.0.value`. */
export function firstRefusedField(errors: ValidationError[], prefix = ''): string | null {
  for (const error of errors) {
    const path = `${prefix}${error.property}`;
    if (error.constraints && Object.keys(error.constraints).length > 0) return path;
    const nested = firstRefusedField(error.children ?? [], `${path}.`);
    if (nested) return nested;
  }
  return null;
}
