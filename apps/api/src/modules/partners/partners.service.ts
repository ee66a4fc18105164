import { Injectable, Inject } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { In, type DataSource, type EntityManager } from 'typeorm';
import { formatIsoDateFr, HiringNeedStatus, todayInParis } from '@tremplin/domain';
import { isUuid } from '../../core/access/person-access';
import { isNeedVisibleToStructure, needVisibleToStructureSql } from '../../core/access/hiring-need-visibility';
import { BadUserInputError, ConflictError, NotFoundError } from '../../core/errors/app-errors';
import { applyPatch, CLEARABLE, type PatchRules, required } from '../../core/graphql/patch';
import { findByIds, groupByKey } from '../../core/graphql/request-loader';
import { PartnerOrganisationEntity } from '../structures/partner-organisation.entity';
import type {
  CreateHiringNeedInput,
  CreatePartnerSiteInput,
  HiringNeedFieldsInput,
  PortalCreateHiringNeedInput,
  SavePartnershipInput,
  SetHiringTargetInput,
  ShareHiringNeedInput,
  UpdateHiringNeedInput,
} from './dto/partner.inputs';
import { HiringNeedEntity, HiringTargetEntity, PartnershipEntity, PartnerSiteEntity } from './partner.entities';
import {
  activePartnershipSql,
  checkYear,
  currentYear,
  isActivePartnership,
  PARTNER_MESSAGES,
  upsertHiringTarget,
} from './partners.common';
import { CLOCK, type Clock } from '../../core/clock/clock';

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

function checkNeedStatus(status: string | null | undefined): void {
  if (status != null && !(Object.values(HiringNeedStatus) as string[]).includes(status))
    throw new BadUserInputError([
      { field: 'status', message: 'Choisissez l’état du besoin : OPEN (ouvert), FILLED (pourvu) ou CLOSED (fermé).' },
    ]);
}

/**
 * Partnerships between a structure and landlords (with yearly hiring targets), landlords' sites and hiring needs.
 * Structure-side operations are scoped by the caller's structure and its partnerships; portal operations by the
 * caller's partner organisation. Both come from the session.
 */
