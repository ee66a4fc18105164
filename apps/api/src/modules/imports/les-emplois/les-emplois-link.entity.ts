import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { BaseEntity } from '../../../database/base.entity';
import { StructureEntity } from '../../structures';
import { UserEntity } from '../../users';

/**
 * A structure's account on les emplois de l’inclusion: its API token, encrypted at rest with `LES_EMPLOIS_TOKEN_KEY`
 * (AES-256-GCM, the structure's id as associated data: docs/security.md), one per structure.
 */
@Entity('les_emplois_link')
@Index('UQ_les_emplois_link_structure', ['structureId'], { unique: true })
export class LesEmploisLinkEntity extends BaseEntity {
  @Column({ type: 'uuid' })
  structureId!: string;

  @ManyToOne(() => StructureEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'structure_id', foreignKeyConstraintName: 'FK_les_emplois_link_structure' })
  structure?: StructureEntity;

  /** `v1.<iv>.<tag>.<ciphertext>`, base64url (token-cipher.ts). */
  @Column({ type: 'text' })
  tokenCiphertext!: string;

  /** The token's last 4 characters, to recognise it (as les emplois shows « se termine par »). */
  @Column({ type: 'varchar', length: 4 })
  tokenEnd!: string;

  @Index('IDX_les_emplois_link_linked_by')
  @Column({ type: 'uuid', nullable: true })
  linkedById!: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'linked_by_id', foreignKeyConstraintName: 'FK_les_emplois_link_linked_by' })
  linkedBy?: UserEntity;
}
