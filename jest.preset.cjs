// Shared Jest settings: TypeScript through SWC (decorator metadata on, as Nest needs),
// the tsconfig path aliases, and one database for the whole run (see test/global-setup.mjs).
const { resolve } = require('node:path');
const { compilerOptions } = require('./tsconfig.base.json');

const moduleNameMapper = Object.fromEntries(
  Object.entries(compilerOptions.paths).map(([alias, [target]]) => [
    `^${alias.replace('/', '\\/')}$`,
    resolve(__dirname, target),
  ]),
);

/**
 * The unified/mdast packages the redaction library parses Markdown with are ESM-only; Node
 * loads them with require(esm), but Jest's module system needs them transformed to CommonJS.
 */
const ESM_PACKAGES = [
  'mdast-util-[^/]+',
  'micromark[^/]*',
  'unist-util-[^/]+',
  'decode-named-character-reference',
  'character-entities',
  'devlop',
  'longest-streak',
  'zwitch',
  // otplib's default plugins (Base32, HMAC) sit on these ESM-only packages.
  '@scure/base',
  '@noble/hashes',
];

module.exports = {
  testEnvironment: 'node',
  // (A package nested in another's node_modules is matched by its own, last, node_modules/.)
  transformIgnorePatterns: [`/node_modules/(?!(${ESM_PACKAGES.join('|')})/)(?!.*/node_modules/)`],
  transform: {
    '^.+\\.js$': ['@swc/jest', { jsc: { target: 'es2022' }, module: { type: 'commonjs' } }],
    '^.+\\.ts$': [
      '@swc/jest',
      {
        jsc: {
          parser: { syntax: 'typescript', decorators: true },
          transform: {
            legacyDecorator: true,
            decoratorMetadata: true,
            useDefineForClassFields: false,
          },
          target: 'es2022',
          keepClassNames: true,
        },
        module: { type: 'commonjs' },
        sourceMaps: 'inline',
      },
    ],
  },
  moduleFileExtensions: ['ts', 'js', 'mjs', 'json'],
  moduleNameMapper,
  globalSetup: resolve(__dirname, 'test/global-setup.mjs'),
  globalTeardown: resolve(__dirname, 'test/global-teardown.mjs'),
};
