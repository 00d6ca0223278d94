// @ts-check
/**
 * graphql-codegen plugin: one typed React hook per operation, for Apollo Client 4.
 * (The community typescript-react-apollo plugin still emits Apollo Client 3 types.)
 * Runs after `typescript-operations` and `typed-document-node` in the same file, so the
 * `<Name>Query`, `<Name>QueryVariables` and `<Name>Document` names already exist.
 */
const SUFFIX = { query: 'Query', mutation: 'Mutation', subscription: 'Subscription' };

function pascal(name) {
  return name.charAt(0).toUpperCase() + name.slice(1);
}

/** @type {import('@graphql-codegen/plugin-helpers').PluginFunction} */
function plugin(_schema, documents) {
  const hooks = [];
  const used = new Set();
  for (const file of documents) {
    for (const def of file.document?.definitions ?? []) {
      if (def.kind !== 'OperationDefinition' || !def.name) continue;
      const name = pascal(def.name.value);
      const suffix = SUFFIX[def.operation];
      const data = `${name}${suffix}`;
      const vars = `${data}Variables`;
      const doc = `${name}Document`;
      const needsVars = (def.variableDefinitions ?? []).some(
        (v) => v.type.kind === 'NonNullType' && !v.defaultValue,
      );
      const opt = needsVars ? 'options' : 'options?';
      if (def.operation === 'query') {
        used.add('useQuery').add('useLazyQuery');
        hooks.push(
          `export function use${data}(${opt}: useQuery.Options<${data}, ${vars}>) {\n` +
            `  return useQuery<${data}, ${vars}>(${doc}, options as useQuery.Options<${data}, ${vars}>);\n}`,
          `export function use${name}LazyQuery(options?: useLazyQuery.Options<${data}, ${vars}>) {\n` +
            `  return useLazyQuery<${data}, ${vars}>(${doc}, options);\n}`,
        );
      } else if (def.operation === 'mutation') {
        used.add('useMutation');
        hooks.push(
          `export function use${data}(options?: useMutation.Options<${data}, ${vars}>) {\n` +
            `  return useMutation<${data}, ${vars}>(${doc}, options);\n}`,
        );
      } else {
        used.add('useSubscription');
        hooks.push(
          `export function use${data}(${opt}: useSubscription.Options<${data}, ${vars}>) {\n` +
            `  return useSubscription<${data}, ${vars}>(${doc}, options as useSubscription.Options<${data}, ${vars}>);\n}`,
        );
      }
    }
  }
  if (hooks.length === 0) return '';
  return {
    prepend: [`import { ${[...used].sort().join(', ')} } from '@apollo/client/react';`],
    content: hooks.join('\n\n') + '\n',
  };
}

module.exports = { plugin };
