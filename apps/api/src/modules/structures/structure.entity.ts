import { Column, Entity, Index } from 'typeorm';
import { StructureKind } from '@tremplin/domain';
import { BaseEntity } from '../../database/base.entity';

/** A SIAE: the tenant. Every tenant-owned row carries its `structureId`. */
@Entity('structure')
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
}
