import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import {
  addDays,
  addMonths,
  changedLines,
  type CurrentLine,
  type FieldError,
  formatIsoDateFr,
  formatMinutes,
  isIsoDate,
  MissionHoursStatus,
  NotificationKind,
  todayInParis,
} from '@tremplin/domain';
import { isUuid } from '../../core/access/person-access';
import { CLOCK, type Clock } from '../../core/clock/clock';
import { BadUserInputError, ChangedLinesError, NotFoundError } from '../../core/errors/app-errors';
import { ExitPresenceService } from '../exit-presence';
import { NotificationsService } from '../notifications';
import { ACTIVITY_MESSAGES } from './activities.common';
import { MissionType } from './dto/work-situation.dto';
import type { MissionEntity } from './activity.entities';
import {
  type MissionHostOrganisationType,
  type MissionHoursWeekRowType,
  type MissionHoursWeekType,
  type RecordMissionDaysInput,
} from './mission-days.dto';
import {
  type LockedMissionForDays,
  type MissionDayLineRow,
  MissionDaysRepository,
  type MissionWeekRow,
} from './mission-days.repository';
import { MissionHoursRepository } from './mission-hours.repository';
import { MISSION_HOURS_MESSAGES, mapConfirmedHoursLock, missionAllocationErrors } from './mission-hours.service';

export const MISSION_DAYS_MESSAGES = {
  notMonday: 'La semaine commence un lundi : donnez la date du lundi (AAAA-MM-JJ).',
  missionNotFound: MISSION_HOURS_MESSAGES.missionNotFound,
  hostNotFound: ACTIVITY_MESSAGES.partnerOrganisationNotFound,
} as const;

const WEEKDAYS = ['dimanche', 'lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi'];

/** 0 (Sunday) to 6 (Saturday) of an ISO day. */
function weekday(iso: string): number {
  const [y, m, d] = iso.split('-').map(Number);
  return new Date(Date.UTC(y, m - 1, d)).getUTCDay();
}

/** The Monday of the week of `iso`. */
export function mondayOf(iso: string): string {
  return addDays(iso, -((weekday(iso) + 6) % 7));
}

/** `lundi 07/12/2026`. */
function dayFr(iso: string): string {
  return `${WEEKDAYS[weekday(iso)]} ${formatIsoDateFr(iso)}`;
}

/** `DIALLO Awa`. */
function personName(p: { last_name: string; first_name: string }): string {
  return `${p.last_name.toUpperCase()} ${p.first_name}`;
}

/** What a day line holds now, in `changedLines` of a refused save. */
export interface MissionDayLineValues {
  missionId: string;
  day: string;
  minutes: number;
  personId: string;
  firstName: string;
  lastName: string;
}

const lineKey = (missionId: string, day: string) => `${missionId}:${day}`;

/**
 * Mission hours day by day (docs/domain/mission-days.md): the week grid of a host's missions for the technical
 * supervisor, and the save of its day lines, which sets `mission.minutes` to their sum in the same transaction.
 */
@Injectable()
export class MissionDaysService {
  private readonly logger = new Logger(MissionDaysService.name);

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly days: MissionDaysRepository,
    private readonly hours: MissionHoursRepository,
    private readonly exitPresence: ExitPresenceService,
    private readonly notifications: NotificationsService,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  /** The grid of the week starting `weekStart` (a Monday) at the host (and site): three statements. */
  async week(
    structureId: string,
    hostOrganisationId: string,
    site: string | null | undefined,
    weekStart: string,
  ): Promise<MissionHoursWeekType> {
    if (!isIsoDate(weekStart) || weekday(weekStart) !== 1)
      throw new BadUserInputError([{ field: 'weekStart', message: MISSION_DAYS_MESSAGES.notMonday }]);
    if (!isUuid(hostOrganisationId)) throw new NotFoundError(MISSION_DAYS_MESSAGES.hostNotFound);
    const name = await this.days.hostName(structureId, hostOrganisationId);
    if (name === null) throw new NotFoundError(MISSION_DAYS_MESSAGES.hostNotFound);
    const siteName = site?.trim() || null;
    const days = [0, 1, 2, 3, 4, 5, 6].map((n) => addDays(weekStart, n));
    const rows = await this.days.weekRows(structureId, hostOrganisationId, siteName, days[0], days[6], null);
    const sites = [...new Set(rows.map((r) => r.site).filter((s): s is string => s !== null))].sort();
    return {
      weekStart,
      days,
      hostOrganisation: { id: hostOrganisationId, name, sites },
      rows: rows.map((r) => toWeekRow(r, days)),
    };
  }

