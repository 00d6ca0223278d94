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
  // file-type (libs/documents: a document's type from its content) and its ESM-only dependencies.
  'file-type',
  'strtok3',
  'token-types',
  'uint8array-extras',
  '@tokenizer/inflate',
  '@borewit/text-codec',
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
  moduleNameMapper: {
    ...moduleNameMapper,
    // file-type exports its Node entry for `import` and `module-sync` only, never `require`.
    '^file-type$': resolve(__dirname, 'node_modules/file-type/index.js'),
  },
  globalSetup: resolve(__dirname, 'test/global-setup.mjs'),
  globalTeardown: resolve(__dirname, 'test/global-teardown.mjs'),
};
