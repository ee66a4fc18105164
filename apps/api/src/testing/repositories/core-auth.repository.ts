/**
 * Sign-in state as the auth tests change it below the API: moments computed by the database clock, and the
 * throttle forgotten between cases (ADR 0011: SQL lives in repositories).
 */
import type { DataSource } from 'typeorm';

/** Makes every session of a user idle for `minutes` (by the database clock, as the session check reads it). */
export async function idleSessionsOfUser(db: DataSource, userId: string, minutes: number): Promise<void> {
  await db.query(`UPDATE user_session SET last_seen_at = now() - make_interval(mins => $2) WHERE user_id = $1`, [
    userId,
    minutes,
  ]);
}

/** Forgets every sign-in attempt and throttle counter (each throttling case starts from none). */
export async function forgetSignInAttempts(db: DataSource): Promise<void> {
  await db.query(`DELETE FROM sign_in_attempt; DELETE FROM sign_in_throttle`);
}

/** Makes a pending ProConnect login expired a second ago (by the database clock). */
export async function expireProConnectLogin(db: DataSource, loginId: string): Promise<void> {
  await db.query(`UPDATE proconnect_login SET expires_at = now() - interval '1 second' WHERE id = $1`, [loginId]);
}

/** Makes a user's pending two-factor challenges expired a second ago (by the database clock). */
export async function expireTwoFactorChallenges(db: DataSource, userId: string): Promise<void> {
  await db.query(`UPDATE two_factor_challenge SET expires_at = now() - interval '1 second' WHERE user_id = $1`, [
    userId,
  ]);
}

/** How long each pending two-factor challenge of a user lives, in whole seconds. */
export async function twoFactorChallengeLifetimes(db: DataSource, userId: string): Promise<{ seconds: number }[]> {
  return (await db.query(
    `SELECT extract(epoch FROM expires_at - created_at)::int AS seconds FROM two_factor_challenge WHERE user_id = $1`,
    [userId],
  )) as { seconds: number }[];
}
