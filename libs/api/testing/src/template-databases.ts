import { randomInt } from 'node:crypto';
import { Client } from 'pg';

/**
 * One migrated template database per Jest worker (PostgreSQL only), so that each test file copies it
 * (`CREATE DATABASE … TEMPLATE`, a file copy) instead of running every migration again.
 *
 * - The run: `jest-global-setup.ts` names it (`TREMPLIN_TEST_RUN`, read by the workers, which it starts) and holds an
 *   advisory lock named after it on a connection of its own until `jest-global-teardown.ts` drops its templates. A
 *   template whose run holds no lock is a left-over of a killed run: the next run's setup drops it.
 * - The worker: its first test file that asks for a migrated database creates `tremplin_tpl_<run>_<worker>`, migrated
 *   under a temporary name and renamed once whole (a file cut short leaves no half-migrated template), then closed to
 *   connections: PostgreSQL copies a template only while no session is connected to it. The later files find it.
 * Without a run (another Jest configuration, a tool), or with TREMPLIN_TEST_TEMPLATES=off, every test database is
 * created empty and the application migrates it, as before.
 */
export const TEST_RUN_ENV = 'TREMPLIN_TEST_RUN';
const PREFIX = 'tremplin_tpl_';
/** The first key of the runs' advisory locks (the second is the run's number). */
const LOCK_CLASS = 727001;

/** What a test database needs to be migrated: `migrate` brings the empty database at `url` to the current schema. */
export interface MigratedTemplate {
  migrate(url: string): Promise<void>;
  /**
   * On the embedded PGlite, where there is no template database: what the migrations are (their code), so that a
   * migrated cluster saved under it in tmp/ is loaded instead of migrating again (test-database.ts).
   */
  key?: string;
}

export const onServer = async <T>(serverUrl: string, work: (c: Client) => Promise<T>): Promise<T> => {
  const c = new Client({ connectionString: serverUrl });
  await c.connect();
  try {
    return await work(c);
  } finally {
    await c.end();
  }
};

export function databaseUrl(serverUrl: string, name: string): string {
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

/** This worker's migrated template, made on first use; undefined outside a run (see above). */
export async function workerTemplate(serverUrl: string, template: MigratedTemplate): Promise<string | undefined> {
  const run = process.env[TEST_RUN_ENV];
  if (!run || !/^[0-9a-z]+$/.test(run)) return undefined;
  const name = `${PREFIX}${run}_${process.env['JEST_WORKER_ID'] ?? '1'}`;
  const exists = await onServer(serverUrl, async (c) => {
    const { rowCount } = await c.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
    return rowCount === 1;
  });
  if (exists) return name;
  // One worker runs one test file at a time: nobody else makes this template meanwhile.
  const partial = `${name}_partial`;
  await onServer(serverUrl, async (c) => {
    await c.query(`DROP DATABASE IF EXISTS "${partial}" WITH (FORCE)`);
    await c.query(`CREATE DATABASE "${partial}"`);
  });
  await template.migrate(databaseUrl(serverUrl, partial));
  await onServer(serverUrl, async (c) => {
    await c.query(`ALTER DATABASE "${partial}" RENAME TO "${name}"`);
    await c.query(`ALTER DATABASE "${name}" WITH ALLOW_CONNECTIONS false`);
  });
  return name;
}

/** Global setup: names the run, holds its lock, drops the templates of runs that ended without their teardown. */
export async function startTemplateRun(serverUrl: string): Promise<{ run: string; end(): Promise<void> }> {
  const key = randomInt(1, 2 ** 31 - 1);
  const run = key.toString(36);
  const c = new Client({ connectionString: serverUrl });
  await c.connect();
  try {
    await c.query('SELECT pg_advisory_lock($1, $2)', [LOCK_CLASS, key]);
    const { rows } = await c.query<{ datname: string }>(
      `SELECT datname FROM pg_database WHERE datname LIKE 'tremplin\\_tpl\\_%' ORDER BY datname`,
    );
    const freed = new Set<number>();
    for (const { datname } of rows) {
      const other = /^tremplin_tpl_([0-9a-z]+)_/.exec(datname)?.[1];
      const otherKey = other ? parseInt(other, 36) : NaN;
      if (!Number.isSafeInteger(otherKey) || otherKey === key || otherKey >= 2 ** 31) continue;
      if (!freed.has(otherKey)) {
        const [{ free }] = (await c.query('SELECT pg_try_advisory_lock($1, $2) AS free', [LOCK_CLASS, otherKey]))
          .rows as { free: boolean }[];
        if (!free) continue; // a run under way, here or on another machine
        freed.add(otherKey);
      }
      await c.query(`DROP DATABASE IF EXISTS "${datname}" WITH (FORCE)`);
    }
    for (const k of freed) await c.query('SELECT pg_advisory_unlock($1, $2)', [LOCK_CLASS, k]);
  } catch (e) {
    await c.end();
    throw e;
  }
  return {
    run,
    /** Global teardown: drops this run's templates, then lets the lock go with the connection. */
    async end() {
      try {
        const { rows } = await c.query<{ datname: string }>(`SELECT datname FROM pg_database WHERE datname LIKE $1`, [
          `${PREFIX}${run}\\_%`,
        ]);
        for (const { datname } of rows) await c.query(`DROP DATABASE IF EXISTS "${datname}" WITH (FORCE)`);
      } finally {
        await c.end();
      }
    },
  };
}
