import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { In, type DataSource, type EntityManager } from 'typeorm';
import { type ExistingAllocation, SessionKind } from '@tremplin/domain';
import { findByIds } from '../../core/graphql/request-loader';
import { type As, groupByKey, readByPersons, type RowOf, SNAPSHOT_UUID, SqlSnapshot } from '../../database/repository';
import { CertificationBlockEntity } from '../certifications';
import { PersonEntity } from '../persons';
import { CollectiveSessionEntity, SessionAttendanceEntity } from './activity.entities';

/** The filters of the sessions list. */
export interface SessionListFilter {
  kind?: string | null;
  from?: string | null;
  to?: string | null;
}

/** The values of a new collective session (one, or each of a series). */
export type NewCollectiveSession = Pick<
  CollectiveSessionEntity,
  | 'structureId'
  | 'createdById'
  | 'kind'
  | 'title'
  | 'trainingBody'
  | 'sessionDate'
  | 'plannedMinutes'
  | 'certificationBlockId'
  | 'groupId'
>;

/** A person of a sheet being saved, with their line on it if any. */
export type SheetLineRow = RowOf<PersonEntity, 'id' | 'firstName' | 'lastName'> &
  As<'version', number | null> &
  As<'minutes_attended', number | null> &
  As<'absence', string | null>;

/** A line of the sheet being saved that drops below the minutes already charged to funding agreements. */
export type AboveAllocatedRow = RowOf<SessionAttendanceEntity, 'personId'> &
  As<'minutes', number> &
  As<'allocated', number> &
  As<'allocations', ExistingAllocation[]>;

/** One line to write: the person, the minutes, the absence. */
export interface SheetEntry {
  personId: string;
  minutesAttended: number;
  absence: string | null;
}

/** What `readSheet` finds of a sheet about to be saved, in one statement, without locks. */
export interface SheetRead {
  session: CollectiveSessionEntity;
  lines: {
    id: string;
    firstName: string;
    lastName: string;
    version: number | null;
    minutesAttended: number | null;
    absence: string | null;
  }[];
  /** Whether one of the persons has an exit (its stored presence figures would need a refresh). */
  hasExit: boolean;
}

/** Why `writeSheetAtOnce` wrote nothing: the caller then saves the sheet the long way (locks, checks, refresh). */
export type SheetWrite = 'WRITTEN' | 'NOT_WRITTEN';

/** Marks the statement's refusal when a line changed between the read and the write (see `writeSheetAtOnce`). */
const STALE_MARK = 'tremplin.attendance.stale';

type TrainingHoursRow = RowOf<SessionAttendanceEntity, 'personId'> &
  As<'planned', number> &
  As<'attended', number> &
  As<'planned_to_date', number>;

