const preset = require('../../jest.preset.cjs');

module.exports = {
  ...preset,
  displayName: 'redaction',
  rootDir: __dirname,
  testMatch: ['<rootDir>/src/**/*.spec.ts'],
};
