import { Check, Column, Entity, Index, JoinColumn, ManyToOne, Unique, VersionColumn } from 'typeorm';
import { BaseEntity } from '../../database/base.entity';
import { PersonRecordEntity } from '../../database/person-record.entity';
import { PersonRef, SameStructureJoin } from '../../database/person-ref';
import { StructureEntity } from '../structures';
import type { PersonEntity } from '../persons';
import { PartnerOrganisationEntity } from '../structures';
import { CertificationBlockEntity } from '../certifications';
import { TrainingGroupEntity } from './training-groups.entities';

/** The decision that ends stage 1: admitted to the alternance, or not. The latest one counts. */
@Entity('admission_decision')
@Index('IDX_admission_decision_person', ['structureId', 'personId', 'decidedOn'])
export class AdmissionDecisionEntity extends PersonRecordEntity {
  @PersonRef('admission_decision')
  person?: PersonEntity;

  @Column({ type: 'date' })
  decidedOn!: string;

  /** `AdmissionOutcome`. */
  @Column({ type: 'varchar', length: 20 })
  outcome!: string;

  @Column({ type: 'text', nullable: true })
  comment!: string | null;
}

/** The person's employment contract with the structure (CDDI, CDD d'usage…): evidence for the training stage. */
@Entity('employment_contract')
@Index('IDX_employment_contract_person', ['structureId', 'personId', 'startDate'])
export class EmploymentContractEntity extends PersonRecordEntity {
  @PersonRef('employment_contract')
  person?: PersonEntity;

  /** `EmploymentContractKind`. */
  @Column({ type: 'varchar', length: 30 })
  kind!: string;

  @Column({ type: 'date' })
  startDate!: string;

  @Column({ type: 'date', nullable: true })
  endDate!: string | null;

  @Column({ type: 'integer' })
  weeklyMinutes!: number;
}

/** A PMSMP immersion: unpaid, at most one month, one objective. */
@Entity('immersion')
@Index('IDX_immersion_person', ['structureId', 'personId', 'startDate'])
@Index('IDX_immersion_host', ['hostOrganisationId'])
export class ImmersionEntity extends PersonRecordEntity {
  @PersonRef('immersion')
  person?: PersonEntity;

  @Column({ type: 'uuid', nullable: true })
  hostOrganisationId!: string | null;

  @ManyToOne(() => PartnerOrganisationEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'host_organisation_id', foreignKeyConstraintName: 'FK_immersion_host_organisation' })
  hostOrganisation?: PartnerOrganisationEntity;

  /** The host's name when it is not a partner organisation. */
  @Column({ type: 'varchar', length: 200 })
  hostName!: string;

  @Column({ type: 'varchar', length: 200 })
  hostTutorName!: string;

  /** `ImmersionObjective`. */
  @Column({ type: 'varchar', length: 30 })
  objective!: string;

  @Column({ type: 'date' })
  startDate!: string;

  @Column({ type: 'date' })
  endDate!: string;

  @Column({ type: 'text', nullable: true })
  comment!: string | null;
}

/** A paid mission at a host: test mission, replacement, or mise à disposition (placement). */
@Entity('mission')
@Index('IDX_mission_person', ['structureId', 'personId', 'startDate'])
@Index('IDX_mission_host_end', ['hostOrganisationId', 'endDate'])
@Check('CHK_mission_hours_status', `"hours_status" IN ('PENDING','CONFIRMED','DISPUTED')`)
@Unique('UQ_mission_id_structure', ['id', 'structureId'])
export class MissionEntity extends PersonRecordEntity {
  @PersonRef('mission')
  person?: PersonEntity;

  /** `MissionKind`. */
  @Column({ type: 'varchar', length: 20 })
  kind!: string;

  @Column({ type: 'uuid' })
  hostOrganisationId!: string;

