import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** Every sign-in attempt, to rate-limit failures per account and per address across API instances. */
@Entity('sign_in_attempt')
@Index('IDX_sign_in_attempt_email_at', ['email', 'attemptedAt'])
@Index('IDX_sign_in_attempt_ip_at', ['ipAddress', 'attemptedAt'])
export class SignInAttemptEntity {
  @PrimaryGeneratedColumn('identity', {
    type: 'bigint',
    generatedIdentity: 'ALWAYS',
    primaryKeyConstraintName: 'PK_sign_in_attempt',
  })
  id!: string;

  @Column({ type: 'varchar', length: 254 })
  email!: string;

  @Column({ type: 'varchar', length: 64 })
  ipAddress!: string;

  @Column({ type: 'boolean' })
  succeeded!: boolean;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  attemptedAt!: Date;
}
