import { Injectable, Inject } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { In, type DataSource, type EntityManager } from 'typeorm';
import {
  changedLines,
  type CurrentLine,
  ERROR_MESSAGES,
  type ExistingAllocation,
  type FieldError,
  formatAllocationBreakdown,
  formatIsoDateFr,
  formatMinutes,
  SessionKind,
  todayInParis,
} from '@tremplin/domain';
import { isUuid } from '../../core/access/person-access';
import { BadUserInputError, ChangedLinesError, NotFoundError } from '../../core/errors/app-errors';
import { groupByKey, findByIds } from '../../core/graphql/request-loader';
import { CertificationBlockEntity } from '../certifications/certification.entity';
import { ExitPresenceService } from '../outcomes/exit-presence.service';
import { PersonEntity } from '../persons/person.entity';
import { ACTIVITY_MESSAGES } from './activities.common';
import { CollectiveSessionEntity, SessionAttendanceEntity } from './activity.entities';
import {
  absenceLabel,
  type CollectiveSessionsArgs,
  type CreateCollectiveSessionInput,
  type RecordAttendanceInput,
  SESSION_LIST_LIMIT,
} from './dto/collective-session.dto';
import { CLOCK, type Clock } from '../../core/clock/clock';

/** What an attendance line holds, in `changedLines` of a refused sheet. */
export interface AttendanceLineValues {
  personId: string;
  firstName: string;
  lastName: string;
  minutesAttended: number;
  absence: string | null;
  absenceLabel: string | null;
}

interface AttendanceLineNow {
  firstName: string;
  lastName: string;
  line: { version: number; minutesAttended: number; absence: string | null } | null;
}

export interface TrainingHours {
  plannedMinutes: number;
  attendedMinutes: number;
  plannedToDateMinutes: number;
}

