import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import {
  ANONYMISED_TEXT,
  DATA_RETENTION_NOTICE_DAYS,
  DATA_RETENTION_YEARS,
  FSE_PLUS_ARCHIVE_YEARS,
  FSE_PLUS_LAST_ELIGIBLE_YEAR,
  Role,
} from '@tremplin/domain';
import { type As, type RowOf, SNAPSHOT_UUID, SqlSnapshot } from '../../database/repository';
import type { PersonEntity } from '../persons';
import { aboutPersons, ident, type PersonTables, personTables } from './person-tables.repository';
import type { PersonRetentionEntity } from './rights.entities';

/** The advisory lock of the retention job: one run at a time across every instance. */
const RETENTION_LOCK_KEY = 'tremplin:retention-job';

/**
 * The dates a contact with the person leaves in the records (docs/domain/retention.md, « Dernier contact »): the
 * file's creation, the referral and the admission, every stage change, interview or event, collective session
 * attended, evaluation, exam, mission, immersion, tutoring, contract (an open one counts as a contact every day),
 * month worked, exit, hire and its follow-ups, FSE+ six-month check, proposal to an employer, staff time spent on
 * the person.
 */
const CONTACT_DAYS = `
  SELECT id AS person_id, (created_at AT TIME ZONE 'Europe/Paris')::date AS day FROM person
  UNION ALL SELECT person_id, referred_on FROM referral
  UNION ALL SELECT person_id, decided_on FROM admission_decision
  UNION ALL SELECT person_id, diagnosed_on FROM eligibility_diagnosis
  UNION ALL SELECT person_id, effective_on FROM stage_transition
  UNION ALL SELECT person_id, occurred_on FROM pathway_event
  UNION ALL SELECT a.person_id, s.session_date FROM session_attendance a JOIN collective_session s ON s.id = a.session_id
  UNION ALL SELECT person_id, evaluated_on FROM skills_evaluation
  UNION ALL SELECT person_id, session_date FROM exam_session
  UNION ALL SELECT person_id, end_date FROM mission
  UNION ALL SELECT person_id, end_date FROM immersion
  UNION ALL SELECT person_id, coalesce(end_date, 'infinity'::date) FROM tutoring
  UNION ALL SELECT person_id, coalesce(end_date, 'infinity'::date) FROM employment_contract
  UNION ALL SELECT person_id, coalesce(broken_on, completed_on, end_date) FROM professionalisation_contract
  UNION ALL SELECT person_id, (month + interval '1 month - 1 day')::date FROM worked_month
  UNION ALL SELECT person_id, exit_date FROM pathway_exit
  UNION ALL SELECT person_id, start_date FROM hire
  UNION ALL SELECT person_id, checked_on FROM retention_check
  UNION ALL SELECT person_id, six_months_checked_on FROM fse_participant
  UNION ALL SELECT person_id, (created_at AT TIME ZONE 'Europe/Paris')::date FROM proposal
  UNION ALL SELECT person_id, worked_on FROM staff_time_entry WHERE person_id IS NOT NULL`;

/** Varchar columns that identify the person or are written freely about them (`text` columns are all anonymised). */
const IDENTIFYING_COLUMNS: Record<string, Record<string, string>> = {
  referral: {
    prescriber_contact_name: 'NULL',
    prescriber_contact_email: 'NULL',
    prescriber_contact_phone: 'NULL',
  },
  pass_iae: { number: `regexp_replace(t.number, '[0-9A-Za-z]', '0', 'g')` },
  pathway_event: { title: `'${ANONYMISED_TEXT}'` },
  immersion: { objective: `'${ANONYMISED_TEXT}'` },
  staff_time_entry: { description: `'${ANONYMISED_TEXT}'` },
  professionalisation_contract: { france_travail_id: 'NULL', opco_file_number: 'NULL' },
};

/**
 * Columns a database rule locks on some rows: `mission` with confirmed hours may change only its `tutor_feedback`
 * (migration MissionLockPartnerNotifications): its other free text stays on those rows, as the host confirmed it.
 */
const LOCKED_ROWS: Record<string, { except: string; where: string }> = {
  mission: { except: 'tutor_feedback', where: `t.hours_status <> 'CONFIRMED'` },
};

