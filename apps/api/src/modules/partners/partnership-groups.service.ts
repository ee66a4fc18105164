import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { isUuid } from '../../core/access/person-access';
import { BadUserInputError, ConflictError, NotFoundError } from '../../core/errors/app-errors';
import type {
  DeletePartnershipGroupInput,
  SavePartnershipGroupInput,
  SetSharedHiringTargetInput,
} from './dto/partner.inputs';
import type { HiringTargetEntity, PartnershipEntity, PartnershipGroupEntity } from './partner.entities';
import { checkYear, PARTNER_MESSAGES } from './partners.common';
import { PartnersRepository } from './partners.repository';
import { type MemberRow, PartnershipGroupsRepository } from './partnership-groups.repository';

/**
 * « Objectifs partagés »: groups of partnerships of one structure that share one yearly hiring target
 * (docs/adr/0008-shared-hiring-targets.md). A partnership is in one group at most; in a group it has no target of its
 * own: when it joins, its own targets are added to the group's, year by year, so that no figure entered is lost.
 * Everything is scoped by the caller's structure (from the session).
 */
@Injectable()
export class PartnershipGroupsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly repo: PartnershipGroupsRepository,
    private readonly partners: PartnersRepository,
  ) {}

  /** My structure's shared targets, by name. */
  groups(structureId: string): Promise<PartnershipGroupEntity[]> {
    return this.repo.groups(structureId);
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
      if (await this.repo.nameTaken(structureId, input.name, group?.id ?? null, tx))
        throw new BadUserInputError([{ field: 'name', message: PARTNER_MESSAGES.groupNameTaken(input.name) }]);

      let groupId: string;
      if (group) {
        // A new version whatever changed (its name, its partnerships): another editor's form is then stale.
        await this.repo.rename(structureId, group.id, input.name, tx);
        groupId = group.id;
      } else {
        const id = await this.repo.insertIfAbsent(structureId, userId, input.name, tx);
        if (!id) throw new BadUserInputError([{ field: 'name', message: PARTNER_MESSAGES.groupNameTaken(input.name) }]);
        groupId = id;
      }
      const joining = members.filter((m) => m.group_id === null).map((m) => m.id);
      if (joining.length) {
        // Their own targets join the group's, added year by year; then they have none of their own.
        await this.repo.join(structureId, groupId, joining, tx);
      }
      // Those no longer chosen leave the group (with no target of their own).
      await this.repo.leaveExcept(structureId, groupId, ids, tx);
      return this.repo.groupOrFail(structureId, groupId, tx);
    });
  }

  /** Stops sharing a target: its partnerships leave the group (no target of their own), its targets are deleted. */
  async delete(structureId: string, input: DeletePartnershipGroupInput): Promise<PartnershipEntity[]> {
    return this.db.transaction(async (tx) => {
      const group = await this.lockGroup(tx, structureId, input.id);
      if (group.version !== input.version) throw new ConflictError(PARTNER_MESSAGES.groupConflict);
      const members = await this.repo.members(structureId, group.id, tx);
      await this.repo.delete(structureId, group.id, tx);
      return this.repo.partnershipsByIds(
        structureId,
        members.map((m) => m.id),
        tx,
      );
    });
  }

  /** Sets the shared target of a year (creates or replaces it); returns the group. */
  async setTarget(structureId: string, input: SetSharedHiringTargetInput): Promise<PartnershipGroupEntity> {
    checkYear(input.year);
    return this.db.transaction(async (tx) => {
      const group = await this.lockGroup(tx, structureId, input.groupId);
      await this.partners.upsertHiringTarget({ groupId: group.id }, input.year, input.hires, tx);
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
    return this.repo.progressByGroups(structureId, ids, year);
  }

  groupsByIds(ids: readonly string[]): Promise<(PartnershipGroupEntity | null)[]> {
    return this.repo.groupsByIds(ids);
  }

  /** The partnerships of each group, by landlord name. */
  partnershipsByGroups(groupIds: readonly string[]): Promise<PartnershipEntity[][]> {
    return this.repo.partnershipsByGroups(groupIds);
  }

  targetsByGroups(groupIds: readonly string[]): Promise<HiringTargetEntity[][]> {
    return this.repo.targetsByGroups(groupIds);
  }

  // ---- helpers ----

  private async lockGroup(tx: EntityManager, structureId: string, id: string): Promise<PartnershipGroupEntity> {
    const group = isUuid(id) ? await this.repo.lockGroup(structureId, id, tx) : null;
    if (!group) throw new NotFoundError(PARTNER_MESSAGES.groupNotFound);
    return group;
  }

  /** The partnerships chosen, of my structure, locked; an unknown one (or another structure's) is refused. */
  private async lockMembers(tx: EntityManager, structureId: string, ids: string[]): Promise<MemberRow[]> {
    const valid = ids.filter(isUuid);
    const rows = valid.length ? await this.repo.lockMembers(structureId, valid, tx) : [];
    if (rows.length !== ids.length)
      throw new BadUserInputError([{ field: 'partnershipIds', message: PARTNER_MESSAGES.groupPartnershipNotFound }]);
    return rows;
  }
}
