// `npm test`: every check a change must pass, in order, with a summary. Exits non-zero if any step failed.
// Integration and end-to-end tests use the PostgreSQL named by DATABASE_URL, or an embedded PGlite without it.
// `npm run test:pglite` (`--pglite`): without DATABASE_URL even if it is set, the tests whose path differs on the
// embedded PGlite — a slice of the integration tests and every end-to-end test (CI runs it after the full run).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';

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
      { name: 'lint', cmd: 'npm run --silent lint' },
      { name: 'format', cmd: 'npx prettier --check . --log-level warn' },
      { name: 'typecheck', cmd: 'npm run --silent typecheck' },
      { name: 'generated', cmd: 'npm run --silent check:generated' },
      jest('unit', 'test:unit'),
      jest('integration', 'test:int'),
      { name: 'build', cmd: 'npm run --silent build' },
      jest('e2e', 'test:e2e'),
    ];

mkdirSync('tmp', { recursive: true });
process.stdout.write(
  `Base de données des tests : ${env.DATABASE_URL ? env.DATABASE_URL.replace(/:[^:@/]*@/, ':***@') : 'PostgreSQL embarqué (PGlite), pas de DATABASE_URL'}\n`,
);
const results = [];
let passed = 0;
let failed = 0;
for (const step of steps) {
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
