import { Column, Entity, Index, JoinColumn, ManyToOne, Unique, VersionColumn } from 'typeorm';
import { PathwayStage } from '@tremplin/domain';
import { BaseEntity } from '../../database/base.entity';
import { StructureEntity } from '../structures';
import { UserEntity } from '../users';

/** A person followed by a structure (salarié·e en insertion, candidat·e). */
@Entity('person')
@Index('IDX_person_structure_sort', ['structureId', 'sortKey', 'id'])
@Index('IDX_person_structure_counsellor_sort', ['structureId', 'counsellorId', 'sortKey', 'id'])
@Index('IDX_person_structure_stage', ['structureId', 'stage'])
// Target of the (person_id, structure_id) foreign keys of every pathway record: a record cannot name a person of
// another structure than its own.
@Unique('UQ_person_id_structure', ['id', 'structureId'])
export class PersonEntity extends BaseEntity {
  @Column({ type: 'uuid' })
  structureId!: string;

  @ManyToOne(() => StructureEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'structure_id', foreignKeyConstraintName: 'FK_person_structure' })
  structure?: StructureEntity;

  @Column({ type: 'varchar', length: 100 })
  firstName!: string;

  @Column({ type: 'varchar', length: 100 })
  lastName!: string;

  /** `YYYY-MM-DD`. */
  @Column({ type: 'date' })
  birthDate!: string;

  /** `PersonSex` (the FSE+ gender codes: WOMAN, MAN, NON_BINARY), `null` when not recorded. */
  @Column({ type: 'varchar', length: 20, nullable: true })
  sex!: string | null;

  @Column({ type: 'varchar', length: 254, nullable: true })
  email!: string | null;

  @Column({ type: 'varchar', length: 30, nullable: true })
  phone!: string | null;

  @Column({ type: 'varchar', length: 200, nullable: true })
  addressLine!: string | null;

  @Column({ type: 'char', length: 5, nullable: true })
  postalCode!: string | null;

  @Column({ type: 'varchar', length: 120, nullable: true })
  city!: string | null;

  /** Home coordinates (WGS 84), for the distance to a replacement's site (docs/domain/replacements.md). */
  @Column({ type: 'double precision', nullable: true })
  latitude!: number | null;

  @Column({ type: 'double precision', nullable: true })
  longitude!: number | null;

  @Index('IDX_person_counsellor_id')
  @Column({ type: 'uuid', nullable: true })
  counsellorId!: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'counsellor_id', foreignKeyConstraintName: 'FK_person_counsellor' })
  counsellor?: UserEntity;

  @Column({ type: 'enum', enum: PathwayStage, enumName: 'pathway_stage', default: PathwayStage.RECRUITMENT })
  stage!: PathwayStage;

  /** The day the person was informed of the processing of their data (RGPD, CNIL référentiel §44). */
  @Column({ type: 'date', nullable: true })
  informationGivenOn!: string | null;

  /** The day the person consented to their pathway being followed and shared as the structure explained. */
  @Column({ type: 'date', nullable: true })
  consentGivenOn!: string | null;

  /** The certification the pathway aims at (stage 3). */
  @Index('IDX_person_target_certification_id')
  @Column({ type: 'uuid', nullable: true })
  targetCertificationId!: string | null;

  // The certifications module's entity, named (not imported): persons sit below certifications (ADR 0012), which
  // read and set this column through `targetCertificationId`.
  @ManyToOne('CertificationEntity', { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'target_certification_id', foreignKeyConstraintName: 'FK_person_target_certification' })
  targetCertification?: { id: string };

  /** Accent-free, lower-case "last first": the caseload's sort order and name search. */
  @Column({ type: 'varchar', length: 210 })
  sortKey!: string;

  /** Optimistic lock: an update names the version it read; a stale one is refused. */
  @VersionColumn({ default: 1 })
  version!: number;
}
