import { Module } from '@nestjs/common';

/** Stages 1 and 2: admission, contracts, immersions, missions, collective sessions and attendance, tutoring, evaluations, events and case notes. */
@Module({ providers: [] })
export class ActivitiesModule {}
