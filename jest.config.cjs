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
  // Two suites at a time: most of an end-to-end suite's time is spent waiting on the API server
  // and PostgreSQL (on 2 cores, 7 min instead of 9.5).
  maxWorkers: 2,
};
