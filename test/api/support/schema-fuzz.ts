import fc from 'fast-check';
import {
  GraphQLArgument,
  GraphQLField,
  GraphQLInputType,
  GraphQLNamedType,
  getNamedType,
  getNullableType,
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isListType,
  isObjectType,
  isUnionType,
} from 'graphql';

/**
 * Malformed requests generated from a live GraphQL schema: a valid-ish baseline for every
 * argument of an operation, then one leaf (or one object or list) at a time replaced by a
 * malformed value. Nothing here names an operation: the schema decides what is sent.
 */

/** A value sent as a raw JSON token (JSON cannot say `-0` or `1e309` otherwise). */
export class Raw {
  constructor(readonly json: string) {}
}

export interface Malformed {
  label: string;
  value: unknown;
}

/** Where the baseline gets ids of real objects: by the GraphQL type they are an id of. */
export type IdPool = Map<string, string[]>;

export interface Operation {
  kind: 'query' | 'mutation';
  field: GraphQLField<unknown, unknown>;
}

export interface FuzzCase {
  n: number;
  op: Operation;
  /** Dotted path of the replaced position, e.g. `input.title` or `input.fields[0].key`. */
  path: string;
  label: string;
  /** The arguments with the malformed value in place (or the baseline when `path` is ''). */
  args: Record<string, unknown>;
  /** Arguments inlined as literals in the document instead of sent as variables. */
  inline: boolean;
}

const deepList = (depth: number): unknown => {
  let v: unknown = 'deep';
  for (let i = 0; i < depth; i++) v = [v];
  return v;
};

const BAD_TEXT: Malformed[] = [
  { label: 'NUL byte', value: '\u0000' },
  { label: 'NUL inside text', value: 'a\u0000b' },
  { label: 'lone high surrogate', value: '\ud800' },
  { label: 'lone low surrogate inside text', value: 'x\udc00y' },
  { label: 'reversed surrogate pair', value: '\udc00\ud800' },
  { label: 'huge string', value: 'x'.repeat(200_000) },
  { label: 'empty string', value: '' },
  { label: 'blank string', value: ' \t\n ' },
  { label: 'NaN-like text', value: 'NaN' },
  { label: 'SQL-like text', value: "'; DROP TABLE users; --" },
  { label: 'odd but valid text', value: '\u202e\ufeff💥 é\u200b' },
  { label: 'impossible date text', value: '2026-02-30' },
];

const BAD_NUMBER: Malformed[] = [
  { label: '1e308', value: 1e308 },
  { label: '-1e308', value: -1e308 },
  { label: '1e309 (Infinity)', value: new Raw('1e309') },
  { label: '-0', value: new Raw('-0') },
  { label: '2^31', value: 2 ** 31 },
  { label: '-2^31-1', value: -(2 ** 31) - 1 },
  { label: '2^53+2', value: 2 ** 53 + 2 },
  { label: 'denormal', value: 5e-324 },
  { label: 'fraction', value: 0.30000000000000004 },
  { label: '"NaN"', value: 'NaN' },
  { label: '"Infinity"', value: 'Infinity' },
  { label: 'numeric string', value: '1' },
  { label: 'boolean for number', value: true },
];

const BAD_DECIMAL: Malformed[] = [
  { label: 'exponent', value: '1e3' },
  { label: 'not a number', value: 'abc' },
  { label: 'NaN', value: 'NaN' },
  { label: 'too many digits', value: '12345678901234567890.1234567' },
  { label: 'number for a decimal', value: 12.5 },
  { label: 'comma', value: '1,5' },
];

const BAD_DATETIME: Malformed[] = [
  { label: '2026-02-30', value: '2026-02-30T00:00:00Z' },
  { label: 'date-only 2026-02-30', value: '2026-02-30' },
  { label: 'month 13', value: '2026-13-01T00:00:00Z' },
  { label: 'hour 25', value: '2026-01-01T25:00:00Z' },
  { label: 'year 0', value: '0000-01-01T00:00:00Z' },
  { label: 'negative year', value: '-000001-01-01T00:00:00Z' },
  { label: 'beyond JS dates', value: '+275760-09-13T00:00:01Z' },
  { label: 'year 9999', value: '9999-12-31T23:59:59Z' },
  { label: 'not a date', value: 'tomorrow' },
  { label: 'epoch number', value: 0 },
  { label: 'huge number as date', value: 1e308 },
  { label: 'NUL in date', value: '2026-01-01T00:00:00Z\u0000' },
  { label: 'boolean as date', value: true },
];

