import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { PartnerOrganisationKind, Role } from '@tremplin/domain';
import { SNAPSHOT_UUID, SqlSnapshot } from '../../database/repository';
import { PartnerOrganisationEntity } from '../structures';
import { UserEntity } from '../users';
import type { ReviewerRow } from './dto/partner-admin.types';
import { PartnerSiteEntity } from './partner.entities';

/** Serialises the administrator's changes of the organisations' names and SIRETs (no unique index holds them). */
const ORGANISATION_CATALOGUE_LOCK = 727010;

/** An organisation with the same name or SIRET as the one being saved. */
export interface OrganisationDuplicateRow {
  name: string;
  same_name: boolean;
  same_siret: boolean;
}

export type OrganisationFields = Pick<PartnerOrganisationEntity, 'name' | 'kind' | 'siret' | 'city'>;
export type SiteFields = Pick<PartnerSiteEntity, 'name' | 'addressLine' | 'postalCode' | 'city'>;

const ORGANISATION: OrganisationFields = {
  name: 'x',
  kind: PartnerOrganisationKind.SOCIAL_LANDLORD,
  siret: null,
  city: null,
};
const SITE: SiteFields = { name: 'x', addressLine: null, postalCode: null, city: null };

/** The SQL of the administration of partner organisations, their sites and their reviewers' accounts (ADR 0011). */
@Injectable()
export class PartnerAdminRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  // ---- organisations ----

  /** Every partner organisation, by name. */
  @SqlSnapshot({ params: [] })
  organisations(tx: EntityManager = this.db.manager): Promise<PartnerOrganisationEntity[]> {
    return tx.getRepository(PartnerOrganisationEntity).find({ order: { name: 'ASC', id: 'ASC' } });
  }

  /** Takes the lock of the organisations' names and SIRETs until the transaction ends. */
  @SqlSnapshot({ params: [] })
  async lockCatalogue(tx: EntityManager = this.db.manager): Promise<void> {
    await tx.query('SELECT pg_advisory_xact_lock($1)', [ORGANISATION_CATALOGUE_LOCK]);
  }

  @SqlSnapshot({ params: [SNAPSHOT_UUID] })
  findOrganisation(id: string, tx: EntityManager = this.db.manager): Promise<PartnerOrganisationEntity | null> {
    return tx.getRepository(PartnerOrganisationEntity).findOneBy({ id });
  }

  /** Inserts an organisation; the row as saved. */
  @SqlSnapshot({ params: [ORGANISATION] })
  async insertOrganisation(
    fields: OrganisationFields,
    tx: EntityManager = this.db.manager,
  ): Promise<PartnerOrganisationEntity> {
    const repo = tx.getRepository(PartnerOrganisationEntity);
    const saved = await repo.save(repo.create(fields));
    return repo.findOneByOrFail({ id: saved.id });
  }

  /** Saves an organisation read before with new fields; the row as saved. */
  @SqlSnapshot({ params: [{ id: SNAPSHOT_UUID }, ORGANISATION] })
  async saveOrganisation(
    current: PartnerOrganisationEntity,
    fields: OrganisationFields,
    tx: EntityManager = this.db.manager,
  ): Promise<PartnerOrganisationEntity> {
    const repo = tx.getRepository(PartnerOrganisationEntity);
    await repo.save(Object.assign(current, fields));
    return repo.findOneByOrFail({ id: current.id });
  }

  /** Locks an organisation's row (without blocking the foreign keys that point at it); false when there is none. */
  @SqlSnapshot({ params: [SNAPSHOT_UUID] })
  async lockOrganisation(id: string, tx: EntityManager = this.db.manager): Promise<boolean> {
    const [row] = await tx.query(`SELECT id FROM partner_organisation WHERE id = $1 FOR NO KEY UPDATE`, [id]);
    return !!row;
  }

  /** The other organisations with the same name (any case) or the same SIRET. */
  @SqlSnapshot({ params: ['x', null, null] })
  organisationDuplicates(
    name: string,
    siret: string | null,
    exceptId: string | null,
    tx: EntityManager = this.db.manager,
  ): Promise<OrganisationDuplicateRow[]> {
    return tx.query(
      `SELECT name, lower(name) = lower($1::text) AS same_name, coalesce(siret = $2::text, false) AS same_siret
         FROM partner_organisation
        WHERE (lower(name) = lower($1::text) OR siret = $2::text) AND ($3::uuid IS NULL OR id <> $3::uuid)`,
      [name, siret, exceptId],
    );
  }

  // ---- sites ----

  /** The name of another site of the organisation with the same name (any case), null when none. */
  @SqlSnapshot({ params: [SNAPSHOT_UUID, 'x', null] })
  async siteDuplicate(
    partnerOrganisationId: string,
    name: string,
    exceptId: string | null,
    tx: EntityManager = this.db.manager,
  ): Promise<string | null> {
    const [same] = (await tx.query(
      `SELECT name FROM partner_site
        WHERE partner_organisation_id = $1 AND lower(name) = lower($2::text) AND ($3::uuid IS NULL OR id <> $3::uuid)`,
      [partnerOrganisationId, name, exceptId],
    )) as { name: string }[];
    return same?.name ?? null;
  }

  @SqlSnapshot({ params: [SNAPSHOT_UUID] })
  findSite(id: string, tx: EntityManager = this.db.manager): Promise<PartnerSiteEntity | null> {
    return tx.getRepository(PartnerSiteEntity).findOneBy({ id });
  }

  /** Inserts a site; the row as saved. */
  @SqlSnapshot({ params: [SNAPSHOT_UUID, SITE] })
  async insertSite(
    partnerOrganisationId: string,
    fields: SiteFields,
    tx: EntityManager = this.db.manager,
  ): Promise<PartnerSiteEntity> {
    const repo = tx.getRepository(PartnerSiteEntity);
    const saved = await repo.save(repo.create({ partnerOrganisationId, ...fields }));
    return repo.findOneByOrFail({ id: saved.id });
  }

  /** Locks a site's row; its version. */
  @SqlSnapshot({ params: [SNAPSHOT_UUID] })
  async lockSiteVersion(id: string, tx: EntityManager = this.db.manager): Promise<number> {
    const [locked] = (await tx.query(`SELECT version FROM partner_site WHERE id = $1 FOR NO KEY UPDATE`, [id])) as {
      version: number;
    }[];
    return locked.version;
  }

  /** Saves a site read before with new fields, at the version locked; the row as saved. */
  @SqlSnapshot({ params: [{ id: SNAPSHOT_UUID, partnerOrganisationId: SNAPSHOT_UUID }, SITE, 1] })
  async saveSite(
    site: PartnerSiteEntity,
    fields: SiteFields,
    version: number,
    tx: EntityManager = this.db.manager,
  ): Promise<PartnerSiteEntity> {
    const repo = tx.getRepository(PartnerSiteEntity);
    await repo.save(Object.assign(site, fields, { version }));
    return repo.findOneByOrFail({ id: site.id });
  }

  // ---- reviewers ----

  /** The reviewers of each organisation (active first, then by name), with their last successful sign-in. */
  @SqlSnapshot({ params: [[SNAPSHOT_UUID]] })
  async reviewersByOrganisations(
    organisationIds: readonly string[],
    tx: EntityManager = this.db.manager,
  ): Promise<ReviewerRow[][]> {
    const { entities, raw } = await tx
      .getRepository(UserEntity)
      .createQueryBuilder('u')
      .addSelect(
        `(SELECT max(a.attempted_at) FROM sign_in_attempt a WHERE a.email = u.email AND a.succeeded)`,
        'last_signed_in_at',
      )
      .where('u.role = :role AND u.partnerOrganisationId IN (:...ids)', {
        role: Role.PARTNER_REVIEWER,
        ids: [...organisationIds],
      })
      .orderBy('u.active', 'DESC')
      .addOrderBy('u.lastName', 'ASC')
      .addOrderBy('u.firstName', 'ASC')
      .addOrderBy('u.id', 'ASC')
      .getRawAndEntities<{ last_signed_in_at: Date | null }>();
    const byOrganisation = new Map<string, ReviewerRow[]>();
    entities.forEach((user, i) => {
      const list = byOrganisation.get(user.partnerOrganisationId!) ?? [];
      list.push({ user, lastSignedInAt: raw[i]?.last_signed_in_at ?? null });
      byOrganisation.set(user.partnerOrganisationId!, list);
    });
    return organisationIds.map((id) => byOrganisation.get(id) ?? []);
  }

  /** Whether an account (any role) has this e-mail address, whatever its case (`email` in lower case). */
  @SqlSnapshot({ params: ['x@example.org'] })
  async emailTaken(email: string, tx: EntityManager = this.db.manager): Promise<boolean> {
    const [taken] = await tx.query(`SELECT 1 FROM app_user WHERE lower(email) = $1`, [email]);
    return !!taken;
  }

  /** Inserts a user; the row as saved. */
  @SqlSnapshot({
    params: [
      {
        email: 'x@example.org',
        firstName: 'x',
        lastName: 'x',
        passwordHash: 'x',
        role: Role.PARTNER_REVIEWER,
        partnerOrganisationId: SNAPSHOT_UUID,
      },
    ],
  })
  async insertUser(fields: Partial<UserEntity>, tx: EntityManager = this.db.manager): Promise<UserEntity> {
    const repo = tx.getRepository(UserEntity);
    const saved = await repo.save(repo.create(fields));
    return repo.findOneByOrFail({ id: saved.id });
  }

  /** A reviewer's row, locked `FOR UPDATE`; null for any other id (unknown, or another role's account). */
  @SqlSnapshot({ params: [SNAPSHOT_UUID] })
  lockReviewer(id: string, tx: EntityManager = this.db.manager): Promise<UserEntity | null> {
    return tx
      .getRepository(UserEntity)
      .createQueryBuilder('u')
      .where('u.id = :id AND u.role = :role', { id, role: Role.PARTNER_REVIEWER })
      .setLock('pessimistic_write')
      .getOne();
  }

  @SqlSnapshot({ params: [SNAPSHOT_UUID, { active: false }] })
  async updateUser(
    id: string,
    fields: Partial<Pick<UserEntity, 'active' | 'passwordHash' | 'mustChangePassword'>>,
    tx: EntityManager = this.db.manager,
  ): Promise<void> {
    await tx.getRepository(UserEntity).update({ id }, fields);
  }

  /** Ends every open session of the user. */
  @SqlSnapshot({ params: [SNAPSHOT_UUID] })
  async endSessions(userId: string, tx: EntityManager = this.db.manager): Promise<void> {
    await tx.query(`DELETE FROM user_session WHERE user_id = $1`, [userId]);
  }

  /** The last successful sign-in with this address, null when none. */
  @SqlSnapshot({ params: ['x@example.org'] })
  async lastSignIn(email: string, tx: EntityManager = this.db.manager): Promise<Date | null> {
    const [row] = (await tx.query(
      `SELECT max(attempted_at) AS at FROM sign_in_attempt WHERE email = $1 AND succeeded`,
      [email],
    )) as { at: Date | null }[];
    return row?.at ?? null;
  }
}
