const preset = require('../../jest.preset.cjs');

module.exports = {
  ...preset,
  displayName: 'closing',
  rootDir: __dirname,
  testMatch: ['<rootDir>/src/**/*.spec.ts'],
};
