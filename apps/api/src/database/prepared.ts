import { Client } from 'pg';
import type { DataSource, EntityManager } from 'typeorm';
import { backendPid, sendQuery } from './database-session.repository';

/**
 * Named (prepared) statements for the hot reads whose planning costs more than their execution — the caseload's
 * alert facts, the person timeline (a union of 19 reads: ~12 ms to plan, ~5 ms to run on the benchmark's data).
 * PostgreSQL plans a named statement per connection and reuses the plan (after five custom plans, a generic one when
 * it is no worse). The `pg` driver prepares a name once per connection and then only binds and executes it.
 *
 * Off on the embedded PGlite: it is one database session shared by every connection — of this process and of any
 * other process given its URL — where a statement prepared by one connection exists for all the others, whose Parse
 * of the same name then fails (« prepared statement "session_lookup" already exists »).
 */
const OWN_SESSIONS = new WeakSet<DataSource>();

/**
 * Whether each connection to `url` is a database session of its own: two connections held at once are served by two
 * backends (`pg_backend_pid()`). True on PostgreSQL; false on the embedded PGlite (libs/api/database), whoever started
 * it — this process (no DATABASE_URL) or another one whose URL it was given (the e2e tests' API processes).
 */
export async function detectOwnSessions(url: string): Promise<boolean> {
  const clients = [new Client({ connectionString: url }), new Client({ connectionString: url })];
  try {
    await Promise.all(clients.map((c) => c.connect()));
    const pids = await Promise.all(clients.map(backendPid));
    return pids[0] !== pids[1];
  } finally {
    await Promise.all(clients.map((c) => c.end().catch(() => undefined)));
  }
}

/**
 * Called once the data source is up, when each of its connections is a database session of its own
 * (`detectOwnSessions`): prepared statements, session-level locks and transactions held side by side are then possible.
 */
export function markOwnSessions(db: DataSource): void {
  OWN_SESSIONS.add(db);
}

export function hasOwnSessions(db: DataSource): boolean {
  return OWN_SESSIONS.has(db);
}

type Db = Pick<DataSource | EntityManager, 'query'>;

/**
 * `db.query(text, params)`, through a statement prepared under `name` where the data source allows it. `name` must
 * always go with the same `text` (a constant of the module, named after it).
 */
export function preparedQuery<T = unknown>(db: Db, name: string, text: string, params: unknown[]): Promise<T> {
  const source = 'dataSource' in db ? (db as EntityManager).dataSource : (db as DataSource);
  return sendQuery<T>(db, text, params, OWN_SESSIONS.has(source) ? { name } : null);
}

/** The SQL of a query as TypeORM logs it: a string, or the `{ name, text }` of `preparedQuery`. */
export function sqlText(query: unknown): string {
  return typeof query === 'string' ? query : ((query as { text?: string })?.text ?? String(query));
}
