const preset = require('../../jest.preset.cjs');

module.exports = {
  ...preset,
  displayName: 'search',
  rootDir: __dirname,
  testMatch: ['<rootDir>/src/**/*.spec.ts'],
};
