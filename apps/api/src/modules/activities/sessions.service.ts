import { Injectable, Inject } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import {
  changedLines,
  type CurrentLine,
  ERROR_MESSAGES,
  type FieldError,
  formatAllocationBreakdown,
  formatIsoDateFr,
  formatMinutes,
  SessionKind,
  todayInParis,
} from '@tremplin/domain';
import type { ChangedLine } from '@tremplin/domain';
import { isUuid } from '../../core/access/person-access';
import { BadUserInputError, ChangedLinesError, NotFoundError } from '../../core/errors/app-errors';
import type { CertificationBlockEntity } from '../certifications';
import { ExitPresenceService } from '../exit-presence';
import type { PersonEntity } from '../persons';
import { ACTIVITY_MESSAGES } from './activities.common';
import type { CollectiveSessionEntity, SessionAttendanceEntity } from './activity.entities';
import {
  absenceLabel,
  type CollectiveSessionsArgs,
  type CreateCollectiveSessionInput,
  type RecordAttendanceInput,
  SESSION_LIST_LIMIT,
} from './dto/collective-session.dto';
import { type SheetEntry, type SheetLineRow, SessionsRepository } from './sessions.repository';
import type { SessionFields } from './training-groups.dto';
import { TrainingGroupsRepository } from './training-groups.repository';
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

/** Names a line of a save in its errors: the input field (`entries.3`) and the words that start its messages. */
export type LineAt = (index: number) => { field: string; label: string };

/** One entry of a sheet being saved (`AttendanceEntryInput`, or a line of the week grid). */
export type SheetEntryInput = RecordAttendanceInput['entries'][number];

/** The lines someone else changed since they were read, and how the message names each. */
export interface StaleLines {
  changed: ChangedLine<AttendanceLineValues>[];
  described: string[];
}

