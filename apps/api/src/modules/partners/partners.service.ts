import { Injectable, Inject } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { formatIsoDateFr, HiringNeedStatus, todayInParis } from '@tremplin/domain';
import { isUuid } from '../../core/access/person-access';
import { isNeedVisibleToStructure } from '../../core/access/hiring-need-visibility';
import { BadUserInputError, ConflictError, NotFoundError } from '../../core/errors/app-errors';
import { applyPatch, CLEARABLE, type PatchRules, required } from '../../core/graphql/patch';
import type { PartnerOrganisationEntity } from '../structures';
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
import type { HiringNeedEntity, HiringTargetEntity, PartnershipEntity, PartnerSiteEntity } from './partner.entities';
import { checkYear, currentYear, isActivePartnership, PARTNER_MESSAGES } from './partners.common';
import { PartnersRepository, type PartnershipProgress } from './partners.repository';
import { CLOCK, type Clock } from '../../core/clock/clock';

export type { PartnershipProgress };

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
    private readonly repo: PartnersRepository,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  // ---- structure side ----

  /** My structure's partnerships, by partner name. */
  async partnerships(structureId: string): Promise<PartnershipEntity[]> {
    return this.repo.partnerships(structureId);
  }

  /** Creates the partnership with a landlord, or updates it (one per structure and landlord). */
  async savePartnership(structureId: string, userId: string, input: SavePartnershipInput): Promise<PartnershipEntity> {
    return this.db.transaction(async (tx) => {
      const partner = isUuid(input.partnerOrganisationId)
        ? await this.repo.findOrganisation(input.partnerOrganisationId, tx)
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
      const existing = await this.repo.lockPartnershipWith(structureId, partner.id, tx);
      if (existing) {
        if (input.version == null || existing.version !== input.version)
          throw new ConflictError(PARTNER_MESSAGES.partnershipConflict);
        existing.startedOn = input.startedOn;
        existing.endedOn = endedOn;
        return this.repo.savePartnership(structureId, existing, tx);
      }
      // Two first saves at once: the unique (structure, partner) constraint refuses the second; it reads as stale.
      const inserted = await this.repo.insertPartnershipIfAbsent(
        { structureId, partnerOrganisationId: partner.id, startedOn: input.startedOn, endedOn, createdById: userId },
        tx,
      );
      if (!inserted) throw new ConflictError(PARTNER_MESSAGES.partnershipConflict);
      return inserted;
    });
  }

  /** Sets the hiring target of a year (creates or replaces it); returns the partnership. */
  async setHiringTarget(structureId: string, input: SetHiringTargetInput): Promise<PartnershipEntity> {
    return this.db.transaction(async (tx) => {
      const partnership = isUuid(input.partnershipId)
        ? await this.repo.lockPartnership(structureId, input.partnershipId, tx)
        : null;
      if (!partnership) throw new NotFoundError(PARTNER_MESSAGES.partnershipNotFound);
      if (partnership.groupId) {
        // In a group, the target is the group's (a partnership's own target would be counted twice).
        const names = await this.repo.partnerAndGroupNames(partnership.partnerOrganisationId, partnership.groupId, tx);
        throw new BadUserInputError([
          { field: 'partnershipId', message: PARTNER_MESSAGES.partnershipShares(names.partner, names.group) },
        ]);
      }
      await this.repo.upsertHiringTarget({ partnershipId: partnership.id }, input.year, input.hires, tx);
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
    return this.repo.visibleNeeds(structureId, today, status, filter.partnerOrganisationId ?? null);
  }

  async createHiringNeed(
    structureId: string,
    userId: string,
    input: CreateHiringNeedInput,
    today = todayInParis(this.clock.now()),
  ): Promise<HiringNeedEntity> {
    return this.db.transaction(async (tx) => {
      const partnership = isUuid(input.partnerOrganisationId)
        ? await this.repo.partnershipWith(structureId, input.partnerOrganisationId, tx)
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
        if (!(await this.repo.hasActivePartnership(structureId, need.partnerOrganisationId, today, tx)))
          throw new NotFoundError(PARTNER_MESSAGES.needNotFound);
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
    return this.repo.organisationNeeds(partnerOrganisationId, status ?? null);
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
      return this.repo.saveNeed(need, { sharedWithPartners: input.shared }, tx);
    });
  }

  async portalSites(partnerOrganisationId: string): Promise<PartnerSiteEntity[]> {
    return this.repo.organisationSites(partnerOrganisationId);
  }

  async portalCreateSite(partnerOrganisationId: string, input: CreatePartnerSiteInput): Promise<PartnerSiteEntity> {
    return this.db.transaction((tx) =>
      this.repo.insertSite(
        partnerOrganisationId,
        {
          name: input.name,
          addressLine: input.addressLine ?? null,
          postalCode: input.postalCode ?? null,
          city: input.city ?? null,
        },
        tx,
      ),
    );
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
    const [counts, partnerships] = await Promise.all([
      this.repo.overviewCounts(partnerOrganisationId),
      this.repo.organisationProgress(partnerOrganisationId, year),
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
    return this.repo.progressByPartnerships(structureId, ids, year);
  }

  targetsByPartnerships(ids: readonly string[]): Promise<HiringTargetEntity[][]> {
    return this.repo.targetsByPartnerships(ids);
  }

  sitesByOrganisations(organisationIds: readonly string[]): Promise<PartnerSiteEntity[][]> {
    return this.repo.sitesByOrganisations(organisationIds);
  }

  sitesByIds(ids: readonly string[]): Promise<(PartnerSiteEntity | null)[]> {
    return this.repo.sitesByIds(ids);
  }

  organisationsByIds(ids: readonly string[]): Promise<(PartnerOrganisationEntity | null)[]> {
    return this.repo.organisationsByIds(ids);
  }

  needsByIds(ids: readonly string[]): Promise<(HiringNeedEntity | null)[]> {
    return this.repo.needsByIds(ids);
  }

  // ---- helpers ----

  private async lockNeed(tx: EntityManager, id: string): Promise<HiringNeedEntity | null> {
    if (!isUuid(id)) return null;
    return this.repo.lockNeed(id, tx);
  }

  private async checkSite(
    tx: EntityManager,
    partnerOrganisationId: string,
    siteId: string | null | undefined,
  ): Promise<void> {
    if (!siteId) return;
    const site = isUuid(siteId) ? await this.repo.findSite(partnerOrganisationId, siteId, tx) : null;
    if (!site) throw new BadUserInputError([{ field: 'siteId', message: PARTNER_MESSAGES.siteNotFound }]);
  }

  private async insertNeed(
    tx: EntityManager,
    partnerOrganisationId: string,
    input: HiringNeedFieldsInput,
    by: { userId: string; structureId: string | null },
  ): Promise<HiringNeedEntity> {
    await this.checkSite(tx, partnerOrganisationId, input.siteId);
    return this.repo.insertNeed(
      {
        partnerOrganisationId,
        siteId: input.siteId ?? null,
        jobTitle: input.jobTitle,
        positions: input.positions,
        startDate: input.startDate,
        requirements: input.requirements ?? null,
        status: HiringNeedStatus.OPEN,
        createdById: by.userId,
        createdByStructureId: by.structureId,
      },
      tx,
    );
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
    return this.repo.saveNeed(need, merged, tx);
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
