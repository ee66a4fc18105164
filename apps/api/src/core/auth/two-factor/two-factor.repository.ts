import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { type As, type RowOf, SNAPSHOT_UUID, SqlSnapshot } from '../../../database/repository';
import { UserEntity } from '../../../modules/users/user.entity';
import type { UserTwoFactorEntity } from './two-factor.entities';

/**
 * SQL: whether the user `u` (an `app_user` alias) must enrol in two-factor sign-in and has not: a director (or an
 * administrator attached to a structure) of a structure that requires it, without a confirmed TOTP. Read on every
 * request with the session (one statement), so turning the requirement on takes effect at once.
 */
export const MUST_ENROL_TWO_FACTOR_SQL = `(u.role IN ('DIRECTOR', 'ADMINISTRATOR')
           AND EXISTS (SELECT 1 FROM structure_two_factor_policy p WHERE p.structure_id = u.structure_id)
           AND NOT EXISTS (SELECT 1 FROM user_two_factor t WHERE t.user_id = u.id AND t.enabled_at IS NOT NULL))`;

/** Where the user's two-factor sign-in stands. */
export type TwoFactorStatusRow = RowOf<UserTwoFactorEntity, 'enabledAt'> &
  As<'codes_left', number> &
  As<'required', boolean>;

const SNAPSHOT_HASH = '0'.repeat(64);

/**
 * The SQL of two-factor sign-in (docs/security.md, « Double authentification »; docs/adr/0011-repositories.md). The
 * conditional UPDATEs that make a TOTP step, a recovery code and a pending sign-in single-use stay one statement each.
 */
