import { Check, Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * Sign-in counters, one row per (scope, subject): the pair (account, address), the account, the address. Each counts
 * the attempts let through to a password check in its current window; the attempt is counted by one atomic upsert
 * before the password is checked, so parallel attempts all count (docs/security.md, « Connexion : limites de
 * tentatives »).
 */
@Entity('sign_in_throttle')
@Check('CHK_sign_in_throttle_scope', `"scope" IN ('PAIR','ACCOUNT','ADDRESS')`)
@Check('CHK_sign_in_throttle_attempts', `"attempts" >= 0`)
export class SignInThrottleEntity {
  /** `PAIR` (account and address), `ACCOUNT` or `ADDRESS`. */
  @PrimaryColumn({ type: 'varchar', length: 10, primaryKeyConstraintName: 'PK_sign_in_throttle' })
  scope!: string;

  /** The e-mail address (lower case), the client address, or both joined by a space. */
  @PrimaryColumn({ type: 'varchar', length: 320, primaryKeyConstraintName: 'PK_sign_in_throttle' })
  subject!: string;

  /** Attempts counted in the window (a successful one is taken off again). */
  @Column({ type: 'integer' })
  attempts!: number;

  /** When the window began: past `SIGN_IN_WINDOW_MINUTES`, the next attempt starts a new one. */
  @Column({ type: 'timestamptz', default: () => 'now()' })
  windowStartedAt!: Date;
}
