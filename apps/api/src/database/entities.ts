import { AccountTokenEntity } from '../modules/accounts/account-token.entity';
import { UserSessionEntity } from '../core/auth/user-session.entity';
import { SignInAttemptEntity } from '../core/auth/sign-in-attempt.entity';
import { SignInThrottleEntity } from '../core/auth/sign-in-throttle.entity';
import {
  StructureTwoFactorPolicyEntity,
  TwoFactorChallengeEntity,
  UserRecoveryCodeEntity,
  UserTwoFactorEntity,
} from '../core/auth/two-factor/two-factor.entities';
import { PersonEntity } from '../modules/persons/person.entity';
import { PartnerOrganisationEntity } from '../modules/structures/partner-organisation.entity';
import { StructureEntity } from '../modules/structures/structure.entity';
import { UserEntity } from '../modules/users/user.entity';
import { CertificationBlockEntity, CertificationEntity } from '../modules/certifications/certification.entity';
import { ReferralEntity } from '../modules/intake/referral.entity';
import { EligibilityCriterionEntity, EligibilityDiagnosisEntity } from '../modules/intake/eligibility-diagnosis.entity';
import { PassIaeEntity, PassProlongationEntity, PassSuspensionEntity } from '../modules/intake/pass-iae.entity';
import { StageTransitionEntity } from '../modules/stages/stage-transition.entity';
import {
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
} from '../modules/activities/activity.entities';
import {
  TrainingGroupEntity,
  TrainingGroupMemberEntity,
  TrainingGroupSupervisorEntity,
} from '../modules/activities/training-groups.entities';
import {
  ExamResultEntity,
  ExamSessionEntity,
  HireEntity,
  PathwayExitEntity,
  RetentionCheckEntity,
} from '../modules/outcomes/outcome.entities';

import {
  ExpenseEntity,
  FseParticipantEntity,
  FunderEntity,
  FundingAgreementEntity,
  FundingAllocationEntity,
  StaffTimeEntryEntity,
} from '../modules/funding/funding.entities';
import { ContractBreakFollowUpEntity, ProfessionalisationContractEntity } from '../modules/contracts/contract.entities';

import { WorkedMonthEntity } from '../modules/activities/worked-month.entity';
import { MissionDayEntity } from '../modules/activities/mission-day.entity';
import { ImportLogEntity, ImportMappingEntity, ImportUploadEntity } from '../modules/imports/import.entities';
import { LesEmploisLinkEntity } from '../modules/imports/les-emplois/les-emplois-link.entity';

/** Every entity of the schema; the migrations must describe exactly these (a test checks it). */
import {
  HiringNeedEntity,
  HiringTargetEntity,
  PartnershipEntity,
  PartnershipGroupEntity,
  PartnerSiteEntity,
} from '../modules/partners/partner.entities';
import { ProposalEntity, ProposalEventEntity } from '../modules/proposals/proposal.entities';
import {
  BoardProposalEntity,
  JobOfferEntity,
  NetworkEntity,
  NetworkMemberEntity,
  SharedOfferEntity,
} from '../modules/job-board/job-board.entities';
import { AuditLogEntity } from '../core/audit/audit-log.entity';
import { NotificationEntity } from '../modules/notifications/notification.entity';

import { ReportFileEntity, ReportJobEntity, StructureTargetEntity } from '../modules/reports/report.entities';
import { PersonRetentionEntity, RetentionRunEntity } from '../modules/rights/rights.entities';
import { UserExternalIdentityEntity } from '../core/auth/proconnect/user-external-identity.entity';
import { ProConnectLoginEntity } from '../core/auth/proconnect/proconnect-login.entity';
import { CoachingContactEntity, CoachingSettingEntity } from '../modules/coaching/coaching.entities';
import {
  PersonAvailabilityEntity,
  PersonAvailabilityPatternEntity,
  PersonClearanceEntity,
  PersonUnavailabilityEntity,
  ReplacementOfferEntity,
  ReplacementRequestEntity,
} from '../modules/replacements/replacement.entities';

export const ENTITIES = [
  StructureEntity,
  PartnerOrganisationEntity,
  UserEntity,
  UserSessionEntity,
  SignInAttemptEntity,
  SignInThrottleEntity,
  UserTwoFactorEntity,
  UserRecoveryCodeEntity,
  TwoFactorChallengeEntity,
  StructureTwoFactorPolicyEntity,
  PersonEntity,
  CertificationEntity,
  CertificationBlockEntity,
  ReferralEntity,
  EligibilityDiagnosisEntity,
  EligibilityCriterionEntity,
  PassIaeEntity,
  PassSuspensionEntity,
  PassProlongationEntity,
  StageTransitionEntity,
  AdmissionDecisionEntity,
  EmploymentContractEntity,
  ImmersionEntity,
  MissionEntity,
  CollectiveSessionEntity,
  SessionAttendanceEntity,
  TrainingGroupEntity,
  TrainingGroupMemberEntity,
  TrainingGroupSupervisorEntity,
  TutorEntity,
  TutoringEntity,
  SkillsEvaluationEntity,
  PathwayEventEntity,
  ExamSessionEntity,
  ExamResultEntity,
  HireEntity,
  RetentionCheckEntity,
  PathwayExitEntity,
  FunderEntity,
  FundingAgreementEntity,
  StaffTimeEntryEntity,
  ExpenseEntity,
  FundingAllocationEntity,
  FseParticipantEntity,
  ProfessionalisationContractEntity,
  ContractBreakFollowUpEntity,
  PartnerSiteEntity,
  PartnershipGroupEntity,
  PartnershipEntity,
  HiringTargetEntity,
  HiringNeedEntity,
  ProposalEntity,
  NetworkEntity,
  NetworkMemberEntity,
  JobOfferEntity,
  SharedOfferEntity,
  BoardProposalEntity,
  ProposalEventEntity,
  AuditLogEntity,
  NotificationEntity,
  StructureTargetEntity,
  ReportJobEntity,
  ReportFileEntity,
  WorkedMonthEntity,
  MissionDayEntity,
  ImportUploadEntity,
  ImportMappingEntity,
  ImportLogEntity,
  LesEmploisLinkEntity,
  PersonRetentionEntity,
  RetentionRunEntity,
  UserExternalIdentityEntity,
  ProConnectLoginEntity,
  AccountTokenEntity,
  CoachingContactEntity,
  CoachingSettingEntity,
  ReplacementRequestEntity,
  ReplacementOfferEntity,
  PersonAvailabilityEntity,
  PersonAvailabilityPatternEntity,
  PersonUnavailabilityEntity,
  PersonClearanceEntity,
];
