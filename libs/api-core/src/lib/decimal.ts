import type { FieldMiddleware, MiddlewareContext } from '@nestjs/graphql';
import { GraphQLError, GraphQLScalarType, Kind } from 'graphql';
import { AppError } from '@alianza/shared';
import { ValidateBy } from 'class-validator';
import { useInstead } from './renamed-args';

/**
 * Business quantities (money, ledger values, indicator values, benchmark values) travel as exact
 * decimals written as strings ("1234.50"): a JSON number is a binary float, and 0.1 + 0.2 is not
 * 0.3. This file holds their GraphQL scalar, the checks of their shape and bounds, and the little
 * exact arithmetic the API does on them (sums and averages, on scaled BigInts).
 */

/** The widest decimal any field takes: the columns are numeric(18, 2) and numeric(20, 6). */
export const DECIMAL_INTEGER_DIGITS = 16;
export const DECIMAL_SCALE = 6;

/** An optional minus sign, digits, and optionally a point followed by digits. Nothing else. */
const PLAIN_DECIMAL = /^(-?)(\d+)(?:\.(\d+))?$/;

export interface DecimalBounds {
  /** At most this many digits before the point (leading zeros not counted). */
  integerDigits?: number;
  /** At most this many digits after the point. */
  scale?: number;
  /** Refuse a minus sign. */
  nonNegative?: boolean;
  /** At most 15 significant digits: the value is kept as a double, which holds them exactly. */
  fitsDouble?: boolean;
}

/**
 * Why `text` is not a plain decimal within `bounds`, as the end of a sentence naming the field
 * (`"input.value" must be …`), or undefined when it is one. Exponents ("1e3"), NaN, Infinity,
 * spaces, a leading "+" or a bare "." are all refused.
 */
export function decimalProblem(text: string, bounds: DecimalBounds = {}): string | undefined {
  const integerDigits = bounds.integerDigits ?? DECIMAL_INTEGER_DIGITS;
  const scale = bounds.scale ?? DECIMAL_SCALE;
  const m = PLAIN_DECIMAL.exec(text);
  const shape = `a decimal written as a string, e.g. "1234.50" (no exponent), with at most ${integerDigits} digits before the point and ${scale} after`;
  if (!m) return `must be ${shape}`;
  const [, sign, whole, fraction = ''] = m;
  if (bounds.nonNegative && sign) return 'must not be negative';
  if ((whole as string).replace(/^0+(?=\d)/, '').length > integerDigits || fraction.length > scale)
    return `must be ${shape}`;
  if (bounds.fitsDouble && decimalFromNumber(Number(text)) !== canonicalDecimal(text))
    return 'must have at most 15 significant digits';
  return undefined;
}

/** A plain decimal without leading or trailing zeros: "007.50" → "7.5", "-0.0" → "0". */
export function canonicalDecimal(text: string): string {
  const trimmed = text
    .replace(/^(-?)0+(?=\d)/, '$1')
    .replace(/(\.\d*?)0+$/, '$1')
    .replace(/\.$/, '');
  return trimmed === '-0' ? '0' : trimmed;
}

/** Whether `value` is a plain decimal string (any size): what the database's numerics print. */
export function isPlainDecimal(value: unknown): value is string {
  return typeof value === 'string' && PLAIN_DECIMAL.test(value);
}

/**
 * A finite number as a plain decimal: its shortest round-trip digits (what `String` prints),
 * written out without an exponent (1e21 → "1000000000000000000000", 1e-7 → "0.0000001").
 */
