/**
 * The SQL of the backup tests: role definitions as `pg_dumpall --roles-only` prints them, and the statements the
 * restored database is checked with (ADR 0011: SQL lives in repositories).
 */

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
