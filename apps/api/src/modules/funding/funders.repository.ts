import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { type DataSource, type EntityManager, In } from 'typeorm';
import { findByIds } from '../../core/graphql/request-loader';
import { groupByKey, SNAPSHOT_UUID, SqlSnapshot } from '../../database/repository';
import { allocationSourceDate } from './allocations.repository';
import { FunderEntity, FundingAgreementEntity } from './funding.entities';

/** The fields of a funder that `updateFunderAtVersion` writes. */
export type FunderFields = Pick<FunderEntity, 'kind' | 'name' | 'hourlyRateCents' | 'contactEmail'>;

/** The fields of an agreement that its creation and `updateAgreementAtVersion` write. */
export type AgreementFields = Pick<
  FundingAgreementEntity,
  | 'funderId'
  | 'reference'
  | 'title'
  | 'startDate'
  | 'endDate'
  | 'amountGrantedCents'
  | 'coFinancingRateBp'
  | 'hourlyRateCents'
  | 'sourceKinds'
  | 'scope'
  | 'indicators'
>;

/** The allocations of one kind of an agreement, and how many fall outside a period or its kinds. */
export interface AllocationsOutsideRow {
  source_kind: string;
  n: number;
  before: number;
  after: number;
  wrong_kind: boolean;
}

const FUNDER: FunderFields = { kind: 'OTHER', name: 'x', hourlyRateCents: null, contactEmail: null };
const AGREEMENT: AgreementFields = {
  funderId: SNAPSHOT_UUID,
  reference: 'x',
  title: 'x',
  startDate: '2026-01-01',
  endDate: '2026-12-31',
  amountGrantedCents: 100,
  coFinancingRateBp: 10000,
  hourlyRateCents: null,
  sourceKinds: ['EXPENSE'],
  scope: null,
  indicators: [],
};

