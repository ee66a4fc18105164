import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import {
  addDays,
  anonymisationDate,
  ANONYMISED_TEXT,
  AuditAction,
  DATA_RETENTION_NOTICE_DAYS,
  DATA_RETENTION_YEARS,
  formatIsoDateFr,
  fsePlusHoldUntil,
  FSE_PLUS_ARCHIVE_YEARS,
  FSE_PLUS_LAST_ELIGIBLE_YEAR,
  NotificationKind,
  parisDay,
  Role,
} from '@tremplin/domain';
import { requirePerson } from '../../core/access/person-access';
import { AuditService } from '../../core/audit/audit.service';
import type { AuthUser } from '../../core/auth/auth.types';
import { CLOCK, type Clock } from '../../core/clock/clock';
import { BadUserInputError, ConflictError } from '../../core/errors/app-errors';
import { NotificationsService } from '../notifications';
import { aboutPersons, ident, type PersonTables, personTables } from './person-tables';

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

export const RIGHTS_MESSAGES = {
  alreadyAnonymised: 'Ce dossier a déjà été anonymisé : il ne peut plus être gelé.',
  noHold: 'Ce dossier n’est pas gelé : il n’y a rien à lever.',
} as const;

/** Where a person's file stands in its retention. */
export interface PersonRetentionStatus {
  personId: string;
  lastContactOn: string | null;
  anonymisationOn: string | null;
  legalHoldReason: string | null;
  legalHoldUntil: string | null;
  fseHoldUntil: string | null;
  noticeSentAt: Date | null;
  anonymisedAt: Date | null;
}

/** What a run did. */
export interface RetentionRunResult {
  status: 'DONE' | 'ALREADY_DONE' | 'BUSY';
  /** The day (in France) of the run. */
  runOn: string;
  noticed: string[];
  anonymised: string[];
}

interface Candidate {
  id: string;
  structure_id: string;
  first_name: string;
  last_name: string;
  last_contact: string;
  anonymise_on: string;
  notice_for_date: string | null;
  notice_day: string | null;
  recipients: string[] | null;
}

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

/**
 * The daily retention job (docs/domain/retention.md): tells the counsellor 30 days before a file reaches two years
 * after the last contact, then anonymises it — unless it is on legal hold (set by the director, or an FSE+
 * participant whose supporting documents a funder may still audit). One run per day across every instance (an
 * advisory lock and the `retention_run` row of the day, in one transaction); the audit log keeps that it happened.
 */
