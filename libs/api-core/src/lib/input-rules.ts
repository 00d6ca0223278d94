import type { ApolloServerPlugin } from '@apollo/server';
import { AppError } from '@alianza/shared';
import {
  DocumentNode,
  GraphQLError,
  GraphQLInputType,
  GraphQLSchema,
  Kind,
  OperationDefinitionNode,
  TypeInfo,
  ValueNode,
  getNullableType,
  isEnumType,
  isInputObjectType,
  isListType,
  isScalarType,
  valueFromASTUntyped,
  visit,
  visitWithTypeInfo,
} from 'graphql';
import { decimalInputProblem } from './decimal';

/**
 * The input rule every GraphQL argument obeys, whatever the operation: text without NUL
 * characters or lone UTF-16 surrogates (PostgreSQL cannot store either), finite numbers within
 * what the columns hold, plain decimals (decimal.ts) and real calendar dates. Checked once per operation, on the values as
 * the client sent them (literals and variables), before any resolver runs: a refused request
 * never reaches the database.
 */

/** The largest magnitude of a Float input (the benchmark values' documented bound). */
export const MAX_FLOAT_INPUT = 1e15;

export interface InputIssue {
  /** Where the value is, e.g. `input.fields[2].label`. */
  field: string;
  message: string;
}

const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

/** Why this text cannot be stored, if it cannot. */
export function textProblem(text: string): string | undefined {
  if (text.includes('\u0000')) return 'must not contain a NUL character';
  if (LONE_SURROGATE.test(text)) return 'must be valid Unicode text (it has a lone surrogate)';
  return undefined;
}

/** Why this number cannot be taken, if it cannot. */
export function numberProblem(value: number, max = MAX_FLOAT_INPUT): string | undefined {
  if (!Number.isFinite(value)) return 'must be a finite number';
  if (Math.abs(value) > max) return `must be between -${max} and ${max}`;
  return undefined;
}

const ISO_DATE_TIME =
  /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?(Z|[+-](\d{2}):?(\d{2}))?)?$/i;

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/**
 * Why this is not an ISO 8601 date or date-time that exists (years 1–9999), if it is not:
 * `2026-02-30` is refused, not rolled over into March.
 */
export function dateTimeProblem(text: string): string | undefined {
  const m = ISO_DATE_TIME.exec(text);
  const invalid = 'must be an ISO 8601 date-time, e.g. 2026-03-01T09:30:00Z';
  if (!m) return invalid;
  const part = (i: number) => Number(m[i] ?? 0);
  const [year, month, day] = [part(1), part(2), part(3)];
  const [hour, minute, second] = [part(4), part(5), part(6)];
  if (year < 1 || month < 1 || month > 12) return 'must be a date that exists';
  if (day < 1 || day > daysInMonth(year, month)) return 'must be a date that exists';
  if (hour > 23 || minute > 59 || second > 59) return 'must be a time that exists';
  if (part(8) > 23 || part(9) > 59) return invalid;
  return undefined;
}

/** The problem of one scalar value at a position of this scalar type, if any. */
function scalarProblem(typeName: string, value: unknown): string | undefined {
  if (typeName === 'DateTime') {
    return typeof value === 'string'
      ? (textProblem(value) ?? dateTimeProblem(value))
      : 'must be an ISO 8601 date-time string';
  }
  if (typeName === 'Decimal') return decimalInputProblem(value);
  if (typeof value === 'string') return textProblem(value);
  if (typeof value === 'number') return numberProblem(value);
  return undefined;
}

function childPath(path: string, key: string | number): string {
  return typeof key === 'number' ? `${path}[${key}]` : path ? `${path}.${key}` : key;
}

/**
 * The first problem of a value as sent (JSON of a variable) at a position of `type`. Shapes that
 * do not match the type are left to GraphQL's own coercion, which refuses them with its message.
 */