/** Where a person's file stands, as read in one statement. */
export type RetentionStatusRow = As<'last_contact', string | null> &
  As<'infinite', boolean> &
  As<'legal_hold_until', string | null> &
  As<'fse_end', string | null> &
  RowOf<PersonRetentionEntity, 'legalHoldReason' | 'noticeSentAt' | 'anonymisedAt'>;

/** A file whose notice day has come (dates as `YYYY-MM-DD` text). */
export type RetentionCandidate = RowOf<PersonEntity, 'id' | 'structureId' | 'firstName' | 'lastName'> &
  As<'last_contact', string> &
  As<'anonymise_on', string> &
  As<'notice_for_date', string | null> &
  As<'notice_day', string | null> &
  As<'recipients', string[] | null>;

/** The notice of one file: the anonymisation day it announces. */
export interface RetentionNotice {
  structure_id: string;
  person_id: string;
  notice_for_date: string;
}

/** The audit entry of one anonymised file. */
export interface AnonymisedEntry {
  structure_id: string;
  person_id: string;
  details: Record<string, unknown>;
}

const SNAPSHOT_DAY = '2026-01-15';
const SNAPSHOT_TABLES: PersonTables = {
  direct: ['mission', 'referral'],
  children: [{ table: 'exam_result', links: [{ column: 'exam_session_id', parent: 'exam_session' }] }],
  textColumns: {
    mission: [
      { column: 'tutor_feedback', nullable: true },
      { column: 'hours_review_comment', nullable: true },
    ],
  },
};