const BAD_ENUM: Malformed[] = [
  { label: 'unknown enum value', value: 'NOT_A_VALUE' },
  { label: 'empty enum', value: '' },
  { label: 'NUL enum', value: '\u0000' },
  { label: 'number for enum', value: 1 },
];

const BAD_BOOLEAN: Malformed[] = [
  { label: '"true"', value: 'true' },
  { label: '1 for boolean', value: 1 },
];

const BAD_ANY: Malformed[] = [
  { label: 'null', value: null },
  { label: 'empty object', value: {} },
  { label: 'deep list', value: deepList(60) },
];

const BAD_OBJECT: Malformed[] = [
  { label: 'null object', value: null },
  { label: 'empty object', value: {} },
  { label: 'string for object', value: 'x' },
  { label: 'unknown field', value: { notAField: 1 } },
  { label: 'deep list for object', value: deepList(60) },
];

/** Positions in a list: the list itself replaced. */
const badLists = (element: unknown): Malformed[] => [
  { label: 'null list', value: null },
  { label: 'empty list', value: [] },
  { label: 'list of null', value: [null] },
  { label: 'deep list', value: deepList(60) },
  { label: '500 elements', value: Array.from({ length: 500 }, () => element) },
];

function badLeaves(type: GraphQLNamedType): Malformed[] {
  if (isEnumType(type)) return [...BAD_ENUM, ...BAD_ANY];
  switch (type.name) {
    case 'String':
      return [...BAD_TEXT, { label: 'number for text', value: 12 }, ...BAD_ANY];
    case 'ID':
      return [...BAD_TEXT.filter((m) => m.label !== 'huge string'), ...BAD_ANY];
    case 'Int':
    case 'Float':
      return [...BAD_NUMBER, ...BAD_ANY];
    case 'Boolean':
      return [...BAD_BOOLEAN, ...BAD_ANY];
    case 'DateTime':
      return [...BAD_DATETIME, ...BAD_ANY];
    case 'Decimal':
      return [...BAD_DECIMAL, ...BAD_ANY];
    default:
      return [...BAD_TEXT.slice(0, 4), ...BAD_ANY];
  }
}

