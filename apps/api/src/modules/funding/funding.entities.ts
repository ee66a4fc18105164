import { Check, Column, Entity, Index, JoinColumn, ManyToOne, Unique, VersionColumn } from 'typeorm';
import { BaseEntity } from '../../database/base.entity';
import { PersonRecordEntity } from '../../database/person-record.entity';
import { PersonRef, SameStructureJoin } from '../../database/person-ref';
import type { PersonEntity } from '../persons';
import { StructureEntity } from '../structures';
import { UserEntity } from '../users';
import { MissionEntity, SessionAttendanceEntity } from '../activities';

/** A row owned by a structure (not tied to one person). */
abstract class StructureOwnedEntity extends BaseEntity {
  @Column({ type: 'uuid' })
  structureId!: string;

  @Column({ type: 'uuid', nullable: true })
  createdById!: string | null;
}

/** Who pays: an OPCO, the FSE+, the DDETS, the city policy, the département… as the structure knows it. */
@Entity('funder')
@Index('IDX_funder_structure_name', ['structureId', 'name'])
@Unique('UQ_funder_id_structure', ['id', 'structureId'])
export class FunderEntity extends StructureOwnedEntity {
  @ManyToOne(() => StructureEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'structure_id', foreignKeyConstraintName: 'FK_funder_structure' })
  structure?: StructureEntity;

  /** `FunderKind`. */
  @Column({ type: 'varchar', length: 30 })
  kind!: string;

  @Column({ type: 'varchar', length: 200 })
  name!: string;

  /** For an OPCO: its hourly rate for contrat pro training (9,15 €/h by default), in cents. */
  @Column({ type: 'integer', nullable: true })
  hourlyRateCents!: number | null;

  @Column({ type: 'varchar', length: 200, nullable: true })
  contactEmail!: string | null;

  @VersionColumn({ default: 1 })
  version!: number;
}

/** A grant (convention, annexe financière): funder, reference, period, amount, co-financing rate, scope, indicators. */
@Entity('funding_agreement')
@Index('IDX_funding_agreement_structure_period', ['structureId', 'startDate', 'endDate'])
@Index('IDX_funding_agreement_funder', ['funderId'])
@Unique('UQ_funding_agreement_reference', ['structureId', 'reference'])
@Unique('UQ_funding_agreement_id_structure', ['id', 'structureId'])
@Check('CHK_funding_agreement_period', '"end_date" >= "start_date"')
@Check('CHK_funding_agreement_amount', '"amount_granted_cents" >= 0')
@Check('CHK_funding_agreement_rate', '"co_financing_rate_bp" BETWEEN 0 AND 10000')
export class FundingAgreementEntity extends StructureOwnedEntity {
  @Column({ type: 'uuid' })
  funderId!: string;

  @ManyToOne(() => FunderEntity, { onDelete: 'RESTRICT' })
  @SameStructureJoin('funder_id', 'FK_funding_agreement_funder')
  funder?: FunderEntity;

  @Column({ type: 'varchar', length: 100 })
  reference!: string;

  @Column({ type: 'varchar', length: 200 })
  title!: string;

  @Column({ type: 'date' })
  startDate!: string;

  @Column({ type: 'date' })
  endDate!: string;

  /** bigint: a grant may exceed the 21 million euros an integer of cents holds. */
  @Column({ type: 'bigint', transformer: { to: (v: number) => v, from: (v: string) => Number(v) } })
  amountGrantedCents!: number;

  /** The funder's share of the eligible cost charged to it, in basis points (6 000 = 60 %). */
  @Column({ type: 'integer', default: 10000 })
  coFinancingRateBp!: number;

  /** The value of one charged hour, in cents (e.g. an OPCO's 9,15 €/h); null when the agreement counts hours only. */
  @Column({ type: 'integer', nullable: true })
  hourlyRateCents!: number | null;

  /** `FundingSourceKind`s this agreement may fund. */
  @Column({ type: 'varchar', array: true, length: 30 })
  sourceKinds!: string[];

  /** Scope as written in the agreement (public, action, territory). */
  @Column({ type: 'text', nullable: true })
  scope!: string | null;

  /** `FundingIndicator`s the funder requires in its reports. */
  @Column({ type: 'varchar', array: true, length: 40, default: () => "'{}'" })
  indicators!: string[];

  @VersionColumn({ default: 1 })
  version!: number;
}