/** The SQL of funders and funding agreements (ADR 0011). */
@Injectable()
export class FundersRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  // ── Funders ──────────────────────────────────────────────────────────────────────────────────────────────────

  @SqlSnapshot({ params: [SNAPSHOT_UUID] })
  listFunders(structureId: string, tx: EntityManager = this.db.manager): Promise<FunderEntity[]> {
    return tx.getRepository(FunderEntity).find({ where: { structureId }, order: { name: 'ASC', id: 'ASC' } });
  }

  @SqlSnapshot({ params: [SNAPSHOT_UUID, SNAPSHOT_UUID] })
  findFunder(structureId: string, id: string, tx: EntityManager = this.db.manager): Promise<FunderEntity | null> {
    return tx.getRepository(FunderEntity).findOneBy({ id, structureId });
  }

  /** The funder, which must exist (an agreement's funder). */
  @SqlSnapshot({ params: [SNAPSHOT_UUID, SNAPSHOT_UUID] })
  funderOrFail(structureId: string, id: string, tx: EntityManager = this.db.manager): Promise<FunderEntity> {
    return tx.getRepository(FunderEntity).findOneByOrFail({ id, structureId });
  }

  @SqlSnapshot({ params: [SNAPSHOT_UUID, SNAPSHOT_UUID, FUNDER] })
  insertFunder(
    structureId: string,
    userId: string,
    fields: FunderFields,
    tx: EntityManager = this.db.manager,
  ): Promise<FunderEntity> {
    const repo = tx.getRepository(FunderEntity);
    return repo.save(repo.create({ structureId, createdById: userId, ...fields }));
  }

  /** Saves the fields if the funder is still at `version`; false when it is not (or is gone). */
  @SqlSnapshot({ params: [SNAPSHOT_UUID, SNAPSHOT_UUID, 1, FUNDER] })
  async updateFunderAtVersion(
    structureId: string,
    id: string,
    version: number,
    fields: FunderFields,
    tx: EntityManager = this.db.manager,
  ): Promise<boolean> {
    const result = await tx
      .createQueryBuilder()
      .update(FunderEntity)
      .set({ ...fields, version: () => 'version + 1' })
      .where('id = :id AND structure_id = :structureId AND version = :version', { id, structureId, version })
      .execute();
    return !!result.affected;
  }

  /** How many FSE+ participants the funder's agreements have. */
  @SqlSnapshot({ params: [SNAPSHOT_UUID, SNAPSHOT_UUID] })
  async countFseParticipantsOfFunder(
    structureId: string,
    funderId: string,
    tx: EntityManager = this.db.manager,
  ): Promise<number> {
    const [row]: { n: number }[] = await tx.query(
      `SELECT count(*)::int AS n FROM fse_participant f
             JOIN funding_agreement a ON a.id = f.agreement_id AND a.structure_id = f.structure_id
            WHERE f.structure_id = $1 AND a.funder_id = $2`,
      [structureId, funderId],
    );
    return row.n;
  }

  /** Funders by id (one statement). */
  @SqlSnapshot({ params: [SNAPSHOT_UUID, [SNAPSHOT_UUID]] })
  fundersByIds(
    structureId: string,
    ids: readonly string[],
    tx: EntityManager = this.db.manager,
  ): Promise<(FunderEntity | null)[]> {
    return findByIds(tx, FunderEntity, ids, { structureId });
  }

  // ── Agreements ───────────────────────────────────────────────────────────────────────────────────────────────

  /** The structure's agreements, latest start first. */
  @SqlSnapshot({ params: [SNAPSHOT_UUID] })
  listAgreements(structureId: string, tx: EntityManager = this.db.manager): Promise<FundingAgreementEntity[]> {
    return tx.getRepository(FundingAgreementEntity).find({
      where: { structureId },
      order: { startDate: 'DESC', reference: 'ASC' },
    });
  }

  @SqlSnapshot({ params: [SNAPSHOT_UUID, SNAPSHOT_UUID] })
  findAgreement(
    structureId: string,
    id: string,
    tx: EntityManager = this.db.manager,
  ): Promise<FundingAgreementEntity | null> {
    return tx.getRepository(FundingAgreementEntity).findOneBy({ id, structureId });
  }

  /** The agreement, which must exist (a participant's agreement). */
  @SqlSnapshot({ params: [SNAPSHOT_UUID, SNAPSHOT_UUID] })
  agreementOrFail(
    structureId: string,
    id: string,
    tx: EntityManager = this.db.manager,
  ): Promise<FundingAgreementEntity> {
    return tx.getRepository(FundingAgreementEntity).findOneByOrFail({ id, structureId });
  }

  @SqlSnapshot({ params: [SNAPSHOT_UUID, SNAPSHOT_UUID, AGREEMENT] })
  insertAgreement(
    structureId: string,
    userId: string,
    fields: AgreementFields,
    tx: EntityManager = this.db.manager,
  ): Promise<FundingAgreementEntity> {
    const repo = tx.getRepository(FundingAgreementEntity);
    return repo.save(repo.create({ structureId, createdById: userId, ...fields }));
  }

  /** Saves the fields if the agreement is still at `version`; false when it is not (or is gone). */
  @SqlSnapshot({ params: [SNAPSHOT_UUID, SNAPSHOT_UUID, 1, AGREEMENT] })
  async updateAgreementAtVersion(
    structureId: string,
    id: string,
    version: number,
    fields: AgreementFields,
    tx: EntityManager = this.db.manager,
  ): Promise<boolean> {
    const result = await tx
      .createQueryBuilder()
      .update(FundingAgreementEntity)
      .set({ ...fields, version: () => 'version + 1' })
      .where('id = :id AND structure_id = :structureId AND version = :version', { id, structureId, version })
      .execute();
    return !!result.affected;
  }

  /** Whether another agreement of the structure (not `exceptId`) has this reference. */
  @SqlSnapshot({ params: [SNAPSHOT_UUID, 'x', null] })
  async referenceTaken(
    structureId: string,
    reference: string,
    exceptId: string | null,
    tx: EntityManager = this.db.manager,
  ): Promise<boolean> {
    const [taken]: { id: string }[] = await tx.query(
      `SELECT id FROM funding_agreement WHERE structure_id = $1 AND reference = $2 AND ($3::uuid IS NULL OR id <> $3::uuid)`,
      [structureId, reference, exceptId],
    );
    return !!taken;
  }

  /** How many FSE+ participants the agreement has. */
  @SqlSnapshot({ params: [SNAPSHOT_UUID, SNAPSHOT_UUID] })
  async countFseParticipantsOfAgreement(
    structureId: string,
    agreementId: string,
    tx: EntityManager = this.db.manager,
  ): Promise<number> {
    const [row]: { n: number }[] = await tx.query(
      `SELECT count(*)::int AS n FROM fse_participant WHERE structure_id = $1 AND agreement_id = $2`,
      [structureId, agreementId],
    );
    return row.n;
  }

  /** The agreement's allocations by kind, with how many fall before `startDate`, after `endDate`, or outside `kinds`. */
  @SqlSnapshot({ params: [SNAPSHOT_UUID, SNAPSHOT_UUID, '2026-01-01', '2026-12-31', ['EXPENSE']] })
  allocationsOutside(
    structureId: string,
    agreementId: string,
    startDate: string,
    endDate: string,
    kinds: readonly string[],
    tx: EntityManager = this.db.manager,
  ): Promise<AllocationsOutsideRow[]> {
    return tx.query(
      `SELECT fa.source_kind, count(*)::int AS n,
                count(*) FILTER (WHERE d.start_on < $3::date)::int AS before,
                count(*) FILTER (WHERE d.end_on > $4::date)::int AS after,
                NOT (fa.source_kind = ANY($5::varchar[])) AS wrong_kind
           FROM funding_allocation fa
           CROSS JOIN LATERAL (SELECT ${allocationSourceDate(false)} AS start_on, ${allocationSourceDate(true)} AS end_on) d
          WHERE fa.structure_id = $1 AND fa.agreement_id = $2
          GROUP BY fa.source_kind`,
      [structureId, agreementId, startDate, endDate, kinds],
    );
  }

  /** Agreements by funder, latest start first (one statement). */
  @SqlSnapshot({ params: [SNAPSHOT_UUID, [SNAPSHOT_UUID]] })
  async agreementsByFunders(
    structureId: string,
    funderIds: readonly string[],
    tx: EntityManager = this.db.manager,
  ): Promise<FundingAgreementEntity[][]> {
    const rows = await tx.getRepository(FundingAgreementEntity).find({
      where: { structureId, funderId: In([...funderIds]) },
      order: { startDate: 'DESC', reference: 'ASC' },
    });
    return groupByKey(funderIds, rows, (r) => r.funderId);
  }
}
