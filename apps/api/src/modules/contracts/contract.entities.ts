import { Check, Column, Entity, Index, JoinColumn, ManyToOne, Unique, VersionColumn } from 'typeorm';
import { PersonRecordEntity } from '../../database/person-record.entity';
import { PersonRef, SameStructureJoin } from '../../database/person-ref';
import type { PersonEntity } from '../persons';
import { CertificationEntity } from '../certifications';
import { TutorEntity } from '../activities';
import { FunderEntity } from '../funding';

/**
 * A contrat de professionnalisation (CERFA 12434): parties, dates, training, tutors, OPCO and its lifecycle.
 * Editable while a draft; then it moves only through its transitions (submit, OPCO decision, start, complete, break,
 * renew), each dated. Legal checks come from the shared domain library (`checkContract`).
 */
@Entity('professionalisation_contract')
@Index('IDX_professionalisation_contract_person', ['structureId', 'personId', 'startDate'])
@Index('IDX_professionalisation_contract_status', ['structureId', 'status'])
@Index('IDX_professionalisation_contract_opco', ['opcoFunderId'])
@Index('IDX_professionalisation_contract_structure_tutor', ['structureTutorId'])
@Index('IDX_professionalisation_contract_host_tutor', ['hostTutorId'])
@Index('IDX_professionalisation_contract_renewed_from', ['renewedFromId'])
@Unique('UQ_professionalisation_contract_id_structure', ['id', 'structureId'])
@Check('CHK_professionalisation_contract_period', '"end_date" > "start_date"')
@Check('CHK_professionalisation_contract_cerfa_kind', '"cerfa_kind" BETWEEN 1 AND 5')
export class ProfessionalisationContractEntity extends PersonRecordEntity {
  @PersonRef('professionalisation_contract')
  person?: PersonEntity;

  /** `ContractStatus`. */
  @Column({ type: 'varchar', length: 20 })
  status!: string;

  /** `ContractCerfaKind` (1–5). */
  @Column({ type: 'smallint' })
  cerfaKind!: number;

  /** `ContractForm`: CDD or CDI. */
  @Column({ type: 'varchar', length: 10 })
  form!: string;

  /** `ContractPublic`: sets the longest allowed duration. */
  @Column({ type: 'varchar', length: 40 })
  publicCategory!: string;

  // Employer
  @Column({ type: 'char', length: 14 })
  employerSiret!: string;

  /** SIRET of the workplace (établissement d’exécution). */
  @Column({ type: 'char', length: 14 })
  workplaceSiret!: string;

  /** Convention collective applied, or null for "néant". */
  @Column({ type: 'varchar', length: 200, nullable: true })
  collectiveAgreement!: string | null;

  // Employee
  @Column({ type: 'varchar', length: 200 })
  jobTitle!: string;

  /** France Travail identifier, mandatory when the person was a jobseeker or inactive before the contract. */
  @Column({ type: 'varchar', length: 20, nullable: true })
  franceTravailId!: string | null;

  // Dates and work
  @Column({ type: 'date' })
  startDate!: string;

  /** End of the CDD, or of the professionalisation action of a CDI. */
  @Column({ type: 'date' })
  endDate!: string;

  @Column({ type: 'integer' })
  trialPeriodDays!: number;

  @Column({ type: 'integer' })
  weeklyMinutes!: number;

  @Column({ type: 'integer' })
  grossMonthlyPayCents!: number;

  // Training
  @Column({ type: 'uuid' })
  certificationId!: string;

