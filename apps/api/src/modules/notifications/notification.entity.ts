import { Check, Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { BaseEntity } from '../../database/base.entity';
import { UserEntity } from '../users';

/** An in-app notification for one user; also sent by e-mail when SMTP is configured (status kept here). */
@Entity('notification')
@Index('IDX_notification_recipient', ['recipientUserId', 'readAt', 'createdAt'])
@Index('IDX_notification_email_pending', ['emailStatus'], { where: `"email_status" = 'PENDING'` })
@Check('CHK_notification_email_status', `"email_status" IN ('PENDING','SENT','FAILED','SKIPPED')`)
export class NotificationEntity extends BaseEntity {
  @Column({ type: 'uuid' })
  recipientUserId!: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'recipient_user_id', foreignKeyConstraintName: 'FK_notification_recipient' })
  recipient?: UserEntity;

  /** `NotificationKind`. */
  @Column({ type: 'varchar', length: 40 })
  kind!: string;

  /** Shown in the app (may name the trainee as the recipient may see them). */
  @Column({ type: 'varchar', length: 200 })
  title!: string;

  @Column({ type: 'text' })
  body!: string;

  /** Where to go in the web app (`/portail/propositions/…`, `/personnes/…?onglet=…`). */
  @Column({ type: 'varchar', length: 300, nullable: true })
  link!: string | null;

  @Column({ type: 'uuid', nullable: true })
  proposalId!: string | null;

  @Column({ type: 'uuid', nullable: true })
  missionId!: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  readAt!: Date | null;

  /** `PENDING` until the mailer ran; `SKIPPED` when no SMTP server is configured. */
  @Column({ type: 'varchar', length: 20, default: 'SKIPPED' })
  emailStatus!: string;

  @Column({ type: 'text', nullable: true })
  emailError!: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  emailedAt!: Date | null;
}
