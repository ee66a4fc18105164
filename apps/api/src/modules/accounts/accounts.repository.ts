import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { Role } from '@tremplin/domain';
import { type As, type RowOf, SNAPSHOT_UUID, SqlSnapshot } from '../../database/repository';
import { StructureEntity } from '../structures';
import { UserEntity } from '../users';
import { hashLinkToken, lifetimeMinutes, type LiveLink, newLinkToken } from './account-links';
import { AccountTokenKind } from './account-token.entity';

const SNAPSHOT_TOKEN = 'AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA';

/** The fields of an account created by invitation (no password yet). */
export type NewUser = Pick<
  UserEntity,
  | 'email'
  | 'firstName'
  | 'lastName'
  | 'passwordHash'
  | 'mustChangePassword'
  | 'role'
  | 'structureId'
  | 'partnerOrganisationId'
  | 'active'
>;

/**
 * The SQL of the accounts: staff, single-use links, passwords and the sessions they end (docs/security.md,
 * docs/adr/0011-repositories.md). The link's use is one conditional UPDATE (single use under concurrency).
 */
@Injectable()
export class AccountsRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  // ---- accounts ----

  /** A structure's staff, the active first, by name. */
  @SqlSnapshot({ params: [SNAPSHOT_UUID] })
  staff(structureId: string, tx: EntityManager = this.db.manager): Promise<UserEntity[]> {
    return tx.getRepository(UserEntity).find({
      where: { structureId },
      order: { active: 'DESC', lastName: 'ASC', firstName: 'ASC', id: 'ASC' },
    });
  }

  @SqlSnapshot({ params: [SNAPSHOT_UUID] })
  user(id: string, tx: EntityManager = this.db.manager): Promise<UserEntity> {
    return tx.getRepository(UserEntity).findOneByOrFail({ id });
  }

  /** The active account of an address (null when none). */
  @SqlSnapshot({ params: ['claire.martin@exemple.fr'] })
  activeUserByEmail(email: string, tx: EntityManager = this.db.manager): Promise<UserEntity | null> {
    return tx.getRepository(UserEntity).findOneBy({ email, active: true });
  }

  /** Whether an account (active or not) has this address. */
  @SqlSnapshot({ params: ['claire.martin@exemple.fr'] })
  async emailTaken(email: string, tx: EntityManager = this.db.manager): Promise<boolean> {
    const [taken] = (await tx.query(`SELECT 1 FROM app_user WHERE email = $1`, [email])) as unknown[];
    return !!taken;
  }

  /** Whether an administrator exists. */
  @SqlSnapshot({ params: [] })
  async administratorExists(tx: EntityManager = this.db.manager): Promise<boolean> {
    const [exists] = (await tx.query(`SELECT 1 FROM app_user WHERE role = $1`, [Role.ADMINISTRATOR])) as unknown[];
    return !!exists;
  }

  /** Locks the accounts' table against inserts (the check « no administrator yet » holds until the commit). */
  @SqlSnapshot({ params: [] })
  async lockUsersTable(tx: EntityManager = this.db.manager): Promise<void> {
    await tx.query(`LOCK TABLE app_user IN SHARE ROW EXCLUSIVE MODE`);
  }

  /** Creates the platform administrator (no password yet); her id. */
  @SqlSnapshot({ params: ['admin@exemple.fr', 'Admin', 'Administration'] })
  async insertAdministrator(
    email: string,
    firstName: string,
    lastName: string,
    tx: EntityManager = this.db.manager,
  ): Promise<string> {
    const [{ id }] = (await tx.query(
      `INSERT INTO app_user (email, first_name, last_name, password_hash, role, structure_id, partner_organisation_id, active)
       VALUES ($1, $2, $3, NULL, $4, NULL, NULL, true) RETURNING id`,
      [email, firstName, lastName, Role.ADMINISTRATOR],
    )) as RowOf<UserEntity, 'id'>[];
    return id;
  }

  @SqlSnapshot({
    params: [
      {
        email: 'claire.martin@exemple.fr',
        firstName: 'Claire',
        lastName: 'Martin',
        passwordHash: null,
        mustChangePassword: false,
        role: Role.COUNSELLOR,
        structureId: SNAPSHOT_UUID,
        partnerOrganisationId: null,
        active: true,
      },
    ],
  })
  saveUser(user: NewUser, tx: EntityManager = this.db.manager): Promise<UserEntity> {
    const repo = tx.getRepository(UserEntity);
    return repo.save(repo.create(user));
  }

  @SqlSnapshot({ params: [SNAPSHOT_UUID, { active: false }] })
  async updateUser(
    id: string,
    changes: Partial<Pick<UserEntity, 'role' | 'active'>>,
    tx: EntityManager = this.db.manager,
  ): Promise<void> {
    await tx.getRepository(UserEntity).update({ id }, changes);
  }

  /** The structure of a staff account (null: unknown, or not a structure's account). */
  @SqlSnapshot({ params: [SNAPSHOT_UUID] })
  async staffStructureId(userId: string, tx: EntityManager = this.db.manager): Promise<string | null> {
    const [row] = (await tx.query(`SELECT structure_id FROM app_user WHERE id = $1 AND structure_id IS NOT NULL`, [
      userId,
    ])) as { structure_id: string }[];
    return row?.structure_id ?? null;
  }

  /** Locks the structure's row: every change of its staff queues there. */
  @SqlSnapshot({ params: [SNAPSHOT_UUID] })
  async lockStructure(structureId: string, tx: EntityManager = this.db.manager): Promise<void> {
    await tx.query(`SELECT id FROM structure WHERE id = $1 FOR UPDATE`, [structureId]);
  }

  /** The staff member, locked (FOR UPDATE); null when not of that structure. */
  @SqlSnapshot({ params: [SNAPSHOT_UUID, SNAPSHOT_UUID] })
  lockStaffMember(
    userId: string,
    structureId: string,
    tx: EntityManager = this.db.manager,
  ): Promise<UserEntity | null> {
    return tx
      .getRepository(UserEntity)
      .createQueryBuilder('u')
      .where('u.id = :userId AND u.structureId = :structureId', { userId, structureId })
      .setLock('pessimistic_write')
      .getOne();
  }

  /** The structure's other active directors who can sign in (password chosen). */
  @SqlSnapshot({ params: [SNAPSHOT_UUID, SNAPSHOT_UUID] })
  async otherActiveDirectors(
    structureId: string,
    userId: string,
    tx: EntityManager = this.db.manager,
  ): Promise<number> {
    const [{ n }] = (await tx.query(
      `SELECT count(*)::int AS n FROM app_user
        WHERE structure_id = $1 AND role = 'DIRECTOR' AND active AND password_hash IS NOT NULL AND id <> $2`,
      [structureId, userId],
    )) as As<'n', number>[];
    return n;
  }

  /** Locks the account's row (FOR UPDATE). */
  @SqlSnapshot({ params: [SNAPSHOT_UUID] })
  async lockUser(userId: string, tx: EntityManager = this.db.manager): Promise<void> {
    await tx.query(`SELECT 1 FROM app_user WHERE id = $1 FOR UPDATE`, [userId]);
  }

  /** Stores the account's new password (the temporary one, if any, is over). */
  @SqlSnapshot({ params: [SNAPSHOT_UUID, '$argon2id$'] })
  async setPassword(userId: string, passwordHash: string, tx: EntityManager = this.db.manager): Promise<void> {
    await tx.query(
      `UPDATE app_user SET password_hash = $2, must_change_password = false, updated_at = now() WHERE id = $1`,
      [userId, passwordHash],
    );
  }

  /** Ends every session of the account. */
  @SqlSnapshot({ params: [SNAPSHOT_UUID] })
  async endSessions(userId: string, tx: EntityManager = this.db.manager): Promise<void> {
    await tx.query(`DELETE FROM user_session WHERE user_id = $1`, [userId]);
  }

  /** Ends the account's sessions but one (`keptSessionId`). */
  @SqlSnapshot({ params: [SNAPSHOT_UUID, '0'.repeat(64)] })
  async endOtherSessions(userId: string, keptSessionId: string, tx: EntityManager = this.db.manager): Promise<void> {
    await tx.query(`DELETE FROM user_session WHERE user_id = $1 AND id <> $2`, [userId, keptSessionId]);
  }

  // ---- single-use links ----

  /**
   * Issues a single-use link for the user: a random token whose SHA-256 only is stored. The user's earlier unused
   * links of the same kind stop working. Returns the token (to put in the e-mail, once).
   */
  @SqlSnapshot({ params: [SNAPSHOT_UUID, AccountTokenKind.INVITATION, null] })
  async issueLink(
    userId: string,
    kind: AccountTokenKind,
    createdById: string | null,
    tx: EntityManager = this.db.manager,
  ): Promise<string> {
    const token = newLinkToken();
    await tx.query(
      `WITH revoked AS (
         UPDATE account_token SET used_at = now() WHERE user_id = $2 AND kind = $3 AND used_at IS NULL
       )
       INSERT INTO account_token (token_hash, user_id, kind, expires_at, created_by_id)
       VALUES ($1, $2, $3, now() + make_interval(mins => $4::int), $5)`,
      [hashLinkToken(token), userId, kind, lifetimeMinutes(kind), createdById],
    );
    return token;
  }

  /** The link if it is unused, unexpired and its account active; null otherwise (nothing says which). */
  @SqlSnapshot({ params: [SNAPSHOT_TOKEN] })
  async readLink(token: string, tx: EntityManager = this.db.manager): Promise<LiveLink | null> {
    const [row] = (await tx.query(
      `
  SELECT t.user_id AS "userId", t.kind, u.email, u.first_name AS "firstName", u.last_name AS "lastName"
    FROM account_token t JOIN app_user u ON u.id = t.user_id
    LEFT JOIN structure s ON s.id = u.structure_id
   WHERE t.token_hash = $1 AND t.used_at IS NULL AND t.expires_at > now() AND u.active AND coalesce(s.active, true)`,
      [hashLinkToken(token)],
    )) as LiveLink[];
    return row ?? null;
  }

  /**
   * Uses the link: one conditional UPDATE, so that of several requests with the same link at once exactly one gets the
   * row (the others wait for its lock, then see `used_at` set). Null when the link is no longer valid.
   */
  @SqlSnapshot({ params: [SNAPSHOT_TOKEN] })
  async consumeLink(token: string, tx: EntityManager = this.db.manager): Promise<LiveLink | null> {
    const rows = (await tx.query(
      `UPDATE account_token t SET used_at = now()
         FROM app_user u LEFT JOIN structure s ON s.id = u.structure_id
        WHERE t.token_hash = $1 AND t.used_at IS NULL AND t.expires_at > now()
          AND u.id = t.user_id AND u.active AND coalesce(s.active, true)
        RETURNING t.user_id AS "userId", t.kind, u.email, u.first_name AS "firstName", u.last_name AS "lastName"`,
      [hashLinkToken(token)],
    )) as [LiveLink[], number] | LiveLink[];
    const list = Array.isArray(rows[0]) ? (rows[0] as LiveLink[]) : (rows as LiveLink[]);
    return list[0] ?? null;
  }

  /** The account's unused links stop working. */
  @SqlSnapshot({ params: [SNAPSHOT_UUID] })
  async revokeLinks(userId: string, tx: EntityManager = this.db.manager): Promise<void> {
    await tx.query(`UPDATE account_token SET used_at = now() WHERE user_id = $1 AND used_at IS NULL`, [userId]);
  }

  /** The account's unused links of one kind stop working. */
  @SqlSnapshot({ params: [SNAPSHOT_UUID, AccountTokenKind.PASSWORD_RESET] })
  async revokeLinksOfKind(userId: string, kind: AccountTokenKind, tx: EntityManager = this.db.manager): Promise<void> {
    await tx.query(`UPDATE account_token SET used_at = now() WHERE user_id = $1 AND used_at IS NULL AND kind = $2`, [
      userId,
      kind,
    ]);
  }

  /** The links of this kind issued to the account in the last hour. */
  @SqlSnapshot({ params: [SNAPSHOT_UUID, AccountTokenKind.PASSWORD_RESET] })
  async linksInLastHour(userId: string, kind: AccountTokenKind, tx: EntityManager = this.db.manager): Promise<number> {
    const [{ n }] = (await tx.query(
      `SELECT count(*)::int AS n FROM account_token
        WHERE user_id = $1 AND kind = $2 AND created_at > now() - interval '1 hour'`,
      [userId, kind],
    )) as As<'n', number>[];
    return n;
  }

  /** A lookup of no link: the round trip the « unknown address » path makes, as the others do. */
  @SqlSnapshot({ params: [] })
  async lookupNoLink(tx: EntityManager = this.db.manager): Promise<void> {
    await tx.query(`SELECT 1 FROM account_token WHERE token_hash = $1`, ['0'.repeat(64)]);
  }

  // ---- structures ----

  @SqlSnapshot({ params: [SNAPSHOT_UUID] })
  structure(id: string, tx: EntityManager = this.db.manager): Promise<StructureEntity | null> {
    return tx.getRepository(StructureEntity).findOneBy({ id });
  }

  /** The structure (it must exist: TypeORM's « not found » error otherwise). */
  @SqlSnapshot({ params: [SNAPSHOT_UUID] })
  structureOrFail(id: string, tx: EntityManager = this.db.manager): Promise<StructureEntity> {
    return tx.getRepository(StructureEntity).findOneByOrFail({ id });
  }
}
