const preset = require('../../jest.preset.cjs');

module.exports = {
  ...preset,
  displayName: 'calendar',
  rootDir: __dirname,
  testMatch: ['<rootDir>/src/**/*.spec.ts'],
};
