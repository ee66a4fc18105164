import { Column, Entity, Index, JoinColumn, ManyToOne, OneToMany, Unique } from 'typeorm';
import { BaseEntity } from '../../database/base.entity';
import { PersonRecordEntity } from '../../database/person-record.entity';
import { PersonRef, SameStructureJoin } from '../../database/person-ref';
import type { PersonEntity } from '../persons';
import { PartnerOrganisationEntity } from '../structures';
import { CertificationBlockEntity, CertificationEntity } from '../certifications';

/** An exam session (jury) the person sat for their target certification, with a result per block. */
@Entity('exam_session')
@Index('IDX_exam_session_person', ['structureId', 'personId', 'sessionDate'])
@Index('IDX_exam_session_certification', ['certificationId'])
@Unique('UQ_exam_session_id_structure', ['id', 'structureId'])
export class ExamSessionEntity extends PersonRecordEntity {
  @PersonRef('exam_session')
  person?: PersonEntity;

  @Column({ type: 'uuid' })
  certificationId!: string;

  @ManyToOne(() => CertificationEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'certification_id', foreignKeyConstraintName: 'FK_exam_session_certification' })
  certification?: CertificationEntity;

  @Column({ type: 'date' })
  sessionDate!: string;

  /** Exam centre or certifier. */
  @Column({ type: 'varchar', length: 200 })
  centre!: string;

  @OneToMany(() => ExamResultEntity, (r) => r.examSession)
  results?: ExamResultEntity[];
}

@Entity('exam_result')
@Index('UQ_exam_result_block', ['examSessionId', 'blockId'], { unique: true })
@Index('IDX_exam_result_structure', ['structureId'])
@Index('IDX_exam_result_block', ['blockId'])
export class ExamResultEntity extends BaseEntity {
  @Column({ type: 'uuid' })
  structureId!: string;

  @Column({ type: 'uuid' })
  examSessionId!: string;

  @ManyToOne(() => ExamSessionEntity, (s) => s.results, { onDelete: 'CASCADE' })
  @SameStructureJoin('exam_session_id', 'FK_exam_result_session')
  examSession?: ExamSessionEntity;

  @Column({ type: 'uuid' })
  blockId!: string;

  @ManyToOne(() => CertificationBlockEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'block_id', foreignKeyConstraintName: 'FK_exam_result_block' })
  block?: CertificationBlockEntity;

  /** `BlockResult`: FULL, PARTIAL, NONE. */
  @Column({ type: 'varchar', length: 20 })
  result!: string;
}

/** The job found: employer, contract, start, weekly hours. */
@Entity('hire')
@Index('IDX_hire_person', ['structureId', 'personId', 'startDate'])
@Index('IDX_hire_employer', ['employerOrganisationId'])
@Unique('UQ_hire_id_structure', ['id', 'structureId'])
export class HireEntity extends PersonRecordEntity {
  @PersonRef('hire')
  person?: PersonEntity;

  @Column({ type: 'uuid', nullable: true })
  employerOrganisationId!: string | null;

  @ManyToOne(() => PartnerOrganisationEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'employer_organisation_id', foreignKeyConstraintName: 'FK_hire_employer_organisation' })
  employerOrganisation?: PartnerOrganisationEntity;

  @Column({ type: 'varchar', length: 200 })
  employerName!: string;

  /** `HireContractType`. */
  @Column({ type: 'varchar', length: 30 })
  contractType!: string;

  @Column({ type: 'date' })
  startDate!: string;

  @Column({ type: 'integer' })
  weeklyMinutes!: number;

  @Column({ type: 'varchar', length: 200, nullable: true })
  jobTitle!: string | null;
}

/** The 6- or 12-month check after a hire: still in post? */
@Entity('retention_check')
@Index('UQ_retention_check', ['hireId', 'monthsAfter'], { unique: true })
@Index('IDX_retention_check_person', ['structureId', 'personId'])
export class RetentionCheckEntity extends PersonRecordEntity {
  @PersonRef('retention_check')
  person?: PersonEntity;

  @Column({ type: 'uuid' })
  hireId!: string;

  @ManyToOne(() => HireEntity, { onDelete: 'CASCADE' })
  @SameStructureJoin('hire_id', 'FK_retention_check_hire')
  hire?: HireEntity;

  @Column({ type: 'smallint' })
  monthsAfter!: number;

  @Column({ type: 'date' })
  checkedOn!: string;

  @Column({ type: 'boolean' })
  stillEmployed!: boolean;

  @Column({ type: 'text', nullable: true })
  comment!: string | null;
}

/** The exit: date, motive, its ASP category, and whether it counts (minimum presence), with the figures behind it. */
@Entity('pathway_exit')
@Index('UQ_pathway_exit_person', ['personId'], { unique: true })
@Index('IDX_pathway_exit_structure_date', ['structureId', 'exitDate'])
export class PathwayExitEntity extends PersonRecordEntity {
  @PersonRef('pathway_exit')
  person?: PersonEntity;

  @Column({ type: 'date' })
  exitDate!: string;

  /** `ExitReason`. */
  @Column({ type: 'varchar', length: 40 })
  reason!: string;

  /** `ExitCategory`, from the reason. */
  @Column({ type: 'varchar', length: 30 })
  category!: string;

  /** Whether the exit counts in the structure's figures (minimum-presence rule). */
  @Column({ type: 'boolean' })
  counts!: boolean;

  /** Why it counts or not, with the figures (French). */
  @Column({ type: 'text' })
  presenceExplanation!: string;

  @Column({ type: 'date', nullable: true })
  contractStart!: string | null;

  @Column({ type: 'integer' })
  minutesWorked!: number;

  @Column({ type: 'text', nullable: true })
  comment!: string | null;
}
