const preset = require('../../jest.preset.cjs');

module.exports = {
  ...preset,
  displayName: 'collaboration',
  rootDir: __dirname,
  testMatch: ['<rootDir>/src/**/*.spec.ts'],
};
