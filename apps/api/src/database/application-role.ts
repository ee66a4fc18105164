import type { DataSource } from 'typeorm';
import { ApplicationRoleRepository } from './application-role.repository';

export { APPEND_ONLY_TABLES, applicationRoleGrants } from './application-role.repository';

/**
 * Run by the schema owner after the migrations, when the application connects as a role of its own: grants it
 * `applicationRoleGrants`. Granted again on every start, so that tables added by a migration are covered.
 */
export async function grantApplicationRole(owner: DataSource, role: string): Promise<void> {
  await owner.transaction(async (tx) => {
    await new ApplicationRoleRepository(owner).grant(role, tx);
  });
}

/** What the application's role could do to the audit log beyond adding rows: empty when it can do nothing more. */
export async function auditLogLoopholes(db: DataSource): Promise<string[]> {
  const row = await new ApplicationRoleRepository(db).auditLogPrivileges();
  if (!row) return [];
  return [
    row.superuser ? 'superutilisateur' : null,
    row.owner ? 'propriétaire de la table (peut retirer son déclencheur)' : null,
    row.update || row.delete || row.truncate ? 'droits UPDATE, DELETE ou TRUNCATE' : null,
  ].filter((x): x is string => x !== null);
}
