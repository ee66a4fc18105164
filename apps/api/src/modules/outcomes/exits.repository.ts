import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { readOneByPersons, SNAPSHOT_UUID, SqlSnapshot } from '../../database/repository';
import { PathwayExitEntity } from './outcome.entities';

/** The SQL of the exits' own table (their presence figures: ExitPresenceRepository, docs/adr/0011-repositories.md). */
@Injectable()
export class ExitsRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** The person's exit, if recorded. */
  @SqlSnapshot({ params: [SNAPSHOT_UUID, SNAPSHOT_UUID] })
  findExit(
    structureId: string,
    personId: string,
    tx: EntityManager = this.db.manager,
  ): Promise<PathwayExitEntity | null> {
    return tx.getRepository(PathwayExitEntity).findOneBy({ structureId, personId });
  }

  @SqlSnapshot({
    params: [
      {
        structureId: SNAPSHOT_UUID,
        personId: SNAPSHOT_UUID,
        createdById: null,
        exitDate: '2026-06-30',
        reason: 'CDI',
        category: 'SUSTAINABLE_EMPLOYMENT',
        counts: true,
        presenceExplanation: 'Compte',
        contractStart: null,
        minutesWorked: 0,
        comment: null,
      },
    ],
  })
  createExit(
    values: Pick<
      PathwayExitEntity,
      | 'structureId'
      | 'personId'
      | 'createdById'
      | 'exitDate'
      | 'reason'
      | 'category'
      | 'counts'
      | 'presenceExplanation'
      | 'contractStart'
      | 'minutesWorked'
      | 'comment'
    >,
    tx: EntityManager = this.db.manager,
  ): Promise<PathwayExitEntity> {
    const repo = tx.getRepository(PathwayExitEntity);
    return repo.save(repo.create(values));
  }

  /** Each person's exit (one statement). */
  @SqlSnapshot({ params: [SNAPSHOT_UUID, [SNAPSHOT_UUID]] })
  exitsByPersons(
    structureId: string,
    personIds: readonly string[],
    tx: EntityManager = this.db.manager,
  ): Promise<(PathwayExitEntity | null)[]> {
    return readOneByPersons(tx, PathwayExitEntity, structureId, personIds);
  }
}
