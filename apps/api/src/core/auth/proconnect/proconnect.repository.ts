import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { type As, type RowOf, SNAPSHOT_UUID, SqlSnapshot } from '../../../database/repository';
import { StructureEntity } from '../../../modules/structures/structure.entity';
import type { UserEntity } from '../../../modules/users/user.entity';
import type { ProConnectLoginEntity } from './proconnect-login.entity';

/** An account as the ProConnect sign-in reads it. */
export type ProConnectUserRow = RowOf<
  UserEntity,
  'id' | 'email' | 'firstName' | 'lastName' | 'role' | 'structureId' | 'partnerOrganisationId' | 'active'
>;

/** A sign-in under way, as taken back (`live`: not expired). */
export type TakenLogin = Pick<ProConnectLoginEntity, 'state' | 'nonce' | 'codeVerifier' | 'returnPath'> &
  As<'live', boolean>;

const SNAPSHOT_HASH = '0'.repeat(64);

/**
 * The SQL of the ProConnect sign-in and of the structure's sign-in policy (docs/domain/proconnect.md,
 * docs/adr/0011-repositories.md). Taking a sign-in under way back is one DELETE … RETURNING (single use).
 */
@Injectable()
export class ProConnectRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** Keeps a sign-in under way (`id`: a hash of the browser's handle); drops the expired ones. */
  @SqlSnapshot({
    params: [{ id: SNAPSHOT_HASH, state: 's', nonce: 'n', codeVerifier: 'v', returnPath: '/' }, 10],
  })
  async rememberLogin(
    login: Pick<ProConnectLoginEntity, 'id' | 'state' | 'nonce' | 'codeVerifier' | 'returnPath'>,
    ttlMinutes: number,
    tx: EntityManager = this.db.manager,
  ): Promise<void> {
    await tx.query(
      `WITH purge AS (DELETE FROM proconnect_login WHERE expires_at <= now())
       INSERT INTO proconnect_login (id, state, nonce, code_verifier, return_path, expires_at)
       VALUES ($1, $2, $3, $4, $5, now() + make_interval(mins => $6))`,
      [login.id, login.state, login.nonce, login.codeVerifier, login.returnPath, ttlMinutes],
    );
  }

  /** Takes the sign-in under way back, once (deleted as it is read); undefined when unknown. */
  @SqlSnapshot({ params: [SNAPSHOT_HASH] })
  async takeLogin(id: string, tx: EntityManager = this.db.manager): Promise<TakenLogin | undefined> {
    const rows = (await tx.query(
      `DELETE FROM proconnect_login WHERE id = $1
       RETURNING state, nonce, code_verifier AS "codeVerifier", return_path AS "returnPath", expires_at > now() AS live`,
      [id],
    )) as [TakenLogin[], number];
    return rows[0][0];
  }

  /** The account bound to this identity of the provider. */
  @SqlSnapshot({ params: ['PROCONNECT', 'sub'] })
  async boundAccount(
    provider: string,
    subject: string,
    tx: EntityManager = this.db.manager,
  ): Promise<ProConnectUserRow | undefined> {
    const known = (await tx.query(
      `SELECT u.id, u.email, u.first_name, u.last_name, u.role, u.structure_id, u.partner_organisation_id, u.active
         FROM user_external_identity i JOIN app_user u ON u.id = i.user_id
        WHERE i.provider = $1 AND i.subject = $2`,
      [provider, subject],
    )) as ProConnectUserRow[];
    return known[0];
  }

  /** A sign-in with a bound identity: when, and through which identity provider. */
  @SqlSnapshot({ params: ['PROCONNECT', 'sub', null] })
  async touchIdentity(
    provider: string,
    subject: string,
    idpId: string | null,
    tx: EntityManager = this.db.manager,
  ): Promise<void> {
    await tx.query(
      `UPDATE user_external_identity SET last_sign_in_at = now(), idp_id = $3, updated_at = now()
        WHERE provider = $1 AND subject = $2`,
      [provider, subject, idpId],
    );
  }

  /** The account of an address, locked (FOR UPDATE). */
  @SqlSnapshot({ params: ['claire.martin@exemple.fr'] })
  async lockAccountByEmail(email: string, tx: EntityManager = this.db.manager): Promise<ProConnectUserRow | undefined> {
    const [user] = (await tx.query(
      `SELECT id, email, first_name, last_name, role, structure_id, partner_organisation_id, active
         FROM app_user WHERE email = $1 FOR UPDATE`,
      [email],
    )) as ProConnectUserRow[];
    return user;
  }

  /**
   * One statement: a first binding, or the account's binding moved to the new subject (`rebound`). A parallel first
   * sign-in of the same identity waits on the account's row lock, then finds the subject bound.
   */
  @SqlSnapshot({
    params: [{ provider: 'PROCONNECT', subject: 'sub', userId: SNAPSHOT_UUID, email: 'a@b.fr', idpId: null }],
  })
  async bind(
    identity: { provider: string; subject: string; userId: string; email: string; idpId: string | null },
    tx: EntityManager = this.db.manager,
  ): Promise<boolean> {
    const [bound] = (await tx.query(
      `INSERT INTO user_external_identity (provider, subject, user_id, email, idp_id, last_sign_in_at)
       VALUES ($1, $2, $3, $4, $5, now())
       ON CONFLICT (provider, user_id) DO UPDATE
         SET subject = EXCLUDED.subject, email = EXCLUDED.email, idp_id = EXCLUDED.idp_id,
             last_sign_in_at = now(), updated_at = now()
       RETURNING (xmax <> 0) AS rebound`,
      [identity.provider, identity.subject, identity.userId, identity.email, identity.idpId],
    )) as As<'rebound', boolean>[];
    return bound.rebound;
  }

  /** Whether the user has an identity of this provider. */
  @SqlSnapshot({ params: ['PROCONNECT', SNAPSHOT_UUID] })
  async isBound(provider: string, userId: string, tx: EntityManager = this.db.manager): Promise<boolean> {
    const [bound] = (await tx.query(`SELECT 1 FROM user_external_identity WHERE provider = $1 AND user_id = $2`, [
      provider,
      userId,
    ])) as unknown[];
    return !!bound;
  }

  /** Sets the structure's choice; what it was before (undefined: unknown structure). */
  @SqlSnapshot({ params: [SNAPSHOT_UUID, true] })
  async setPasswordSignInAllowed(
    structureId: string,
    allowed: boolean,
    tx: EntityManager = this.db.manager,
  ): Promise<boolean | undefined> {
    const [[row]] = (await tx.query(
      `UPDATE structure s SET password_sign_in_allowed = $2, updated_at = now()
         FROM structure before WHERE s.id = $1 AND before.id = s.id
       RETURNING before.password_sign_in_allowed AS "was"`,
      [structureId, allowed],
    )) as [As<'was', boolean>[], number];
    return row?.was;
  }

  @SqlSnapshot({ params: [SNAPSHOT_UUID] })
  structure(id: string, tx: EntityManager = this.db.manager): Promise<StructureEntity> {
    return tx.getRepository(StructureEntity).findOneByOrFail({ id });
  }
}
