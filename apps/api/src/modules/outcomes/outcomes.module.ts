import { Module } from '@nestjs/common';

/** Stage 3 and exit: exam sessions and results, hires, retention checks, exit with the minimum-presence rule. */
@Module({ providers: [] })
export class OutcomesModule {}
