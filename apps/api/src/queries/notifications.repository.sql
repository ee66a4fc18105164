-- Requêtes de modules/notifications/notifications.repository.ts (généré : npm run sql:snapshots)

-- NotificationsRepository.activeCounsellorOf
SELECT u.id FROM person p JOIN app_user u ON u.id = p.counsellor_id AND u.active AND u.structure_id = p.structure_id
        WHERE p.id = $1 AND p.structure_id = $2;

-- NotificationsRepository.claimPendingEmails
UPDATE notification n SET email_status = 'SENT', emailed_at = now(), updated_at = now()
        WHERE n.id IN (SELECT id FROM notification WHERE email_status = 'PENDING'
                        ORDER BY created_at, id LIMIT $1 FOR UPDATE SKIP LOCKED)
       RETURNING n.id, n.kind, n.link, (SELECT u.email FROM app_user u WHERE u.id = n.recipient_user_id) AS email;

-- NotificationsRepository.insert
-- a répondu : insert or update on table "notification" violates a foreign key constraint
INSERT INTO notification (recipient_user_id, kind, title, body, link, proposal_id, mission_id, email_status)
       SELECT r.recipient_user_id, r.kind, r.title, r.body, r.link, r.proposal_id, r.mission_id, $2
         FROM jsonb_to_recordset($1::jsonb) AS r(recipient_user_id uuid, kind varchar, title varchar, body text,
                                                link varchar, proposal_id uuid, mission_id uuid);

-- NotificationsRepository.markAllRead
UPDATE notification SET read_at = now(), updated_at = now() WHERE recipient_user_id = $1 AND read_at IS NULL;

-- NotificationsRepository.markEmailsFailed
UPDATE notification n SET email_status = 'FAILED', email_error = f.error, emailed_at = NULL, updated_at = now()
         FROM unnest($1::uuid[], $2::text[]) AS f(id, error) WHERE n.id = f.id;

-- NotificationsRepository.markRead
UPDATE notification SET read_at = now(), updated_at = now()
        WHERE recipient_user_id = $1 AND read_at IS NULL AND id = ANY($2::uuid[]);

-- NotificationsRepository.page
SELECT "n"."id" AS "n_id", "n"."created_at" AS "n_created_at", "n"."updated_at" AS "n_updated_at", "n"."recipient_user_id" AS "n_recipient_user_id", "n"."kind" AS "n_kind", "n"."title" AS "n_title", "n"."body" AS "n_body", "n"."link" AS "n_link", "n"."proposal_id" AS "n_proposal_id", "n"."mission_id" AS "n_mission_id", "n"."read_at" AS "n_read_at", "n"."email_status" AS "n_email_status", "n"."email_error" AS "n_email_error", "n"."emailed_at" AS "n_emailed_at" FROM "notification" "n" WHERE "n"."recipient_user_id" = $1 AND "n"."read_at" IS NULL ORDER BY "n"."created_at" DESC, "n"."id" DESC LIMIT 20;

-- NotificationsRepository.reviewersOf
SELECT id FROM app_user WHERE partner_organisation_id = $1 AND role = $2 AND active ORDER BY id;

-- NotificationsRepository.unreadCount
SELECT count(*)::int AS n FROM notification WHERE recipient_user_id = $1 AND read_at IS NULL;
