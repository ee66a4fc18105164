import { Check, Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { Role } from '@tremplin/domain';
import { BaseEntity } from '../../database/base.entity';
import { StructureEntity } from '../structures';
import { PartnerOrganisationEntity } from '../structures';

/**
 * A person who signs in. Structure staff (counsellors, directors, technical supervisors) belong to a structure, partner reviewers to a
 * partner organisation, administrators to neither: the check constraint keeps that true in the database.
 */
@Entity('app_user')
@Check(
  'CHK_app_user_affiliation',
  `("role" IN ('COUNSELLOR','DIRECTOR','SUPERVISOR') AND "structure_id" IS NOT NULL AND "partner_organisation_id" IS NULL)
   OR ("role" = 'PARTNER_REVIEWER' AND "partner_organisation_id" IS NOT NULL AND "structure_id" IS NULL)
   OR ("role" = 'ADMINISTRATOR' AND "structure_id" IS NULL AND "partner_organisation_id" IS NULL)`,
)
export class UserEntity extends BaseEntity {
  /** Stored lower-case; unique. */
  @Index('UQ_app_user_email', { unique: true })
  @Column({ type: 'varchar', length: 254 })
  email!: string;

  @Column({ type: 'varchar', length: 100 })
  firstName!: string;

  @Column({ type: 'varchar', length: 100 })
  lastName!: string;

  /** argon2id hash (PHC string); null while an invited person has not yet chosen her password. */
  @Column({ type: 'varchar', length: 255, nullable: true })
  passwordHash!: string | null;

  /** A one-time password shown to an administrator: it must be replaced at the next sign-in (docs/security.md). */
  @Column({ type: 'boolean', default: false })
  mustChangePassword!: boolean;

  @Column({ type: 'enum', enum: Role, enumName: 'user_role' })
  role!: Role;

  @Index('IDX_app_user_structure_id')
  @Column({ type: 'uuid', nullable: true })
  structureId!: string | null;

  @ManyToOne(() => StructureEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'structure_id', foreignKeyConstraintName: 'FK_app_user_structure' })
  structure?: StructureEntity;

  @Index('IDX_app_user_partner_organisation_id')
  @Column({ type: 'uuid', nullable: true })
  partnerOrganisationId!: string | null;

  @ManyToOne(() => PartnerOrganisationEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'partner_organisation_id', foreignKeyConstraintName: 'FK_app_user_partner_organisation' })
  partnerOrganisation?: PartnerOrganisationEntity;

  @Column({ type: 'boolean', default: true })
  active!: boolean;

  get fullName(): string {
    return `${this.firstName} ${this.lastName}`;
  }
}
