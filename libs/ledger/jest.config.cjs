const preset = require('../../jest.preset.cjs');

module.exports = {
  ...preset,
  displayName: 'ledger',
  rootDir: __dirname,
  testMatch: ['<rootDir>/src/**/*.spec.ts'],
};
