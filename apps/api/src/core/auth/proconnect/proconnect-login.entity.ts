import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * A ProConnect sign-in under way: the `state`, `nonce` and PKCE verifier sent to the provider, kept until the
 * browser comes back (10 minutes at most) and deleted when it does (single use). The browser holds only a random
 * handle, in an HTTP-only cookie; its SHA-256 is the id.
 */
@Entity('proconnect_login')
@Index('IDX_proconnect_login_expires_at', ['expiresAt'])
export class ProConnectLoginEntity {
  @PrimaryColumn({ type: 'char', length: 64, primaryKeyConstraintName: 'PK_proconnect_login' })
  id!: string;

  @Column({ type: 'varchar', length: 100 })
  state!: string;

  @Column({ type: 'varchar', length: 100 })
  nonce!: string;

  @Column({ type: 'varchar', length: 200 })
  codeVerifier!: string;

  /** A path of the web app to go back to after sign-in (`/personnes`), never an address. */
  @Column({ type: 'varchar', length: 500 })
  returnPath!: string;

  @Column({ type: 'timestamptz' })
  expiresAt!: Date;
}
