const preset = require('../../jest.preset.cjs');

module.exports = {
  ...preset,
  displayName: 'api-e2e',
  rootDir: __dirname,
  testMatch: ['<rootDir>/src/**/*.e2e-spec.ts'],
  testTimeout: 30_000,
};
