import type { DataSource } from 'typeorm';

/**
 * Tables the application may read and add to, never change: what it wrote there is evidence (who read or decided
 * what about a person) or the record of the schema itself.
 */
export const APPEND_ONLY_TABLES = ['audit_log'] as const;
const READ_ONLY_TABLES = ['typeorm_migrations'] as const;

const ident = (name: string) => `"${name.replace(/"/g, '""')}"`;

/**
 * What the application's own role may do (`MIGRATION_DATABASE_URL` set): read and write the tables of the schema, but
 * not change or empty the append-only ones, nor alter anything (it owns nothing, so it cannot drop or disable a
 * trigger). The statements, in order, for the schema owner to run in one transaction: `grantApplicationRole` on every
 * start, and a restore (`npm run restore`, database/backup) after loading a backup.
 */
export function applicationRoleGrants(role: string): string[] {
  const r = ident(role);
  const appendOnly = APPEND_ONLY_TABLES.map(ident).join(', ');
  const readOnly = READ_ONLY_TABLES.map(ident).join(', ');
  return [
    `GRANT USAGE ON SCHEMA public TO ${r}`,
    `GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO ${r}`,
    `GRANT USAGE, SELECT, UPDATE ON ALL SEQUENCES IN SCHEMA public TO ${r}`,
    `REVOKE UPDATE, DELETE, TRUNCATE, REFERENCES, TRIGGER ON ${appendOnly} FROM ${r}`,
    `REVOKE INSERT, UPDATE, DELETE, TRUNCATE, REFERENCES, TRIGGER ON ${readOnly} FROM ${r}`,
  ];
}

/**
 * Run by the schema owner after the migrations, when the application connects as a role of its own: grants it
 * `applicationRoleGrants`. Granted again on every start, so that tables added by a migration are covered.
 */
export async function grantApplicationRole(owner: DataSource, role: string): Promise<void> {
  await owner.transaction(async (tx) => {
    for (const sql of applicationRoleGrants(role)) await tx.query(sql);
  });
}

/** What the application's role could do to the audit log beyond adding rows: empty when it can do nothing more. */
export async function auditLogLoopholes(db: DataSource): Promise<string[]> {
  const [row] = (await db.query(
    `SELECT r.rolsuper AS superuser,
            pg_has_role(current_user, c.relowner, 'USAGE') AS owner,
            has_table_privilege(current_user, c.oid, 'UPDATE') AS "update",
            has_table_privilege(current_user, c.oid, 'DELETE') AS "delete",
            has_table_privilege(current_user, c.oid, 'TRUNCATE') AS "truncate"
       FROM pg_class c JOIN pg_roles r ON r.rolname = current_user
      WHERE c.oid = 'audit_log'::regclass`,
  )) as { superuser: boolean; owner: boolean; update: boolean; delete: boolean; truncate: boolean }[];
  if (!row) return [];
  return [
    row.superuser ? 'superutilisateur' : null,
    row.owner ? 'propriétaire de la table (peut retirer son déclencheur)' : null,
    row.update || row.delete || row.truncate ? 'droits UPDATE, DELETE ou TRUNCATE' : null,
  ].filter((x): x is string => x !== null);
}
