import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { groupByKey } from '../../database/repository';
import { BadUserInputError } from '../../core/errors/app-errors';
import { isUuid, requirePerson } from '../../core/access/person-access';
import type { PersonEntity } from '../persons';
import type { CertificationBlockEntity, CertificationEntity } from './certification.entity';
import { CertificationsRepository } from './certifications.repository';

export const UNKNOWN_CERTIFICATION =
  'Cette certification n’existe pas ou n’est plus proposée : choisissez-en une dans la liste des certifications actives.';

/**
 * The certification reference list (shared by every structure) and the certification a person's pathway aims at.
 * Other modules use `blocksOf` to get the blocks of certifications in one statement.
 */
@Injectable()
export class CertificationsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly repo: CertificationsRepository,
  ) {}

  /** The certifications that can be chosen today, by title. */
  listActive(): Promise<CertificationEntity[]> {
    return this.repo.listActive();
  }

  /** Certifications by id, active or not (a person keeps the target chosen before it was withdrawn), in key order. */
  async byIds(ids: readonly string[]): Promise<(CertificationEntity | null)[]> {
    const rows = await this.repo.byIds(ids.filter(isUuid));
    const map = new Map(rows.map((r) => [r.id, r]));
    return ids.map((id) => map.get(id) ?? null);
  }

  /** The blocks of each certification, by position, in key order: one statement whatever the number of ids. */
  async blocksOf(certificationIds: readonly string[]): Promise<CertificationBlockEntity[][]> {
    const rows = await this.repo.blocksOf(certificationIds.filter(isUuid));
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
        const exists = isUuid(certificationId) && (await this.repo.isActive(certificationId, tx));
        if (!exists) throw new BadUserInputError([{ field: 'certificationId', message: UNKNOWN_CERTIFICATION }]);
      }
      await this.repo.setTarget(structureId, personId, certificationId, tx);
      return requirePerson(tx, structureId, personId);
    });
  }
}
