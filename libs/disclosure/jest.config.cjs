const preset = require('../../jest.preset.cjs');

module.exports = {
  ...preset,
  displayName: 'disclosure',
  rootDir: __dirname,
  testMatch: ['<rootDir>/src/**/*.spec.ts'],
};
