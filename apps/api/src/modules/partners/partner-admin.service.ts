import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { ErrorCode, type FieldError, Role } from '@tremplin/domain';
import { isUuid } from '../../core/access/person-access';
import { hashPassword } from '../../core/auth/password';
import { AppError, NotFoundError } from '../../core/errors/app-errors';
import { applyPatch, CLEARABLE, type PatchRules, required } from '../../core/graphql/patch';
import { isUniqueViolation } from '../funding';
import type { PartnerOrganisationEntity } from '../structures';
import type { UserEntity } from '../users';
import type {
  AddPartnerSiteInput,
  CreatePartnerOrganisationInput,
  CreatePartnerReviewerInput,
  PartnerOrganisationFieldsInput,
  UpdatePartnerOrganisationInput,
  UpdatePartnerSiteInput,
} from './dto/partner-admin.inputs';
import type { ReviewerRow } from './dto/partner-admin.types';
import { generateInitialPassword } from './initial-password';
import type { PartnerSiteEntity } from './partner.entities';
import { PartnerAdminRepository } from './partner-admin.repository';

const RELOAD = 'Rechargez la page : vos saisies ne sont pas enregistrées.';

/** Messages of the administration of partner organisations, their sites and their reviewers' accounts. */
export const PARTNER_ADMIN_MESSAGES = {
  organisationNotFound: 'Cette organisation partenaire est introuvable : rechargez la liste.',
  organisationConflict: `Cette organisation a été modifiée par quelqu’un d’autre depuis que vous l’avez ouverte. ${RELOAD}`,
  duplicateName: (name: string) =>
    `Une organisation partenaire s’appelle déjà « ${name} » : modifiez-la plutôt que d’en créer une seconde.`,
  duplicateSiret: (name: string) => `Ce SIRET est déjà celui de l’organisation « ${name} ».`,
  siteNotFound: 'Ce site est introuvable : rechargez la liste.',
  siteConflict: `Ce site a été modifié par quelqu’un d’autre depuis que vous l’avez ouvert. ${RELOAD}`,
  duplicateSite: (name: string) => `Cette organisation a déjà un site nommé « ${name} ».`,
  reviewerNotFound: 'Ce compte de bailleur est introuvable : rechargez la liste.',
  duplicateEmail:
    'Un compte Tremplin utilise déjà cette adresse e-mail (quelle que soit la casse) : une adresse ne sert qu’à un ' +
    'compte. Vérifiez l’adresse, ou réactivez le compte existant.',
  alreadyActive: 'Ce compte est déjà actif : donnez-lui un nouveau mot de passe si la personne a perdu le sien.',
  inactive: 'Ce compte est désactivé : réactivez-le, il recevra un nouveau mot de passe.',
} as const;

/** A duplicate refused with the field it is about, so that the form shows it next to that field. */
class DuplicateError extends AppError {
  constructor(field: string, message: string) {
    super(ErrorCode.CONFLICT, message, { fieldErrors: [{ field, message } satisfies FieldError] });
  }
}

/** A reviewer account and the password to hand over (never stored in clear). */
export interface IssuedCredentials {
  reviewer: ReviewerRow;
  initialPassword: string;
}

/**
 * The administrator's management of partner organisations (social landlords), their sites and their reviewers'
 * accounts, across the installation (administrators belong to no structure). Reviewers get a one-time initial password:
 * Tremplin has no invitation nor reset-by-e-mail flow, so the administrator hands it over; only its argon2id hash is
 * stored. Deactivating an account ends its sessions in the same transaction.
 */