/** Counsellor time spent on a person or on the action (time sheet line), valued at an hourly cost. */
@Entity('staff_time_entry')
@Index('IDX_staff_time_entry_structure_date', ['structureId', 'workedOn'])
@Index('IDX_staff_time_entry_person', ['personId'])
@Unique('UQ_staff_time_entry_id_structure', ['id', 'structureId'])
@Check('CHK_staff_time_entry_minutes', '"minutes" > 0')
export class StaffTimeEntryEntity extends StructureOwnedEntity {
  @ManyToOne(() => StructureEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'structure_id', foreignKeyConstraintName: 'FK_staff_time_entry_structure' })
  structure?: StructureEntity;

  /** The staff member (user) whose time it is. */
  @Column({ type: 'uuid' })
  userId!: string;

  @ManyToOne(() => UserEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'FK_staff_time_entry_user' })
  user?: UserEntity;

  /** The person followed, when the time was spent on one person (in the same structure). */
  @Column({ type: 'uuid', nullable: true })
  personId!: string | null;

  @PersonRef('staff_time_entry')
  person?: PersonEntity;

  @Column({ type: 'date' })
  workedOn!: string;

  @Column({ type: 'integer' })
  minutes!: number;

  /** Loaded hourly cost (pay and charges), in cents. */
  @Column({ type: 'integer' })
  hourlyCostCents!: number;

  @Column({ type: 'varchar', length: 300 })
  description!: string;
}

/** A cost (invoice, purchase, travel…) that can be charged to agreements, in cents. */
@Entity('expense')
@Index('IDX_expense_structure_date', ['structureId', 'incurredOn'])
@Unique('UQ_expense_id_structure', ['id', 'structureId'])
@Check('CHK_expense_amount', '"amount_cents" > 0')
export class ExpenseEntity extends StructureOwnedEntity {
  @ManyToOne(() => StructureEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'structure_id', foreignKeyConstraintName: 'FK_expense_structure' })
  structure?: StructureEntity;

  @Column({ type: 'date' })
  incurredOn!: string;

  @Column({ type: 'varchar', length: 300 })
  label!: string;

  @Column({ type: 'integer' })
  amountCents!: number;

  /** Invoice or proof reference. */
  @Column({ type: 'varchar', length: 100, nullable: true })
  proofReference!: string | null;
}

/**
 * The share of one hour source (training attendance line, mission, staff time) or one cost charged to one agreement,
 * in the source's unit: minutes for hours, cents for costs. Exactly one source column is set, matching `sourceKind`.
 * The sum over agreements never exceeds the source (the double-funding guard, enforced under a row lock on the source).
 */
@Entity('funding_allocation')
@Index('IDX_funding_allocation_agreement', ['agreementId'])
@Index('IDX_funding_allocation_attendance', ['attendanceId'])
@Index('IDX_funding_allocation_mission', ['missionId'])
@Index('IDX_funding_allocation_staff_time', ['staffTimeEntryId'])
@Index('IDX_funding_allocation_expense', ['expenseId'])
@Index('IDX_funding_allocation_structure', ['structureId'])
@Check('CHK_funding_allocation_quantity', '"quantity" > 0')
@Check(
  'CHK_funding_allocation_one_source',
  `("source_kind" = 'TRAINING_ATTENDANCE' AND "attendance_id" IS NOT NULL AND "mission_id" IS NULL AND "staff_time_entry_id" IS NULL AND "expense_id" IS NULL)
  OR ("source_kind" = 'MISSION' AND "mission_id" IS NOT NULL AND "attendance_id" IS NULL AND "staff_time_entry_id" IS NULL AND "expense_id" IS NULL)
  OR ("source_kind" = 'STAFF_TIME' AND "staff_time_entry_id" IS NOT NULL AND "attendance_id" IS NULL AND "mission_id" IS NULL AND "expense_id" IS NULL)
  OR ("source_kind" = 'EXPENSE' AND "expense_id" IS NOT NULL AND "attendance_id" IS NULL AND "mission_id" IS NULL AND "staff_time_entry_id" IS NULL)`,
)
export class FundingAllocationEntity extends StructureOwnedEntity {
  @Column({ type: 'uuid' })
  agreementId!: string;

  @ManyToOne(() => FundingAgreementEntity, { onDelete: 'RESTRICT' })
  @SameStructureJoin('agreement_id', 'FK_funding_allocation_agreement')
  agreement?: FundingAgreementEntity;

