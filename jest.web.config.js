/** Web unit tests: the web app's helpers and components in jsdom with Testing Library (apps/web/src/**\/*.spec.ts(x)). */
const { pathsToModuleNameMapper } = require('ts-jest');
const { compilerOptions } = require('./tsconfig.base.json');

module.exports = {
  displayName: 'web',
  testEnvironment: 'jsdom',
  // ts-jest's compiled files, with npm test's other caches (tools/test.mjs): one folder for CI to keep between runs.
  cacheDirectory: '<rootDir>/tmp/cache/jest',
  rootDir: '.',
  roots: ['<rootDir>/apps/web/src'],
  testMatch: ['**/*.spec.ts', '**/*.spec.tsx'],
  setupFiles: ['<rootDir>/apps/web/jest.setup.ts'],
  moduleNameMapper: {
    '\\.css$': '<rootDir>/apps/web/jest.style-stub.js',
    ...pathsToModuleNameMapper(compilerOptions.paths, { prefix: '<rootDir>/' }),
  },
  transform: { '^.+\\.tsx?$': ['ts-jest', { tsconfig: '<rootDir>/apps/web/tsconfig.spec.json' }] },
};
