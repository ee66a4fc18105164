import { randomInt } from 'node:crypto';
import { Client } from 'pg';
import { TestDatabasesRepository } from './test-databases.repository';

/**
 * One migrated template database per Jest worker (PostgreSQL only), so that each test file copies it
 * (`CREATE DATABASE … TEMPLATE`, PostgreSQL 15’s default `WAL_LOG` copy, 4 to 7 times faster than `FILE_COPY` here, see
 * docs/testing.md) instead of running every migration again.
 *
 * - The run: `jest-global-setup.ts` names it (`TREMPLIN_TEST_RUN`, read by the workers, which it starts) and holds an
 *   advisory lock named after it on a connection of its own until `jest-global-teardown.ts` drops its templates. A
 *   template whose run holds no lock is a left-over of a killed run: the next run's setup drops it.
 * - The worker: its first test file that asks for a migrated database creates `tremplin_tpl_<run>_<worker>`, migrated
 *   under a temporary name and renamed once whole (a file cut short leaves no half-migrated template), then closed to
 *   connections: PostgreSQL copies a template only while no session is connected to it. The later files find it.
 * - The drops: PostgreSQL 15 forces a checkpoint for each DROP DATABASE, seconds on a busy server. Within a run, a
 *   test file does not wait for it: `dropLater()` (test-database.ts) labels its database `tremplin-drop <run>`, and
 *   the run's main process, idle while the workers test, drops the labelled databases every second
 *   (`dropDeferred`); its teardown drops the rest. A killed run's labelled databases go with its templates.
 * Without a run (another Jest configuration, a tool), or with TREMPLIN_TEST_TEMPLATES=off, every test database is
 * created empty and the application migrates it, and dropped at once, as before.
 */
export const TEST_RUN_ENV = 'TREMPLIN_TEST_RUN';
const PREFIX = 'tremplin_tpl_';
/** The first key of the runs' advisory locks (the second is the run's number). */
const LOCK_CLASS = 727001;
/** The label (database comment) of a test database a run drops later: `tremplin-drop <run>`. */
const DROP_LABEL = 'tremplin-drop ';
/** How often the run's main process drops the labelled databases, and how many at once (one connection each). */
const DROP_EVERY_MS = 1_000;
const DROPS_AT_ONCE = 4;

/** What a test database needs to be migrated: `migrate` brings the empty database at `url` to the current schema. */
export interface MigratedTemplate {
  migrate(url: string): Promise<void>;
  /**
   * On the embedded PGlite, where there is no template database: what the migrations are (their code), so that a
   * migrated cluster saved under it in tmp/ is loaded instead of migrating again (test-database.ts).
   */
  key?: string;
}

export const onServer = async <T>(serverUrl: string, work: (c: TestDatabasesRepository) => Promise<T>): Promise<T> => {
  const c = new Client({ connectionString: serverUrl });
  await c.connect();
  try {
    return await work(new TestDatabasesRepository(c));
  } finally {
    await c.end();
  }
};

