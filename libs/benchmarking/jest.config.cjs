const preset = require('../../jest.preset.cjs');

module.exports = {
  ...preset,
  displayName: 'benchmarking',
  rootDir: __dirname,
  testMatch: ['<rootDir>/src/**/*.spec.ts'],
};
