import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { SqlSnapshot } from '../../database/repository';

/** The counters after an attempt was counted (null: the scope was not counted, refused before it). */
export interface ThrottleCountRow {
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

/** The SQL of the sign-in limits: counters are rows, so they hold under concurrency and across instances. */
@Injectable()
export class SignInThrottleRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** Counts the attempt, pair then address then account (one statement; see COUNT_SQL). */
  @SqlSnapshot({ params: ['claire.martin@exemple.fr', '127.0.0.1', 15, 5, 50] })
  async count(
    email: string,
    ip: string,
    windowMinutes: number,
    maxPerAccount: number,
    maxPerAddress: number,
    tx: EntityManager = this.db.manager,
  ): Promise<ThrottleCountRow> {
    const [row] = (await tx.query(COUNT_SQL, [
      email,
      ip,
      windowMinutes,
      maxPerAccount,
      maxPerAddress,
    ])) as ThrottleCountRow[];
    return row;
  }

  /** Logs the checked attempt; a success takes it off the counters (one statement; see SETTLE_SQL). */
  @SqlSnapshot({ params: ['claire.martin@exemple.fr', '127.0.0.1', false] })
  async settle(email: string, ip: string, succeeded: boolean, tx: EntityManager = this.db.manager): Promise<void> {
    await tx.query(SETTLE_SQL, [email, ip, succeeded]);
  }
}
