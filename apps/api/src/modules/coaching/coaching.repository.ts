import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { type DataSource, type EntityManager, In } from 'typeorm';
import { COACHING_ALERT_DEFAULT_DAYS, CoachingContactStatus } from '@tremplin/domain';
import { groupByKey, SNAPSHOT_UUID, SqlSnapshot } from '../../database/repository';
import { MissionEntity } from '../activities';
import { CoachingContactEntity } from './coaching.entities';

/** A mission as coaching reads it, locked for a change of its coach or a contact on it. */
export interface CoachingMissionRow {
  id: string;
  structureId: string;
  personId: string;
  hostOrganisationId: string;
  coachId: string | null;
  version: number;
  startDate: string;
  endDate: string;
}

/** An employer's request for a mediation, as its portal reads it (nothing of the person). */
export interface PortalMediationRow {
  id: string;
  missionId: string;
  status: string;
  requestMessage: string;
  requestedAt: Date;
  occurredOn: string | null;
}

/** The mission of the portal's organisation a request is made on, with whom to notify. */
export interface PortalCoachingMissionRow {
  id: string;
  structureId: string;
  personId: string;
  /** The coach, when named and still active. */
  activeCoachId: string | null;
  startDate: string;
  endDate: string;
  site: string | null;
  organisation: string;
}

type NewContact = Pick<
  CoachingContactEntity,
  | 'structureId'
  | 'personId'
  | 'missionId'
  | 'createdById'
  | 'kind'
  | 'status'
  | 'occurredOn'
  | 'note'
  | 'confidential'
  | 'authorId'
  | 'requestMessage'
  | 'requestedAt'
>;

const MISSION_COLUMNS = `id, structure_id AS "structureId", person_id AS "personId",
  host_organisation_id AS "hostOrganisationId", coach_id AS "coachId", version, start_date::text AS "startDate",
  end_date::text AS "endDate"`;

