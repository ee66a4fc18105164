import type { DataSource, EntityManager } from 'typeorm';
import { SqlSnapshot } from './repository';

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

/** What a role may do to the audit log beyond adding rows (`auditLogLoopholes`). */
export interface AuditLogPrivileges {
  superuser: boolean;
  owner: boolean;
  update: boolean;
  delete: boolean;
  truncate: boolean;
}

/** The application's own role: its grants, and what the connected role may do to the audit log. */
export class ApplicationRoleRepository {
  constructor(private readonly db: DataSource) {}

  /** `applicationRoleGrants(role)`, in order (the caller's transaction: all or none). */
  @SqlSnapshot({ params: ['postgres'] })
  async grant(role: string, manager: EntityManager = this.db.manager): Promise<void> {
    for (const sql of applicationRoleGrants(role)) await manager.query(sql);
  }

  /** The connected role's rights on the audit log (undefined when the table is missing). */
  @SqlSnapshot()
  async auditLogPrivileges(manager: EntityManager = this.db.manager): Promise<AuditLogPrivileges | undefined> {
    const [row] = (await manager.query(
      `SELECT r.rolsuper AS superuser,
            pg_has_role(current_user, c.relowner, 'USAGE') AS owner,
            has_table_privilege(current_user, c.oid, 'UPDATE') AS "update",
            has_table_privilege(current_user, c.oid, 'DELETE') AS "delete",
            has_table_privilege(current_user, c.oid, 'TRUNCATE') AS "truncate"
       FROM pg_class c JOIN pg_roles r ON r.rolname = current_user
      WHERE c.oid = 'audit_log'::regclass`,
    )) as AuditLogPrivileges[];
    return row;
  }
}
