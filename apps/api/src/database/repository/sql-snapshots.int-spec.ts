import { existsSync, readdirSync, readFileSync, writeFileSync, mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { DataSource } from 'typeorm';
import { createTestDatabase, type TestDatabase } from '@tremplin/api-testing';
import { dataSourceOptions } from '../data-source-options';
import { MIGRATED_TEMPLATE } from '../../testing/migrated-template';
import { renderSqlSnapshots, SNAPSHOT_DIR } from './sql-snapshot-runner';

/**
 * The SQL each repository sends, compared with the committed snapshots in apps/api/src/queries/ (see sql-snapshot.ts).
 * `UPDATE_SQL_SNAPSHOTS=1` (what `npm run sql:snapshots` sets) writes them instead.
 */
/**
 * On a PostgreSQL server only: the embedded PGlite is one database session, given to one transaction at a time, and
 * the methods that read on a connection of their own (the report queue's claim, the report snapshot's second
 * connection) would wait for the snapshot's transaction to end. The statements' text is the same on both.
 */
const onPostgresServer = Boolean(process.env['DATABASE_URL']);
if (!onPostgresServer)
  process.stderr.write(
    '\n⚠ sql-snapshots.int-spec.ts IGNORÉ : PGlite n’a qu’une session ; lancez ce test avec DATABASE_URL (un vrai PostgreSQL).\n\n',
  );

(onPostgresServer ? describe : describe.skip)('SQL snapshots of the repositories', () => {
  let database: TestDatabase;
  let rendered: Map<string, string>;

  beforeAll(async () => {
    // A copy of the worker's migrated template (template-databases.ts), where nothing is pending; elsewhere (another
    // Jest configuration) an empty database, migrated here.
    database = await createTestDatabase('tremplin_test', { template: MIGRATED_TEMPLATE });
    const db = new DataSource(dataSourceOptions(database.url, 1));
    await db.initialize();
    await db.runMigrations({ transaction: 'each' });
    await db.destroy();
    rendered = await renderSqlSnapshots(database.url);
  }, 180_000);
  afterAll(() => database?.dropLater());

  it('every repository file has its snapshot, and each snapshot is what the repository sends', () => {
    if (process.env['UPDATE_SQL_SNAPSHOTS'] === '1') {
      rmSync(SNAPSHOT_DIR, { recursive: true, force: true });
      mkdirSync(SNAPSHOT_DIR, { recursive: true });
      for (const [file, text] of rendered) writeFileSync(join(SNAPSHOT_DIR, file), text);
    }
    const committed = existsSync(SNAPSHOT_DIR) ? readdirSync(SNAPSHOT_DIR).filter((f) => f.endsWith('.sql')) : [];
    const differing = [...rendered.keys()].filter(
      (f) => !committed.includes(f) || readFileSync(join(SNAPSHOT_DIR, f), 'utf8') !== rendered.get(f),
    );
    const stale = committed.filter((f) => !rendered.has(f));
    expect({ differing, stale }).toEqual({ differing: [], stale: [] });
  });
});