/** Collective sessions (information meetings, training sessions, workshops) and their attendance sheets. */
@Injectable()
export class SessionsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly exitPresence: ExitPresenceService,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  /** The structure's sessions, latest first, at most 200. */
  async list(structureId: string, args: CollectiveSessionsArgs): Promise<CollectiveSessionEntity[]> {
    if (args.from && args.to && args.to < args.from)
      throw new BadUserInputError([
        {
          field: 'to',
          message: `La fin de la période (${formatIsoDateFr(args.to)}) précède son début (${formatIsoDateFr(args.from)}).`,
        },
      ]);
    const qb = this.db
      .getRepository(CollectiveSessionEntity)
      .createQueryBuilder('s')
      .where('s.structureId = :structureId', { structureId });
    if (args.kind) qb.andWhere('s.kind = :kind', { kind: args.kind });
    if (args.from) qb.andWhere('s.sessionDate >= :from', { from: args.from });
    if (args.to) qb.andWhere('s.sessionDate <= :to', { to: args.to });
    return qb
      .orderBy('s.sessionDate', 'DESC')
      .addOrderBy('s.createdAt', 'DESC')
      .addOrderBy('s.id', 'ASC')
      .limit(SESSION_LIST_LIMIT)
      .getMany();
  }

  async create(
    structureId: string,
    userId: string,
    input: CreateCollectiveSessionInput,
  ): Promise<CollectiveSessionEntity> {
    return this.db.transaction(async (tx) => {
      if (input.certificationBlockId) {
        const block = isUuid(input.certificationBlockId)
          ? await tx.getRepository(CertificationBlockEntity).findOneBy({ id: input.certificationBlockId })
          : null;
        if (!block) throw new NotFoundError(ACTIVITY_MESSAGES.blockNotFound);
      }
      if (input.kind === SessionKind.TRAINING && !input.trainingBody)
        throw new BadUserInputError([
          {
            field: 'trainingBody',
            message:
              'Indiquez l’organisme de formation : ses feuilles d’émargement justifient les heures auprès de l’OPCO.',
          },
        ]);
      const repo = tx.getRepository(CollectiveSessionEntity);
      return repo.save(
        repo.create({
          structureId,
          createdById: userId,
          kind: input.kind,
          title: input.title,
          trainingBody: input.trainingBody ?? null,
          sessionDate: input.sessionDate,
          plannedMinutes: input.plannedMinutes,
          certificationBlockId: input.certificationBlockId ?? null,
        }),
      );
    });
  }

  /**
   * Saves the lines of an attendance sheet that the caller changed or added: each is inserted or replaces the
   * person's line for that session, in one statement of one transaction; the lines not sent stay as they are. Each
   * line carries the version it was read at (none for a person who had no line). An unknown person (or one of
   * another structure) refuses the whole request (NOT_FOUND); so does a wrong line (BAD_USER_INPUT, every wrong line
   * listed), then a line someone else changed or added since it was read (CONFLICT, `changedLines`: it is never
   * overwritten — docs/domain/concurrent-edits.md). Nothing is written then.
   */
  async recordAttendance(
    structureId: string,
    userId: string,
    input: RecordAttendanceInput,
  ): Promise<CollectiveSessionEntity> {
    return this.db.transaction(async (tx) => {
      // Every writer of a sheet locks its session first: the version check and the write below cannot interleave.
      const session = isUuid(input.sessionId)
        ? await tx
            .getRepository(CollectiveSessionEntity)
            .createQueryBuilder('s')
            .where('s.id = :id AND s.structureId = :structureId', { id: input.sessionId, structureId })
            .setLock('pessimistic_write')
            .getOne()
        : null;
      if (!session) throw new NotFoundError(ACTIVITY_MESSAGES.sessionNotFound);

      const personIds = input.entries.map((e) => e.personId);
      if (!personIds.every(isUuid)) throw new NotFoundError(ERROR_MESSAGES.personNotFound);
      const distinct = [...new Set(personIds)];
      const lines = await this.currentLines(tx, structureId, session.id, distinct);
      if (lines.size !== distinct.length) throw new NotFoundError(ERROR_MESSAGES.personNotFound);

      const planned = session.plannedMinutes;
      // A session still to come takes registrations: 0 minutes and no absence (presence is entered on the day).
      const upcoming = session.sessionDate > todayInParis(this.clock.now());
      const errors: FieldError[] = [];
      const seen = new Set<string>();
      input.entries.forEach((e, i) => {
        if (seen.has(e.personId))
          errors.push({
            field: `entries.${i}.personId`,
            message: `Ligne ${i + 1} : cette personne figure déjà plus haut sur la feuille.`,
          });
        seen.add(e.personId);
        if (upcoming && (e.minutesAttended !== 0 || e.absence))
          errors.push({
            field: `entries.${i}.minutesAttended`,
            message: `Ligne ${i + 1} : la session a lieu le ${formatIsoDateFr(session.sessionDate)} : inscrivez la personne (0 h, sans absence) et saisissez sa présence ce jour-là.`,
          });
        else if (upcoming) return;
        else if (e.minutesAttended < 0 || e.minutesAttended > planned)
          errors.push({
            field: `entries.${i}.minutesAttended`,
            message:
              `Ligne ${i + 1} : ${formatMinutes(e.minutesAttended)} de présence pour une session prévue de ${formatMinutes(planned)}. ` +
              `Saisissez entre 0 h et ${formatMinutes(planned)}.`,
          });
        else if (e.minutesAttended < planned && !e.absence)
          errors.push({
            field: `entries.${i}.absence`,
            message: `Ligne ${i + 1} : ${formatMinutes(planned - e.minutesAttended)} d’absence sur ${formatMinutes(planned)} : précisez si l’absence est justifiée ou non.`,
          });
        else if (e.minutesAttended === planned && e.absence)
          errors.push({
            field: `entries.${i}.absence`,
            message: `Ligne ${i + 1} : présence complète (${formatMinutes(planned)}) : retirez l’absence.`,
          });
      });
      if (errors.length) throw new BadUserInputError(errors);
      this.refuseChangedLines(input.entries, lines);

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
          session.id,
          userId,
          personIds,
          input.entries.map((e) => e.minutesAttended),
          input.entries.map((e) => e.absence ?? null),
        ],
      );
      await this.refuseBelowAllocated(tx, structureId, session.id, input.entries);
      // Training hours attended are hours worked for the exits' presence rule (docs/domain/exits.md).
      await this.exitPresence.refreshPersons(tx, structureId, personIds);
      return session;
    });
  }

  /** Each person of the request with their line on the sheet, if any (one statement); unknown persons are absent. */
  private async currentLines(
    tx: EntityManager,
    structureId: string,
    sessionId: string,
    personIds: string[],
  ): Promise<Map<string, AttendanceLineNow>> {
    const rows: {
      id: string;
      first_name: string;
      last_name: string;
      version: number | null;
      minutes_attended: number | null;
      absence: string | null;
    }[] = await tx.query(
      `SELECT p.id, p.first_name, p.last_name, a.version, a.minutes_attended, a.absence
         FROM person p
         LEFT JOIN session_attendance a ON a.structure_id = p.structure_id AND a.session_id = $2 AND a.person_id = p.id
        WHERE p.structure_id = $1 AND p.id = ANY($3::uuid[])`,
      [structureId, sessionId, personIds],
    );
    return new Map(
      rows.map((r) => [
        r.id,
        {
          firstName: r.first_name,
          lastName: r.last_name,
          line:
            r.version === null
              ? null
              : { version: r.version, minutesAttended: r.minutes_attended ?? 0, absence: r.absence },
        },
      ]),
    );
  }

  /** CONFLICT when a sent line was read at another version than the line now on the sheet. */
  private refuseChangedLines(entries: RecordAttendanceInput['entries'], lines: Map<string, AttendanceLineNow>): void {
    const current = new Map<string, CurrentLine<AttendanceLineValues>>();
    for (const [personId, l] of lines)
      if (l.line)
        current.set(personId, {
          version: l.line.version,
          values: {
            personId,
            firstName: l.firstName,
            lastName: l.lastName,
            minutesAttended: l.line.minutesAttended,
            absence: l.line.absence,
            absenceLabel: absenceLabel(l.line.absence),
          },
        });
    // A line sent without a version (a client that does not read them) counts as read at its first version: it may
    // replace a line nobody changed since it was first saved, never a change it did not see.
    const changed = changedLines(
      entries.map((e) => ({
        key: e.personId,
        version: e.version !== undefined ? e.version : current.has(e.personId) ? 1 : null,
      })),
      current,
      (i) => `entries.${i}`,
    );
    if (!changed.length) return;
    const described = changed.map((c) => {
      const who = lines.get(c.key);
      const name = who ? `${who.lastName.toUpperCase()} ${who.firstName}` : 'une personne';
      const now = c.current;
      return now
        ? `${name} (maintenant ${formatMinutes(now.minutesAttended)}${now.absenceLabel ? `, ${now.absenceLabel.toLowerCase()}` : ''})`
        : `${name} (ligne retirée)`;
    });
    throw new ChangedLinesError(
      `La feuille d’émargement a changé depuis que vous l’avez ouverte : ` +
        (changed.length > 1
          ? `les lignes de ${described.join(', ')} ont été modifiées ou ajoutées par quelqu’un d’autre. `
          : `la ligne de ${described[0]} a été modifiée ou ajoutée par quelqu’un d’autre. `) +
        'Rien n’est enregistré : vérifiez ces lignes, gardez ou corrigez vos saisies, puis enregistrez de nouveau.',
      changed,
    );
  }

  /**
   * The double-funding guard on the attendance side: a line may not drop below the minutes already charged to
   * funding agreements. Run after the upsert, in its transaction: the lines are then locked by this transaction (an
   * allocation waits for it), and this statement sees every allocation committed before. One statement for the sheet.
   */
  private async refuseBelowAllocated(
    tx: EntityManager,
    structureId: string,
    sessionId: string,
    entries: RecordAttendanceInput['entries'],
  ): Promise<void> {
    const rows: { person_id: string; minutes: number; allocated: number; allocations: ExistingAllocation[] }[] =
      await tx.query(
        `SELECT a.person_id, a.minutes_attended AS minutes, sum(fa.quantity)::int AS allocated,
                json_agg(json_build_object('agreementId', ag.id, 'agreementReference', ag.reference, 'quantity', fa.quantity)) AS allocations
           FROM session_attendance a
           JOIN funding_allocation fa ON fa.attendance_id = a.id AND fa.structure_id = a.structure_id
           JOIN funding_agreement ag ON ag.id = fa.agreement_id AND ag.structure_id = fa.structure_id
          WHERE a.structure_id = $1 AND a.session_id = $2 AND a.person_id = ANY($3::uuid[])
          GROUP BY a.id, a.person_id, a.minutes_attended
         HAVING sum(fa.quantity) > a.minutes_attended`,
        [structureId, sessionId, entries.map((e) => e.personId)],
      );
    if (!rows.length) return;
    const line = new Map(entries.map((e, i) => [e.personId, i]));
    throw new BadUserInputError(
      rows
        .map((r) => ({ ...r, i: line.get(r.person_id) ?? 0 }))
        .sort((a, b) => a.i - b.i)
        .map((r) => {
          const refs = [...new Set(r.allocations.map((a) => a.agreementReference))].sort();
          return {
            field: `entries.${r.i}.minutesAttended`,
            message:
              `Ligne ${r.i + 1} : ${formatMinutes(r.minutes)} de présence, mais ${formatMinutes(r.allocated)} sont déjà financées ` +
              `(${formatAllocationBreakdown('MINUTES', r.allocations)}). Saisissez au moins ${formatMinutes(r.allocated)}, ou retirez d’abord ` +
              (refs.length > 1
                ? `les imputations des conventions ${refs.join(', ')}.`
                : `l’imputation de la convention ${refs[0]}.`),
          };
        }),
    );
  }

  /** Certification blocks by id (reference data, shared by all structures). */
  blocksByIds(ids: readonly string[]): Promise<(CertificationBlockEntity | null)[]> {
    return findByIds(this.db, CertificationBlockEntity, ids);
  }

  /** The attendance lines of each session, by the person's name (one statement). */
  async attendancesBySessions(
    structureId: string,
    sessionIds: readonly string[],
  ): Promise<SessionAttendanceEntity[][]> {
    const rows = await this.db
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
  async attendeesByIds(structureId: string, personIds: readonly string[]): Promise<(PersonEntity | null)[]> {
    const rows = await this.db.getRepository(PersonEntity).find({
      select: { id: true, firstName: true, lastName: true, structureId: true },
      where: { structureId, id: In([...personIds]) },
    });
    const byId = new Map(rows.map((r) => [r.id, r]));
    return personIds.map((id) => byId.get(id) ?? null);
  }

  /** Each person's attendance lines with their session, latest session first (one statement). */
  async attendancesByPersons(
    structureId: string,
    personIds: readonly string[],
  ): Promise<(SessionAttendanceEntity & { session: CollectiveSessionEntity })[][]> {
    const rows = await this.db
      .getRepository(SessionAttendanceEntity)
      .createQueryBuilder('a')
      .innerJoinAndSelect('a.session', 's', 's.structureId = a.structureId')
      .where('a.structureId = :structureId AND a.personId IN (:...personIds)', { structureId, personIds })
      .orderBy('s.sessionDate', 'DESC')
      .addOrderBy('s.createdAt', 'DESC')
      .addOrderBy('a.id', 'ASC')
      .getMany();
    return groupByKey(
      personIds,
      rows as (SessionAttendanceEntity & { session: CollectiveSessionEntity })[],
      (r) => r.personId,
    );
  }

  /** Planned, attended and planned-to-date minutes of the training sessions each person is registered to. */
  async trainingHoursByPersons(
    structureId: string,
    personIds: readonly string[],
    today: string,
  ): Promise<TrainingHours[]> {
    const rows: { person_id: string; planned: number; attended: number; planned_to_date: number }[] =
      await this.db.query(
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
    const byPerson = new Map(rows.map((r) => [r.person_id, r]));
    return personIds.map((id) => {
      const r = byPerson.get(id);
      return {
        plannedMinutes: r?.planned ?? 0,
        attendedMinutes: r?.attended ?? 0,
        plannedToDateMinutes: r?.planned_to_date ?? 0,
      };
    });
  }
}
