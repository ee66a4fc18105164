import { startTemplateRun, TEST_RUN_ENV } from './template-databases';

/**
 * Jest `globalSetup` of the integration tests: on PostgreSQL, a run of migrated template databases, one
 * per worker, whose main process drops the test databases the files are done with (template-databases.ts). Its end is
 * kept for `jest-global-teardown.ts`, which Jest runs in this same process.
 */
export default async function globalSetup(): Promise<void> {
  const serverUrl = process.env['DATABASE_URL'];
  if (!serverUrl || process.env['TREMPLIN_TEST_TEMPLATES'] === 'off') return;
  const run = await startTemplateRun(serverUrl);
  process.env[TEST_RUN_ENV] = run.run; // the workers, started after this, inherit it
  (globalThis as { tremplinTemplateRun?: typeof run }).tremplinTemplateRun = run;
}
