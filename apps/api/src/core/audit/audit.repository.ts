import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { type As, SNAPSHOT_UUID, SqlSnapshot } from '../../database/repository';

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

/** Who acted, as the audit log copies it at the time. */
export interface AuditActor {
  userId: string | null;
  role: string;
  label: string;
  structureId: string | null;
  partnerOrganisationId: string | null;
}

/** One line to append, in the columns' names. */
export interface AuditLine {
  action: string;
  structure_id: string | null;
  person_id: string | null;
  subject_type: string | null;
  subject_id: string | null;
  details: Record<string, unknown> | null;
}

/** The SQL of the immutable audit log (append-only; docs/adr/0011-repositories.md). */
/** An audit line as the journals show it: who acted (name, role, organisation), what, on what, the details. */
const LOG_LINES = `SELECT a.id::text AS id, a.occurred_at AS "occurredAt", a.action, a.actor_label AS "actorLabel",
              a.actor_role AS "actorRole", coalesce(po.name, s.name) AS "actorOrganisation",
              a.subject_type AS "subjectType", a.details
         FROM audit_log a
         LEFT JOIN partner_organisation po ON po.id = a.actor_partner_organisation_id
         LEFT JOIN structure s ON s.id = a.actor_structure_id`;

@Injectable()
export class AuditRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** A page of a person's audit trail, newest first. */
  @SqlSnapshot({ params: [SNAPSHOT_UUID, SNAPSHOT_UUID, 50, 0] })
  personLog(
    structureId: string,
    personId: string,
    first: number,
    offset: number,
    tx: EntityManager = this.db.manager,
  ): Promise<AuditLogRow[]> {
    return tx.query(
      `${LOG_LINES}
        WHERE a.structure_id = $1 AND a.person_id = $2
        ORDER BY a.occurred_at DESC, a.id DESC
        LIMIT $3 OFFSET $4`,
      [structureId, personId, first, offset],
    );
  }

  /** How many lines a person's audit trail has. */
  @SqlSnapshot({ params: [SNAPSHOT_UUID, SNAPSHOT_UUID] })
  async personLogCount(structureId: string, personId: string, tx: EntityManager = this.db.manager): Promise<number> {
    const [{ n }] = (await tx.query(
      `SELECT count(*)::int AS n FROM audit_log WHERE structure_id = $1 AND person_id = $2`,
      [structureId, personId],
    )) as As<'n', number>[];
    return n;
  }

  /**
   * The last security events of a staff account (two-factor, recovery codes, sessions), newest first. Through the
   * structure's lines about no person (IDX_audit_log_person: structure, person IS NULL, time), so an action on the
   * account by someone else (a director) would be found as well.
   */
  @SqlSnapshot({ params: [SNAPSHOT_UUID, SNAPSHOT_UUID, ['TWO_FACTOR_ENABLED'], 20] })
  accountSecurityLog(
    structureId: string,
    userId: string,
    actions: readonly string[],
    first: number,
    tx: EntityManager = this.db.manager,
  ): Promise<AuditLogRow[]> {
    return tx.query(
      `${LOG_LINES}
        WHERE a.structure_id = $1 AND a.person_id IS NULL AND a.subject_type = 'account' AND a.subject_id = $2
          AND a.action = ANY($3::varchar[])
        ORDER BY a.occurred_at DESC, a.id DESC
        LIMIT $4`,
      [structureId, userId, actions, first],
    );
  }

  /** Whether the account is one of the structure's staff (any state). */
  @SqlSnapshot({ params: [SNAPSHOT_UUID, SNAPSHOT_UUID] })
  async isStaffOf(structureId: string, userId: string, tx: EntityManager = this.db.manager): Promise<boolean> {
    const rows = (await tx.query(`SELECT 1 FROM app_user WHERE id = $1 AND structure_id = $2`, [
      userId,
      structureId,
    ])) as unknown[];
    return rows.length > 0;
  }

  /** Appends the lines of one actor, in one statement. */
  @SqlSnapshot({
    params: [
      {
        userId: SNAPSHOT_UUID,
        role: 'DIRECTOR',
        label: 'Claire Martin',
        structureId: SNAPSHOT_UUID,
        partnerOrganisationId: null,
      },
      [
        {
          action: 'PERSON_READ',
          structure_id: SNAPSHOT_UUID,
          person_id: SNAPSHOT_UUID,
          subject_type: 'person',
          subject_id: SNAPSHOT_UUID,
          details: null,
        },
      ],
    ],
  })
  async append(actor: AuditActor, lines: readonly AuditLine[], tx: EntityManager = this.db.manager): Promise<void> {
    await tx.query(
      `INSERT INTO audit_log (actor_user_id, actor_role, actor_label, actor_structure_id, actor_partner_organisation_id,
                              action, structure_id, person_id, subject_type, subject_id, details)
       SELECT $1, $2, $3, $4, $5, e.action, e.structure_id, e.person_id, e.subject_type, e.subject_id, e.details
         FROM jsonb_to_recordset($6::jsonb) AS e(action varchar, structure_id uuid, person_id uuid, subject_type varchar,
                                                 subject_id uuid, details jsonb)`,
      [actor.userId, actor.role, actor.label, actor.structureId, actor.partnerOrganisationId, JSON.stringify(lines)],
    );
  }
}
