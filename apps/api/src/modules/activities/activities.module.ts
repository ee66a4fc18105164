import { Module } from '@nestjs/common';
import { ExitPresenceModule } from '../exit-presence';
import { AdmissionResolver } from './admission.resolver';
import { AttendanceWeekResolver } from './attendance-week.resolver';
import { AttendanceWeekService } from './attendance-week.service';
import { AdmissionRepository } from './admission.repository';
import { AdmissionService } from './admission.service';
import { EventsResolver } from './events.resolver';
import { EventsRepository } from './events.repository';
import { EventsService } from './events.service';
import { MissionDaysRepository } from './mission-days.repository';
import { MissionDaysResolver } from './mission-days.resolver';
import { MissionDaysService } from './mission-days.service';
import { MissionHoursResolver } from './mission-hours.resolver';
import { MissionHoursRepository } from './mission-hours.repository';
import { MissionHoursService } from './mission-hours.service';
import { AttendanceWeekRowResolver, PersonActivitiesResolver } from './person-activities.resolver';
import { SessionAttendanceResolver, SessionsResolver } from './sessions.resolver';
import { SessionsRepository } from './sessions.repository';
import { SessionsService } from './sessions.service';
import { SkillsResolver } from './skills.resolver';
import { SkillsRepository } from './skills.repository';
import { SkillsService } from './skills.service';
import { SessionGroupResolver, TrainingGroupsResolver } from './training-groups.resolver';
import { TrainingGroupsRepository } from './training-groups.repository';
import { TrainingGroupsService } from './training-groups.service';
import { TutoringResolver, TutorsResolver } from './tutoring.resolver';
import { TutoringRepository } from './tutoring.repository';
import { TutoringService } from './tutoring.service';
import {
  ImmersionResolver,
  MissionResolver,
  PlacementStatusResolver,
  WorkSituationsResolver,
} from './work-situations.resolver';
import { WorkSituationsRepository } from './work-situations.repository';
import { WorkSituationsService } from './work-situations.service';

/** Stages 1 and 2: admission, contracts, immersions, missions, collective sessions and attendance, tutoring, evaluations, events and case notes. */
@Module({
  imports: [ExitPresenceModule],
  providers: [
    AdmissionRepository,
    AdmissionService,
    WorkSituationsRepository,
    WorkSituationsService,
    SessionsRepository,
    SessionsService,
    TrainingGroupsRepository,
    TrainingGroupsService,
    AttendanceWeekService,
    TutoringRepository,
    TutoringService,
    SkillsRepository,
    SkillsService,
    EventsRepository,
    EventsService,
    MissionHoursRepository,
    MissionHoursService,
    MissionDaysRepository,
    MissionDaysService,
    AdmissionResolver,
    WorkSituationsResolver,
    MissionResolver,
    ImmersionResolver,
    PlacementStatusResolver,
    SessionsResolver,
    SessionAttendanceResolver,
    TrainingGroupsResolver,
    SessionGroupResolver,
    AttendanceWeekResolver,
    TutorsResolver,
    TutoringResolver,
    SkillsResolver,
    EventsResolver,
    PersonActivitiesResolver,
    AttendanceWeekRowResolver,
    MissionHoursResolver,
    MissionDaysResolver,
  ],
  // Coaching checks a mission's coach with the same rule as recordMission; the mission of an accepted replacement is
  // recorded by the same rules (replacements).
  exports: [WorkSituationsService],
})
export class ActivitiesModule {}
