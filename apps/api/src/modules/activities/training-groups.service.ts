import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { addDays, daysBetween, ERROR_MESSAGES, formatIsoDateFr } from '@tremplin/domain';
import { isUuid } from '../../core/access/person-access';
import { BadUserInputError, ConflictError, NotFoundError } from '../../core/errors/app-errors';
import { applyPatch, CLEARABLE, type PatchRules, required } from '../../core/graphql/patch';
import { ACTIVITY_MESSAGES } from './activities.common';
import type { CollectiveSessionEntity } from './activity.entities';
import { SessionsService } from './sessions.service';
import {
  type CreateSessionSeriesInput,
  type CreateTrainingGroupInput,
  GROUP_MEMBER_LIMIT,
  SERIES_SESSION_LIMIT,
  type UpdateTrainingGroupInput,
} from './training-groups.dto';
import type { TrainingGroupEntity } from './training-groups.entities';
import { type GroupPerson, TrainingGroupsRepository } from './training-groups.repository';

/** What `updateTrainingGroup` may change, and what `null` does (docs/domain/concurrent-edits.md, part 2). */
const GROUP_PATCH: PatchRules<Pick<TrainingGroupEntity, 'name' | 'startsOn' | 'endsOn'>> = {
  name: required('Le nom du groupe'),
  startsOn: required('La date de début du groupe', { feminine: true }),
  endsOn: CLEARABLE,
};

/** A Monday, to count weekdays from (1 = lundi … 7 = dimanche). */
const A_MONDAY = '2024-01-01';

/** The ISO weekday of a day: 1 = Monday … 7 = Sunday. */
export function isoWeekday(day: string): number {
  return ((((daysBetween(A_MONDAY, day) % 7) + 7) % 7) as number) + 1;
}

/** The days of [from, to] whose weekday is one of `weekdays`, in order. */
export function seriesDays(from: string, to: string, weekdays: readonly number[]): string[] {
  const wanted = new Set(weekdays);
  const days: string[] = [];
  for (let d = from; d <= to; d = addDays(d, 1)) if (wanted.has(isoWeekday(d))) days.push(d);
  return days;
}

/**
 * Training groups (« promotions ») and series of sessions (docs/domain/attendance-groups.md). `supervisorId` is a
 * technical supervisor's own id: they read only the groups assigned to them; null for the other roles.
 */
