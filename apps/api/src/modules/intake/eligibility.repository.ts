import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { In, type DataSource, type EntityManager } from 'typeorm';
import { isUuid } from '../../core/access/person-access';
import { groupByKey, readByPersons, SNAPSHOT_UUID, SqlSnapshot } from '../../database/repository';
import { EligibilityCriterionEntity, EligibilityDiagnosisEntity } from './eligibility-diagnosis.entity';

/** The SQL of the eligibility diagnoses and their criteria. */
@Injectable()
export class EligibilityRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** The diagnoses of each person, latest first, in key order (ids that are not uuids have none): one statement. */
  @SqlSnapshot({ params: [SNAPSHOT_UUID, [SNAPSHOT_UUID]] })
  async diagnosesByPersons(
    structureId: string,
    personIds: readonly string[],
    tx: EntityManager = this.db.manager,
  ): Promise<EligibilityDiagnosisEntity[][]> {
    const lists = await readByPersons(tx, EligibilityDiagnosisEntity, structureId, personIds.filter(isUuid), {
      order: { diagnosedOn: 'DESC', createdAt: 'DESC', id: 'ASC' },
    });
    return groupByKey(personIds, lists.flat(), (d) => d.personId);
  }

  /** The criteria of the diagnoses `diagnosisIds` (uuids), in no order: one statement. */
  @SqlSnapshot({ params: [SNAPSHOT_UUID, [SNAPSHOT_UUID]] })
  async criteriaOf(
    structureId: string,
    diagnosisIds: readonly string[],
    tx: EntityManager = this.db.manager,
  ): Promise<EligibilityCriterionEntity[]> {
    if (diagnosisIds.length === 0) return [];
    return tx.getRepository(EligibilityCriterionEntity).findBy({ structureId, diagnosisId: In([...diagnosisIds]) });
  }

  /** Whether the person has a diagnosis by an authorised prescriber valid on `today`. */
  @SqlSnapshot({ params: [SNAPSHOT_UUID, SNAPSHOT_UUID, 'PRESCRIBER', '2026-01-15'] })
  hasValidDiagnosisBy(
    structureId: string,
    personId: string,
    author: string,
    today: string,
    tx: EntityManager = this.db.manager,
  ): Promise<boolean> {
    return tx
      .getRepository(EligibilityDiagnosisEntity)
      .createQueryBuilder('d')
      .where('d.structureId = :structureId AND d.personId = :personId AND d.author = :author', {
        structureId,
        personId,
        author,
      })
      .andWhere('d.diagnosedOn <= :today AND d.validUntil >= :today', { today })
      .getExists();
  }

  /** Saves a diagnosis (without its criteria). */
  @SqlSnapshot({
    params: [
      {
        structureId: SNAPSHOT_UUID,
        personId: SNAPSHOT_UUID,
        createdById: null,
        author: 'STRUCTURE',
        authorName: 'Jeanne Martin',
        diagnosedOn: '2026-01-15',
        validUntil: '2026-07-15',
      },
    ],
  })
  createDiagnosis(
    values: Pick<
      EligibilityDiagnosisEntity,
      'structureId' | 'personId' | 'createdById' | 'author' | 'authorName' | 'diagnosedOn' | 'validUntil'
    >,
    tx: EntityManager = this.db.manager,
  ): Promise<EligibilityDiagnosisEntity> {
    const repo = tx.getRepository(EligibilityDiagnosisEntity);
    return repo.save(repo.create(values));
  }

  /** Inserts the criteria of a diagnosis (one statement). */
  @SqlSnapshot({
    params: [
      [
        {
          structureId: SNAPSHOT_UUID,
          diagnosisId: SNAPSHOT_UUID,
          code: 'RSA',
          proofReference: null,
          proofDate: '2026-01-15',
        },
      ],
    ],
  })
  async insertCriteria(
    rows: Pick<EligibilityCriterionEntity, 'structureId' | 'diagnosisId' | 'code' | 'proofReference' | 'proofDate'>[],
    tx: EntityManager = this.db.manager,
  ): Promise<void> {
    await tx.getRepository(EligibilityCriterionEntity).insert(rows);
  }
}