  @ManyToOne(() => PartnerOrganisationEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'host_organisation_id', foreignKeyConstraintName: 'FK_mission_host_organisation' })
  hostOrganisation?: PartnerOrganisationEntity;

  @Column({ type: 'varchar', length: 200, nullable: true })
  site!: string | null;

  @Column({ type: 'date' })
  startDate!: string;

  @Column({ type: 'date' })
  endDate!: string;

  /** Locked once the host confirmed them (`hours_status = 'CONFIRMED'`): a database trigger refuses any change. */
  @Column({ type: 'integer' })
  minutes!: number;

  /** The host tutor's feedback on the work done, shared on the trainee card with this host. */
  @Column({ type: 'text', nullable: true })
  tutorFeedback!: string | null;

  /** `MissionHoursStatus`: the host's review of the hours. */
  @Column({ type: 'varchar', length: 20, default: 'PENDING' })
  hoursStatus!: string;

  @Column({ type: 'timestamptz', nullable: true })
  hoursReviewedAt!: Date | null;

  @Column({ type: 'uuid', nullable: true })
  hoursReviewedById!: string | null;

  /** The reviewer's comment (required to dispute). */
  @Column({ type: 'text', nullable: true })
  hoursReviewComment!: string | null;

  /** The job coach who follows the person during the mission: a counsellor or director of the structure (coaching). */
  @Column({ type: 'uuid', nullable: true })
  coachId!: string | null;

  // The users module's entity, by name: activities sit below users' readers (ADR 0012).
  @ManyToOne('UserEntity', { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'coach_id', foreignKeyConstraintName: 'FK_mission_coach' })
  coach?: unknown;

  @VersionColumn({ default: 1 })
  version!: number;
}

/** A collective session (information meeting, training session, workshop) with its attendance. */
@Entity('collective_session')
@Index('IDX_collective_session_structure_date', ['structureId', 'sessionDate'])
@Index('IDX_collective_session_group', ['structureId', 'groupId', 'sessionDate'])
@Unique('UQ_collective_session_id_structure', ['id', 'structureId'])
export class CollectiveSessionEntity extends BaseEntity {
  @Column({ type: 'uuid' })
  structureId!: string;

  @ManyToOne(() => StructureEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'structure_id', foreignKeyConstraintName: 'FK_collective_session_structure' })
  structure?: StructureEntity;

  /** `SessionKind`. */
  @Column({ type: 'varchar', length: 20 })
  kind!: string;

  @Column({ type: 'varchar', length: 200 })
  title!: string;

  @Column({ type: 'varchar', length: 200, nullable: true })
  trainingBody!: string | null;

  @Column({ type: 'date' })
  sessionDate!: string;

  @Column({ type: 'integer' })
  plannedMinutes!: number;

  /** The certification block the training session works on, if any. */
  @Column({ type: 'uuid', nullable: true })
  certificationBlockId!: string | null;

  @ManyToOne(() => CertificationBlockEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'certification_block_id', foreignKeyConstraintName: 'FK_collective_session_block' })
  certificationBlock?: CertificationBlockEntity;

  @Column({ type: 'uuid', nullable: true })
  createdById!: string | null;

  /** The training group the session belongs to, if any: its sheet starts with the group's members. */
  @Column({ type: 'uuid', nullable: true })
  groupId!: string | null;

  @ManyToOne(() => TrainingGroupEntity, { onDelete: 'RESTRICT' })
  @SameStructureJoin('group_id', 'FK_collective_session_group')
  group?: TrainingGroupEntity;
}

/** A person's presence at a collective session (émargement): minutes attended, or an absence. */
@Entity('session_attendance')
@Index('UQ_session_attendance', ['sessionId', 'personId'], { unique: true })
// (structure_id, person_id) INCLUDE (session_id, minutes_attended): TypeORM cannot declare INCLUDE, so the index is the
// migration's (PlannerStatistics) and `synchronize: false` keeps schema comparison off it. A person's training hours are
// then read from the index alone (a caseload page sums ~2,000 lines).
@Index('IDX_session_attendance_person', { synchronize: false })
@Unique('UQ_session_attendance_id_structure', ['id', 'structureId'])
export class SessionAttendanceEntity extends PersonRecordEntity {
  @PersonRef('session_attendance')
  person?: PersonEntity;

  @Column({ type: 'uuid' })
  sessionId!: string;

  @ManyToOne(() => CollectiveSessionEntity, { onDelete: 'CASCADE' })
  @SameStructureJoin('session_id', 'FK_session_attendance_session')
  session?: CollectiveSessionEntity;

  @Column({ type: 'integer' })
  minutesAttended!: number;

  /** `AbsenceKind`, when the person was absent (all or part). */
  @Column({ type: 'varchar', length: 20, nullable: true })
  absence!: string | null;