export interface AttendanceLineNow {
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
    private readonly sessions: SessionsRepository,
    private readonly groups: TrainingGroupsRepository,
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
    return this.sessions.list(structureId, args, SESSION_LIST_LIMIT);
  }

  async create(
    structureId: string,
    userId: string,
    input: CreateCollectiveSessionInput,
  ): Promise<CollectiveSessionEntity> {
    return this.db.transaction(async (tx) => {
      await this.checkSessionFields(structureId, input, tx);
      return this.sessions.createCollectiveSession(
        {
          structureId,
          createdById: userId,
          kind: input.kind,
          title: input.title,
          trainingBody: input.trainingBody ?? null,
          sessionDate: input.sessionDate,
          plannedMinutes: input.plannedMinutes,
          certificationBlockId: input.certificationBlockId ?? null,
          groupId: input.groupId ?? null,
        },
        tx,
      );
    });
  }

  /**
   * The rules of a new session, shared by a series (`createSessionSeries`): the block exists, a training session names
   * its training body, the group is the structure's.
   */
  async checkSessionFields(structureId: string, input: SessionFields, tx: EntityManager): Promise<void> {
    if (input.certificationBlockId) {
      const block = isUuid(input.certificationBlockId)
        ? await this.sessions.findBlock(input.certificationBlockId, tx)
        : null;
      if (!block) throw new NotFoundError(ACTIVITY_MESSAGES.blockNotFound);
    }
    if (input.groupId) {
      const [group] = isUuid(input.groupId) ? await this.groups.byIds(structureId, [input.groupId], null, tx) : [null];
      if (!group) throw new NotFoundError(ACTIVITY_MESSAGES.groupNotFound);
    }
    if (input.kind === SessionKind.TRAINING && !input.trainingBody)
      throw new BadUserInputError([
        {
          field: 'trainingBody',
          message:
            'Indiquez l’organisme de formation : ses feuilles d’émargement justifient les heures auprès de l’OPCO.',
        },
      ]);
  }

  /**
   * Saves the lines of an attendance sheet that the caller changed or added: each is inserted or replaces the
   * person's line for that session; the lines not sent stay as they are. Each line carries the version it was read at
   * (none for a person who had no line). An unknown person (or one of another structure) refuses the whole request
   * (NOT_FOUND); so does a wrong line (BAD_USER_INPUT, every wrong line listed), then a line someone else changed or
   * added since it was read (CONFLICT, `changedLines`: it is never overwritten — docs/domain/concurrent-edits.md).
   * Nothing is written then.
   *
   * The usual save costs two statements (issue 16, point 5): one read (the session, the lines, whether a person has
   * an exit), the rules, then one write that is atomic on its own (`SessionsRepository.writeSheetAtOnce`: it locks
   * the session, re-checks the versions, the exits and the funded minutes, and writes nothing if any moved). When it
   * cannot (a person with an exit, whose stored presence figures must be refreshed in the same transaction; a line
   * below its funded minutes; someone else saving the sheet or allocating its lines at that moment), the sheet is
   * saved the long way, in one transaction holding the session's lock, which gives the precise outcome.
   */
  async recordAttendance(
    structureId: string,
    userId: string,
    input: RecordAttendanceInput,
  ): Promise<CollectiveSessionEntity> {
    if (!isUuid(input.sessionId)) throw new NotFoundError(ACTIVITY_MESSAGES.sessionNotFound);
    const personIds = input.entries.map((e) => e.personId);
    const distinct = [...new Set(personIds)];
    const read = await this.sessions.readSheet(structureId, input.sessionId, distinct.filter(isUuid));
    if (!read) throw new NotFoundError(ACTIVITY_MESSAGES.sessionNotFound);
    if (!personIds.every(isUuid)) throw new NotFoundError(ERROR_MESSAGES.personNotFound);
    const lines = linesNow(read.lines);
    if (lines.size !== distinct.length) throw new NotFoundError(ERROR_MESSAGES.personNotFound);
    this.checkEntries(read.session, input.entries);
    this.refuseChangedLines(input.entries, lines);
    if (!read.hasExit) {
      const written = await this.sessions.writeSheetAtOnce(
        structureId,
        read.session.id,
        userId,
        sheetEntries(input),
        input.entries.map((e) => lines.get(e.personId)?.line?.version ?? null),
      );
      if (written === 'WRITTEN') return read.session;
    }
    return this.recordAttendanceLocked(structureId, userId, input);
  }

  /** The long way of `recordAttendance`: one transaction holding the session's lock, then the exits' refresh. */
  private async recordAttendanceLocked(
    structureId: string,
    userId: string,
    input: RecordAttendanceInput,
  ): Promise<CollectiveSessionEntity> {
    return this.db.transaction(async (tx) => {
      // Every writer of a sheet locks its session first: the version check and the write below cannot interleave.
      const session = await this.sessions.lockSession(structureId, input.sessionId, tx);
      if (!session) throw new NotFoundError(ACTIVITY_MESSAGES.sessionNotFound);

      const personIds = input.entries.map((e) => e.personId);
      const distinct = [...new Set(personIds)];
      const lines = sheetLinesNow(await this.sessions.currentLines(structureId, session.id, distinct, tx));
      if (lines.size !== distinct.length) throw new NotFoundError(ERROR_MESSAGES.personNotFound);
      this.checkEntries(session, input.entries);
      this.refuseChangedLines(input.entries, lines);

      await this.sessions.upsertLines(structureId, session.id, userId, sheetEntries(input), tx);
      await this.refuseBelowAllocated(tx, structureId, session.id, input.entries);
      // Training hours attended are hours worked for the exits' presence rule (docs/domain/exits.md).
      await this.exitPresence.refreshPersons(tx, structureId, personIds);
      return session;
    });
  }

  /** BAD_USER_INPUT listing every wrong line of the sheet. */
  private checkEntries(session: CollectiveSessionEntity, entries: RecordAttendanceInput['entries']): void {
    const errors = this.lineErrors(session, entries, sheetLine);
    if (errors.length) throw new BadUserInputError(errors);
  }

  /**
   * The wrong lines of one session's sheet (the rule of every attendance save: within 0 and the planned minutes, an
   * absence below them and none at them, a person once; a session still to come takes registrations only).
   */
  lineErrors(session: CollectiveSessionEntity, entries: readonly SheetEntryInput[], at: LineAt): FieldError[] {
    const planned = session.plannedMinutes;
    // A session still to come takes registrations: 0 minutes and no absence (presence is entered on the day).
    const upcoming = session.sessionDate > todayInParis(this.clock.now());
    const errors: FieldError[] = [];
    const seen = new Set<string>();
    entries.forEach((e, i) => {
      const { field, label } = at(i);
      if (seen.has(e.personId))
        errors.push({
          field: `${field}.personId`,
          message: `${label} : cette personne figure déjà plus haut sur la feuille.`,
        });
      seen.add(e.personId);
      if (upcoming && (e.minutesAttended !== 0 || e.absence))
        errors.push({
          field: `${field}.minutesAttended`,
          message: `${label} : la session a lieu le ${formatIsoDateFr(session.sessionDate)} : inscrivez la personne (0 h, sans absence) et saisissez sa présence ce jour-là.`,
        });
      else if (upcoming) return;
      else if (e.minutesAttended < 0 || e.minutesAttended > planned)
        errors.push({
          field: `${field}.minutesAttended`,
          message:
            `${label} : ${formatMinutes(e.minutesAttended)} de présence pour une session prévue de ${formatMinutes(planned)}. ` +
            `Saisissez entre 0 h et ${formatMinutes(planned)}.`,
        });
      else if (e.minutesAttended < planned && !e.absence)
        errors.push({
          field: `${field}.absence`,
          message: `${label} : ${formatMinutes(planned - e.minutesAttended)} d’absence sur ${formatMinutes(planned)} : précisez si l’absence est justifiée ou non.`,
        });
      else if (e.minutesAttended === planned && e.absence)
        errors.push({
          field: `${field}.absence`,
          message: `${label} : présence complète (${formatMinutes(planned)}) : retirez l’absence.`,
        });
    });
    return errors;
  }

  /** CONFLICT when a sent line was read at another version than the line now on the sheet. */
  private refuseChangedLines(entries: RecordAttendanceInput['entries'], lines: Map<string, AttendanceLineNow>): void {
    const stale = this.staleLines(entries, lines, (i) => `entries.${i}`);
    if (stale.changed.length) throw this.changedLinesError('La feuille d’émargement', stale);
  }

  /**
   * The sent lines of one session's sheet read at another version than the line now on it, each described for the
   * message (`where`: what follows the person's name, e.g. the day of a week's grid).
   */
  staleLines(
    entries: readonly SheetEntryInput[],
    lines: Map<string, AttendanceLineNow>,
    fieldOf: (index: number) => string,
    where = '',
  ): StaleLines {
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
      fieldOf,
    );
    const described = changed.map((c) => {
      const who = lines.get(c.key);
      const name = (who ? `${who.lastName.toUpperCase()} ${who.firstName}` : 'une personne') + where;
      const now = c.current;
      return now
        ? `${name} (maintenant ${formatMinutes(now.minutesAttended)}${now.absenceLabel ? `, ${now.absenceLabel.toLowerCase()}` : ''})`
        : `${name} (ligne retirée)`;
    });
    return { changed, described };
  }

  /** The CONFLICT of a save whose lines someone else changed (`what`: « La feuille d’émargement », « La grille »). */
  changedLinesError(what: string, { changed, described }: StaleLines): ChangedLinesError<AttendanceLineValues> {
    return new ChangedLinesError(
      `${what} a changé depuis que vous l’avez ouverte : ` +
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
    const errors = await this.belowAllocatedErrors(tx, structureId, sessionId, entries, sheetLine);
    if (errors.length) throw new BadUserInputError(errors);
  }

  /** The lines of one session's sheet, once written in `tx`, below the minutes already funded (one statement). */
  async belowAllocatedErrors(
    tx: EntityManager,
    structureId: string,
    sessionId: string,
    entries: readonly SheetEntryInput[],
    at: LineAt,
  ): Promise<FieldError[]> {
    const rows = await this.sessions.linesBelowAllocated(
      structureId,
      sessionId,
      entries.map((e) => e.personId),
      tx,
    );
    if (!rows.length) return [];
    const line = new Map(entries.map((e, i) => [e.personId, i]));
    return rows
      .map((r) => ({ ...r, i: line.get(r.person_id) ?? 0 }))
      .sort((a, b) => a.i - b.i)
      .map((r) => {
        const refs = [...new Set(r.allocations.map((a) => a.agreementReference))].sort();
        const { field, label } = at(r.i);
        return {
          field: `${field}.minutesAttended`,
          message:
            `${label} : ${formatMinutes(r.minutes)} de présence, mais ${formatMinutes(r.allocated)} sont déjà financées ` +
            `(${formatAllocationBreakdown('MINUTES', r.allocations)}). Saisissez au moins ${formatMinutes(r.allocated)}, ou retirez d’abord ` +
            (refs.length > 1
              ? `les imputations des conventions ${refs.join(', ')}.`
              : `l’imputation de la convention ${refs[0]}.`),
        };
      });
  }

  /** Certification blocks by id (reference data, shared by all structures). */
  blocksByIds(ids: readonly string[]): Promise<(CertificationBlockEntity | null)[]> {
    return this.sessions.blocksByIds(ids);
  }

  /** The attendance lines of each session, by the person's name (one statement). */
  attendancesBySessions(structureId: string, sessionIds: readonly string[]): Promise<SessionAttendanceEntity[][]> {
    return this.sessions.attendancesBySessions(structureId, sessionIds);
  }

  /** What an attendance sheet shows of its persons (one statement). */
  attendeesByIds(structureId: string, personIds: readonly string[]): Promise<(PersonEntity | null)[]> {
    return this.sessions.attendeesByIds(structureId, personIds);
  }

  /** Each person's attendance lines with their session, latest session first (one statement). */
  attendancesByPersons(
    structureId: string,
    personIds: readonly string[],
  ): Promise<(SessionAttendanceEntity & { session: CollectiveSessionEntity })[][]> {
    return this.sessions.attendancesByPersons(structureId, personIds);
  }

  /** Planned, attended and planned-to-date minutes of the training sessions each person is registered to. */
  async trainingHoursByPersons(
    structureId: string,
    personIds: readonly string[],
    today: string,
  ): Promise<TrainingHours[]> {
    const rows = await this.sessions.trainingHoursByPersons(structureId, personIds, today);
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

/** A line of one sheet: `entries.3`, « Ligne 4 ». */
const sheetLine: LineAt = (i) => ({ field: `entries.${i}`, label: `Ligne ${i + 1}` });

/** The persons of a sheet being saved, with their line if any, from `SessionsRepository.currentLines`. */
export function sheetLinesNow(rows: readonly SheetLineRow[]): Map<string, AttendanceLineNow> {
  return linesNow(
    rows.map((r) => ({
      id: r.id,
      firstName: r.first_name,
      lastName: r.last_name,
      version: r.version,
      minutesAttended: r.minutes_attended,
      absence: r.absence,
    })),
  );
}

/** The persons of a sheet being saved, with their line if any. */
function linesNow(
  rows: readonly {
    id: string;
    firstName: string;
    lastName: string;
    version: number | null;
    minutesAttended: number | null;
    absence: string | null;
  }[],
): Map<string, AttendanceLineNow> {
  return new Map(
    rows.map((r) => [
      r.id,
      {
        firstName: r.firstName,
        lastName: r.lastName,
        line:
          r.version === null
            ? null
            : { version: r.version, minutesAttended: r.minutesAttended ?? 0, absence: r.absence },
      },
    ]),
  );
}

function sheetEntries(input: RecordAttendanceInput): SheetEntry[] {
  return toSheetEntries(input.entries);
}

/** The values to write of a sheet's entries. */
export function toSheetEntries(entries: readonly SheetEntryInput[]): SheetEntry[] {
  return entries.map((e) => ({
    personId: e.personId,
    minutesAttended: e.minutesAttended,
    absence: e.absence ?? null,
  }));
}
