import { Column, Entity, Index, ManyToOne, OneToMany, Unique, VersionColumn } from 'typeorm';
import { BaseEntity } from '../../database/base.entity';
import { PersonRecordEntity } from '../../database/person-record.entity';
import { PersonRef, SameStructureJoin } from '../../database/person-ref';
import type { PersonEntity } from '../persons';

/**
 * A PASS IAE of the person: 730 days, pushed back by suspensions and extended by prolongations. A person may have
 * several over time (a new one after the waiting period); the one in force is the latest by start date.
 */
@Entity('pass_iae')
@Index('IDX_pass_iae_person', ['personId', 'startDate'])
@Index('IDX_pass_iae_structure_end', ['structureId', 'endDate'])
@Unique('UQ_pass_iae_id_structure', ['id', 'structureId'])
export class PassIaeEntity extends PersonRecordEntity {
  @PersonRef('pass_iae')
  person?: PersonEntity;

  /** 12 characters, upper-case. */
  @Column({ type: 'char', length: 12 })
  number!: string;

  @Column({ type: 'date' })
  startDate!: string;

  /**
   * The end in force, kept for queries: the official end date when one was typed in, else the end computed by the
   * shared rule `passEndDate` from the start, the suspensions and the prolongations (docs/domain/pass-iae.md).
   */
  @Column({ type: 'date' })
  endDate!: string;

  /** The end shown on les emplois de l’inclusion, typed in when it differs from the computed one; it wins. */
  @Column({ type: 'date', nullable: true })
  officialEndDate!: string | null;

  @VersionColumn({ default: 1 })
  version!: number;

  @OneToMany(() => PassSuspensionEntity, (s) => s.pass)
  suspensions?: PassSuspensionEntity[];

  @OneToMany(() => PassProlongationEntity, (p) => p.pass)
  prolongations?: PassProlongationEntity[];
}

abstract class PassChangeEntity extends BaseEntity {
  @Column({ type: 'uuid' })
  structureId!: string;

  @Column({ type: 'uuid' })
  passId!: string;

  @Column({ type: 'uuid', nullable: true })
  createdById!: string | null;
}

@Entity('pass_suspension')
@Index('IDX_pass_suspension_pass', ['passId'])
@Index('IDX_pass_suspension_structure', ['structureId'])
export class PassSuspensionEntity extends PassChangeEntity {
  @ManyToOne(() => PassIaeEntity, (p) => p.suspensions, { onDelete: 'CASCADE' })
  @SameStructureJoin('pass_id', 'FK_pass_suspension_pass')
  pass?: PassIaeEntity;

  @Column({ type: 'date' })
  startDate!: string;

  @Column({ type: 'date' })
  endDate!: string;

  /** `PassSuspensionReason`. */
  @Column({ type: 'varchar', length: 40 })
  reason!: string;
}

@Entity('pass_prolongation')
@Index('IDX_pass_prolongation_pass', ['passId'])
@Index('IDX_pass_prolongation_structure', ['structureId'])
export class PassProlongationEntity extends PassChangeEntity {
  @ManyToOne(() => PassIaeEntity, (p) => p.prolongations, { onDelete: 'CASCADE' })
  @SameStructureJoin('pass_id', 'FK_pass_prolongation_pass')
  pass?: PassIaeEntity;

  /** `PassProlongationReason`. */
  @Column({ type: 'varchar', length: 40 })
  reason!: string;

  /** The end of the PASS when it was granted (the platform's `start_at`). */
  @Column({ type: 'date' })
  startDate!: string;

  /** The chosen last day: the PASS end moves by `endDate − startDate` days (docs/domain/pass-iae.md). */
  @Column({ type: 'date' })
  endDate!: string;

  @Column({ type: 'date' })
  requestedOn!: string;
}