@Injectable()
export class TrainingGroupsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly groups: TrainingGroupsRepository,
    private readonly sessions: SessionsService,
  ) {}

  list(structureId: string, supervisorId: string | null): Promise<TrainingGroupEntity[]> {
    return this.groups.list(structureId, supervisorId);
  }

  async get(structureId: string, id: string, supervisorId: string | null): Promise<TrainingGroupEntity | null> {
    if (!isUuid(id)) return null;
    const [group] = await this.groups.byIds(structureId, [id], supervisorId);
    return group ?? null;
  }

  async create(structureId: string, userId: string, input: CreateTrainingGroupInput): Promise<TrainingGroupEntity> {
    checkPeriod(input.startsOn, input.endsOn ?? null);
    const members = distinct(input.memberIds);
    return this.db.transaction(async (tx) => {
      await this.checkPersons(structureId, members, tx);
      const supervisors = distinct(input.supervisorIds ?? []);
      await this.checkStaff(structureId, supervisors, tx);
      const group = await this.groups.insert(
        { structureId, name: input.name, startsOn: input.startsOn, endsOn: input.endsOn ?? null, createdById: userId },
        tx,
      );
      await this.groups.changeMembers(structureId, group.id, userId, members, [], tx);
      await this.groups.setSupervisors(structureId, group.id, supervisors, tx);
      return group;
    });
  }

  /** Saves the fields given (a field left out stays as it was), if nobody changed the group since the version read. */
  async update(structureId: string, userId: string, input: UpdateTrainingGroupInput): Promise<TrainingGroupEntity> {
    if (!isUuid(input.id)) throw new NotFoundError(ACTIVITY_MESSAGES.groupNotFound);
    return this.db.transaction(async (tx) => {
      const group = await this.groups.lock(structureId, input.id, tx);
      if (!group) throw new NotFoundError(ACTIVITY_MESSAGES.groupNotFound);
      if (group.version !== input.version) throw new ConflictError(ACTIVITY_MESSAGES.groupConflict);
      const fields = applyPatch(
        { name: group.name, startsOn: group.startsOn, endsOn: group.endsOn },
        input,
        GROUP_PATCH,
      );
      checkPeriod(fields.startsOn, fields.endsOn);
      const add = distinct(input.addMemberIds ?? []);
      const remove = distinct(input.removeMemberIds ?? []);
      await this.checkPersons(structureId, [...add, ...remove], tx);
      const supervisors = input.supervisorIds == null ? null : distinct(input.supervisorIds);
      if (supervisors) await this.checkStaff(structureId, supervisors, tx);
      if (add.some((id) => remove.includes(id)))
        throw new BadUserInputError([
          {
            field: 'removeMemberIds',
            message: 'Une même personne ne peut pas être ajoutée et retirée du groupe à la fois.',
          },
        ]);
      if (add.length || remove.length) {
        const count = await this.groups.changeMembers(structureId, group.id, userId, add, remove, tx);
        if (count > GROUP_MEMBER_LIMIT)
          throw new BadUserInputError([
            {
              field: 'addMemberIds',
              message: `Un groupe compte au plus ${GROUP_MEMBER_LIMIT} personnes : il en compterait ${count}.`,
            },
          ]);
      }
      if (supervisors) await this.groups.setSupervisors(structureId, group.id, supervisors, tx);
      await this.groups.update(group.id, fields, tx);
      return { ...group, ...fields, version: group.version + 1 };
    });
  }

  /**
   * One session per day of [from, to] whose weekday is chosen (at most 120), each with the rules of
   * `createCollectiveSession`, all or none.
   */
  async createSeries(
    structureId: string,
    userId: string,
    input: CreateSessionSeriesInput,
  ): Promise<CollectiveSessionEntity[]> {
    if (input.to < input.from)
      throw new BadUserInputError([
        {
          field: 'to',
          message: `La fin de la série (${formatIsoDateFr(input.to)}) précède son début (${formatIsoDateFr(input.from)}).`,
        },
      ]);
    const days = seriesDays(input.from, input.to, input.weekdays);
    if (!days.length)
      throw new BadUserInputError([
        {
          field: 'weekdays',
          message: `Aucun des jours choisis ne tombe entre le ${formatIsoDateFr(input.from)} et le ${formatIsoDateFr(input.to)}.`,
        },
      ]);
    if (days.length > SERIES_SESSION_LIMIT)
      throw new BadUserInputError([
        {
          field: 'to',
          message: `Cette série compterait ${days.length} sessions : ${SERIES_SESSION_LIMIT} au plus. Raccourcissez la période ou créez-la en plusieurs fois.`,
        },
      ]);
    return this.db.transaction(async (tx) => {
      await this.sessions.checkSessionFields(structureId, input, tx);
      return this.groups.insertSessions(
        days.map((sessionDate) => ({
          structureId,
          createdById: userId,
          kind: input.kind,
          title: input.title,
          trainingBody: input.trainingBody ?? null,
          sessionDate,
          plannedMinutes: input.plannedMinutes,
          certificationBlockId: input.certificationBlockId ?? null,
          groupId: input.groupId,
        })),
        tx,
      );
    });
  }

  membersByGroups(structureId: string, groupIds: readonly string[]): Promise<GroupPerson[][]> {
    return this.groups.membersByGroups(structureId, groupIds);
  }

  memberCountsByGroups(structureId: string, groupIds: readonly string[]): Promise<number[]> {
    return this.groups.memberCountsByGroups(structureId, groupIds);
  }

  supervisorsByGroups(structureId: string, groupIds: readonly string[]): Promise<GroupPerson[][]> {
    return this.groups.supervisorsByGroups(structureId, groupIds);
  }

  groupsByIds(
    structureId: string,
    ids: readonly string[],
    supervisorId: string | null,
  ): Promise<(TrainingGroupEntity | null)[]> {
    return this.groups.byIds(structureId, ids, supervisorId);
  }

  rostersBySessions(structureId: string, sessionIds: readonly string[]): Promise<GroupPerson[][]> {
    return this.groups.rostersBySessions(structureId, sessionIds);
  }

  /** NOT_FOUND unless every id is a person of the structure. */
  private async checkPersons(structureId: string, list: readonly string[], tx: EntityManager): Promise<void> {
    const ids = distinct(list);
    if (!ids.length) return;
    const found = ids.every(isUuid) ? await this.groups.personsOfStructure(structureId, ids, tx) : [];
    if (found.length !== ids.length) throw new NotFoundError(ERROR_MESSAGES.personNotFound);
  }

  /** NOT_FOUND unless every id is an active supervisor, counsellor or director of the structure. */
  private async checkStaff(structureId: string, ids: readonly string[], tx: EntityManager): Promise<void> {
    if (!ids.length) return;
    const found = ids.every(isUuid) ? await this.groups.staffOfStructure(structureId, ids, tx) : [];
    if (found.length !== ids.length) throw new NotFoundError(ACTIVITY_MESSAGES.groupStaffNotFound);
  }
}

function distinct(ids: readonly string[]): string[] {
  return [...new Set(ids)];
}

function checkPeriod(startsOn: string, endsOn: string | null): void {
  if (endsOn && endsOn < startsOn)
    throw new BadUserInputError([
      {
        field: 'endsOn',
        message: `La fin du groupe (${formatIsoDateFr(endsOn)}) précède son début (${formatIsoDateFr(startsOn)}).`,
      },
    ]);
}
