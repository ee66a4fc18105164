import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { isUuid } from '../../core/access/person-access';
import { firstByKey, readByPersons, SNAPSHOT_UUID, SqlSnapshot } from '../../database/repository';
import { ReferralEntity } from './referral.entity';

/** What a referral records (besides its person, structure and author). */
export type ReferralValues = Pick<
  ReferralEntity,
  | 'prescriberKind'
  | 'prescriberOrganisation'
  | 'prescriberContactName'
  | 'prescriberContactEmail'
  | 'prescriberContactPhone'
  | 'referredOn'
>;

const SNAPSHOT_VALUES: ReferralValues = {
  prescriberKind: 'FRANCE_TRAVAIL',
  prescriberOrganisation: 'France Travail Rouen',
  prescriberContactName: null,
  prescriberContactEmail: null,
  prescriberContactPhone: null,
  referredOn: '2026-01-15',
};

/** The SQL of the referrals (one per person). */
@Injectable()
export class ReferralRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** The referral of each person, in key order (null where none; ids that are not uuids have none): one statement. */
  @SqlSnapshot({ params: [SNAPSHOT_UUID, [SNAPSHOT_UUID]] })
  async byPersons(
    structureId: string,
    personIds: readonly string[],
    tx: EntityManager = this.db.manager,
  ): Promise<(ReferralEntity | null)[]> {
    const lists = await readByPersons(tx, ReferralEntity, structureId, personIds.filter(isUuid));
    return firstByKey(personIds, lists.flat(), (r) => r.personId);
  }

  /** The referral of the person, `null` if none. */
  @SqlSnapshot({ params: [SNAPSHOT_UUID, SNAPSHOT_UUID] })
  ofPerson(structureId: string, personId: string, tx: EntityManager = this.db.manager): Promise<ReferralEntity | null> {
    return tx.getRepository(ReferralEntity).findOneBy({ structureId, personId });
  }

  /** The referral `id` of the structure. */
  @SqlSnapshot({ params: [SNAPSHOT_UUID, SNAPSHOT_UUID] })
  get(structureId: string, id: string, tx: EntityManager = this.db.manager): Promise<ReferralEntity> {
    return tx.getRepository(ReferralEntity).findOneByOrFail({ id, structureId });
  }

  /** Saves the person's first referral. */
  @SqlSnapshot({
    params: [{ ...SNAPSHOT_VALUES, structureId: SNAPSHOT_UUID, personId: SNAPSHOT_UUID, createdById: null }],
  })
  create(
    values: ReferralValues & Pick<ReferralEntity, 'structureId' | 'personId' | 'createdById'>,
    tx: EntityManager = this.db.manager,
  ): Promise<ReferralEntity> {
    const repo = tx.getRepository(ReferralEntity);
    return repo.save(repo.create(values));
  }

  /** Writes `values` if, and only if, the referral is still at `version` (one UPDATE): whether it was written. */
  @SqlSnapshot({ params: [SNAPSHOT_UUID, SNAPSHOT_UUID, 1, SNAPSHOT_VALUES] })
  async updateVersioned(
    structureId: string,
    id: string,
    version: number,
    values: ReferralValues,
    tx: EntityManager = this.db.manager,
  ): Promise<boolean> {
    const result = await tx
      .createQueryBuilder()
      .update(ReferralEntity)
      .set({ ...values, version: () => 'version + 1' })
      .where('id = :id AND structure_id = :structureId AND version = :version', { id, structureId, version })
      .execute();
    return Boolean(result.affected);
  }
}
