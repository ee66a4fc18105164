import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { UserEntity } from '../users';

export enum AccountTokenKind {
  /** An invitation, or the first administrator's link: the person chooses her password (72 h). */
  INVITATION = 'INVITATION',
  /** « Mot de passe oublié » (1 h). */
  PASSWORD_RESET = 'PASSWORD_RESET',
}

/**
 * A single-use link sent by e-mail. Only the SHA-256 of its random 32-byte token is stored: a database leak hands out
 * no link. Used once (`used_at`), and never after `expires_at` (docs/security.md).
 */
@Entity('account_token')
@Check('CHK_account_token_kind', `"kind" IN ('INVITATION','PASSWORD_RESET')`)
export class AccountTokenEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'PK_account_token' })
  id!: string;

  /** SHA-256 (hex) of the token in the link. */
  @Index('UQ_account_token_hash', { unique: true })
  @Column({ type: 'char', length: 64 })
  tokenHash!: string;

  @Index('IDX_account_token_user_id')
  @Column({ type: 'uuid' })
  userId!: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'FK_account_token_user' })
  user?: UserEntity;

  @Column({ type: 'varchar', length: 20 })
  kind!: AccountTokenKind;

  @Column({ type: 'timestamptz' })
  expiresAt!: Date;

  @Column({ type: 'timestamptz', nullable: true })
  usedAt!: Date | null;

  /** Who sent the invitation (null: admin:create, or the person herself for a reset). */
  @Column({ type: 'uuid', nullable: true })
  createdById!: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
