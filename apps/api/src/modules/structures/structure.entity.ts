import { Check, Column, Entity, Index } from 'typeorm';
import { StructureKind } from '@tremplin/domain';
import { BaseEntity } from '../../database/base.entity';

/** A SIAE: the tenant. Every tenant-owned row carries its `structureId`. */
@Entity('structure')
@Check(
  'CHK_structure_convention_period',
  `"convention_ends_on" IS NULL OR "convention_starts_on" IS NULL OR "convention_ends_on" >= "convention_starts_on"`,
)
@Check(
  'CHK_structure_annex_period',
  `"annex_ends_on" IS NULL OR "annex_starts_on" IS NULL OR "annex_ends_on" >= "annex_starts_on"`,
)
@Check('CHK_structure_hiring_target', `"hiring_target" IS NULL OR "hiring_target" >= 0`)
export class StructureEntity extends BaseEntity {
  @Column({ type: 'varchar', length: 200 })
  name!: string;

  @Column({ type: 'enum', enum: StructureKind, enumName: 'structure_kind' })
  kind!: StructureKind;

  @Index('UQ_structure_siret', { unique: true })
  @Column({ type: 'char', length: 14 })
  siret!: string;

  @Column({ type: 'varchar', length: 120, nullable: true })
  city!: string | null;

  /**
   * Whether the structure's staff may still sign in with a password (`true`), or only with ProConnect (`false`).
   * Set by the structure's director; administrators keep their password (docs/domain/proconnect.md).
   */
  @Column({ type: 'boolean', default: true })
  passwordSignInAllowed!: boolean;

  /** Département number (« 76 », « 2A », « 974 »). */
  @Column({ type: 'varchar', length: 3, nullable: true })
  departement!: string | null;

  /** Convention with the State (DDETS), its number and period. */
  @Column({ type: 'varchar', length: 60, nullable: true })
  conventionNumber!: string | null;

  @Column({ type: 'date', nullable: true })
  conventionStartsOn!: string | null;

  @Column({ type: 'date', nullable: true })
  conventionEndsOn!: string | null;

  /** The current financial annex (annexe financière), its number and period. */
  @Column({ type: 'varchar', length: 60, nullable: true })
  annexNumber!: string | null;

  @Column({ type: 'date', nullable: true })
  annexStartsOn!: string | null;

  @Column({ type: 'date', nullable: true })
  annexEndsOn!: string | null;

  /** Hires planned by the annex over its period (the exit targets are the yearly `structure_target`). */
  @Column({ type: 'int', nullable: true })
  hiringTarget!: number | null;

  /** A deactivated structure's staff can no longer sign in; nothing is deleted. */
  @Column({ type: 'boolean', default: true })
  active!: boolean;
}
