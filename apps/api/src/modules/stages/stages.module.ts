import { Global, Module } from '@nestjs/common';
import { PersonAlerts } from '../persons';
import { AlertsRepository } from './alerts.repository';
import { AlertsService } from './alerts.service';
import { StagesPersonAlerts } from './person-alerts.provider';
import { PersonAlertsResolver } from './alerts.resolver';
import { TimelineService } from './timeline.service';
import { PersonTimelineResolver } from './timeline.resolver';
import { StageChangeResolver, StageTransitionResolver } from './stage-change.resolver';
import { StageChangeRepository } from './stage-change.repository';
import { StageChangeService } from './stage-change.service';
import { TimelineRepository } from './timeline.repository';

/**
 * Stage changes with their gates, the person timeline, computed alerts and the caseload filters by stage and alert.
 * Global for one provider only: `PersonAlerts`, the port persons declare for their filter by alert (ADR 0012: persons
 * sit below stages and never import them).
 */
@Global()
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
    StagesPersonAlerts,
    { provide: PersonAlerts, useExisting: StagesPersonAlerts },
  ],
  exports: [PersonAlerts],
})
export class StagesModule {}
