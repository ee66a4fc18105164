/**
 * The audit log as its tests reach it below the API: what the application's role may not do to it, and system catalog
 * reads about that role (ADR 0011: SQL lives in repositories).
 */
import type { DataSource } from 'typeorm';
import type { Db } from './database-statements.repository';

/** Changes of the audit log the application may not make, whatever its role (the trigger refuses them: TR002). */
export function auditLogTampering(entryId: string): string[] {
  return [
    `UPDATE audit_log SET action = 'PROPOSAL_SENT', details = NULL`,
    `UPDATE audit_log SET actor_label = 'Personne' WHERE id = ${entryId}`,
    `DELETE FROM audit_log`,
    `DELETE FROM audit_log WHERE id = ${entryId}`,
    `TRUNCATE audit_log`,
  ];
}

/** What the application's own role may not do to the audit log, with the SQLSTATE it gets. */
export const AUDIT_LOG_TAMPERING_BY_APP_ROLE: readonly (readonly [string, string])[] = [
  [`UPDATE audit_log SET action = 'PROPOSAL_SENT'`, '42501'], // insufficient_privilege
  [`DELETE FROM audit_log`, '42501'],
  [`TRUNCATE audit_log`, '42501'],
  [`ALTER TABLE audit_log DISABLE TRIGGER USER`, '42501'], // must be owner
  [`DROP TRIGGER "TRG_audit_log_no_update_delete" ON audit_log`, '42501'],
  [`DROP TABLE audit_log`, '42501'],
  [`SET session_replication_role = replica`, '42501'], // superuser only
];

/** A read and a write of the record of migrations (the application's role may read it, not change it). */
export const MIGRATIONS_RECORD = {
  read: `SELECT count(*) FROM typeorm_migrations`,
  delete: `DELETE FROM typeorm_migrations`,
} as const;

/** Deletes a person's audit entries (refused by the trigger: the test sends it inside a transaction). */
export async function deleteAuditEntriesOfPerson(db: Db, personId: string): Promise<void> {
  await db.query(`DELETE FROM audit_log WHERE person_id = $1`, [personId]);
}

/** Whether the current role is a superuser, and whether it owns (or inherits the owner of) the audit log. */
export async function currentRoleOverAuditLog(db: DataSource): Promise<{ rolsuper: boolean; owner: boolean }> {
  const [row] = (await db.query(
    `SELECT r.rolsuper, pg_has_role(current_user, c.relowner, 'USAGE') AS owner
       FROM pg_roles r, pg_class c WHERE r.rolname = current_user AND c.oid = 'audit_log'::regclass`,
  )) as { rolsuper: boolean; owner: boolean }[];
  return row;
}

/** The database clock now (`clock_timestamp()`, as the audit rows' `occurred_at` reads it). */
export async function databaseClock(db: Db): Promise<Date> {
  const [{ now }] = (await db.query(`SELECT clock_timestamp() AS now`)) as { now: Date }[];
  return now;
}

/**
 * The audit rows written for a partner's read of one person by one operation between two moments, that list the
 * fields returned (`details.fields`, an array).
 */
export async function partnerReadsWithFields(
  db: Db,
  o: { actorUserId: string; personId: string; operation: string; from: Date; to: Date },
): Promise<{ actor_role: string; actor_partner_organisation_id: string; structure_id: string; fields: unknown }[]> {
  return (await db.query(
    `SELECT actor_role, actor_partner_organisation_id, structure_id, details->'fields' AS fields FROM audit_log
        WHERE actor_user_id = $1 AND person_id = $2 AND details->>'operation' = $3
          AND jsonb_typeof(details->'fields') = 'array' AND occurred_at BETWEEN $4 AND $5`,
    [o.actorUserId, o.personId, o.operation, o.from, o.to],
  )) as { actor_role: string; actor_partner_organisation_id: string; structure_id: string; fields: unknown }[];
}
