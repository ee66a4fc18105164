/** Integration tests: services and the GraphQL API with real repositories on a real PostgreSQL (*.int-spec.ts). */
// The Node project of the unit tests (not the web's, in jsdom), without its display name.
const unit = { ...require('./jest.unit.config.js').projects[0] };
delete unit.displayName;

module.exports = {
  ...unit,
  testMatch: ['**/*.int-spec.ts'],
  testTimeout: 60_000,
  maxWorkers: 2,
  // On PostgreSQL: one migrated template database per worker, copied by each test file (template-databases.ts).
  globalSetup: '<rootDir>/libs/api/testing/src/jest-global-setup.ts',
  globalTeardown: '<rootDir>/libs/api/testing/src/jest-global-teardown.ts',
};
