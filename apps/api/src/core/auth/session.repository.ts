import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { preparedQuery } from '../../database/prepared';
import { type As, type RowOf, SNAPSHOT_UUID, SqlSnapshot } from '../../database/repository';
import { PartnerOrganisationEntity } from '../../modules/structures/partner-organisation.entity';
import { StructureEntity } from '../../modules/structures/structure.entity';
import { UserEntity } from '../../modules/users/user.entity';
import { MUST_ENROL_TWO_FACTOR_SQL } from './two-factor/two-factor.repository';
import type { UserSessionEntity } from './user-session.entity';

/** The session and its user, as the lookup of every request reads them. */
export type SessionRow = As<'session_id', string> &
  RowOf<UserSessionEntity, 'lastSeenAt'> &
  RowOf<
    UserEntity,
    'id' | 'email' | 'firstName' | 'lastName' | 'role' | 'structureId' | 'partnerOrganisationId' | 'mustChangePassword'
  > &
  As<'must_enrol_two_factor', boolean>;

/** A live session as « Mes sessions » lists it (`handle`: a hash of its id). */
export type AccountSessionRow = As<'handle', string> &
  RowOf<UserSessionEntity, 'createdAt' | 'lastSeenAt' | 'ipAddress' | 'userAgent'> &
  As<'current', boolean>;

/** Database-backed sessions: honoured by every API instance, ended server-side on sign-out or inactivity. */
const SESSION_SQL = `
  SELECT s.id AS session_id, s.last_seen_at, u.id, u.email, u.first_name, u.last_name, u.role,
         u.structure_id, u.partner_organisation_id, u.must_change_password,
         ${MUST_ENROL_TWO_FACTOR_SQL} AS must_enrol_two_factor
    FROM user_session s JOIN app_user u ON u.id = s.user_id
    LEFT JOIN structure st ON st.id = u.structure_id
   WHERE s.id = $1 AND u.active AND coalesce(st.active, true)
     AND s.expires_at > now()
     AND s.last_seen_at > now() - make_interval(mins => $2)`;

/** The handle a session is shown and ended by: a hash of its stored id, itself a hash of the cookie token. */
const HANDLE_SQL = `encode(sha256(convert_to(s.id, 'UTF8')), 'hex')`;

const SNAPSHOT_SESSION = '0'.repeat(64);

/**
 * The SQL of the sessions and of the sign-in's reads of the account (docs/security.md, docs/adr/0011-repositories.md).
 * The session lookup of every request is a prepared statement (`database/prepared.ts`).
 */
