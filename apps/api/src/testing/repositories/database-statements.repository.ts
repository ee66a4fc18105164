/**
 * How the specs send a statement whose exact SQL is what the test is about (what a role, a grant or a trigger
 * refuses); the statements themselves live in the test repositories next to this one (ADR 0011).
 */
import type { DataSource } from 'typeorm';

/** A data source, an entity manager or a query runner. */
export type Db = Pick<DataSource, 'query'>;

/** The SQLSTATE `sql` fails with, or null when it succeeds (tests of what a role, a grant or a trigger refuses). */
export async function sqlStateOf(db: Db, sql: string, params?: unknown[]): Promise<string | null> {
  return db.query(sql, params).then(
    () => null,
    (e: { driverError?: { code?: string }; code?: string }) => e.driverError?.code ?? e.code ?? 'unknown',
  );
}

/** Statements a lost connection may send again (plain reads, the opening of a transaction): `isSafeToRepeat`. */
export const STATEMENTS_SAFE_TO_REPEAT: readonly string[] = [
  'SELECT 1',
  '  -- a comment\n  select * from person where id = $1',
  '/* x */ (SELECT a FROM t) UNION (SELECT b FROM u)',
  'WITH x AS (SELECT 1) SELECT * FROM x',
  'START TRANSACTION',
  'BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY',
  'SELECT created_at, locked_by FROM report_job;',
];

/** Statements a lost connection must never send again (writes, locks, sequences, settings, several statements). */
export const STATEMENTS_NOT_SAFE_TO_REPEAT: readonly string[] = [
  'INSERT INTO t VALUES (1)',
  'UPDATE t SET a = 1',
  'WITH d AS (DELETE FROM t RETURNING id) SELECT * FROM d',
  'SELECT id FROM t FOR UPDATE',
  "SELECT nextval('s')",
  'SELECT pg_advisory_lock(1)',
  "SELECT set_config('x', 'y', false)",
  'SELECT * INTO copy_of_t FROM t',
  'SELECT 1; DELETE FROM t',
  'BEGIN; DELETE FROM t',
  'COMMIT',
  "SET TRANSACTION SNAPSHOT 'x'",
];

/** The statements `prepared.int-spec.ts` prepares: a parameter, none, and one the server refuses. */
export const PREPARED_SPEC_STATEMENTS = {
  addOne: `SELECT $1::int + 1 AS n`,
  one: `SELECT 1 AS one`,
  missingTable: `SELECT * FROM no_such_table`,
} as const;

/** The names of the statements prepared in the session of `db` (`pg_prepared_statements`). */
export async function preparedStatementNames(db: Db): Promise<string[]> {
  return ((await db.query(`SELECT name FROM pg_prepared_statements`)) as { name: string }[]).map((r) => r.name);
}

/** How many migrations the record of migrations (`typeorm_migrations`) holds. */
export async function appliedMigrationCount(db: Db): Promise<number> {
  return ((await db.query(`SELECT count(*)::int AS n FROM typeorm_migrations`)) as { n: number }[])[0].n;
}
