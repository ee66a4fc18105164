import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { UserEntity } from '../../modules/users/user.entity';

/**
 * A signed-in session. The cookie holds a random token; only its SHA-256 is stored, so a database leak does not
 * hand out sessions. Living in the database, a session is honoured by every API instance and ended for all of them.
 */
@Entity('user_session')
export class UserSessionEntity {
  /** SHA-256 (hex) of the cookie token. */
  @PrimaryColumn({ type: 'char', length: 64, primaryKeyConstraintName: 'PK_user_session' })
  id!: string;

  @Index('IDX_user_session_user_id')
  @Column({ type: 'uuid' })
  userId!: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'FK_user_session_user' })
  user?: UserEntity;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @Column({ type: 'timestamptz' })
  lastSeenAt!: Date;

  /** Absolute end, whatever the activity. */
  @Column({ type: 'timestamptz' })
  expiresAt!: Date;

  @Column({ type: 'varchar', length: 64, nullable: true })
  ipAddress!: string | null;

  @Column({ type: 'varchar', length: 300, nullable: true })
  userAgent!: string | null;
}
