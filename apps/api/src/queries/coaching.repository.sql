-- Requêtes de modules/coaching/coaching.repository.ts (généré : npm run sql:snapshots)

-- CoachingRepository.alertDays
SELECT alert_days FROM coaching_setting WHERE structure_id = $1;

-- CoachingRepository.closeRequest
UPDATE coaching_contact
          SET status = 'DONE', occurred_on = $3, note = $4, confidential = $5, author_id = $6,
              version = version + 1, updated_at = now()
        WHERE id = $2 AND structure_id = $1;

-- CoachingRepository.contactsByMissions
SELECT "CoachingContactEntity"."id" AS "CoachingContactEntity_id", "CoachingContactEntity"."created_at" AS "CoachingContactEntity_created_at", "CoachingContactEntity"."updated_at" AS "CoachingContactEntity_updated_at", "CoachingContactEntity"."structure_id" AS "CoachingContactEntity_structure_id", "CoachingContactEntity"."person_id" AS "CoachingContactEntity_person_id", "CoachingContactEntity"."created_by_id" AS "CoachingContactEntity_created_by_id", "CoachingContactEntity"."mission_id" AS "CoachingContactEntity_mission_id", "CoachingContactEntity"."kind" AS "CoachingContactEntity_kind", "CoachingContactEntity"."status" AS "CoachingContactEntity_status", "CoachingContactEntity"."occurred_on" AS "CoachingContactEntity_occurred_on", "CoachingContactEntity"."note" AS "CoachingContactEntity_note", "CoachingContactEntity"."confidential" AS "CoachingContactEntity_confidential", "CoachingContactEntity"."author_id" AS "CoachingContactEntity_author_id", "CoachingContactEntity"."request_message" AS "CoachingContactEntity_request_message", "CoachingContactEntity"."requested_at" AS "CoachingContactEntity_requested_at", "CoachingContactEntity"."version" AS "CoachingContactEntity_version" FROM "coaching_contact" "CoachingContactEntity" WHERE (("CoachingContactEntity"."structure_id" = $1) AND ("CoachingContactEntity"."mission_id" IN ($2)) AND ("CoachingContactEntity"."confidential" = $3)) ORDER BY "CoachingContactEntity"."occurred_on" DESC NULLS FIRST, "CoachingContactEntity"."created_at" DESC;

