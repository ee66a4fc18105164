import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { addDays, ERROR_MESSAGES, type FieldError, formatIsoDateFr, todayInParis } from '@tremplin/domain';
import { isUuid } from '../../core/access/person-access';
import { CLOCK, type Clock } from '../../core/clock/clock';
import { BadUserInputError, NotFoundError } from '../../core/errors/app-errors';
import { ExitPresenceService } from '../exit-presence';
import { ACTIVITY_MESSAGES } from './activities.common';
import type { CollectiveSessionEntity, SessionAttendanceEntity } from './activity.entities';
import type { AttendanceLineInput } from './training-groups.dto';
import { SessionsRepository } from './sessions.repository';
import {
  type AttendanceLineNow,
  type LineAt,
  SessionsService,
  sheetLinesNow,
  type StaleLines,
  toSheetEntries,
} from './sessions.service';
import type { TrainingGroupEntity } from './training-groups.entities';
import { isoWeekday } from './training-groups.service';
import { TrainingGroupsRepository, type WeekPerson } from './training-groups.repository';

export interface AttendanceWeek {
  group: TrainingGroupEntity;
  weekStart: string;
  sessions: CollectiveSessionEntity[];
  rows: {
    person: WeekPerson;
    cells: { sessionId: string; line: SessionAttendanceEntity | null }[];
    attendedMinutes: number;
    plannedMinutes: number;
  }[];
}

const WEEKDAY_NAMES = ['lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche'];

/**
 * The week grid of a training group (persons × days) and its save: the lines of several sessions in one transaction,
 * each with the very rule of `recordAttendance` (docs/domain/attendance-groups.md).
 */