  /**
   * The hosts where the structure has missions running this month (or in the week of `weekStart`, when given),
   * with their sites: one statement.
   */
  async hosts(structureId: string, weekStart?: string | null): Promise<MissionHostOrganisationType[]> {
    const today = todayInParis(this.clock.now());
    let from = `${today.slice(0, 7)}-01`;
    let to = addDays(addMonths(from, 1), -1);
    if (weekStart) {
      if (!isIsoDate(weekStart) || weekday(weekStart) !== 1)
        throw new BadUserInputError([{ field: 'weekStart', message: MISSION_DAYS_MESSAGES.notMonday }]);
      if (weekStart < from) from = weekStart;
      if (addDays(weekStart, 6) > to) to = addDays(weekStart, 6);
    }
    return (await this.days.hosts(structureId, from, to)).map((h) => ({ id: h.id, name: h.name, sites: h.sites }));
  }

  /**
   * Saves day lines, all or nothing: unknown mission (NOT_FOUND), wrong lines — repeated, outside the mission's
   * dates, hours confirmed by the host — (BAD_USER_INPUT, each named), lines changed since read (CONFLICT), then the
   * missions' new totals below what funding agreements charge (BAD_USER_INPUT). Answers the rows of the missions
   * saved, on the week of the first line.
   */
  async record(structureId: string, userId: string, input: RecordMissionDaysInput): Promise<MissionHoursWeekRowType[]> {
    const lines = input.lines;
    if (!lines.every((l) => isUuid(l.missionId))) throw new NotFoundError(MISSION_DAYS_MESSAGES.missionNotFound);
    const ids = [...new Set(lines.map((l) => l.missionId))];
    const weekStart = mondayOf(lines[0].day);
    const weekDays = [0, 1, 2, 3, 4, 5, 6].map((n) => addDays(weekStart, n));

    const rows = await this.db.transaction(async (tx) => {
      // Every writer of a mission's days locks the mission first: the checks and the writes below cannot interleave.
      const locked = new Map((await this.days.lockMissions(structureId, ids, tx)).map((m) => [m.id, m]));
      if (locked.size !== ids.length) throw new NotFoundError(MISSION_DAYS_MESSAGES.missionNotFound);
      this.checkLines(input, locked);
      const current = await this.days.currentLines(structureId, ids, [...new Set(lines.map((l) => l.day))], tx);
      this.refuseChangedLines(input, locked, current);

      const kept = lines.filter((l) => l.minutes !== null && l.minutes !== undefined);
      const cleared = lines.filter((l) => l.minutes === null || l.minutes === undefined);
      await mapConfirmedHoursLock(async () => {
        if (kept.length)
          await this.days.upsertLines(
            structureId,
            userId,
            kept.map((l) => ({ missionId: l.missionId, day: l.day, minutes: l.minutes as number })),
            tx,
          );
        if (cleared.length) await this.days.deleteLines(structureId, cleared, tx);
      }, 'lines');
      const recomputed = await mapConfirmedHoursLock(() => this.days.recomputeMinutes(structureId, ids, tx), 'lines');
      await this.refuseBelowAllocated(tx, structureId, input, recomputed);
      await this.askHostAgain(tx, structureId, ids);
      // The mission's hours are hours worked for the exits' presence rule (docs/domain/exits.md).
      if (recomputed.length)
        await this.exitPresence.refreshPersons(
          tx,
          structureId,
          recomputed.map((m) => m.person_id),
        );
      return this.days.weekRows(structureId, null, null, weekDays[0], weekDays[6], ids, tx);
    });
    this.notifications.sendPendingEmails().catch((e: unknown) =>
      this.logger.error({
        msg: 'Envoi des e-mails de notification en échec',
        err: e instanceof Error ? e.message : e,
      }),
    );
    return rows.map((r) => toWeekRow(r, weekDays));
  }

