import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { type DataSource, type EntityManager, InstanceChecker } from 'typeorm';
import { PARTNER_VISIBLE_PROPOSAL_STATUSES } from '@tremplin/domain';
import { type As, SNAPSHOT_UUID, SqlSnapshot } from '../../database/repository';
import { PersonEntity } from '../../modules/persons/person.entity';

const VISIBLE_STATUSES_SQL = PARTNER_VISIBLE_PROPOSAL_STATUSES.map((s) => `'${s}'`).join(',');

/**
 * The ONE rule saying what a partner organisation reaches (issue 5, CNIL), as an SQL predicate on a proposal row
 * aliased `pr`, for joins and WHERE clauses. The partner organisation's id is a placeholder the caller binds: replace
 * `:partner` with its parameter (e.g. `$1`) through `partnerVisibleProposalSql`.
 *
 *   JOIN proposal pr ON pr.person_id = m.person_id AND ${partnerVisibleProposalSql('$1')}
 */
export const PARTNER_VISIBLE_PROPOSAL_SQL =
  `(pr.partner_organisation_id = :partner AND pr.status IN (${VISIBLE_STATUSES_SQL}) ` +
  `AND pr.consent_withdrawn_at IS NULL)`;

/** `PARTNER_VISIBLE_PROPOSAL_SQL` with the partner organisation bound to `param` (`$1`, `$2`…); alias `pr`. */
export function partnerVisibleProposalSql(param: string, alias = 'pr'): string {
  return PARTNER_VISIBLE_PROPOSAL_SQL.replace(':partner', `${param}::uuid`).replace(/\bpr\./g, `${alias}.`);
}

/**
 * The ONE rule saying which hiring needs a structure reaches (issue 14, point 12), as an SQL predicate on a
 * `hiring_need` row aliased `alias`; `structureParam` is the caller's structure (`$1`…). See hiring-need-visibility.ts.
 */
export function needVisibleToStructureSql(structureParam: string, alias = 'n'): string {
  return (
    `(${alias}.created_by_structure_id IS NULL OR ${alias}.created_by_structure_id = ${structureParam}::uuid ` +
    `OR ${alias}.shared_with_partners)`
  );
}

/** The access checks' SQL: the person a pathway operation is about, what a partner organisation reaches. */
@Injectable()
export class AccessRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** The person `personId` of the structure, `null` if none; with `lock`, locked until the transaction ends. */
  @SqlSnapshot({ params: [SNAPSHOT_UUID, SNAPSHOT_UUID, false] })
  @SqlSnapshot({ params: [SNAPSHOT_UUID, SNAPSHOT_UUID, true], name: 'lock' })
  personOfStructure(
    structureId: string,
    personId: string,
    lock: boolean,
    tx: EntityManager = this.db.manager,
  ): Promise<PersonEntity | null> {
    const qb = tx
      .getRepository(PersonEntity)
      .createQueryBuilder('p')
      .where('p.id = :personId AND p.structureId = :structureId', { personId, structureId });
    if (lock) qb.setLock('pessimistic_write');
    return qb.getOne();
  }

  /** The ids among `personIds` that the partner organisation reaches through a visible proposal (one statement). */
  @SqlSnapshot({ params: [SNAPSHOT_UUID, [SNAPSHOT_UUID]] })
  async visibleProposalPersonIds(
    partnerOrganisationId: string,
    personIds: readonly string[],
    tx: EntityManager = this.db.manager,
  ): Promise<Set<string>> {
    if (personIds.length === 0) return new Set();
    const rows: As<'personId', string>[] = await tx.query(
      `SELECT DISTINCT pr.person_id AS "personId" FROM proposal pr
      WHERE pr.person_id = ANY($2::uuid[]) AND ${partnerVisibleProposalSql('$1')}`,
      [partnerOrganisationId, [...personIds]],
    );
    return new Set(rows.map((r) => r.personId));
  }

  /** The ids among `proposalIds` that the partner organisation may open (one statement). */
  @SqlSnapshot({ params: [SNAPSHOT_UUID, [SNAPSHOT_UUID]] })
  async visibleProposalIds(
    partnerOrganisationId: string,
    proposalIds: readonly string[],
    tx: EntityManager = this.db.manager,
  ): Promise<Set<string>> {
    if (proposalIds.length === 0) return new Set();
    const rows: As<'id', string>[] = await tx.query(
      `SELECT pr.id FROM proposal pr WHERE pr.id = ANY($2::uuid[]) AND ${partnerVisibleProposalSql('$1')}`,
      [partnerOrganisationId, [...proposalIds]],
    );
    return new Set(rows.map((r) => r.id));
  }
}

const REPOSITORIES = new WeakMap<DataSource, AccessRepository>();

/**
 * The access repository of the data source behind `db` (a data source, or a transaction's manager): for the access
 * helpers (`requirePerson`, `visibleProposalPersonIds`) that every module calls with its transaction.
 */
export function accessRepositoryOf(db: DataSource | EntityManager): AccessRepository {
  const source = InstanceChecker.isDataSource(db) ? db : db.dataSource;
  let repo = REPOSITORIES.get(source);
  if (!repo) REPOSITORIES.set(source, (repo = new AccessRepository(source)));
  return repo;
}

/** The manager a statement runs with: the transaction's, or the data source's own. */
export function managerOf(db: DataSource | EntityManager): EntityManager {
  return InstanceChecker.isDataSource(db) ? db.manager : db;
}