/** The SQL of collective sessions and their attendance sheets (docs/adr/0011-repositories.md). */
@Injectable()
export class SessionsRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** The structure's sessions, latest first, at most `limit`. */
  @SqlSnapshot({ params: [SNAPSHOT_UUID, { kind: 'TRAINING', from: '2026-01-01', to: '2026-12-31' }, 200] })
  list(
    structureId: string,
    filter: SessionListFilter,
    limit: number,
    tx: EntityManager = this.db.manager,
  ): Promise<CollectiveSessionEntity[]> {
    const qb = tx
      .getRepository(CollectiveSessionEntity)
      .createQueryBuilder('s')
      .where('s.structureId = :structureId', { structureId });
    if (filter.kind) qb.andWhere('s.kind = :kind', { kind: filter.kind });
    if (filter.from) qb.andWhere('s.sessionDate >= :from', { from: filter.from });
    if (filter.to) qb.andWhere('s.sessionDate <= :to', { to: filter.to });
    return qb
      .orderBy('s.sessionDate', 'DESC')
      .addOrderBy('s.createdAt', 'DESC')
      .addOrderBy('s.id', 'ASC')
      .limit(limit)
      .getMany();
  }

  /** A certification block (reference data). */
  @SqlSnapshot({ params: [SNAPSHOT_UUID] })
  findBlock(id: string, tx: EntityManager = this.db.manager): Promise<CertificationBlockEntity | null> {
    return tx.getRepository(CertificationBlockEntity).findOneBy({ id });
  }

  @SqlSnapshot({
    params: [
      {
        structureId: SNAPSHOT_UUID,
        createdById: null,
        kind: 'TRAINING',
        title: 'Session',
        trainingBody: 'Organisme',
        sessionDate: '2026-01-01',
        plannedMinutes: 420,
        certificationBlockId: null,
        groupId: null,
      },
    ],
  })
  createCollectiveSession(
    values: NewCollectiveSession,
    tx: EntityManager = this.db.manager,
  ): Promise<CollectiveSessionEntity> {
    const repo = tx.getRepository(CollectiveSessionEntity);
    return repo.save(repo.create(values));
  }

  /** The session, locked `FOR UPDATE`: every writer of a sheet locks its session first. */
  @SqlSnapshot({ params: [SNAPSHOT_UUID, SNAPSHOT_UUID] })
  lockSession(
    structureId: string,
    id: string,
    tx: EntityManager = this.db.manager,
  ): Promise<CollectiveSessionEntity | null> {
    return tx
      .getRepository(CollectiveSessionEntity)
      .createQueryBuilder('s')
      .where('s.id = :id AND s.structureId = :structureId', { id, structureId })
      .setLock('pessimistic_write')
      .getOne();
  }

  /** Each person of the request with their line on the sheet, if any (one statement); unknown persons are absent. */
  @SqlSnapshot({ params: [SNAPSHOT_UUID, SNAPSHOT_UUID, [SNAPSHOT_UUID]] })
  currentLines(
    structureId: string,
    sessionId: string,
    personIds: readonly string[],
    tx: EntityManager = this.db.manager,
  ): Promise<SheetLineRow[]> {
    return tx.query(
      `SELECT p.id, p.first_name, p.last_name, a.version, a.minutes_attended, a.absence
         FROM person p
         LEFT JOIN session_attendance a ON a.structure_id = p.structure_id AND a.session_id = $2 AND a.person_id = p.id
        WHERE p.structure_id = $1 AND p.id = ANY($3::uuid[])`,
      [structureId, sessionId, [...personIds]],
    );
  }

  /**
   * The session and each person of the request with their line on the sheet, if any, and whether one of them has an
   * exit: what a sheet's save checks, in one statement without locks (`writeSheetAtOnce` re-checks what may have
   * changed since). Null when the session is not the structure's.
   */
  @SqlSnapshot({ params: [SNAPSHOT_UUID, SNAPSHOT_UUID, [SNAPSHOT_UUID]] })
  async readSheet(
    structureId: string,
    sessionId: string,
    personIds: readonly string[],
    tx: EntityManager = this.db.manager,
  ): Promise<SheetRead | null> {
    const { entities, raw } = await tx
      .getRepository(CollectiveSessionEntity)
      .createQueryBuilder('s')
      .addSelect(
        `coalesce((SELECT json_agg(json_build_object('id', p.id, 'firstName', p.first_name, 'lastName', p.last_name,
                    'version', a.version, 'minutesAttended', a.minutes_attended, 'absence', a.absence))
              FROM person p
              LEFT JOIN session_attendance a ON a.structure_id = p.structure_id AND a.session_id = s.id AND a.person_id = p.id
             WHERE p.structure_id = s.structure_id AND p.id = ANY(CAST(:personIds AS uuid[]))), '[]'::json)`,
        'sheet_lines',
      )
      .addSelect(
        `EXISTS (SELECT 1 FROM pathway_exit x
                  WHERE x.structure_id = s.structure_id AND x.person_id = ANY(CAST(:personIds AS uuid[])))`,
        'sheet_has_exit',
      )
      .where('s.id = :id AND s.structureId = :structureId', { id: sessionId, structureId })
      .setParameter('personIds', [...personIds])
      .getRawAndEntities<{ sheet_lines: SheetRead['lines']; sheet_has_exit: boolean }>();
    const [session] = entities;
    if (!session || !raw[0]) return null;
    return { session, lines: raw[0].sheet_lines, hasExit: raw[0].sheet_has_exit };
  }

  /**
   * Saves the lines of a sheet in ONE statement (atomic on its own: no transaction around it) when nothing else needs
   * doing: the session is locked (`FOR UPDATE SKIP LOCKED`: another writer of the sheet or an allocation of its lines
   * at work → NOT_WRITTEN), no exit of the structure is being computed (its advisory lock, tried), none of the persons
   * has an exit (whose stored presence figures would need a refresh), and no line would drop below the minutes
   * already charged to funding agreements. Otherwise nothing is written (NOT_WRITTEN) and the caller takes the long
   * way, which gives the precise error. Each line is written only at the version `readVersions` read (null: no
   * line); a line changed or added since makes the whole statement fail and write nothing (NOT_WRITTEN). A line saved
   * unchanged keeps its version.
   */
  @SqlSnapshot({
    params: [
      SNAPSHOT_UUID,
      SNAPSHOT_UUID,
      SNAPSHOT_UUID,
      [{ personId: SNAPSHOT_UUID, minutesAttended: 420, absence: null }],
      [null],
    ],
  })
  async writeSheetAtOnce(
    structureId: string,
    sessionId: string,
    userId: string,
    entries: readonly SheetEntry[],
    readVersions: readonly (number | null)[],
    tx: EntityManager = this.db.manager,
  ): Promise<SheetWrite> {
    try {
      const [row]: As<'ok', boolean | null>[] = await tx.query(
        `WITH s AS (
           SELECT s.id FROM collective_session s WHERE s.id = $2 AND s.structure_id = $1 FOR UPDATE SKIP LOCKED),
         e AS (
           SELECT * FROM unnest($4::uuid[], $5::int[], $6::varchar[], $7::int[])
                      AS e(person_id, minutes_attended, absence, read_version)),
         guard AS (
           SELECT EXISTS (SELECT 1 FROM s)
              AND pg_try_advisory_xact_lock(hashtextextended('tremplin.exit_presence.' || $1::text, 0))
              AND NOT EXISTS (SELECT 1 FROM pathway_exit x WHERE x.structure_id = $1 AND x.person_id = ANY($4::uuid[]))
              AND NOT EXISTS (
                    SELECT 1
                      FROM session_attendance a
                      JOIN e ON e.person_id = a.person_id
                      JOIN funding_allocation fa ON fa.attendance_id = a.id AND fa.structure_id = a.structure_id
                      JOIN funding_agreement ag ON ag.id = fa.agreement_id AND ag.structure_id = fa.structure_id
                     WHERE a.structure_id = $1 AND a.session_id = $2
                     GROUP BY a.id, e.minutes_attended
                    HAVING sum(fa.quantity) > e.minutes_attended) AS ok),
         w AS (
           INSERT INTO session_attendance (structure_id, session_id, created_by_id, person_id, minutes_attended, absence)
           SELECT $1, $2, $3, e.person_id, e.minutes_attended, e.absence FROM e WHERE (SELECT ok FROM guard)
           ON CONFLICT (session_id, person_id)
           DO UPDATE SET minutes_attended = EXCLUDED.minutes_attended, absence = EXCLUDED.absence,
                         updated_at = CASE WHEN (session_attendance.minutes_attended, session_attendance.absence)
                                                IS DISTINCT FROM (EXCLUDED.minutes_attended, EXCLUDED.absence)
                                           THEN now() ELSE session_attendance.updated_at END,
                         version = CASE WHEN (session_attendance.minutes_attended, session_attendance.absence)
                                             IS DISTINCT FROM (EXCLUDED.minutes_attended, EXCLUDED.absence)
                                        THEN session_attendance.version + 1 ELSE session_attendance.version END
            WHERE session_attendance.version
                  IS NOT DISTINCT FROM ($7::int[])[array_position($4::uuid[], EXCLUDED.person_id)]
           RETURNING 1)
         SELECT g.ok,
                CASE WHEN g.ok AND n.n < cardinality($4::uuid[]) THEN CAST('${STALE_MARK}:' || n.n AS int) END AS stale
           FROM guard g, (SELECT count(*)::int AS n FROM w) n`,
        [
          structureId,
          sessionId,
          userId,
          entries.map((e) => e.personId),
          entries.map((e) => e.minutesAttended),
          entries.map((e) => e.absence),
          [...readVersions],
        ],
      );
      return row?.ok ? 'WRITTEN' : 'NOT_WRITTEN';
    } catch (e) {
      if (e instanceof Error && e.message.includes(STALE_MARK)) return 'NOT_WRITTEN';
      throw e;
    }
  }

  /**
   * Inserts each line or replaces the person's line for that session (one statement); a line saved unchanged keeps
   * its version.
   */
  @SqlSnapshot({
    params: [
      SNAPSHOT_UUID,
      SNAPSHOT_UUID,
      SNAPSHOT_UUID,
      [{ personId: SNAPSHOT_UUID, minutesAttended: 420, absence: null }],
    ],
  })
  async upsertLines(
    structureId: string,
    sessionId: string,
    userId: string,
    entries: readonly SheetEntry[],
    tx: EntityManager = this.db.manager,
  ): Promise<void> {
    await tx.query(
      `INSERT INTO session_attendance (structure_id, session_id, created_by_id, person_id, minutes_attended, absence)
       SELECT $1, $2, $3, e.person_id, e.minutes_attended, e.absence
         FROM unnest($4::uuid[], $5::int[], $6::varchar[]) AS e(person_id, minutes_attended, absence)
       ON CONFLICT (session_id, person_id)
       DO UPDATE SET minutes_attended = EXCLUDED.minutes_attended, absence = EXCLUDED.absence, updated_at = now(),
                     version = session_attendance.version + 1
        WHERE (session_attendance.minutes_attended, session_attendance.absence)
              IS DISTINCT FROM (EXCLUDED.minutes_attended, EXCLUDED.absence)`,
      [
        structureId,
        sessionId,
        userId,
        entries.map((e) => e.personId),
        entries.map((e) => e.minutesAttended),
        entries.map((e) => e.absence),
      ],
    );
  }

  /** The lines of these persons on the sheet that are below the minutes charged to funding agreements (one statement). */
  @SqlSnapshot({ params: [SNAPSHOT_UUID, SNAPSHOT_UUID, [SNAPSHOT_UUID]] })
  linesBelowAllocated(
    structureId: string,
    sessionId: string,
    personIds: readonly string[],
    tx: EntityManager = this.db.manager,
  ): Promise<AboveAllocatedRow[]> {
    return tx.query(
      `SELECT a.person_id, a.minutes_attended AS minutes, sum(fa.quantity)::int AS allocated,
              json_agg(json_build_object('agreementId', ag.id, 'agreementReference', ag.reference, 'quantity', fa.quantity)) AS allocations
         FROM session_attendance a
         JOIN funding_allocation fa ON fa.attendance_id = a.id AND fa.structure_id = a.structure_id
         JOIN funding_agreement ag ON ag.id = fa.agreement_id AND ag.structure_id = fa.structure_id
        WHERE a.structure_id = $1 AND a.session_id = $2 AND a.person_id = ANY($3::uuid[])
        GROUP BY a.id, a.person_id, a.minutes_attended
       HAVING sum(fa.quantity) > a.minutes_attended`,
      [structureId, sessionId, [...personIds]],
    );
  }

  /** Certification blocks by id (reference data, shared by all structures). */
  @SqlSnapshot({ params: [[SNAPSHOT_UUID]] })
  blocksByIds(
    ids: readonly string[],
    tx: EntityManager = this.db.manager,
  ): Promise<(CertificationBlockEntity | null)[]> {
    return findByIds(tx, CertificationBlockEntity, ids);
  }

  /** The attendance lines of each session, by the person's name (one statement). */
  @SqlSnapshot({ params: [SNAPSHOT_UUID, [SNAPSHOT_UUID]] })
  async attendancesBySessions(
    structureId: string,
    sessionIds: readonly string[],
    tx: EntityManager = this.db.manager,
  ): Promise<SessionAttendanceEntity[][]> {
    const rows = await tx
      .getRepository(SessionAttendanceEntity)
      .createQueryBuilder('a')
      .innerJoin('a.person', 'p')
      .where('a.structureId = :structureId AND a.sessionId IN (:...sessionIds)', { structureId, sessionIds })
      .orderBy('p.sortKey', 'ASC')
      .addOrderBy('a.id', 'ASC')
      .getMany();
    return groupByKey(sessionIds, rows, (r) => r.sessionId);
  }

  /** What an attendance sheet shows of its persons (one statement). */
  @SqlSnapshot({ params: [SNAPSHOT_UUID, [SNAPSHOT_UUID]] })
  async attendeesByIds(
    structureId: string,
    personIds: readonly string[],
    tx: EntityManager = this.db.manager,
  ): Promise<(PersonEntity | null)[]> {
    const rows = await tx.getRepository(PersonEntity).find({
      select: { id: true, firstName: true, lastName: true, structureId: true },
      where: { structureId, id: In([...personIds]) },
    });
    const byId = new Map(rows.map((r) => [r.id, r]));
    return personIds.map((id) => byId.get(id) ?? null);
  }

  /** Each person's attendance lines with their session, latest session first (one statement). */
  @SqlSnapshot({ params: [SNAPSHOT_UUID, [SNAPSHOT_UUID]] })
  async attendancesByPersons(
    structureId: string,
    personIds: readonly string[],
    tx: EntityManager = this.db.manager,
  ): Promise<(SessionAttendanceEntity & { session: CollectiveSessionEntity })[][]> {
    const lists = await readByPersons(tx, SessionAttendanceEntity, structureId, personIds, {
      relations: { session: true },
      order: { session: { sessionDate: 'DESC', createdAt: 'DESC' }, id: 'ASC' },
    });
    return lists as (SessionAttendanceEntity & { session: CollectiveSessionEntity })[][];
  }

  /** Planned, attended and planned-to-date minutes of the training sessions each person is registered to. */
  @SqlSnapshot({ params: [SNAPSHOT_UUID, [SNAPSHOT_UUID], '2026-01-01'] })
  trainingHoursByPersons(
    structureId: string,
    personIds: readonly string[],
    today: string,
    tx: EntityManager = this.db.manager,
  ): Promise<TrainingHoursRow[]> {
    return tx.query(
      `SELECT a.person_id,
              sum(s.planned_minutes)::int AS planned,
              sum(a.minutes_attended)::int AS attended,
              coalesce(sum(s.planned_minutes) FILTER (WHERE s.session_date <= $3::date), 0)::int AS planned_to_date
         FROM session_attendance a
         JOIN collective_session s ON s.id = a.session_id AND s.structure_id = a.structure_id
        WHERE a.structure_id = $1 AND a.person_id = ANY($2::uuid[]) AND s.kind = $4
        GROUP BY a.person_id`,
      [structureId, [...personIds], today, SessionKind.TRAINING],
    );
  }
}
