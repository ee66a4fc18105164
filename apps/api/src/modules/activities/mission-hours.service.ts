import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import {
  AuditAction,
  changedLines,
  checkMission,
  type CurrentLine,
  type FieldError,
  formatAllocationBreakdown,
  formatIsoDateFr,
  formatMinutes,
  MISSION_HOURS_STATUS_LABELS,
  MISSION_KIND_LABELS,
  MissionHoursStatus,
  type MissionKind,
  NotificationKind,
  type SentLine,
  traineeDisplayName,
} from '@tremplin/domain';
import { visibleProposalPersonIds } from '../../core/access/partner-visibility';
import { isUuid } from '../../core/access/person-access';
import { AuditService } from '../../core/audit/audit.service';
import type { AuthUser } from '../../core/auth/auth.types';
import { BadUserInputError, ChangedLinesError, ConflictError, NotFoundError } from '../../core/errors/app-errors';
import { NotificationsService } from '../notifications';
import { ExitPresenceService } from '../exit-presence';
import type { MissionEntity } from './activity.entities';
import type {
  ConfirmMissionHoursInput,
  CorrectMissionHoursInput,
  DisputeMissionHoursInput,
  PortalMissionPageType,
  PortalMissionType,
} from './mission-hours.dto';
import {
  type LockedPortalMission,
  type MissionAllocationRow,
  MissionHoursRepository,
  type PortalMissionRow,
} from './mission-hours.repository';
import { mentionsPerson } from '@tremplin/domain';

export const MISSION_HOURS_MESSAGES = {
  missionNotFound: 'Cette mission est introuvable dans votre structure.',
  portalMissionNotFound: 'Cette mission est introuvable parmi les missions faites chez vous.',
  locked:
    'Les heures de cette mission ont été confirmées par l’employeur : elles sont verrouillées et ne peuvent plus être ' +
    'modifiées ni supprimées.',
  conflict:
    'Cette mission a été modifiée par quelqu’un d’autre depuis que vous l’avez ouverte. Rechargez-la pour voir ses ' +
    'changements : vos saisies ne sont pas enregistrées.',
  commentNamesPerson:
    'Le message à l’employeur ne doit ni nommer la personne ni donner son e-mail ou son téléphone : il est transmis ' +
    'à tous les valideurs de l’employeur, y compris ceux à qui elle n’a pas été proposée. Parlez seulement des heures ' +
    '(par exemple « Lundi férié retiré »).',
} as const;

/** What a mission holds now, in `changedLines` of a refused review (no name: what the host's screen shows). */
export interface PortalMissionLineValues {
  missionId: string;
  startDate: string;
  endDate: string;
  minutes: number;
  hoursStatus: string;
}

/**
 * CONFLICT when a mission the host reviews changed since the page was read (the counsellor corrected its hours, a
 * colleague confirmed or disputed them): `changedLines` says which and what they hold now (docs/domain/concurrent-edits.md).
 */
function refuseChangedMissions(
  sent: SentLine[],
  locked: readonly LockedPortalMission[],
  fieldOf: (index: number) => string,
): void {
  const changed = changedLines(
    sent,
    new Map<string, CurrentLine<PortalMissionLineValues>>(
      locked.map((m) => [
        m.id,
        {
          version: m.version,
          values: {
            missionId: m.id,
            startDate: m.start_date,
            endDate: m.end_date,
            minutes: m.minutes,
            hoursStatus: m.hours_status,
          },
        },
      ]),
    ),
    fieldOf,
  );
  if (!changed.length) return;
  const described = changed.map((c) =>
    c.current
      ? `mission du ${formatIsoDateFr(c.current.startDate)} au ${formatIsoDateFr(c.current.endDate)} : maintenant ` +
        `${formatMinutes(c.current.minutes)}, ${(MISSION_HOURS_STATUS_LABELS[c.current.hoursStatus as MissionHoursStatus] ?? c.current.hoursStatus).toLowerCase()}`
      : 'une mission retirée',
  );
  throw new ChangedLinesError(
    `${changed.length > 1 ? `Les heures de ${changed.length} missions ont` : 'Les heures d’une mission ont'} changé depuis que ` +
      `vous avez ouvert la page (correction ou décision d’un collègue) — ${described.join(' ; ')}. ` +
      'Rien n’a été enregistré : vérifiez ces heures, puis recommencez.',
    changed,
  );
}

