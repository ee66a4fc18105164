/**
 * Public API of the activities module (ADR 0012): what other modules, core, database, testing and tools may import —
 * only through this file (`npm run lint` refuses a deep import). Everything else in the folder is internal.
 *
 * Activities: admission, missions and hours, sessions, skills, tutoring, work situations, events.
 * Used by others: `WorkSituationsService`: the authorization matrix test. `checkContractDates`, `RecordEmploymentContractInput`: the caseload import (imports) and test fixtures. `TutorType`: the contracts' tutor field. `MissionType`, `WorkSituationsService.requireCoach`: coaching's fields and coach changes. `placementStatus`, `WorkSituationsService.recordMission`: the 480 h cap and the mission of an accepted replacement (replacements).
 */
export { ActivitiesModule } from './activities.module';

// Services, types and functions other modules call.
export { WorkSituationsService } from './work-situations.service';
export { TutorType } from './dto/tutoring.dto';
export { MissionType } from './dto/work-situation.dto';
export { checkContractDates } from './admission.service';
export { RecordEmploymentContractInput } from './dto/admission.dto';
export { placementStatus } from './placement';
export type { RecordMissionInput } from './dto/work-situation.dto';

// Entities: all of them for the schema's registry (`database/entities.ts`); used by other modules:
// - TutorEntity: relation of contracts (a contract's tutor)
// - MissionEntity: relation of funding (staff time on a mission)
// - SessionAttendanceEntity: relation of funding (an expense of an attendance)
export {
  AdmissionDecisionEntity,
  CollectiveSessionEntity,
  EmploymentContractEntity,
  ImmersionEntity,
  MissionEntity,
  PathwayEventEntity,
  SessionAttendanceEntity,
  SkillsEvaluationEntity,
  TutorEntity,
  TutoringEntity,
} from './activity.entities';
export {
  TrainingGroupEntity,
  TrainingGroupMemberEntity,
  TrainingGroupSupervisorEntity,
} from './training-groups.entities';
export { WorkedMonthEntity } from './worked-month.entity';
export { MissionDayEntity } from './mission-day.entity';
