import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { In, type DataSource, type EntityManager } from 'typeorm';
import { isUuid } from '../../core/access/person-access';
import { BadUserInputError, ConflictError, NotFoundError } from '../../core/errors/app-errors';
import { findByIds, groupByKey } from '../../core/graphql/request-loader';
import { PartnerOrganisationEntity } from '../structures';
import type {
  DeletePartnershipGroupInput,
  SavePartnershipGroupInput,
  SetSharedHiringTargetInput,
} from './dto/partner.inputs';
import { HiringTargetEntity, PartnershipEntity, PartnershipGroupEntity } from './partner.entities';
import { checkYear, PARTNER_MESSAGES, upsertHiringTarget } from './partners.common';

/** A partnership chosen for a group, locked: its landlord's name and the group it is in, if any. */
interface Member {
  id: string;
  group_id: string | null;
  group_name: string | null;
  partner_name: string;
}

/**
 * « Objectifs partagés »: groups of partnerships of one structure that share one yearly hiring target
 * (docs/adr/0008-shared-hiring-targets.md). A partnership is in one group at most; in a group it has no target of its
 * own: when it joins, its own targets are added to the group's, year by year, so that no figure entered is lost.
 * Everything is scoped by the caller's structure (from the session).
 */
@Injectable()
export class PartnershipGroupsService {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** My structure's shared targets, by name. */
  groups(structureId: string): Promise<PartnershipGroupEntity[]> {
    return this.db
      .getRepository(PartnershipGroupEntity)
      .find({ where: { structureId }, order: { name: 'ASC', id: 'ASC' } });
  }

  /**
   * Creates a shared target, or changes its name and partnerships (version required). Partnerships that join bring
   * their own targets into the group's (added year by year); those that leave keep no target.
   */
  async save(structureId: string, userId: string, input: SavePartnershipGroupInput): Promise<PartnershipGroupEntity> {
    return this.db.transaction(async (tx) => {
      const ids = [...new Set(input.partnershipIds)];
      if (ids.length < 2)
        throw new BadUserInputError([{ field: 'partnershipIds', message: PARTNER_MESSAGES.groupTooSmall }]);
      const group = input.id ? await this.lockGroup(tx, structureId, input.id) : null;
      if (group && (input.version == null || group.version !== input.version))
        throw new ConflictError(PARTNER_MESSAGES.groupConflict);
      const members = await this.lockMembers(tx, structureId, ids);
      const taken = members.find((m) => m.group_id !== null && m.group_id !== group?.id);
      if (taken)
        throw new BadUserInputError([
          {
            field: 'partnershipIds',
            message: PARTNER_MESSAGES.groupPartnershipTaken(taken.partner_name, taken.group_name ?? ''),
          },
        ]);
      const [sameName] = await tx.query(
        `SELECT 1 FROM partnership_group WHERE structure_id = $1 AND lower(name) = lower($2) AND id IS DISTINCT FROM $3::uuid`,
        [structureId, input.name, group?.id ?? null],
      );
      if (sameName)
        throw new BadUserInputError([{ field: 'name', message: PARTNER_MESSAGES.groupNameTaken(input.name) }]);

      const repo = tx.getRepository(PartnershipGroupEntity);
      let groupId: string;
      if (group) {
        // A new version whatever changed (its name, its partnerships): another editor's form is then stale.
        await tx.query(
          `UPDATE partnership_group SET name = $3, version = version + 1, updated_at = now()
            WHERE id = $1 AND structure_id = $2`,
          [group.id, structureId, input.name],
        );
        groupId = group.id;
      } else {
        const inserted = await repo
          .createQueryBuilder()
          .insert()
          .values({ structureId, name: input.name, createdById: userId })
          .orIgnore()
          .returning(['id'])
          .execute();
        const id = (inserted.raw as { id: string }[])[0]?.id;
        if (!id) throw new BadUserInputError([{ field: 'name', message: PARTNER_MESSAGES.groupNameTaken(input.name) }]);
        groupId = id;
      }
      const joining = members.filter((m) => m.group_id === null).map((m) => m.id);
      if (joining.length) {
        // Their own targets join the group's, added year by year; then they have none of their own.
        await tx.query(
          `INSERT INTO hiring_target (group_id, year, hires)
           SELECT $1::uuid, year, sum(hires)::int FROM hiring_target WHERE partnership_id = ANY($2::uuid[]) GROUP BY year
           ON CONFLICT ON CONSTRAINT "UQ_hiring_target_group_year"
           DO UPDATE SET hires = hiring_target.hires + EXCLUDED.hires, version = hiring_target.version + 1,
                         updated_at = now()`,
          [groupId, joining],
        );
        await tx.query(`DELETE FROM hiring_target WHERE partnership_id = ANY($1::uuid[])`, [joining]);
        await tx.query(`UPDATE partnership SET group_id = $1 WHERE structure_id = $2 AND id = ANY($3::uuid[])`, [
          groupId,
          structureId,
          joining,
        ]);
      }
      // Those no longer chosen leave the group (with no target of their own).
      await tx.query(
        `UPDATE partnership SET group_id = NULL WHERE structure_id = $1 AND group_id = $2 AND NOT (id = ANY($3::uuid[]))`,
        [structureId, groupId, ids],
      );
      return repo.findOneByOrFail({ id: groupId, structureId });
    });
  }

