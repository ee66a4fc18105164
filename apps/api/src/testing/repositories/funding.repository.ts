import { Client } from 'pg';

/** Test-only SQL of the funding specs. */

/** A row held locked by a connection of its own, until `commit` (then `end` closes that connection). */
export interface HeldRowLock {
  commit(): Promise<void>;
  end(): Promise<void>;
}

/**
 * Locks one funding source row (`SELECT … FOR UPDATE` in an open transaction) on a third connection to `url`, so that
 * two concurrent allocations of it both wait on the lock and are then released together.
 */
export async function holdSourceRowLocked(url: string, table: 'mission' | 'expense', id: string): Promise<HeldRowLock> {
  const blocker = new Client({ connectionString: url });
  await blocker.connect();
  const end = () => blocker.end();
  try {
    await blocker.query('BEGIN');
    await blocker.query(`SELECT id FROM ${table} WHERE id = $1 FOR UPDATE`, [id]);
  } catch (e) {
    await end();
    throw e;
  }
  return {
    commit: async () => {
      await blocker.query('COMMIT');
    },
    end,
  };
}