/** The SQL of the retention job and of the legal hold (docs/domain/retention.md, docs/adr/0011-repositories.md). */
@Injectable()
export class RetentionRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** The last contact, the hold and the notice of a person's file (one statement). */
  @SqlSnapshot({ params: [SNAPSHOT_UUID, SNAPSHOT_UUID] })
  async status(
    structureId: string,
    personId: string,
    tx: EntityManager = this.db.manager,
  ): Promise<RetentionStatusRow> {
    const [row]: RetentionStatusRow[] = await tx.query(
      `SELECT (SELECT max(day) FROM (${CONTACT_DAYS}) d WHERE d.person_id = $1 AND day IS NOT NULL AND day < 'infinity')::text AS last_contact,
              EXISTS (SELECT 1 FROM (${CONTACT_DAYS}) d WHERE d.person_id = $1 AND day = 'infinity') AS infinite,
              r.legal_hold_reason, r.legal_hold_until::text AS legal_hold_until, r.notice_sent_at, r.anonymised_at,
              (SELECT max(a.end_date)::text FROM fse_participant f JOIN funding_agreement a ON a.id = f.agreement_id
                WHERE f.person_id = $1) AS fse_end
         FROM (SELECT 1) one LEFT JOIN person_retention r ON r.person_id = $1 AND r.structure_id = $2`,
      [personId, structureId],
    );
    return row;
  }

  /** When the person's file was anonymised (null: not, or no retention row). */
  @SqlSnapshot({ params: [SNAPSHOT_UUID] })
  async anonymisedAt(personId: string, tx: EntityManager = this.db.manager): Promise<Date | null> {
    const [retention]: RowOf<PersonRetentionEntity, 'anonymisedAt'>[] = await tx.query(
      `SELECT anonymised_at FROM person_retention WHERE person_id = $1`,
      [personId],
    );
    return retention?.anonymised_at ?? null;
  }

  /** Sets (or replaces) the legal hold of a person's file. */
  @SqlSnapshot({
    params: [
      {
        structureId: SNAPSHOT_UUID,
        personId: SNAPSHOT_UUID,
        actorId: SNAPSHOT_UUID,
        reason: 'Contrôle',
        until: null,
        setAt: '2026-01-15T09:00:00.000Z',
      },
    ],
  })
  async setLegalHold(
    hold: {
      structureId: string;
      personId: string;
      actorId: string;
      reason: string;
      until: string | null;
      setAt: Date | string;
    },
    tx: EntityManager = this.db.manager,
  ): Promise<void> {
    await tx.query(
      `INSERT INTO person_retention (structure_id, person_id, created_by_id, legal_hold_reason, legal_hold_until,
                                     legal_hold_set_at)
       VALUES ($1, $2, $3, $4, $5, $6)
       ON CONFLICT (person_id) DO UPDATE SET created_by_id = EXCLUDED.created_by_id,
              legal_hold_reason = EXCLUDED.legal_hold_reason, legal_hold_until = EXCLUDED.legal_hold_until,
              legal_hold_set_at = EXCLUDED.legal_hold_set_at, updated_at = now()`,
      [hold.structureId, hold.personId, hold.actorId, hold.reason, hold.until, hold.setAt],
    );
  }

  /** Lifts the legal hold of a person's file; false when there was none. */
  @SqlSnapshot({ params: [SNAPSHOT_UUID, SNAPSHOT_UUID] })
  async liftLegalHold(personId: string, actorId: string, tx: EntityManager = this.db.manager): Promise<boolean> {
    const lifted: unknown[] = await tx.query(
      `UPDATE person_retention SET legal_hold_reason = NULL, legal_hold_until = NULL, legal_hold_set_at = NULL,
              created_by_id = $2, updated_at = now()
        WHERE person_id = $1 AND legal_hold_reason IS NOT NULL RETURNING id`,
      [personId, actorId],
    );
    return rowsOf(lifted).length > 0;
  }

  /** The job's advisory lock, held until the end of the transaction; false when another run holds it. */
  @SqlSnapshot({ params: [] })
  async tryLockRun(tx: EntityManager = this.db.manager): Promise<boolean> {
    const [{ locked }]: As<'locked', boolean>[] = await tx.query(
      `SELECT pg_try_advisory_xact_lock(hashtext($1)) AS locked`,
      [RETENTION_LOCK_KEY],
    );
    return locked;
  }

  /** Claims the run of `day` (its `retention_run` row); false when the day's run already happened. */
  @SqlSnapshot({ params: [SNAPSHOT_DAY] })
  async claimRun(day: string, tx: EntityManager = this.db.manager): Promise<boolean> {
    const claimed: unknown[] = await tx.query(
      `INSERT INTO retention_run (run_on) VALUES ($1) ON CONFLICT DO NOTHING RETURNING run_on`,
      [day],
    );
    return claimed.length > 0;
  }

  /** What the run of `day` did. */
  @SqlSnapshot({ params: [SNAPSHOT_DAY, 0, 0] })
  async finishRun(
    day: string,
    anonymised: number,
    noticed: number,
    tx: EntityManager = this.db.manager,
  ): Promise<void> {
    await tx.query(`UPDATE retention_run SET anonymised_count = $2, notice_count = $3 WHERE run_on = $1`, [
      day,
      anonymised,
      noticed,
    ]);
  }

  /**
   * The files not anonymised, not on hold, whose notice day has come on `today`: their last contact, anonymisation
   * day, the notice already sent, and who to tell (the active referent counsellor, else the structure's active
   * directors).
   */
  @SqlSnapshot({ params: [SNAPSHOT_DAY] })
  candidates(today: string, tx: EntityManager = this.db.manager): Promise<RetentionCandidate[]> {
    return tx.query(
      `WITH contact AS (SELECT person_id, max(day) AS last_contact FROM (${CONTACT_DAYS}) d
                         WHERE day IS NOT NULL GROUP BY person_id),
            dated AS (SELECT p.id, p.structure_id, p.first_name, p.last_name, p.counsellor_id, c.last_contact,
                             (c.last_contact + make_interval(years => $2))::date AS anonymise_on
                        FROM person p JOIN contact c ON c.person_id = p.id)
       SELECT d.id, d.structure_id, d.first_name, d.last_name, d.last_contact::text AS last_contact,
              d.anonymise_on::text AS anonymise_on, r.notice_for_date::text AS notice_for_date,
              (r.notice_sent_at AT TIME ZONE 'Europe/Paris')::date::text AS notice_day,
              coalesce((SELECT array_agg(u.id) FROM app_user u
                         WHERE u.id = d.counsellor_id AND u.active AND u.structure_id = d.structure_id),
                       (SELECT array_agg(u.id ORDER BY u.id) FROM app_user u
                         WHERE u.structure_id = d.structure_id AND u.role = $5 AND u.active)) AS recipients
         FROM dated d
         LEFT JOIN person_retention r ON r.person_id = d.id
        WHERE d.anonymise_on != 'infinity'::date
          AND d.anonymise_on - $3::int <= $1::date
          AND r.anonymised_at IS NULL
          AND NOT (r.legal_hold_reason IS NOT NULL AND (r.legal_hold_until IS NULL OR r.legal_hold_until >= $1::date))
          AND NOT EXISTS (
            SELECT 1 FROM fse_participant f JOIN funding_agreement a ON a.id = f.agreement_id
             WHERE f.person_id = d.id
               AND make_date(greatest(extract(year FROM a.end_date)::int, $4) + $6, 12, 31) >= $1::date)
        ORDER BY d.id`,
      [
        today,
        DATA_RETENTION_YEARS,
        DATA_RETENTION_NOTICE_DAYS,
        FSE_PLUS_LAST_ELIGIBLE_YEAR,
        Role.DIRECTOR,
        FSE_PLUS_ARCHIVE_YEARS,
      ],
    );
  }

  /** Records the notices sent at `sentAt` (one statement, whatever their number). */
  @SqlSnapshot({
    params: [
      [{ structure_id: SNAPSHOT_UUID, person_id: SNAPSHOT_UUID, notice_for_date: SNAPSHOT_DAY }],
      '2026-01-15T09:00:00.000Z',
    ],
  })
  async recordNotices(
    notices: readonly RetentionNotice[],
    sentAt: Date | string,
    tx: EntityManager = this.db.manager,
  ): Promise<void> {
    await tx.query(
      `INSERT INTO person_retention (structure_id, person_id, notice_for_date, notice_sent_at)
       SELECT n.structure_id, n.person_id, n.notice_for_date, $2::timestamptz
         FROM jsonb_to_recordset($1::jsonb) AS n(structure_id uuid, person_id uuid, notice_for_date date)
       ON CONFLICT (person_id) DO UPDATE SET notice_for_date = EXCLUDED.notice_for_date,
              notice_sent_at = EXCLUDED.notice_sent_at, updated_at = now()`,
      [JSON.stringify(notices), sentAt],
    );
  }

  /** Every table holding rows about a person, from the database's foreign keys (two statements). */
  @SqlSnapshot({ params: [] })
  personTables(tx: EntityManager = this.db.manager): Promise<PersonTables> {
    return personTables(tx);
  }

  /** Per person, how many rows each table held (what the audit log keeps: counts, not data). One statement. */
  @SqlSnapshot({ params: [SNAPSHOT_TABLES, [SNAPSHOT_UUID]] })
  async countRows(
    tables: PersonTables,
    ids: readonly string[],
    tx: EntityManager = this.db.manager,
  ): Promise<Map<string, Record<string, number>>> {
    const all = [...tables.direct, ...tables.children.map((c) => c.table)];
    const parts = all.map((table) => {
      const links = tables.children.find((c) => c.table === table)?.links ?? [];
      const via = tables.direct.includes(table)
        ? `SELECT t.person_id AS person_id FROM ${ident(table)} t WHERE t.person_id = ANY($1::uuid[])`
        : links
            .map(
              (l) =>
                `SELECT p.person_id FROM ${ident(table)} t JOIN ${ident(l.parent)} p ON p.id = t.${ident(l.column)} WHERE p.person_id = ANY($1::uuid[])`,
            )
            .join(' UNION ALL ');
      return `SELECT '${table}' AS table_name, x.person_id, count(*)::int AS n FROM (${via}) x GROUP BY x.person_id`;
    });
    const rows: (As<'table_name', string> & As<'person_id', string> & As<'n', number>)[] = await tx.query(
      parts.join(' UNION ALL '),
      [ids],
    );
    const out = new Map<string, Record<string, number>>();
    for (const r of rows) out.set(r.person_id, { ...(out.get(r.person_id) ?? {}), [r.table_name]: r.n });
    return out;
  }

  /**
   * Anonymises the free text and identifying columns of the persons' rows in every table about them: one statement
   * per table (two where a database rule locks some rows), whatever the number of persons.
   */
  @SqlSnapshot({ params: [SNAPSHOT_TABLES, [SNAPSHOT_UUID]] })
  async anonymiseTables(
    tables: PersonTables,
    ids: readonly string[],
    tx: EntityManager = this.db.manager,
  ): Promise<void> {
    for (const table of [...tables.direct, ...tables.children.map((c) => c.table)]) {
      const sets: Record<string, string> = { ...(IDENTIFYING_COLUMNS[table] ?? {}) };
      for (const c of tables.textColumns[table] ?? []) sets[c.column] = c.nullable ? 'NULL' : `'${ANONYMISED_TEXT}'`;
      const locked = LOCKED_ROWS[table];
      const free = Object.entries(sets).filter(([column]) => !locked || column === locked.except);
      const rest = locked ? Object.entries(sets).filter(([column]) => column !== locked.except) : [];
      const where = aboutPersons(tables, table, false);
      if (free.length)
        await tx.query(
          `UPDATE ${ident(table)} t SET ${free.map(([c, v]) => `${ident(c)} = ${v}`).join(', ')} WHERE ${where}` +
            (locked ? ` AND t.${ident(locked.except)} IS NOT NULL` : ''),
          [ids],
        );
      if (rest.length)
        await tx.query(
          `UPDATE ${ident(table)} t SET ${rest.map(([c, v]) => `${ident(c)} = ${v}`).join(', ')} WHERE (${where}) AND ${locked.where}`,
          [ids],
        );
    }
  }

  /**
   * The persons: identity and contact replaced; the birth date keeps its year (1 July: ages off by six months at
   * most), sex, stage, dates and counsellor stay for the figures.
   */
  @SqlSnapshot({ params: [[SNAPSHOT_UUID]] })
  async anonymisePersons(ids: readonly string[], tx: EntityManager = this.db.manager): Promise<void> {
    await tx.query(
      `UPDATE person SET first_name = $2::text, last_name = $2::text, sort_key = lower($2::text),
              birth_date = make_date(extract(year FROM birth_date)::int, 7, 1),
              email = NULL, phone = NULL, address_line = NULL, postal_code = NULL, city = NULL, latitude = NULL, longitude = NULL,
              version = version + 1, updated_at = now()
        WHERE id = ANY($1::uuid[])`,
      [ids, ANONYMISED_TEXT],
    );
  }

  /** Notifications about the persons name them in their title: replaced. */
  @SqlSnapshot({ params: [[SNAPSHOT_UUID]] })
  async anonymiseNotifications(ids: readonly string[], tx: EntityManager = this.db.manager): Promise<void> {
    await tx.query(
      `UPDATE notification n SET title = $2::text, body = $3::text, updated_at = now()
         FROM unnest($1::uuid[]) AS p(id) WHERE n.link LIKE '/personnes/' || p.id || '%'`,
      [ids, 'Dossier anonymisé', 'Ce dossier a été anonymisé au terme de sa durée de conservation.'],
    );
  }

  /** Marks the persons' files anonymised at `at`. */
  @SqlSnapshot({ params: [[SNAPSHOT_UUID], '2026-01-15T09:00:00.000Z'] })
  async markAnonymised(ids: readonly string[], at: Date | string, tx: EntityManager = this.db.manager): Promise<void> {
    await tx.query(
      `INSERT INTO person_retention (structure_id, person_id, anonymised_at)
       SELECT p.structure_id, p.id, $2::timestamptz FROM person p WHERE p.id = ANY($1::uuid[])
       ON CONFLICT (person_id) DO UPDATE SET anonymised_at = EXCLUDED.anonymised_at, updated_at = now()`,
      [ids, at],
    );
  }

  /** The audit log's entries of the anonymisations, by the job itself (`SYSTEM`), in one statement. */
  @SqlSnapshot({
    params: [
      'PERSON_ANONYMISED',
      [{ structure_id: SNAPSHOT_UUID, person_id: SNAPSHOT_UUID, details: { runOn: SNAPSHOT_DAY } }],
    ],
  })
  async auditAnonymised(
    action: string,
    entries: readonly AnonymisedEntry[],
    tx: EntityManager = this.db.manager,
  ): Promise<void> {
    await tx.query(
      `INSERT INTO audit_log (actor_user_id, actor_role, actor_label, action, structure_id, person_id, subject_type,
                              subject_id, details)
       SELECT NULL, 'SYSTEM', 'Tremplin (tâche de conservation)', $1, e.structure_id, e.person_id, 'person', e.person_id,
              e.details
         FROM jsonb_to_recordset($2::jsonb) AS e(structure_id uuid, person_id uuid, details jsonb)`,
      [action, JSON.stringify(entries)],
    );
  }
}

/** TypeORM's `query` gives an UPDATE … RETURNING as `[rows, affected]`. */
function rowsOf(result: unknown[]): unknown[] {
  return Array.isArray(result[0]) ? (result[0] as unknown[]) : result;
}
