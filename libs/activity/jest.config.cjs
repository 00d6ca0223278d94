const preset = require('../../jest.preset.cjs');

module.exports = {
  ...preset,
  displayName: 'activity',
  rootDir: __dirname,
  testMatch: ['<rootDir>/src/**/*.spec.ts'],
};
