import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { In, type DataSource, type EntityManager } from 'typeorm';
import { isUuid } from '../../core/access/person-access';
import { firstByKey, groupByKey, readOneByPersons, SNAPSHOT_UUID, SqlSnapshot } from '../../database/repository';
import { EmploymentContractEntity } from '../activities';
import { PassIaeEntity, PassProlongationEntity, PassSuspensionEntity } from './pass-iae.entity';

/** What recording or correcting a PASS writes. */
export type PassValues = Pick<PassIaeEntity, 'number' | 'startDate' | 'officialEndDate' | 'endDate'>;

const SNAPSHOT_PASS: PassValues = {
  number: '999992412345',
  startDate: '2026-01-15',
  officialEndDate: null,
  endDate: '2028-01-14',
};

/** The SQL of the PASS IAE, their suspensions and prolongations. */
@Injectable()
export class PassIaeRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** The PASS in force (latest by start date) of each person, in key order (null where none): one statement. */
  @SqlSnapshot({ params: [SNAPSHOT_UUID, [SNAPSHOT_UUID]] })
  async byPersons(
    structureId: string,
    personIds: readonly string[],
    tx: EntityManager = this.db.manager,
  ): Promise<(PassIaeEntity | null)[]> {
    const passes = await readOneByPersons(tx, PassIaeEntity, structureId, personIds.filter(isUuid), {
      order: { startDate: 'DESC', createdAt: 'DESC' },
    });
    return firstByKey(
      personIds,
      passes.filter((p): p is PassIaeEntity => p !== null),
      (p) => p.personId,
    );
  }

  /** The suspensions of each PASS, by start date, in key order: one statement. */
  @SqlSnapshot({ params: [SNAPSHOT_UUID, [SNAPSHOT_UUID]] })
  async suspensionsByPasses(
    structureId: string,
    passIds: readonly string[],
    tx: EntityManager = this.db.manager,
  ): Promise<PassSuspensionEntity[][]> {
    const ids = passIds.filter(isUuid);
    const rows = ids.length
      ? await tx
          .getRepository(PassSuspensionEntity)
          .find({ where: { structureId, passId: In(ids) }, order: { startDate: 'ASC', id: 'ASC' } })
      : [];
    return groupByKey(passIds, rows, (s) => s.passId);
  }

  /** The prolongations of each PASS, in the order they were requested, in key order: one statement. */
  @SqlSnapshot({ params: [SNAPSHOT_UUID, [SNAPSHOT_UUID]] })
  async prolongationsByPasses(
    structureId: string,
    passIds: readonly string[],
    tx: EntityManager = this.db.manager,
  ): Promise<PassProlongationEntity[][]> {
    const ids = passIds.filter(isUuid);
    const rows = ids.length
      ? await tx
          .getRepository(PassProlongationEntity)
          .find({ where: { structureId, passId: In(ids) }, order: { requestedOn: 'ASC', createdAt: 'ASC', id: 'ASC' } })
      : [];
    return groupByKey(passIds, rows, (p) => p.passId);
  }

  /** The person's PASS in force (latest by start date), `null` if none. */
  @SqlSnapshot({ params: [SNAPSHOT_UUID, SNAPSHOT_UUID] })
  latestOfPerson(
    structureId: string,
    personId: string,
    tx: EntityManager = this.db.manager,
  ): Promise<PassIaeEntity | null> {
    return tx.getRepository(PassIaeEntity).findOne({
      where: { structureId, personId },
      order: { startDate: 'DESC', createdAt: 'DESC' },
    });
  }

  /** A PASS of the structure with that number recorded for another person than `personId`, with its person. */
  @SqlSnapshot({ params: [SNAPSHOT_UUID, '999992412345', SNAPSHOT_UUID] })
  sameNumberOfAnother(
    structureId: string,
    number: string,
    personId: string,
    tx: EntityManager = this.db.manager,
  ): Promise<PassIaeEntity | null> {
    return tx
      .getRepository(PassIaeEntity)
      .createQueryBuilder('pass')
      .innerJoinAndSelect('pass.person', 'p')
      .where('pass.structureId = :structureId AND pass.number = :number AND pass.personId <> :personId', {
        structureId,
        number,
        personId,
      })
      .getOne();
  }

  /** The start of the person's latest employment contract with the structure, `null` if none. */
  @SqlSnapshot({ params: [SNAPSHOT_UUID, SNAPSHOT_UUID] })
  async latestHireDate(
    structureId: string,
    personId: string,
    tx: EntityManager = this.db.manager,
  ): Promise<string | null> {
    const hire = await tx
      .getRepository(EmploymentContractEntity)
      .createQueryBuilder('c')
      .select('MAX(c.startDate)::text', 'hireDate')
      .where('c.structureId = :structureId AND c.personId = :personId', { structureId, personId })
      .getRawOne<{ hireDate: string | null }>();
    return hire?.hireDate ?? null;
  }

  /** The PASS `passId` of the structure, locked until the transaction ends; `null` if none. */
  @SqlSnapshot({ params: [SNAPSHOT_UUID, SNAPSHOT_UUID] })
  lock(structureId: string, passId: string, tx: EntityManager = this.db.manager): Promise<PassIaeEntity | null> {
    return tx
      .getRepository(PassIaeEntity)
      .createQueryBuilder('pass')
      .where('pass.id = :passId AND pass.structureId = :structureId', { passId, structureId })
      .setLock('pessimistic_write')
      .getOne();
  }

  /** The PASS `id` of the structure. */
  @SqlSnapshot({ params: [SNAPSHOT_UUID, SNAPSHOT_UUID] })
  get(structureId: string, id: string, tx: EntityManager = this.db.manager): Promise<PassIaeEntity> {
    return tx.getRepository(PassIaeEntity).findOneByOrFail({ id, structureId });
  }

  /** The suspensions (by start date) and prolongations (in the order requested) of one PASS: two statements. */
  @SqlSnapshot({ params: [SNAPSHOT_UUID, SNAPSHOT_UUID] })
  changesOf(
    structureId: string,
    passId: string,
    tx: EntityManager = this.db.manager,
  ): Promise<[PassSuspensionEntity[], PassProlongationEntity[]]> {
    return Promise.all([
      tx.getRepository(PassSuspensionEntity).find({ where: { structureId, passId }, order: { startDate: 'ASC' } }),
      tx
        .getRepository(PassProlongationEntity)
        .find({ where: { structureId, passId }, order: { requestedOn: 'ASC', createdAt: 'ASC' } }),
    ]);
  }

  /** Saves a new PASS. */
  @SqlSnapshot({
    params: [{ ...SNAPSHOT_PASS, structureId: SNAPSHOT_UUID, personId: SNAPSHOT_UUID, createdById: null }],
  })
  create(
    values: PassValues & Pick<PassIaeEntity, 'structureId' | 'personId' | 'createdById'>,
    tx: EntityManager = this.db.manager,
  ): Promise<PassIaeEntity> {
    const repo = tx.getRepository(PassIaeEntity);
    return repo.save(repo.create(values));
  }

  /**
   * Writes `values` and bumps the version; with `version`, if, and only if, the PASS is still at that version (one
   * UPDATE): whether it was written.
   */
  @SqlSnapshot({ params: [SNAPSHOT_UUID, SNAPSHOT_UUID, SNAPSHOT_PASS, 1] })
  @SqlSnapshot({
    params: [SNAPSHOT_UUID, SNAPSHOT_UUID, { officialEndDate: null, endDate: '2028-01-14' }, null],
    name: 'any version',
  })
  async update(
    structureId: string,
    id: string,
    values: Partial<PassValues>,
    version: number | null,
    tx: EntityManager = this.db.manager,
  ): Promise<boolean> {
    const result = await tx
      .createQueryBuilder()
      .update(PassIaeEntity)
      .set({ ...values, version: () => 'version + 1' })
      .where(
        version === null
          ? 'id = :id AND structure_id = :structureId'
          : 'id = :id AND structure_id = :structureId AND version = :version',
        version === null ? { id, structureId } : { id, structureId, version },
      )
      .execute();
    return Boolean(result.affected);
  }

  /** Saves a suspension of a PASS. */
  @SqlSnapshot({
    params: [
      {
        structureId: SNAPSHOT_UUID,
        passId: SNAPSHOT_UUID,
        createdById: null,
        startDate: '2026-01-15',
        endDate: '2026-02-15',
        reason: 'SICKNESS',
      },
    ],
  })
  createSuspension(
    values: Pick<PassSuspensionEntity, 'structureId' | 'passId' | 'createdById' | 'startDate' | 'endDate' | 'reason'>,
    tx: EntityManager = this.db.manager,
  ): Promise<PassSuspensionEntity> {
    const repo = tx.getRepository(PassSuspensionEntity);
    return repo.save(repo.create(values));
  }

  /** Saves a prolongation of a PASS. */
  @SqlSnapshot({
    params: [
      {
        structureId: SNAPSHOT_UUID,
        passId: SNAPSHOT_UUID,
        createdById: null,
        reason: 'SENIOR',
        startDate: '2026-01-15',
        endDate: '2026-07-15',
        requestedOn: '2026-01-10',
      },
    ],
  })
  createProlongation(
    values: Pick<
      PassProlongationEntity,
      'structureId' | 'passId' | 'createdById' | 'reason' | 'startDate' | 'endDate' | 'requestedOn'
    >,
    tx: EntityManager = this.db.manager,
  ): Promise<PassProlongationEntity> {
    const repo = tx.getRepository(PassProlongationEntity);
    return repo.save(repo.create(values));
  }
}