/** The SQL of job coaching (docs/domain/coaching.md, docs/adr/0011-repositories.md). */
@Injectable()
export class CoachingRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** The structure's mission, locked `FOR UPDATE`; null for an unknown id or another structure's. */
  @SqlSnapshot({ params: [SNAPSHOT_UUID, SNAPSHOT_UUID] })
  async lockMission(
    structureId: string,
    missionId: string,
    tx: EntityManager = this.db.manager,
  ): Promise<CoachingMissionRow | null> {
    const [row]: CoachingMissionRow[] = await tx.query(
      `SELECT ${MISSION_COLUMNS} FROM mission WHERE id = $2 AND structure_id = $1 FOR UPDATE`,
      [structureId, missionId],
    );
    return row ?? null;
  }

  /** Names the mission's coach at the version read: no row when the version moved meanwhile. */
  @SqlSnapshot({ params: [SNAPSHOT_UUID, SNAPSHOT_UUID, null, 1] })
  async setCoach(
    structureId: string,
    missionId: string,
    coachId: string | null,
    version: number,
    tx: EntityManager = this.db.manager,
  ): Promise<{ id: string }[]> {
    const [rows]: [{ id: string }[], number] = await tx.query(
      `UPDATE mission SET coach_id = $3, version = version + 1, updated_at = now()
        WHERE id = $2 AND structure_id = $1 AND version = $4 RETURNING id`,
      [structureId, missionId, coachId, version],
    );
    return rows;
  }

  @SqlSnapshot({
    params: [
      {
        structureId: SNAPSHOT_UUID,
        personId: SNAPSHOT_UUID,
        missionId: SNAPSHOT_UUID,
        createdById: null,
        kind: 'VISIT',
        status: 'DONE',
        occurredOn: '2026-01-15',
        note: null,
        confidential: false,
        authorId: null,
        requestMessage: null,
        requestedAt: null,
      },
    ],
  })
  insertContact(values: NewContact, tx: EntityManager = this.db.manager): Promise<CoachingContactEntity> {
    const repo = tx.getRepository(CoachingContactEntity);
    return repo.save(repo.create(values));
  }

  /** A request of the structure still open on `missionId`, locked `FOR UPDATE`; null otherwise. */
  @SqlSnapshot({ params: [SNAPSHOT_UUID, SNAPSHOT_UUID, SNAPSHOT_UUID] })
  async lockOpenRequest(
    structureId: string,
    missionId: string,
    id: string,
    tx: EntityManager = this.db.manager,
  ): Promise<{ id: string } | null> {
    const [row]: { id: string }[] = await tx.query(
      `SELECT id FROM coaching_contact
        WHERE id = $3 AND structure_id = $1 AND mission_id = $2 AND status = '${CoachingContactStatus.REQUESTED}'
        FOR UPDATE`,
      [structureId, missionId, id],
    );
    return row ?? null;
  }

  /** The coach's record of a requested mediation: the request is closed (DONE) with the contact's date and note. */
  @SqlSnapshot({ params: [SNAPSHOT_UUID, SNAPSHOT_UUID, '2026-01-15', null, false, SNAPSHOT_UUID] })
  async closeRequest(
    structureId: string,
    id: string,
    occurredOn: string,
    note: string | null,
    confidential: boolean,
    authorId: string,
    tx: EntityManager = this.db.manager,
  ): Promise<void> {
    await tx.query(
      `UPDATE coaching_contact
          SET status = '${CoachingContactStatus.DONE}', occurred_on = $3, note = $4, confidential = $5, author_id = $6,
              version = version + 1, updated_at = now()
        WHERE id = $2 AND structure_id = $1`,
      [structureId, id, occurredOn, note, confidential, authorId],
    );
  }

  @SqlSnapshot({ params: [SNAPSHOT_UUID, SNAPSHOT_UUID] })
  findContact(structureId: string, id: string, tx: EntityManager = this.db.manager): Promise<CoachingContactEntity> {
    return tx.getRepository(CoachingContactEntity).findOneByOrFail({ structureId, id });
  }

  /**
   * The contacts of each mission of the structure, requests first then the latest held (one statement). Without
   * `sensitive`, confidential contacts are not read.
   */
  @SqlSnapshot({ params: [SNAPSHOT_UUID, [SNAPSHOT_UUID], false] })
  async contactsByMissions(
    structureId: string,
    missionIds: readonly string[],
    sensitive: boolean,
    tx: EntityManager = this.db.manager,
  ): Promise<CoachingContactEntity[][]> {
    const rows = await tx.getRepository(CoachingContactEntity).find({
      where: { structureId, missionId: In([...missionIds]), ...(sensitive ? {} : { confidential: false }) },
      order: { occurredOn: { direction: 'DESC', nulls: 'FIRST' }, createdAt: 'DESC' },
    });
    return groupByKey(missionIds, rows, (r) => r.missionId);
  }

  /** The structure's threshold of days without contact (14 when never set). */
  @SqlSnapshot({ params: [SNAPSHOT_UUID] })
  async alertDays(structureId: string, tx: EntityManager = this.db.manager): Promise<number> {
    const [row]: { alert_days: number }[] = await tx.query(
      `SELECT alert_days FROM coaching_setting WHERE structure_id = $1`,
      [structureId],
    );
    return row?.alert_days ?? COACHING_ALERT_DEFAULT_DAYS;
  }

  @SqlSnapshot({ params: [SNAPSHOT_UUID, 14, SNAPSHOT_UUID] })
  async setAlertDays(
    structureId: string,
    days: number,
    userId: string,
    tx: EntityManager = this.db.manager,
  ): Promise<void> {
    await tx.query(
      `INSERT INTO coaching_setting (structure_id, alert_days, updated_by_id) VALUES ($1, $2, $3)
       ON CONFLICT (structure_id) DO UPDATE SET alert_days = $2, updated_by_id = $3, updated_at = now()`,
      [structureId, days, userId],
    );
  }

  /**
   * The organisation's mission (it is the host), with its active coach, locked `FOR UPDATE` (two requests at once: one
   * waits, then sees the other open); null otherwise.
   */
  @SqlSnapshot({ params: [SNAPSHOT_UUID, SNAPSHOT_UUID] })
  async portalMission(
    partnerOrganisationId: string,
    missionId: string,
    tx: EntityManager = this.db.manager,
  ): Promise<PortalCoachingMissionRow | null> {
    const [row]: PortalCoachingMissionRow[] = await tx.query(
      `SELECT m.id, m.structure_id AS "structureId", m.person_id AS "personId",
              CASE WHEN u.active THEN m.coach_id END AS "activeCoachId", m.start_date::text AS "startDate",
              m.end_date::text AS "endDate", m.site, o.name AS organisation
         FROM mission m
         JOIN partner_organisation o ON o.id = m.host_organisation_id
         LEFT JOIN app_user u ON u.id = m.coach_id AND u.structure_id = m.structure_id
        WHERE m.id = $2 AND m.host_organisation_id = $1
          FOR UPDATE OF m`,
      [partnerOrganisationId, missionId],
    );
    return row ?? null;
  }

  /** Whether a request of the employer is still open on the mission. */
  @SqlSnapshot({ params: [SNAPSHOT_UUID] })
  async hasOpenRequest(missionId: string, tx: EntityManager = this.db.manager): Promise<boolean> {
    const [row]: unknown[] = await tx.query(
      `SELECT 1 FROM coaching_contact WHERE mission_id = $1 AND status = '${CoachingContactStatus.REQUESTED}' LIMIT 1`,
      [missionId],
    );
    return Boolean(row);
  }

  /** The structure's mission as the API returns it. */
  @SqlSnapshot({ params: [SNAPSHOT_UUID, SNAPSHOT_UUID] })
  findMission(structureId: string, id: string, tx: EntityManager = this.db.manager): Promise<MissionEntity> {
    return tx.getRepository(MissionEntity).findOneByOrFail({ structureId, id });
  }

  /** The organisation's requests for a mediation, on missions it hosts, latest first (nothing of the person). */
  @SqlSnapshot({ params: [SNAPSHOT_UUID] })
  portalRequests(partnerOrganisationId: string, tx: EntityManager = this.db.manager): Promise<PortalMediationRow[]> {
    return tx.query(
      `SELECT c.id, c.mission_id AS "missionId", c.status, c.request_message AS "requestMessage",
              c.requested_at AS "requestedAt", c.occurred_on::text AS "occurredOn"
         FROM coaching_contact c
         JOIN mission m ON m.id = c.mission_id AND m.structure_id = c.structure_id
        WHERE m.host_organisation_id = $1 AND c.requested_at IS NOT NULL
        ORDER BY c.requested_at DESC, c.id`,
      [partnerOrganisationId],
    );
  }
}