@Injectable()
export class PartnersService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  // ---- structure side ----

  /** My structure's partnerships, by partner name. */
  async partnerships(structureId: string): Promise<PartnershipEntity[]> {
    return this.db
      .getRepository(PartnershipEntity)
      .createQueryBuilder('ps')
      .innerJoin(PartnerOrganisationEntity, 'o', 'o.id = ps.partnerOrganisationId')
      .where('ps.structureId = :structureId', { structureId })
      .orderBy('o.name', 'ASC')
      .addOrderBy('ps.id', 'ASC')
      .getMany();
  }

  /** Creates the partnership with a landlord, or updates it (one per structure and landlord). */
  async savePartnership(structureId: string, userId: string, input: SavePartnershipInput): Promise<PartnershipEntity> {
    return this.db.transaction(async (tx) => {
      const partner = isUuid(input.partnerOrganisationId)
        ? await tx.getRepository(PartnerOrganisationEntity).findOneBy({ id: input.partnerOrganisationId })
        : null;
      if (!partner)
        throw new BadUserInputError([{ field: 'partnerOrganisationId', message: PARTNER_MESSAGES.partnerNotFound }]);
      const endedOn = input.endedOn ?? null;
      if (endedOn !== null && endedOn < input.startedOn)
        throw new BadUserInputError([
          {
            field: 'endedOn',
            message: `La fin du partenariat (${formatIsoDateFr(endedOn)}) ne peut pas précéder son début (${formatIsoDateFr(input.startedOn)}).`,
          },
        ]);
      const repo = tx.getRepository(PartnershipEntity);
      const existing = await repo
        .createQueryBuilder('ps')
        .where('ps.structureId = :structureId AND ps.partnerOrganisationId = :partnerId', {
          structureId,
          partnerId: partner.id,
        })
        .setLock('pessimistic_write')
        .getOne();
      if (existing) {
        if (input.version == null || existing.version !== input.version)
          throw new ConflictError(PARTNER_MESSAGES.partnershipConflict);
        existing.startedOn = input.startedOn;
        existing.endedOn = endedOn;
        await repo.save(existing);
        return repo.findOneByOrFail({ id: existing.id, structureId });
      }
      // Two first saves at once: the unique (structure, partner) constraint refuses the second; it reads as stale.
      const inserted = await repo
        .createQueryBuilder()
        .insert()
        .values({
          structureId,
          partnerOrganisationId: partner.id,
          startedOn: input.startedOn,
          endedOn,
          createdById: userId,
        })
        .orIgnore()
        .returning(['id'])
        .execute();
      const id = (inserted.raw as { id: string }[])[0]?.id;
      if (!id) throw new ConflictError(PARTNER_MESSAGES.partnershipConflict);
      return repo.findOneByOrFail({ id, structureId });
    });
  }

  /** Sets the hiring target of a year (creates or replaces it); returns the partnership. */
  async setHiringTarget(structureId: string, input: SetHiringTargetInput): Promise<PartnershipEntity> {
    return this.db.transaction(async (tx) => {
      const partnership = isUuid(input.partnershipId)
        ? await tx
            .getRepository(PartnershipEntity)
            .createQueryBuilder('ps')
            .where('ps.id = :id AND ps.structureId = :structureId', { id: input.partnershipId, structureId })
            .setLock('pessimistic_write')
            .getOne()
        : null;
      if (!partnership) throw new NotFoundError(PARTNER_MESSAGES.partnershipNotFound);
      if (partnership.groupId) {
        // In a group, the target is the group's (a partnership's own target would be counted twice).
        const [names] = await tx.query(
          `SELECT o.name AS partner, g.name AS "group" FROM partner_organisation o, partnership_group g
            WHERE o.id = $1 AND g.id = $2`,
          [partnership.partnerOrganisationId, partnership.groupId],
        );
        throw new BadUserInputError([
          { field: 'partnershipId', message: PARTNER_MESSAGES.partnershipShares(names.partner, names.group) },
        ]);
      }
      await upsertHiringTarget(tx, { partnershipId: partnership.id }, input.year, input.hires);
      return partnership;
    });
  }

  /**
   * Needs of the landlords my structure has an active partnership with (optionally one landlord), OPEN by default,
   * by start date. Another landlord's id gives an empty list. A need another structure entered is listed only once
   * the landlord shared it (core/access/hiring-need-visibility.ts).
   */
  async hiringNeeds(
    structureId: string,
    filter: { partnerOrganisationId?: string | null; status?: string | null },
    today = todayInParis(this.clock.now()),
  ): Promise<HiringNeedEntity[]> {
    const status = filter.status ?? HiringNeedStatus.OPEN;
    checkNeedStatus(status);
    if (filter.partnerOrganisationId != null && !isUuid(filter.partnerOrganisationId)) return [];
    const rows: { id: string }[] = await this.db.query(
      `SELECT n.id FROM hiring_need n
         JOIN partnership ps ON ps.partner_organisation_id = n.partner_organisation_id AND ps.structure_id = $1
                            AND ${activePartnershipSql('$2')}
         JOIN partner_organisation o ON o.id = n.partner_organisation_id
        WHERE n.status = $3 AND ($4::uuid IS NULL OR n.partner_organisation_id = $4::uuid)
          AND ${needVisibleToStructureSql('$1')}
        ORDER BY n.start_date, o.name, n.job_title, n.id`,
      [structureId, today, status, filter.partnerOrganisationId ?? null],
    );
    return this.needsInOrder(
      this.db,
      rows.map((r) => r.id),
    );
  }

  async createHiringNeed(
    structureId: string,
    userId: string,
    input: CreateHiringNeedInput,
    today = todayInParis(this.clock.now()),
  ): Promise<HiringNeedEntity> {
    return this.db.transaction(async (tx) => {
      const partnership = isUuid(input.partnerOrganisationId)
        ? await tx
            .getRepository(PartnershipEntity)
            .findOneBy({ structureId, partnerOrganisationId: input.partnerOrganisationId })
        : null;
      if (!partnership || !isActivePartnership(partnership, today))
        throw new BadUserInputError([
          { field: 'partnerOrganisationId', message: PARTNER_MESSAGES.noActivePartnership },
        ]);
      return this.insertNeed(tx, partnership.partnerOrganisationId, input, { userId, structureId });
    });
  }

  /** Updates a need my structure entered (a need the landlord entered is theirs to change). */
  async updateHiringNeed(
    structureId: string,
    input: UpdateHiringNeedInput,
    today = todayInParis(this.clock.now()),
  ): Promise<HiringNeedEntity> {
    return this.db.transaction(async (tx) => {
      const need = await this.lockNeed(tx, input.id);
      // Another structure's need the landlord did not share reads as an unknown one.
      if (!need || !isNeedVisibleToStructure(need, structureId)) throw new NotFoundError(PARTNER_MESSAGES.needNotFound);
      if (need.createdByStructureId !== structureId) {
        const [partner] = await tx.query(
          `SELECT 1 FROM partnership ps WHERE ps.structure_id = $1 AND ps.partner_organisation_id = $2 AND ${activePartnershipSql('$3')}`,
          [structureId, need.partnerOrganisationId, today],
        );
        if (!partner) throw new NotFoundError(PARTNER_MESSAGES.needNotFound);
        const message =
          need.createdByStructureId === null
            ? PARTNER_MESSAGES.needEnteredByPartner
            : PARTNER_MESSAGES.needEnteredByOtherStructure;
        throw new BadUserInputError([{ field: 'id', message }]);
      }
      return this.applyNeedUpdate(tx, need, input);
    });
  }

  // ---- portal side ----

  /** My organisation's needs (every status unless one is given), by start date. */
  async portalHiringNeeds(
    partnerOrganisationId: string,
    status: string | null | undefined,
  ): Promise<HiringNeedEntity[]> {
    checkNeedStatus(status);
    const rows: { id: string }[] = await this.db.query(
      `SELECT n.id FROM hiring_need n WHERE n.partner_organisation_id = $1 AND ($2::text IS NULL OR n.status = $2)
        ORDER BY (n.status = 'OPEN') DESC, n.start_date, n.job_title, n.id`,
      [partnerOrganisationId, status ?? null],
    );
    return this.needsInOrder(
      this.db,
      rows.map((r) => r.id),
    );
  }

  async portalCreateHiringNeed(
    partnerOrganisationId: string,
    userId: string,
    input: PortalCreateHiringNeedInput,
  ): Promise<HiringNeedEntity> {
    return this.db.transaction((tx) =>
      this.insertNeed(tx, partnerOrganisationId, input, { userId, structureId: null }),
    );
  }

  /** Updates a need of my organisation (whoever entered it). */
  async portalUpdateHiringNeed(partnerOrganisationId: string, input: UpdateHiringNeedInput): Promise<HiringNeedEntity> {
    return this.db.transaction(async (tx) => {
      const need = await this.lockNeed(tx, input.id);
      if (!need || need.partnerOrganisationId !== partnerOrganisationId)
        throw new NotFoundError(PARTNER_MESSAGES.needNotFound);
      return this.applyNeedUpdate(tx, need, input);
    });
  }

  /**
   * The landlord shares a need a structure entered with its other partner structures (or stops sharing it: they no
   * longer see it; proposals already made stay). A need the landlord entered is seen by every partner anyway.
   */
  async portalShareHiringNeed(partnerOrganisationId: string, input: ShareHiringNeedInput): Promise<HiringNeedEntity> {
    return this.db.transaction(async (tx) => {
      const need = await this.lockNeed(tx, input.id);
      if (!need || need.partnerOrganisationId !== partnerOrganisationId)
        throw new NotFoundError(PARTNER_MESSAGES.needNotFound);
      if (need.version !== input.version) throw new ConflictError(PARTNER_MESSAGES.needConflict);
      const repo = tx.getRepository(HiringNeedEntity);
      await repo.save(Object.assign(need, { sharedWithPartners: input.shared }));
      return repo.findOneByOrFail({ id: need.id });
    });
  }

  async portalSites(partnerOrganisationId: string): Promise<PartnerSiteEntity[]> {
    return this.db
      .getRepository(PartnerSiteEntity)
      .find({ where: { partnerOrganisationId }, order: { name: 'ASC', id: 'ASC' } });
  }

  async portalCreateSite(partnerOrganisationId: string, input: CreatePartnerSiteInput): Promise<PartnerSiteEntity> {
    return this.db.transaction(async (tx) => {
      const repo = tx.getRepository(PartnerSiteEntity);
      const saved = await repo.save(
        repo.create({
          partnerOrganisationId,
          name: input.name,
          addressLine: input.addressLine ?? null,
          postalCode: input.postalCode ?? null,
          city: input.city ?? null,
        }),
      );
      return repo.findOneByOrFail({ id: saved.id, partnerOrganisationId });
    });
  }

  /** The portal's dashboard figures: my organisation's name, what awaits me, hires against targets for `year`. */
  async overview(
    partnerOrganisationId: string,
    year = currentYear(),
  ): Promise<{
    organisationName: string;
    proposalsAwaitingDecision: number;
    hoursAwaitingConfirmation: number;
    partnerships: PartnershipProgress[];
  }> {
    checkYear(year);
    const [[counts], partnerships] = await Promise.all([
      this.db.query(
        `SELECT o.name,
                (SELECT count(*)::int FROM proposal pr WHERE pr.partner_organisation_id = o.id
                    AND pr.status IN ('PROPOSED','INTERVIEW_REQUESTED') AND pr.consent_withdrawn_at IS NULL) AS proposals,
                (SELECT count(*)::int FROM mission m WHERE m.host_organisation_id = o.id AND m.hours_status = 'PENDING') AS hours
           FROM partner_organisation o WHERE o.id = $1`,
        [partnerOrganisationId],
      ) as Promise<{ name: string; proposals: number; hours: number }[]>,
      this.db.query(
        `SELECT ps.id AS "partnershipId", ps.structure_id AS "structureId", s.name AS "structureName", ${PROGRESS_COLUMNS('$2::int')}
           FROM partnership ps JOIN structure s ON s.id = ps.structure_id
           LEFT JOIN partnership_group g ON g.id = ps.group_id
          WHERE ps.partner_organisation_id = $1
          ORDER BY s.name, ps.id`,
        [partnerOrganisationId, year],
      ) as Promise<PartnershipProgress[]>,
    ]);
    if (!counts) throw new NotFoundError('Cet employeur partenaire est introuvable.');
    return {
      organisationName: counts.name,
      proposalsAwaitingDecision: counts.proposals,
      hoursAwaitingConfirmation: counts.hours,
      partnerships,
    };
  }

  // ---- batched reads ----

  /** Progress of each of my structure's partnerships for `year` (one statement). */
  async progressByPartnerships(
    structureId: string,
    ids: readonly string[],
    year: number,
  ): Promise<(PartnershipProgress | null)[]> {
    checkYear(year);
    const rows: PartnershipProgress[] = await this.db.query(
      `SELECT ps.id AS "partnershipId", ps.structure_id AS "structureId", '' AS "structureName", ${PROGRESS_COLUMNS('$3::int')}
         FROM partnership ps LEFT JOIN partnership_group g ON g.id = ps.group_id
        WHERE ps.structure_id = $1 AND ps.id = ANY($2::uuid[])`,
      [structureId, [...ids], year],
    );
    const byId = new Map(rows.map((r) => [r.partnershipId, r]));
    return ids.map((id) => byId.get(id) ?? null);
  }

  async targetsByPartnerships(ids: readonly string[]): Promise<HiringTargetEntity[][]> {
    const rows = await this.db
      .getRepository(HiringTargetEntity)
      .find({ where: { partnershipId: In([...ids]) }, order: { year: 'DESC' } });
    return groupByKey(ids, rows, (r) => r.partnershipId);
  }

  async sitesByOrganisations(organisationIds: readonly string[]): Promise<PartnerSiteEntity[][]> {
    const rows = await this.db
      .getRepository(PartnerSiteEntity)
      .find({ where: { partnerOrganisationId: In([...organisationIds]) }, order: { name: 'ASC', id: 'ASC' } });
    return groupByKey(organisationIds, rows, (r) => r.partnerOrganisationId);
  }

  sitesByIds(ids: readonly string[]): Promise<(PartnerSiteEntity | null)[]> {
    return findByIds(this.db, PartnerSiteEntity, ids);
  }

  organisationsByIds(ids: readonly string[]): Promise<(PartnerOrganisationEntity | null)[]> {
    return findByIds(this.db, PartnerOrganisationEntity, ids);
  }

  needsByIds(ids: readonly string[]): Promise<(HiringNeedEntity | null)[]> {
    return findByIds(this.db, HiringNeedEntity, ids);
  }

  // ---- helpers ----

  private async needsInOrder(db: DataSource | EntityManager, ids: string[]): Promise<HiringNeedEntity[]> {
    if (ids.length === 0) return [];
    return (await findByIds(db, HiringNeedEntity, ids)).filter((n): n is HiringNeedEntity => n !== null);
  }

  private async lockNeed(tx: EntityManager, id: string): Promise<HiringNeedEntity | null> {
    if (!isUuid(id)) return null;
    return tx
      .getRepository(HiringNeedEntity)
      .createQueryBuilder('n')
      .where('n.id = :id', { id })
      .setLock('pessimistic_write')
      .getOne();
  }

  private async checkSite(
    tx: EntityManager,
    partnerOrganisationId: string,
    siteId: string | null | undefined,
  ): Promise<void> {
    if (!siteId) return;
    const site = isUuid(siteId)
      ? await tx.getRepository(PartnerSiteEntity).findOneBy({ id: siteId, partnerOrganisationId })
      : null;
    if (!site) throw new BadUserInputError([{ field: 'siteId', message: PARTNER_MESSAGES.siteNotFound }]);
  }

  private async insertNeed(
    tx: EntityManager,
    partnerOrganisationId: string,
    input: HiringNeedFieldsInput,
    by: { userId: string; structureId: string | null },
  ): Promise<HiringNeedEntity> {
    await this.checkSite(tx, partnerOrganisationId, input.siteId);
    const repo = tx.getRepository(HiringNeedEntity);
    const saved = await repo.save(
      repo.create({
        partnerOrganisationId,
        siteId: input.siteId ?? null,
        jobTitle: input.jobTitle,
        positions: input.positions,
        startDate: input.startDate,
        requirements: input.requirements ?? null,
        status: HiringNeedStatus.OPEN,
        createdById: by.userId,
        createdByStructureId: by.structureId,
      }),
    );
    return repo.findOneByOrFail({ id: saved.id });
  }

  /** Saves the fields given (docs/domain/concurrent-edits.md) if nobody saved the need since the version read. */
  private async applyNeedUpdate(
    tx: EntityManager,
    need: HiringNeedEntity,
    input: UpdateHiringNeedInput,
  ): Promise<HiringNeedEntity> {
    if (need.version !== input.version) throw new ConflictError(PARTNER_MESSAGES.needConflict);
    const merged = applyPatch(need, input, HIRING_NEED_PATCH);
    if (input.siteId) await this.checkSite(tx, need.partnerOrganisationId, input.siteId);
    const repo = tx.getRepository(HiringNeedEntity);
    await repo.save(Object.assign(need, merged));
    return repo.findOneByOrFail({ id: need.id });
  }
}

/** What a hiring need's update may change, and what null does to each field. */
const HIRING_NEED_PATCH: PatchRules<HiringNeedEntity> = {
  siteId: CLEARABLE,
  jobTitle: required('L’intitulé du poste'),
  positions: required('Le nombre de postes'),
  startDate: required('La date de prise de poste', { feminine: true }),
  requirements: CLEARABLE,
  status: required('L’état du besoin'),
};
