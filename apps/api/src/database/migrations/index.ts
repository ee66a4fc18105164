import { Init1795361979056 } from './1795361979056-Init';
import { SupervisorRole1795408501000 } from './1795408501000-SupervisorRole';
import { Pathway1795408501803 } from './1795408501803-Pathway';
import { RecordsInTheirStructure1795412619210 } from './1795412619210-RecordsInTheirStructure';
import { ContractsAndFunding1795415461276 } from './1795415461276-ContractsAndFunding';
import { PartnerPortal1795420803987 } from './1795420803987-PartnerPortal';
import { FunderReports1795422489098 } from './1795422489098-FunderReports';
import { PlannerStatistics1795430000000 } from './1795430000000-PlannerStatistics';
import { MissionLockPartnerNotifications1795436000000 } from './1795436000000-MissionLockPartnerNotifications';
import { ReportFiguresAsText1795440000000 } from './1795440000000-ReportFiguresAsText';
import { PassIaeToTheDay1795450000000 } from './1795450000000-PassIaeToTheDay';
import { EditorLineVersions1795451000000 } from './1795451000000-EditorLineVersions';
import { PersonSex1795452000000 } from './1795452000000-PersonSex';
import { SharedHiringTargets1795453000000 } from './1795453000000-SharedHiringTargets';
import { SignInThrottle1795461000000 } from './1795461000000-SignInThrottle';
import { ReportJobHeartbeat1795461100000 } from './1795461100000-ReportJobHeartbeat';
import { CaseloadImport1795471000000 } from './1795471000000-CaseloadImport';
import { Accounts1795480000000 } from './1795480000000-Accounts';
import { TwoFactor1795481000000 } from './1795481000000-TwoFactor';
import { LesEmploisLink1795482000000 } from './1795482000000-LesEmploisLink';
import { DataRights1795483000000 } from './1795483000000-DataRights';
import { HiringNeedSharing1795485100000 } from './1795485100000-HiringNeedSharing';
import { ProConnect1795487000000 } from './1795487000000-ProConnect';
import { AppState1795490000000 } from './1795490000000-AppState';
import { TrainingGroups1795500000000 } from './1795500000000-TrainingGroups';
import { MissionDays1795510000000 } from './1795510000000-MissionDays';
import { EvaluationClientId1795515000000 } from './1795515000000-EvaluationClientId';
import { Replacements1795520000000 } from './1795520000000-Replacements';
import { Coaching1795530000000 } from './1795530000000-Coaching';
import { JobBoard1795540000000 } from './1795540000000-JobBoard';
import { AvailabilityVersion1795550000000 } from './1795550000000-AvailabilityVersion';
import { ReplacementEscalationIndex1795580000000 } from './1795580000000-ReplacementEscalationIndex';

/** Every migration, in order. `npm run migration:generate -- Name` writes new ones; add them here. */
export const MIGRATIONS = [
  Init1795361979056,
  SupervisorRole1795408501000,
  Pathway1795408501803,
  RecordsInTheirStructure1795412619210,
  ContractsAndFunding1795415461276,
  PartnerPortal1795420803987,
  FunderReports1795422489098,
  PlannerStatistics1795430000000,
  MissionLockPartnerNotifications1795436000000,
  ReportFiguresAsText1795440000000,
  PassIaeToTheDay1795450000000,
  EditorLineVersions1795451000000,
  PersonSex1795452000000,
  SharedHiringTargets1795453000000,
  SignInThrottle1795461000000,
  ReportJobHeartbeat1795461100000,
  CaseloadImport1795471000000,
  Accounts1795480000000,
  TwoFactor1795481000000,
  LesEmploisLink1795482000000,
  DataRights1795483000000,
  HiringNeedSharing1795485100000,
  ProConnect1795487000000,
  AppState1795490000000,
  TrainingGroups1795500000000,
  MissionDays1795510000000,
  EvaluationClientId1795515000000,
  Replacements1795520000000,
  Coaching1795530000000,
  JobBoard1795540000000,
  AvailabilityVersion1795550000000,
  ReplacementEscalationIndex1795580000000,
];
