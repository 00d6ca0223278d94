const preset = require('../../jest.preset.cjs');

module.exports = {
  ...preset,
  displayName: 'export',
  rootDir: __dirname,
  testMatch: ['<rootDir>/src/**/*.spec.ts'],
};