/** A malformed value for a leaf of this type, drawn at random (extra cases beyond the catalog). */
export function randomMalformed(type: GraphQLNamedType): fc.Arbitrary<Malformed> {
  const text = fc
    .string({ unit: 'binary', maxLength: 40 })
    .map((s) => ({ label: `random text ${JSON.stringify(s)}`, value: s }));
  const number = fc
    .double()
    .map((d) =>
      Number.isFinite(d)
        ? { label: `random number ${d}`, value: d }
        : { label: `random non-finite ${d}`, value: new Raw(d > 0 ? '1e999' : '-1e999') },
    );
  const date = fc
    .tuple(
      fc.integer({ min: -1, max: 10_000 }),
      fc.integer({ min: 0, max: 13 }),
      fc.integer({ min: 0, max: 32 }),
    )
    .map(([y, m, d]) => {
      const iso = `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
      return { label: `random date ${iso}`, value: `${iso}T12:00:00Z` };
    });
  const named = getNamedType(type);
  const fromCatalog = fc.constantFrom(...badLeaves(named));
  if (named.name === 'Int' || named.name === 'Float') return fc.oneof(number, fromCatalog);
  if (named.name === 'DateTime') return fc.oneof(date, fromCatalog);
  return fc.oneof(text, fromCatalog);
}

function capitalize(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/**
 * The GraphQL type an id argument refers to, from its name and the operation's name:
 * `roundId` of `submitBenchmarkValue` → BenchmarkRound, `id` of `collaboration` → Collaboration.
 */
export function idTypeFor(argName: string, opName: string, pool: IdPool): string | undefined {
  const types = [...pool.keys()];
  const inOp = (t: string) => opName.toLowerCase().includes(t.toLowerCase());
  const stem = capitalize(argName.replace(/Ids?$/, ''));
  const candidates =
    argName === 'id' || argName === 'ids' || stem === ''
      ? types.filter(inOp)
      : types.filter((t) => t.endsWith(stem) || stem.endsWith(t));
  // Prefer the type the operation names, then the longest (most specific) name.
  return candidates.sort((a, b) => Number(inOp(b)) - Number(inOp(a)) || b.length - a.length)[0];
}

const FAR_FUTURE = new Date(Date.now() + 30 * 86_400_000).toISOString();

/** A valid-ish value of `type`; strings carry `marker` so that written rows can be traced. */
export function baseline(
  type: GraphQLInputType,
  name: string,
  opName: string,
  marker: string,
  pool: IdPool,
  defaultValue?: unknown,
): unknown {
  if (defaultValue !== undefined && defaultValue !== null) return defaultValue;
  const inner = getNullableType(type);
  if (isListType(inner)) {
    return [baseline(inner.ofType, name.replace(/s$/, ''), opName, marker, pool)];
  }
  if (isEnumType(inner)) return inner.getValues()[0]!.value;
  if (isInputObjectType(inner)) {
    // A deprecated field stands beside its replacement (value / valueDecimal): give the new one.
    return Object.fromEntries(
      Object.values(inner.getFields())
        .filter((f) => !f.deprecationReason)
        .map((f) => [f.name, baseline(f.type, f.name, opName, marker, pool, f.defaultValue)]),
    );
  }
  switch (inner.name) {
    case 'ID': {
      const idType = idTypeFor(name, opName, pool);
      return (idType && pool.get(idType)?.[0]) ?? '6f1c2b8e-6a57-4d0f-9d7c-1a2b3c4d5e6f';
    }
    case 'Int':
      return 1;
    case 'Float':
      return 1.5;
    case 'Boolean':
      return true;
    case 'DateTime':
      return FAR_FUTURE;
    case 'Decimal':
      return '12.50';
    default:
      return stringBaseline(name, marker);
  }
}

/** Strings whose format the API checks get a value of that format, still carrying the marker. */
function stringBaseline(name: string, marker: string): string {
  if (/email/i.test(name)) return `${marker}@fuzz.alianza`;
  if (/date$|On$/i.test(name)) return '2027-03-01';
  if (/currency/i.test(name)) return 'EUR';
  if (/^value$|amount/i.test(name)) return '12.50';
  if (/password/i.test(name)) return `${marker} long enough passphrase`;
  return `${marker} text`;
}

interface Position {
  path: (string | number)[];
  type: GraphQLInputType;
}

/** Every position of the baseline: the arguments, the fields of inputs, list elements. */
function positions(type: GraphQLInputType, value: unknown, path: (string | number)[]): Position[] {
  const here: Position = { path, type };
  const inner = getNullableType(type);
  if (isListType(inner) && Array.isArray(value)) {
    return [here, ...value.flatMap((v, i) => positions(inner.ofType, v, [...path, i]))];
  }
  if (isInputObjectType(inner) && value && typeof value === 'object') {
    const fields = inner.getFields();
    return [
      here,
      ...Object.entries(value as Record<string, unknown>).flatMap(([k, v]) =>
        positions(fields[k]!.type, v, [...path, k]),
      ),
    ];
  }
  return [here];
}

function malformedAt(type: GraphQLInputType, baselineValue: unknown): Malformed[] {
  const inner = getNullableType(type);
  if (isListType(inner)) {
    return badLists(Array.isArray(baselineValue) ? baselineValue[0] : null);
  }
  if (isInputObjectType(inner)) return BAD_OBJECT;
  return badLeaves(inner as GraphQLNamedType);
}

export function withValue(
  args: Record<string, unknown>,
  path: (string | number)[],
  value: unknown,
): Record<string, unknown> {
  const copy = structuredClone(args);
  let node: Record<string | number, unknown> = copy;
  for (const key of path.slice(0, -1)) node = node[key] as Record<string | number, unknown>;
  node[path[path.length - 1]!] = value;
  return copy;
}

export function pathText(path: (string | number)[]): string {
  return path.map((p, i) => (typeof p === 'number' ? `[${p}]` : i ? `.${p}` : p)).join('');
}

/** Valid-ish arguments; deprecated ones are left out (given with their replacement, refused). */
export function baselineArgs(op: Operation, marker: string, pool: IdPool) {
  return Object.fromEntries(
    op.field.args
      .filter((a: GraphQLArgument) => !a.deprecationReason)
      .map((a: GraphQLArgument) => [
        a.name,
        baseline(a.type, a.name, op.field.name, marker, pool, a.defaultValue),
      ]),
  );
}

/** Each position × each malformed value of its type; `marker(n)` is the n-th case's marker. */
export function* malformedCases(
  op: Operation,
  pool: IdPool,
  marker: (n: number) => string,
  next: () => number,
): Generator<FuzzCase> {
  const template = baselineArgs(op, '', pool);
  for (const arg of op.field.args) {
    for (const pos of positions(arg.type, template[arg.name], [arg.name])) {
      for (const bad of malformedAt(pos.type, valueAt(template, pos.path))) {
        const n = next();
        const args = withValue(baselineArgs(op, marker(n), pool), pos.path, bad.value);
        yield { n, op, path: pathText(pos.path), label: bad.label, args, inline: n % 5 === 0 };
      }
    }
  }
}

export function leafPositions(op: Operation, pool: IdPool) {
  const template = baselineArgs(op, '', pool);
  return op.field.args.flatMap((arg) =>
    positions(arg.type, template[arg.name], [arg.name]).filter(
      (p) => !isInputObjectType(getNullableType(p.type)) && !isListType(getNullableType(p.type)),
    ),
  );
}

export function valueAt(root: Record<string, unknown>, path: (string | number)[]): unknown {
  let node: unknown = root;
  for (const key of path) node = (node as Record<string | number, unknown>)?.[key];
  return node;
}

/** A selection of the operation's result: `__typename`, and `id` where the type has one. */
export function selection(op: Operation): string {
  const type = getNamedType(op.field.type);
  if (isObjectType(type) || isInterfaceType(type)) {
    return type.getFields()['id'] ? '{ __typename id }' : '{ __typename }';
  }
  if (isUnionType(type)) return '{ __typename }';
  return '';
}

/** The request body: arguments as variables, or inlined as literals in the document. */
export function requestBody(c: FuzzCase): string {
  const { field } = c.op;
  const select = selection(c.op);
  const present = field.args.filter((a) => c.args[a.name] !== undefined);
  let query: string;
  let variables: Record<string, unknown> = {};
  if (c.inline) {
    const args = present.map((a) => `${a.name}: ${literal(c.args[a.name], a.type)}`).join(', ');
    query = `${c.op.kind} { ${field.name}${args ? `(${args})` : ''} ${select} }`;
  } else {
    const defs = present.map((a) => `$${a.name}: ${a.type.toString()}`).join(', ');
    const args = present.map((a) => `${a.name}: $${a.name}`).join(', ');
    query = `${c.op.kind}${defs ? `(${defs})` : ''} { ${field.name}${args ? `(${args})` : ''} ${select} }`;
    variables = Object.fromEntries(present.map((a) => [a.name, c.args[a.name]]));
  }
  const raws: string[] = [];
  const body = JSON.stringify({ query, variables }, (_k, v: unknown) => {
    if (v instanceof Raw) {
      raws.push(v.json);
      return `\u0001RAW${raws.length - 1}\u0001`;
    }
    return v;
  });
  return body.replace(/"\\u0001RAW(\d+)\\u0001"/g, (_m, i: string) => raws[Number(i)]!);
}

/** A GraphQL literal of `value`; enum names bare where the position is an enum. */
function literal(value: unknown, type: GraphQLInputType | undefined): string {
  const inner = type ? getNullableType(type) : undefined;
  if (value === null || value === undefined) return 'null';
  if (value instanceof Raw) return value.json === '-0' ? '-0' : value.json.replace(/e(\d)/, 'e+$1');
  if (Array.isArray(value)) {
    const element = inner && isListType(inner) ? inner.ofType : undefined;
    return `[${value.map((v) => literal(v, element)).join(', ')}]`;
  }
  if (typeof value === 'object') {
    const fields = inner && isInputObjectType(inner) ? inner.getFields() : {};
    return `{${Object.entries(value)
      .map(([k, v]) => `${k}: ${literal(v, fields[k]?.type)}`)
      .join(', ')}}`;
  }
  if (typeof value === 'string' && inner && isEnumType(inner) && /^[_A-Za-z]\w*$/.test(value)) {
    return value;
  }
  if (typeof value === 'number') return Object.is(value, -0) ? '-0' : String(value);
  return JSON.stringify(value);
}
