import { Column, Entity, Index, ManyToOne, OneToMany, Unique } from 'typeorm';
import { PersonRecordEntity } from '../../database/person-record.entity';
import { PersonRef, SameStructureJoin } from '../../database/person-ref';
import { BaseEntity } from '../../database/base.entity';
import type { PersonEntity } from '../persons';

/** An eligibility diagnosis: the administrative criteria met, with their proofs. Recorded only when eligible. */
@Entity('eligibility_diagnosis')
@Index('IDX_eligibility_diagnosis_person', ['structureId', 'personId', 'diagnosedOn'])
@Unique('UQ_eligibility_diagnosis_id_structure', ['id', 'structureId'])
export class EligibilityDiagnosisEntity extends PersonRecordEntity {
  @PersonRef('eligibility_diagnosis')
  person?: PersonEntity;

  /** `DiagnosisAuthor`: PRESCRIBER (valid 6 months) or EMPLOYER (auto-prescription, 92 days). */
  @Column({ type: 'varchar', length: 20 })
  author!: string;

  /** Who made it (prescriber organisation or counsellor's name), as written on the diagnosis. */
  @Column({ type: 'varchar', length: 200 })
  authorName!: string;

  @Column({ type: 'date' })
  diagnosedOn!: string;

  /** Last day of validity, computed by the shared rule when recorded. */
  @Column({ type: 'date' })
  validUntil!: string;

  @OneToMany(() => EligibilityCriterionEntity, (c) => c.diagnosis)
  criteria?: EligibilityCriterionEntity[];
}

/** One administrative criterion of a diagnosis, with its proof (justificatif). */
@Entity('eligibility_criterion')
@Index('UQ_eligibility_criterion_code', ['diagnosisId', 'code'], { unique: true })
@Index('IDX_eligibility_criterion_structure', ['structureId'])
export class EligibilityCriterionEntity extends BaseEntity {
  @Column({ type: 'uuid' })
  structureId!: string;

  @Column({ type: 'uuid' })
  diagnosisId!: string;

  @ManyToOne(() => EligibilityDiagnosisEntity, (d) => d.criteria, { onDelete: 'CASCADE' })
  @SameStructureJoin('diagnosis_id', 'FK_eligibility_criterion_diagnosis')
  diagnosis?: EligibilityDiagnosisEntity;

  /** `EligibilityCriterionCode` of the shared domain (its level, proof and sensitivity come from the catalogue). */
  @Column({ type: 'varchar', length: 40 })
  code!: string;

  /** The proof's reference as written by the counsellor (document, issuer, number). */
  @Column({ type: 'varchar', length: 200, nullable: true })
  proofReference!: string | null;

  @Column({ type: 'date' })
  proofDate!: string;
}
