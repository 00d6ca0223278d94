// `npm test` runs every project at once: unit specs beside the code in libs/, and the API
// end-to-end suites in test/api. One database serves the run.
module.exports = {
  projects: [
    '<rootDir>/libs/*/jest.config.cjs',
    '<rootDir>/apps/api/jest.config.cjs',
    '<rootDir>/test/api/jest.config.cjs',
  ],
  globalSetup: './test/global-setup.mjs',
  globalTeardown: './test/global-teardown.mjs',
  testTimeout: 30_000,
};
