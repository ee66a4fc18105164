import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { SNAPSHOT_UUID, SqlSnapshot } from '../../database/repository';
import { StructureEntity } from './structure.entity';

/** The SQL of the structures as the pathway modules read them (their kind decides rules). */
@Injectable()
export class StructuresRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** The structure `id` (it exists: it is the caller's). */
  @SqlSnapshot({ params: [SNAPSHOT_UUID] })
  get(id: string, tx: EntityManager = this.db.manager): Promise<StructureEntity> {
    return tx.getRepository(StructureEntity).findOneByOrFail({ id });
  }
}
