import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { readByPersons, SNAPSHOT_UUID, SqlSnapshot } from '../../database/repository';
import { PathwayEventEntity } from './activity.entities';

/** The SQL of pathway events and case notes (docs/adr/0011-repositories.md). */
@Injectable()
export class EventsRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  @SqlSnapshot({
    params: [
      {
        structureId: SNAPSHOT_UUID,
        personId: SNAPSHOT_UUID,
        createdById: null,
        kind: 'NOTE',
        occurredOn: '2026-01-01',
        title: 'Entretien',
        notes: null,
        confidential: false,
      },
    ],
  })
  createEvent(
    values: Pick<
      PathwayEventEntity,
      'structureId' | 'personId' | 'createdById' | 'kind' | 'occurredOn' | 'title' | 'notes' | 'confidential'
    >,
    tx: EntityManager = this.db.manager,
  ): Promise<PathwayEventEntity> {
    const repo = tx.getRepository(PathwayEventEntity);
    return repo.save(repo.create(values));
  }

  /** The events of each person, latest first (one statement); without `includeConfidential`, not the confidential ones. */
  @SqlSnapshot({ params: [SNAPSHOT_UUID, [SNAPSHOT_UUID], false] })
  eventsByPersons(
    structureId: string,
    personIds: readonly string[],
    includeConfidential: boolean,
    tx: EntityManager = this.db.manager,
  ): Promise<PathwayEventEntity[][]> {
    return readByPersons(tx, PathwayEventEntity, structureId, personIds, {
      where: includeConfidential ? {} : { confidential: false },
      order: { occurredOn: 'DESC', createdAt: 'DESC' },
    });
  }
}