  /** `FundingSourceKind`. */
  @Column({ type: 'varchar', length: 30 })
  sourceKind!: string;

  @Column({ type: 'uuid', nullable: true })
  attendanceId!: string | null;

  @ManyToOne(() => SessionAttendanceEntity, { onDelete: 'RESTRICT' })
  @SameStructureJoin('attendance_id', 'FK_funding_allocation_attendance')
  attendance?: SessionAttendanceEntity;

  @Column({ type: 'uuid', nullable: true })
  missionId!: string | null;

  @ManyToOne(() => MissionEntity, { onDelete: 'RESTRICT' })
  @SameStructureJoin('mission_id', 'FK_funding_allocation_mission')
  mission?: MissionEntity;

  @Column({ type: 'uuid', nullable: true })
  staffTimeEntryId!: string | null;

  @ManyToOne(() => StaffTimeEntryEntity, { onDelete: 'RESTRICT' })
  @SameStructureJoin('staff_time_entry_id', 'FK_funding_allocation_staff_time')
  staffTimeEntry?: StaffTimeEntryEntity;

  @Column({ type: 'uuid', nullable: true })
  expenseId!: string | null;

  @ManyToOne(() => ExpenseEntity, { onDelete: 'RESTRICT' })
  @SameStructureJoin('expense_id', 'FK_funding_allocation_expense')
  expense?: ExpenseEntity;

  /** Minutes (hour sources) or cents (costs). */
  @Column({ type: 'integer' })
  quantity!: number;

  /** Bumped when the allocation grows: a removal read at an older version is refused (docs/domain/concurrent-edits.md). */
  @VersionColumn({ default: 1 })
  version!: number;
}

/**
 * An FSE+ participant: one person in one FSE+ operation (agreement), with the data collected at entry, at exit and
 * 6 months after exit. Situation answers are sensitive (read only with `sensitive:read`).
 */
@Entity('fse_participant')
@Index('UQ_fse_participant_agreement_person', ['agreementId', 'personId'], { unique: true })
@Index('IDX_fse_participant_person', ['structureId', 'personId'])
@Check('CHK_fse_participant_birth_year', '"birth_year" IS NULL OR "birth_year" BETWEEN 1900 AND 2100')
export class FseParticipantEntity extends PersonRecordEntity {
  @PersonRef('fse_participant')
  person?: PersonEntity;

  @Column({ type: 'uuid' })
  agreementId!: string;

  @ManyToOne(() => FundingAgreementEntity, { onDelete: 'RESTRICT' })
  @SameStructureJoin('agreement_id', 'FK_fse_participant_agreement')
  agreement?: FundingAgreementEntity;

  // Entry
  @Column({ type: 'date', nullable: true })
  entryDate!: string | null;

  /** `FseGender`. */
  @Column({ type: 'varchar', length: 20, nullable: true })
  gender!: string | null;

  /** `FseLabourMarketStatus` at entry. */
  @Column({ type: 'varchar', length: 30, nullable: true })
  labourMarketStatus!: string | null;

  /** `FseIscedLevel` at entry. */
  @Column({ type: 'varchar', length: 20, nullable: true })
  iscedLevel!: string | null;

  /** `FseSituation`s the participant declared at entry (sensitive). */
  @Column({ type: 'varchar', array: true, length: 40, default: () => "'{}'" })
  situations!: string[];

  /** Whether the participant was asked the situation questions and answered (false = declined). */
  @Column({ type: 'boolean', nullable: true })
  situationsAnswered!: boolean | null;

  /** Birth year (age bands), copied from the person at entry so the report keeps the entry value. */
  @Column({ type: 'smallint', nullable: true })
  birthYear!: number | null;

  // Exit
  @Column({ type: 'date', nullable: true })
  exitDate!: string | null;

  /** `FseExitSituation`. */
  @Column({ type: 'varchar', length: 30, nullable: true })
  exitSituation!: string | null;

  // Six months after exit
  @Column({ type: 'date', nullable: true })
  sixMonthsCheckedOn!: string | null;

  @Column({ type: 'boolean', nullable: true })
  sixMonthsEmployed!: boolean | null;

  @Column({ type: 'boolean', nullable: true })
  sixMonthsImprovedSituation!: boolean | null;

  @VersionColumn({ default: 1 })
  version!: number;
}
