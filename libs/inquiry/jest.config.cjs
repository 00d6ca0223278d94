const preset = require('../../jest.preset.cjs');

module.exports = {
  ...preset,
  displayName: 'inquiry',
  rootDir: __dirname,
  testMatch: ['<rootDir>/src/**/*.spec.ts'],
};
