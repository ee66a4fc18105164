import { createHash, randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { type EmbeddedPostgres, startEmbeddedPostgres } from '@tremplin/api-database';
import { databaseUrl, deferDrop, type MigratedTemplate, onServer, workerTemplate } from './template-databases';

/**
 * A fresh, empty database for one test file.
 * - With DATABASE_URL (CI, developers with PostgreSQL): a new database created on that server, dropped afterwards.
 * - Without it: an in-memory embedded PostgreSQL (PGlite) on a free local port, stopped afterwards.
 */
export interface TestDatabase {
  url: string;
  kind: 'postgres' | 'embedded';
  /**
   * PostgreSQL only: a new login role (not superuser, owning nothing) and the URL of this database as that role —
   * the application's own role when the schema owner (`url`) migrates. Dropped with the database.
   */
  createLoginRole(prefix: string): Promise<{ name: string; url: string }>;
  /** Drops it (and its roles): gone when this resolves. */
  drop(): Promise<void>;
  /**
   * Drops it, now or soon: within a Jest run on PostgreSQL (jest-global-setup.ts), the run's main process drops it
   * after this file (template-databases.ts) and this resolves at once — PostgreSQL forces a checkpoint for each
   * DROP DATABASE, seconds on a busy server. Elsewhere, or with login roles (dropped after its grants), as `drop()`.
   * For a database nothing reads after it, such as a test application's (test-app.ts).
   */
  dropLater(): Promise<void>;
}

/**
 * A fresh cluster of this PGlite build, saved by the first embedded test database of the machine and loaded by the
 * next ones: initdb (a second WebAssembly instance) is most of PGlite's start — about three quarters of it, more on a
 * busy machine — and its result is always the same for one build.
 */
function templateFile(kind: string): string {
  const pglite = JSON.parse(
    readFileSync(join(dirname(require.resolve('@electric-sql/pglite')), '..', 'package.json'), 'utf8'),
  ) as { version: string };
  return join(process.cwd(), 'tmp', `pglite-${pglite.version}-${kind}.tar`);
}

/** The cluster saved in `file`, or, when there is none (or it cannot be read), the one `make` starts, then saved. */
async function startSaved(file: string, make: () => Promise<EmbeddedPostgres>): Promise<EmbeddedPostgres> {
  if (existsSync(file)) {
    try {
      return await startEmbeddedPostgres({ maxConnections: 20, loadDataDir: new Blob([readFileSync(file)]) });
    } catch {
      // Unreadable (cut short?): made again below.
    }
  }
  const embedded = await make();
  const partial = `${file}.${process.pid}`; // renamed whole: a concurrent test reads the old file or the new one
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(partial, Buffer.from(await (await embedded.dumpDataDir()).arrayBuffer()));
  renameSync(partial, file);
  return embedded;
}

const startFromTemplate = () => startSaved(templateFile('initdb'), () => startEmbeddedPostgres({ maxConnections: 20 }));

/**
 * Likewise a fresh cluster migrated by `template`, saved under the hash of `template.key` (the migrations' code):
 * a changed migration is a new file.
 */
function startMigrated(template: MigratedTemplate & { key: string }): Promise<EmbeddedPostgres> {
  const hash = createHash('sha256').update(template.key).digest('hex').slice(0, 16);
  return startSaved(templateFile(`migrated-${hash}`), async () => {
    const embedded = await startFromTemplate();
    try {
      await template.migrate(embedded.url);
    } catch (e) {
      await embedded.stop();
      throw e;
    }
    return embedded;
  });
}

/**
 * An embedded PostgreSQL (PGlite) on a free local port, whatever DATABASE_URL says: in memory (from the saved fresh
 * cluster), or kept in `dataDir` (locked meanwhile, as `npm start` does). `drop()` stops it; the folder stays.
 */
export async function createEmbeddedTestDatabase(dataDir?: string, template?: MigratedTemplate): Promise<TestDatabase> {
  const embedded = dataDir
    ? await startEmbeddedPostgres({ maxConnections: 20, dataDir })
    : template?.key
      ? await startMigrated({ ...template, key: template.key })
      : await startFromTemplate();
  return {
    url: embedded.url,
    kind: 'embedded',
    createLoginRole: () => Promise.reject(new Error('PGlite n’a qu’un rôle : test réservé à PostgreSQL')),
    drop: () => embedded.stop(),
    dropLater: () => embedded.stop(),
  };
}

/**
 * `template`: on PostgreSQL within an integration run, the database is a copy of this worker's template, already
 * migrated by `template.migrate` (template-databases.ts), which then finds nothing pending; elsewhere (PGlite, other
 * runs) it is empty as without it, and the caller migrates it. Without `template`, always empty.
 */
export async function createTestDatabase(
  prefix = 'tremplin_test',
  options: { template?: MigratedTemplate } = {},
): Promise<TestDatabase> {
  const serverUrl = process.env['DATABASE_URL'];
  if (!serverUrl) return createEmbeddedTestDatabase(undefined, options.template);
  const name = `${prefix}_${Date.now().toString(36)}_${randomBytes(3).toString('hex')}`;
  const template = options.template ? await workerTemplate(serverUrl, options.template) : undefined;
  await onServer(serverUrl, (db) => db.createDatabase(name, template));
  const url = new URL(databaseUrl(serverUrl, name));
  const roles: string[] = [];
  const drop = () =>
    onServer(serverUrl, async (db) => {
      await db.dropDatabase(name);
      for (const role of roles) await db.dropRole(role);
    });
  return {
    url: url.toString(),
    kind: 'postgres',
    async createLoginRole(rolePrefix) {
      const role = `${rolePrefix}_${randomBytes(4).toString('hex')}`;
      const password = randomBytes(12).toString('hex');
      await onServer(serverUrl, (db) => db.createLoginRole(role, password));
      roles.push(role);
      const roleUrl = new URL(url);
      roleUrl.username = role;
      roleUrl.password = password;
      return { name: role, url: roleUrl.toString() };
    },
    drop,
    async dropLater() {
      if (!roles.length && (await deferDrop(serverUrl, name))) return;
      await drop();
    },
  };
}
