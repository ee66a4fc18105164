import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { type As, type RowOf, SNAPSHOT_UUID, SqlSnapshot } from '../../database/repository';
import type { PersonEntity } from '../persons';
import type { MissionEntity } from './activity.entities';
import type { MissionDayEntity } from './mission-day.entity';

/** A day line as the grid reads it (the day as `YYYY-MM-DD` text). */
export type MissionDayCellRow = RowOf<MissionDayEntity, 'day' | 'minutes' | 'version'>;

/** A mission of the week grid with its person and its day lines within the week. */
export type MissionWeekRow = RowOf<
  MissionEntity,
  | 'id'
  | 'structureId'
  | 'personId'
  | 'hostOrganisationId'
  | 'kind'
  | 'site'
  | 'startDate'
  | 'endDate'
  | 'minutes'
  | 'tutorFeedback'
  | 'hoursStatus'
  | 'hoursReviewedAt'
  | 'hoursReviewComment'
  | 'version'
> &
  RowOf<PersonEntity, 'firstName' | 'lastName'> &
  As<'days', MissionDayCellRow[]>;

/** A mission locked for a save of its days, with what the refusals name. */
export type LockedMissionForDays = RowOf<
  MissionEntity,
  'id' | 'personId' | 'startDate' | 'endDate' | 'minutes' | 'hoursStatus' | 'hoursReviewedAt'
> &
  RowOf<PersonEntity, 'firstName' | 'lastName'> &
  As<'host_name', string> &
  As<'reviewer_name', string | null>;

/** A day line as it stands, for the version check. */
export type MissionDayLineRow = RowOf<MissionDayEntity, 'missionId' | 'day' | 'minutes' | 'version'>;

/** A host of the structure's missions with their sites. */
export type MissionHostRow = As<'id', string> & As<'name', string> & As<'sites', string[]>;

/** A mission whose minutes the save changed. */
export type RecomputedMissionRow = RowOf<MissionEntity, 'id' | 'personId' | 'startDate' | 'endDate' | 'minutes'>;
/** A disputed mission sent back to the host after its days were corrected. */
export type ReopenedMissionRow = RowOf<
  MissionEntity,
  'id' | 'personId' | 'hostOrganisationId' | 'site' | 'startDate' | 'endDate' | 'minutes'
>;

