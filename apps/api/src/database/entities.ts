import { AccountTokenEntity } from '../modules/accounts';
import { UserSessionEntity } from '../core/auth/user-session.entity';
import { SignInAttemptEntity } from '../core/auth/sign-in-attempt.entity';
import { SignInThrottleEntity } from '../core/auth/sign-in-throttle.entity';
import {
  StructureTwoFactorPolicyEntity,
  TwoFactorChallengeEntity,
  UserRecoveryCodeEntity,
  UserTwoFactorEntity,
} from '../core/auth/two-factor/two-factor.entities';
import { PersonEntity } from '../modules/persons';
import { PartnerOrganisationEntity } from '../modules/structures';
import { StructureEntity } from '../modules/structures';
import { UserEntity } from '../modules/users';
import { CertificationBlockEntity, CertificationEntity } from '../modules/certifications';
import { ReferralEntity } from '../modules/intake';
import { EligibilityCriterionEntity, EligibilityDiagnosisEntity } from '../modules/intake';
import { PassIaeEntity, PassProlongationEntity, PassSuspensionEntity } from '../modules/intake';
import { StageTransitionEntity } from '../modules/stages';
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
} from '../modules/activities';
import {
  ExamResultEntity,
  ExamSessionEntity,
  HireEntity,
  PathwayExitEntity,
  RetentionCheckEntity,
} from '../modules/outcomes';

import {
  ExpenseEntity,
  FseParticipantEntity,
  FunderEntity,
  FundingAgreementEntity,
  FundingAllocationEntity,
  StaffTimeEntryEntity,
} from '../modules/funding';
import { ContractBreakFollowUpEntity, ProfessionalisationContractEntity } from '../modules/contracts';

import { WorkedMonthEntity } from '../modules/activities';
import { ImportLogEntity, ImportMappingEntity, ImportUploadEntity } from '../modules/imports';
import { LesEmploisLinkEntity } from '../modules/imports';

/** Every entity of the schema; the migrations must describe exactly these (a test checks it). */
import {
  HiringNeedEntity,
  HiringTargetEntity,
  PartnershipEntity,
  PartnershipGroupEntity,
  PartnerSiteEntity,
} from '../modules/partners';
import { ProposalEntity, ProposalEventEntity } from '../modules/proposals';
import { AuditLogEntity } from '../core/audit/audit-log.entity';
import { NotificationEntity } from '../modules/notifications';

import { ReportFileEntity, ReportJobEntity, StructureTargetEntity } from '../modules/reports';
import { PersonRetentionEntity, RetentionRunEntity } from '../modules/rights';
import { UserExternalIdentityEntity } from '../core/auth/proconnect/user-external-identity.entity';
import { ProConnectLoginEntity } from '../core/auth/proconnect/proconnect-login.entity';

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
  ProposalEventEntity,
  AuditLogEntity,
  NotificationEntity,
  StructureTargetEntity,
  ReportJobEntity,
  ReportFileEntity,
  WorkedMonthEntity,
  ImportUploadEntity,
  ImportMappingEntity,
  ImportLogEntity,
  LesEmploisLinkEntity,
  PersonRetentionEntity,
  RetentionRunEntity,
  UserExternalIdentityEntity,
  ProConnectLoginEntity,
  AccountTokenEntity,
];
