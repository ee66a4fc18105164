import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { MissionKind } from '@tremplin/domain';
import { findByIds } from '../../core/graphql/request-loader';
import { readByPersons, SNAPSHOT_UUID, SqlSnapshot } from '../../database/repository';
import { PartnerOrganisationEntity } from '../structures';
import { ImmersionEntity, MissionEntity } from './activity.entities';

type NewImmersion = Pick<
  ImmersionEntity,
  | 'structureId'
  | 'personId'
  | 'createdById'
  | 'hostOrganisationId'
  | 'hostName'
  | 'hostTutorName'
  | 'objective'
  | 'startDate'
  | 'endDate'
  | 'comment'
>;
type NewMission = Pick<
  MissionEntity,
  | 'structureId'
  | 'personId'
  | 'createdById'
  | 'kind'
  | 'hostOrganisationId'
  | 'site'
  | 'startDate'
  | 'endDate'
  | 'minutes'
  | 'tutorFeedback'
  | 'coachId'
>;

/** The SQL of hosts, immersions and missions (docs/adr/0011-repositories.md). */
@Injectable()
export class WorkSituationsRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** Every partner organisation, by name (shared by all structures). */
  @SqlSnapshot({ params: [] })
  partnerOrganisations(tx: EntityManager = this.db.manager): Promise<PartnerOrganisationEntity[]> {
    return tx.getRepository(PartnerOrganisationEntity).find({ order: { name: 'ASC', id: 'ASC' } });
  }

  @SqlSnapshot({ params: [[SNAPSHOT_UUID]] })
  organisationsByIds(
    ids: readonly string[],
    tx: EntityManager = this.db.manager,
  ): Promise<(PartnerOrganisationEntity | null)[]> {
    return findByIds(tx, PartnerOrganisationEntity, ids);
  }

  @SqlSnapshot({ params: [SNAPSHOT_UUID] })
  findOrganisation(id: string, tx: EntityManager = this.db.manager): Promise<PartnerOrganisationEntity | null> {
    return tx.getRepository(PartnerOrganisationEntity).findOneBy({ id });
  }

  /** Whether the structure has a partnership (ongoing or ended) with the organisation. */
  @SqlSnapshot({ params: [SNAPSHOT_UUID, SNAPSHOT_UUID] })
  async hasPartnership(
    structureId: string,
    partnerOrganisationId: string,
    tx: EntityManager = this.db.manager,
  ): Promise<boolean> {
    const [row]: unknown[] = await tx.query(
      `SELECT 1 FROM partnership WHERE structure_id = $1 AND partner_organisation_id = $2`,
      [structureId, partnerOrganisationId],
    );
    return Boolean(row);
  }

  /** Whether `userId` may coach the structure's missions: an active counsellor or director of that structure. */
  @SqlSnapshot({ params: [SNAPSHOT_UUID, SNAPSHOT_UUID] })
  async isCoach(structureId: string, userId: string, tx: EntityManager = this.db.manager): Promise<boolean> {
    const [row]: unknown[] = await tx.query(
      `SELECT 1 FROM app_user WHERE id = $2 AND structure_id = $1 AND active AND role IN ('COUNSELLOR', 'DIRECTOR')`,
      [structureId, userId],
    );
    return Boolean(row);
  }

  @SqlSnapshot({
    params: [
      {
        structureId: SNAPSHOT_UUID,
        personId: SNAPSHOT_UUID,
        createdById: null,
        hostOrganisationId: null,
        hostName: 'Accueil',
        hostTutorName: 'Tuteur',
        objective: 'Découvrir',
        startDate: '2026-01-01',
        endDate: '2026-01-05',
        comment: null,
      },
    ],
  })
  createImmersion(values: NewImmersion, tx: EntityManager = this.db.manager): Promise<ImmersionEntity> {
    const repo = tx.getRepository(ImmersionEntity);
    return repo.save(repo.create(values));
  }

  @SqlSnapshot({
    params: [
      {
        structureId: SNAPSHOT_UUID,
        personId: SNAPSHOT_UUID,
        createdById: null,
        kind: 'PLACEMENT',
        hostOrganisationId: SNAPSHOT_UUID,
        site: null,
        startDate: '2026-01-01',
        endDate: '2026-01-05',
        minutes: 600,
        tutorFeedback: null,
        coachId: null,
      },
    ],
  })
  createMission(values: NewMission, tx: EntityManager = this.db.manager): Promise<MissionEntity> {
    const repo = tx.getRepository(MissionEntity);
    return repo.save(repo.create(values));
  }

  /** The immersions of each person, latest first (one statement). */
  @SqlSnapshot({ params: [SNAPSHOT_UUID, [SNAPSHOT_UUID]] })
  immersionsByPersons(
    structureId: string,
    personIds: readonly string[],
    tx: EntityManager = this.db.manager,
  ): Promise<ImmersionEntity[][]> {
    return readByPersons(tx, ImmersionEntity, structureId, personIds, {
      order: { startDate: 'DESC', createdAt: 'DESC' },
    });
  }

  /** The missions of each person, latest first (one statement). */
  @SqlSnapshot({ params: [SNAPSHOT_UUID, [SNAPSHOT_UUID]] })
  missionsByPersons(
    structureId: string,
    personIds: readonly string[],
    tx: EntityManager = this.db.manager,
  ): Promise<MissionEntity[][]> {
    return readByPersons(tx, MissionEntity, structureId, personIds, {
      order: { startDate: 'DESC', createdAt: 'DESC' },
    });
  }

  /** The mises à disposition (PLACEMENT missions) of each person (one statement). */
  @SqlSnapshot({ params: [SNAPSHOT_UUID, [SNAPSHOT_UUID]] })
  placementsByPersons(
    structureId: string,
    personIds: readonly string[],
    tx: EntityManager = this.db.manager,
  ): Promise<MissionEntity[][]> {
    return readByPersons(tx, MissionEntity, structureId, personIds, {
      select: { personId: true, hostOrganisationId: true, endDate: true, minutes: true, kind: true },
      where: { kind: MissionKind.PLACEMENT },
    });
  }
}
