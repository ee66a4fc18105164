import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import type { ExistingAllocation } from '@tremplin/domain';
import { partnerVisibleProposalSql } from '../../core/access/partner-visibility';
import { type As, type RowOf, SNAPSHOT_UUID, SqlSnapshot } from '../../database/repository';
import type { PersonEntity } from '../persons';
import { MissionEntity } from './activity.entities';
import type { PersonIdentity } from '@tremplin/domain';

/** A mission of the host, as locked for its review. */
export type LockedPortalMission = RowOf<
  MissionEntity,
  'id' | 'version' | 'hoursStatus' | 'startDate' | 'endDate' | 'minutes'
>;

/** A mission row as the portal reads it (joined with its structure). */
export type PortalMissionRow = RowOf<
  MissionEntity,
  | 'id'
  | 'structureId'
  | 'personId'
  | 'kind'
  | 'site'
  | 'startDate'
  | 'endDate'
  | 'minutes'
  | 'hoursStatus'
  | 'hoursReviewComment'
  | 'hoursReviewedAt'
  | 'version'
> &
  As<'structure_name', string>;

/** What a corrected mission's hours may not leave: the agreements charged, their periods and quantities. */
export type MissionAllocationRow = ExistingAllocation & { startDate: string; endDate: string };

export type DisputeNamesRow = RowOf<PersonEntity, 'firstName' | 'lastName'> &
  As<'organisation', string> &
  RowOf<MissionEntity, 'createdById'>;

export type VisibleNameRow = RowOf<PersonEntity, 'id' | 'firstName' | 'lastName'> &
  // proposal.share_full_name (typed here: activities sit below proposals, ADR 0012)
  As<'share_full_name', boolean>;

const PORTAL_MISSION_COLUMNS = `m.id, m.structure_id, m.person_id, s.name AS structure_name, m.kind, m.site,
  m.start_date::text AS start_date, m.end_date::text AS end_date, m.minutes, m.hours_status, m.hours_review_comment,
  m.hours_reviewed_at, m.version`;