  /** Stops sharing a target: its partnerships leave the group (no target of their own), its targets are deleted. */
  async delete(structureId: string, input: DeletePartnershipGroupInput): Promise<PartnershipEntity[]> {
    return this.db.transaction(async (tx) => {
      const group = await this.lockGroup(tx, structureId, input.id);
      if (group.version !== input.version) throw new ConflictError(PARTNER_MESSAGES.groupConflict);
      const repo = tx.getRepository(PartnershipEntity);
      const members = await repo.find({ where: { structureId, groupId: group.id } });
      await tx.query(`UPDATE partnership SET group_id = NULL WHERE structure_id = $1 AND group_id = $2`, [
        structureId,
        group.id,
      ]);
      await tx.getRepository(PartnershipGroupEntity).delete({ id: group.id, structureId });
      return this.byPartnerName(tx, await repo.find({ where: { structureId, id: In(members.map((m) => m.id)) } }));
    });
  }

  /** Sets the shared target of a year (creates or replaces it); returns the group. */
  async setTarget(structureId: string, input: SetSharedHiringTargetInput): Promise<PartnershipGroupEntity> {
    checkYear(input.year);
    return this.db.transaction(async (tx) => {
      const group = await this.lockGroup(tx, structureId, input.groupId);
      await upsertHiringTarget(tx, { groupId: group.id }, input.year, input.hires);
      return group;
    });
  }

  // ---- batched reads ----

  /** Each group's target for `year` and the hires at any of its landlords starting in that year (one statement). */
  async progressByGroups(
    structureId: string,
    ids: readonly string[],
    year: number,
  ): Promise<({ target: number | null; hires: number; landlords: string[] } | null)[]> {
    checkYear(year);
    const rows: { id: string; target: number | null; hires: number; landlords: string[] }[] = await this.db.query(
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

  groupsByIds(ids: readonly string[]): Promise<(PartnershipGroupEntity | null)[]> {
    return findByIds(this.db, PartnershipGroupEntity, ids);
  }

  /** The partnerships of each group, by landlord name (one statement). */
  async partnershipsByGroups(groupIds: readonly string[]): Promise<PartnershipEntity[][]> {
    const rows = await this.byPartnerName(
      this.db.manager,
      await this.db.getRepository(PartnershipEntity).find({ where: { groupId: In([...groupIds]) } }),
    );
    return groupByKey(groupIds, rows, (r) => r.groupId as string);
  }

  async targetsByGroups(groupIds: readonly string[]): Promise<HiringTargetEntity[][]> {
    const rows = await this.db
      .getRepository(HiringTargetEntity)
      .find({ where: { groupId: In([...groupIds]) }, order: { year: 'DESC' } });
    return groupByKey(groupIds, rows, (r) => r.groupId as string);
  }

  // ---- helpers ----

  private async lockGroup(tx: EntityManager, structureId: string, id: string): Promise<PartnershipGroupEntity> {
    const group = isUuid(id)
      ? await tx
          .getRepository(PartnershipGroupEntity)
          .createQueryBuilder('g')
          .where('g.id = :id AND g.structureId = :structureId', { id, structureId })
          .setLock('pessimistic_write')
          .getOne()
      : null;
    if (!group) throw new NotFoundError(PARTNER_MESSAGES.groupNotFound);
    return group;
  }

  /** The partnerships chosen, of my structure, locked; an unknown one (or another structure's) is refused. */
  private async lockMembers(tx: EntityManager, structureId: string, ids: string[]): Promise<Member[]> {
    const valid = ids.filter(isUuid);
    const rows: Member[] = valid.length
      ? await tx.query(
          `SELECT ps.id, ps.group_id, g.name AS group_name, o.name AS partner_name
             FROM partnership ps
             JOIN partner_organisation o ON o.id = ps.partner_organisation_id
             LEFT JOIN partnership_group g ON g.id = ps.group_id
            WHERE ps.structure_id = $1 AND ps.id = ANY($2::uuid[])
            ORDER BY o.name, ps.id
              FOR UPDATE OF ps`,
          [structureId, valid],
        )
      : [];
    if (rows.length !== ids.length)
      throw new BadUserInputError([{ field: 'partnershipIds', message: PARTNER_MESSAGES.groupPartnershipNotFound }]);
    return rows;
  }

  /** Partnerships ordered by their landlord's name, then id. */
  private async byPartnerName(db: EntityManager, rows: PartnershipEntity[]): Promise<PartnershipEntity[]> {
    if (!rows.length) return rows;
    const names = new Map(
      (
        await db.getRepository(PartnerOrganisationEntity).find({
          where: { id: In([...new Set(rows.map((r) => r.partnerOrganisationId))]) },
          select: { id: true, name: true },
        })
      ).map((o) => [o.id, o.name]),
    );
    const name = (r: PartnershipEntity) => names.get(r.partnerOrganisationId) ?? '';
    return [...rows].sort((a, b) => name(a).localeCompare(name(b), 'fr') || a.id.localeCompare(b.id));
  }
}
