/** Unit tests: pure functions and small units, colocated as *.spec.ts; the web app's in jsdom (jest.web.config.js). */
const { pathsToModuleNameMapper } = require('ts-jest');
const { compilerOptions } = require('./tsconfig.base.json');

/** The API and the libraries, in Node (jest.int.config.js starts from it too). */
const node = {
  displayName: 'api',
  testEnvironment: 'node',
  // ts-jest's compiled files, with npm test's other caches (tools/test.mjs): one folder for CI to keep between runs.
  cacheDirectory: '<rootDir>/tmp/cache/jest',
  rootDir: '.',
  roots: ['<rootDir>/apps/api/src', '<rootDir>/libs', '<rootDir>/tools'],
  testMatch: ['**/*.spec.ts'],
  moduleNameMapper: pathsToModuleNameMapper(compilerOptions.paths, { prefix: '<rootDir>/' }),
  transform: { '^.+\\.tsx?$': ['ts-jest', { tsconfig: '<rootDir>/apps/api/tsconfig.jest.json' }] },
};

module.exports = { projects: [node, require('./jest.web.config.js')] };
