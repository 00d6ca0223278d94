// @ts-check
/**
 * graphql-codegen plugin: every field of the schema that returns a connection (an object with
 * `nodes`, `pageInfo` and `totalCount`), by parent type, with the arguments that name one list —
 * all but the cursor `after`. The web apps' cache builds one field policy per entry
 * (`libs/graphql-client/src/lib/connection-policy.ts`), so a new connection in the API gets its
 * policy from `npm run codegen`; `npm run codegen:check` fails while it has none.
 */
const { getNamedType, isObjectType, isListType, getNullableType } = require('graphql');

/** @param {import('graphql').GraphQLNamedType} type */
function isConnection(type) {
  if (!isObjectType(type)) return false;
  const fields = type.getFields();
  const { nodes, pageInfo, totalCount } = fields;
  return (
    !!nodes &&
    !!pageInfo &&
    !!totalCount &&
    isListType(getNullableType(nodes.type)) &&
    getNamedType(pageInfo.type).name === 'PageInfo'
  );
}

/** @type {import('@graphql-codegen/plugin-helpers').PluginFunction} */
function plugin(schema) {
  const lines = [];
  const types = Object.values(schema.getTypeMap())
    .filter((type) => isObjectType(type) && !type.name.startsWith('__'))
    .sort((a, b) => a.name.localeCompare(b.name));
  for (const type of types) {
    if (!isObjectType(type)) continue;
    const entries = Object.values(type.getFields())
      .filter((field) => isConnection(getNamedType(field.type)))
      .sort((a, b) => a.name.localeCompare(b.name))
      .map((field) => {
        const keyArgs = field.args
          .map((arg) => arg.name)
          .filter((name) => name !== 'after')
          .sort();
        return `    ${field.name}: [${keyArgs.map((name) => `'${name}'`).join(', ')}],`;
      });
    if (entries.length > 0) lines.push(`  ${type.name}: {`, ...entries, '  },');
  }
  return [
    '/**',
    ' * Every field that returns a connection, by parent type, with the arguments that name one',
    ' * list (all but the cursor `after`). Generated from the schema by `npm run codegen`.',
    ' */',
    'export const connectionFields = {',
    ...lines,
    '} as const satisfies Record<string, Record<string, readonly string[]>>;',
    '',
  ].join('\n');
}

module.exports = { plugin };
