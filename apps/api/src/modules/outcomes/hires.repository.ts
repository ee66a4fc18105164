import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { In, type DataSource, type EntityManager } from 'typeorm';
import { findByIds } from '../../core/graphql/request-loader';
import { groupByKey, readByPersons, SNAPSHOT_UUID, SqlSnapshot } from '../../database/repository';
import { PartnerOrganisationEntity } from '../structures';
import { HireEntity, RetentionCheckEntity } from './outcome.entities';

/** The SQL of hires and their retention checks (docs/adr/0011-repositories.md). */
@Injectable()
export class HiresRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  @SqlSnapshot({ params: [SNAPSHOT_UUID] })
  findOrganisation(id: string, tx: EntityManager = this.db.manager): Promise<PartnerOrganisationEntity | null> {
    return tx.getRepository(PartnerOrganisationEntity).findOneBy({ id });
  }

  @SqlSnapshot({
    params: [
      {
        structureId: SNAPSHOT_UUID,
        personId: SNAPSHOT_UUID,
        createdById: null,
        employerOrganisationId: null,
        employerName: 'Employeur',
        contractType: 'CDI',
        startDate: '2026-01-01',
        weeklyMinutes: 2100,
        jobTitle: null,
      },
    ],
  })
  createHire(
    values: Pick<
      HireEntity,
      | 'structureId'
      | 'personId'
      | 'createdById'
      | 'employerOrganisationId'
      | 'employerName'
      | 'contractType'
      | 'startDate'
      | 'weeklyMinutes'
      | 'jobTitle'
    >,
    tx: EntityManager = this.db.manager,
  ): Promise<HireEntity> {
    const repo = tx.getRepository(HireEntity);
    return repo.save(repo.create(values));
  }

  @SqlSnapshot({ params: [SNAPSHOT_UUID, SNAPSHOT_UUID] })
  findHire(structureId: string, id: string, tx: EntityManager = this.db.manager): Promise<HireEntity | null> {
    return tx.getRepository(HireEntity).findOneBy({ id, structureId });
  }

  /** The checks of a hire. */
  @SqlSnapshot({ params: [SNAPSHOT_UUID, SNAPSHOT_UUID] })
  checksOfHire(
    structureId: string,
    hireId: string,
    tx: EntityManager = this.db.manager,
  ): Promise<RetentionCheckEntity[]> {
    return tx.getRepository(RetentionCheckEntity).findBy({ structureId, hireId });
  }

  @SqlSnapshot({
    params: [
      {
        structureId: SNAPSHOT_UUID,
        personId: SNAPSHOT_UUID,
        createdById: null,
        hireId: SNAPSHOT_UUID,
        monthsAfter: 6,
        checkedOn: '2026-07-01',
        stillEmployed: true,
        comment: null,
      },
    ],
  })
  async insertCheck(
    values: Pick<
      RetentionCheckEntity,
      'structureId' | 'personId' | 'createdById' | 'hireId' | 'monthsAfter' | 'checkedOn' | 'stillEmployed' | 'comment'
    >,
    tx: EntityManager = this.db.manager,
  ): Promise<void> {
    await tx.getRepository(RetentionCheckEntity).insert(values);
  }

  /** The hires of each person, latest start first (one statement). */
  @SqlSnapshot({ params: [SNAPSHOT_UUID, [SNAPSHOT_UUID]] })
  hiresByPersons(
    structureId: string,
    personIds: readonly string[],
    tx: EntityManager = this.db.manager,
  ): Promise<HireEntity[][]> {
    return readByPersons(tx, HireEntity, structureId, personIds, {
      order: { startDate: 'DESC', createdAt: 'DESC' },
    });
  }

  /** The checks of each hire, in months order (one statement). */
  @SqlSnapshot({ params: [SNAPSHOT_UUID, [SNAPSHOT_UUID]] })
  async checksByHires(
    structureId: string,
    hireIds: readonly string[],
    tx: EntityManager = this.db.manager,
  ): Promise<RetentionCheckEntity[][]> {
    const rows = await tx.getRepository(RetentionCheckEntity).find({
      where: { structureId, hireId: In([...hireIds]) },
      order: { monthsAfter: 'ASC' },
    });
    return groupByKey(hireIds, rows, (r) => r.hireId);
  }

  @SqlSnapshot({ params: [[SNAPSHOT_UUID]] })
  organisationsByIds(
    ids: readonly string[],
    tx: EntityManager = this.db.manager,
  ): Promise<(PartnerOrganisationEntity | null)[]> {
    return findByIds(tx, PartnerOrganisationEntity, ids);
  }
}
