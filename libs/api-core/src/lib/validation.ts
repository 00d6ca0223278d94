import { applyDecorators, ArgumentMetadata, ValidationPipe } from '@nestjs/common';
import { Field, ID } from '@nestjs/graphql';
import { Transform } from 'class-transformer';
import { IsOptional, IsUUID } from 'class-validator';

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
}
