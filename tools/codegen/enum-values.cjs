// @ts-check
/**
 * graphql-codegen plugin: the values of the enums named in its `enums` option, as constants the
 * web apps can iterate (the `typescript` plugin, with `enumsAsTypes`, writes them as types only).
 * A filter offering every audit action takes them from here, so a new value in the API reaches
 * it with `npm run codegen`; `npm run codegen:check` fails while it has not.
 */
const { isEnumType } = require('graphql');

/** @type {import('@graphql-codegen/plugin-helpers').PluginFunction<{ enums?: string[] }>} */
function plugin(schema, _documents, config) {
  const blocks = (config.enums ?? []).map((name) => {
    const type = schema.getType(name);
    if (!isEnumType(type)) throw new Error(`enum-values: ${name} is not an enum of the schema`);
    return [
      `/** Every value of \`${name}\`, in the schema's order. */`,
      `export const ${name}Values = [`,
      ...type.getValues().map((value) => `  '${value.name}',`),
      `] as const satisfies readonly Types.${name}[];`,
    ].join('\n');
  });
  return [
    '// Generated from the schema by `npm run codegen` (tools/codegen/enum-values.cjs).',
    "import type * as Types from './types';",
    '',
    ...blocks.flatMap((block) => [block, '']),
  ].join('\n');
}

module.exports = { plugin };
