import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { In, type DataSource, type EntityManager } from 'typeorm';
import { STRUCTURE_ROLES } from '@tremplin/domain';
import { type As, groupByKey, SNAPSHOT_UUID, SqlSnapshot } from '../../database/repository';
import { CollectiveSessionEntity } from './activity.entities';
import type { NewCollectiveSession } from './sessions.repository';
import { TrainingGroupEntity } from './training-groups.entities';

/** A person as a group or a sheet shows them (`SessionAttendee`). */
export interface GroupPerson {
  id: string;
  firstName: string;
  lastName: string;
}

/** A person of a week's grid, with whether they are a member of the group. */
export type WeekPerson = GroupPerson & { member: boolean };

type KeyedPerson = GroupPerson & As<'key', string>;

/** The values of a new group. */
export type NewGroup = Pick<TrainingGroupEntity, 'structureId' | 'name' | 'startsOn' | 'endsOn' | 'createdById'>;

/**
 * The SQL of training groups, their members and supervisors, series of sessions and the week grid
 * (docs/domain/attendance-groups.md). `supervisorId`: a technical supervisor's own id, which limits what is read to the
 * groups assigned to them; null for the other roles.
 */
@Injectable()
export class TrainingGroupsRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** The structure's groups (the supervisor's only), latest start first, then by name. */
  @SqlSnapshot({ params: [SNAPSHOT_UUID, SNAPSHOT_UUID] })
  list(
    structureId: string,
    supervisorId: string | null,
    tx: EntityManager = this.db.manager,
  ): Promise<TrainingGroupEntity[]> {
    return this.scoped(structureId, supervisorId, tx)
      .orderBy('g.startsOn', 'DESC')
      .addOrderBy('g.name', 'ASC')
      .addOrderBy('g.id', 'ASC')
      .getMany();
  }

  /** Groups by id, in the order of `ids` (null where none, or not the supervisor's). */
  @SqlSnapshot({ params: [SNAPSHOT_UUID, [SNAPSHOT_UUID], SNAPSHOT_UUID] })
  async byIds(
    structureId: string,
    ids: readonly string[],
    supervisorId: string | null,
    tx: EntityManager = this.db.manager,
  ): Promise<(TrainingGroupEntity | null)[]> {
    const rows = await this.scoped(structureId, supervisorId, tx)
      .andWhere('g.id = ANY(:ids)', { ids: [...ids] })
      .getMany();
    const byId = new Map(rows.map((r) => [r.id, r]));
    return ids.map((id) => byId.get(id) ?? null);
  }

  private scoped(structureId: string, supervisorId: string | null, tx: EntityManager) {
    const qb = tx
      .getRepository(TrainingGroupEntity)
      .createQueryBuilder('g')
      .where('g.structureId = :structureId', { structureId });
    if (supervisorId)
      qb.andWhere(
        'EXISTS (SELECT 1 FROM training_group_supervisor gs WHERE gs.group_id = g.id AND gs.structure_id = g.structure_id AND gs.user_id = :supervisorId)',
        { supervisorId },
      );
    return qb;
  }

  /** The group, locked `FOR UPDATE`: every change of a group (fields, members, supervisors) takes it first. */
  @SqlSnapshot({ params: [SNAPSHOT_UUID, SNAPSHOT_UUID] })
  lock(structureId: string, id: string, tx: EntityManager = this.db.manager): Promise<TrainingGroupEntity | null> {
    return tx
      .getRepository(TrainingGroupEntity)
      .createQueryBuilder('g')
      .where('g.id = :id AND g.structureId = :structureId', { id, structureId })
      .setLock('pessimistic_write')
      .getOne();
  }

  @SqlSnapshot({
    params: [
      { structureId: SNAPSHOT_UUID, name: 'Promotion', startsOn: '2026-01-05', endsOn: null, createdById: null },
    ],
  })
  insert(values: NewGroup, tx: EntityManager = this.db.manager): Promise<TrainingGroupEntity> {
    const repo = tx.getRepository(TrainingGroupEntity);
    return repo.save(repo.create(values));
  }

  /** Writes the group's fields and raises its version (whatever changed: another editor's form is then stale). */
  @SqlSnapshot({ params: [SNAPSHOT_UUID, { name: 'Promotion', startsOn: '2026-01-05', endsOn: null }] })
  async update(
    id: string,
    fields: Pick<TrainingGroupEntity, 'name' | 'startsOn' | 'endsOn'>,
    tx: EntityManager = this.db.manager,
  ): Promise<void> {
    await tx
      .getRepository(TrainingGroupEntity)
      .createQueryBuilder()
      .update()
      .set({ ...fields, version: () => 'version + 1', updatedAt: () => 'now()' })
      .where('id = :id', { id })
      .execute();
  }

  /** Which of these persons are of the structure (one statement). */
  @SqlSnapshot({ params: [SNAPSHOT_UUID, [SNAPSHOT_UUID]] })
  async personsOfStructure(
    structureId: string,
    ids: readonly string[],
    tx: EntityManager = this.db.manager,
  ): Promise<string[]> {
    const rows: As<'id', string>[] = await tx.query(
      `SELECT p.id FROM person p WHERE p.structure_id = $1 AND p.id = ANY($2::uuid[])`,
      [structureId, [...ids]],
    );
    return rows.map((r) => r.id);
  }

  /** Which of these users are active staff of the structure (supervisor, counsellor, director) (one statement). */
  @SqlSnapshot({ params: [SNAPSHOT_UUID, [SNAPSHOT_UUID]] })
  async staffOfStructure(
    structureId: string,
    ids: readonly string[],
    tx: EntityManager = this.db.manager,
  ): Promise<string[]> {
    const rows: As<'id', string>[] = await tx.query(
      `SELECT u.id FROM app_user u
        WHERE u.structure_id = $1 AND u.id = ANY($2::uuid[]) AND u.active AND u.role::text = ANY($3::text[])`,
      [structureId, [...ids], [...STRUCTURE_ROLES]],
    );
    return rows.map((r) => r.id);
  }

  /** Adds members (those already in stay), removes others, and returns the number of members then (one statement). */
  @SqlSnapshot({ params: [SNAPSHOT_UUID, SNAPSHOT_UUID, SNAPSHOT_UUID, [SNAPSHOT_UUID], [SNAPSHOT_UUID]] })
  async changeMembers(
    structureId: string,
    groupId: string,
    userId: string | null,
    add: readonly string[],
    remove: readonly string[],
    tx: EntityManager = this.db.manager,
  ): Promise<number> {
    const [row]: As<'count', number>[] = await tx.query(
      `WITH removed AS (
         DELETE FROM training_group_member m
          WHERE m.structure_id = $1 AND m.group_id = $2 AND m.person_id = ANY($5::uuid[])
          RETURNING m.person_id),
       added AS (
         INSERT INTO training_group_member (structure_id, group_id, person_id, created_by_id)
         SELECT $1, $2, a.person_id, $3 FROM unnest($4::uuid[]) AS a(person_id)
         ON CONFLICT (group_id, person_id) DO NOTHING
         RETURNING person_id)
       SELECT ((SELECT count(*) FROM training_group_member m WHERE m.structure_id = $1 AND m.group_id = $2)
               - (SELECT count(*) FROM removed) + (SELECT count(*) FROM added))::int AS count`,
      [structureId, groupId, userId, [...add], [...remove]],
    );
    return row?.count ?? 0;
  }

  /** The group's supervisors become exactly these users (one statement). */
  @SqlSnapshot({ params: [SNAPSHOT_UUID, SNAPSHOT_UUID, [SNAPSHOT_UUID]] })
  async setSupervisors(
    structureId: string,
    groupId: string,
    userIds: readonly string[],
    tx: EntityManager = this.db.manager,
  ): Promise<void> {
    await tx.query(
      `WITH removed AS (
         DELETE FROM training_group_supervisor s
          WHERE s.structure_id = $1 AND s.group_id = $2 AND NOT (s.user_id = ANY($3::uuid[])))
       INSERT INTO training_group_supervisor (structure_id, group_id, user_id)
       SELECT $1, $2, u.user_id FROM unnest($3::uuid[]) AS u(user_id)
       ON CONFLICT (group_id, user_id) DO NOTHING`,
      [structureId, groupId, [...userIds]],
    );
  }

  /** Each group's members, by name (one statement). */
  @SqlSnapshot({ params: [SNAPSHOT_UUID, [SNAPSHOT_UUID]] })
  async membersByGroups(
    structureId: string,
    groupIds: readonly string[],
    tx: EntityManager = this.db.manager,
  ): Promise<GroupPerson[][]> {
    const rows: KeyedPerson[] = await tx.query(
      `SELECT m.group_id AS key, p.id, p.first_name AS "firstName", p.last_name AS "lastName"
         FROM training_group_member m
         JOIN person p ON p.id = m.person_id AND p.structure_id = m.structure_id
        WHERE m.structure_id = $1 AND m.group_id = ANY($2::uuid[])
        ORDER BY p.sort_key, p.id`,
      [structureId, [...groupIds]],
    );
    return groupByKey(groupIds, rows, (r) => r.key).map((list) => list.map(person));
  }

  /** Each group's number of members (one statement). */
  @SqlSnapshot({ params: [SNAPSHOT_UUID, [SNAPSHOT_UUID]] })
  async memberCountsByGroups(
    structureId: string,
    groupIds: readonly string[],
    tx: EntityManager = this.db.manager,
  ): Promise<number[]> {
    const rows: (As<'group_id', string> & As<'count', number>)[] = await tx.query(
      `SELECT m.group_id, count(*)::int AS count FROM training_group_member m
        WHERE m.structure_id = $1 AND m.group_id = ANY($2::uuid[])
        GROUP BY m.group_id`,
      [structureId, [...groupIds]],
    );
    const byId = new Map(rows.map((r) => [r.group_id, r.count]));
    return groupIds.map((id) => byId.get(id) ?? 0);
  }

  /** Each group's supervisors, by name (one statement). */
  @SqlSnapshot({ params: [SNAPSHOT_UUID, [SNAPSHOT_UUID]] })
  async supervisorsByGroups(
    structureId: string,
    groupIds: readonly string[],
    tx: EntityManager = this.db.manager,
  ): Promise<GroupPerson[][]> {
    const rows: KeyedPerson[] = await tx.query(
      `SELECT s.group_id AS key, u.id, u.first_name AS "firstName", u.last_name AS "lastName"
         FROM training_group_supervisor s
         JOIN app_user u ON u.id = s.user_id
        WHERE s.structure_id = $1 AND s.group_id = ANY($2::uuid[])
        ORDER BY lower(u.last_name), lower(u.first_name), u.id`,
      [structureId, [...groupIds]],
    );
    return groupByKey(groupIds, rows, (r) => r.key).map((list) => list.map(person));
  }

  /**
   * The persons each session's sheet starts with: its group's members and anyone with a line on it, by name (one
   * statement).
   */
  @SqlSnapshot({ params: [SNAPSHOT_UUID, [SNAPSHOT_UUID]] })
  async rostersBySessions(
    structureId: string,
    sessionIds: readonly string[],
    tx: EntityManager = this.db.manager,
  ): Promise<GroupPerson[][]> {
    const rows: KeyedPerson[] = await tx.query(
      `WITH r AS (
         SELECT s.id AS session_id, m.person_id
           FROM collective_session s
           JOIN training_group_member m ON m.group_id = s.group_id AND m.structure_id = s.structure_id
          WHERE s.structure_id = $1 AND s.id = ANY($2::uuid[])
         UNION
         SELECT a.session_id, a.person_id
           FROM session_attendance a
          WHERE a.structure_id = $1 AND a.session_id = ANY($2::uuid[]))
       SELECT r.session_id AS key, p.id, p.first_name AS "firstName", p.last_name AS "lastName"
         FROM r JOIN person p ON p.id = r.person_id AND p.structure_id = $1
        ORDER BY p.sort_key, p.id`,
      [structureId, [...sessionIds]],
    );
    return groupByKey(sessionIds, rows, (r) => r.key).map((list) => list.map(person));
  }

  /** Inserts the sessions of a series and returns them by date (two statements). */
  @SqlSnapshot({
    params: [
      [
        {
          structureId: SNAPSHOT_UUID,
          createdById: null,
          kind: 'TRAINING',
          title: 'Session',
          trainingBody: 'Organisme',
          sessionDate: '2026-01-05',
          plannedMinutes: 420,
          certificationBlockId: null,
          groupId: SNAPSHOT_UUID,
        },
      ],
    ],
  })
  async insertSessions(values: readonly NewCollectiveSession[], tx: EntityManager = this.db.manager) {
    const repo = tx.getRepository(CollectiveSessionEntity);
    const { identifiers } = await repo.insert(values.map((v) => ({ ...v })));
    const ids = identifiers.map((i) => i.id as string);
    return repo.find({ where: { id: In(ids) }, order: { sessionDate: 'ASC', title: 'ASC', id: 'ASC' } });
  }

  /** The group's sessions dated within [from, to], by date then title (one statement). */
  @SqlSnapshot({ params: [SNAPSHOT_UUID, SNAPSHOT_UUID, '2026-01-05', '2026-01-11'] })
  weekSessions(
    structureId: string,
    groupId: string,
    from: string,
    to: string,
    tx: EntityManager = this.db.manager,
  ): Promise<CollectiveSessionEntity[]> {
    return tx
      .getRepository(CollectiveSessionEntity)
      .createQueryBuilder('s')
      .where('s.structureId = :structureId AND s.groupId = :groupId', { structureId, groupId })
      .andWhere('s.sessionDate BETWEEN :from AND :to', { from, to })
      .orderBy('s.sessionDate', 'ASC')
      .addOrderBy('s.title', 'ASC')
      .addOrderBy('s.id', 'ASC')
      .getMany();
  }

  /** The rows of a week's grid: the group's members and anyone with a line on these sessions, by name (one statement). */
  @SqlSnapshot({ params: [SNAPSHOT_UUID, SNAPSHOT_UUID, [SNAPSHOT_UUID]] })
  async weekPersons(
    structureId: string,
    groupId: string,
    sessionIds: readonly string[],
    tx: EntityManager = this.db.manager,
  ): Promise<WeekPerson[]> {
    return tx.query(
      `WITH r AS (
         SELECT m.person_id, true AS member FROM training_group_member m
          WHERE m.structure_id = $1 AND m.group_id = $2
         UNION ALL
         SELECT DISTINCT a.person_id, false FROM session_attendance a
          WHERE a.structure_id = $1 AND a.session_id = ANY($3::uuid[])),
       persons AS (SELECT r.person_id, bool_or(r.member) AS member FROM r GROUP BY r.person_id)
       SELECT p.id, p.first_name AS "firstName", p.last_name AS "lastName", x.member
         FROM persons x JOIN person p ON p.id = x.person_id AND p.structure_id = $1
        ORDER BY p.sort_key, p.id`,
      [structureId, groupId, [...sessionIds]],
    );
  }

  /**
   * The sessions, locked `FOR UPDATE` in id order (every writer of a sheet locks its session first), with whether
   * each belongs to a group assigned to `supervisorId` (true for everyone when null) (one statement).
   */
  @SqlSnapshot({ params: [SNAPSHOT_UUID, [SNAPSHOT_UUID], SNAPSHOT_UUID] })
  async lockSessions(
    structureId: string,
    ids: readonly string[],
    supervisorId: string | null,
    tx: EntityManager = this.db.manager,
  ): Promise<CollectiveSessionEntity[]> {
    const qb = tx
      .getRepository(CollectiveSessionEntity)
      .createQueryBuilder('s')
      .where('s.structureId = :structureId AND s.id = ANY(:ids)', { structureId, ids: [...ids] });
    if (supervisorId)
      qb.andWhere(
        'EXISTS (SELECT 1 FROM training_group_supervisor gs WHERE gs.group_id = s.group_id AND gs.structure_id = s.structure_id AND gs.user_id = :supervisorId)',
        { supervisorId },
      );
    return qb.orderBy('s.id', 'ASC').setLock('pessimistic_write').getMany();
  }
}

function person(r: GroupPerson): GroupPerson {
  return { id: r.id, firstName: r.firstName, lastName: r.lastName };
}