  /** The line's version: a sheet saved from an older read of this line is refused (docs/domain/concurrent-edits.md). */
  @VersionColumn({ default: 1 })
  version!: number;
}

/** A tutor: on the structure's side, or at a host (a landlord's caretaker, site manager…). */
@Entity('tutor')
@Index('IDX_tutor_structure', ['structureId'])
@Unique('UQ_tutor_id_structure', ['id', 'structureId'])
export class TutorEntity extends BaseEntity {
  @Column({ type: 'uuid' })
  structureId!: string;

  @ManyToOne(() => StructureEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'structure_id', foreignKeyConstraintName: 'FK_tutor_structure' })
  structure?: StructureEntity;

  /** `TutorSide`: STRUCTURE or HOST. */
  @Column({ type: 'varchar', length: 20 })
  side!: string;

  @Column({ type: 'varchar', length: 100 })
  firstName!: string;

  @Column({ type: 'varchar', length: 100 })
  lastName!: string;

  @Column({ type: 'varchar', length: 200, nullable: true })
  jobTitle!: string | null;

  @Column({ type: 'uuid', nullable: true })
  partnerOrganisationId!: string | null;

  @ManyToOne(() => PartnerOrganisationEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'partner_organisation_id', foreignKeyConstraintName: 'FK_tutor_partner_organisation' })
  partnerOrganisation?: PartnerOrganisationEntity;
}

/** A tutor following a person, from a start date until an end date (open while it lasts). */
@Entity('tutoring')
@Index('IDX_tutoring_person', ['structureId', 'personId'])
@Index('IDX_tutoring_tutor', ['tutorId', 'endDate'])
export class TutoringEntity extends PersonRecordEntity {
  @PersonRef('tutoring')
  person?: PersonEntity;

  @Column({ type: 'uuid' })
  tutorId!: string;

  @ManyToOne(() => TutorEntity, { onDelete: 'RESTRICT' })
  @SameStructureJoin('tutor_id', 'FK_tutoring_tutor')
  tutor?: TutorEntity;

  @Column({ type: 'date' })
  startDate!: string;

  @Column({ type: 'date', nullable: true })
  endDate!: string | null;
}

/** The level reached on one block of the target certification, by whom, when. */
@Entity('skills_evaluation')
@Index('IDX_skills_evaluation_person', ['structureId', 'personId', 'evaluatedOn'])
@Index('IDX_skills_evaluation_block', ['blockId'])
@Index('UQ_skills_evaluation_client', ['structureId', 'clientId'], { unique: true, where: '"client_id" IS NOT NULL' })
export class SkillsEvaluationEntity extends PersonRecordEntity {
  @PersonRef('skills_evaluation')
  person?: PersonEntity;

  @Column({ type: 'uuid' })
  blockId!: string;

  @ManyToOne(() => CertificationBlockEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'block_id', foreignKeyConstraintName: 'FK_skills_evaluation_block' })
  block?: CertificationBlockEntity;

  /** `SkillLevel`. */
  @Column({ type: 'varchar', length: 20 })
  level!: string;

  @Column({ type: 'date' })
  evaluatedOn!: string;

  @Column({ type: 'varchar', length: 200 })
  evaluatorName!: string;

  @Column({ type: 'text', nullable: true })
  comment!: string | null;

  /** The id the device gave an evaluation made offline (ADR 0014): the same id is recorded once. */
  @Column({ type: 'uuid', nullable: true })
  clientId!: string | null;
}

/**
 * Dated records with no rule beyond their date and text: selection interviews, project evaluations, interview
 * simulations, tutor meetings, follow-up interviews (case notes) and onboarding follow-ups.
 * A confidential one is shown only to those who hold the sensitive-read permission.
 */
@Entity('pathway_event')
@Index('IDX_pathway_event_person', ['structureId', 'personId', 'occurredOn'])
export class PathwayEventEntity extends PersonRecordEntity {
  @PersonRef('pathway_event')
  person?: PersonEntity;

  /** `PathwayEventKind`. */
  @Column({ type: 'varchar', length: 30 })
  kind!: string;

  @Column({ type: 'date' })
  occurredOn!: string;

  @Column({ type: 'varchar', length: 200 })
  title!: string;

  @Column({ type: 'text', nullable: true })
  notes!: string | null;

  @Column({ type: 'boolean', default: false })
  confidential!: boolean;
}
