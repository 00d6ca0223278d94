import nx from '@nx/eslint-plugin';
import prettier from 'eslint-config-prettier';
import reactHooks from 'eslint-plugin-react-hooks';

export default [
  ...nx.configs['flat/base'],
  ...nx.configs['flat/typescript'],
  ...nx.configs['flat/javascript'],
  {
    ignores: [
      '**/dist',
      '**/node_modules',
      '**/.data',
      '**/.nx',
      '**/coverage',
      '**/tmp',
      '**/*.generated.ts',
      'libs/graphql-client/src/generated',
      'test-results',
      'playwright-report',
    ],
  },
  {
    files: ['**/*.ts', '**/*.tsx', '**/*.js', '**/*.mjs', '**/*.cjs'],
    rules: {
      // The module graph the architecture promises (docs/adr/0001): apps on features on data
      // on utilities; the API and the web apps share only `scope:shared` code.
      '@nx/enforce-module-boundaries': [
        'error',
        {
          enforceBuildableLibDependency: true,
          allow: [],
          depConstraints: [
            { sourceTag: 'scope:api', onlyDependOnLibsWithTags: ['scope:api', 'scope:shared'] },
            { sourceTag: 'scope:web', onlyDependOnLibsWithTags: ['scope:web', 'scope:shared'] },
            { sourceTag: 'scope:shared', onlyDependOnLibsWithTags: ['scope:shared'] },
            {
              sourceTag: 'type:app',
              onlyDependOnLibsWithTags: ['type:feature', 'type:data', 'type:util'],
            },
            {
              sourceTag: 'type:e2e',
              onlyDependOnLibsWithTags: ['type:feature', 'type:data', 'type:util'],
            },
            {
              sourceTag: 'type:feature',
              onlyDependOnLibsWithTags: ['type:feature', 'type:data', 'type:util'],
            },
            { sourceTag: 'type:data', onlyDependOnLibsWithTags: ['type:data', 'type:util'] },
            { sourceTag: 'type:util', onlyDependOnLibsWithTags: ['type:util'] },
          ],
        },
      ],
    },
  },
  {
    // Every authorization decision is libs/authz's (ADR 0003): elsewhere, ask the ability
    // (`@Allow`, `canOn`, `findAllowed`, `applyAbility`) rather than reading the access facts.
    files: ['libs/**/*.ts', 'apps/**/*.ts'],
    ignores: ['libs/authz/**'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: "MemberExpression[property.name='access'][object.type!='ThisExpression']",
          message:
            "Authorization facts are libs/authz's: ask the ability (canOn, findAllowed, @Allow) or add a helper there.",
        },
      ],
    },
  },
  {
    files: ['**/*.tsx'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'error',
    },
  },
  {
    files: ['**/*.ts', '**/*.tsx'],
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      // GraphQL input classes need the annotation for decorator metadata (`flag: boolean = false`).
      '@typescript-eslint/no-inferrable-types': ['error', { ignoreProperties: true }],
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
    },
  },
  {
    // The web apps refetch by typed document (`refetchQueries: [ConsolePlanDocument]`): a query
    // named in a string silently refetches nothing once the query is renamed.
    files: [
      'apps/facilitator-console/src/**/*.{ts,tsx}',
      'apps/participant-portal/src/**/*.{ts,tsx}',
      'libs/ui/src/**/*.{ts,tsx}',
    ],
    rules: {
      'no-restricted-syntax': [
        'error',
        ...[
          'Property[key.name="refetchQueries"] > ArrayExpression > Literal',
          'CallExpression[callee.property.name="refetchQueries"] Property[key.name="include"] > ArrayExpression > Literal',
          'VariableDeclarator[id.name=/refetch|queries/i] > ArrayExpression > Literal',
        ].map((selector) => ({
          selector,
          message: "Refetch by the query's typed document (`XDocument`), not by its name.",
        })),
      ],
    },
  },
  {
    // Texts are read through each app's typed `useT` (src/i18n.ts; libs/ui/src/lib/i18n.ts), so
    // that a key no catalogue has fails the type check (docs/adr/0022); i18next's own `t` takes
    // any string.
    files: [
      'apps/facilitator-console/src/**/*.{ts,tsx}',
      'apps/participant-portal/src/**/*.{ts,tsx}',
      'libs/ui/src/**/*.{ts,tsx}',
    ],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            {
              name: 'react-i18next',
              importNames: ['useTranslation', 'withTranslation', 'Translation', 'Trans'],
              message:
                "Read texts with the app's typed `useT` (src/i18n.ts): its keys are checked.",
            },
            {
              name: 'i18next',
              importNames: ['default', 't', 'TFunction'],
              message: "Take the typed `Translate<'ns'>` from the app's src/i18n.ts instead.",
            },
          ],
        },
      ],
    },
  },
  {
    files: ['**/*.spec.ts', '**/*.spec.tsx', '**/*.e2e-spec.ts', 'test/**/*.ts'],
    rules: {
      '@typescript-eslint/no-explicit-any': 'off',
      '@typescript-eslint/no-non-null-assertion': 'off',
    },
  },
  {
    // Tooling configuration, not project code.
    files: [
      '**/jest.config.cjs',
      'jest.preset.cjs',
      'eslint.config.mjs',
      '**/vite.config.mts',
      'vitest.config.mts',
      'playwright.config.ts',
    ],
    rules: { '@nx/enforce-module-boundaries': 'off' },
  },
  prettier,
];