@Injectable()
export class AttendanceWeekService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly groups: TrainingGroupsRepository,
    private readonly sessionsRepo: SessionsRepository,
    private readonly sessions: SessionsService,
    private readonly exitPresence: ExitPresenceService,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  /**
   * The grid: the group's sessions of the week (by date then title), its members and anyone with a line on them (by
   * name), each with one cell per session and their totals. At most 4 SQL statements whatever the size (the group,
   * the sessions, the persons, the lines); the fields asked of them go through the request's loaders.
   */
  async week(
    structureId: string,
    supervisorId: string | null,
    groupId: string,
    weekStart: string,
  ): Promise<AttendanceWeek> {
    if (isoWeekday(weekStart) !== 1)
      throw new BadUserInputError([
        {
          field: 'weekStart',
          message: `Le ${formatIsoDateFr(weekStart)} est un ${WEEKDAY_NAMES[isoWeekday(weekStart) - 1]} : une semaine commence un lundi (AAAA-MM-JJ).`,
        },
      ]);
    const [group] = isUuid(groupId) ? await this.groups.byIds(structureId, [groupId], supervisorId) : [null];
    if (!group) throw new NotFoundError(ACTIVITY_MESSAGES.groupNotFound);
    const sessions = await this.groups.weekSessions(structureId, group.id, weekStart, addDays(weekStart, 6));
    const sessionIds = sessions.map((s) => s.id);
    const persons = await this.groups.weekPersons(structureId, group.id, sessionIds);
    const lines = sessionIds.length ? await this.sessionsRepo.attendancesBySessions(structureId, sessionIds) : [];
    const bySession = sessions.map((_, i) => new Map((lines[i] ?? []).map((l) => [l.personId, l])));
    const rows = persons.map((person) => {
      let attendedMinutes = 0;
      let plannedMinutes = 0;
      const cells = sessions.map((s, i) => {
        const line = bySession[i].get(person.id) ?? null;
        if (line) attendedMinutes += line.minutesAttended;
        if (line || person.member) plannedMinutes += s.plannedMinutes;
        return { sessionId: s.id, line };
      });
      return { person, cells, attendedMinutes, plannedMinutes };
    });
    return { group, weekStart, sessions, rows };
  }

  /**
   * Saves the lines of several sessions (a week's grid) in one transaction, all or nothing: the sessions are locked in
   * id order, then each session's lines get the rule of `recordAttendance` (unknown person or session: NOT_FOUND; wrong
   * lines: BAD_USER_INPUT, each named; lines changed since read: CONFLICT with `changedLines`, `field` = `lines.N`;
   * lines lowered below funded minutes: BAD_USER_INPUT). A session dated after today takes no line. A technical
   * supervisor enters only the sessions of the groups assigned to them. 3 statements per session, plus 3.
   */
  async recordLines(
    structureId: string,
    userId: string,
    supervisorId: string | null,
    lines: readonly AttendanceLineInput[],
  ): Promise<SessionAttendanceEntity[]> {
    if (!lines.every((l) => isUuid(l.sessionId))) throw new NotFoundError(ACTIVITY_MESSAGES.sessionNotFound);
    if (!lines.every((l) => isUuid(l.personId))) throw new NotFoundError(ERROR_MESSAGES.personNotFound);
    const bySession = new Map<string, number[]>();
    lines.forEach((l, i) => bySession.set(l.sessionId, [...(bySession.get(l.sessionId) ?? []), i]));
    return this.db.transaction(async (tx) => {
      const sessions = await this.groups.lockSessions(structureId, [...bySession.keys()], supervisorId, tx);
      if (sessions.length !== bySession.size) throw new NotFoundError(ACTIVITY_MESSAGES.sessionNotFound);
      const today = todayInParis(this.clock.now());
      const sheets: {
        session: CollectiveSessionEntity;
        at: LineAt;
        indexes: number[];
        now: Map<string, AttendanceLineNow>;
      }[] = [];
      for (const session of sessions) {
        const indexes = bySession.get(session.id) ?? [];
        const personIds = [...new Set(indexes.map((i) => lines[i].personId))];
        const now = sheetLinesNow(await this.sessionsRepo.currentLines(structureId, session.id, personIds, tx));
        if (now.size !== personIds.length) throw new NotFoundError(ERROR_MESSAGES.personNotFound);
        const day = `${WEEKDAY_NAMES[isoWeekday(session.sessionDate) - 1]} ${formatIsoDateFr(session.sessionDate)}`;
        const at: LineAt = (j) => {
          const who = now.get(lines[indexes[j]].personId);
          return {
            field: `lines.${indexes[j]}`,
            label: `${who ? `${who.lastName.toUpperCase()} ${who.firstName}` : 'Une personne'}, ${day}`,
          };
        };
        sheets.push({ session, at, indexes, now });
      }
      const entriesOf = (sheet: (typeof sheets)[number]) => sheet.indexes.map((i) => lines[i]);
      const errors: FieldError[] = sheets.flatMap((sheet) =>
        sheet.session.sessionDate > today
          ? sheet.indexes.map((_, j) => ({
              field: `${sheet.at(j).field}.sessionId`,
              message: `${sheet.at(j).label} : la session n’a pas encore eu lieu ; la présence se saisit le jour même ou après.`,
            }))
          : this.sessions.lineErrors(sheet.session, entriesOf(sheet), sheet.at),
      );
      if (errors.length) throw new BadUserInputError(byLine(errors));
      const stale: StaleLines = { changed: [], described: [] };
      for (const sheet of sheets) {
        const day = ` le ${formatIsoDateFr(sheet.session.sessionDate)}`;
        const s = this.sessions.staleLines(entriesOf(sheet), sheet.now, (j) => sheet.at(j).field, day);
        stale.changed.push(...s.changed);
        stale.described.push(...s.described);
      }
      if (stale.changed.length) throw this.sessions.changedLinesError('La grille de la semaine', inLineOrder(stale));

      const below: FieldError[] = [];
      for (const sheet of sheets) {
        await this.sessionsRepo.upsertLines(
          structureId,
          sheet.session.id,
          userId,
          toSheetEntries(entriesOf(sheet)),
          tx,
        );
        below.push(
          ...(await this.sessions.belowAllocatedErrors(tx, structureId, sheet.session.id, entriesOf(sheet), sheet.at)),
        );
      }
      if (below.length) throw new BadUserInputError(byLine(below));
      // Training hours attended are hours worked for the exits' presence rule (docs/domain/exits.md).
      await this.exitPresence.refreshPersons(tx, structureId, [...new Set(lines.map((l) => l.personId))]);
      const written = await this.sessionsRepo.attendancesBySessions(
        structureId,
        sessions.map((s) => s.id),
        tx,
      );
      const byKey = new Map(written.flat().map((a) => [`${a.sessionId}/${a.personId}`, a]));
      return lines.flatMap((l) => byKey.get(`${l.sessionId}/${l.personId}`) ?? []);
    });
  }
}

/** The input line a field names (`lines.N…`). */
const lineIndex = (field: string) => Number(/^lines\.(\d+)/.exec(field)?.[1] ?? 0);

/** Errors in the order of the input lines (the sessions are read in id order). */
function byLine(errors: FieldError[]): FieldError[] {
  return [...errors].sort((a, b) => lineIndex(a.field) - lineIndex(b.field));
}

/** The stale lines in the order of the input lines, each with its description. */
function inLineOrder({ changed, described }: StaleLines): StaleLines {
  const order = changed.map((c, i) => i).sort((a, b) => lineIndex(changed[a].field) - lineIndex(changed[b].field));
  return { changed: order.map((i) => changed[i]), described: order.map((i) => described[i]) };
}
