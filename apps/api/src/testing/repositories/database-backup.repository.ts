/**
 * The SQL of the backup tests: role definitions as `pg_dumpall --roles-only` prints them, and the statements the
 * restored database is checked with (ADR 0011: SQL lives in repositories).
 */
import { Client } from 'pg';
import type { DataSource } from 'typeorm';

/** A `pg_dumpall --roles-only` output: the application's role among others (a longer name, a quoted one). */
export const PG_DUMPALL_ROLES: readonly string[] = [
  '\\restrict abc',
  'CREATE ROLE postgres;',
  'ALTER ROLE postgres WITH SUPERUSER INHERIT CREATEROLE CREATEDB LOGIN REPLICATION BYPASSRLS;',
  'CREATE ROLE tremplin_app;',
  "ALTER ROLE tremplin_app WITH NOSUPERUSER INHERIT NOCREATEROLE NOCREATEDB LOGIN NOREPLICATION NOBYPASSRLS PASSWORD 'SCRAM-SHA-256$4096:x';",
  "ALTER ROLE tremplin_app SET statement_timeout TO '30s';",
  'CREATE ROLE tremplin_app2;',
  'ALTER ROLE tremplin_app2 WITH LOGIN;',
  'GRANT tremplin_app TO tremplin_app2 GRANTED BY postgres;',
  'CREATE ROLE "Tremplin App";',
  'ALTER ROLE "Tremplin App" WITH LOGIN;',
];

/** The lines of `PG_DUMPALL_ROLES` that define `tremplin_app`, and only them. */
export const TREMPLIN_APP_ROLE_LINES: readonly string[] = [
  'CREATE ROLE tremplin_app;',
  "ALTER ROLE tremplin_app WITH NOSUPERUSER INHERIT NOCREATEROLE NOCREATEDB LOGIN NOREPLICATION NOBYPASSRLS PASSWORD 'SCRAM-SHA-256$4096:x';",
  "ALTER ROLE tremplin_app SET statement_timeout TO '30s';",
];

/** The lines of `PG_DUMPALL_ROLES` that define `"Tremplin App"` (a name pg_dumpall quotes). */
export const QUOTED_ROLE_LINES: readonly string[] = [
  'CREATE ROLE "Tremplin App";',
  'ALTER ROLE "Tremplin App" WITH LOGIN;',
];

/** A query on one connection: rows as PostgreSQL sends them. */
export type Query = (sql: string, params?: unknown[]) => Promise<Record<string, unknown>[]>;

/** Runs `work` on a connection of its own to `url` (another database or server than the test app's). */
export async function withClient<T>(url: string, work: (q: Query) => Promise<T>): Promise<T> {
  const c = new Client({ connectionString: url });
  await c.connect();
  try {
    return await work(async (sql, params) => (await c.query(sql, params)).rows);
  } finally {
    await c.end();
  }
}

/** A person's last name and whole row as JSON text, and the files of a report job by format (what a backup keeps). */
export async function backedUpRows(
  query: Query,
  personId: string,
  jobId: string,
): Promise<{ person: Record<string, unknown>; files: Record<string, unknown>[] }> {
  const [person] = await query(
    `SELECT last_name AS "lastName", row_to_json(p)::text AS json FROM person p WHERE id = $1`,
    [personId],
  );
  const files = await query(
    `SELECT format, content, sha256 FROM report_file WHERE report_job_id = $1 ORDER BY format`,
    [jobId],
  );
  return { person, files };
}

/** The attributes of a role of the server (`pg_authid`). */
export const roleAttributes = (q: Query, name: string) =>
  q(`SELECT rolcanlogin, rolsuper, rolcreaterole, rolpassword FROM pg_authid WHERE rolname = $1`, [name]);

/** Drops a role of the server, if it exists. */
export const dropRoleIfExists = (q: Query, name: string) => q(`DROP ROLE IF EXISTS "${name}"`);

/** The role the connection works as, as `[{ name }]`. */
export const currentUserName = (q: Query) => q(`SELECT current_user AS name`);

/** What the application's role may not do on a restored database (SQLSTATE 42501 each). */
export const REFUSED_TO_APP_ROLE: readonly string[] = [
  `UPDATE audit_log SET action = action`,
  `DELETE FROM audit_log`,
  `TRUNCATE audit_log`,
  `ALTER TABLE audit_log DISABLE TRIGGER USER`,
  `DELETE FROM typeorm_migrations`,
];

/** An update of the persons the application's role may send (it writes nothing). */
export const ALLOWED_TO_APP_ROLE = `UPDATE person SET first_name = first_name WHERE false`;

/** Renames a person (a change made after the backup). */
export const renamePerson = (q: Query, personId: string, lastName: string) =>
  q(`UPDATE person SET last_name = $2 WHERE id = $1`, [personId, lastName]);

/** A person's last name, as `{ last_name }`. */
export const personLastName = async (q: Query, personId: string) =>
  (await q(`SELECT last_name FROM person WHERE id = $1`, [personId]))[0];

/** How many tables the public schema holds, as `[{ n }]`. */
export const publicTableCount = (q: Query) => q(`SELECT count(*)::int AS n FROM pg_tables WHERE schemaname = 'public'`);

/** The test app's data source as a `Query`. */
export const queryOf =
  (db: Pick<DataSource, 'query'>): Query =>
  (sql, params) =>
    db.query(sql, params);
