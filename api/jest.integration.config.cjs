/** Integration tests: a real PostgreSQL (embedded, or TEST_DATABASE_URL), real HTTP, real SMTP. */
module.exports = {
  ...require('./jest.shared.cjs'),
  displayName: 'api-integration',
  testMatch: ['<rootDir>/src/**/*.integration-spec.ts'],
  globalSetup: '<rootDir>/test/global-setup.ts',
  globalTeardown: '<rootDir>/test/global-teardown.ts',
  testTimeout: 30000,
};
