import { Module } from '@nestjs/common';
import { providePersonAlerts } from '../persons';
import { alertsByPersons } from './alerts.facts';
import { AlertsService } from './alerts.service';
import { PersonAlertsResolver } from './alerts.resolver';
import { TimelineService } from './timeline.service';
import { PersonTimelineResolver } from './timeline.resolver';
import { StageChangeResolver, StageTransitionResolver } from './stage-change.resolver';
import { StageChangeService } from './stage-change.service';

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
  ],
})
export class StagesModule {
  constructor() {
    // The persons' caseload filter by alert reads the alerts through the port persons export (ADR 0012).
    providePersonAlerts(alertsByPersons);
  }
}
