import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryColumn,
  PrimaryGeneratedColumn,
} from 'typeorm';
import { UserEntity } from '../../../modules/users/user.entity';
import { StructureEntity } from '../../../modules/structures/structure.entity';

/**
 * A user's TOTP (authenticator app) secret, encrypted at rest (AES-256-GCM, `TOTP_ENCRYPTION_KEY`). Until the user
 * confirms a first code, `enabledAt` is null: the secret is only an enrolment in progress and sign-in ignores it.
 * `lastUsedStep` is the last 30-second time step accepted, so that a code is never accepted twice (docs/security.md,
 * « Double authentification »).
 */
@Entity('user_two_factor')
export class UserTwoFactorEntity {
  @PrimaryColumn({ type: 'uuid', primaryKeyConstraintName: 'PK_user_two_factor' })
  userId!: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'FK_user_two_factor_user' })
  user?: UserEntity;

  /** `v1.<iv>.<tag>.<ciphertext>` (base64url), the user's id as additional data. */
  @Column({ type: 'varchar', length: 200 })
  secretEncrypted!: string;

  @Column({ type: 'timestamptz', nullable: true })
  enabledAt!: Date | null;

  /** The last accepted time step (Unix time / 30); -1 before the first. */
  @Column({ type: 'bigint', default: -1 })
  lastUsedStep!: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}

/** One of a user's ten recovery codes: only its SHA-256 is kept (80 random bits each); single use. */
@Entity('user_recovery_code')
@Index('UQ_user_recovery_code_user_hash', ['userId', 'codeHash'], { unique: true })
export class UserRecoveryCodeEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'PK_user_recovery_code' })
  id!: string;

  @Column({ type: 'uuid' })
  userId!: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'FK_user_recovery_code_user' })
  user?: UserEntity;

  @Column({ type: 'char', length: 64 })
  codeHash!: string;

  @Column({ type: 'timestamptz', nullable: true })
  usedAt!: Date | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}

/**
 * The pending second step of a sign-in: the password was right, the session is not open yet. Bound to a cookie
 * (only the SHA-256 of its token is stored), short-lived, and spent by the first right code.
 */
@Entity('two_factor_challenge')
@Check('CHK_two_factor_challenge_attempts', `"attempts" >= 0`)
export class TwoFactorChallengeEntity {
  /** SHA-256 (hex) of the cookie token. */
  @PrimaryColumn({ type: 'char', length: 64, primaryKeyConstraintName: 'PK_two_factor_challenge' })
  id!: string;

  @Index('IDX_two_factor_challenge_user_id')
  @Column({ type: 'uuid' })
  userId!: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'FK_two_factor_challenge_user' })
  user?: UserEntity;

  @Column({ type: 'timestamptz' })
  expiresAt!: Date;

  /** Wrong codes tried on this challenge; past the limit it is spent. */
  @Column({ type: 'integer', default: 0 })
  attempts!: number;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}

/**
 * A structure that requires two-factor sign-in of its directors (and administrators attached to it): the row exists
 * while the requirement is on, with who turned it on and when.
 */
@Entity('structure_two_factor_policy')
export class StructureTwoFactorPolicyEntity {
  @PrimaryColumn({ type: 'uuid', primaryKeyConstraintName: 'PK_structure_two_factor_policy' })
  structureId!: string;

  @ManyToOne(() => StructureEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'structure_id', foreignKeyConstraintName: 'FK_structure_two_factor_policy_structure' })
  structure?: StructureEntity;

  @Column({ type: 'uuid', nullable: true })
  requiredBy!: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'required_by', foreignKeyConstraintName: 'FK_structure_two_factor_policy_user' })
  requiredByUser?: UserEntity;

  @CreateDateColumn({ type: 'timestamptz' })
  requiredAt!: Date;
}
