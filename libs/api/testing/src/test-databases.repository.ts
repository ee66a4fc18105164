import type { Client } from 'pg';

/**
 * The SQL of the test databases (ADR 0011): what template-databases.ts, test-database.ts and wait.ts send to the test
 * PostgreSQL server, on a connection to its `postgres` database (`onServer`) unless said otherwise. Database and role
 * names are made by the test harness (letters, digits, `_`), never read from a request.
 */
export class TestDatabasesRepository {
  constructor(private readonly c: Client) {}

  async databaseExists(name: string): Promise<boolean> {
    const { rowCount } = await this.c.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
    return rowCount === 1;
  }

  /** `template`: a copy of that database (PostgreSQL 15's default strategy, WAL_LOG: no checkpoint, unlike FILE_COPY). */
  async createDatabase(name: string, template?: string): Promise<void> {
    await this.c.query(`CREATE DATABASE "${name}"${template ? ` TEMPLATE "${template}"` : ''}`);
  }

  /** Drops it, ending its sessions. PostgreSQL 15 forces a checkpoint for each: seconds on a busy server. */
  async dropDatabase(name: string): Promise<void> {
    await this.c.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  }

  /** A template's last step: its final name, then closed to connections (PostgreSQL copies an unused template only). */
  async renameAndClose(from: string, to: string): Promise<void> {
    await this.c.query(`ALTER DATABASE "${from}" RENAME TO "${to}"`);
    await this.c.query(`ALTER DATABASE "${to}" WITH ALLOW_CONNECTIONS false`);
  }

  /** The databases whose name is LIKE `pattern`, in name order. */
  async databasesLike(pattern: string): Promise<string[]> {
    const { rows } = await this.c.query<{ datname: string }>(
      'SELECT datname FROM pg_database WHERE datname LIKE $1 ORDER BY datname',
      [pattern],
    );
    return rows.map((r) => r.datname);
  }

  /** Labels a database to be dropped later (its comment: `label`), and ends its sessions meanwhile. */
  async markForDrop(name: string, label: string): Promise<void> {
    await this.c.query(`COMMENT ON DATABASE "${name}" IS ${this.c.escapeLiteral(label)}`);
    await this.c.query('SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1', [name]);
  }

  /** The databases labelled by `markForDrop` whose label starts with `labelPrefix`, with their label. */
  async markedForDrop(labelPrefix: string): Promise<{ name: string; label: string }[]> {
    const { rows } = await this.c.query<{ name: string; label: string }>(
      `SELECT d.datname AS name, s.description AS label
         FROM pg_database d
         JOIN pg_shdescription s ON s.objoid = d.oid AND s.classoid = 'pg_database'::regclass
        WHERE starts_with(s.description, $1)
        ORDER BY d.datname`,
      [labelPrefix],
    );
    return rows;
  }

  async createLoginRole(role: string, password: string): Promise<void> {
    await this.c.query(`CREATE ROLE "${role}" LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE PASSWORD '${password}'`);
  }

  async dropRole(role: string): Promise<void> {
    await this.c.query(`DROP ROLE IF EXISTS "${role}"`);
  }

  /** Waits (on this session) for the advisory lock `(lockClass, key)`. */
  async advisoryLock(lockClass: number, key: number): Promise<void> {
    await this.c.query('SELECT pg_advisory_lock($1, $2)', [lockClass, key]);
  }

  /** Takes the advisory lock `(lockClass, key)` if nobody holds it; false otherwise. */
  async tryAdvisoryLock(lockClass: number, key: number): Promise<boolean> {
    const { rows } = await this.c.query<{ free: boolean }>('SELECT pg_try_advisory_lock($1, $2) AS free', [
      lockClass,
      key,
    ]);
    return rows[0]?.free === true;
  }

  async advisoryUnlock(lockClass: number, key: number): Promise<void> {
    await this.c.query('SELECT pg_advisory_unlock($1, $2)', [lockClass, key]);
  }
}

/**
 * How many sessions of `db`'s current database wait for a lock (a row, a table or an advisory lock). `db` must read
 * outside the transaction that holds them back: within one, pg_stat_activity is a snapshot.
 */
export async function lockWaiterCount(db: { query(sql: string): Promise<unknown> }): Promise<number> {
  const [{ n }] = (await db.query(
    `SELECT count(*)::int AS n FROM pg_stat_activity
      WHERE datname = current_database() AND wait_event_type = 'Lock' AND state = 'active'`,
  )) as { n: number }[];
  return n;
}
