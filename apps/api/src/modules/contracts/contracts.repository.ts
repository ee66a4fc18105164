import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { In, type DataSource, type DeepPartial, type EntityManager } from 'typeorm';
import { SessionKind, type StructureKind } from '@tremplin/domain';
import { findByIds } from '../../core/graphql/request-loader';
import { type As, readByPersons, type RowOf, SNAPSHOT_UUID, SqlSnapshot } from '../../database/repository';
import { TutorEntity } from '../activities';
import { CertificationEntity } from '../certifications';
import { FunderEntity } from '../funding';
import { StructureEntity } from '../structures';
import { ContractBreakFollowUpEntity, ProfessionalisationContractEntity } from './contract.entities';

/**
 * Minutes a person attended at TRAINING collective sessions within a contract’s period: from its start to its end,
 * or to its break, and never after today (an attendance line of a session still to come is not attended). One SQL
 * expression, shared by `ProfessionalisationContract.progress` and the alert facts so that both say the same: a
 * correlated subquery giving the minutes (int, 0 when none) for the contract row aliased `c`. `today` is the SQL
 * placeholder of today's date (e.g. `$3`).
 */
export function attendedMinutesSql(today: string): string {
  return `COALESCE((
    SELECT SUM(a.minutes_attended)
      FROM session_attendance a
      JOIN collective_session s ON s.id = a.session_id AND s.structure_id = a.structure_id
     WHERE a.structure_id = c.structure_id AND a.person_id = c.person_id AND s.kind = '${SessionKind.TRAINING}'
       AND s.session_date >= c.start_date
       AND s.session_date <= LEAST(c.end_date, COALESCE(c.broken_on, c.end_date), ${today}::date)
  ), 0)::int`;
}

type AttendedRow = RowOf<ProfessionalisationContractEntity, 'id'> & As<'attended', number>;
type TutorContractsRow = As<'tutorId', string> & As<'ids', string[]>;

