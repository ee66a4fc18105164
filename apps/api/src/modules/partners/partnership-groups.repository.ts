import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { type DataSource, type EntityManager, In } from 'typeorm';
import { findByIds } from '../../core/graphql/request-loader';
import { groupByKey, SNAPSHOT_UUID, SqlSnapshot } from '../../database/repository';
import { PartnerOrganisationEntity } from '../structures';
import { HiringTargetEntity, PartnershipEntity, PartnershipGroupEntity } from './partner.entities';

/** A partnership chosen for a group, locked: its landlord's name and the group it is in, if any. */
export interface MemberRow {
  id: string;
  group_id: string | null;
  group_name: string | null;
  partner_name: string;
}

/** A group's target for a year, the hires at its landlords that year, and its landlords by name. */
export interface GroupProgressRow {
  id: string;
  target: number | null;
  hires: number;
  landlords: string[];
}

/** The SQL of « objectifs partagés », groups of partnerships sharing one yearly hiring target (ADR 0011). */
@Injectable()
export class PartnershipGroupsRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** The structure's groups, by name. */
  @SqlSnapshot({ params: [SNAPSHOT_UUID] })
  groups(structureId: string, tx: EntityManager = this.db.manager): Promise<PartnershipGroupEntity[]> {
    return tx.getRepository(PartnershipGroupEntity).find({ where: { structureId }, order: { name: 'ASC', id: 'ASC' } });
  }

  /** A group of the structure, locked `FOR UPDATE`; null when none. */
  @SqlSnapshot({ params: [SNAPSHOT_UUID, SNAPSHOT_UUID] })
  lockGroup(
    structureId: string,
    id: string,
    tx: EntityManager = this.db.manager,
  ): Promise<PartnershipGroupEntity | null> {
    return tx
      .getRepository(PartnershipGroupEntity)
      .createQueryBuilder('g')
      .where('g.id = :id AND g.structureId = :structureId', { id, structureId })
      .setLock('pessimistic_write')
      .getOne();
  }

  /** The structure's partnerships of `ids`, locked `FOR UPDATE` in landlord-name order, with their group. */
  @SqlSnapshot({ params: [SNAPSHOT_UUID, [SNAPSHOT_UUID]] })
  lockMembers(structureId: string, ids: string[], tx: EntityManager = this.db.manager): Promise<MemberRow[]> {
    return tx.query(
      `SELECT ps.id, ps.group_id, g.name AS group_name, o.name AS partner_name
             FROM partnership ps
             JOIN partner_organisation o ON o.id = ps.partner_organisation_id
             LEFT JOIN partnership_group g ON g.id = ps.group_id
            WHERE ps.structure_id = $1 AND ps.id = ANY($2::uuid[])
            ORDER BY o.name, ps.id
              FOR UPDATE OF ps`,
      [structureId, ids],
    );
  }

  /** Whether another group of the structure (not `exceptId`) has this name, whatever its case. */
  @SqlSnapshot({ params: [SNAPSHOT_UUID, 'x', null] })
  async nameTaken(
    structureId: string,
    name: string,
    exceptId: string | null,
    tx: EntityManager = this.db.manager,
  ): Promise<boolean> {
    const [sameName] = await tx.query(
      `SELECT 1 FROM partnership_group WHERE structure_id = $1 AND lower(name) = lower($2) AND id IS DISTINCT FROM $3::uuid`,
      [structureId, name, exceptId],
    );
    return !!sameName;
  }

  /** Renames a group, and gives it a new version whatever changed. */
  @SqlSnapshot({ params: [SNAPSHOT_UUID, SNAPSHOT_UUID, 'x'] })
  async rename(structureId: string, id: string, name: string, tx: EntityManager = this.db.manager): Promise<void> {
    await tx.query(
      `UPDATE partnership_group SET name = $3, version = version + 1, updated_at = now()
            WHERE id = $1 AND structure_id = $2`,
      [id, structureId, name],
    );
  }

  /** Inserts a group unless its name is taken (a unique index); its id, null when it was not inserted. */
  @SqlSnapshot({ params: [SNAPSHOT_UUID, SNAPSHOT_UUID, 'x'] })
  async insertIfAbsent(
    structureId: string,
    userId: string,
    name: string,
    tx: EntityManager = this.db.manager,
  ): Promise<string | null> {
    const inserted = await tx
      .getRepository(PartnershipGroupEntity)
      .createQueryBuilder()
      .insert()
      .values({ structureId, name, createdById: userId })
      .orIgnore()
      .returning(['id'])
      .execute();
    return (inserted.raw as { id: string }[])[0]?.id ?? null;
  }

  /**
   * Partnerships join the group: their own targets are added to the group's, year by year, then deleted, and the
   * partnerships point at the group.
   */
  @SqlSnapshot({ params: [SNAPSHOT_UUID, SNAPSHOT_UUID, [SNAPSHOT_UUID]] })
  async join(
    structureId: string,
    groupId: string,
    partnershipIds: string[],
    tx: EntityManager = this.db.manager,
  ): Promise<void> {
    await tx.query(
      `INSERT INTO hiring_target (group_id, year, hires)
           SELECT $1::uuid, year, sum(hires)::int FROM hiring_target WHERE partnership_id = ANY($2::uuid[]) GROUP BY year
           ON CONFLICT ON CONSTRAINT "UQ_hiring_target_group_year"
           DO UPDATE SET hires = hiring_target.hires + EXCLUDED.hires, version = hiring_target.version + 1,
                         updated_at = now()`,
      [groupId, partnershipIds],
    );
    await tx.query(`DELETE FROM hiring_target WHERE partnership_id = ANY($1::uuid[])`, [partnershipIds]);
    await tx.query(`UPDATE partnership SET group_id = $1 WHERE structure_id = $2 AND id = ANY($3::uuid[])`, [
      groupId,
      structureId,
      partnershipIds,
    ]);
  }

  /** The group's partnerships not in `keptIds` leave it. */
  @SqlSnapshot({ params: [SNAPSHOT_UUID, SNAPSHOT_UUID, [SNAPSHOT_UUID]] })
  async leaveExcept(
    structureId: string,
    groupId: string,
    keptIds: string[],
    tx: EntityManager = this.db.manager,
  ): Promise<void> {
    await tx.query(
      `UPDATE partnership SET group_id = NULL WHERE structure_id = $1 AND group_id = $2 AND NOT (id = ANY($3::uuid[]))`,
      [structureId, groupId, keptIds],
    );
  }

  @SqlSnapshot({ params: [SNAPSHOT_UUID, SNAPSHOT_UUID] })
  groupOrFail(structureId: string, id: string, tx: EntityManager = this.db.manager): Promise<PartnershipGroupEntity> {
    return tx.getRepository(PartnershipGroupEntity).findOneByOrFail({ id, structureId });
  }

  /** The group's partnerships. */
  @SqlSnapshot({ params: [SNAPSHOT_UUID, SNAPSHOT_UUID] })
  members(structureId: string, groupId: string, tx: EntityManager = this.db.manager): Promise<PartnershipEntity[]> {
    return tx.getRepository(PartnershipEntity).find({ where: { structureId, groupId } });
  }

  /** Every partnership leaves the group, and the group (with its targets) is deleted. */
  @SqlSnapshot({ params: [SNAPSHOT_UUID, SNAPSHOT_UUID] })
  async delete(structureId: string, groupId: string, tx: EntityManager = this.db.manager): Promise<void> {
    await tx.query(`UPDATE partnership SET group_id = NULL WHERE structure_id = $1 AND group_id = $2`, [
      structureId,
      groupId,
    ]);
    await tx.getRepository(PartnershipGroupEntity).delete({ id: groupId, structureId });
  }

  /** The structure's partnerships of `ids`, by landlord name. */
  @SqlSnapshot({ params: [SNAPSHOT_UUID, [SNAPSHOT_UUID]] })
  async partnershipsByIds(
    structureId: string,
    ids: string[],
    tx: EntityManager = this.db.manager,
  ): Promise<PartnershipEntity[]> {
    return this.byPartnerName(
      tx,
      await tx.getRepository(PartnershipEntity).find({ where: { structureId, id: In(ids) } }),
    );
  }

  // ---- batched reads ----

  /** Each group's target for `year` and the hires at any of its landlords starting in that year (one statement). */
  @SqlSnapshot({ params: [SNAPSHOT_UUID, [SNAPSHOT_UUID], 2026] })
  async progressByGroups(
    structureId: string,
    ids: readonly string[],
    year: number,
    tx: EntityManager = this.db.manager,
  ): Promise<(GroupProgressRow | null)[]> {
    const rows: GroupProgressRow[] = await tx.query(
      `SELECT g.id,
              (SELECT t.hires FROM hiring_target t WHERE t.group_id = g.id AND t.year = $3) AS target,
              (SELECT count(*)::int FROM partnership m
                 JOIN hire h ON h.structure_id = m.structure_id AND h.employer_organisation_id = m.partner_organisation_id
                WHERE m.group_id = g.id
                  AND h.start_date >= make_date($3, 1, 1) AND h.start_date < make_date($3 + 1, 1, 1)) AS hires,
              ARRAY(SELECT o.name FROM partnership m JOIN partner_organisation o ON o.id = m.partner_organisation_id
                     WHERE m.group_id = g.id ORDER BY o.name, m.id) AS landlords
         FROM partnership_group g WHERE g.structure_id = $1 AND g.id = ANY($2::uuid[])`,
      [structureId, [...ids], year],
    );
    const byId = new Map(rows.map((r) => [r.id, r]));
    return ids.map((id) => byId.get(id) ?? null);
  }

  @SqlSnapshot({ params: [[SNAPSHOT_UUID]] })
  groupsByIds(ids: readonly string[], tx: EntityManager = this.db.manager): Promise<(PartnershipGroupEntity | null)[]> {
    return findByIds(tx, PartnershipGroupEntity, ids);
  }

  /** The partnerships of each group, by landlord name (one statement, and one for the names). */
  @SqlSnapshot({ params: [[SNAPSHOT_UUID]] })
  async partnershipsByGroups(
    groupIds: readonly string[],
    tx: EntityManager = this.db.manager,
  ): Promise<PartnershipEntity[][]> {
    const rows = await this.byPartnerName(
      tx,
      await tx.getRepository(PartnershipEntity).find({ where: { groupId: In([...groupIds]) } }),
    );
    return groupByKey(groupIds, rows, (r) => r.groupId as string);
  }

  @SqlSnapshot({ params: [[SNAPSHOT_UUID]] })
  async targetsByGroups(
    groupIds: readonly string[],
    tx: EntityManager = this.db.manager,
  ): Promise<HiringTargetEntity[][]> {
    const rows = await tx
      .getRepository(HiringTargetEntity)
      .find({ where: { groupId: In([...groupIds]) }, order: { year: 'DESC' } });
    return groupByKey(groupIds, rows, (r) => r.groupId as string);
  }

  /** Partnerships ordered by their landlord's name, then id. */
  private async byPartnerName(tx: EntityManager, rows: PartnershipEntity[]): Promise<PartnershipEntity[]> {
    if (!rows.length) return rows;
    const names = new Map(
      (
        await tx.getRepository(PartnerOrganisationEntity).find({
          where: { id: In([...new Set(rows.map((r) => r.partnerOrganisationId))]) },
          select: { id: true, name: true },
        })
      ).map((o) => [o.id, o.name]),
    );
    const name = (r: PartnershipEntity) => names.get(r.partnerOrganisationId) ?? '';
    return [...rows].sort((a, b) => name(a).localeCompare(name(b), 'fr') || a.id.localeCompare(b.id));
  }
}
