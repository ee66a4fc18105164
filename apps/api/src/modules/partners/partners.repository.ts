import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { type DataSource, type EntityManager, In } from 'typeorm';
import { HiringNeedStatus } from '@tremplin/domain';
import { needVisibleToStructureSql } from '../../core/access/hiring-need-visibility';
import { findByIds } from '../../core/graphql/request-loader';
import { groupByKey, SNAPSHOT_UUID, SqlSnapshot } from '../../database/repository';
import { PartnerOrganisationEntity } from '../structures';
import { HiringNeedEntity, HiringTargetEntity, PartnershipEntity, PartnerSiteEntity } from './partner.entities';

/**
 * Hires and target of one partnership for one year. In a group (« objectif partagé »), the target is the group's and
 * `hires` counts the hires at every landlord of the group; `ownHires` are those at this partnership's landlord.
 */
export interface PartnershipProgress {
  partnershipId: string;
  structureId: string;
  structureName: string;
  target: number | null;
  hires: number;
  ownHires: number;
  groupName: string | null;
  /** The other landlords sharing the target, by name (none without a group). */
  sharedWith: string[];
}

/** What the portal's dashboard counts for an organisation. */
export interface OverviewCountsRow {
  name: string;
  proposals: number;
  hours: number;
}

export type SiteFields = Pick<PartnerSiteEntity, 'name' | 'addressLine' | 'postalCode' | 'city'>;

/** SQL predicate of an active partnership aliased `ps`, `today` bound to `param`. */
export function activePartnershipSql(param: string, alias = 'ps'): string {
  return `(${alias}.ended_on IS NULL OR ${alias}.ended_on >= ${param}::date)`;
}

/**
 * Hires by the partnership's structure starting in year `$Y`: at its landlord (`ownHires`), and against the target
 * that applies — its own, or its group's with the hires at every landlord of the group (docs/domain/figures.md).
 */
const PROGRESS_COLUMNS = (year: string) => `
  g.name AS "groupName",
  CASE WHEN ps.group_id IS NULL
       THEN (SELECT t.hires FROM hiring_target t WHERE t.partnership_id = ps.id AND t.year = ${year})
       ELSE (SELECT t.hires FROM hiring_target t WHERE t.group_id = ps.group_id AND t.year = ${year}) END AS target,
  (SELECT count(*)::int FROM hire h
    WHERE h.structure_id = ps.structure_id AND h.employer_organisation_id = ps.partner_organisation_id
      AND h.start_date >= make_date(${year}, 1, 1) AND h.start_date < make_date(${year} + 1, 1, 1)) AS "ownHires",
  (SELECT count(*)::int FROM partnership m
     JOIN hire h ON h.structure_id = m.structure_id AND h.employer_organisation_id = m.partner_organisation_id
    WHERE (m.id = ps.id OR m.group_id = ps.group_id)
      AND h.start_date >= make_date(${year}, 1, 1) AND h.start_date < make_date(${year} + 1, 1, 1)) AS hires,
  ARRAY(SELECT o.name FROM partnership m JOIN partner_organisation o ON o.id = m.partner_organisation_id
         WHERE m.group_id = ps.group_id AND m.id <> ps.id ORDER BY o.name, m.id) AS "sharedWith"`;

const NEED: Partial<HiringNeedEntity> = {
  partnerOrganisationId: SNAPSHOT_UUID,
  siteId: null,
  jobTitle: 'x',
  positions: 1,
  startDate: '2026-01-05',
  requirements: null,
  status: HiringNeedStatus.OPEN,
  createdById: SNAPSHOT_UUID,
  createdByStructureId: SNAPSHOT_UUID,
};