  /**
   * Hours the host disputed, whose days were just corrected, go back to « à confirmer » and the host's reviewers are
   * asked again (the notification of a corrected mission): otherwise the mission would stay disputed for good, since
   * a mission entered by day is corrected only here (docs/domain/mission-days.md).
   */
  private async askHostAgain(tx: EntityManager, structureId: string, ids: readonly string[]): Promise<void> {
    const reopened = await this.days.reopenDisputed(structureId, ids, tx);
    if (!reopened.length) return;
    // Disputed hours and hours to confirm do not count alike in the exits' presence rule (docs/domain/exits.md).
    await this.exitPresence.refreshPersons(
      tx,
      structureId,
      reopened.map((m) => m.person_id),
    );
    const orgName = await this.hours.structureName(structureId, tx);
    for (const m of reopened)
      await this.notifications.notify(tx, [
        {
          recipientUserIds: await this.notifications.reviewersOf(tx, m.host_organisation_id),
          kind: NotificationKind.MISSION_HOURS_CORRECTED,
          title: 'Heures de mission corrigées, à confirmer',
          body:
            `${orgName ?? 'La structure'} a corrigé les jours d’une mission du ${formatIsoDateFr(m.start_date)} au ` +
            `${formatIsoDateFr(m.end_date)}${m.site ? ` (${m.site})` : ''} : ${formatMinutes(m.minutes)} à confirmer.`,
          link: '/portail',
          missionId: m.id,
        },
      ]);
  }

  /** BAD_USER_INPUT naming every wrong line: repeated, outside the mission's dates, or of confirmed hours. */
  private checkLines(input: RecordMissionDaysInput, locked: ReadonlyMap<string, LockedMissionForDays>): void {
    const errors: FieldError[] = [];
    const seen = new Set<string>();
    const confirmedSaid = new Set<string>();
    input.lines.forEach((l, i) => {
      const m = locked.get(l.missionId) as LockedMissionForDays;
      const key = lineKey(l.missionId, l.day);
      if (seen.has(key))
        errors.push({
          field: `lines.${i}.day`,
          message: `Ligne ${i + 1} : ce jour de cette mission figure déjà plus haut.`,
        });
      seen.add(key);
      if (m.hours_status === MissionHoursStatus.CONFIRMED) {
        if (confirmedSaid.has(m.id)) return;
        confirmedSaid.add(m.id);
        const by = m.reviewer_name ? `${m.reviewer_name} (${m.host_name})` : m.host_name;
        const on = m.hours_reviewed_at ? ` le ${formatIsoDateFr(todayInParis(new Date(m.hours_reviewed_at)))}` : '';
        errors.push({
          field: `lines.${i}.minutes`,
          message:
            `Ligne ${i + 1} (${personName(m)}) : les heures de cette mission ont été confirmées par ${by}${on} : ` +
            'elles ne peuvent plus changer.',
        });
        return;
      }
      if (l.day < m.start_date || l.day > m.end_date)
        errors.push({
          field: `lines.${i}.day`,
          message:
            `Ligne ${i + 1} (${personName(m)}) : le ${dayFr(l.day)} est en dehors de la mission ` +
            `(du ${formatIsoDateFr(m.start_date)} au ${formatIsoDateFr(m.end_date)}).`,
        });
    });
    if (errors.length) throw new BadUserInputError(errors);
  }