@Injectable()
export class PartnerAdminService {
  private readonly logger = new Logger(PartnerAdminService.name);

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly repo: PartnerAdminRepository,
  ) {}

  // ---- organisations ----

  /** Every partner organisation, by name. */
  organisations(): Promise<PartnerOrganisationEntity[]> {
    return this.repo.organisations();
  }

  async createOrganisation(input: CreatePartnerOrganisationInput, adminId: string): Promise<PartnerOrganisationEntity> {
    const created = await this.db.transaction(async (tx) => {
      await this.repo.lockCatalogue(tx);
      await this.checkOrganisationUnique(tx, input, null);
      return this.repo.insertOrganisation(organisationFields(input), tx);
    });
    this.logger.log({ msg: 'Organisation partenaire créée', partnerOrganisationId: created.id, by: adminId });
    return created;
  }

  /**
   * Updates the fields given (docs/domain/concurrent-edits.md) of an organisation read at `updatedAt` (to the
   * millisecond): a later change by someone else is refused.
   */
  async updateOrganisation(input: UpdatePartnerOrganisationInput, adminId: string): Promise<PartnerOrganisationEntity> {
    const updated = await this.db.transaction(async (tx) => {
      await this.repo.lockCatalogue(tx);
      const current = isUuid(input.id) ? await this.repo.findOrganisation(input.id, tx) : null;
      if (!current) throw new NotFoundError(PARTNER_ADMIN_MESSAGES.organisationNotFound);
      if (current.updatedAt.getTime() !== input.updatedAt.getTime())
        throw new AppError(ErrorCode.CONFLICT, PARTNER_ADMIN_MESSAGES.organisationConflict);
      const merged = applyPatch(current, input, ORGANISATION_PATCH);
      await this.checkOrganisationUnique(tx, merged, current.id);
      return this.repo.saveOrganisation(current, organisationFields(merged), tx);
    });
    this.logger.log({ msg: 'Organisation partenaire modifiée', partnerOrganisationId: updated.id, by: adminId });
    return updated;
  }

  // ---- sites ----

  async addSite(input: AddPartnerSiteInput): Promise<PartnerSiteEntity> {
    return this.db.transaction(async (tx) => {
      await this.lockOrganisation(tx, input.partnerOrganisationId);
      await this.checkSiteUnique(tx, input.partnerOrganisationId, input.name, null);
      return this.repo.insertSite(input.partnerOrganisationId, siteFields(input), tx);
    });
  }

  /** Renames a site or corrects its address (the fields given: docs/domain/concurrent-edits.md); a stale version is refused. */
  async updateSite(input: UpdatePartnerSiteInput): Promise<PartnerSiteEntity> {
    return this.db.transaction(async (tx) => {
      const site = isUuid(input.id) ? await this.repo.findSite(input.id, tx) : null;
      if (!site) throw new NotFoundError(PARTNER_ADMIN_MESSAGES.siteNotFound);
      // The organisation's row is the lock of its sites' names; then the site itself, for its version.
      await this.lockOrganisation(tx, site.partnerOrganisationId);
      const version = await this.repo.lockSiteVersion(site.id, tx);
      if (version !== input.version) throw new AppError(ErrorCode.CONFLICT, PARTNER_ADMIN_MESSAGES.siteConflict);
      const merged = applyPatch(site, input, SITE_PATCH);
      await this.checkSiteUnique(tx, site.partnerOrganisationId, merged.name, site.id);
      return this.repo.saveSite(site, siteFields(merged), version, tx);
    });
  }

  // ---- reviewers ----

  /** The reviewers of each organisation (active first, then by name), with their last successful sign-in. */
  reviewersByOrganisations(organisationIds: readonly string[]): Promise<ReviewerRow[][]> {
    return this.repo.reviewersByOrganisations(organisationIds);
  }

  /** Creates a reviewer of the organisation with a one-time initial password (returned once, stored hashed). */
  async createReviewer(input: CreatePartnerReviewerInput, adminId: string): Promise<IssuedCredentials> {
    const initialPassword = generateInitialPassword();
    const passwordHash = await hashPassword(initialPassword);
    const email = input.email.trim().toLowerCase();
    const user = await this.db
      .transaction(async (tx) => {
        const organisation = isUuid(input.partnerOrganisationId)
          ? await this.repo.findOrganisation(input.partnerOrganisationId, tx)
          : null;
        if (!organisation) throw new NotFoundError(PARTNER_ADMIN_MESSAGES.organisationNotFound);
        if (await this.repo.emailTaken(email, tx))
          throw new DuplicateError('email', PARTNER_ADMIN_MESSAGES.duplicateEmail);
        return this.repo.insertUser(
          {
            email,
            firstName: input.firstName,
            lastName: input.lastName,
            passwordHash,
            // A one-time password the administrator saw: replaced at the first sign-in (docs/security.md).
            mustChangePassword: true,
            role: Role.PARTNER_REVIEWER,
            structureId: null,
            partnerOrganisationId: organisation.id,
            active: true,
          },
          tx,
        );
      })
      .catch((e: unknown) => {
        // Two creations with the same address at once: the unique index refuses the second.
        if (isUniqueViolation(e, 'UQ_app_user_email'))
          throw new DuplicateError('email', PARTNER_ADMIN_MESSAGES.duplicateEmail);
        throw e;
      });
    this.logger.log({ msg: 'Compte de bailleur créé', userId: user.id, by: adminId });
    return { reviewer: { user, lastSignedInAt: null }, initialPassword };
  }

  /** Deactivates a reviewer: they can no longer sign in, and their open sessions end now (same transaction). */
  async deactivateReviewer(id: string, adminId: string): Promise<ReviewerRow> {
    const row = await this.db.transaction(async (tx) => {
      const user = await this.lockReviewer(tx, id);
      if (user.active) {
        await this.repo.updateUser(user.id, { active: false }, tx);
        user.active = false;
      }
      await this.repo.endSessions(user.id, tx);
      return this.withLastSignIn(tx, user);
    });
    this.logger.log({ msg: 'Compte de bailleur désactivé', userId: row.user.id, by: adminId });
    return row;
  }

  /** Reactivates a deactivated reviewer with a new one-time password (the old one no longer works). */
  reactivateReviewer(id: string, adminId: string): Promise<IssuedCredentials> {
    return this.issuePassword(id, adminId, 'reactivate');
  }

  /** Gives an active reviewer a new one-time password; their open sessions end. */
  resetReviewerPassword(id: string, adminId: string): Promise<IssuedCredentials> {
    return this.issuePassword(id, adminId, 'reset');
  }

  // ---- helpers ----

  private async issuePassword(id: string, adminId: string, why: 'reactivate' | 'reset'): Promise<IssuedCredentials> {
    const initialPassword = generateInitialPassword();
    const passwordHash = await hashPassword(initialPassword);
    const reviewer = await this.db.transaction(async (tx) => {
      const user = await this.lockReviewer(tx, id);
      if (why === 'reactivate' && user.active)
        throw new AppError(ErrorCode.CONFLICT, PARTNER_ADMIN_MESSAGES.alreadyActive);
      if (why === 'reset' && !user.active) throw new AppError(ErrorCode.CONFLICT, PARTNER_ADMIN_MESSAGES.inactive);
      await this.repo.updateUser(user.id, { passwordHash, mustChangePassword: true, active: true }, tx);
      await this.repo.endSessions(user.id, tx);
      user.active = true;
      return this.withLastSignIn(tx, user);
    });
    this.logger.log({
      msg: why === 'reactivate' ? 'Compte de bailleur réactivé' : 'Nouveau mot de passe de bailleur',
      userId: reviewer.user.id,
      by: adminId,
    });
    return { reviewer, initialPassword };
  }

  /** A reviewer's row, locked; any other id (unknown, or another role's account) is not found. */
  private async lockReviewer(tx: EntityManager, id: string): Promise<UserEntity> {
    const user = isUuid(id) ? await this.repo.lockReviewer(id, tx) : null;
    if (!user) throw new NotFoundError(PARTNER_ADMIN_MESSAGES.reviewerNotFound);
    return user;
  }

  private async withLastSignIn(tx: EntityManager, user: UserEntity): Promise<ReviewerRow> {
    return { user, lastSignedInAt: await this.repo.lastSignIn(user.email, tx) };
  }

  /** Locks an organisation's row (without blocking the foreign keys that point at it); not found otherwise. */
  private async lockOrganisation(tx: EntityManager, id: string): Promise<void> {
    const locked = isUuid(id) ? await this.repo.lockOrganisation(id, tx) : false;
    if (!locked) throw new NotFoundError(PARTNER_ADMIN_MESSAGES.organisationNotFound);
  }

  private async checkOrganisationUnique(
    tx: EntityManager,
    input: PartnerOrganisationFieldsInput,
    exceptId: string | null,
  ): Promise<void> {
    const rows = await this.repo.organisationDuplicates(input.name, input.siret ?? null, exceptId, tx);
    const sameName = rows.find((r) => r.same_name);
    if (sameName) throw new DuplicateError('name', PARTNER_ADMIN_MESSAGES.duplicateName(sameName.name));
    const sameSiret = rows.find((r) => r.same_siret);
    if (sameSiret) throw new DuplicateError('siret', PARTNER_ADMIN_MESSAGES.duplicateSiret(sameSiret.name));
  }

  private async checkSiteUnique(
    tx: EntityManager,
    partnerOrganisationId: string,
    name: string,
    exceptId: string | null,
  ): Promise<void> {
    const same = await this.repo.siteDuplicate(partnerOrganisationId, name, exceptId, tx);
    if (same !== null) throw new DuplicateError('name', PARTNER_ADMIN_MESSAGES.duplicateSite(same));
  }
}

/** What an organisation's update may change, and what null does to each field. */
const ORGANISATION_PATCH: PatchRules<PartnerOrganisationEntity> = {
  name: required('Le nom de l’organisation'),
  kind: required('Le type d’organisation'),
  siret: CLEARABLE,
  city: CLEARABLE,
};

/** What a site's update may change, and what null does to each field. */
const SITE_PATCH: PatchRules<PartnerSiteEntity> = {
  name: required('Le nom du site'),
  addressLine: CLEARABLE,
  postalCode: CLEARABLE,
  city: CLEARABLE,
};

function organisationFields(input: PartnerOrganisationFieldsInput) {
  return { name: input.name, kind: input.kind, siret: input.siret ?? null, city: input.city ?? null };
}

function siteFields(input: {
  name: string;
  addressLine?: string | null;
  postalCode?: string | null;
  city?: string | null;
}) {
  return {
    name: input.name,
    addressLine: input.addressLine ?? null,
    postalCode: input.postalCode ?? null,
    city: input.city ?? null,
  };
}