@Injectable()
export class SessionRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** The live session `id` (a hash of the cookie token) and its user; null when none. Prepared once per connection. */
  @SqlSnapshot({ params: [SNAPSHOT_SESSION, 480] })
  async lookup(id: string, idleMinutes: number, tx: EntityManager = this.db.manager): Promise<SessionRow | null> {
    const rows = await preparedQuery<SessionRow[]>(tx, 'session_lookup', SESSION_SQL, [id, idleMinutes]);
    return rows[0] ?? null;
  }

  /** The session was seen now. */
  @SqlSnapshot({ params: [SNAPSHOT_SESSION] })
  async touch(id: string, tx: EntityManager = this.db.manager): Promise<void> {
    await tx.query(`UPDATE user_session SET last_seen_at = now() WHERE id = $1`, [id]);
  }

  /** Opens a session; drops this user's dead sessions in the same statement. */
  @SqlSnapshot({
    params: [
      {
        id: SNAPSHOT_SESSION,
        userId: SNAPSHOT_UUID,
        maxHours: 12,
        ipAddress: '127.0.0.1',
        userAgent: null,
        idleMinutes: 480,
      },
    ],
  })
  async open(
    session: {
      id: string;
      userId: string;
      maxHours: number;
      ipAddress: string;
      userAgent: string | null;
      idleMinutes: number;
    },
    tx: EntityManager = this.db.manager,
  ): Promise<void> {
    await tx.query(
      `WITH purge AS (
         DELETE FROM user_session
          WHERE user_id = $2 AND (expires_at <= now() OR last_seen_at <= now() - make_interval(mins => $6))
       )
       INSERT INTO user_session (id, user_id, last_seen_at, expires_at, ip_address, user_agent)
       VALUES ($1, $2, now(), now() + make_interval(hours => $3), $4, $5)`,
      [session.id, session.userId, session.maxHours, session.ipAddress, session.userAgent, session.idleMinutes],
    );
  }

  /** Ends the session, for every instance. */
  @SqlSnapshot({ params: [SNAPSHOT_SESSION] })
  async close(id: string, tx: EntityManager = this.db.manager): Promise<void> {
    await tx.query(`DELETE FROM user_session WHERE id = $1`, [id]);
  }

  /** The user's live sessions, the current one first, then the last seen. */
  @SqlSnapshot({ params: [SNAPSHOT_UUID, SNAPSHOT_SESSION, 480] })
  accountSessions(
    userId: string,
    currentSessionId: string,
    idleMinutes: number,
    tx: EntityManager = this.db.manager,
  ): Promise<AccountSessionRow[]> {
    return tx.query(
      `SELECT ${HANDLE_SQL} AS handle, s.created_at, s.last_seen_at, s.ip_address, s.user_agent, s.id = $2 AS current
         FROM user_session s
        WHERE s.user_id = $1 AND s.expires_at > now() AND s.last_seen_at > now() - make_interval(mins => $3)
        ORDER BY (s.id = $2) DESC, s.last_seen_at DESC`,
      [userId, currentSessionId, idleMinutes],
    );
  }

  /** Ends one of the user's sessions by its handle (only theirs: the user id is in the WHERE); how many ended. */
  @SqlSnapshot({ params: [SNAPSHOT_UUID, SNAPSHOT_SESSION] })
  async endByHandle(userId: string, handle: string, tx: EntityManager = this.db.manager): Promise<number> {
    const [, affected] = (await tx.query(`DELETE FROM user_session s WHERE s.user_id = $1 AND ${HANDLE_SQL} = $2`, [
      userId,
      handle,
    ])) as [unknown[], number];
    return affected;
  }

  /** Ends every session of the user but one; how many ended. */
  @SqlSnapshot({ params: [SNAPSHOT_UUID, SNAPSHOT_SESSION] })
  async endOthers(userId: string, keptSessionId: string, tx: EntityManager = this.db.manager): Promise<number> {
    const [, affected] = (await tx.query(`DELETE FROM user_session WHERE user_id = $1 AND id <> $2`, [
      userId,
      keptSessionId,
    ])) as [unknown[], number];
    return affected;
  }

  // ---- the account, as the sign-in reads it ----

  @SqlSnapshot({ params: ['claire.martin@exemple.fr'] })
  userByEmail(email: string, tx: EntityManager = this.db.manager): Promise<UserEntity | null> {
    return tx.getRepository(UserEntity).findOneBy({ email });
  }

  @SqlSnapshot({ params: [SNAPSHOT_UUID] })
  user(id: string, tx: EntityManager = this.db.manager): Promise<UserEntity> {
    return tx.getRepository(UserEntity).findOneByOrFail({ id });
  }

  @SqlSnapshot({ params: [SNAPSHOT_UUID] })
  structure(id: string, tx: EntityManager = this.db.manager): Promise<StructureEntity | null> {
    return tx.getRepository(StructureEntity).findOneBy({ id });
  }

  @SqlSnapshot({ params: [SNAPSHOT_UUID] })
  partnerOrganisation(id: string, tx: EntityManager = this.db.manager): Promise<PartnerOrganisationEntity | null> {
    return tx.getRepository(PartnerOrganisationEntity).findOneBy({ id });
  }

  /** Whether the structure lets its staff sign in with a password (null: unknown structure). */
  @SqlSnapshot({ params: [SNAPSHOT_UUID] })
  async passwordSignInAllowed(structureId: string, tx: EntityManager = this.db.manager): Promise<boolean | null> {
    const [row] = (await tx.query(`SELECT password_sign_in_allowed AS allowed FROM structure WHERE id = $1`, [
      structureId,
    ])) as As<'allowed', boolean>[];
    return row?.allowed ?? null;
  }
}
