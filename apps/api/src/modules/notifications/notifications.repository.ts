import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { Role } from '@tremplin/domain';
import { type As, type RowOf, SNAPSHOT_UUID, SqlSnapshot } from '../../database/repository';
import type { UserEntity } from '../users';
import { NotificationEntity } from './notification.entity';

/** One notification to insert, in the columns' names. */
export interface NotificationRow {
  recipient_user_id: string;
  kind: string;
  title: string;
  body: string;
  link: string | null;
  proposal_id: string | null;
  mission_id: string | null;
}

/** A notification claimed for its e-mail, with its recipient's address. */
export type ClaimedEmail = RowOf<NotificationEntity, 'id' | 'kind' | 'link'> & As<'email', string | null>;

/** The SQL of the notifications and of their e-mails (docs/adr/0011-repositories.md). */
@Injectable()
export class NotificationsRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** Inserts the notifications, in one statement, with their e-mail status. */
  @SqlSnapshot({
    params: [
      [
        {
          recipient_user_id: SNAPSHOT_UUID,
          kind: 'RETENTION_DUE',
          title: 'Titre',
          body: 'Texte',
          link: null,
          proposal_id: null,
          mission_id: null,
        },
      ],
      'SKIPPED',
    ],
  })
  async insert(
    rows: readonly NotificationRow[],
    emailStatus: 'PENDING' | 'SKIPPED',
    tx: EntityManager = this.db.manager,
  ): Promise<void> {
    await tx.query(
      `INSERT INTO notification (recipient_user_id, kind, title, body, link, proposal_id, mission_id, email_status)
       SELECT r.recipient_user_id, r.kind, r.title, r.body, r.link, r.proposal_id, r.mission_id, $2
         FROM jsonb_to_recordset($1::jsonb) AS r(recipient_user_id uuid, kind varchar, title varchar, body text,
                                                link varchar, proposal_id uuid, mission_id uuid)`,
      [JSON.stringify(rows), emailStatus],
    );
  }

  /** The active reviewers of a partner organisation. */
  @SqlSnapshot({ params: [SNAPSHOT_UUID] })
  async reviewersOf(partnerOrganisationId: string, tx: EntityManager = this.db.manager): Promise<string[]> {
    const rows: RowOf<UserEntity, 'id'>[] = await tx.query(
      `SELECT id FROM app_user WHERE partner_organisation_id = $1 AND role = $2 AND active ORDER BY id`,
      [partnerOrganisationId, Role.PARTNER_REVIEWER],
    );
    return rows.map((r) => r.id);
  }

  /** The person's referent counsellor when active in the person's structure (null otherwise). */
  @SqlSnapshot({ params: [SNAPSHOT_UUID, SNAPSHOT_UUID] })
  async activeCounsellorOf(
    structureId: string,
    personId: string,
    tx: EntityManager = this.db.manager,
  ): Promise<string | null> {
    const rows: RowOf<UserEntity, 'id'>[] = await tx.query(
      `SELECT u.id FROM person p JOIN app_user u ON u.id = p.counsellor_id AND u.active AND u.structure_id = p.structure_id
        WHERE p.id = $1 AND p.structure_id = $2`,
      [personId, structureId],
    );
    return rows.length > 0 ? rows[0].id : null;
  }

  /** The user's notifications (unread only, or all), newest first. */
  @SqlSnapshot({ params: [SNAPSHOT_UUID, true, 20] })
  page(
    userId: string,
    unreadOnly: boolean,
    first: number,
    tx: EntityManager = this.db.manager,
  ): Promise<NotificationEntity[]> {
    const qb = tx
      .getRepository(NotificationEntity)
      .createQueryBuilder('n')
      .where('n.recipientUserId = :userId', { userId })
      .orderBy('n.createdAt', 'DESC')
      .addOrderBy('n.id', 'DESC')
      .take(first);
    if (unreadOnly) qb.andWhere('n.readAt IS NULL');
    return qb.getMany();
  }

  /** How many of the user's notifications are unread. */
  @SqlSnapshot({ params: [SNAPSHOT_UUID] })
  async unreadCount(userId: string, tx: EntityManager = this.db.manager): Promise<number> {
    const [{ n }] = (await tx.query(
      `SELECT count(*)::int AS n FROM notification WHERE recipient_user_id = $1 AND read_at IS NULL`,
      [userId],
    )) as As<'n', number>[];
    return n;
  }

  /** Marks every unread notification of the user read. */
  @SqlSnapshot({ params: [SNAPSHOT_UUID] })
  async markAllRead(userId: string, tx: EntityManager = this.db.manager): Promise<void> {
    await tx.query(
      `UPDATE notification SET read_at = now(), updated_at = now() WHERE recipient_user_id = $1 AND read_at IS NULL`,
      [userId],
    );
  }

  /** Marks the user's notifications listed read (others' ids are ignored). */
  @SqlSnapshot({ params: [SNAPSHOT_UUID, [SNAPSHOT_UUID]] })
  async markRead(userId: string, ids: readonly string[], tx: EntityManager = this.db.manager): Promise<void> {
    await tx.query(
      `UPDATE notification SET read_at = now(), updated_at = now()
        WHERE recipient_user_id = $1 AND read_at IS NULL AND id = ANY($2::uuid[])`,
      [userId, [...ids]],
    );
  }

  /**
   * Claims up to `batch` pending e-mails in one statement (`FOR UPDATE SKIP LOCKED`, marked SENT at once): two
   * concurrent calls never claim the same one.
   */
  @SqlSnapshot({ params: [50] })
  async claimPendingEmails(batch: number, tx: EntityManager = this.db.manager): Promise<ClaimedEmail[]> {
    const [claimed]: [ClaimedEmail[], number] = await tx.query(
      `UPDATE notification n SET email_status = 'SENT', emailed_at = now(), updated_at = now()
        WHERE n.id IN (SELECT id FROM notification WHERE email_status = 'PENDING'
                        ORDER BY created_at, id LIMIT $1 FOR UPDATE SKIP LOCKED)
       RETURNING n.id, n.kind, n.link, (SELECT u.email FROM app_user u WHERE u.id = n.recipient_user_id) AS email`,
      [batch],
    );
    return claimed;
  }

  /** Marks the e-mails that could not be sent FAILED, with their error. */
  @SqlSnapshot({ params: [[{ id: SNAPSHOT_UUID, error: 'Refusé' }]] })
  async markEmailsFailed(
    failures: readonly { id: string; error: string }[],
    tx: EntityManager = this.db.manager,
  ): Promise<void> {
    await tx.query(
      `UPDATE notification n SET email_status = 'FAILED', email_error = f.error, emailed_at = NULL, updated_at = now()
         FROM unnest($1::uuid[], $2::text[]) AS f(id, error) WHERE n.id = f.id`,
      [failures.map((f) => f.id), failures.map((f) => f.error)],
    );
  }
}
