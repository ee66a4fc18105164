// `npm test`: every check a change must pass, in order, with a summary. Exits non-zero if any step failed.
// Integration and end-to-end tests use the PostgreSQL named by DATABASE_URL, or an embedded PGlite without it.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';

const jestReport = (name) => `tmp/jest-${name}.json`;
const jest = (name, script) => ({ name, cmd: `npm run --silent ${script} -- --json --outputFile=${jestReport(name)}`, report: jestReport(name) });
const steps = [
  { name: 'lint', cmd: 'npm run --silent lint' },
  { name: 'typecheck', cmd: 'npm run --silent typecheck' },
  { name: 'generated', cmd: 'npm run --silent check:generated' },
  jest('unit', 'test:unit'),
  jest('integration', 'test:int'),
  { name: 'build', cmd: 'npm run --silent build' },
  jest('e2e', 'test:e2e'),
];

mkdirSync('tmp', { recursive: true });
process.stdout.write(
  `Base de données des tests : ${process.env.DATABASE_URL ? process.env.DATABASE_URL.replace(/:[^:@/]*@/, ':***@') : 'PostgreSQL embarqué (PGlite), pas de DATABASE_URL'}\n`,
);
const results = [];
let passed = 0;
let failed = 0;
for (const step of steps) {
  if (step.report) rmSync(step.report, { force: true });
  process.stdout.write(`\n━━━ ${step.name} ━━━ ${step.cmd}\n`);
  const started = Date.now();
  const r = spawnSync(step.cmd, { stdio: 'inherit', shell: true, env: process.env });
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
