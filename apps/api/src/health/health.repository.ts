import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { SqlSnapshot } from '../database/repository';

/** The readiness probe's statement (docs/adr/0011-repositories.md). */
@Injectable()
export class HealthRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** Resolves when the database answers. */
  @SqlSnapshot({ params: [] })
  async ping(tx: EntityManager = this.db.manager): Promise<void> {
    await tx.query('SELECT 1');
  }
}
