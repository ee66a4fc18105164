import type { DataSource, EntityManager, QueryRunner } from 'typeorm';
import { beginReadOnlySnapshot, exportSnapshot, rollback } from './database-session.repository';
import { hasOwnSessions } from './prepared';

/**
 * Runs `work` over one snapshot of the database: a read-only REPEATABLE READ transaction, and a second connection
 * that imports the same snapshot (`pg_export_snapshot`, `SET TRANSACTION SNAPSHOT`), so that two statements can run
 * side by side and still see exactly the same data — a report's figures and its records tables agree even if someone
 * records an exit meanwhile.
 * On the embedded PGlite (one session for every connection, one pool connection) a transaction would hold the only
 * session for the whole work and every request would wait behind it; with a pool of fewer than three connections
 * (`DB_POOL_SIZE`), the two would leave none to the requests, or wait for each other with a pool of one. There `work`
 * gets the data source's manager for both, statement after statement, as any reader.
 */
export async function withSharedSnapshot<T>(
  db: DataSource,
  work: (main: EntityManager, side: EntityManager) => Promise<T>,
): Promise<T> {
  const runners: QueryRunner[] = [];
  const open = async (snapshot?: string) => {
    const runner = db.createQueryRunner();
    runners.push(runner);
    await runner.connect();
    await beginReadOnlySnapshot(runner, snapshot);
    return runner;
  };
  const poolSize = (db.options as { extra?: { max?: number } }).extra?.max ?? 10;
  if (!hasOwnSessions(db) || poolSize < 3) return work(db.manager, db.manager);
  try {
    const main = await open();
    const side = await open(await exportSnapshot(main));
    return await work(main.manager, side.manager);
  } finally {
    // Read only: nothing to keep. The snapshot lives as long as the exporting transaction.
    for (const runner of runners.reverse()) {
      await rollback(runner).catch(() => undefined);
      await runner.release();
    }
  }
}