@Injectable()
export class TwoFactorRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  @SqlSnapshot({ params: [SNAPSHOT_UUID] })
  async status(userId: string, tx: EntityManager = this.db.manager): Promise<TwoFactorStatusRow | undefined> {
    const [row] = (await tx.query(
      `SELECT t.enabled_at,
              (SELECT count(*)::int FROM user_recovery_code r WHERE r.user_id = u.id AND r.used_at IS NULL) AS codes_left,
              (u.role IN ('DIRECTOR', 'ADMINISTRATOR')
                AND EXISTS (SELECT 1 FROM structure_two_factor_policy p WHERE p.structure_id = u.structure_id)) AS required
         FROM app_user u LEFT JOIN user_two_factor t ON t.user_id = u.id
        WHERE u.id = $1`,
      [userId],
    )) as TwoFactorStatusRow[];
    return row;
  }

  /** Whether the user must enrol before anything else (same rule as the session lookup). */
  @SqlSnapshot({ params: [SNAPSHOT_UUID] })
  async mustEnrol(userId: string, tx: EntityManager = this.db.manager): Promise<boolean> {
    const [row] = (await tx.query(`SELECT ${MUST_ENROL_TWO_FACTOR_SQL} AS must FROM app_user u WHERE u.id = $1`, [
      userId,
    ])) as As<'must', boolean>[];
    return !!row?.must;
  }

  /** Keeps a new (unconfirmed) secret; false when two-factor sign-in is already on (nothing changed). */
  @SqlSnapshot({ params: [SNAPSHOT_UUID, 'sealed'] })
  async startEnrolment(userId: string, secretEncrypted: string, tx: EntityManager = this.db.manager): Promise<boolean> {
    const rows = (await tx.query(
      `INSERT INTO user_two_factor AS t (user_id, secret_encrypted, enabled_at, last_used_step)
       VALUES ($1, $2, NULL, -1)
       ON CONFLICT (user_id) DO UPDATE SET secret_encrypted = EXCLUDED.secret_encrypted, last_used_step = -1,
                                           created_at = now()
        WHERE t.enabled_at IS NULL
       RETURNING t.user_id`,
      [userId, secretEncrypted],
    )) as unknown[];
    return rows.length > 0;
  }

  /** The unconfirmed secret, locked (FOR UPDATE); null when none. */
  @SqlSnapshot({ params: [SNAPSHOT_UUID] })
  async lockPendingSecret(userId: string, tx: EntityManager = this.db.manager): Promise<string | null> {
    const [row] = (await tx.query(
      `SELECT secret_encrypted FROM user_two_factor WHERE user_id = $1 AND enabled_at IS NULL FOR UPDATE`,
      [userId],
    )) as RowOf<UserTwoFactorEntity, 'secretEncrypted'>[];
    return row?.secret_encrypted ?? null;
  }

  /** Whether the user has a two-factor row (confirmed or not). */
  @SqlSnapshot({ params: [SNAPSHOT_UUID] })
  async hasSecret(userId: string, tx: EntityManager = this.db.manager): Promise<boolean> {
    const rows = (await tx.query(`SELECT 1 FROM user_two_factor WHERE user_id = $1`, [userId])) as unknown[];
    return rows.length > 0;
  }

  /** Confirms the secret: two-factor sign-in is on, the code's time step spent. */
  @SqlSnapshot({ params: [SNAPSHOT_UUID, 1] })
  async enable(userId: string, step: number, tx: EntityManager = this.db.manager): Promise<void> {
    await tx.query(`UPDATE user_two_factor SET enabled_at = now(), last_used_step = $2 WHERE user_id = $1`, [
      userId,
      step,
    ]);
  }

  /** Replaces the user's recovery codes by these (their hashes). */
  @SqlSnapshot({ params: [SNAPSHOT_UUID, [SNAPSHOT_HASH]] })
  async replaceRecoveryCodes(userId: string, codeHashes: string[], tx: EntityManager = this.db.manager): Promise<void> {
    await tx.query(`DELETE FROM user_recovery_code WHERE user_id = $1`, [userId]);
    await tx.query(`INSERT INTO user_recovery_code (user_id, code_hash) SELECT $1, unnest($2::char(64)[])`, [
      userId,
      codeHashes,
    ]);
  }

  /** Turns two-factor sign-in off: the recovery codes and the secret are deleted. */
  @SqlSnapshot({ params: [SNAPSHOT_UUID] })
  async disable(userId: string, tx: EntityManager = this.db.manager): Promise<void> {
    await tx.query(`DELETE FROM user_recovery_code WHERE user_id = $1`, [userId]);
    await tx.query(`DELETE FROM user_two_factor WHERE user_id = $1`, [userId]);
  }

  @SqlSnapshot({ params: [SNAPSHOT_UUID] })
  user(userId: string, tx: EntityManager = this.db.manager): Promise<UserEntity> {
    return tx.getRepository(UserEntity).findOneByOrFail({ id: userId });
  }

  /** The confirmed secret (sealed); null when two-factor sign-in is off. */
  @SqlSnapshot({ params: [SNAPSHOT_UUID] })
  async enabledSecret(userId: string, tx: EntityManager = this.db.manager): Promise<string | null> {
    const [row] = (await tx.query(
      `SELECT secret_encrypted FROM user_two_factor WHERE user_id = $1 AND enabled_at IS NOT NULL`,
      [userId],
    )) as RowOf<UserTwoFactorEntity, 'secretEncrypted'>[];
    return row?.secret_encrypted ?? null;
  }

  /**
   * Records the TOTP time step as spent: one conditional UPDATE, so the same code (or an older one) replayed, even in
   * parallel, finds the step already spent. True when this call spent it.
   */
  @SqlSnapshot({ params: [SNAPSHOT_UUID, 1] })
  async spendStep(userId: string, step: number, tx: EntityManager = this.db.manager): Promise<boolean> {
    const spent = await tx.query(
      `UPDATE user_two_factor SET last_used_step = $2
        WHERE user_id = $1 AND enabled_at IS NOT NULL AND last_used_step < $2
       RETURNING user_id`,
      [userId, step],
    );
    return rowsOf(spent).length === 1;
  }

  /** Spends one unused recovery code (one conditional UPDATE: used once, even in parallel). */
  @SqlSnapshot({ params: [SNAPSHOT_UUID, SNAPSHOT_HASH] })
  async spendRecoveryCode(userId: string, codeHash: string, tx: EntityManager = this.db.manager): Promise<boolean> {
    const spent = await tx.query(
      `UPDATE user_recovery_code SET used_at = now()
        WHERE user_id = $1 AND code_hash = $2 AND used_at IS NULL
          AND EXISTS (SELECT 1 FROM user_two_factor t WHERE t.user_id = $1 AND t.enabled_at IS NOT NULL)
       RETURNING id`,
      [userId, codeHash],
    );
    return rowsOf(spent).length === 1;
  }

  /** Whether the password step must be followed by a code. */
  @SqlSnapshot({ params: [SNAPSHOT_UUID] })
  async isEnabled(userId: string, tx: EntityManager = this.db.manager): Promise<boolean> {
    const rows = (await tx.query(`SELECT 1 FROM user_two_factor WHERE user_id = $1 AND enabled_at IS NOT NULL`, [
      userId,
    ])) as unknown[];
    return rows.length > 0;
  }

  /** A pending second step (`id`: a hash of the cookie token); the user's expired ones are dropped. */
  @SqlSnapshot({ params: [SNAPSHOT_HASH, SNAPSHOT_UUID, 5] })
  async openChallenge(id: string, userId: string, minutes: number, tx: EntityManager = this.db.manager): Promise<void> {
    await tx.query(
      `WITH purge AS (DELETE FROM two_factor_challenge WHERE user_id = $2 AND expires_at <= now())
       INSERT INTO two_factor_challenge (id, user_id, expires_at) VALUES ($1, $2, now() + make_interval(mins => $3))`,
      [id, userId, minutes],
    );
  }

  /**
   * Counts an attempt on the pending second step (one conditional UPDATE): its user, or nothing when the challenge is
   * unknown, expired, spent its attempts or its account is inactive.
   */
  @SqlSnapshot({ params: [SNAPSHOT_HASH, 5] })
  async countChallengeAttempt(
    id: string,
    maxAttempts: number,
    tx: EntityManager = this.db.manager,
  ): Promise<(As<'user_id', string> & RowOf<UserEntity, 'email'>) | undefined> {
    const [row] = rowsOf(
      await tx.query(
        `UPDATE two_factor_challenge c SET attempts = c.attempts + 1
           FROM app_user u
          WHERE c.id = $1 AND u.id = c.user_id AND u.active AND c.expires_at > now() AND c.attempts < $2
         RETURNING c.user_id, u.email`,
        [id, maxAttempts],
      ),
    ) as ((As<'user_id', string> & RowOf<UserEntity, 'email'>) | undefined)[];
    return row;
  }

  /** Spends the pending second step; true when this call spent it (a parallel one finds nothing). */
  @SqlSnapshot({ params: [SNAPSHOT_HASH] })
  async spendChallenge(id: string, tx: EntityManager = this.db.manager): Promise<boolean> {
    const spent = rowsOf(await tx.query(`DELETE FROM two_factor_challenge WHERE id = $1 RETURNING id`, [id]));
    return spent.length === 1;
  }

  /** The structure requires two-factor sign-in of its direction (kept if already). */
  @SqlSnapshot({ params: [SNAPSHOT_UUID, SNAPSHOT_UUID] })
  async require(structureId: string, requiredBy: string, tx: EntityManager = this.db.manager): Promise<void> {
    await tx.query(
      `INSERT INTO structure_two_factor_policy (structure_id, required_by) VALUES ($1, $2)
       ON CONFLICT (structure_id) DO NOTHING`,
      [structureId, requiredBy],
    );
  }

  @SqlSnapshot({ params: [SNAPSHOT_UUID] })
  async unrequire(structureId: string, tx: EntityManager = this.db.manager): Promise<void> {
    await tx.query(`DELETE FROM structure_two_factor_policy WHERE structure_id = $1`, [structureId]);
  }

  @SqlSnapshot({ params: [SNAPSHOT_UUID] })
  async isRequired(structureId: string, tx: EntityManager = this.db.manager): Promise<boolean> {
    const rows = (await tx.query(`SELECT 1 FROM structure_two_factor_policy WHERE structure_id = $1`, [
      structureId,
    ])) as unknown[];
    return rows.length > 0;
  }
}

/**
 * The rows of an UPDATE/DELETE … RETURNING: TypeORM's pg driver answers `[rows, affected]` for them, a plain array
 * of rows for a SELECT.
 */
function rowsOf(result: unknown): unknown[] {
  if (Array.isArray(result) && result.length === 2 && Array.isArray(result[0]) && typeof result[1] === 'number')
    return result[0] as unknown[];
  return Array.isArray(result) ? result : [];
}
