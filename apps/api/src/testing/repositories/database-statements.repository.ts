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
