/** Integration tests: services and the GraphQL API with real repositories on a real PostgreSQL (*.int-spec.ts). */
const unit = require('./jest.unit.config.js');

module.exports = {
  ...unit,
  testMatch: ['**/*.int-spec.ts'],
  testTimeout: 60_000,
  maxWorkers: 2,
};
