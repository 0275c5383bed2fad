/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/tests'],
  testMatch: ['**/*.test.ts'],
  // Transpile only: `npm test` type-checks the whole project with tsc first, once, instead of per file.
  transform: { '^.+\\.ts$': ['ts-jest', { tsconfig: '<rootDir>/tsconfig.jest.json' }] },
  testTimeout: 30_000,
  // A throwaway PostgreSQL cluster for the tests that run against a database (tests/support/postgresCluster.ts).
  globalSetup: '<rootDir>/tests/support/postgresGlobalSetup.ts',
  globalTeardown: '<rootDir>/tests/support/postgresGlobalTeardown.ts',
};
