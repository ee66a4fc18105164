// Test code never ships: fails when the API's build (dist/apps/api) holds a test helper, a fixture, a spec, or a file
// that requires one (libs/api/testing, apps/api/src/testing, *-fixture, *.spec, *.int-spec). Run by `npm run build:api`
// after tsc. `--clean` (before tsc) deletes the previous build: tsc never deletes an output whose source left the
// build (e.g. left there by builds older than the exclusions of apps/api/tsconfig.app.json).
// The tools that need the test helpers built (benchmarks, migration:generate) use `npm run build:api-tools`
// (dist/tools/api, apps/api/tsconfig.tools.json).
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join, relative } from 'node:path';

const DIST = 'dist/apps/api';
const TESTING_DIRS = ['libs/api/testing', 'libs/api/reports/src/testing', 'apps/api/src/testing'];
/** @param {string} path a path relative to DIST */
const isTestFile = (path) =>
  TESTING_DIRS.some((d) => path === d || path.startsWith(`${d}/`)) ||
  /(?:-fixture|\.spec|\.int-spec|-spec\.repository)\.(?:js|d\.ts|js\.map)$/.test(path);
/** A require of a testing library, as tsc-alias leaves it (a relative path, `…/testing/x` or `…/testing`) or as written. */
const TESTING_REQUIRE =
  /require\("[^"]*(?:libs\/api\/testing|@tremplin\/api-testing|@tremplin\/api-reports\/testing|\/testing\/|\/testing(?="))[^"]*"\)/;
const requiresTesting = (text) => TESTING_REQUIRE.test(text);

/** @param {string} dir @returns {string[]} */
function files(dir) {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile())
    .map((e) => relative(DIST, join(e.parentPath, e.name)));
}

if (process.argv.includes('--clean')) {
  // The whole build goes: a file whose source left the build (or now requires a test helper) would stay otherwise.
  rmSync(DIST, { recursive: true, force: true });
  process.exit(0);
}

if (!existsSync(DIST)) {
  process.stderr.write(`✘ ${DIST} n’existe pas : lancez npm run build:api.\n`);
  process.exit(1);
}
const found = files(DIST).filter(
  (f) => isTestFile(f) || (f.endsWith('.js') && requiresTesting(readFileSync(join(DIST, f), 'utf8'))),
);
if (found.length) {
  process.stderr.write(
    `✘ Du code de test est dans le build de l’API (${DIST}) :\n${found.map((f) => `  ${f}`).join('\n')}\n` +
      '  Excluez-le dans apps/api/tsconfig.app.json, ou ne l’importez pas depuis le code de production.\n',
  );
  process.exit(1);
}
process.stdout.write(`✔ ${DIST} ne contient pas de code de test.\n`);