/** The SQL of mission hours day by day (docs/domain/mission-days.md, docs/adr/0011-repositories.md). */
@Injectable()
export class MissionDaysRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /**
   * The structure's missions at the host (and site) running between `from` and `to`, or the missions `ids`, by the
   * person's name, each with its person and its day lines between `from` and `to` (one statement).
   */
  @SqlSnapshot({ params: [SNAPSHOT_UUID, SNAPSHOT_UUID, 'Résidence Les Lilas', '2026-01-05', '2026-01-11', null] })
  weekRows(
    structureId: string,
    hostOrganisationId: string | null,
    site: string | null,
    from: string,
    to: string,
    ids: readonly string[] | null,
    tx: EntityManager = this.db.manager,
  ): Promise<MissionWeekRow[]> {
    return tx.query(
      `SELECT m.id, m.structure_id, m.person_id, m.host_organisation_id, m.kind, m.site,
              m.start_date::text AS start_date, m.end_date::text AS end_date, m.minutes, m.tutor_feedback,
              m.hours_status, m.hours_reviewed_at, m.hours_review_comment, m.version, p.first_name, p.last_name,
              COALESCE((SELECT json_agg(json_build_object('day', d.day::text, 'minutes', d.minutes, 'version', d.version)
                                        ORDER BY d.day)
                          FROM mission_day d
                         WHERE d.mission_id = m.id AND d.structure_id = m.structure_id AND d.day BETWEEN $4 AND $5),
                       '[]'::json) AS days
         FROM mission m JOIN person p ON p.id = m.person_id AND p.structure_id = m.structure_id
        WHERE m.structure_id = $1
          AND ($6::uuid[] IS NOT NULL OR (m.host_organisation_id = $2 AND m.start_date <= $5 AND m.end_date >= $4))
          AND ($6::uuid[] IS NULL OR m.id = ANY($6::uuid[]))
          AND ($3::varchar IS NULL OR m.site = $3)
        ORDER BY p.last_name, p.first_name, m.start_date, m.id`,
      [structureId, hostOrganisationId, site, from, to, ids ? [...ids] : null],
    );
  }

  /**
   * The host organisation's name, when the structure works with it (a partnership, ongoing or ended, or a mission
   * there); null otherwise, as for an unknown id.
   */
  @SqlSnapshot({ params: [SNAPSHOT_UUID, SNAPSHOT_UUID] })
  async hostName(
    structureId: string,
    hostOrganisationId: string,
    tx: EntityManager = this.db.manager,
  ): Promise<string | null> {
    const [row]: As<'name', string>[] = await tx.query(
      `SELECT o.name FROM partner_organisation o
        WHERE o.id = $2
          AND (EXISTS (SELECT 1 FROM partnership pa WHERE pa.structure_id = $1 AND pa.partner_organisation_id = o.id)
               OR EXISTS (SELECT 1 FROM mission m WHERE m.structure_id = $1 AND m.host_organisation_id = o.id))`,
      [structureId, hostOrganisationId],
    );
    return row?.name ?? null;
  }

  /** The hosts where the structure has missions running between `from` and `to`, with their sites (one statement). */
  @SqlSnapshot({ params: [SNAPSHOT_UUID, '2026-01-01', '2026-01-31'] })
  hosts(structureId: string, from: string, to: string, tx: EntityManager = this.db.manager): Promise<MissionHostRow[]> {
    return tx.query(
      `SELECT o.id, o.name,
              COALESCE(array_agg(DISTINCT m.site ORDER BY m.site) FILTER (WHERE m.site IS NOT NULL), '{}') AS sites
         FROM mission m JOIN partner_organisation o ON o.id = m.host_organisation_id
        WHERE m.structure_id = $1 AND m.start_date <= $3 AND m.end_date >= $2
        GROUP BY o.id, o.name
        ORDER BY o.name, o.id`,
      [structureId, from, to],
    );
  }

  /**
   * The structure's missions among `ids`, locked `FOR UPDATE` in id order (every writer of a mission's days locks it
   * first), with the person's name, the host's name and who confirmed the hours.
   */
  @SqlSnapshot({ params: [SNAPSHOT_UUID, [SNAPSHOT_UUID]] })
  lockMissions(
    structureId: string,
    ids: readonly string[],
    tx: EntityManager = this.db.manager,
  ): Promise<LockedMissionForDays[]> {
    return tx.query(
      `SELECT m.id, m.person_id, m.start_date::text AS start_date, m.end_date::text AS end_date, m.minutes,
              m.hours_status, m.hours_reviewed_at, p.first_name, p.last_name, o.name AS host_name,
              NULLIF(concat_ws(' ', u.first_name, u.last_name), '') AS reviewer_name
         FROM mission m
         JOIN person p ON p.id = m.person_id AND p.structure_id = m.structure_id
         JOIN partner_organisation o ON o.id = m.host_organisation_id
         LEFT JOIN app_user u ON u.id = m.hours_reviewed_by_id
        WHERE m.structure_id = $1 AND m.id = ANY($2::uuid[])
        ORDER BY m.id
          FOR UPDATE OF m`,
      [structureId, [...ids]],
    );
  }

  /** The day lines of the missions `ids` on the days `days` (the caller keeps the pairs it sent; one statement). */
  @SqlSnapshot({ params: [SNAPSHOT_UUID, [SNAPSHOT_UUID], ['2026-01-05']] })
  currentLines(
    structureId: string,
    ids: readonly string[],
    days: readonly string[],
    tx: EntityManager = this.db.manager,
  ): Promise<MissionDayLineRow[]> {
    return tx.query(
      `SELECT d.mission_id, d.day::text AS day, d.minutes, d.version
         FROM mission_day d
        WHERE d.structure_id = $1 AND d.mission_id = ANY($2::uuid[]) AND d.day = ANY($3::date[])`,
      [structureId, [...ids], [...days]],
    );
  }

  /**
   * Writes the lines: a new line at version 1, a changed one raised by one, the same value left as it is (no false
   * conflict for the others). The person is the mission's. One statement.
   */
  @SqlSnapshot({
    params: [SNAPSHOT_UUID, SNAPSHOT_UUID, [{ missionId: SNAPSHOT_UUID, day: '2026-01-05', minutes: 420 }]],
  })
  async upsertLines(
    structureId: string,
    userId: string,
    lines: readonly { missionId: string; day: string; minutes: number }[],
    tx: EntityManager = this.db.manager,
  ): Promise<void> {
    await tx.query(
      `INSERT INTO mission_day (structure_id, person_id, mission_id, day, minutes, created_by_id)
       SELECT m.structure_id, m.person_id, l.mission_id, l.day, l.minutes, $2
         FROM unnest($3::uuid[], $4::date[], $5::int[]) AS l(mission_id, day, minutes)
         JOIN mission m ON m.id = l.mission_id AND m.structure_id = $1
       ON CONFLICT (mission_id, day) DO UPDATE
          SET minutes = EXCLUDED.minutes, version = mission_day.version + 1, updated_at = now()
        WHERE mission_day.minutes IS DISTINCT FROM EXCLUDED.minutes`,
      [structureId, userId, lines.map((l) => l.missionId), lines.map((l) => l.day), lines.map((l) => l.minutes)],
    );
  }

  /** Removes the lines cleared in the grid (one statement). */
  @SqlSnapshot({ params: [SNAPSHOT_UUID, [{ missionId: SNAPSHOT_UUID, day: '2026-01-05' }]] })
  async deleteLines(
    structureId: string,
    lines: readonly { missionId: string; day: string }[],
    tx: EntityManager = this.db.manager,
  ): Promise<void> {
    await tx.query(
      `DELETE FROM mission_day d
        USING unnest($2::uuid[], $3::date[]) AS l(mission_id, day)
        WHERE d.structure_id = $1 AND d.mission_id = l.mission_id AND d.day = l.day`,
      [structureId, lines.map((l) => l.missionId), lines.map((l) => l.day)],
    );
  }

  /**
   * `mission.minutes` = the sum of its day lines, for the missions among `ids` that have day lines and whose total
   * changed (a mission without day lines keeps its own total): those missions, as they now stand. One statement.
   */
  @SqlSnapshot({ params: [SNAPSHOT_UUID, [SNAPSHOT_UUID]] })
  async recomputeMinutes(
    structureId: string,
    ids: readonly string[],
    tx: EntityManager = this.db.manager,
  ): Promise<RecomputedMissionRow[]> {
    const [rows]: [RecomputedMissionRow[], number] = await tx.query(
      `UPDATE mission m SET minutes = d.total, version = m.version + 1, updated_at = now()
         FROM (SELECT mission_id, sum(minutes)::int AS total FROM mission_day
                WHERE structure_id = $1 AND mission_id = ANY($2::uuid[])
                GROUP BY mission_id) d
        WHERE m.id = d.mission_id AND m.structure_id = $1 AND m.minutes <> d.total
       RETURNING m.id, m.person_id, m.start_date::text AS start_date, m.end_date::text AS end_date, m.minutes`,
      [structureId, [...ids]],
    );
    return rows;
  }

  /**
   * Missions among `ids` whose hours the host disputed go back to « à confirmer » (PENDING, review cleared): their days
   * have just been corrected, and the host is asked again — as a correction of the whole mission does. One statement.
   */
  @SqlSnapshot({ params: [SNAPSHOT_UUID, [SNAPSHOT_UUID]] })
  async reopenDisputed(
    structureId: string,
    ids: readonly string[],
    tx: EntityManager = this.db.manager,
  ): Promise<ReopenedMissionRow[]> {
    const [rows]: [ReopenedMissionRow[], number] = await tx.query(
      `UPDATE mission m SET hours_status = 'PENDING', hours_reviewed_at = NULL, hours_reviewed_by_id = NULL,
              hours_review_comment = NULL, version = m.version + 1, updated_at = now()
        WHERE m.structure_id = $1 AND m.id = ANY($2::uuid[]) AND m.hours_status = 'DISPUTED'
       RETURNING m.id, m.person_id, m.host_organisation_id, m.site, m.start_date::text AS start_date,
                 m.end_date::text AS end_date, m.minutes`,
      [structureId, [...ids]],
    );
    return rows;
  }
}
