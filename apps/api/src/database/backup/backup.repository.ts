import type { PGlite } from '@electric-sql/pglite';
import type { Client } from 'pg';

/**
 * The SQL of backup and restore (postgres-backup.ts, backup-archive.ts, embedded-backup.ts): what they read from the
 * system catalogs of the server, the facts kept in the manifest, and the statements written into the restore's
 * scripts. They run on a `pg` client or on PGlite, not on the application's data source: each function takes a
 * `SqlQuery` (`clientQuery(client)`, `pgliteQuery(db)`).
 */
export type Row = Record<string, unknown>;
export type SqlQuery = (sql: string, params?: unknown[]) => Promise<Row[]>;

/** The rows a statement of a `pg` client returns. */
export const clientQuery =
  (client: Client): SqlQuery =>
  async (sql, params) =>
    (await client.query(sql, params)).rows as Row[];

/** The rows a statement of the embedded PGlite returns. */
export const pgliteQuery =
  (db: PGlite): SqlQuery =>
  async (sql, params) =>
    (await db.query<Row>(sql, params)).rows;

/** What a database holds, read with the same SQL from both kinds (`readFacts` in backup-archive.ts). */
export async function readFactsRow(q: SqlQuery): Promise<Row | undefined> {
  const [row] = await q(
    `SELECT version() AS server,
              (SELECT name FROM typeorm_migrations ORDER BY "timestamp" DESC, id DESC LIMIT 1) AS last_migration,
              (SELECT count(*)::int FROM person) AS persons,
              (SELECT count(*)::int FROM report_file) AS report_files,
              (SELECT count(*)::int FROM report_file WHERE encode(sha256(content), 'hex') <> sha256) AS mismatched`,
  );
  return row;
}

/** The role the backup runs as, its database, and whether it is a superuser. */
export async function dumpingRole(q: SqlQuery): Promise<{ name: string; database: string; superuser: boolean }> {
  const [me] = await q(
    `SELECT current_user AS name, current_database() AS database, rolsuper AS superuser
         FROM pg_roles WHERE rolname = current_user`,
  );
  return { name: String(me['name']), database: String(me['database']), superuser: me['superuser'] === true };
}

/** `role` as an identifier in SQL (`quote_ident`), null when the server has no such role. */
export async function quotedRoleName(q: SqlQuery, role: string): Promise<string | null> {
  const quoted = (await q(`SELECT quote_ident(rolname) AS quoted FROM pg_roles WHERE rolname = $1`, [role]))[0]?.[
    'quoted'
  ];
  return quoted ? String(quoted) : null;
}

const names = (rows: Row[]) => rows.map((r) => String(r['name']));

/** The schema's table and sequence owners. */
export async function schemaOwners(q: SqlQuery): Promise<string[]> {
  return names(
    await q(`SELECT DISTINCT pg_get_userbyid(c.relowner) AS name
    FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
   WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p', 'S', 'v', 'm') ORDER BY 1`),
  );
}

/** Every role the grants of the schema and its objects name (PUBLIC aside). */
export async function schemaGrantees(q: SqlQuery): Promise<string[]> {
  return names(
    await q(`SELECT pg_get_userbyid(a.grantee) AS name
    FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace CROSS JOIN LATERAL aclexplode(c.relacl) a
   WHERE n.nspname = 'public' AND a.grantee <> 0
   UNION
  SELECT pg_get_userbyid(a.grantee) FROM pg_namespace n CROSS JOIN LATERAL aclexplode(n.nspacl) a
   WHERE n.nspname = 'public' AND a.grantee <> 0
   ORDER BY 1`),
  );
}

/** The lines of `pg_dumpall --roles-only` that define `quotedRole` (created, attributes, password, settings). */
export function roleStatements(dumpall: string, quotedRole: string): string[] {
  const starts = [`CREATE ROLE ${quotedRole};`, `ALTER ROLE ${quotedRole} `, `COMMENT ON ROLE ${quotedRole} `];
  return dumpall.split('\n').filter((line) => starts.some((s) => line.startsWith(s)));
}

/** The statements that empty a database replaced by a restore (`--force`), before the dump is loaded. */
export const RECREATE_PUBLIC_SCHEMA = [
  'DROP SCHEMA public CASCADE',
  'CREATE SCHEMA public',
  // As PostgreSQL 15 creates it: owned by the database's owner, usable by everyone.
  'ALTER SCHEMA public OWNER TO pg_database_owner',
  'GRANT USAGE ON SCHEMA public TO PUBLIC',
  `COMMENT ON SCHEMA public IS 'standard public schema'`,
];

/** What the operator runs to create the application's role by hand (a restore's error message). */
export const createRoleHint = (role: string) => `CREATE ROLE "${role}" LOGIN PASSWORD '…'`;
/** The same, for roles of the backup's grants. */
export const CREATE_ROLES_HINT = 'CREATE ROLE …';
/** What the operator runs to give a role restored without its password the one of DATABASE_URL. */
export const setPasswordHint = (role: string) => `ALTER ROLE "${role}" PASSWORD '…'`;

/** The role a restore runs as, and whether it may create roles. */
export async function restoringRole(q: SqlQuery): Promise<Row> {
  const [me] = await q(
    `SELECT current_user AS name, rolsuper AS superuser, rolcreaterole AS createrole FROM pg_roles WHERE rolname = current_user`,
  );
  return me;
}

/** Tables, views and sequences of the database outside the system schemas: 0 in a new database. */
export async function countUserObjects(q: SqlQuery): Promise<number> {
  const [{ objects }] = await q(
    `SELECT count(*)::int AS objects FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
        WHERE c.relkind IN ('r', 'p', 'v', 'm', 'S', 'f')
          AND n.nspname NOT IN ('pg_catalog', 'information_schema') AND n.nspname !~ '^pg_(toast|temp)'`,
  );
  return Number(objects);
}

/** Client connections to the current database besides this one. */
export async function countOtherSessions(q: SqlQuery): Promise<number> {
  const [{ sessions }] = await q(
    `SELECT count(*)::int AS sessions FROM pg_stat_activity
          WHERE datname = current_database() AND pid <> pg_backend_pid() AND backend_type = 'client backend'`,
  );
  return Number(sessions);
}

/** Which of `wanted` exist on the server, each with whether the current role is a member of it. */
export async function existingRoles(q: SqlQuery, wanted: string[]): Promise<Map<string, boolean>> {
  return new Map(
    (
      await q(
        `SELECT rolname AS name, pg_has_role(current_user, oid, 'MEMBER') AS member FROM pg_roles WHERE rolname = ANY($1)`,
        [wanted],
      )
    ).map((r) => [String(r['name']), r['member'] === true]),
  );
}

/** What `role` may do on the persons and on the audit log, checked after a restore. */
export async function restoredRolePrivileges(q: SqlQuery, role: string): Promise<Row> {
  const [g] = await q(
    // has_table_privilege with a list is true when ANY of them is held.
    `SELECT has_table_privilege($1, 'person', 'SELECT') AND has_table_privilege($1, 'person', 'INSERT')
                  AND has_table_privilege($1, 'person', 'UPDATE') AND has_table_privilege($1, 'person', 'DELETE') AS "readWrite",
                has_table_privilege($1, 'audit_log', 'INSERT') AS "auditInsert",
                has_table_privilege($1, 'audit_log', 'UPDATE,DELETE,TRUNCATE') AS "auditRewrite"`,
    [role],
  );
  return g;
}
