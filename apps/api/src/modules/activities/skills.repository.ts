import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import type { SkillLevel } from '@tremplin/domain';
import { type As, readByPersons, type RowOf, SNAPSHOT_UUID, SqlSnapshot } from '../../database/repository';
import { CertificationBlockEntity, CertificationEntity } from '../certifications';
import type { PersonEntity } from '../persons';
import { SkillsEvaluationEntity } from './activity.entities';

/** A block's latest evaluation for a person, with the block's number of evaluations (its version). */
export type LatestEvaluationRow = RowOf<SkillsEvaluationEntity, 'evaluatedOn' | 'evaluatorName'> &
  As<'level', SkillLevel> &
  As<'n', number>;

/** A block of a person's target certification. */
export type PersonBlockRow = As<'person_id', PersonEntity['id']> &
  RowOf<CertificationBlockEntity, 'id' | 'code' | 'title' | 'position'>;

/** The SQL of skills evaluations (docs/adr/0011-repositories.md). */
@Injectable()
export class SkillsRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  @SqlSnapshot({ params: [SNAPSHOT_UUID] })
  findBlock(id: string, tx: EntityManager = this.db.manager): Promise<CertificationBlockEntity | null> {
    return tx.getRepository(CertificationBlockEntity).findOneBy({ id });
  }

  @SqlSnapshot({ params: [SNAPSHOT_UUID] })
  findCertification(id: string, tx: EntityManager = this.db.manager): Promise<CertificationEntity | null> {
    return tx.getRepository(CertificationEntity).findOneBy({ id });
  }

  @SqlSnapshot({
    params: [
      {
        structureId: SNAPSHOT_UUID,
        personId: SNAPSHOT_UUID,
        createdById: null,
        blockId: SNAPSHOT_UUID,
        level: 'ACQUIRED',
        evaluatedOn: '2026-01-01',
        evaluatorName: 'Évaluateur',
        comment: null,
        clientId: null,
      },
    ],
  })
  createEvaluation(
    values: Pick<
      SkillsEvaluationEntity,
      | 'structureId'
      | 'personId'
      | 'createdById'
      | 'blockId'
      | 'level'
      | 'evaluatedOn'
      | 'evaluatorName'
      | 'comment'
      | 'clientId'
    >,
    tx: EntityManager = this.db.manager,
  ): Promise<SkillsEvaluationEntity> {
    const repo = tx.getRepository(SkillsEvaluationEntity);
    return repo.save(repo.create(values));
  }

  /** The evaluation the device recorded under this id (an offline entry sent again), if any. */
  @SqlSnapshot({ params: [SNAPSHOT_UUID, SNAPSHOT_UUID] })
  findByClientId(
    structureId: string,
    clientId: string,
    tx: EntityManager = this.db.manager,
  ): Promise<SkillsEvaluationEntity | null> {
    return tx.getRepository(SkillsEvaluationEntity).findOneBy({ structureId, clientId });
  }

  /** The block's latest evaluation for the person, with its number of evaluations (null: none). */
  @SqlSnapshot({ params: [SNAPSHOT_UUID, SNAPSHOT_UUID, SNAPSHOT_UUID] })
  async latestEvaluation(
    structureId: string,
    personId: string,
    blockId: string,
    tx: EntityManager = this.db.manager,
  ): Promise<LatestEvaluationRow | null> {
    const [latest]: LatestEvaluationRow[] = await tx.query(
      `SELECT e.level, e.evaluated_on::text AS evaluated_on, e.evaluator_name, count(*) OVER ()::int AS n
         FROM skills_evaluation e
        WHERE e.structure_id = $1 AND e.person_id = $2 AND e.block_id = $3
        ORDER BY e.evaluated_on DESC, e.created_at DESC
        LIMIT 1`,
      [structureId, personId, blockId],
    );
    return latest ?? null;
  }

  /** The blocks of each person's target certification, in position order (one statement). */
  @SqlSnapshot({ params: [SNAPSHOT_UUID, [SNAPSHOT_UUID]] })
  blocksOfPersons(
    structureId: string,
    personIds: readonly string[],
    tx: EntityManager = this.db.manager,
  ): Promise<PersonBlockRow[]> {
    return tx.query(
      `SELECT p.id AS person_id, b.id, b.code, b.title, b.position
         FROM person p JOIN certification_block b ON b.certification_id = p.target_certification_id
        WHERE p.structure_id = $1 AND p.id = ANY($2::uuid[])
        ORDER BY b.position`,
      [structureId, [...personIds]],
    );
  }

  /** Each person's evaluations, oldest first (one statement). */
  @SqlSnapshot({ params: [SNAPSHOT_UUID, [SNAPSHOT_UUID]] })
  evaluationsByPersons(
    structureId: string,
    personIds: readonly string[],
    tx: EntityManager = this.db.manager,
  ): Promise<SkillsEvaluationEntity[][]> {
    return readByPersons(tx, SkillsEvaluationEntity, structureId, personIds, {
      select: { personId: true, blockId: true, level: true, evaluatedOn: true, evaluatorName: true },
      order: { evaluatedOn: 'ASC', createdAt: 'ASC' },
    });
  }
}
