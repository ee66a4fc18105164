import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { readByPersons, SNAPSHOT_UUID, SqlSnapshot } from '../../database/repository';
import { AdmissionDecisionEntity, EmploymentContractEntity } from './activity.entities';

/** The SQL of stage 1's admission decisions and employment contracts (docs/adr/0011-repositories.md). */
@Injectable()
export class AdmissionRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  @SqlSnapshot({
    params: [
      {
        structureId: SNAPSHOT_UUID,
        personId: SNAPSHOT_UUID,
        createdById: null,
        decidedOn: '2026-01-01',
        outcome: 'ADMITTED',
        comment: null,
      },
    ],
  })
  createDecision(
    values: Pick<
      AdmissionDecisionEntity,
      'structureId' | 'personId' | 'createdById' | 'decidedOn' | 'outcome' | 'comment'
    >,
    tx: EntityManager = this.db.manager,
  ): Promise<AdmissionDecisionEntity> {
    const repo = tx.getRepository(AdmissionDecisionEntity);
    return repo.save(repo.create(values));
  }

  @SqlSnapshot({
    params: [
      {
        structureId: SNAPSHOT_UUID,
        personId: SNAPSHOT_UUID,
        createdById: null,
        kind: 'CDDI',
        startDate: '2026-01-01',
        endDate: null,
        weeklyMinutes: 1560,
      },
    ],
  })
  createEmploymentContract(
    values: Pick<
      EmploymentContractEntity,
      'structureId' | 'personId' | 'createdById' | 'kind' | 'startDate' | 'endDate' | 'weeklyMinutes'
    >,
    tx: EntityManager = this.db.manager,
  ): Promise<EmploymentContractEntity> {
    const repo = tx.getRepository(EmploymentContractEntity);
    return repo.save(repo.create(values));
  }

  /** The decisions of each person, latest first (one statement). */
  @SqlSnapshot({ params: [SNAPSHOT_UUID, [SNAPSHOT_UUID]] })
  decisionsByPersons(
    structureId: string,
    personIds: readonly string[],
    tx: EntityManager = this.db.manager,
  ): Promise<AdmissionDecisionEntity[][]> {
    return readByPersons(tx, AdmissionDecisionEntity, structureId, personIds, {
      order: { decidedOn: 'DESC', createdAt: 'DESC' },
    });
  }

  /** The contracts of each person, latest start first (one statement). */
  @SqlSnapshot({ params: [SNAPSHOT_UUID, [SNAPSHOT_UUID]] })
  contractsByPersons(
    structureId: string,
    personIds: readonly string[],
    tx: EntityManager = this.db.manager,
  ): Promise<EmploymentContractEntity[][]> {
    return readByPersons(tx, EmploymentContractEntity, structureId, personIds, {
      order: { startDate: 'DESC', createdAt: 'DESC' },
    });
  }
}