export function inputValueIssue(
  value: unknown,
  type: GraphQLInputType,
  path: string,
): InputIssue | undefined {
  if (value === null || value === undefined) return undefined;
  const inner = getNullableType(type);
  if (isListType(inner)) {
    if (!Array.isArray(value)) return inputValueIssue(value, inner.ofType, path);
    for (const [i, item] of value.entries()) {
      const issue = inputValueIssue(item, inner.ofType, childPath(path, i));
      if (issue) return issue;
    }
    return undefined;
  }
  if (isInputObjectType(inner)) {
    if (typeof value !== 'object' || Array.isArray(value)) return undefined;
    const fields = inner.getFields();
    for (const [key, item] of Object.entries(value)) {
      const field = fields[key];
      const issue = field && inputValueIssue(item, field.type, childPath(path, key));
      if (issue) return issue;
    }
    return undefined;
  }
  if (isEnumType(inner) || !isScalarType(inner)) return undefined;
  const problem = scalarProblem(inner.name, value);
  return problem ? { field: path, message: problem } : undefined;
}

interface Variables {
  values: Record<string, unknown>;
  defaults: Map<string, ValueNode>;
}

/** Like `inputValueIssue`, for a literal of the document (variables inside it resolved). */
function literalIssue(
  node: ValueNode,
  type: GraphQLInputType,
  path: string,
  variables: Variables,
): InputIssue | undefined {
  const inner = getNullableType(type);
  switch (node.kind) {
    case Kind.VARIABLE: {
      const name = node.name.value;
      if (Object.prototype.hasOwnProperty.call(variables.values, name)) {
        return inputValueIssue(variables.values[name], type, path);
      }
      const fallback = variables.defaults.get(name);
      return fallback ? literalIssue(fallback, type, path, variables) : undefined;
    }
    case Kind.LIST: {
      const element = isListType(inner) ? inner.ofType : inner;
      for (const [i, item] of node.values.entries()) {
        const issue = literalIssue(item, element, childPath(path, i), variables);
        if (issue) return issue;
      }
      return undefined;
    }
    case Kind.OBJECT: {
      if (!isInputObjectType(inner)) return undefined;
      const fields = inner.getFields();
      for (const field of node.fields) {
        const def = fields[field.name.value];
        const issue =
          def && literalIssue(field.value, def.type, childPath(path, field.name.value), variables);
        if (issue) return issue;
      }
      return undefined;
    }
    default:
      if (isListType(inner)) return literalIssue(node, inner.ofType, path, variables);
      return inputValueIssue(valueFromASTUntyped(node), type, path);
  }
}

/**
 * The first problem among the arguments of every field that `operation` selects (its
 * fragments included), with its variables as sent.
 */
export function operationInputIssue(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  variableValues: Record<string, unknown> | undefined,
): InputIssue | undefined {
  const variables: Variables = {
    values: variableValues ?? {},
    defaults: new Map(
      (operation.variableDefinitions ?? []).flatMap((d) =>
        d.defaultValue ? [[d.variable.name.value, d.defaultValue] as const] : [],
      ),
    ),
  };
  const fragments = document.definitions.filter((d) => d.kind === Kind.FRAGMENT_DEFINITION);
  const typeInfo = new TypeInfo(schema);
  let issue: InputIssue | undefined;
  visit(
    { kind: Kind.DOCUMENT, definitions: [operation, ...fragments] },
    visitWithTypeInfo(typeInfo, {
      Argument(node) {
        const arg = typeInfo.getArgument();
        if (issue || !arg || typeInfo.getDirective()) return;
        issue = literalIssue(node.value, arg.type, node.name.value, variables);
      },
    }),
  );
  return issue;
}

/** The refusal a client receives: BAD_USER_INPUT naming the field, HTTP 400. */
export function inputIssueError(issue: InputIssue): GraphQLError {
  return new GraphQLError(`"${issue.field}" ${issue.message}.`, {
    originalError: AppError.badInput(`"${issue.field}" ${issue.message}.`, {
      field: issue.field,
    }),
    extensions: { http: { status: 400 } },
  });
}

/** Apollo plugin: applies the input rule to every operation once it is resolved. */
export const inputRulesPlugin: ApolloServerPlugin = {
  async requestDidStart() {
    return {
      async didResolveOperation({ schema, document, operation, request }) {
        if (!operation) return;
        const issue = operationInputIssue(schema, document, operation, request.variables);
        if (issue) throw inputIssueError(issue);
      },
    };
  },
};