-- CoachingRepository.findContact
-- a répondu : Could not find any entity of type "CoachingContactEntity" matching: {
SELECT "CoachingContactEntity"."id" AS "CoachingContactEntity_id", "CoachingContactEntity"."created_at" AS "CoachingContactEntity_created_at", "CoachingContactEntity"."updated_at" AS "CoachingContactEntity_updated_at", "CoachingContactEntity"."structure_id" AS "CoachingContactEntity_structure_id", "CoachingContactEntity"."person_id" AS "CoachingContactEntity_person_id", "CoachingContactEntity"."created_by_id" AS "CoachingContactEntity_created_by_id", "CoachingContactEntity"."mission_id" AS "CoachingContactEntity_mission_id", "CoachingContactEntity"."kind" AS "CoachingContactEntity_kind", "CoachingContactEntity"."status" AS "CoachingContactEntity_status", "CoachingContactEntity"."occurred_on" AS "CoachingContactEntity_occurred_on", "CoachingContactEntity"."note" AS "CoachingContactEntity_note", "CoachingContactEntity"."confidential" AS "CoachingContactEntity_confidential", "CoachingContactEntity"."author_id" AS "CoachingContactEntity_author_id", "CoachingContactEntity"."request_message" AS "CoachingContactEntity_request_message", "CoachingContactEntity"."requested_at" AS "CoachingContactEntity_requested_at", "CoachingContactEntity"."version" AS "CoachingContactEntity_version" FROM "coaching_contact" "CoachingContactEntity" WHERE (("CoachingContactEntity"."structure_id" = $1) AND ("CoachingContactEntity"."id" = $2)) LIMIT 1;

-- CoachingRepository.findMission
-- a répondu : Could not find any entity of type "MissionEntity" matching: {
SELECT "MissionEntity"."id" AS "MissionEntity_id", "MissionEntity"."created_at" AS "MissionEntity_created_at", "MissionEntity"."updated_at" AS "MissionEntity_updated_at", "MissionEntity"."structure_id" AS "MissionEntity_structure_id", "MissionEntity"."person_id" AS "MissionEntity_person_id", "MissionEntity"."created_by_id" AS "MissionEntity_created_by_id", "MissionEntity"."kind" AS "MissionEntity_kind", "MissionEntity"."host_organisation_id" AS "MissionEntity_host_organisation_id", "MissionEntity"."site" AS "MissionEntity_site", "MissionEntity"."start_date" AS "MissionEntity_start_date", "MissionEntity"."end_date" AS "MissionEntity_end_date", "MissionEntity"."minutes" AS "MissionEntity_minutes", "MissionEntity"."tutor_feedback" AS "MissionEntity_tutor_feedback", "MissionEntity"."hours_status" AS "MissionEntity_hours_status", "MissionEntity"."hours_reviewed_at" AS "MissionEntity_hours_reviewed_at", "MissionEntity"."hours_reviewed_by_id" AS "MissionEntity_hours_reviewed_by_id", "MissionEntity"."hours_review_comment" AS "MissionEntity_hours_review_comment", "MissionEntity"."coach_id" AS "MissionEntity_coach_id", "MissionEntity"."version" AS "MissionEntity_version" FROM "mission" "MissionEntity" WHERE (("MissionEntity"."structure_id" = $1) AND ("MissionEntity"."id" = $2)) LIMIT 1;

-- CoachingRepository.hasOpenRequest
SELECT 1 FROM coaching_contact WHERE mission_id = $1 AND status = 'REQUESTED' LIMIT 1;

-- CoachingRepository.insertContact
-- a répondu : insert or update on table "coaching_contact" violates a foreign key constraint
INSERT INTO "coaching_contact"("id", "created_at", "updated_at", "structure_id", "person_id", "created_by_id", "mission_id", "kind", "status", "occurred_on", "note", "confidential", "author_id", "request_message", "requested_at", "version") VALUES (DEFAULT, DEFAULT, DEFAULT, $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, 1) RETURNING "id", "created_at", "updated_at", "status", "confidential", "version";

-- CoachingRepository.lockMission
SELECT id, structure_id AS "structureId", person_id AS "personId",
  host_organisation_id AS "hostOrganisationId", coach_id AS "coachId", version, start_date::text AS "startDate",
  end_date::text AS "endDate" FROM mission WHERE id = $2 AND structure_id = $1 FOR UPDATE;

-- CoachingRepository.lockOpenRequest
SELECT id FROM coaching_contact
        WHERE id = $3 AND structure_id = $1 AND mission_id = $2 AND status = 'REQUESTED'
        FOR UPDATE;

-- CoachingRepository.portalMission
SELECT m.id, m.structure_id AS "structureId", m.person_id AS "personId",
              CASE WHEN u.active THEN m.coach_id END AS "activeCoachId", m.start_date::text AS "startDate",
              m.end_date::text AS "endDate", m.site, o.name AS organisation
         FROM mission m
         JOIN partner_organisation o ON o.id = m.host_organisation_id
         LEFT JOIN app_user u ON u.id = m.coach_id AND u.structure_id = m.structure_id
        WHERE m.id = $2 AND m.host_organisation_id = $1
          FOR UPDATE OF m;

-- CoachingRepository.portalRequests
SELECT c.id, c.mission_id AS "missionId", c.status, c.request_message AS "requestMessage",
              c.requested_at AS "requestedAt", c.occurred_on::text AS "occurredOn"
         FROM coaching_contact c
         JOIN mission m ON m.id = c.mission_id AND m.structure_id = c.structure_id
        WHERE m.host_organisation_id = $1 AND c.requested_at IS NOT NULL
        ORDER BY c.requested_at DESC, c.id;

-- CoachingRepository.setAlertDays
-- a répondu : insert or update on table "coaching_setting" violates a foreign key constraint
INSERT INTO coaching_setting (structure_id, alert_days, updated_by_id) VALUES ($1, $2, $3)
       ON CONFLICT (structure_id) DO UPDATE SET alert_days = $2, updated_by_id = $3, updated_at = now();

-- CoachingRepository.setCoach
UPDATE mission SET coach_id = $3, version = version + 1, updated_at = now()
        WHERE id = $2 AND structure_id = $1 AND version = $4 RETURNING id;
