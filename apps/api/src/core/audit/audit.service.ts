import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import type { AuditAction } from '@tremplin/domain';
import type { AuthUser } from '../auth/auth.types';

/** One line of the audit trail, about one person (or none: a decision on a hiring need). */
export interface AuditEntry {
  action: AuditAction;
  /** The structure the person belongs to. */
  structureId: string | null;
  personId: string | null;
  subjectType?: string | null;
  subjectId?: string | null;
  /** The operation and what it returned or changed: field names and statuses, never sensitive values. */
  details?: Record<string, unknown> | null;
}

/**
 * Appends to the immutable audit log, in the caller's transaction: if the trail cannot be written, the read or the
 * change fails with it (fail closed). Many entries go in one statement.
 */
/** One line of a person's audit trail as the director reads it. */
export interface AuditLogRow {
  id: string;
  occurredAt: Date;
  action: string;
  actorLabel: string;
  actorRole: string;
  /** The partner organisation's name for a partner user, else the structure's. */
  actorOrganisation: string | null;
  subjectType: string | null;
  details: Record<string, unknown> | null;
}

@Injectable()
export class AuditService {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /**
   * A person's audit trail, newest first (the caller checked the person is of `structureId`). Two statements: the
   * page and the count.
   */
  async personLog(
    structureId: string,
    personId: string,
    first: number,
    offset: number,
  ): Promise<{ totalCount: number; items: AuditLogRow[] }> {
    const [items, [{ n }]] = await Promise.all([
      this.db.query(
        `SELECT a.id::text AS id, a.occurred_at AS "occurredAt", a.action, a.actor_label AS "actorLabel",
                a.actor_role AS "actorRole", coalesce(po.name, s.name) AS "actorOrganisation",
                a.subject_type AS "subjectType", a.details
           FROM audit_log a
           LEFT JOIN partner_organisation po ON po.id = a.actor_partner_organisation_id
           LEFT JOIN structure s ON s.id = a.actor_structure_id
          WHERE a.structure_id = $1 AND a.person_id = $2
          ORDER BY a.occurred_at DESC, a.id DESC
          LIMIT $3 OFFSET $4`,
        [structureId, personId, first, offset],
      ) as Promise<AuditLogRow[]>,
      this.db.query(`SELECT count(*)::int AS n FROM audit_log WHERE structure_id = $1 AND person_id = $2`, [
        structureId,
        personId,
      ]) as Promise<{ n: number }[]>,
    ]);
    return { totalCount: n, items };
  }

  async record(db: EntityManager, actor: AuthUser, entries: readonly AuditEntry[]): Promise<void> {
    if (entries.length === 0) return;
    await db.query(
      `INSERT INTO audit_log (actor_user_id, actor_role, actor_label, actor_structure_id, actor_partner_organisation_id,
                              action, structure_id, person_id, subject_type, subject_id, details)
       SELECT $1, $2, $3, $4, $5, e.action, e.structure_id, e.person_id, e.subject_type, e.subject_id, e.details
         FROM jsonb_to_recordset($6::jsonb) AS e(action varchar, structure_id uuid, person_id uuid, subject_type varchar,
                                                 subject_id uuid, details jsonb)`,
      [
        actor.id,
        actor.role,
        `${actor.firstName} ${actor.lastName}`.trim(),
        actor.structureId,
        actor.partnerOrganisationId,
        JSON.stringify(
          entries.map((e) => ({
            action: e.action,
            structure_id: e.structureId,
            person_id: e.personId,
            subject_type: e.subjectType ?? null,
            subject_id: e.subjectId ?? null,
            details: e.details ?? null,
          })),
        ),
      ],
    );
  }
}
