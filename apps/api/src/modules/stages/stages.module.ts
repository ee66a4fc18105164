import { Module } from '@nestjs/common';
import { AlertsRepository } from './alerts.repository';
import { AlertsService } from './alerts.service';
import { PersonAlertsResolver } from './alerts.resolver';
import { TimelineService } from './timeline.service';
import { PersonTimelineResolver } from './timeline.resolver';
import { StageChangeResolver, StageTransitionResolver } from './stage-change.resolver';
import { StageChangeRepository } from './stage-change.repository';
import { StageChangeService } from './stage-change.service';
import { TimelineRepository } from './timeline.repository';

/** Stage changes with their gates, the person timeline, computed alerts and the caseload filters by stage and alert. */
@Module({
  providers: [
    StageChangeService,
    StageChangeResolver,
    StageTransitionResolver,
    TimelineService,
    PersonTimelineResolver,
    AlertsService,
    PersonAlertsResolver,
    StageChangeRepository,
    TimelineRepository,
    AlertsRepository,
  ],
  exports: [AlertsService],
})
export class StagesModule {}