export function databaseUrl(serverUrl: string, name: string): string {
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

/** The run this process belongs to (set by jest-global-setup.ts for its workers), if any. */
export function currentRun(): string | undefined {
  const run = process.env[TEST_RUN_ENV];
  return run && /^[0-9a-z]+$/.test(run) ? run : undefined;
}

/** This worker's migrated template, made on first use; undefined outside a run (see above). */
export async function workerTemplate(serverUrl: string, template: MigratedTemplate): Promise<string | undefined> {
  const run = currentRun();
  if (!run) return undefined;
  const name = `${PREFIX}${run}_${process.env['JEST_WORKER_ID'] ?? '1'}`;
  if (await onServer(serverUrl, (db) => db.databaseExists(name))) return name;
  // One worker runs one test file at a time: nobody else makes this template meanwhile.
  const partial = `${name}_partial`;
  await onServer(serverUrl, async (db) => {
    await db.dropDatabase(partial);
    await db.createDatabase(partial);
  });
  await template.migrate(databaseUrl(serverUrl, partial));
  await onServer(serverUrl, (db) => db.renameAndClose(partial, name));
  return name;
}

/**
 * Within a run, labels the test database `name` for the run's main process to drop (see above) and returns true;
 * outside one, false: the caller drops it.
 */
export async function deferDrop(serverUrl: string, name: string): Promise<boolean> {
  const run = currentRun();
  if (!run) return false;
  await onServer(serverUrl, (db) => db.markForDrop(name, `${DROP_LABEL}${run}`));
  return true;
}

/** Drops `names`, `DROPS_AT_ONCE` at a time (concurrent drops share their checkpoints). */
async function dropAll(serverUrl: string, names: string[]): Promise<void> {
  const queue = [...names];
  const drop = async () => {
    for (let name = queue.shift(); name !== undefined; name = queue.shift()) {
      const next = name;
      await onServer(serverUrl, (db) => db.dropDatabase(next));
    }
  };
  await Promise.all(Array.from({ length: Math.min(DROPS_AT_ONCE, queue.length) }, drop));
}

/** The labelled test databases of `run`, dropped. */
async function dropDeferred(serverUrl: string, run: string): Promise<void> {
  const label = `${DROP_LABEL}${run}`;
  const marked = await onServer(serverUrl, (db) => db.markedForDrop(label));
  await dropAll(
    serverUrl,
    marked.filter((m) => m.label === label).map((m) => m.name),
  );
}

/**
 * Global setup: names the run, holds its lock, drops the templates and labelled databases of runs that ended without
 * their teardown, and drops this run's labelled databases as the workers label them.
 */
export async function startTemplateRun(serverUrl: string): Promise<{ run: string; end(): Promise<void> }> {
  const key = randomInt(1, 2 ** 31 - 1);
  const run = key.toString(36);
  const c = new Client({ connectionString: serverUrl });
  await c.connect();
  const db = new TestDatabasesRepository(c);
  try {
    await db.advisoryLock(LOCK_CLASS, key);
    const leftOvers = [
      ...(await db.databasesLike('tremplin\\_tpl\\_%')).map((name) => ({
        name,
        run: /^tremplin_tpl_([0-9a-z]+)_/.exec(name)?.[1],
      })),
      ...(await db.markedForDrop(DROP_LABEL)).map(({ name, label }) => ({
        name,
        run: /^[0-9a-z]+$/.exec(label.slice(DROP_LABEL.length))?.[0],
      })),
    ];
    const freed = new Set<number>();
    const busy = new Set<number>();
    for (const { name, run: other } of leftOvers) {
      const otherKey = other ? parseInt(other, 36) : NaN;
      if (!Number.isSafeInteger(otherKey) || otherKey === key || otherKey >= 2 ** 31 || busy.has(otherKey)) continue;
      if (!freed.has(otherKey)) {
        if (!(await db.tryAdvisoryLock(LOCK_CLASS, otherKey))) {
          busy.add(otherKey); // a run under way, here or on another machine
          continue;
        }
        freed.add(otherKey);
      }
      await db.dropDatabase(name);
    }
    for (const k of freed) await db.advisoryUnlock(LOCK_CLASS, k);
  } catch (e) {
    await c.end();
    throw e;
  }
  // The labelled databases, dropped while the workers test; one pass at a time (a tick during a pass is skipped).
  let pass: Promise<void> | undefined;
  const timer = setInterval(() => {
    pass ??= dropDeferred(serverUrl, run)
      .catch(() => undefined) // the next pass, or the teardown, tries again
      .finally(() => (pass = undefined));
  }, DROP_EVERY_MS);
  timer.unref();
  return {
    run,
    /** Global teardown: drops this run's labelled databases and templates, then lets the lock go with the connection. */
    async end() {
      clearInterval(timer);
      try {
        await pass;
        await dropDeferred(serverUrl, run);
        await dropAll(serverUrl, await db.databasesLike(`${PREFIX}${run}\\_%`));
      } finally {
        await c.end();
      }
    },
  };
}
