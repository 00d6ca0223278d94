import type { CodegenConfig } from '@graphql-codegen/cli';

// Typed documents and hooks from the committed API schema (`apps/api/schema.graphql`).
// Each feature keeps its `.graphql` documents beside its code; `<name>.generated.ts` is
// written next to each. `npm run codegen:check` fails when the committed output drifts.
const operations = {
  plugins: ['typescript-operations', 'typed-document-node', './tools/codegen/apollo-hooks.cjs'],
  config: {
    enumsAsTypes: true,
    useTypeImports: true,
    avoidOptionals: { field: true, inputValue: false, object: true, defaultValue: false },
    nonOptionalTypename: false,
    skipTypename: true,
    scalars: { DateTime: 'string', Decimal: 'string' },
  },
};

const config: CodegenConfig = {
  schema: 'apps/api/schema.graphql',
  overwrite: true,
  ignoreNoDocuments: true,
  generates: {
    'libs/graphql-client/src/generated/types.ts': {
      plugins: ['typescript'],
      config: {
        enumsAsTypes: true,
        useTypeImports: true,
        avoidOptionals: { field: true, inputValue: false, object: true, defaultValue: false },
        scalars: { DateTime: 'string', Decimal: 'string' },
      },
    },
    // The values of the enums the web apps iterate (every audit action for the log's filter).
    'libs/graphql-client/src/generated/enum-values.ts': {
      plugins: ['./tools/codegen/enum-values.cjs'],
      config: { enums: ['AuditAction', 'AuditSubject'] },
    },
    // The connection fields, for the cache's pagination policies (one policy per field).
    'libs/graphql-client/src/generated/connections.ts': {
      plugins: ['./tools/codegen/connection-fields.cjs'],
    },
    // Documents of the shared library (fragments both apps use, session, notifications, API
    // tokens) and of each app's features, in one set so that any document may spread a shared
    // fragment (typed documents carry the fragments they use; the types are written out).
    './': {
      documents: [
        'libs/graphql-client/src/**/*.graphql',
        'apps/facilitator-console/src/**/*.graphql',
        'apps/participant-portal/src/**/*.graphql',
      ],
      preset: 'near-operation-file',
      presetConfig: { extension: '.generated.ts', baseTypesPath: '~@alianza/graphql-client/types' },
      ...operations,
    },
  },
};

export default config;
