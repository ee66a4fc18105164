import { Client } from 'pg';
import type { DataSource } from 'typeorm';
import { DatabaseSessionRepository, lockMigrations, unlockMigrations } from './database-session.repository';

/**
 * `work` under PostgreSQL's advisory lock of the migrations: one instance migrates while the others wait. The lock is
 * held on a connection of its own, outside the pool, so that a pool of one connection can still migrate.
 */
export async function withMigrationLock<T>(url: string, work: () => Promise<T>): Promise<T> {
  const lock = new Client({ connectionString: url });
  await lock.connect();
  try {
    await lockMigrations(lock);
    return await work();
  } finally {
    await unlockMigrations(lock).catch(() => undefined);
    await lock.end();
  }
}

/** The role the data source connects as. */
export async function currentRole(db: DataSource): Promise<string> {
  return new DatabaseSessionRepository(db).currentRole();
}
