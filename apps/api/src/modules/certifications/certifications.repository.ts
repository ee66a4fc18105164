import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { In, type DataSource, type EntityManager } from 'typeorm';
import { SNAPSHOT_UUID, SqlSnapshot } from '../../database/repository';
import { PersonEntity } from '../persons';
import { CertificationBlockEntity, CertificationEntity } from './certification.entity';

/** The SQL of the certification reference list and of the person's target certification. */
@Injectable()
export class CertificationsRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** The certifications that can be chosen today, by title. */
  @SqlSnapshot({ params: [] })
  listActive(tx: EntityManager = this.db.manager): Promise<CertificationEntity[]> {
    return tx.getRepository(CertificationEntity).find({ where: { active: true }, order: { title: 'ASC', id: 'ASC' } });
  }

  /** The certifications `ids` (uuids), active or not, in no order. */
  @SqlSnapshot({ params: [[SNAPSHOT_UUID]] })
  async byIds(ids: readonly string[], tx: EntityManager = this.db.manager): Promise<CertificationEntity[]> {
    if (ids.length === 0) return [];
    return tx.getRepository(CertificationEntity).findBy({ id: In([...ids]) });
  }

  /** The blocks of the certifications `ids` (uuids), by certification and position: one statement. */
  @SqlSnapshot({ params: [[SNAPSHOT_UUID]] })
  async blocksOf(ids: readonly string[], tx: EntityManager = this.db.manager): Promise<CertificationBlockEntity[]> {
    if (ids.length === 0) return [];
    return tx
      .getRepository(CertificationBlockEntity)
      .find({ where: { certificationId: In([...ids]) }, order: { certificationId: 'ASC', position: 'ASC' } });
  }

  /** Whether the certification exists and can be chosen. */
  @SqlSnapshot({ params: [SNAPSHOT_UUID] })
  isActive(id: string, tx: EntityManager = this.db.manager): Promise<boolean> {
    return tx.getRepository(CertificationEntity).existsBy({ id, active: true });
  }

  /** Sets the person's target certification (or clears it with `null`) and bumps the person's version. */
  @SqlSnapshot({ params: [SNAPSHOT_UUID, SNAPSHOT_UUID, SNAPSHOT_UUID] })
  async setTarget(
    structureId: string,
    personId: string,
    certificationId: string | null,
    tx: EntityManager = this.db.manager,
  ): Promise<void> {
    await tx
      .createQueryBuilder()
      .update(PersonEntity)
      .set({ targetCertificationId: certificationId, version: () => 'version + 1' })
      .where('id = :personId AND structure_id = :structureId', { personId, structureId })
      .execute();
  }
}
