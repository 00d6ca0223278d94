const preset = require('../../jest.preset.cjs');

module.exports = {
  ...preset,
  displayName: 'organization',
  rootDir: __dirname,
  testMatch: ['<rootDir>/src/**/*.spec.ts'],
};
