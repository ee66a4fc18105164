import type { startTemplateRun } from './template-databases';

/**
 * Jest `globalTeardown` of the integration tests: drops the run's test databases left to drop and its
 * template databases (jest-global-setup.ts).
 */
export default async function globalTeardown(): Promise<void> {
  const holder = globalThis as { tremplinTemplateRun?: Awaited<ReturnType<typeof startTemplateRun>> };
  const run = holder.tremplinTemplateRun;
  delete holder.tremplinTemplateRun;
  await run?.end();
}
