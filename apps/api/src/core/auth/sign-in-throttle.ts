import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '../../config/app-config';
import { SignInThrottleRepository } from './sign-in-throttle.repository';

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

/**
 * Sign-in limits that hold under concurrency and across API instances (the counters are rows of the database):
 * a pair (account, address) or an address that tried too often is refused until its window ends; an account tried too
 * often from everywhere is only slowed down, so that nobody can lock its owner out (docs/security.md).
 */
@Injectable()
export class SignInThrottle {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly repository: SignInThrottleRepository,
  ) {}

  /** Counts the attempt (one statement) and says whether its password may be checked, and after what delay. */
  async count(email: string, ip: string): Promise<ThrottleVerdict> {
    const c = this.config;
    const row = await this.repository.count(
      email,
      ip,
      c.signInWindowMinutes,
      c.signInMaxFailuresPerAccount,
      c.signInMaxFailuresPerAddress,
    );
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
    await this.repository.settle(email, ip, succeeded);
  }

  /** The progressive delay, waited without holding a database connection. */
  wait(ms: number): Promise<void> {
    return ms > 0 ? new Promise((resolve) => setTimeout(resolve, ms)) : Promise.resolve();
  }
}
