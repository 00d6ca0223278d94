const preset = require('../../jest.preset.cjs');

module.exports = {
  ...preset,
  displayName: 'notification',
  rootDir: __dirname,
  testMatch: ['<rootDir>/src/**/*.spec.ts'],
};
