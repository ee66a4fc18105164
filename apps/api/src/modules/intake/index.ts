/**
 * Public API of the intake module (ADR 0012): what other modules, core, database, testing and tools may import —
 * only through this file (`npm run lint` refuses a deep import). Everything else in the folder is internal.
 *
 * Intake: referrals, eligibility diagnoses, PASS IAE, consent.
 * Used by others: `RecordPassIaeInput`, `RecordReferralInput`: the caseload import's rows.
 */
export { IntakeModule } from './intake.module';

// Services, types and functions other modules call.
export { RecordPassIaeInput } from './dto/pass-iae.input';
export { RecordReferralInput } from './dto/referral.input';

// Entities: all of them for the schema's registry (`database/entities.ts`), no other module's use.
export { ReferralEntity } from './referral.entity';
export { EligibilityCriterionEntity, EligibilityDiagnosisEntity } from './eligibility-diagnosis.entity';
export { PassIaeEntity, PassProlongationEntity, PassSuspensionEntity } from './pass-iae.entity';
