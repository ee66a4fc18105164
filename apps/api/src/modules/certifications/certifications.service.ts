import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { In, type DataSource } from 'typeorm';
import { groupByKey } from '../../core/graphql/request-loader';
import { BadUserInputError } from '../../core/errors/app-errors';
import { isUuid, requirePerson } from '../../core/access/person-access';
import { PersonEntity } from '../persons';
import { CertificationBlockEntity, CertificationEntity } from './certification.entity';

export const UNKNOWN_CERTIFICATION =
  'Cette certification n’existe pas ou n’est plus proposée : choisissez-en une dans la liste des certifications actives.';

/**
 * The certification reference list (shared by every structure) and the certification a person's pathway aims at.
 * Other modules use `blocksOf` to get the blocks of certifications in one statement.
 */
@Injectable()
export class CertificationsService {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** The certifications that can be chosen today, by title. */
  listActive(): Promise<CertificationEntity[]> {
    return this.db
      .getRepository(CertificationEntity)
      .find({ where: { active: true }, order: { title: 'ASC', id: 'ASC' } });
  }

  /** Certifications by id, active or not (a person keeps the target chosen before it was withdrawn), in key order. */
  async byIds(ids: readonly string[]): Promise<(CertificationEntity | null)[]> {
    const valid = ids.filter(isUuid);
    const rows = valid.length ? await this.db.getRepository(CertificationEntity).findBy({ id: In(valid) }) : [];
    const map = new Map(rows.map((r) => [r.id, r]));
    return ids.map((id) => map.get(id) ?? null);
  }

  /** The blocks of each certification, by position, in key order: one statement whatever the number of ids. */
  async blocksOf(certificationIds: readonly string[]): Promise<CertificationBlockEntity[][]> {
    const valid = certificationIds.filter(isUuid);
    const rows = valid.length
      ? await this.db
          .getRepository(CertificationBlockEntity)
          .find({ where: { certificationId: In(valid) }, order: { certificationId: 'ASC', position: 'ASC' } })
      : [];
    return groupByKey(certificationIds, rows, (b) => b.certificationId);
  }

  /**
   * Sets (or clears, with `null`) the certification the person's pathway aims at. Only an active certification can
   * be chosen. The person's version is bumped: the record changed.
   */
  async setTarget(structureId: string, personId: string, certificationId: string | null): Promise<PersonEntity> {
    return this.db.transaction(async (tx) => {
      await requirePerson(tx, structureId, personId, { lock: true });
      if (certificationId !== null) {
        const exists =
          isUuid(certificationId) &&
          (await tx.getRepository(CertificationEntity).existsBy({ id: certificationId, active: true }));
        if (!exists) throw new BadUserInputError([{ field: 'certificationId', message: UNKNOWN_CERTIFICATION }]);
      }
      await tx
        .createQueryBuilder()
        .update(PersonEntity)
        .set({ targetCertificationId: certificationId, version: () => 'version + 1' })
        .where('id = :personId AND structure_id = :structureId', { personId, structureId })
        .execute();
      return requirePerson(tx, structureId, personId);
    });
  }
}