/** The SQL of partnerships, hiring targets, landlords' sites and hiring needs (ADR 0011). */
@Injectable()
export class PartnersRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  // ---- partnerships ----

  /** The structure's partnerships, by partner name. */
  @SqlSnapshot({ params: [SNAPSHOT_UUID] })
  partnerships(structureId: string, tx: EntityManager = this.db.manager): Promise<PartnershipEntity[]> {
    return tx
      .getRepository(PartnershipEntity)
      .createQueryBuilder('ps')
      .innerJoin(PartnerOrganisationEntity, 'o', 'o.id = ps.partnerOrganisationId')
      .where('ps.structureId = :structureId', { structureId })
      .orderBy('o.name', 'ASC')
      .addOrderBy('ps.id', 'ASC')
      .getMany();
  }

  @SqlSnapshot({ params: [SNAPSHOT_UUID] })
  findOrganisation(id: string, tx: EntityManager = this.db.manager): Promise<PartnerOrganisationEntity | null> {
    return tx.getRepository(PartnerOrganisationEntity).findOneBy({ id });
  }

  /** The structure's partnership with a landlord, locked `FOR UPDATE`; null when none. */
  @SqlSnapshot({ params: [SNAPSHOT_UUID, SNAPSHOT_UUID] })
  lockPartnershipWith(
    structureId: string,
    partnerOrganisationId: string,
    tx: EntityManager = this.db.manager,
  ): Promise<PartnershipEntity | null> {
    return tx
      .getRepository(PartnershipEntity)
      .createQueryBuilder('ps')
      .where('ps.structureId = :structureId AND ps.partnerOrganisationId = :partnerId', {
        structureId,
        partnerId: partnerOrganisationId,
      })
      .setLock('pessimistic_write')
      .getOne();
  }

  /** A partnership of the structure by id, locked `FOR UPDATE`; null when none. */
  @SqlSnapshot({ params: [SNAPSHOT_UUID, SNAPSHOT_UUID] })
  lockPartnership(
    structureId: string,
    id: string,
    tx: EntityManager = this.db.manager,
  ): Promise<PartnershipEntity | null> {
    return tx
      .getRepository(PartnershipEntity)
      .createQueryBuilder('ps')
      .where('ps.id = :id AND ps.structureId = :structureId', { id, structureId })
      .setLock('pessimistic_write')
      .getOne();
  }

  /** Saves the dates of a partnership read before; the row as saved. */
  @SqlSnapshot({ params: [SNAPSHOT_UUID, { id: SNAPSHOT_UUID, startedOn: '2026-01-05', endedOn: null }] })
  async savePartnership(
    structureId: string,
    partnership: PartnershipEntity,
    tx: EntityManager = this.db.manager,
  ): Promise<PartnershipEntity> {
    const repo = tx.getRepository(PartnershipEntity);
    await repo.save(partnership);
    return repo.findOneByOrFail({ id: partnership.id, structureId });
  }

  /**
   * Inserts the partnership unless the structure already has one with the landlord (two first saves at once: the
   * unique constraint refuses the second); the row inserted, null when it was not.
   */
  @SqlSnapshot({
    params: [
      {
        structureId: SNAPSHOT_UUID,
        partnerOrganisationId: SNAPSHOT_UUID,
        startedOn: '2026-01-05',
        endedOn: null,
        createdById: SNAPSHOT_UUID,
      },
    ],
  })
  async insertPartnershipIfAbsent(
    values: Pick<PartnershipEntity, 'structureId' | 'partnerOrganisationId' | 'startedOn' | 'endedOn' | 'createdById'>,
    tx: EntityManager = this.db.manager,
  ): Promise<PartnershipEntity | null> {
    const repo = tx.getRepository(PartnershipEntity);
    const inserted = await repo.createQueryBuilder().insert().values(values).orIgnore().returning(['id']).execute();
    const id = (inserted.raw as { id: string }[])[0]?.id;
    if (!id) return null;
    return repo.findOneByOrFail({ id, structureId: values.structureId });
  }

  /** The names of a landlord and of a partnership group. */
  @SqlSnapshot({ params: [SNAPSHOT_UUID, SNAPSHOT_UUID] })
  async partnerAndGroupNames(
    partnerOrganisationId: string,
    groupId: string,
    tx: EntityManager = this.db.manager,
  ): Promise<{ partner: string; group: string }> {
    const [names] = await tx.query(
      `SELECT o.name AS partner, g.name AS "group" FROM partner_organisation o, partnership_group g
            WHERE o.id = $1 AND g.id = $2`,
      [partnerOrganisationId, groupId],
    );
    return names;
  }

  /** Creates or replaces the target of a year of a partnership (its own) or of a group (shared). */
  @SqlSnapshot({ params: [{ partnershipId: SNAPSHOT_UUID }, 2026, 3], name: 'partnership' })
  @SqlSnapshot({ params: [{ groupId: SNAPSHOT_UUID }, 2026, 3], name: 'group' })
  async upsertHiringTarget(
    holder: { partnershipId: string } | { groupId: string },
    year: number,
    hires: number,
    tx: EntityManager = this.db.manager,
  ): Promise<void> {
    const [column, constraint, id] =
      'groupId' in holder
        ? ['group_id', 'UQ_hiring_target_group_year', holder.groupId]
        : ['partnership_id', 'UQ_hiring_target_year', holder.partnershipId];
    await tx.query(
      `INSERT INTO hiring_target (${column}, year, hires) VALUES ($1, $2, $3)
     ON CONFLICT ON CONSTRAINT "${constraint}"
     DO UPDATE SET hires = EXCLUDED.hires, version = hiring_target.version + 1, updated_at = now()`,
      [id, year, hires],
    );
  }

  @SqlSnapshot({ params: [SNAPSHOT_UUID, SNAPSHOT_UUID] })
  partnershipWith(
    structureId: string,
    partnerOrganisationId: string,
    tx: EntityManager = this.db.manager,
  ): Promise<PartnershipEntity | null> {
    return tx.getRepository(PartnershipEntity).findOneBy({ structureId, partnerOrganisationId });
  }

  /** Whether the structure has a partnership with the landlord active on `today`. */
  @SqlSnapshot({ params: [SNAPSHOT_UUID, SNAPSHOT_UUID, '2026-01-05'] })
  async hasActivePartnership(
    structureId: string,
    partnerOrganisationId: string,
    today: string,
    tx: EntityManager = this.db.manager,
  ): Promise<boolean> {
    const [partner] = await tx.query(
      `SELECT 1 FROM partnership ps WHERE ps.structure_id = $1 AND ps.partner_organisation_id = $2 AND ${activePartnershipSql('$3')}`,
      [structureId, partnerOrganisationId, today],
    );
    return !!partner;
  }

  // ---- hiring needs ----

  /**
   * The needs in `status` the structure reaches at the landlords it has an active partnership with on `today`
   * (optionally one landlord), by start date.
   */
  @SqlSnapshot({ params: [SNAPSHOT_UUID, '2026-01-05', HiringNeedStatus.OPEN, null] })
  async visibleNeeds(
    structureId: string,
    today: string,
    status: string,
    partnerOrganisationId: string | null,
    tx: EntityManager = this.db.manager,
  ): Promise<HiringNeedEntity[]> {
    const rows: { id: string }[] = await tx.query(
      `SELECT n.id FROM hiring_need n
         JOIN partnership ps ON ps.partner_organisation_id = n.partner_organisation_id AND ps.structure_id = $1
                            AND ${activePartnershipSql('$2')}
         JOIN partner_organisation o ON o.id = n.partner_organisation_id
        WHERE n.status = $3 AND ($4::uuid IS NULL OR n.partner_organisation_id = $4::uuid)
          AND ${needVisibleToStructureSql('$1')}
        ORDER BY n.start_date, o.name, n.job_title, n.id`,
      [structureId, today, status, partnerOrganisationId],
    );
    return this.needsInOrder(
      tx,
      rows.map((r) => r.id),
    );
  }

  /** The organisation's needs (every status when `status` is null), open first, by start date. */
  @SqlSnapshot({ params: [SNAPSHOT_UUID, null] })
  async organisationNeeds(
    partnerOrganisationId: string,
    status: string | null,
    tx: EntityManager = this.db.manager,
  ): Promise<HiringNeedEntity[]> {
    const rows: { id: string }[] = await tx.query(
      `SELECT n.id FROM hiring_need n WHERE n.partner_organisation_id = $1 AND ($2::text IS NULL OR n.status = $2)
        ORDER BY (n.status = 'OPEN') DESC, n.start_date, n.job_title, n.id`,
      [partnerOrganisationId, status],
    );
    return this.needsInOrder(
      tx,
      rows.map((r) => r.id),
    );
  }

  /** A need locked `FOR UPDATE`; null when none. */
  @SqlSnapshot({ params: [SNAPSHOT_UUID] })
  lockNeed(id: string, tx: EntityManager = this.db.manager): Promise<HiringNeedEntity | null> {
    return tx
      .getRepository(HiringNeedEntity)
      .createQueryBuilder('n')
      .where('n.id = :id', { id })
      .setLock('pessimistic_write')
      .getOne();
  }

  /** Inserts a need; the row as saved. */
  @SqlSnapshot({ params: [NEED] })
  async insertNeed(fields: Partial<HiringNeedEntity>, tx: EntityManager = this.db.manager): Promise<HiringNeedEntity> {
    const repo = tx.getRepository(HiringNeedEntity);
    const saved = await repo.save(repo.create(fields));
    return repo.findOneByOrFail({ id: saved.id });
  }

  /** Saves a need read before with new fields; the row as saved. */
  @SqlSnapshot({ params: [{ id: SNAPSHOT_UUID }, { sharedWithPartners: true }] })
  async saveNeed(
    need: HiringNeedEntity,
    fields: Partial<HiringNeedEntity>,
    tx: EntityManager = this.db.manager,
  ): Promise<HiringNeedEntity> {
    const repo = tx.getRepository(HiringNeedEntity);
    await repo.save(Object.assign(need, fields));
    return repo.findOneByOrFail({ id: need.id });
  }

  // ---- sites ----

  /** The organisation's sites, by name. */
  @SqlSnapshot({ params: [SNAPSHOT_UUID] })
  organisationSites(partnerOrganisationId: string, tx: EntityManager = this.db.manager): Promise<PartnerSiteEntity[]> {
    return tx
      .getRepository(PartnerSiteEntity)
      .find({ where: { partnerOrganisationId }, order: { name: 'ASC', id: 'ASC' } });
  }

  /** A site of the organisation; null when none. */
  @SqlSnapshot({ params: [SNAPSHOT_UUID, SNAPSHOT_UUID] })
  findSite(
    partnerOrganisationId: string,
    id: string,
    tx: EntityManager = this.db.manager,
  ): Promise<PartnerSiteEntity | null> {
    return tx.getRepository(PartnerSiteEntity).findOneBy({ id, partnerOrganisationId });
  }

  /** Inserts a site of the organisation; the row as saved. */
  @SqlSnapshot({ params: [SNAPSHOT_UUID, { name: 'x', addressLine: null, postalCode: null, city: null }] })
  async insertSite(
    partnerOrganisationId: string,
    fields: SiteFields,
    tx: EntityManager = this.db.manager,
  ): Promise<PartnerSiteEntity> {
    const repo = tx.getRepository(PartnerSiteEntity);
    const saved = await repo.save(repo.create({ partnerOrganisationId, ...fields }));
    return repo.findOneByOrFail({ id: saved.id, partnerOrganisationId });
  }

  // ---- portal dashboard ----

  /** The organisation's name, proposals awaiting its decision and mission hours awaiting its confirmation. */
  @SqlSnapshot({ params: [SNAPSHOT_UUID] })
  async overviewCounts(
    partnerOrganisationId: string,
    tx: EntityManager = this.db.manager,
  ): Promise<OverviewCountsRow | null> {
    const [counts] = (await tx.query(
      `SELECT o.name,
                (SELECT count(*)::int FROM proposal pr WHERE pr.partner_organisation_id = o.id
                    AND pr.status IN ('PROPOSED','INTERVIEW_REQUESTED') AND pr.consent_withdrawn_at IS NULL) AS proposals,
                (SELECT count(*)::int FROM mission m WHERE m.host_organisation_id = o.id AND m.hours_status = 'PENDING') AS hours
           FROM partner_organisation o WHERE o.id = $1`,
      [partnerOrganisationId],
    )) as OverviewCountsRow[];
    return counts ?? null;
  }

  /** The progress for `year` of every partnership of the organisation, by structure name. */
  @SqlSnapshot({ params: [SNAPSHOT_UUID, 2026] })
  organisationProgress(
    partnerOrganisationId: string,
    year: number,
    tx: EntityManager = this.db.manager,
  ): Promise<PartnershipProgress[]> {
    return tx.query(
      `SELECT ps.id AS "partnershipId", ps.structure_id AS "structureId", s.name AS "structureName", ${PROGRESS_COLUMNS('$2::int')}
           FROM partnership ps JOIN structure s ON s.id = ps.structure_id
           LEFT JOIN partnership_group g ON g.id = ps.group_id
          WHERE ps.partner_organisation_id = $1
          ORDER BY s.name, ps.id`,
      [partnerOrganisationId, year],
    );
  }

  // ---- batched reads ----

  /** Progress of each of the structure's partnerships for `year` (one statement). */
  @SqlSnapshot({ params: [SNAPSHOT_UUID, [SNAPSHOT_UUID], 2026] })
  async progressByPartnerships(
    structureId: string,
    ids: readonly string[],
    year: number,
    tx: EntityManager = this.db.manager,
  ): Promise<(PartnershipProgress | null)[]> {
    const rows: PartnershipProgress[] = await tx.query(
      `SELECT ps.id AS "partnershipId", ps.structure_id AS "structureId", '' AS "structureName", ${PROGRESS_COLUMNS('$3::int')}
         FROM partnership ps LEFT JOIN partnership_group g ON g.id = ps.group_id
        WHERE ps.structure_id = $1 AND ps.id = ANY($2::uuid[])`,
      [structureId, [...ids], year],
    );
    const byId = new Map(rows.map((r) => [r.partnershipId, r]));
    return ids.map((id) => byId.get(id) ?? null);
  }

  @SqlSnapshot({ params: [[SNAPSHOT_UUID]] })
  async targetsByPartnerships(
    ids: readonly string[],
    tx: EntityManager = this.db.manager,
  ): Promise<HiringTargetEntity[][]> {
    const rows = await tx
      .getRepository(HiringTargetEntity)
      .find({ where: { partnershipId: In([...ids]) }, order: { year: 'DESC' } });
    return groupByKey(ids, rows, (r) => r.partnershipId);
  }

  @SqlSnapshot({ params: [[SNAPSHOT_UUID]] })
  async sitesByOrganisations(
    organisationIds: readonly string[],
    tx: EntityManager = this.db.manager,
  ): Promise<PartnerSiteEntity[][]> {
    const rows = await tx
      .getRepository(PartnerSiteEntity)
      .find({ where: { partnerOrganisationId: In([...organisationIds]) }, order: { name: 'ASC', id: 'ASC' } });
    return groupByKey(organisationIds, rows, (r) => r.partnerOrganisationId);
  }

  @SqlSnapshot({ params: [[SNAPSHOT_UUID]] })
  sitesByIds(ids: readonly string[], tx: EntityManager = this.db.manager): Promise<(PartnerSiteEntity | null)[]> {
    return findByIds(tx, PartnerSiteEntity, ids);
  }

  @SqlSnapshot({ params: [[SNAPSHOT_UUID]] })
  organisationsByIds(
    ids: readonly string[],
    tx: EntityManager = this.db.manager,
  ): Promise<(PartnerOrganisationEntity | null)[]> {
    return findByIds(tx, PartnerOrganisationEntity, ids);
  }

  @SqlSnapshot({ params: [[SNAPSHOT_UUID]] })
  needsByIds(ids: readonly string[], tx: EntityManager = this.db.manager): Promise<(HiringNeedEntity | null)[]> {
    return findByIds(tx, HiringNeedEntity, ids);
  }

  /** The needs of `ids` that exist, in that order (no statement when there are none). */
  private async needsInOrder(tx: EntityManager, ids: string[]): Promise<HiringNeedEntity[]> {
    if (ids.length === 0) return [];
    return (await findByIds(tx, HiringNeedEntity, ids)).filter((n): n is HiringNeedEntity => n !== null);
  }
}
