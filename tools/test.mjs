// `npm test`: every check a change must pass, in order, with a summary. Exits non-zero if any step failed.
// Integration and end-to-end tests use the PostgreSQL named by DATABASE_URL, or an embedded PGlite without it.
// `npm run test:pglite` (`--pglite`): without DATABASE_URL even if it is set, the tests whose path differs on the
// embedded PGlite — a slice of the integration tests and every end-to-end test (CI runs it after the full run).
// `--only lint,typecheck,…`: those steps only (to measure one tier, or to check again what failed).
//
// Caches, under tmp/ (see docs/testing.md, « Durée de npm test »), each as correct as the step without it: ESLint's
// (by content, in a file named after what the per-file cache cannot see: the ESLint configuration, the Nx projects'
// tags, the installed packages), Prettier's (by content), and tsc's incremental build information (tsc re-checks
// whatever a change can affect). `rm -rf tmp/cache` starts from nothing.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { delimiter, resolve } from 'node:path';

/**
 * The integration tests of what works otherwise on PGlite, one database session that every connection shares
 * (libs/api/database/src/embedded-postgres.ts): the server's turns, instances sharing it, prepared statements,
 * sessions, the reports' snapshot and queue, concurrent requests and the double-funding guard's transactions, the
 * demo data's first start. The others run the same SQL on both.
 */
const PGLITE_SLICE = [
  'libs/api/database/src/embedded-postgres.int-spec.ts',
  'apps/api/src/database/shared-session.int-spec.ts',
  'apps/api/src/database/prepared.int-spec.ts',
  'apps/api/src/core/auth/auth.int-spec.ts',
  'apps/api/src/database/snapshot.int-spec.ts',
  'apps/api/src/modules/reports/report-jobs.int-spec.ts',
  'apps/api/src/database/concurrency.int-spec.ts',
  'apps/api/src/modules/funding/allocation-guard.int-spec.ts',
  'apps/api/src/database/seeds/demo.seed.int-spec.ts',
];

const pglite = process.argv.includes('--pglite');
const env = { ...process.env };
if (pglite) delete env.DATABASE_URL;
// The steps call the tools directly (tsc, eslint…), as `npm run` would find them, even under `node tools/test.mjs`.
env.PATH = `${resolve('node_modules/.bin')}${delimiter}${env.PATH ?? ''}`;

const CACHE = 'tmp/cache';
/** What ESLint's per-file cache does not see: its configuration, the Nx projects (tags) and the installed packages. */
function eslintCacheFile() {
  const h = createHash('sha256');
  const inputs = ['eslint.config.mjs', 'nx.json', 'package-lock.json', 'tsconfig.base.json'];
  for (const dir of ['apps', 'libs', 'test'])
    for (const f of readdirSync(dir, { recursive: true, encoding: 'utf8' }))
      if (f.endsWith('project.json') && !f.includes('node_modules')) inputs.push(`${dir}/${f}`);
  for (const f of inputs.sort()) if (existsSync(f)) h.update(f).update(readFileSync(f));
  return `${CACHE}/eslint-${h.digest('hex').slice(0, 16)}`;
}
/** `npm run typecheck`'s five projects, each with its incremental build information (the web's specs apart: the app's
 * project leaves them out of the build). */
const TYPECHECK = [
  ['api', 'apps/api/tsconfig.spec.json'],
  ['web', 'apps/web/tsconfig.json'],
  ['web-spec', 'apps/web/tsconfig.spec.json'],
  ['e2e', 'test/tsconfig.json'],
  ['tools', 'tools/tsconfig.json'],
]
  .map(
    ([name, project]) => `tsc -p ${project} --noEmit --incremental --tsBuildInfoFile ${CACHE}/tsc-${name}.tsbuildinfo`,
  )
  .join(' && ');
/** `npm run lint` (package.json runs this step alone): ESLint with its cache, the dependency rules, the SQL check. */
const LINT = [
  'nx show projects > /dev/null',
  `eslint . --max-warnings=0 --cache --cache-strategy content --cache-location ${eslintCacheFile()}`,
  'depcruise apps/api/src libs --config .dependency-cruiser.cjs',
  'node tools/check-module-cycles.mjs',
  'node tools/check-sql-location.mjs',
].join(' && ');

const jestReport = (name) => `tmp/jest-${name}.json`;
const jest = (name, script, args = []) => ({
  name,
  cmd: `npm run --silent ${script} -- ${[...args, '--json', `--outputFile=${jestReport(name)}`].join(' ')}`,
  report: jestReport(name),
});
const steps = pglite
  ? [
      jest('integration', 'test:int', PGLITE_SLICE),
      { name: 'build', cmd: 'npm run --silent build' },
      jest('e2e', 'test:e2e'),
    ]
  : [
      { name: 'lint', cmd: LINT },
      {
        name: 'format',
        cmd: `npx prettier --check . --log-level warn --cache --cache-strategy content --cache-location ${CACHE}/prettier`,
      },
      { name: 'typecheck', cmd: TYPECHECK },
      { name: 'generated', cmd: 'npm run --silent check:generated' },
      jest('unit', 'test:unit'),
      jest('integration', 'test:int'),
      { name: 'build', cmd: 'npm run --silent build' },
      jest('e2e', 'test:e2e'),
    ];

const onlyArg = process.argv.find((a, i) => process.argv[i - 1] === '--only' || a.startsWith('--only='));
const only = onlyArg?.replace(/^--only=/, '').split(',');
if (only?.some((name) => !steps.some((s) => s.name === name))) {
  process.stderr.write(`--only : étapes connues : ${steps.map((s) => s.name).join(', ')}\n`);
  process.exit(2);
}

mkdirSync(CACHE, { recursive: true });
process.stdout.write(
  `Base de données des tests : ${env.DATABASE_URL ? env.DATABASE_URL.replace(/:[^:@/]*@/, ':***@') : 'PostgreSQL embarqué (PGlite), pas de DATABASE_URL'}\n`,
);
const results = [];
let passed = 0;
let failed = 0;
for (const step of only ? steps.filter((s) => only.includes(s.name)) : steps) {
  if (step.report) rmSync(step.report, { force: true });
  process.stdout.write(`\n━━━ ${step.name} ━━━ ${step.cmd}\n`);
  const started = Date.now();
  const r = spawnSync(step.cmd, { stdio: 'inherit', shell: true, env });
  const ok = r.status === 0;
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  let counts = '';
  if (step.report && existsSync(step.report)) {
    const j = JSON.parse(readFileSync(step.report, 'utf8'));
    passed += j.numPassedTests;
    failed += j.numFailedTests;
    counts = ` (${j.numPassedTests} réussis, ${j.numFailedTests} échoués, ${j.numPendingTests} ignorés)`;
  } else if (step.report && !ok) failed += 1;
  results.push(`${ok ? '✔' : '✘'} ${step.name.padEnd(12)} ${seconds.padStart(6)} s${counts}`);
}
process.stdout.write(`\n━━━ Résumé ━━━\n${results.join('\n')}\n`);
const failedSteps = results.filter((l) => l.startsWith('✘')).length;
process.stdout.write(`tests: ${passed} passed, ${failed} failed\n`);
process.exit(failedSteps ? 1 : 0);