/** The SQL of the host's review of mission hours (docs/adr/0011-repositories.md). */
@Injectable()
export class MissionHoursRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** The structure's mission, locked `FOR UPDATE`. */
  @SqlSnapshot({ params: [SNAPSHOT_UUID, SNAPSHOT_UUID] })
  lockMission(structureId: string, id: string, tx: EntityManager = this.db.manager): Promise<MissionEntity | null> {
    return tx
      .getRepository(MissionEntity)
      .createQueryBuilder('m')
      .where('m.id = :id AND m.structureId = :structureId', { id, structureId })
      .setLock('pessimistic_write')
      .getOne();
  }

  @SqlSnapshot({ params: [SNAPSHOT_UUID, SNAPSHOT_UUID] })
  findMission(structureId: string, id: string, tx: EntityManager = this.db.manager): Promise<MissionEntity> {
    return tx.getRepository(MissionEntity).findOneByOrFail({ id, structureId });
  }

  /** The corrected dates and hours, the review started again, at the version read: the ids updated (none: stale). */
  @SqlSnapshot({
    params: [
      SNAPSHOT_UUID,
      SNAPSHOT_UUID,
      { startDate: '2026-01-01', endDate: '2026-01-02', minutes: 60 },
      'PENDING',
      1,
    ],
  })
  async correctHours(
    structureId: string,
    id: string,
    hours: { startDate: string; endDate: string; minutes: number },
    status: string,
    version: number,
    tx: EntityManager = this.db.manager,
  ): Promise<RowOf<MissionEntity, 'id'>[]> {
    const [rows]: [RowOf<MissionEntity, 'id'>[], number] = await tx.query(
      `UPDATE mission SET start_date = $3, end_date = $4, minutes = $5, hours_status = $6, hours_reviewed_at = NULL,
              hours_reviewed_by_id = NULL, hours_review_comment = NULL, version = version + 1, updated_at = now()
        WHERE id = $1 AND structure_id = $2 AND version = $7
       RETURNING id`,
      [id, structureId, hours.startDate, hours.endDate, hours.minutes, status, version],
    );
    return rows;
  }

  /** The structure's name. */
  @SqlSnapshot({ params: [SNAPSHOT_UUID] })
  async structureName(structureId: string, tx: EntityManager = this.db.manager): Promise<string | null> {
    const [org]: As<'name', string>[] = await tx.query(`SELECT name FROM structure WHERE id = $1`, [structureId]);
    return org?.name ?? null;
  }

  /** What a comment may not mention of the person. */
  @SqlSnapshot({ params: [SNAPSHOT_UUID, SNAPSHOT_UUID] })
  async personIdentity(
    structureId: string,
    personId: string,
    tx: EntityManager = this.db.manager,
  ): Promise<PersonIdentity | null> {
    const [person]: PersonIdentity[] = await tx.query(
      `SELECT first_name AS "firstName", last_name AS "lastName", email, phone FROM person
        WHERE id = $1 AND structure_id = $2`,
      [personId, structureId],
    );
    return person ?? null;
  }

  /** What each agreement charges of the mission, with its period (one statement). */
  @SqlSnapshot({ params: [SNAPSHOT_UUID, SNAPSHOT_UUID] })
  allocationsOfMission(
    structureId: string,
    missionId: string,
    tx: EntityManager = this.db.manager,
  ): Promise<MissionAllocationRow[]> {
    return tx.query(
      `SELECT ag.id AS "agreementId", ag.reference AS "agreementReference", sum(fa.quantity)::int AS quantity,
              ag.start_date::text AS "startDate", ag.end_date::text AS "endDate"
         FROM funding_allocation fa
         JOIN funding_agreement ag ON ag.id = fa.agreement_id AND ag.structure_id = fa.structure_id
        WHERE fa.structure_id = $1 AND fa.mission_id = $2
        GROUP BY ag.id, ag.reference, ag.start_date, ag.end_date
        ORDER BY ag.reference`,
      [structureId, missionId],
    );
  }

  /** What each agreement charges of each of the missions `ids`, with its period (one statement). */
  @SqlSnapshot({ params: [SNAPSHOT_UUID, [SNAPSHOT_UUID]] })
  allocationsOfMissions(
    structureId: string,
    missionIds: readonly string[],
    tx: EntityManager = this.db.manager,
  ): Promise<(MissionAllocationRow & As<'missionId', string>)[]> {
    return tx.query(
      `SELECT fa.mission_id AS "missionId", ag.id AS "agreementId", ag.reference AS "agreementReference",
              sum(fa.quantity)::int AS quantity, ag.start_date::text AS "startDate", ag.end_date::text AS "endDate"
         FROM funding_allocation fa
         JOIN funding_agreement ag ON ag.id = fa.agreement_id AND ag.structure_id = fa.structure_id
        WHERE fa.structure_id = $1 AND fa.mission_id = ANY($2::uuid[])
        GROUP BY fa.mission_id, ag.id, ag.reference, ag.start_date, ag.end_date
        ORDER BY fa.mission_id, ag.reference`,
      [structureId, [...missionIds]],
    );
  }

  /** The mission's day lines in short: how many, their total, the first and last day (count 0: none). */
  @SqlSnapshot({ params: [SNAPSHOT_UUID, SNAPSHOT_UUID] })
  async daysSummary(
    structureId: string,
    missionId: string,
    tx: EntityManager = this.db.manager,
  ): Promise<{ count: number; total: number; first: string | null; last: string | null }> {
    const [row]: { count: number; total: number; first: string | null; last: string | null }[] = await tx.query(
      `SELECT count(*)::int AS count, coalesce(sum(minutes), 0)::int AS total, min(day)::text AS first,
              max(day)::text AS last
         FROM mission_day WHERE structure_id = $1 AND mission_id = $2`,
      [structureId, missionId],
    );
    return row;
  }

  /** The minutes of the missions `ids` by calendar month (`YYYY-MM`), from their day lines (one statement). */
  @SqlSnapshot({ params: [[SNAPSHOT_UUID]] })
  monthsOfMissions(
    missionIds: readonly string[],
    tx: EntityManager = this.db.manager,
  ): Promise<(As<'mission_id', string> & As<'month', string> & As<'minutes', number>)[]> {
    return tx.query(
      `SELECT d.mission_id, to_char(d.day, 'YYYY-MM') AS month, sum(d.minutes)::int AS minutes
         FROM mission_day d
        WHERE d.mission_id = ANY($1::uuid[])
        GROUP BY d.mission_id, to_char(d.day, 'YYYY-MM')
        ORDER BY d.mission_id, month`,
      [[...missionIds]],
    );
  }

  /** A page of the missions done at the organisation, latest first, with the total count. */
  @SqlSnapshot({ params: [SNAPSHOT_UUID, ['PENDING'], 50, 0] })
  portalPage(
    partnerOrganisationId: string,
    statuses: readonly string[] | null,
    first: number,
    offset: number,
    tx: EntityManager = this.db.manager,
  ): Promise<(PortalMissionRow & As<'total', number>)[]> {
    return tx.query(
      `SELECT ${PORTAL_MISSION_COLUMNS}, count(*) OVER ()::int AS total
         FROM mission m JOIN structure s ON s.id = m.structure_id
        WHERE m.host_organisation_id = $1 AND ($2::varchar[] IS NULL OR m.hours_status = ANY($2::varchar[]))
        ORDER BY m.start_date DESC, m.created_at DESC, m.id
        LIMIT $3 OFFSET $4`,
      [partnerOrganisationId, statuses ? [...statuses] : null, first, offset],
    );
  }

  /** How many missions done at the organisation (with these statuses). */
  @SqlSnapshot({ params: [SNAPSHOT_UUID, ['PENDING']] })
  async portalCount(
    partnerOrganisationId: string,
    statuses: readonly string[] | null,
    tx: EntityManager = this.db.manager,
  ): Promise<number> {
    const [{ n }]: As<'n', number>[] = await tx.query(
      `SELECT count(*)::int AS n FROM mission m
        WHERE m.host_organisation_id = $1 AND ($2::varchar[] IS NULL OR m.hours_status = ANY($2::varchar[]))`,
      [partnerOrganisationId, statuses ? [...statuses] : null],
    );
    return n;
  }

  /** The organisation's missions among `ids`, locked in id order. */
  @SqlSnapshot({ params: [SNAPSHOT_UUID, [SNAPSHOT_UUID]] })
  lockPortalMissions(
    partnerOrganisationId: string,
    ids: readonly string[],
    tx: EntityManager = this.db.manager,
  ): Promise<LockedPortalMission[]> {
    return tx.query(
      `SELECT m.id, m.version, m.hours_status, m.start_date::text AS start_date, m.end_date::text AS end_date, m.minutes
         FROM mission m
        WHERE m.id = ANY($1::uuid[]) AND m.host_organisation_id = $2
        ORDER BY m.id FOR UPDATE`,
      [[...ids], partnerOrganisationId],
    );
  }

  /** The reviewer's decision on the organisation's missions `ids`: the missions as the portal reads them. */
  @SqlSnapshot({ params: [SNAPSHOT_UUID, [SNAPSHOT_UUID], 'CONFIRMED', SNAPSHOT_UUID, null] })
  async reviewHours(
    partnerOrganisationId: string,
    ids: readonly string[],
    status: string,
    reviewerId: string,
    comment: string | null,
    tx: EntityManager = this.db.manager,
  ): Promise<PortalMissionRow[]> {
    const [updated]: [PortalMissionRow[], number] = await tx.query(
      `UPDATE mission m SET hours_status = $3, hours_reviewed_at = now(), hours_reviewed_by_id = $4,
              hours_review_comment = $5, version = m.version + 1, updated_at = now()
         FROM structure s
        WHERE s.id = m.structure_id AND m.id = ANY($1::uuid[]) AND m.host_organisation_id = $2
       RETURNING ${PORTAL_MISSION_COLUMNS}`,
      [[...ids], partnerOrganisationId, status, reviewerId, comment],
    );
    return updated;
  }

  /** The reviewer's decision on one mission of the organisation: the mission as the portal reads it. */
  @SqlSnapshot({ params: [SNAPSHOT_UUID, SNAPSHOT_UUID, 'DISPUTED', SNAPSHOT_UUID, 'Motif'] })
  async reviewOne(
    partnerOrganisationId: string,
    id: string,
    status: string,
    reviewerId: string,
    comment: string | null,
    tx: EntityManager = this.db.manager,
  ): Promise<PortalMissionRow[]> {
    const [updated]: [PortalMissionRow[], number] = await tx.query(
      `UPDATE mission m SET hours_status = $3, hours_reviewed_at = now(), hours_reviewed_by_id = $4,
              hours_review_comment = $5, version = m.version + 1, updated_at = now()
         FROM structure s
        WHERE s.id = m.structure_id AND m.id = $1 AND m.host_organisation_id = $2
       RETURNING ${PORTAL_MISSION_COLUMNS}`,
      [id, partnerOrganisationId, status, reviewerId, comment],
    );
    return updated;
  }

  /** The trainee's name, the host's name and the mission's author, for the dispute's notification. */
  @SqlSnapshot({ params: [SNAPSHOT_UUID] })
  async disputeNames(missionId: string, tx: EntityManager = this.db.manager): Promise<DisputeNamesRow> {
    const [names]: DisputeNamesRow[] = await tx.query(
      `SELECT p.first_name, p.last_name, o.name AS organisation, m.created_by_id
         FROM mission m JOIN person p ON p.id = m.person_id AND p.structure_id = m.structure_id
         JOIN partner_organisation o ON o.id = m.host_organisation_id
        WHERE m.id = $1`,
      [missionId],
    );
    return names;
  }

  /** The names of these persons as their latest proposal visible to the organisation lets them be shown. */
  @SqlSnapshot({ params: [SNAPSHOT_UUID, [SNAPSHOT_UUID]] })
  visibleNames(
    partnerOrganisationId: string,
    personIds: readonly string[],
    tx: EntityManager = this.db.manager,
  ): Promise<VisibleNameRow[]> {
    return tx.query(
      `SELECT DISTINCT ON (p.id) p.id, p.first_name, p.last_name, pr.share_full_name
         FROM person p JOIN proposal pr ON pr.person_id = p.id AND pr.structure_id = p.structure_id
        WHERE p.id = ANY($2::uuid[]) AND ${partnerVisibleProposalSql('$1')}
        ORDER BY p.id, pr.proposed_at DESC`,
      [partnerOrganisationId, [...personIds]],
    );
  }
}
