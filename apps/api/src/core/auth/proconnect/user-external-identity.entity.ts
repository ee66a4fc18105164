import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { BaseEntity } from '../../../database/base.entity';
import { UserEntity } from '../../../modules/users/user.entity';

/**
 * A Tremplin account bound to an identity of an external OpenID provider (ProConnect): `subject` is the provider's
 * `sub`, stable for one service and one identity provider (docs/domain/proconnect.md). One identity per account and
 * provider, one account per subject.
 */
@Entity('user_external_identity')
@Index('UQ_user_external_identity_subject', ['provider', 'subject'], { unique: true })
@Index('UQ_user_external_identity_user', ['provider', 'userId'], { unique: true })
export class UserExternalIdentityEntity extends BaseEntity {
  /** `PROCONNECT`. */
  @Column({ type: 'varchar', length: 30 })
  provider!: string;

  @Column({ type: 'varchar', length: 255 })
  subject!: string;

  @Column({ type: 'uuid' })
  userId!: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'FK_user_external_identity_user' })
  user?: UserEntity;

  /** The verified e-mail the provider gave when the account was bound (or bound again). */
  @Column({ type: 'varchar', length: 254 })
  email!: string;

  /** The provider's `idp_id` (the identity provider behind ProConnect) at the last sign-in, when given. */
  @Column({ type: 'varchar', length: 100, nullable: true })
  idpId!: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  lastSignInAt!: Date | null;
}