  /** CONFLICT when a sent line was read at another version than the day line now stored. */
  private refuseChangedLines(
    input: RecordMissionDaysInput,
    locked: ReadonlyMap<string, LockedMissionForDays>,
    current: readonly MissionDayLineRow[],
  ): void {
    const now = new Map<string, CurrentLine<MissionDayLineValues>>();
    for (const c of current) {
      const m = locked.get(c.mission_id) as LockedMissionForDays;
      now.set(lineKey(c.mission_id, c.day), {
        version: c.version,
        values: {
          missionId: c.mission_id,
          day: c.day,
          minutes: c.minutes,
          personId: m.person_id,
          firstName: m.first_name,
          lastName: m.last_name,
        },
      });
    }
    // A line sent without a version counts as read at its first version (as the attendance sheet does).
    const changed = changedLines(
      input.lines.map((l) => {
        const key = lineKey(l.missionId, l.day);
        return { key, version: l.version !== undefined ? l.version : now.has(key) ? 1 : null };
      }),
      now,
      (i) => `lines.${i}`,
    );
    if (!changed.length) return;
    const described = changed.map((c) => {
      const sent = input.lines[Number(c.field.split('.')[1])];
      const m = locked.get(sent.missionId) as LockedMissionForDays;
      return `${personName(m)} le ${dayFr(sent.day)} (${c.current ? `maintenant ${formatMinutes(c.current.minutes)}` : 'jour effacé'})`;
    });
    throw new ChangedLinesError(
      `Les heures ont changé depuis que vous avez ouvert la semaine : ${described.join(', ')} — saisi par quelqu’un ` +
        'd’autre. Rien n’est enregistré : vérifiez ces jours, gardez ou corrigez vos saisies, puis enregistrez de nouveau.',
      changed,
    );
  }

  /**
   * The double-funding guard (mission-hours.service.ts, shared): a mission's new total may not drop below what
   * agreements already charge. The missions are locked by this transaction (an allocation waits for them).
   */
  private async refuseBelowAllocated(
    tx: EntityManager,
    structureId: string,
    input: RecordMissionDaysInput,
    recomputed: readonly { id: string; start_date: string; end_date: string; minutes: number }[],
  ): Promise<void> {
    if (!recomputed.length) return;
    const allocations = await this.hours.allocationsOfMissions(
      structureId,
      recomputed.map((m) => m.id),
      tx,
    );
    if (!allocations.length) return;
    const errors = recomputed.flatMap((m) => {
      const line = input.lines.findIndex((l) => l.missionId === m.id);
      return missionAllocationErrors(
        { startDate: m.start_date, endDate: m.end_date, minutes: m.minutes },
        allocations.filter((a) => a.missionId === m.id),
        `lines.${line}.`,
      );
    });
    if (errors.length) throw new BadUserInputError(errors);
  }
}

/** A grid row: the mission, its person, the 7 cells of the week and their total. */
function toWeekRow(r: MissionWeekRow, days: readonly string[]): MissionHoursWeekRowType {
  const byDay = new Map(r.days.map((d) => [d.day, d]));
  const cells = days.map((day) => {
    const d = byDay.get(day);
    return {
      day,
      minutes: d ? d.minutes : null,
      version: d ? d.version : null,
      inMission: day >= r.start_date && day <= r.end_date,
    };
  });
  const mission = MissionType.from({
    id: r.id,
    structureId: r.structure_id,
    personId: r.person_id,
    hostOrganisationId: r.host_organisation_id,
    kind: r.kind,
    site: r.site,
    startDate: r.start_date,
    endDate: r.end_date,
    minutes: r.minutes,
    tutorFeedback: r.tutor_feedback,
    hoursStatus: r.hours_status,
    hoursReviewedAt: r.hours_reviewed_at,
    hoursReviewComment: r.hours_review_comment,
    version: r.version,
  } as MissionEntity);
  return {
    mission,
    person: { id: r.person_id, firstName: r.first_name, lastName: r.last_name },
    cells,
    weekMinutes: cells.reduce((sum, c) => sum + (c.minutes ?? 0), 0),
  };
}
