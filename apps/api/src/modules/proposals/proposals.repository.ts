import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { type DataSource, type EntityManager, In } from 'typeorm';
import { ProposalEventKind, ProposalStatus } from '@tremplin/domain';
import { findByIds } from '../../core/graphql/request-loader';
import { groupByKey, SNAPSHOT_UUID, SqlSnapshot } from '../../database/repository';
import { HireEntity } from '../outcomes';
import { HiringNeedEntity } from '../partners';
import { ProposalEntity, ProposalEventEntity } from './proposal.entities';

/** An event of a proposal's history, as inserted. */
export type ProposalEventFields = Pick<
  ProposalEventEntity,
  'structureId' | 'personId' | 'proposalId' | 'kind' | 'actorUserId' | 'actorLabel' | 'reason' | 'comment'
>;

const EVENT: ProposalEventFields = {
  structureId: SNAPSHOT_UUID,
  personId: SNAPSHOT_UUID,
  proposalId: SNAPSHOT_UUID,
  kind: ProposalEventKind.PROPOSED,
  actorUserId: null,
  actorLabel: 'x',
  reason: null,
  comment: null,
};

/** The SQL of proposals, their history and the needs they are made for (ADR 0011). */
@Injectable()
export class ProposalsRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** The proposals of a person, newest first. */
  @SqlSnapshot({ params: [SNAPSHOT_UUID, SNAPSHOT_UUID] })
  ofPerson(structureId: string, personId: string, tx: EntityManager = this.db.manager): Promise<ProposalEntity[]> {
    return tx.getRepository(ProposalEntity).find({
      where: { structureId, personId },
      order: { proposedAt: 'DESC', id: 'DESC' },
    });
  }

  /** The name of a structure or partner organisation ('' when none). */
  @SqlSnapshot({ params: ['structure', SNAPSHOT_UUID], name: 'structure' })
  @SqlSnapshot({ params: ['partner_organisation', SNAPSHOT_UUID], name: 'partner-organisation' })
  async nameOf(
    table: 'structure' | 'partner_organisation',
    id: string,
    tx: EntityManager = this.db.manager,
  ): Promise<string> {
    const [row] = (await tx.query(`SELECT name FROM ${table} WHERE id = $1`, [id])) as { name: string }[];
    return row?.name ?? '';
  }

  // ---- hiring needs ----

  @SqlSnapshot({ params: [SNAPSHOT_UUID] })
  findNeed(id: string, tx: EntityManager = this.db.manager): Promise<HiringNeedEntity | null> {
    return tx.getRepository(HiringNeedEntity).findOneBy({ id });
  }

  /** A need held `FOR SHARE` (its status cannot change until the transaction ends); null when none. */
  @SqlSnapshot({ params: [SNAPSHOT_UUID] })
  needForShare(id: string, tx: EntityManager = this.db.manager): Promise<HiringNeedEntity | null> {
    return tx
      .getRepository(HiringNeedEntity)
      .createQueryBuilder('n')
      .where('n.id = :id', { id })
      .setLock('pessimistic_read')
      .getOne();
  }

  /** A need locked `FOR UPDATE`, which must exist. */
  @SqlSnapshot({ params: [SNAPSHOT_UUID] })
  needForUpdate(id: string, tx: EntityManager = this.db.manager): Promise<HiringNeedEntity> {
    return tx
      .getRepository(HiringNeedEntity)
      .createQueryBuilder('n')
      .where('n.id = :id', { id })
      .setLock('pessimistic_write')
      .getOneOrFail();
  }

  @SqlSnapshot({ params: [{ id: SNAPSHOT_UUID, status: 'FILLED' }] })
  async saveNeed(need: HiringNeedEntity, tx: EntityManager = this.db.manager): Promise<void> {
    await tx.getRepository(HiringNeedEntity).save(need);
  }

  /** The job title of a need. */
  @SqlSnapshot({ params: [SNAPSHOT_UUID] })
  async needJobTitle(id: string, tx: EntityManager = this.db.manager): Promise<string> {
    const [need] = (await tx.query(`SELECT job_title AS "jobTitle" FROM hiring_need WHERE id = $1`, [id])) as {
      jobTitle: string;
    }[];
    return need.jobTitle;
  }

  /** How many proposals made for the need were hired. */
  @SqlSnapshot({ params: [SNAPSHOT_UUID] })
  async countHired(hiringNeedId: string, tx: EntityManager = this.db.manager): Promise<number> {
    const [{ hired }] = (await tx.query(
      `SELECT count(*)::int AS hired FROM proposal WHERE hiring_need_id = $1 AND status = $2`,
      [hiringNeedId, ProposalStatus.HIRED],
    )) as { hired: number }[];
    return hired;
  }

  // ---- proposals ----

  /** The id of a proposal of the person for the need in one of `statuses`, null when none. */
  @SqlSnapshot({ params: [SNAPSHOT_UUID, SNAPSHOT_UUID, [ProposalStatus.PROPOSED]] })
  async liveProposal(
    personId: string,
    hiringNeedId: string,
    statuses: readonly string[],
    tx: EntityManager = this.db.manager,
  ): Promise<string | null> {
    const [live] = (await tx.query(
      `SELECT id FROM proposal WHERE person_id = $1 AND hiring_need_id = $2 AND status = ANY($3::text[])`,
      [personId, hiringNeedId, [...statuses]],
    )) as { id: string }[];
    return live?.id ?? null;
  }

  /** Inserts a proposal; the row as saved (without its defaults). */
  @SqlSnapshot({
    params: [
      {
        structureId: SNAPSHOT_UUID,
        personId: SNAPSHOT_UUID,
        hiringNeedId: SNAPSHOT_UUID,
        partnerOrganisationId: SNAPSHOT_UUID,
        status: ProposalStatus.PROPOSED,
        consentGivenOn: '2026-01-05',
        shareFullName: false,
        shareContact: false,
        message: null,
      },
    ],
  })
  insert(fields: Partial<ProposalEntity>, tx: EntityManager = this.db.manager): Promise<ProposalEntity> {
    const repo = tx.getRepository(ProposalEntity);
    return repo.save(repo.create(fields));
  }

  /** Saves a proposal read (and locked) before. */
  @SqlSnapshot({ params: [{ id: SNAPSHOT_UUID, structureId: SNAPSHOT_UUID, status: ProposalStatus.WITHDRAWN }] })
  async save(p: ProposalEntity, tx: EntityManager = this.db.manager): Promise<void> {
    await tx.getRepository(ProposalEntity).save(p);
  }

  /** A proposal, which must exist. */
  @SqlSnapshot({ params: [SNAPSHOT_UUID, SNAPSHOT_UUID] })
  proposalOrFail(structureId: string, id: string, tx: EntityManager = this.db.manager): Promise<ProposalEntity> {
    return tx.getRepository(ProposalEntity).findOneByOrFail({ id, structureId });
  }

  /** A proposal of the structure locked `FOR UPDATE`; null when none. */
  @SqlSnapshot({ params: [SNAPSHOT_UUID, SNAPSHOT_UUID] })
  lock(structureId: string, id: string, tx: EntityManager = this.db.manager): Promise<ProposalEntity | null> {
    return tx
      .getRepository(ProposalEntity)
      .createQueryBuilder('p')
      .where('p.id = :id AND p.structureId = :structureId', { id, structureId })
      .setLock('pessimistic_write')
      .getOne();
  }

  /**
   * The person's proposals that still give a landlord access (not WITHDRAWN, consent not yet withdrawn), locked
   * `FOR UPDATE` in id order.
   */
  @SqlSnapshot({ params: [SNAPSHOT_UUID, SNAPSHOT_UUID] })
  lockLiveOfPerson(
    structureId: string,
    personId: string,
    tx: EntityManager = this.db.manager,
  ): Promise<ProposalEntity[]> {
    return tx
      .getRepository(ProposalEntity)
      .createQueryBuilder('p')
      .where('p.structureId = :structureId AND p.personId = :personId', { structureId, personId })
      .andWhere('p.consentWithdrawnAt IS NULL AND p.status <> :withdrawn', { withdrawn: ProposalStatus.WITHDRAWN })
      .orderBy('p.id')
      .setLock('pessimistic_write')
      .getMany();
  }

  // ---- history ----

  /** Inserts an event of a proposal's history. */
  @SqlSnapshot({ params: [EVENT] })
  async insertEvent(event: ProposalEventFields, tx: EntityManager = this.db.manager): Promise<void> {
    await tx.getRepository(ProposalEventEntity).insert(event);
  }

  /** The history of one proposal, oldest first. */
  @SqlSnapshot({ params: [SNAPSHOT_UUID, SNAPSHOT_UUID] })
  eventsOf(
    structureId: string,
    proposalId: string,
    tx: EntityManager = this.db.manager,
  ): Promise<ProposalEventEntity[]> {
    return tx.getRepository(ProposalEventEntity).find({
      where: { proposalId, structureId },
      order: { occurredAt: 'ASC', createdAt: 'ASC' },
    });
  }

  // ---- batched reads ----

  /** The history of each proposal, oldest first (one statement). */
  @SqlSnapshot({ params: [SNAPSHOT_UUID, [SNAPSHOT_UUID]] })
  async eventsByProposals(
    structureId: string,
    ids: readonly string[],
    tx: EntityManager = this.db.manager,
  ): Promise<ProposalEventEntity[][]> {
    const rows = await tx.getRepository(ProposalEventEntity).find({
      where: { structureId, proposalId: In([...ids]) },
      order: { occurredAt: 'ASC', createdAt: 'ASC' },
    });
    return groupByKey(ids, rows, (r) => r.proposalId);
  }

  @SqlSnapshot({ params: [SNAPSHOT_UUID, [SNAPSHOT_UUID]] })
  hiresByIds(
    structureId: string,
    ids: readonly string[],
    tx: EntityManager = this.db.manager,
  ): Promise<(HireEntity | null)[]> {
    return findByIds(tx, HireEntity, ids, { structureId });
  }
}
