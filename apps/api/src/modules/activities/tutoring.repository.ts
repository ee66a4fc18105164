import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { findByIds } from '../../core/graphql/request-loader';
import { type As, readByPersons, type RowOf, SNAPSHOT_UUID, SqlSnapshot } from '../../database/repository';
import { TutorEntity, TutoringEntity } from './activity.entities';

type TraineeCountRow = RowOf<TutoringEntity, 'tutorId'> & As<'n', number>;

/** The SQL of tutors and tutorings (docs/adr/0011-repositories.md). */
@Injectable()
export class TutoringRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** The structure's tutors, by name. */
  @SqlSnapshot({ params: [SNAPSHOT_UUID] })
  tutors(structureId: string, tx: EntityManager = this.db.manager): Promise<TutorEntity[]> {
    return tx
      .getRepository(TutorEntity)
      .find({ where: { structureId }, order: { lastName: 'ASC', firstName: 'ASC', id: 'ASC' } });
  }

  @SqlSnapshot({
    params: [
      {
        structureId: SNAPSHOT_UUID,
        side: 'STRUCTURE',
        firstName: 'Awa',
        lastName: 'Diallo',
        jobTitle: null,
        partnerOrganisationId: null,
      },
    ],
  })
  createTutor(
    values: Pick<TutorEntity, 'structureId' | 'side' | 'firstName' | 'lastName' | 'jobTitle' | 'partnerOrganisationId'>,
    tx: EntityManager = this.db.manager,
  ): Promise<TutorEntity> {
    const repo = tx.getRepository(TutorEntity);
    return repo.save(repo.create(values));
  }

  /** The structure's tutor, locked `FOR UPDATE`. */
  @SqlSnapshot({ params: [SNAPSHOT_UUID, SNAPSHOT_UUID] })
  lockTutor(structureId: string, id: string, tx: EntityManager = this.db.manager): Promise<TutorEntity | null> {
    return tx
      .getRepository(TutorEntity)
      .createQueryBuilder('t')
      .where('t.id = :id AND t.structureId = :structureId', { id, structureId })
      .setLock('pessimistic_write')
      .getOne();
  }

  /** The person's earliest tutoring on `side` running on or after `start`, with its tutor. */
  @SqlSnapshot({ params: [SNAPSHOT_UUID, SNAPSHOT_UUID, 'HOST', '2026-01-01'] })
  runningOnSide(
    structureId: string,
    personId: string,
    side: string,
    start: string,
    tx: EntityManager = this.db.manager,
  ): Promise<TutoringEntity | null> {
    return tx
      .getRepository(TutoringEntity)
      .createQueryBuilder('tg')
      .innerJoinAndSelect('tg.tutor', 't')
      .where('tg.structureId = :structureId AND tg.personId = :personId', { structureId, personId })
      .andWhere('t.side = :side', { side })
      .andWhere('(tg.endDate IS NULL OR tg.endDate >= :start)', { start })
      .orderBy('tg.startDate', 'ASC')
      .getOne();
  }

  /** The periods of every tutoring of the tutor. */
  @SqlSnapshot({ params: [SNAPSHOT_UUID] })
  periodsOfTutor(tutorId: string, tx: EntityManager = this.db.manager): Promise<TutoringEntity[]> {
    return tx.getRepository(TutoringEntity).find({ select: { startDate: true, endDate: true }, where: { tutorId } });
  }

  @SqlSnapshot({
    params: [
      {
        structureId: SNAPSHOT_UUID,
        personId: SNAPSHOT_UUID,
        createdById: null,
        tutorId: SNAPSHOT_UUID,
        startDate: '2026-01-01',
        endDate: null,
      },
    ],
  })
  createTutoring(
    values: Pick<TutoringEntity, 'structureId' | 'personId' | 'createdById' | 'tutorId' | 'startDate' | 'endDate'>,
    tx: EntityManager = this.db.manager,
  ): Promise<TutoringEntity> {
    const repo = tx.getRepository(TutoringEntity);
    return repo.save(repo.create(values));
  }

  /** The structure's tutoring, locked `FOR UPDATE`. */
  @SqlSnapshot({ params: [SNAPSHOT_UUID, SNAPSHOT_UUID] })
  lockTutoring(structureId: string, id: string, tx: EntityManager = this.db.manager): Promise<TutoringEntity | null> {
    return tx
      .getRepository(TutoringEntity)
      .createQueryBuilder('tg')
      .where('tg.id = :id AND tg.structureId = :structureId', { id, structureId })
      .setLock('pessimistic_write')
      .getOne();
  }

  @SqlSnapshot({ params: [{ id: SNAPSHOT_UUID, endDate: '2026-01-02' }] })
  saveTutoring(tutoring: TutoringEntity, tx: EntityManager = this.db.manager): Promise<TutoringEntity> {
    return tx.getRepository(TutoringEntity).save(tutoring);
  }

  @SqlSnapshot({ params: [SNAPSHOT_UUID, [SNAPSHOT_UUID]] })
  tutorsByIds(
    structureId: string,
    ids: readonly string[],
    tx: EntityManager = this.db.manager,
  ): Promise<(TutorEntity | null)[]> {
    return findByIds(tx, TutorEntity, ids, { structureId });
  }

  /** How many tutorings of each tutor have not ended on `today` (one statement). */
  @SqlSnapshot({ params: [SNAPSHOT_UUID, [SNAPSHOT_UUID], '2026-01-01'] })
  activeTraineeCounts(
    structureId: string,
    tutorIds: readonly string[],
    today: string,
    tx: EntityManager = this.db.manager,
  ): Promise<TraineeCountRow[]> {
    return tx.query(
      `SELECT tutor_id, count(*)::int AS n FROM tutoring
        WHERE structure_id = $1 AND tutor_id = ANY($2::uuid[]) AND (end_date IS NULL OR end_date >= $3::date)
        GROUP BY tutor_id`,
      [structureId, [...tutorIds], today],
    );
  }

  /** The tutorings of each person, latest start first (one statement). */
  @SqlSnapshot({ params: [SNAPSHOT_UUID, [SNAPSHOT_UUID]] })
  tutoringsByPersons(
    structureId: string,
    personIds: readonly string[],
    tx: EntityManager = this.db.manager,
  ): Promise<TutoringEntity[][]> {
    return readByPersons(tx, TutoringEntity, structureId, personIds, {
      order: { startDate: 'DESC', createdAt: 'DESC' },
    });
  }
}
