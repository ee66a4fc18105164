import type { Client } from 'pg';
import type { DataSource, EntityManager, QueryRunner } from 'typeorm';
import { SqlSnapshot } from './repository';

/**
 * The statements about the database session itself rather than the application's tables: the migrations' advisory
 * lock, the connected role, the backend's pid, the report snapshot's transactions, and the prepared statements'
 * helper (see migration-lock.ts, prepared.ts, snapshot.ts).
 */
export class DatabaseSessionRepository {
  constructor(private readonly db: DataSource) {}

  /** The role the data source connects as. */
  @SqlSnapshot()
  async currentRole(manager: EntityManager = this.db.manager): Promise<string> {
    const [{ role }] = (await manager.query('SELECT current_user AS role')) as { role: string }[];
    return role;
  }
}

/** The migrations' advisory lock, taken on a connection of its own (`withMigrationLock`): waits for the holder. */
export async function lockMigrations(client: Client): Promise<void> {
  await client.query('SELECT pg_advisory_lock(727000)');
}

export async function unlockMigrations(client: Client): Promise<void> {
  await client.query('SELECT pg_advisory_unlock(727000)');
}

/** The pid of the backend serving `client` (two connections served by one backend share one session). */
export async function backendPid(client: Client): Promise<number> {
  return (await client.query<{ pid: number }>('SELECT pg_backend_pid() AS pid')).rows[0].pid;
}

/** A read-only REPEATABLE READ transaction on `runner`, importing `snapshot` when given (`withSharedSnapshot`). */
export async function beginReadOnlySnapshot(runner: QueryRunner, snapshot?: string): Promise<void> {
  await runner.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY');
  if (snapshot) await runner.query(`SET TRANSACTION SNAPSHOT '${snapshot.replace(/'/g, "''")}'`);
}

/** The snapshot of `runner`'s transaction, for another connection to import: it lives as long as that transaction. */
export async function exportSnapshot(runner: QueryRunner): Promise<string> {
  const [{ snapshot }] = (await runner.query('SELECT pg_export_snapshot() AS snapshot')) as { snapshot: string }[];
  return snapshot;
}

/** Ends `runner`'s transaction (read only: nothing to keep). */
export async function rollback(runner: QueryRunner): Promise<void> {
  await runner.query('ROLLBACK');
}

type Db = Pick<DataSource | EntityManager, 'query'>;

/**
 * `db.query(text, params)`, through a statement prepared under `name` when `prepared` (the data source's connections
 * are sessions of their own, see prepared.ts). `name` must always go with the same `text`.
 */
export function sendQuery<T>(db: Db, text: string, params: unknown[], prepared: { name: string } | null): Promise<T> {
  if (!prepared) return db.query(text, params) as Promise<T>;
  // TypeORM hands the query to `pg` as it is: `pg` takes a `{ name, text }` config with the values beside it. The
  // logger receives the same object (see QueryCounter).
  return db.query({ name: prepared.name, text } as unknown as string, params) as Promise<T>;
}
