import { mapError } from '@alianza/api-core';
import {
  buildSchema,
  getIntrospectionQuery,
  GraphQLError,
  Kind,
  parse,
  print,
  specifiedRules,
  validate,
  visit,
  type DefinitionNode,
  type FragmentDefinitionNode,
} from 'graphql';
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { GRAPHQL_LIMITS, graphqlLimitRules, graphqlParseOptions } from './graphql-limits';

const root = resolve(__dirname, '../../../..');
const schema = buildSchema(readFileSync(join(root, 'apps/api/schema.graphql'), 'utf8'));

/** Every document codegen reads (codegen.ts): what the two web apps can ever send. */
const DOCUMENT_DIRS = [
  'apps/facilitator-console/src',
  'apps/participant-portal/src',
  'libs/graphql-client/src',
];
const definitions = DOCUMENT_DIRS.flatMap((dir) =>
  readdirSync(join(root, dir), { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.graphql'))
    .flatMap((file) => parse(readFileSync(join(root, dir, file), 'utf8')).definitions),
);
const fragments = new Map(
  definitions
    .filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION)
    .map((d) => [d.name.value, d]),
);

/** What a client sends for an operation: it and the fragments it spreads (from any document). */
function sent(operation: DefinitionNode): string {
  const used = new Map<string, FragmentDefinitionNode>();
  const collect = (node: DefinitionNode) =>
    visit(node, {
      FragmentSpread(spread) {
        const fragment = fragments.get(spread.name.value);
        if (fragment && !used.has(fragment.name.value)) {
          used.set(fragment.name.value, fragment);
          collect(fragment);
        }
      },
    });
  collect(operation);
  return [operation, ...used.values()].map((d) => print(d)).join('\n');
}

const operations = definitions.flatMap((d) =>
  d.kind === Kind.OPERATION_DEFINITION ? [[d.name?.value ?? '(anonymous)', sent(d)] as const] : [],
);

/** What the server does with a document before running it: parse, then validate. */
function check(source: string): { code: string; message: string; details?: unknown }[] {
  let errors: readonly GraphQLError[];
  try {
    errors = validate(schema, parse(source, graphqlParseOptions), [
      ...specifiedRules,
      ...graphqlLimitRules,
    ]);
  } catch (error) {
    // Apollo reports a parse failure with this code.
    errors = [
      new GraphQLError((error as Error).message, { extensions: { code: 'GRAPHQL_PARSE_FAILED' } }),
    ];
  }
  return errors.map((error) => {
    const mapped = mapError(
      new GraphQLError(error.message, {
        originalError: error.originalError ?? error,
        extensions: { code: error.extensions['code'] ?? 'GRAPHQL_VALIDATION_FAILED' },
      }),
    );
    return { code: mapped.code, message: mapped.message, details: mapped.details };
  });
}

/** `levels` fields nested below a collaboration: `participations { collaboration { … id } }`. */
const chain = (levels: number): string => {
  let selection = 'id';
  for (let level = 0; level < levels; level++)
    selection = level % 2 ? `collaboration { ${selection} }` : `participations { ${selection} }`;
  return selection;
};
const nested = (levels: number): string => `query { collaboration(id: "x") { ${chain(levels)} } }`;
const aliases = (n: number, field: string) =>
  `query { ${Array.from({ length: n }, (_, i) => `a${i}: ${field}`).join(' ')} }`;

describe('the GraphQL limits', () => {
  it('finds the web apps’ operations', () => {
    expect(operations.length).toBeGreaterThan(100);
  });

  it.each(operations)(
    'let %s through (raise a limit in graphql-limits.ts, with a reason, if this fails)',
    (_name, source) => {
      expect(check(source)).toEqual([]);
    },
  );

  it('let the explorer and codegen introspect the schema', () => {
    expect(
      check(getIntrospectionQuery({ descriptions: true, inputValueDeprecation: true })),
    ).toEqual([]);
  });

  it('count the depth of fields, not of fragment spreads', () => {
    // 9 levels, through two fragments: as deep as the same fields written out.
    const within = `query { collaboration(id: "x") { ...Outer } }
      fragment Outer on Collaboration { participations { collaboration { ...Inner } } }
      fragment Inner on Collaboration { ${chain(5)} }`;
    expect(check(within)).toEqual([]);
    const beyond = `query { collaboration(id: "x") { ...Deep } }
      fragment Deep on Collaboration { ${chain(GRAPHQL_LIMITS.depth + 1)} }`;
    expect(check(beyond).map((error) => error.details)).toEqual([
      { limit: 'depth', max: GRAPHQL_LIMITS.depth },
    ]);
  });

  it.each([
    ['depth', nested(GRAPHQL_LIMITS.depth + 5)],
    ['aliases', aliases(GRAPHQL_LIMITS.aliases + 1, 'unreadNotificationCount')],
    ['aliases', aliases(GRAPHQL_LIMITS.aliases + 1, '__typename')],
    [
      'directives',
      `query { me { ${'id @include(if: true) '.repeat(GRAPHQL_LIMITS.directives + 1)} } }`,
    ],
    ['cost', `query { organizations(first: 10000) { nodes { id name mission members { id } } } }`],
    ['tokens', aliases(10_000, 'unreadNotificationCount')],
    ['tokens', aliases(150_000, '__typename')],
  ])('refuse an operation beyond the %s limit with QUERY_TOO_COMPLEX', (limit, source) => {
    expect(check(source)).toEqual([
      {
        code: 'QUERY_TOO_COMPLEX',
        message: expect.stringMatching(/^This request .*: split it into smaller requests\.$/),
        details: { limit, max: GRAPHQL_LIMITS[limit as keyof typeof GRAPHQL_LIMITS] },
      },
    ]);
  });
});