/** SQLSTATE raised by the trigger that locks confirmed mission hours (migration `PartnerPortal`). */
export const CONFIRMED_HOURS_LOCKED_SQLSTATE = 'TR001';

/** Whether a database error is the lock of confirmed hours (TR001). */
export function isConfirmedHoursLocked(e: unknown): boolean {
  const err = e as { code?: string; driverError?: { code?: string } };
  return (err?.driverError?.code ?? err?.code) === CONFIRMED_HOURS_LOCKED_SQLSTATE;
}

/** The refusal for any change of confirmed hours, whether the service or the trigger (TR001) caught it. */
export function confirmedHoursLockedError(field = 'minutes'): BadUserInputError {
  return new BadUserInputError([{ field, message: MISSION_HOURS_MESSAGES.locked }]);
}

/** Runs a write that may touch a confirmed mission; maps the trigger's TR001 to the French refusal. */
export async function mapConfirmedHoursLock<T>(write: () => Promise<T>, field = 'minutes'): Promise<T> {
  try {
    return await write();
  } catch (e) {
    if (isConfirmedHoursLocked(e)) throw confirmedHoursLockedError(field);
    throw e;
  }
}

/** The fields of a portal mission line that name or describe the trainee (written to the audit log). */
const PORTAL_MISSION_TRAINEE_FIELDS = [
  'traineeName',
  'kindLabel',
  'site',
  'startDate',
  'endDate',
  'minutes',
  'hoursStatus',
  'hoursReviewComment',
];

const PORTAL_LIST_MAX = 200;

/**
 * The answer to a confirmation or a dispute is a read as well when it names the trainee: the decision's audit row then
 * lists the fields returned (as a PARTNER_READ_TRAINEE row does), so that every partner read is in the log.
 */
function readFields(line: PortalMissionType): { fields?: string[] } {
  return line.traineeName === null ? {} : { fields: PORTAL_MISSION_TRAINEE_FIELDS };
}

/**
 * What funding agreements forbid of a mission's hours and dates (the double-funding guard on the mission side): the
 * hours may not drop below what they already charge, the dates must stay within the period of each. Shared by the
 * counsellor's correction and the supervisor's day lines (mission-days.service.ts); `prefix` names the input line.
 */
export function missionAllocationErrors(
  hours: { startDate: string; endDate: string; minutes: number },
  allocations: readonly MissionAllocationRow[],
  prefix = '',
): FieldError[] {
  if (!allocations.length) return [];
  const allocated = allocations.reduce((sum, a) => sum + a.quantity, 0);
  const refs = allocations.map((a) => a.agreementReference);
  const errors: FieldError[] = [];
  if (hours.minutes < allocated)
    errors.push({
      field: `${prefix}minutes`,
      message:
        `${formatMinutes(hours.minutes)} déclarées, mais ${formatMinutes(allocated)} de cette mission sont déjà financées ` +
        `(${formatAllocationBreakdown('MINUTES', allocations)}). Saisissez au moins ${formatMinutes(allocated)}, ou retirez d’abord ` +
        (refs.length > 1
          ? `les imputations des conventions ${refs.join(', ')}.`
          : `l’imputation de la convention ${refs[0]}.`),
    });
  const outside = allocations.filter((a) => hours.startDate < a.startDate || hours.endDate > a.endDate);
  if (outside.length)
    errors.push({
      field: `${prefix}${hours.startDate < outside[0].startDate ? 'startDate' : 'endDate'}`,
      message:
        'Les heures de cette mission sont imputées à ' +
        outside
          .map(
            (a) =>
              `la convention ${a.agreementReference} (du ${formatIsoDateFr(a.startDate)} au ${formatIsoDateFr(a.endDate)})`,
          )
          .join(', ') +
        ' : la mission doit rester dans cette période, ou retirez d’abord l’imputation.',
    });
  return errors;
}

