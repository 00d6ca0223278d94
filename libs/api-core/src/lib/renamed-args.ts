import { Injectable, PipeTransform } from '@nestjs/common';
import { Args, ID } from '@nestjs/graphql';
import { AppError } from '@alianza/shared';
import { ID_ARG_DESCRIPTIONS, isUuid } from './uuid.pipe';

/** The date after which deprecated arguments, input fields and operations may be removed. */
export const DEPRECATED_UNTIL = '2027-06-30';

/** The deprecation reason of something replaced by `replacement`: `Use X instead. Removed after …`. */
export const useInstead = (replacement: string): string =>
  `Use ${replacement} instead. Removed after ${DEPRECATED_UNTIL}.`;

@Injectable()
class OptionalUuidPipe implements PipeTransform<unknown, string | undefined> {
  constructor(private readonly argName: string) {}

  transform(value: unknown): string | undefined {
    if (value === undefined || value === null) return undefined;
    if (!isUuid(value)) {
      throw AppError.badInput(`"${this.argName}" must be a valid id.`, { field: this.argName });
    }
    return value.toLowerCase();
  }
}

/**
 * A nullable `ID` argument that must be a UUID when given, for an id argument being renamed: the
 * new name while the old one lives (it becomes `@IdArg` when the old one is removed), and the old
 * name with `deprecated` (what replaces it; the description is the new name's). Resolve the pair
 * with `oneOf`: `@RenamedIdArg('questionId')` and `@RenamedIdArg('id', { deprecated: 'questionId' })`.
 */
export function RenamedIdArg(
  name: string,
  options: { description?: string; deprecated?: string } = {},
): ParameterDecorator {
  const description = options.description ?? ID_ARG_DESCRIPTIONS[options.deprecated ?? name] ?? '';
  return Args(
    name,
    {
      type: () => ID,
      nullable: true,
      description: options.deprecated
        ? description
        : `${description} Required: nullable only while its deprecated former name lives.`,
      deprecationReason: options.deprecated ? useInstead(options.deprecated) : undefined,
    },
    new OptionalUuidPipe(name),
  );
}

const given = (value: unknown): boolean => value !== undefined && value !== null;

/**
 * The value of an argument given under its name or under its deprecated former name:
 * `oneOf({ questionId, id }, 'questionId')`. Neither or both answer BAD_USER_INPUT naming `field`.
 */
export function oneOf<T>(values: Record<string, T | null | undefined>, field: string): T {
  const present = Object.values(values).filter(given);
  if (present.length === 1) return present[0] as T;
  const others = Object.keys(values).filter((name) => name !== field);
  throw AppError.badInput(
    present.length === 0
      ? `"${field}" is required.`
      : `Give "${field}" only: ${others.map((name) => `"${name}"`).join(', ')} is its deprecated form.`,
    { field },
  );
}

/**
 * The `input` of a mutation whose loose arguments moved into it: `input`, or (deprecated) the
 * loose arguments, never both. `loose` holds the old arguments by the input field they became
 * (null or undefined when left out); `required` names those the old form needed, `argNames` the
 * old arguments named otherwise than their field. Anything else answers BAD_USER_INPUT naming
 * `input` (or the missing argument), before anything runs.
 */
export function inputOrLoose<T extends object>(
  input: T | null | undefined,
  loose: { [K in keyof T]?: T[K] | null },
  options: { required?: (keyof T & string)[]; argNames?: { [K in keyof T]?: string } } = {},
): T {
  const required = options.required ?? [];
  const argName = (field: keyof T & string): string => options.argNames?.[field] ?? field;
  const fields = Object.keys(loose) as (keyof T & string)[];
  const looseGiven = fields.filter((field) => given(loose[field]));
  if (given(input)) {
    if (looseGiven.length === 0) return input as T;
    const names = looseGiven.map((field) => `"${argName(field)}"`).join(', ');
    throw AppError.badInput(`Give "input" only: ${names} moved into it.`, { field: 'input' });
  }
  if (looseGiven.length === 0 && required.length > 0) {
    throw AppError.badInput('"input" is required.', { field: 'input' });
  }
  const missing = required.find((field) => !given(loose[field]));
  if (missing) {
    const name = argName(missing);
    throw AppError.badInput(`"${name}" is required (better: give "input").`, { field: name });
  }
  const value: Partial<T> = {};
  for (const field of looseGiven) value[field] = loose[field] as T[keyof T & string];
  return value as T;
}

/** The description of an argument that must be given although nullable: it replaces `old`. */
export const requiredInstead = (description: string, old: string): string =>
  `${description} Required: nullable only while the deprecated \`${old}\` is accepted.`;

/**
 * A deprecated nullable argument whose value moved to `replacement` (e.g. `input.accept`):
 * `@DeprecatedArg('accept', 'input.accept', () => Boolean) accept: boolean | undefined`,
 * resolved with `oneOf({ input: input?.accept, accept }, 'input')`.
 */
export const DeprecatedArg = (
  name: string,
  replacement: string,
  type: () => unknown,
): ParameterDecorator =>
  Args(name, {
    type: type as () => BooleanConstructor,
    nullable: true,
    description: `Deprecated: \`${replacement}\`.`,
    deprecationReason: useInstead(replacement),
  });
