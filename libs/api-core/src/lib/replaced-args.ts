import { Injectable, PipeTransform } from '@nestjs/common';
import { Args, ID } from '@nestjs/graphql';
import { AppError } from '@alianza/shared';
import { ID_ARG_DESCRIPTIONS, UuidPipe } from './uuid.pipe';

/** When a deprecated argument or input field stops being accepted. */
export const DEPRECATED_ARGS_REMOVED_AFTER = '2027-06-30';

/** The `deprecationReason` of an argument replaced by `replacement`. */
export const useInstead = (replacement: string): string =>
  `Use ${replacement} instead. Removed after ${DEPRECATED_ARGS_REMOVED_AFTER}.`;

/** A UUID check that lets an omitted (or null) value through, for nullable id arguments. */
@Injectable()
export class OptionalUuidPipe implements PipeTransform<unknown, string | undefined> {
  private readonly uuid: UuidPipe;

  constructor(argName: string) {
    this.uuid = new UuidPipe(argName);
  }

  transform(value: unknown): string | undefined {
    return value === undefined || value === null ? undefined : this.uuid.transform(value);
  }
}

/** The description of an argument that must be given although nullable: it replaces `old`. */
export const requiredInstead = (description: string, old: string): string =>
  `${description} Required: nullable only while the deprecated \`${old}\` is accepted.`;

/**
 * A nullable `ID` argument that must be a UUID when given: the new name of a renamed id
 * argument (`replaces` its old name), or the deprecated old one (`replacedBy` the new name).
 * `replacedArg` then picks the one given.
 */
export const OptionalIdArg = (
  name: string,
  options: { description?: string; replaces?: string; replacedBy?: string },
): ParameterDecorator => {
  const description = options.description ?? ID_ARG_DESCRIPTIONS[name] ?? `The id.`;
  return Args(
    name,
    {
      type: () => ID,
      nullable: true,
      description: options.replacedBy
        ? `Deprecated: the old name of \`${options.replacedBy}\`.`
        : options.replaces
          ? requiredInstead(description, options.replaces)
          : description,
      ...(options.replacedBy ? { deprecationReason: useInstead(options.replacedBy) } : {}),
    },
    new OptionalUuidPipe(name),
  );
};

/**
 * The value of an argument that replaces a deprecated one (a renamed id, or a loose argument
 * moved into `input`): exactly one of them must be given. Otherwise BAD_USER_INPUT naming the
 * argument to use, before anything is read or written.
 */
export function replacedArg<T>(
  [name, value]: [name: string, value: T | null | undefined],
  [oldName, oldValue]: [oldName: string, oldValue: T | null | undefined],
): T {
  const given = value !== undefined && value !== null;
  const oldGiven = oldValue !== undefined && oldValue !== null;
  if (given && oldGiven) {
    throw AppError.badInput(`Give "${name}" only: "${oldName}" is its deprecated form.`, {
      field: name,
    });
  }
  if (given) return value;
  if (oldGiven) return oldValue;
  throw AppError.badInput(`"${name}" is required.`, { field: name });
}

/**
 * A deprecated nullable argument whose value moved to `replacement` (e.g. `input.accept`):
 * `@DeprecatedArg('accept', 'input.accept', () => Boolean) accept: boolean | undefined`.
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
