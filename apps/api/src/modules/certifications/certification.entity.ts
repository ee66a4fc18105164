import { Column, Entity, Index, JoinColumn, ManyToOne, OneToMany } from 'typeorm';
import { BaseEntity } from '../../database/base.entity';

/** A certification a pathway can aim at (reference list kept by administrators; not owned by a structure). */
@Entity('certification')
export class CertificationEntity extends BaseEntity {
  @Column({ type: 'varchar', length: 200 })
  title!: string;

  /** RNCP number, e.g. "38633"; null for certifications outside the RNCP (CQP not yet registered…). */
  @Index('UQ_certification_rncp', { unique: true, where: 'rncp_code IS NOT NULL' })
  @Column({ type: 'varchar', length: 10, nullable: true })
  rncpCode!: string | null;

  /** Qualification level (3 = CAP). */
  @Column({ type: 'smallint' })
  level!: number;

  @Column({ type: 'varchar', length: 200 })
  certifier!: string;

  @Column({ type: 'boolean', default: true })
  active!: boolean;

  @OneToMany(() => CertificationBlockEntity, (b) => b.certification)
  blocks?: CertificationBlockEntity[];
}

/** A block of competences (bloc RNCP, CCP of a titre professionnel, unit of a CAP). */
@Entity('certification_block')
@Index('UQ_certification_block_position', ['certificationId', 'position'], { unique: true })
export class CertificationBlockEntity extends BaseEntity {
  @Column({ type: 'uuid' })
  certificationId!: string;

  @ManyToOne(() => CertificationEntity, (c) => c.blocks, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'certification_id', foreignKeyConstraintName: 'FK_certification_block_certification' })
  certification?: CertificationEntity;

  @Column({ type: 'varchar', length: 20 })
  code!: string;

  @Column({ type: 'varchar', length: 300 })
  title!: string;

  @Column({ type: 'smallint' })
  position!: number;
}
