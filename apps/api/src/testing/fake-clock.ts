import type { INestApplication } from '@nestjs/common';
import { CLOCK, type Clock } from '../core/clock/clock';

/** The application's clock, stopped at a given instant and moved by the test. */
export interface FakeClock {
  /** `YYYY-MM-DD` (noon in Paris) or an ISO instant. */
  set(at: string): void;
  now(): Date;
}

/** Replaces the application's `CLOCK` by a clock the test sets; every service reads it from then on. */
export function installFakeClock(app: INestApplication, at: string): FakeClock {
  const clock = app.get<Clock>(CLOCK);
  let current = toInstant(at);
  clock.now = () => new Date(current.getTime());
  return {
    set(next: string) {
      current = toInstant(next);
    },
    now: () => new Date(current.getTime()),
  };
}

function toInstant(at: string): Date {
  return new Date(/^\d{4}-\d{2}-\d{2}$/.test(at) ? `${at}T10:00:00Z` : at);
}