export function decimalFromNumber(value: number): string {
  if (!Number.isFinite(value)) throw new TypeError(`${value} is not a finite number`);
  const text = String(value);
  const m = /^(-?)(\d+)(?:\.(\d+))?e([+-]\d+)$/.exec(text);
  if (!m) return text === '-0' ? '0' : text;
  const [, sign, whole, fraction = '', exp] = m;
  const digits = `${whole}${fraction}`;
  const point = (whole as string).length + Number(exp);
  const body =
    point <= 0
      ? `0.${'0'.repeat(-point)}${digits}`
      : point >= digits.length
        ? `${digits}${'0'.repeat(point - digits.length)}`
        : `${digits.slice(0, point)}.${digits.slice(point)}`;
  return `${sign}${body}`;
}

/** The digits after the point of a plain decimal. */
export function scaleOf(text: string): number {
  return PLAIN_DECIMAL.exec(text)?.[3]?.length ?? 0;
}

/** A plain decimal as an integer count of 10^-scale (the scale must be ≥ its own). */
function toUnits(text: string, scale: number): bigint {
  const m = PLAIN_DECIMAL.exec(text);
  if (!m) throw new TypeError(`"${text}" is not a plain decimal`);
  const [, sign, whole, fraction = ''] = m;
  if (fraction.length > scale) throw new RangeError(`"${text}" has more than ${scale} decimals`);
  const units = BigInt(`${whole}${fraction.padEnd(scale, '0')}`);
  return sign ? -units : units;
}

/** An integer count of 10^-scale as a plain decimal with exactly `scale` decimals. */
function fromUnits(units: bigint, scale: number): string {
  const negative = units < 0n;
  const digits = (negative ? -units : units).toString().padStart(scale + 1, '0');
  const body = scale === 0 ? digits : `${digits.slice(0, -scale)}.${digits.slice(-scale)}`;
  return negative ? `-${body}` : body;
}

/** `numerator / denominator`, rounded half away from zero (denominator > 0). */
function divideRounded(numerator: bigint, denominator: bigint): bigint {
  const quotient = numerator / denominator;
  const twiceRest = 2n * (numerator % denominator);
  if (twiceRest >= denominator) return quotient + 1n;
  if (-twiceRest >= denominator) return quotient - 1n;
  return quotient;
}

/** The exact sum of plain decimals, at the largest scale among them. */
export function decimalSum(values: readonly string[]): string {
  const scale = Math.max(0, ...values.map(scaleOf));
  return fromUnits(
    values.reduce((sum, v) => sum + toUnits(v, scale), 0n),
    scale,
  );
}

/**
 * The average of plain decimals, computed exactly and rounded half away from zero to `scale`
 * decimals: ["100", "0", "0"] at scale 2 is "33.33".
 */
export function decimalMean(values: readonly string[], scale: number): string {
  if (values.length === 0) throw new RangeError('The mean of no values');
  const inner = Math.max(scale, ...values.map(scaleOf));
  const total = values.reduce((sum, v) => sum + toUnits(v, inner), 0n);
  const shift = 10n ** BigInt(inner - scale);
  return fromUnits(divideRounded(total, BigInt(values.length) * shift), scale);
}

/** A plain decimal rounded half away from zero to `scale` decimals (padded when it has fewer). */
export function decimalRound(text: string, scale: number): string {
  const inner = Math.max(scale, scaleOf(text));
  return fromUnits(divideRounded(toUnits(text, inner), 10n ** BigInt(inner - scale)), scale);
}

const DESCRIPTION = `An exact decimal number written as a string, e.g. "1234.50": an optional minus sign, up to ${DECIMAL_INTEGER_DIGITS} digits before the point and up to ${DECIMAL_SCALE} after it; no exponent, no spaces, no NaN. A field may take fewer digits (its description says so). Business quantities (money, ledger, indicator and benchmark values) use it; a JSON number is refused, as it would be a binary float.`;

function refuse(value: unknown): never {
  const shown = typeof value === 'string' ? `"${value}"` : String(value);
  throw new TypeError(
    `Decimal must be ${typeof value === 'string' ? 'a decimal' : 'a string'} written as e.g. "1234.50" (no exponent), not ${shown}`,
  );
}

