const preset = require('../../jest.preset.cjs');

module.exports = {
  ...preset,
  displayName: 'plan',
  rootDir: __dirname,
  testMatch: ['<rootDir>/src/**/*.spec.ts'],
};