/**
 * The host's review of mission hours: the counsellor corrects (never once confirmed), the partner's reviewer confirms
 * or disputes the missions done at their organisation. Confirmed hours are locked by a trigger (TR001) as well.
 */
@Injectable()
export class MissionHoursService {
  private readonly logger = new Logger(MissionHoursService.name);

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly audit: AuditService,
    private readonly notifications: NotificationsService,
    private readonly exitPresence: ExitPresenceService,
    private readonly missions: MissionHoursRepository,
  ) {}

  /**
   * The counsellor corrects a mission's dates and hours (typically after a dispute). Refused once confirmed, with a
   * stale version, or below what funding agreements already charge. The review starts again: PENDING, review
   * cleared, the host's reviewers notified.
   */
  async correct(actor: AuthUser, structureId: string, input: CorrectMissionHoursInput): Promise<MissionEntity> {
    if (!isUuid(input.missionId)) throw new NotFoundError(MISSION_HOURS_MESSAGES.missionNotFound);
    const mission = await this.db.transaction(async (tx) => {
      const current = await this.missions.lockMission(structureId, input.missionId, tx);
      if (!current) throw new NotFoundError(MISSION_HOURS_MESSAGES.missionNotFound);
      if (current.hoursStatus === MissionHoursStatus.CONFIRMED) throw confirmedHoursLockedError();
      if (current.version !== input.version) throw new ConflictError(MISSION_HOURS_MESSAGES.conflict);
      const problem = checkMission(input);
      if (problem)
        throw new BadUserInputError([
          { field: input.endDate < input.startDate ? 'endDate' : 'minutes', message: problem },
        ]);
      await this.refuseBelowAllocated(tx, structureId, input);
      await this.refuseApartFromDays(tx, structureId, input);
      if (input.comment) await this.refuseCommentNamingPerson(tx, current, input.comment);

      const rows = await mapConfirmedHoursLock(() =>
        this.missions.correctHours(
          structureId,
          current.id,
          { startDate: input.startDate, endDate: input.endDate, minutes: input.minutes },
          MissionHoursStatus.PENDING,
          input.version,
          tx,
        ),
      );
      if (!rows.length) throw new ConflictError(MISSION_HOURS_MESSAGES.conflict);

      const orgName = await this.missions.structureName(structureId, tx);
      const reviewers = await this.notifications.reviewersOf(tx, current.hostOrganisationId);
      await this.notifications.notify(tx, [
        {
          recipientUserIds: reviewers,
          kind: NotificationKind.MISSION_HOURS_CORRECTED,
          title: 'Heures de mission corrigées, à confirmer',
          body:
            `${orgName ?? 'La structure'} a corrigé une mission du ${formatIsoDateFr(input.startDate)} au ` +
            `${formatIsoDateFr(input.endDate)}${current.site ? ` (${current.site})` : ''} : ${formatMinutes(input.minutes)} ` +
            `à confirmer.${input.comment ? ` Message : ${input.comment}` : ''}`,
          link: '/portail',
          missionId: current.id,
        },
      ]);
      await this.audit.record(tx, actor, [
        {
          action: AuditAction.MISSION_HOURS_CORRECTED,
          structureId,
          personId: current.personId,
          subjectType: 'mission',
          subjectId: current.id,
          details: {
            operation: 'correctMissionHours',
            previousStatus: current.hoursStatus,
            before: { startDate: current.startDate, endDate: current.endDate, minutes: current.minutes },
            after: { startDate: input.startDate, endDate: input.endDate, minutes: input.minutes },
          },
        },
      ]);
      // The corrected hours and dates are those of the person's exit, if recorded (docs/domain/exits.md).
      await this.exitPresence.refreshPersons(tx, structureId, [current.personId]);
      return this.missions.findMission(structureId, current.id, tx);
    });
    this.sendEmailsLater();
    return mission;
  }

  /**
   * A mission entered day by day (docs/domain/mission-days.md) has the sum of its days as its hours, and its dates
   * cover its days: a correction may not part from them (the days are corrected in « Heures de mission »).
   */
  private async refuseApartFromDays(
    tx: EntityManager,
    structureId: string,
    input: CorrectMissionHoursInput,
  ): Promise<void> {
    const days = await this.missions.daysSummary(structureId, input.missionId, tx);
    if (!days.count) return;
    const errors: FieldError[] = [];
    if (input.minutes !== days.total)
      errors.push({
        field: 'minutes',
        message:
          `Cette mission est saisie jour par jour (${formatMinutes(days.total)} sur ${days.count} jour${days.count > 1 ? 's' : ''}) : ` +
          `ses heures sont la somme de ses jours. Corrigez les jours dans « Heures de mission », ou gardez ` +
          `${formatMinutes(days.total)}.`,
      });
    const first = days.first as string;
    const last = days.last as string;
    if (input.startDate > first || input.endDate < last)
      errors.push({
        field: input.startDate > first ? 'startDate' : 'endDate',
        message:
          `Des heures sont saisies du ${formatIsoDateFr(first)} au ${formatIsoDateFr(last)} : la mission doit couvrir ` +
          'ces jours (effacez-les d’abord dans « Heures de mission »).',
      });
    if (errors.length) throw new BadUserInputError(errors);
  }

  /**
   * The counsellor's word goes to every reviewer of the host, proposed person or not, as a stored notification: it
   * may not name the person nor give their e-mail or phone (mission-hours.rules.ts).
   */
  private async refuseCommentNamingPerson(tx: EntityManager, mission: MissionEntity, comment: string): Promise<void> {
    const person = await this.missions.personIdentity(mission.structureId, mission.personId, tx);
    if (person && mentionsPerson(comment, person))
      throw new BadUserInputError([{ field: 'comment', message: MISSION_HOURS_MESSAGES.commentNamesPerson }]);
  }

  /**
   * The double-funding guard on the mission side: the hours may not drop below what agreements already charge, and
   * the dates must stay within the period of every agreement charged. The mission row is locked by the caller (an
   * allocation waits for it), so this sees every allocation committed before.
   */
  private async refuseBelowAllocated(
    tx: EntityManager,
    structureId: string,
    input: CorrectMissionHoursInput,
  ): Promise<void> {
    const allocations = await this.missions.allocationsOfMission(structureId, input.missionId, tx);
    const errors = missionAllocationErrors(input, allocations);
    if (errors.length) throw new BadUserInputError(errors);
  }

  /**
   * The missions done at the reviewer's organisation, whatever the person, by start date (latest first). The trainee's
   * name only for persons with a visible proposal to this organisation; each such person is written to the audit log
   * (one statement, in the read's transaction).
   */
  async portalMissions(
    actor: AuthUser,
    partnerOrganisationId: string,
    filter: { hoursStatus?: string[] | null; first: number; offset: number },
  ): Promise<PortalMissionPageType> {
    const statuses = filter.hoursStatus ?? null;
    const unknown = (statuses ?? []).filter((s) => !(Object.values(MissionHoursStatus) as string[]).includes(s));
    const errors = [];
    if (unknown.length)
      errors.push({
        field: 'hoursStatus',
        message: `Statut d’heures inconnu (${unknown.join(', ')}) : choisissez parmi PENDING, CONFIRMED et DISPUTED.`,
      });
    if (!Number.isInteger(filter.first) || filter.first < 1 || filter.first > PORTAL_LIST_MAX)
      errors.push({ field: 'first', message: `Le nombre de missions est compris entre 1 et ${PORTAL_LIST_MAX}.` });
    if (!Number.isInteger(filter.offset) || filter.offset < 0)
      errors.push({ field: 'offset', message: 'Le décalage est un entier positif ou nul.' });
    if (errors.length) throw new BadUserInputError(errors);

    return this.db.transaction(async (tx) => {
      const rows = await this.missions.portalPage(partnerOrganisationId, statuses, filter.first, filter.offset, tx);
      const totalCount = rows[0]?.total ?? (await this.missions.portalCount(partnerOrganisationId, statuses, tx));
      const items = await this.toPortalLines(tx, partnerOrganisationId, rows);
      await this.auditReads(tx, actor, rows, items, 'portalMissions');
      return { totalCount, items };
    });
  }

  /**
   * The reviewer confirms the hours of missions of their organisation, all or nothing: every mission listed must be
   * theirs (else NOT_FOUND, as for an unknown id), at the version read (else CONFLICT) and PENDING. The rows are locked
   * in id order (two confirmations of overlapping pages queue, never deadlock).
   */
  async confirm(
    actor: AuthUser,
    partnerOrganisationId: string,
    input: ConfirmMissionHoursInput,
  ): Promise<PortalMissionType[]> {
    const wanted = new Map<string, number>();
    for (const m of input.missions) {
      if (!isUuid(m.missionId)) throw new NotFoundError(MISSION_HOURS_MESSAGES.portalMissionNotFound);
      if (wanted.has(m.missionId) && wanted.get(m.missionId) !== m.version)
        throw new BadUserInputError([
          { field: 'missions', message: 'Une mission figure deux fois avec deux versions différentes.' },
        ]);
      wanted.set(m.missionId, m.version);
    }
    const ids = [...wanted.keys()].sort();
    return this.db.transaction(async (tx) => {
      const locked = await this.lockPortalMissions(tx, partnerOrganisationId, ids);
      if (locked.length !== ids.length) throw new NotFoundError(MISSION_HOURS_MESSAGES.portalMissionNotFound);
      refuseChangedMissions(
        input.missions.map((m) => ({ key: m.missionId, version: m.version })),
        locked,
        (i) => `missions.${i}`,
      );
      this.refuseNotPending(locked, 'confirmer');
      const updated = await mapConfirmedHoursLock(
        () =>
          this.missions.reviewHours(
            partnerOrganisationId,
            ids,
            MissionHoursStatus.CONFIRMED,
            actor.id,
            input.comment ?? null,
            tx,
          ),
        'missions',
      );
      updated.sort((a, b) =>
        a.start_date === b.start_date ? a.id.localeCompare(b.id) : a.start_date < b.start_date ? 1 : -1,
      );
      const lines = await this.toPortalLines(tx, partnerOrganisationId, updated);
      await this.refreshExits(tx, updated);
      await this.audit.record(
        tx,
        actor,
        updated.map((m, i) => ({
          action: AuditAction.MISSION_HOURS_CONFIRMED,
          structureId: m.structure_id,
          personId: m.person_id,
          subjectType: 'mission',
          subjectId: m.id,
          details: {
            operation: 'portalConfirmMissionHours',
            minutes: m.minutes,
            startDate: m.start_date,
            endDate: m.end_date,
            withComment: Boolean(input.comment),
            ...readFields(lines[i]),
          },
        })),
      );
      return lines;
    });
  }

  /** The reviewer disputes the hours of one PENDING mission of their organisation, with a comment for the counsellor. */
  async dispute(
    actor: AuthUser,
    partnerOrganisationId: string,
    input: DisputeMissionHoursInput,
  ): Promise<PortalMissionType> {
    if (!isUuid(input.missionId)) throw new NotFoundError(MISSION_HOURS_MESSAGES.portalMissionNotFound);
    const line = await this.db.transaction(async (tx) => {
      const [mission] = await this.lockPortalMissions(tx, partnerOrganisationId, [input.missionId]);
      if (!mission) throw new NotFoundError(MISSION_HOURS_MESSAGES.portalMissionNotFound);
      refuseChangedMissions([{ key: input.missionId, version: input.version }], [mission], () => 'version');
      this.refuseNotPending([mission], 'contester');
      const updated = await mapConfirmedHoursLock(
        () =>
          this.missions.reviewOne(
            partnerOrganisationId,
            mission.id,
            MissionHoursStatus.DISPUTED,
            actor.id,
            input.comment,
            tx,
          ),
        'missionId',
      );
      const row = updated[0];
      const names = await this.missions.disputeNames(row.id, tx);
      const followers = await this.notifications.followersOf(tx, row.structure_id, row.person_id, names.created_by_id);
      await this.notifications.notify(tx, [
        {
          recipientUserIds: followers,
          kind: NotificationKind.MISSION_HOURS_DISPUTED,
          title: `Heures contestées par ${names.organisation} : ${names.first_name} ${names.last_name}`.slice(0, 200),
          body:
            `Mission du ${formatIsoDateFr(row.start_date)} au ${formatIsoDateFr(row.end_date)}` +
            `${row.site ? ` (${row.site})` : ''}, ${formatMinutes(row.minutes)} déclarées. Motif : ${input.comment}`,
          link: `/personnes/${row.person_id}?onglet=missions`,
          missionId: row.id,
        },
      ]);
      const [result] = await this.toPortalLines(tx, partnerOrganisationId, [row]);
      await this.refreshExits(tx, [row]);
      await this.audit.record(tx, actor, [
        {
          action: AuditAction.MISSION_HOURS_DISPUTED,
          structureId: row.structure_id,
          personId: row.person_id,
          subjectType: 'mission',
          subjectId: row.id,
          details: {
            operation: 'portalDisputeMissionHours',
            minutes: row.minutes,
            startDate: row.start_date,
            endDate: row.end_date,
            ...readFields(result),
          },
        },
      ]);
      return result;
    });
    this.sendEmailsLater();
    return line;
  }

  /**
   * The exits of the persons whose missions the landlord reviewed, across their structures. The review changes no hours
   * today (every declared hour counts, docs/domain/exits.md), but it is a write to what the rule reads: refreshed all
   * the same, so that a rule reading the review status stays right.
   */
  private refreshExits(tx: EntityManager, rows: readonly PortalMissionRow[]): Promise<number> {
    return this.exitPresence.refresh(
      tx,
      rows.map((r) => ({ structureId: r.structure_id, personId: r.person_id })),
    );
  }

  /** The organisation's missions among `ids`, locked in id order. */
  private lockPortalMissions(
    tx: EntityManager,
    partnerOrganisationId: string,
    ids: readonly string[],
  ): Promise<LockedPortalMission[]> {
    return this.missions.lockPortalMissions(partnerOrganisationId, ids, tx);
  }

  private refuseNotPending(
    missions: readonly { hours_status: string; start_date: string; end_date: string }[],
    verb: string,
  ): void {
    const notPending = missions.filter((m) => m.hours_status !== MissionHoursStatus.PENDING);
    if (!notPending.length) return;
    const described = notPending
      .slice(0, 5)
      .map(
        (m) =>
          `mission du ${formatIsoDateFr(m.start_date)} au ${formatIsoDateFr(m.end_date)} : ` +
          (MISSION_HOURS_STATUS_LABELS[m.hours_status as MissionHoursStatus] ?? m.hours_status).toLocaleLowerCase(
            'fr-FR',
          ),
      )
      .join(' ; ');
    throw new BadUserInputError([
      {
        field: 'missions',
        message:
          `Seules les heures à confirmer peuvent être ${verb === 'confirmer' ? 'confirmées' : 'contestées'} ` +
          `(${notPending.length > 1 ? `${notPending.length} missions ne le sont pas` : 'une mission ne l’est pas'} : ${described}` +
          `${notPending.length > 5 ? '…' : ''}). Rien n’a été enregistré.`,
      },
    ]);
  }

  /** Portal lines; the trainee's name only for persons visible to the organisation (otherwise nothing about them). */
  private async toPortalLines(
    tx: EntityManager,
    partnerOrganisationId: string,
    rows: readonly PortalMissionRow[],
  ): Promise<PortalMissionType[]> {
    const names = await this.visibleNames(tx, partnerOrganisationId, rows);
    const months = await this.monthsOf(tx, rows);
    return rows.map((r) => ({
      id: r.id,
      structureName: r.structure_name,
      kindLabel: MISSION_KIND_LABELS[r.kind as MissionKind] ?? r.kind,
      site: r.site,
      startDate: r.start_date,
      endDate: r.end_date,
      minutes: r.minutes,
      hoursStatus: r.hours_status,
      hoursStatusLabel: MISSION_HOURS_STATUS_LABELS[r.hours_status as MissionHoursStatus] ?? r.hours_status,
      hoursReviewComment: r.hours_review_comment,
      hoursReviewedAt: r.hours_reviewed_at,
      traineeName: names.get(r.person_id) ?? null,
      version: r.version,
      months: months.get(r.id) ?? [],
    }));
  }

  /** Each mission's minutes by month, from its day lines (none: no day lines); one statement. */
  private async monthsOf(
    tx: EntityManager,
    rows: readonly PortalMissionRow[],
  ): Promise<Map<string, { month: string; minutes: number }[]>> {
    const out = new Map<string, { month: string; minutes: number }[]>();
    if (!rows.length) return out;
    for (const m of await this.missions.monthsOfMissions(
      rows.map((r) => r.id),
      tx,
    )) {
      const list = out.get(m.mission_id) ?? [];
      list.push({ month: m.month, minutes: m.minutes });
      out.set(m.mission_id, list);
    }
    return out;
  }

  /**
   * The display names of the persons the organisation reaches (partner-visibility), as their latest visible proposal
   * lets them be shown (« Awa D. », or the full name with consent).
   */
  private async visibleNames(
    tx: EntityManager,
    partnerOrganisationId: string,
    rows: readonly PortalMissionRow[],
  ): Promise<Map<string, string>> {
    const visible = await visibleProposalPersonIds(tx, partnerOrganisationId, [
      ...new Set(rows.map((r) => r.person_id)),
    ]);
    if (!visible.size) return new Map();
    const people = await this.missions.visibleNames(partnerOrganisationId, [...visible], tx);
    return new Map(people.map((p) => [p.id, traineeDisplayName(p.first_name, p.last_name, p.share_full_name)]));
  }

  /** One PARTNER_READ_TRAINEE row per person named in the lines returned (one statement). */
  private async auditReads(
    tx: EntityManager,
    actor: AuthUser,
    rows: readonly PortalMissionRow[],
    lines: readonly PortalMissionType[],
    operation: string,
  ): Promise<void> {
    const named = new Map<string, { structureId: string; missionIds: string[] }>();
    rows.forEach((r, i) => {
      if (lines[i].traineeName === null) return;
      const entry = named.get(r.person_id) ?? { structureId: r.structure_id, missionIds: [] };
      entry.missionIds.push(r.id);
      named.set(r.person_id, entry);
    });
    await this.audit.record(
      tx,
      actor,
      [...named].map(([personId, e]) => ({
        action: AuditAction.PARTNER_READ_TRAINEE,
        structureId: e.structureId,
        personId,
        subjectType: 'mission',
        subjectId: e.missionIds.length === 1 ? e.missionIds[0] : null,
        details: { operation, fields: PORTAL_MISSION_TRAINEE_FIELDS, missionIds: e.missionIds },
      })),
    );
  }

  /** After commit: e-mails of the notifications just written (fire and forget, errors logged). */
  private sendEmailsLater(): void {
    this.notifications.sendPendingEmails().catch((e: unknown) =>
      this.logger.error({
        msg: 'Envoi des e-mails de notification en échec',
        err: e instanceof Error ? e.message : e,
      }),
    );
  }
}
