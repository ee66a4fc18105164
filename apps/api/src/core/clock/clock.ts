import { Global, Injectable, Module } from '@nestjs/common';

/**
 * Today's date and the current instant, from one place (docs/adr and ARCHITECTURE: "Today's date comes from one
 * Clock, never from `new Date()` in a rule"). Integration tests move time by replacing `now` on the provider
 * (`apps/api/src/testing/fake-clock.ts`).
 */
export interface Clock {
  now(): Date;
}

export const CLOCK = Symbol('CLOCK');

@Injectable()
export class SystemClock implements Clock {
  now(): Date {
    return new Date();
  }
}

/** Provides `CLOCK` (the system clock) to every module. */
@Global()
@Module({ providers: [{ provide: CLOCK, useClass: SystemClock }], exports: [CLOCK] })
export class ClockModule {}
