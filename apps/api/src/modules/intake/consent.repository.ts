import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { SNAPSHOT_UUID, SqlSnapshot } from '../../database/repository';
import { PersonEntity } from '../persons';

/** The SQL of the person's information and consent days (RGPD). */
@Injectable()
export class ConsentRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** Writes both days on the person and bumps its version. */
  @SqlSnapshot({ params: [SNAPSHOT_UUID, SNAPSHOT_UUID, '2026-01-15', null] })
  async setDays(
    structureId: string,
    personId: string,
    informationGivenOn: string,
    consentGivenOn: string | null,
    tx: EntityManager = this.db.manager,
  ): Promise<void> {
    await tx
      .createQueryBuilder()
      .update(PersonEntity)
      .set({ informationGivenOn, consentGivenOn, version: () => 'version + 1' })
      .where('id = :personId AND structure_id = :structureId', { personId, structureId })
      .execute();
  }
}
