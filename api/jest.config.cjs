/** Unit tests: no I/O, beside the code. */
module.exports = {
  ...require('./jest.shared.cjs'),
  displayName: 'api',
  testMatch: ['<rootDir>/src/**/*.spec.ts'],
};
