import { Module } from '@nestjs/common';

/** Stage changes with their gates, the person timeline, computed alerts and the caseload filters by stage and alert. */
@Module({ providers: [] })
export class StagesModule {}
