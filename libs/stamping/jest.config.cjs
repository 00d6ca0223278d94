const preset = require('../../jest.preset.cjs');

module.exports = {
  ...preset,
  displayName: 'stamping',
  rootDir: __dirname,
  testMatch: ['<rootDir>/src/**/*.spec.ts'],
};