@Injectable()
export class RetentionService {
  private readonly logger = new Logger('RetentionJob');

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Inject(CLOCK) private readonly clock: Clock,
    private readonly notifications: NotificationsService,
    private readonly audit: AuditService,
  ) {}

  /** Where a person's file stands (the caller's structure; another structure's person is NOT_FOUND). */
  async status(
    structureId: string,
    personId: string,
    db: EntityManager = this.db.manager,
  ): Promise<PersonRetentionStatus> {
    await requirePerson(db, structureId, personId);
    const [row]: {
      last_contact: string | null;
      infinite: boolean;
      legal_hold_reason: string | null;
      legal_hold_until: string | null;
      fse_end: string | null;
      notice_sent_at: Date | null;
      anonymised_at: Date | null;
    }[] = await db.query(
      `SELECT (SELECT max(day) FROM (${CONTACT_DAYS}) d WHERE d.person_id = $1 AND day IS NOT NULL AND day < 'infinity')::text AS last_contact,
              EXISTS (SELECT 1 FROM (${CONTACT_DAYS}) d WHERE d.person_id = $1 AND day = 'infinity') AS infinite,
              r.legal_hold_reason, r.legal_hold_until::text AS legal_hold_until, r.notice_sent_at, r.anonymised_at,
              (SELECT max(a.end_date)::text FROM fse_participant f JOIN funding_agreement a ON a.id = f.agreement_id
                WHERE f.person_id = $1) AS fse_end
         FROM (SELECT 1) one LEFT JOIN person_retention r ON r.person_id = $1 AND r.structure_id = $2`,
      [personId, structureId],
    );
    const lastContactOn = row.infinite ? null : row.last_contact;
    return {
      personId,
      lastContactOn,
      anonymisationOn: lastContactOn ? anonymisationDate(lastContactOn) : null,
      legalHoldReason: row.legal_hold_reason,
      legalHoldUntil: row.legal_hold_until,
      fseHoldUntil: row.fse_end ? fsePlusHoldUntil(row.fse_end) : null,
      noticeSentAt: row.notice_sent_at,
      anonymisedAt: row.anonymised_at,
    };
  }

  /** The director keeps a file past the limit (why, until when), audited. */
  async setLegalHold(
    actor: AuthUser,
    structureId: string,
    input: { personId: string; reason: string; until?: string | null },
  ): Promise<PersonRetentionStatus> {
    const today = parisDay(this.clock.now());
    if (input.until && input.until < today)
      throw new BadUserInputError([
        {
          field: 'until',
          message: 'La date de fin du gel est passée : choisissez un jour à venir, ou laissez-la vide.',
        },
      ]);
    return this.db.transaction(async (tx) => {
      const person = await requirePerson(tx, structureId, input.personId, { lock: true });
      const [retention]: { anonymised_at: Date | null }[] = await tx.query(
        `SELECT anonymised_at FROM person_retention WHERE person_id = $1`,
        [person.id],
      );
      if (retention?.anonymised_at) throw new ConflictError(RIGHTS_MESSAGES.alreadyAnonymised);
      await tx.query(
        `INSERT INTO person_retention (structure_id, person_id, created_by_id, legal_hold_reason, legal_hold_until,
                                       legal_hold_set_at)
         VALUES ($1, $2, $3, $4, $5, $6)
         ON CONFLICT (person_id) DO UPDATE SET created_by_id = EXCLUDED.created_by_id,
                legal_hold_reason = EXCLUDED.legal_hold_reason, legal_hold_until = EXCLUDED.legal_hold_until,
                legal_hold_set_at = EXCLUDED.legal_hold_set_at, updated_at = now()`,
        [structureId, person.id, actor.id, input.reason, input.until ?? null, this.clock.now()],
      );
      await this.audit.record(tx, actor, [
        {
          action: AuditAction.LEGAL_HOLD_SET,
          structureId,
          personId: person.id,
          subjectType: 'person',
          subjectId: person.id,
          details: { until: input.until ?? null },
        },
      ]);
      return this.status(structureId, person.id, tx);
    });
  }

  async liftLegalHold(actor: AuthUser, structureId: string, personId: string): Promise<PersonRetentionStatus> {
    return this.db.transaction(async (tx) => {
      const person = await requirePerson(tx, structureId, personId, { lock: true });
      const lifted: unknown[] = await tx.query(
        `UPDATE person_retention SET legal_hold_reason = NULL, legal_hold_until = NULL, legal_hold_set_at = NULL,
                created_by_id = $2, updated_at = now()
          WHERE person_id = $1 AND legal_hold_reason IS NOT NULL RETURNING id`,
        [person.id, actor.id],
      );
      if (rowsOf(lifted).length === 0) throw new ConflictError(RIGHTS_MESSAGES.noHold);
      await this.audit.record(tx, actor, [
        {
          action: AuditAction.LEGAL_HOLD_LIFTED,
          structureId,
          personId: person.id,
          subjectType: 'person',
          subjectId: person.id,
        },
      ]);
      return this.status(structureId, person.id, tx);
    });
  }

  /** The run of today (in France); a second call the same day, or while another runs, does nothing. */
  async run(): Promise<RetentionRunResult> {
    const now = this.clock.now();
    const today = parisDay(now);
    const result = await this.db.transaction(async (tx): Promise<RetentionRunResult> => {
      const [{ locked }]: { locked: boolean }[] = await tx.query(
        `SELECT pg_try_advisory_xact_lock(hashtext($1)) AS locked`,
        [RETENTION_LOCK_KEY],
      );
      const none = { runOn: today, noticed: [], anonymised: [] };
      if (!locked) return { status: 'BUSY', ...none };
      const claimed: unknown[] = await tx.query(
        `INSERT INTO retention_run (run_on) VALUES ($1) ON CONFLICT DO NOTHING RETURNING run_on`,
        [today],
      );
      if (claimed.length === 0) return { status: 'ALREADY_DONE', ...none };
      const candidates = await this.candidates(tx, today);
      const notice = candidates.filter((c) => c.notice_for_date !== c.anonymise_on);
      const due = candidates.filter(
        (c) =>
          c.notice_for_date === c.anonymise_on &&
          c.notice_day !== null &&
          today >= c.anonymise_on &&
          today >= addDays(c.notice_day, DATA_RETENTION_NOTICE_DAYS),
      );
      await this.sendNotices(tx, notice, now);
      await this.anonymise(tx, due, today, now);
      await tx.query(`UPDATE retention_run SET anonymised_count = $2, notice_count = $3 WHERE run_on = $1`, [
        today,
        due.length,
        notice.length,
      ]);
      return { status: 'DONE', runOn: today, noticed: notice.map((c) => c.id), anonymised: due.map((c) => c.id) };
    });
    if (result.noticed.length) void this.notifications.sendPendingEmails();
    if (result.status === 'DONE')
      this.logger.log(
        `Conservation (${today}) : ${result.noticed.length} avis, ${result.anonymised.length} dossier(s) anonymisé(s)`,
      );
    return result;
  }

  /**
   * The files not anonymised, not on hold, whose notice day has come: their last contact, anonymisation day, the
   * notice already sent, and who to tell (the active referent counsellor, else the structure's active directors).
   */
  private async candidates(tx: EntityManager, today: string): Promise<Candidate[]> {
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

  private async sendNotices(tx: EntityManager, notice: Candidate[], now: Date): Promise<void> {
    if (notice.length === 0) return;
    await tx.query(
      `INSERT INTO person_retention (structure_id, person_id, notice_for_date, notice_sent_at)
       SELECT n.structure_id, n.person_id, n.notice_for_date, $2::timestamptz
         FROM jsonb_to_recordset($1::jsonb) AS n(structure_id uuid, person_id uuid, notice_for_date date)
       ON CONFLICT (person_id) DO UPDATE SET notice_for_date = EXCLUDED.notice_for_date,
              notice_sent_at = EXCLUDED.notice_sent_at, updated_at = now()`,
      [
        JSON.stringify(
          notice.map((c) => ({ structure_id: c.structure_id, person_id: c.id, notice_for_date: c.anonymise_on })),
        ),
        now,
      ],
    );
    await this.notifications.notify(
      tx,
      notice.map((c) => ({
        recipientUserIds: c.recipients ?? [],
        kind: NotificationKind.RETENTION_DUE,
        title: `Dossier de ${c.first_name} ${c.last_name} : anonymisation prévue au plus tôt le ${formatIsoDateFr(c.anonymise_on)}`,
        body:
          `Le dernier contact avec cette personne date du ${formatIsoDateFr(c.last_contact)}. Deux ans après, ` +
          `son dossier est anonymisé (référentiel CNIL du secteur social). Un nouveau contact repousse cette date ; ` +
          `si un financeur peut encore contrôler le dossier, la direction peut le geler.`,
        link: `/personnes/${c.id}`,
      })),
    );
  }

  /** Anonymises the files: one statement per table, whatever their number. */
  private async anonymise(tx: EntityManager, due: Candidate[], today: string, now: Date): Promise<void> {
    if (due.length === 0) return;
    const ids = due.map((c) => c.id);
    const tables = await personTables(tx);
    const counts = await this.countRows(tx, tables, ids);
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
    // The person: identity and contact replaced; the birth date keeps its year (1 July: ages off by six months at
    // most), sex, stage, dates and counsellor stay for the figures.
    await tx.query(
      `UPDATE person SET first_name = $2::text, last_name = $2::text, sort_key = lower($2::text),
              birth_date = make_date(extract(year FROM birth_date)::int, 7, 1),
              email = NULL, phone = NULL, address_line = NULL, postal_code = NULL, city = NULL,
              version = version + 1, updated_at = now()
        WHERE id = ANY($1::uuid[])`,
      [ids, ANONYMISED_TEXT],
    );
    // Notifications about the person name them in their title.
    await tx.query(
      `UPDATE notification n SET title = $2::text, body = $3::text, updated_at = now()
         FROM unnest($1::uuid[]) AS p(id) WHERE n.link LIKE '/personnes/' || p.id || '%'`,
      [ids, 'Dossier anonymisé', 'Ce dossier a été anonymisé au terme de sa durée de conservation.'],
    );
    await tx.query(
      `INSERT INTO person_retention (structure_id, person_id, anonymised_at)
       SELECT p.structure_id, p.id, $2::timestamptz FROM person p WHERE p.id = ANY($1::uuid[])
       ON CONFLICT (person_id) DO UPDATE SET anonymised_at = EXCLUDED.anonymised_at, updated_at = now()`,
      [ids, now],
    );
    await tx.query(
      `INSERT INTO audit_log (actor_user_id, actor_role, actor_label, action, structure_id, person_id, subject_type,
                              subject_id, details)
       SELECT NULL, 'SYSTEM', 'Tremplin (tâche de conservation)', $1, e.structure_id, e.person_id, 'person', e.person_id,
              e.details
         FROM jsonb_to_recordset($2::jsonb) AS e(structure_id uuid, person_id uuid, details jsonb)`,
      [
        AuditAction.PERSON_ANONYMISED,
        JSON.stringify(
          due.map((c) => ({
            structure_id: c.structure_id,
            person_id: c.id,
            details: { runOn: today, lastContact: c.last_contact, rows: counts.get(c.id) ?? {} },
          })),
        ),
      ],
    );
  }

  /** Per person, how many rows each table held (what the audit log keeps: counts, not data). One statement. */
  private async countRows(
    tx: EntityManager,
    tables: PersonTables,
    ids: string[],
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
    const rows: { table_name: string; person_id: string; n: number }[] = await tx.query(parts.join(' UNION ALL '), [
      ids,
    ]);
    const out = new Map<string, Record<string, number>>();
    for (const r of rows) out.set(r.person_id, { ...(out.get(r.person_id) ?? {}), [r.table_name]: r.n });
    return out;
  }
}

/** TypeORM's `query` gives an UPDATE … RETURNING as `[rows, affected]`. */
function rowsOf(result: unknown[]): unknown[] {
  return Array.isArray(result[0]) ? (result[0] as unknown[]) : result;
}
