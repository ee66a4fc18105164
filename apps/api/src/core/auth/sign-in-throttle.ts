import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '../../config/app-config';

/** The first delay once an account has had too many attempts; it doubles with each further one (docs/security.md). */
export const FIRST_DELAY_MS = 1_000;

/**
 * How long an attempt on an account waits before its password is checked, given the attempts counted on that
 * account in the window (this one included): nothing up to `threshold`, then 1 s, 2 s, 4 s… up to `maxMs`
 * (docs/security.md, « Connexion : limites de tentatives »).
 */
export function progressiveDelayMs(accountAttempts: number, threshold: number, maxMs: number): number {
  if (accountAttempts <= threshold) return 0;
  return Math.min(maxMs, FIRST_DELAY_MS * 2 ** Math.min(accountAttempts - threshold - 1, 20));
}

/** What the counters say of an attempt, before its password is checked. */
export type ThrottleVerdict =
  { refused: true; scope: 'PAIR' | 'ADDRESS'; retryAfterMinutes: number } | { refused: false; delayMs: number };

interface CountRow {
  pair_attempts: number;
  pair_seconds_left: number;
  address_attempts: number | null;
  address_seconds_left: number | null;
  account_attempts: number | null;
}

/** Upserts one counter: +1 in its window (never past `cap`), or 1 in a new window once the window has passed. */
const count = (scope: string, subject: string, from: string | null, cap: string) => `
  INSERT INTO sign_in_throttle AS t (scope, subject, attempts, window_started_at)
  SELECT '${scope}', ${subject}, 1, now()${from ? ` FROM ${from}` : ''}
  ON CONFLICT (scope, subject) DO UPDATE SET
    attempts = CASE WHEN t.window_started_at <= now() - make_interval(mins => $3::int) THEN 1
                    ELSE least(t.attempts + 1, ${cap}) END,
    window_started_at = CASE WHEN t.window_started_at <= now() - make_interval(mins => $3::int) THEN now()
                             ELSE t.window_started_at END
  RETURNING t.attempts, ceil(extract(epoch FROM t.window_started_at + make_interval(mins => $3::int) - now()))::int AS seconds_left`;

/**
 * One statement, before the password is checked: counts the attempt for the pair (account, address); if the pair may
 * still try, for the address; if the address may still try, for the account. Each upsert takes its row's lock, so
 * parallel attempts are counted one after the other and every one of them counts; rows are always locked in this
 * order (pair, address, account), so two attempts never wait for each other in a cycle. A refused attempt counts only
 * for the scope that refused it (and the pair): it does not slow down the account's owner.
 */
const COUNT_SQL = `
  WITH pair AS (${count('PAIR', `$1::varchar || ' ' || $2::varchar`, null, '$4::int + 1')}),
  address AS (${count('ADDRESS', '$2::varchar', 'pair WHERE pair.attempts <= $4::int', '$5::int + 1')}),
  account AS (${count('ACCOUNT', '$1::varchar', 'address WHERE address.attempts <= $5::int', '1000000')})
  SELECT pair.attempts AS pair_attempts, pair.seconds_left AS pair_seconds_left,
         address.attempts AS address_attempts, address.seconds_left AS address_seconds_left,
         account.attempts AS account_attempts
    FROM pair LEFT JOIN address ON true LEFT JOIN account ON true`;

/**
 * Once checked: the attempt is logged (`sign_in_attempt`); a success forgets the pair's attempts and takes itself off
 * the address and account counters (it was counted before the check). A failure stays counted.
 */
const SETTLE_SQL = `
  WITH logged AS (
    INSERT INTO sign_in_attempt (email, ip_address, succeeded) VALUES ($1, $2, $3::boolean)
  ), forgotten AS (
    DELETE FROM sign_in_throttle WHERE $3::boolean AND scope = 'PAIR' AND subject = $1::varchar || ' ' || $2::varchar
  )
  UPDATE sign_in_throttle SET attempts = greatest(attempts - 1, 0)
   WHERE $3::boolean AND ((scope = 'ADDRESS' AND subject = $2) OR (scope = 'ACCOUNT' AND subject = $1))`;

/**
 * Sign-in limits that hold under concurrency and across API instances (the counters are rows of the database):
 * a pair (account, address) or an address that tried too often is refused until its window ends; an account tried too
 * often from everywhere is only slowed down, so that nobody can lock its owner out (docs/security.md).
 */
@Injectable()
export class SignInThrottle {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** Counts the attempt (one statement) and says whether its password may be checked, and after what delay. */
  async count(email: string, ip: string): Promise<ThrottleVerdict> {
    const c = this.config;
    const [row] = (await this.db.query(COUNT_SQL, [
      email,
      ip,
      c.signInWindowMinutes,
      c.signInMaxFailuresPerAccount,
      c.signInMaxFailuresPerAddress,
    ])) as CountRow[];
    const minutes = (seconds: number | null) => Math.max(1, Math.ceil((seconds ?? 60) / 60));
    if (row.pair_attempts > c.signInMaxFailuresPerAccount)
      return { refused: true, scope: 'PAIR', retryAfterMinutes: minutes(row.pair_seconds_left) };
    if ((row.address_attempts ?? 0) > c.signInMaxFailuresPerAddress)
      return { refused: true, scope: 'ADDRESS', retryAfterMinutes: minutes(row.address_seconds_left) };
    return {
      refused: false,
      delayMs: progressiveDelayMs(
        row.account_attempts ?? 0,
        c.signInMaxFailuresPerAccount,
        c.signInMaxDelaySeconds * 1000,
      ),
    };
  }

  /** Logs the checked attempt; a success takes it off the counters (one statement). */
  async settle(email: string, ip: string, succeeded: boolean): Promise<void> {
    await this.db.query(SETTLE_SQL, [email, ip, succeeded]);
  }

  /** The progressive delay, waited without holding a database connection. */
  wait(ms: number): Promise<void> {
    return ms > 0 ? new Promise((resolve) => setTimeout(resolve, ms)) : Promise.resolve();
  }
}
