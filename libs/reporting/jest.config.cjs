const preset = require('../../jest.preset.cjs');

module.exports = {
  ...preset,
  displayName: 'reporting',
  rootDir: __dirname,
  testMatch: ['<rootDir>/src/**/*.spec.ts'],
};
