import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { In, type DataSource, type EntityManager } from 'typeorm';
import { type As, readByPersons, type RowOf, SNAPSHOT_UUID, SqlSnapshot } from '../../database/repository';
import { CertificationBlockEntity, CertificationEntity } from '../certifications';
import type { PersonEntity } from '../persons';
import { ExamResultEntity, ExamSessionEntity } from './outcome.entities';

/** A block's results for a person: how many, and the latest with its session's date. */
export type BlockResultsRow = RowOf<ExamResultEntity, 'blockId' | 'result'> &
  As<'n', number> &
  RowOf<ExamSessionEntity, 'sessionDate'>;

/** A session's result on a block, with the block. */
export type SessionResultRow = As<'session_id', string> &
  RowOf<ExamResultEntity, 'blockId' | 'result'> &
  RowOf<CertificationBlockEntity, 'code' | 'title' | 'position'>;

/** A result of a person on their target certification, with its number of blocks. */
export type TargetResultRow = As<'person_id', PersonEntity['id']> &
  As<'block_count', number> &
  RowOf<ExamResultEntity, 'blockId' | 'result'>;

/** The SQL of exam sessions and their results (docs/adr/0011-repositories.md). */
@Injectable()
export class ExamSessionsRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  @SqlSnapshot({ params: [SNAPSHOT_UUID] })
  findCertification(id: string, tx: EntityManager = this.db.manager): Promise<CertificationEntity | null> {
    return tx.getRepository(CertificationEntity).findOneBy({ id });
  }

  /** The blocks of a certification. */
  @SqlSnapshot({ params: [SNAPSHOT_UUID] })
  blocksOf(certificationId: string, tx: EntityManager = this.db.manager): Promise<CertificationBlockEntity[]> {
    return tx.getRepository(CertificationBlockEntity).findBy({ certificationId });
  }

  /** Blocks by id, with their certification. */
  @SqlSnapshot({ params: [[SNAPSHOT_UUID]] })
  blocksWithCertification(
    ids: readonly string[],
    tx: EntityManager = this.db.manager,
  ): Promise<CertificationBlockEntity[]> {
    return tx
      .getRepository(CertificationBlockEntity)
      .find({ where: { id: In([...ids]) }, relations: { certification: true } });
  }

  /** Each of these blocks' results for the person: how many, and the latest (one statement). */
  @SqlSnapshot({ params: [SNAPSHOT_UUID, SNAPSHOT_UUID, [SNAPSHOT_UUID]] })
  blockResults(
    structureId: string,
    personId: string,
    blockIds: readonly string[],
    tx: EntityManager = this.db.manager,
  ): Promise<BlockResultsRow[]> {
    return tx.query(
      `SELECT r.block_id, count(*)::int AS n,
              (array_agg(r.result ORDER BY s.session_date DESC, s.created_at DESC))[1] AS result,
              (array_agg(s.session_date::text ORDER BY s.session_date DESC, s.created_at DESC))[1] AS session_date
         FROM exam_result r
         JOIN exam_session s ON s.id = r.exam_session_id AND s.structure_id = r.structure_id
        WHERE r.structure_id = $1 AND s.person_id = $2 AND r.block_id = ANY($3::uuid[])
        GROUP BY r.block_id`,
      [structureId, personId, [...blockIds]],
    );
  }

  @SqlSnapshot({
    params: [
      {
        structureId: SNAPSHOT_UUID,
        personId: SNAPSHOT_UUID,
        createdById: null,
        certificationId: SNAPSHOT_UUID,
        sessionDate: '2026-01-01',
        centre: 'Centre',
      },
    ],
  })
  createSession(
    values: Pick<
      ExamSessionEntity,
      'structureId' | 'personId' | 'createdById' | 'certificationId' | 'sessionDate' | 'centre'
    >,
    tx: EntityManager = this.db.manager,
  ): Promise<ExamSessionEntity> {
    return tx.getRepository(ExamSessionEntity).save(tx.getRepository(ExamSessionEntity).create(values));
  }

  @SqlSnapshot({
    params: [[{ structureId: SNAPSHOT_UUID, examSessionId: SNAPSHOT_UUID, blockId: SNAPSHOT_UUID, result: 'PASSED' }]],
  })
  async insertResults(
    rows: Pick<ExamResultEntity, 'structureId' | 'examSessionId' | 'blockId' | 'result'>[],
    tx: EntityManager = this.db.manager,
  ): Promise<void> {
    await tx.getRepository(ExamResultEntity).insert(rows);
  }

  /** The sessions of each person, latest first (one statement). */
  @SqlSnapshot({ params: [SNAPSHOT_UUID, [SNAPSHOT_UUID]] })
  sessionsByPersons(
    structureId: string,
    personIds: readonly string[],
    tx: EntityManager = this.db.manager,
  ): Promise<ExamSessionEntity[][]> {
    return readByPersons(tx, ExamSessionEntity, structureId, personIds, {
      order: { sessionDate: 'DESC', createdAt: 'DESC' },
    });
  }

  /** Certifications by id with their number of blocks (one statement). */
  @SqlSnapshot({ params: [[SNAPSHOT_UUID]] })
  async certificationsWithBlockCount(
    ids: readonly string[],
    tx: EntityManager = this.db.manager,
  ): Promise<{ certification: CertificationEntity; blockCount: number }[]> {
    const { entities, raw } = await tx
      .getRepository(CertificationEntity)
      .createQueryBuilder('c')
      .addSelect('(SELECT count(*)::int FROM certification_block b WHERE b.certification_id = c.id)', 'block_count')
      .where('c.id IN (:...ids)', { ids: [...ids] })
      .getRawAndEntities<{ c_id: string; block_count: number }>();
    const counts = new Map(raw.map((r) => [r.c_id, Number(r.block_count)]));
    return entities.map((c) => ({ certification: c, blockCount: counts.get(c.id) ?? 0 }));
  }

  /** The results of these sessions, in the order of the certification's blocks (one statement). */
  @SqlSnapshot({ params: [SNAPSHOT_UUID, [SNAPSHOT_UUID]] })
  resultsOfSessions(
    structureId: string,
    sessionIds: readonly string[],
    tx: EntityManager = this.db.manager,
  ): Promise<SessionResultRow[]> {
    return tx.query(
      `SELECT r.exam_session_id AS session_id, r.block_id, b.code, b.title, b.position, r.result
         FROM exam_result r JOIN certification_block b ON b.id = r.block_id
        WHERE r.structure_id = $1 AND r.exam_session_id = ANY($2::uuid[])
        ORDER BY b.position, b.code`,
      [structureId, [...sessionIds]],
    );
  }

  /** The results of each person on their target certification, sessions in date order (one statement). */
  @SqlSnapshot({ params: [SNAPSHOT_UUID, [SNAPSHOT_UUID]] })
  targetResults(
    structureId: string,
    personIds: readonly string[],
    tx: EntityManager = this.db.manager,
  ): Promise<TargetResultRow[]> {
    return tx.query(
      `SELECT p.id AS person_id,
              (SELECT count(*)::int FROM certification_block b WHERE b.certification_id = p.target_certification_id) AS block_count,
              r.block_id, r.result
         FROM person p
         JOIN exam_session s ON s.structure_id = p.structure_id AND s.person_id = p.id AND s.certification_id = p.target_certification_id
         JOIN exam_result r ON r.exam_session_id = s.id AND r.structure_id = s.structure_id
        WHERE p.structure_id = $1 AND p.id = ANY($2::uuid[])
        ORDER BY s.session_date, s.created_at`,
      [structureId, [...personIds]],
    );
  }
}