/**
 * The `Decimal` scalar. Output: the database's numeric strings unchanged (or a finite number,
 * written out without an exponent). Input: a string only, a plain decimal within the widest
 * bounds; each field narrows them with `@DecimalInput`. Malformed values are refused by the input
 * rule (input-rules.ts) before any resolver runs, with BAD_USER_INPUT naming the field: for that,
 * a string literal is let through document validation unchanged (graphql-js would refuse it there
 * as GRAPHQL_VALIDATION_FAILED, without the field), and `@DecimalInput` checks the value again.
 */
export const GraphQLDecimal = new GraphQLScalarType<string, string>({
  name: 'Decimal',
  description: DESCRIPTION,
  serialize(value) {
    if (typeof value === 'number') return decimalFromNumber(value);
    if (isPlainDecimal(value)) return value;
    throw new GraphQLError(`Decimal cannot represent ${String(value)}`);
  },
  parseValue(value) {
    if (typeof value !== 'string' || decimalProblem(value)) refuse(value);
    return value;
  },
  parseLiteral(node) {
    if (node.kind !== Kind.STRING)
      refuse(node.kind === Kind.INT || node.kind === Kind.FLOAT ? Number(node.value) : node.kind);
    return node.value;
  },
});

/** The problem of a value sent for a Decimal argument or input field (see input-rules.ts). */
export function decimalInputProblem(value: unknown): string | undefined {
  if (typeof value !== 'string') return 'must be a decimal written as a string, e.g. "1234.50"';
  return decimalProblem(value);
}

/**
 * A Decimal input field narrowed to its column, e.g. `@DecimalInput('valueDecimal', { scale: 2,
 * nonNegative: true })` for numeric(18, 2) ledger values. The message names the field.
 */
export const DecimalInput = (name: string, bounds: DecimalBounds): PropertyDecorator =>
  ValidateBy({
    name: 'isDecimal',
    validator: {
      validate: (value: unknown) => typeof value === 'string' && !decimalProblem(value, bounds),
      defaultMessage: (args) =>
        `${name} ${typeof args?.value === 'string' ? decimalProblem(args.value, bounds) : 'must be a decimal written as a string'}`,
    },
  });

/**
 * The deprecation of a Float business quantity kept beside its exact `Decimal` twin (the naming
 * pattern: `mean` → `meanDecimal`): `@Field(() => Float, { deprecationReason: useDecimal('mean') })`.
 */
export const useDecimal = (field: string): string => useInstead(`${field}Decimal`);

/**
 * The one of a Decimal input field and its deprecated twin that the client gave (`valueDecimal`
 * or `value`): the Decimal when given, else the twin (null included, where null clears). Refused
 * with BAD_USER_INPUT naming the Decimal field when both are given, or, if `required`, neither.
 */
export function eitherDecimal<T>(
  field: string,
  decimal: string | null | undefined,
  deprecated: T | null | undefined,
  required: boolean,
): string | T | null | undefined {
  const twin = field.replace(/Decimal$/, '');
  if (decimal != null && deprecated != null) {
    throw AppError.badInput(`Give ${field} or the deprecated ${twin}, not both.`, { field });
  }
  if (required && decimal == null && deprecated == null) {
    throw AppError.badInput(`${field} is required.`, { field });
  }
  if (decimal != null) return decimal;
  if (deprecated != null) return deprecated;
  return decimal === null || deprecated === null ? null : undefined;
}

/**
 * Field middleware of a Decimal field computed from a numeric property of the same object
 * (`baselineDecimal` from `baseline`): the number written out exactly as stored, null stays null.
 * The object types whose rows are built in several places keep one number and answer both.
 */
export const decimalOf =
  (property: string): FieldMiddleware =>
  ({ source }: MiddlewareContext) => {
    const value = (source as Record<string, unknown>)[property];
    return typeof value === 'number' ? decimalFromNumber(value) : null;
  };
