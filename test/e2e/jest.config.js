/**
 * End-to-end tests: the built API (dist/apps/api) run as real processes, spoken to over HTTP, and the built web
 * app driven in Chromium. `npm test` builds first; run `npm run build` before `npm run test:e2e` on its own.
 */
const { pathsToModuleNameMapper } = require('ts-jest');
const { compilerOptions } = require('../../tsconfig.base.json');

module.exports = {
  testEnvironment: 'node',
  // ts-jest's compiled files, with npm test's other caches (tools/test.mjs): one folder for CI to keep between runs.
  cacheDirectory: '<rootDir>/tmp/cache/jest',
  rootDir: '../..',
  roots: ['<rootDir>/test/e2e'],
  testMatch: ['**/*.e2e-spec.ts'],
  moduleNameMapper: pathsToModuleNameMapper(compilerOptions.paths, { prefix: '<rootDir>/' }),
  transform: { '^.+\\.tsx?$': ['ts-jest', { tsconfig: '<rootDir>/test/tsconfig.json' }] },
  testTimeout: 90_000,
  maxWorkers: 1,
};