/** The SQL of contrats de professionnalisation and their break follow-ups (docs/adr/0011-repositories.md). */
@Injectable()
export class ContractsRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  @SqlSnapshot({ params: [SNAPSHOT_UUID, SNAPSHOT_UUID] })
  findContract(
    structureId: string,
    id: string,
    tx: EntityManager = this.db.manager,
  ): Promise<ProfessionalisationContractEntity | null> {
    return tx.getRepository(ProfessionalisationContractEntity).findOneBy({ id, structureId });
  }

  /** The contract, locked `FOR UPDATE` until the transaction ends. */
  @SqlSnapshot({ params: [SNAPSHOT_UUID, SNAPSHOT_UUID] })
  lockContract(
    structureId: string,
    id: string,
    tx: EntityManager = this.db.manager,
  ): Promise<ProfessionalisationContractEntity | null> {
    return tx
      .getRepository(ProfessionalisationContractEntity)
      .createQueryBuilder('c')
      .where('c.id = :id AND c.structureId = :structureId', { id, structureId })
      .setLock('pessimistic_write')
      .getOne();
  }

  /** Inserts a contract and reads it back (its defaults and version). */
  @SqlSnapshot({ params: [{ structureId: SNAPSHOT_UUID, personId: SNAPSHOT_UUID, status: 'DRAFT' }] })
  async createContract(
    values: DeepPartial<ProfessionalisationContractEntity> & { structureId: string },
    tx: EntityManager = this.db.manager,
  ): Promise<ProfessionalisationContractEntity> {
    const repo = tx.getRepository(ProfessionalisationContractEntity);
    const saved = await repo.save(repo.create(values));
    return repo.findOneByOrFail({ id: saved.id, structureId: values.structureId });
  }

  /** Saves a contract's changes and reads it back (its new version). */
  @SqlSnapshot({ params: [{ id: SNAPSHOT_UUID, structureId: SNAPSHOT_UUID, status: 'DRAFT' }] })
  async saveContract(
    c: ProfessionalisationContractEntity,
    tx: EntityManager = this.db.manager,
  ): Promise<ProfessionalisationContractEntity> {
    const repo = tx.getRepository(ProfessionalisationContractEntity);
    await repo.save(c);
    return repo.findOneByOrFail({ id: c.id, structureId: c.structureId });
  }

  @SqlSnapshot({ params: [SNAPSHOT_UUID, SNAPSHOT_UUID] })
  findContractOrFail(
    structureId: string,
    id: string,
    tx: EntityManager = this.db.manager,
  ): Promise<ProfessionalisationContractEntity> {
    return tx.getRepository(ProfessionalisationContractEntity).findOneByOrFail({ id, structureId });
  }

  /** The structure's tutor, locked `FOR UPDATE` (a host tutor's cap). */
  @SqlSnapshot({ params: [SNAPSHOT_UUID, SNAPSHOT_UUID] })
  lockTutor(structureId: string, id: string, tx: EntityManager = this.db.manager): Promise<TutorEntity | null> {
    return tx
      .getRepository(TutorEntity)
      .createQueryBuilder('t')
      .where('t.id = :id AND t.structureId = :structureId', { id, structureId })
      .setLock('pessimistic_write')
      .getOne();
  }

  @SqlSnapshot({ params: [SNAPSHOT_UUID, SNAPSHOT_UUID] })
  findTutor(structureId: string, id: string, tx: EntityManager = this.db.manager): Promise<TutorEntity | null> {
    return tx.getRepository(TutorEntity).findOneBy({ id, structureId });
  }

  @SqlSnapshot({ params: [SNAPSHOT_UUID] })
  findCertification(id: string, tx: EntityManager = this.db.manager): Promise<CertificationEntity | null> {
    return tx.getRepository(CertificationEntity).findOneBy({ id });
  }

  @SqlSnapshot({ params: [SNAPSHOT_UUID, SNAPSHOT_UUID] })
  findFunder(structureId: string, id: string, tx: EntityManager = this.db.manager): Promise<FunderEntity | null> {
    return tx.getRepository(FunderEntity).findOneBy({ id, structureId });
  }

  @SqlSnapshot({ params: [SNAPSHOT_UUID] })
  async structureKind(structureId: string, tx: EntityManager = this.db.manager): Promise<StructureKind> {
    const s = await tx.getRepository(StructureEntity).findOneByOrFail({ id: structureId });
    return s.kind;
  }

  /** Opens a break's follow-up. */
  @SqlSnapshot({
    params: [
      {
        structureId: SNAPSHOT_UUID,
        personId: SNAPSHOT_UUID,
        createdById: null,
        contractId: SNAPSHOT_UUID,
        dueOn: '2026-01-15',
      },
    ],
  })
  async insertFollowUp(
    values: Pick<ContractBreakFollowUpEntity, 'structureId' | 'personId' | 'createdById' | 'contractId' | 'dueOn'>,
    tx: EntityManager = this.db.manager,
  ): Promise<void> {
    await tx.getRepository(ContractBreakFollowUpEntity).insert(values);
  }

  /** The follow-up, locked `FOR UPDATE`. */
  @SqlSnapshot({ params: [SNAPSHOT_UUID, SNAPSHOT_UUID] })
  lockFollowUp(
    structureId: string,
    id: string,
    tx: EntityManager = this.db.manager,
  ): Promise<ContractBreakFollowUpEntity | null> {
    return tx
      .getRepository(ContractBreakFollowUpEntity)
      .createQueryBuilder('f')
      .where('f.id = :id AND f.structureId = :structureId', { id, structureId })
      .setLock('pessimistic_write')
      .getOne();
  }

  @SqlSnapshot({ params: [{ id: SNAPSHOT_UUID, structureId: SNAPSHOT_UUID }] })
  async saveFollowUp(f: ContractBreakFollowUpEntity, tx: EntityManager = this.db.manager): Promise<void> {
    await tx.getRepository(ContractBreakFollowUpEntity).save(f);
  }

  /** The contracts of each person, latest start first (one statement). */
  @SqlSnapshot({ params: [SNAPSHOT_UUID, [SNAPSHOT_UUID]] })
  contractsByPersons(
    structureId: string,
    personIds: readonly string[],
    tx: EntityManager = this.db.manager,
  ): Promise<ProfessionalisationContractEntity[][]> {
    return readByPersons(tx, ProfessionalisationContractEntity, structureId, personIds, {
      order: { startDate: 'DESC', createdAt: 'DESC' },
    });
  }

  /** Minutes attended at TRAINING sessions within each contract's period, up to `today` (one statement). */
  @SqlSnapshot({ params: [SNAPSHOT_UUID, [SNAPSHOT_UUID], '2026-01-01'] })
  attendedMinutesByContracts(
    structureId: string,
    ids: readonly string[],
    today: string,
    tx: EntityManager = this.db.manager,
  ): Promise<AttendedRow[]> {
    return tx.query(
      `SELECT c.id, ${attendedMinutesSql('$3')} AS attended
         FROM professionalisation_contract c WHERE c.structure_id = $1 AND c.id = ANY($2::uuid[])`,
      [structureId, [...ids], today],
    );
  }

  /** The follow-ups of these contracts (one statement). */
  @SqlSnapshot({ params: [SNAPSHOT_UUID, [SNAPSHOT_UUID]] })
  followUpsOfContracts(
    structureId: string,
    ids: readonly string[],
    tx: EntityManager = this.db.manager,
  ): Promise<ContractBreakFollowUpEntity[]> {
    return tx.getRepository(ContractBreakFollowUpEntity).findBy({ structureId, contractId: In([...ids]) });
  }

  @SqlSnapshot({ params: [SNAPSHOT_UUID, [SNAPSHOT_UUID]] })
  fundersByIds(
    structureId: string,
    ids: readonly string[],
    tx: EntityManager = this.db.manager,
  ): Promise<(FunderEntity | null)[]> {
    return findByIds(tx, FunderEntity, ids, { structureId });
  }

  @SqlSnapshot({ params: [SNAPSHOT_UUID, [SNAPSHOT_UUID]] })
  tutorsByIds(
    structureId: string,
    ids: readonly string[],
    tx: EntityManager = this.db.manager,
  ): Promise<(TutorEntity | null)[]> {
    return findByIds(tx, TutorEntity, ids, { structureId });
  }

  @SqlSnapshot({ params: [[SNAPSHOT_UUID]] })
  certificationsByIds(
    ids: readonly string[],
    tx: EntityManager = this.db.manager,
  ): Promise<(CertificationEntity | null)[]> {
    return findByIds(tx, CertificationEntity, ids);
  }

  @SqlSnapshot({ params: [[SNAPSHOT_UUID]] })
  structuresByIds(ids: readonly string[], tx: EntityManager = this.db.manager): Promise<StructureEntity[]> {
    return tx.getRepository(StructureEntity).findBy({ id: In([...ids]) });
  }

  /** For each host tutor, the ids of their contracts in these statuses (one statement). */
  @SqlSnapshot({ params: [SNAPSHOT_UUID, [SNAPSHOT_UUID], ['SUBMITTED', 'ACCEPTED', 'ACTIVE']] })
  hostTutorContracts(
    structureId: string,
    tutorIds: readonly string[],
    statuses: readonly string[],
    tx: EntityManager = this.db.manager,
  ): Promise<TutorContractsRow[]> {
    return tx.query(
      `SELECT host_tutor_id AS "tutorId", array_agg(id::text) AS ids FROM professionalisation_contract
        WHERE structure_id = $1 AND host_tutor_id = ANY($2::uuid[]) AND status = ANY($3::text[])
        GROUP BY host_tutor_id`,
      [structureId, [...tutorIds], [...statuses]],
    );
  }
}