  @ManyToOne(() => CertificationEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'certification_id', foreignKeyConstraintName: 'FK_professionalisation_contract_certification' })
  certification?: CertificationEntity;

  @Column({ type: 'varchar', length: 200 })
  trainingBodyName!: string;

  @Column({ type: 'char', length: 14, nullable: true })
  trainingBodySiret!: string | null;

  @Column({ type: 'integer' })
  plannedTrainingMinutes!: number;

  /** A branch agreement allowing more than 25 % of training: its reference, and its ceiling in percent if it sets one. */
  @Column({ type: 'varchar', length: 200, nullable: true })
  branchAgreementReference!: string | null;

  @Column({ type: 'smallint', nullable: true })
  branchAgreementMaxTrainingPercent!: number | null;

  // Tutors
  @Column({ type: 'uuid', nullable: true })
  structureTutorId!: string | null;

  @ManyToOne(() => TutorEntity, { onDelete: 'RESTRICT' })
  @SameStructureJoin('structure_tutor_id', 'FK_professionalisation_contract_structure_tutor')
  structureTutor?: TutorEntity;

  @Column({ type: 'uuid', nullable: true })
  hostTutorId!: string | null;

  @ManyToOne(() => TutorEntity, { onDelete: 'RESTRICT' })
  @SameStructureJoin('host_tutor_id', 'FK_professionalisation_contract_host_tutor')
  hostTutor?: TutorEntity;

  /** Months of experience of the host tutor in a related qualification (24 at least). */
  @Column({ type: 'smallint', nullable: true })
  hostTutorExperienceMonths!: number | null;

  /** Whether the host tutor is the host employer in person (cap 2 instead of 3). */
  @Column({ type: 'boolean', default: false })
  hostTutorIsEmployer!: boolean;

  // OPCO
  @Column({ type: 'uuid', nullable: true })
  opcoFunderId!: string | null;

  @ManyToOne(() => FunderEntity, { onDelete: 'RESTRICT' })
  @SameStructureJoin('opco_funder_id', 'FK_professionalisation_contract_opco')
  opcoFunder?: FunderEntity;

  @Column({ type: 'varchar', length: 60, nullable: true })
  opcoFileNumber!: string | null;

  /** Hourly rate set by the branch for this contract, in cents; otherwise the OPCO's, otherwise 9,15 €. */
  @Column({ type: 'integer', nullable: true })
  hourlyRateCents!: number | null;

  // Lifecycle
  @Column({ type: 'date', nullable: true })
  submittedOn!: string | null;

  /** `OpcoDecisionKind`. */
  @Column({ type: 'varchar', length: 20, nullable: true })
  opcoDecision!: string | null;

  @Column({ type: 'date', nullable: true })
  opcoDecidedOn!: string | null;

  @Column({ type: 'text', nullable: true })
  opcoRefusalReason!: string | null;

  @Column({ type: 'date', nullable: true })
  completedOn!: string | null;

  @Column({ type: 'date', nullable: true })
  brokenOn!: string | null;

  /** `ContractBreakReason`. */
  @Column({ type: 'varchar', length: 30, nullable: true })
  breakReason!: string | null;

  @Column({ type: 'text', nullable: true })
  breakComment!: string | null;

  /** `ContractRenewalReason`, when this contract was renewed by another. */
  @Column({ type: 'varchar', length: 30, nullable: true })
  renewalReason!: string | null;

  /** The contract this one renews (a contract is renewed once at most). */
  @Column({ type: 'uuid', nullable: true })
  renewedFromId!: string | null;

  @ManyToOne(() => ProfessionalisationContractEntity, { onDelete: 'RESTRICT' })
  @SameStructureJoin('renewed_from_id', 'FK_professionalisation_contract_renewed_from')
  renewedFrom?: ProfessionalisationContractEntity;

  @VersionColumn({ default: 1 })
  version!: number;
}

/**
 * What a broken contract leaves to do, so that nobody is lost: inform the OPCO, decide a reorientation. Open until
 * closed; an open follow-up raises an alert for the counsellor.
 */
@Entity('contract_break_follow_up')
@Index('UQ_contract_break_follow_up_contract', ['contractId'], { unique: true })
@Index('IDX_contract_break_follow_up_person', ['structureId', 'personId', 'closedOn'])
export class ContractBreakFollowUpEntity extends PersonRecordEntity {
  @PersonRef('contract_break_follow_up')
  person?: PersonEntity;

  @Column({ type: 'uuid' })
  contractId!: string;

  @ManyToOne(() => ProfessionalisationContractEntity, { onDelete: 'CASCADE' })
  @SameStructureJoin('contract_id', 'FK_contract_break_follow_up_contract')
  contract?: ProfessionalisationContractEntity;

  /** When the follow-up should be done by (break date + 15 days). */
  @Column({ type: 'date' })
  dueOn!: string;

  @Column({ type: 'date', nullable: true })
  opcoInformedOn!: string | null;

  /** The reorientation decided with the person (another contract, training, job search…). */
  @Column({ type: 'text', nullable: true })
  reorientation!: string | null;

  @Column({ type: 'date', nullable: true })
  closedOn!: string | null;

  @VersionColumn({ default: 1 })
  version!: number;
}
