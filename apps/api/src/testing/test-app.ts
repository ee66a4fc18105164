import type { NestExpressApplication } from '@nestjs/platform-express';
import { DataSource } from 'typeorm';
import { createTestDatabase, GraphqlClient, type TestDatabase } from '@tremplin/api-testing';
import { loadConfig } from '../config/app-config';
import { createApp, prepareDatabase } from '../bootstrap';
import { QueryCounter } from '../database/query-counter';
import { MIGRATED_TEMPLATE } from './migrated-template';

export { MIGRATED_TEMPLATE } from './migrated-template';

/** The real application, on a fresh database, listening on a free port: what integration tests talk to. */
export interface TestApp {
  app: NestExpressApplication;
  url: string;
  db: DataSource;
  /** Every statement of the application (`count`, `reset()`); prefer `statementsOf`, which counts one request's. */
  queries: QueryCounter;
  /**
   * Runs `work` and counts the SQL statements it sends and those of the requests it makes to this application (each
   * request is counted apart, see QueryCounter.request), not what else runs meanwhile: what a statement-count test
   * asserts. `result` is what `work` returned.
   */
  statementsOf<T>(work: () => Promise<T>): Promise<{ result: T; statements: number }>;
  database: TestDatabase;
  client(): GraphqlClient;
  close(): Promise<void>;
}

/**
 * `ownRole` (PostgreSQL only): the application connects as a login role of its own, which owns nothing, while the
 * database's owner migrates and grants it (`MIGRATION_DATABASE_URL`), as in production.
 * `database`: a database the test shares between several applications (several instances), which it drops itself;
 * by default a fresh one, dropped by `close`: on PostgreSQL a copy of the worker's migrated template (see
 * libs/api/testing/src/template-databases.ts), so that the start finds no migration pending; `emptyDatabase` asks for
 * an empty one, which the start migrates (a test of the migrations themselves).
 */
export async function startTestApp(
  env: Record<string, string> = {},
  options: { ownRole?: boolean; database?: TestDatabase; emptyDatabase?: boolean } = {},
): Promise<TestApp> {
  const database =
    options.database ??
    (await createTestDatabase('tremplin_test', options.emptyDatabase ? {} : { template: MIGRATED_TEMPLATE }));
  const role = options.ownRole ? await database.createLoginRole('tremplin_app') : undefined;
  const databaseUrl = role?.url ?? database.url;
  // On the embedded database, one pool connection, as `npm start` does (see main.ts).
  const config = loadConfig({
    NODE_ENV: 'test',
    LOG_LEVEL: 'silent',
    SEED_DEMO: 'false',
    // The report worker polls its queue every second on the same pool: its statements would land at random in the
    // statement counts the tests assert. The tests of the queue start it (REPORT_WORKER: 'true').
    REPORT_WORKER: 'false',
    // Likewise the daily retention job; its tests call RetentionService.run() with a fake clock.
    RETENTION_JOB: 'false',
    REPLACEMENT_ESCALATION_JOB: 'false',
    DATABASE_URL: databaseUrl,
    ...(role ? { MIGRATION_DATABASE_URL: database.url } : {}),
    ...(database.kind === 'embedded' ? { DB_POOL_SIZE: '1' } : {}),
    ...env,
  });
  const queries = new QueryCounter();
  const app = await createApp({ config, databaseUrl, queryCounter: queries });
  // Each request a scope of its own for the statement counts (registered before Nest's routes, at listen).
  app.use((_req: unknown, _res: unknown, next: () => void) => queries.request(next));
  await prepareDatabase(app, config.seedDemo, { migrationUrl: config.migrationDatabaseUrl });
  await app.listen(0, '127.0.0.1');
  const address = app.getHttpServer().address();
  const url = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  return {
    app,
    url,
    db: app.get(DataSource),
    queries,
    statementsOf: (work) => queries.statementsOf(work),
    database,
    client: () => new GraphqlClient(url),
    async close() {
      await app.close();
      // Nothing reads it afterwards: within a run, dropped by the run's main process (TestDatabase.dropLater).
      if (!options.database) await database.dropLater();
    },
  };
}
