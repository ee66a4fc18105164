-- Requêtes de modules/activities/mission-hours.repository.ts (généré : npm run sql:snapshots)

-- MissionHoursRepository.allocationsOfMission
SELECT ag.id AS "agreementId", ag.reference AS "agreementReference", sum(fa.quantity)::int AS quantity,
              ag.start_date::text AS "startDate", ag.end_date::text AS "endDate"
         FROM funding_allocation fa
         JOIN funding_agreement ag ON ag.id = fa.agreement_id AND ag.structure_id = fa.structure_id
        WHERE fa.structure_id = $1 AND fa.mission_id = $2
        GROUP BY ag.id, ag.reference, ag.start_date, ag.end_date
        ORDER BY ag.reference;

-- MissionHoursRepository.allocationsOfMissions
SELECT fa.mission_id AS "missionId", ag.id AS "agreementId", ag.reference AS "agreementReference",
              sum(fa.quantity)::int AS quantity, ag.start_date::text AS "startDate", ag.end_date::text AS "endDate"
         FROM funding_allocation fa
         JOIN funding_agreement ag ON ag.id = fa.agreement_id AND ag.structure_id = fa.structure_id
        WHERE fa.structure_id = $1 AND fa.mission_id = ANY($2::uuid[])
        GROUP BY fa.mission_id, ag.id, ag.reference, ag.start_date, ag.end_date
        ORDER BY fa.mission_id, ag.reference;

-- MissionHoursRepository.correctHours
UPDATE mission SET start_date = $3, end_date = $4, minutes = $5, hours_status = $6, hours_reviewed_at = NULL,
              hours_reviewed_by_id = NULL, hours_review_comment = NULL, version = version + 1, updated_at = now()
        WHERE id = $1 AND structure_id = $2 AND version = $7
       RETURNING id;

-- MissionHoursRepository.daysSummary
SELECT count(*)::int AS count, coalesce(sum(minutes), 0)::int AS total, min(day)::text AS first,
              max(day)::text AS last
         FROM mission_day WHERE structure_id = $1 AND mission_id = $2;

-- MissionHoursRepository.disputeNames
SELECT p.first_name, p.last_name, o.name AS organisation, m.created_by_id
         FROM mission m JOIN person p ON p.id = m.person_id AND p.structure_id = m.structure_id
         JOIN partner_organisation o ON o.id = m.host_organisation_id
        WHERE m.id = $1;

-- MissionHoursRepository.findMission
-- a répondu : Could not find any entity of type "MissionEntity" matching: {
SELECT "MissionEntity"."id" AS "MissionEntity_id", "MissionEntity"."created_at" AS "MissionEntity_created_at", "MissionEntity"."updated_at" AS "MissionEntity_updated_at", "MissionEntity"."structure_id" AS "MissionEntity_structure_id", "MissionEntity"."person_id" AS "MissionEntity_person_id", "MissionEntity"."created_by_id" AS "MissionEntity_created_by_id", "MissionEntity"."kind" AS "MissionEntity_kind", "MissionEntity"."host_organisation_id" AS "MissionEntity_host_organisation_id", "MissionEntity"."site" AS "MissionEntity_site", "MissionEntity"."start_date" AS "MissionEntity_start_date", "MissionEntity"."end_date" AS "MissionEntity_end_date", "MissionEntity"."minutes" AS "MissionEntity_minutes", "MissionEntity"."tutor_feedback" AS "MissionEntity_tutor_feedback", "MissionEntity"."hours_status" AS "MissionEntity_hours_status", "MissionEntity"."hours_reviewed_at" AS "MissionEntity_hours_reviewed_at", "MissionEntity"."hours_reviewed_by_id" AS "MissionEntity_hours_reviewed_by_id", "MissionEntity"."hours_review_comment" AS "MissionEntity_hours_review_comment", "MissionEntity"."coach_id" AS "MissionEntity_coach_id", "MissionEntity"."version" AS "MissionEntity_version" FROM "mission" "MissionEntity" WHERE (("MissionEntity"."id" = $1) AND ("MissionEntity"."structure_id" = $2)) LIMIT 1;

-- MissionHoursRepository.lockMission
SELECT "m"."id" AS "m_id", "m"."created_at" AS "m_created_at", "m"."updated_at" AS "m_updated_at", "m"."structure_id" AS "m_structure_id", "m"."person_id" AS "m_person_id", "m"."created_by_id" AS "m_created_by_id", "m"."kind" AS "m_kind", "m"."host_organisation_id" AS "m_host_organisation_id", "m"."site" AS "m_site", "m"."start_date" AS "m_start_date", "m"."end_date" AS "m_end_date", "m"."minutes" AS "m_minutes", "m"."tutor_feedback" AS "m_tutor_feedback", "m"."hours_status" AS "m_hours_status", "m"."hours_reviewed_at" AS "m_hours_reviewed_at", "m"."hours_reviewed_by_id" AS "m_hours_reviewed_by_id", "m"."hours_review_comment" AS "m_hours_review_comment", "m"."coach_id" AS "m_coach_id", "m"."version" AS "m_version" FROM "mission" "m" WHERE "m"."id" = $1 AND "m"."structure_id" = $2 FOR UPDATE;

-- MissionHoursRepository.lockPortalMissions
SELECT m.id, m.version, m.hours_status, m.start_date::text AS start_date, m.end_date::text AS end_date, m.minutes
         FROM mission m
        WHERE m.id = ANY($1::uuid[]) AND m.host_organisation_id = $2
        ORDER BY m.id FOR UPDATE;

-- MissionHoursRepository.monthsOfMissions
SELECT d.mission_id, to_char(d.day, 'YYYY-MM') AS month, sum(d.minutes)::int AS minutes
         FROM mission_day d
        WHERE d.mission_id = ANY($1::uuid[])
        GROUP BY d.mission_id, to_char(d.day, 'YYYY-MM')
        ORDER BY d.mission_id, month;

-- MissionHoursRepository.personIdentity
SELECT first_name AS "firstName", last_name AS "lastName", email, phone FROM person
        WHERE id = $1 AND structure_id = $2;

-- MissionHoursRepository.portalCount
SELECT count(*)::int AS n FROM mission m
        WHERE m.host_organisation_id = $1 AND ($2::varchar[] IS NULL OR m.hours_status = ANY($2::varchar[]));

-- MissionHoursRepository.portalPage
SELECT m.id, m.structure_id, m.person_id, s.name AS structure_name, m.kind, m.site,
  m.start_date::text AS start_date, m.end_date::text AS end_date, m.minutes, m.hours_status, m.hours_review_comment,
  m.hours_reviewed_at, m.version, count(*) OVER ()::int AS total
         FROM mission m JOIN structure s ON s.id = m.structure_id
        WHERE m.host_organisation_id = $1 AND ($2::varchar[] IS NULL OR m.hours_status = ANY($2::varchar[]))
        ORDER BY m.start_date DESC, m.created_at DESC, m.id
        LIMIT $3 OFFSET $4;

-- MissionHoursRepository.reviewHours
UPDATE mission m SET hours_status = $3, hours_reviewed_at = now(), hours_reviewed_by_id = $4,
              hours_review_comment = $5, version = m.version + 1, updated_at = now()
         FROM structure s
        WHERE s.id = m.structure_id AND m.id = ANY($1::uuid[]) AND m.host_organisation_id = $2
       RETURNING m.id, m.structure_id, m.person_id, s.name AS structure_name, m.kind, m.site,
  m.start_date::text AS start_date, m.end_date::text AS end_date, m.minutes, m.hours_status, m.hours_review_comment,
  m.hours_reviewed_at, m.version;

-- MissionHoursRepository.reviewOne
UPDATE mission m SET hours_status = $3, hours_reviewed_at = now(), hours_reviewed_by_id = $4,
              hours_review_comment = $5, version = m.version + 1, updated_at = now()
         FROM structure s
        WHERE s.id = m.structure_id AND m.id = $1 AND m.host_organisation_id = $2
       RETURNING m.id, m.structure_id, m.person_id, s.name AS structure_name, m.kind, m.site,
  m.start_date::text AS start_date, m.end_date::text AS end_date, m.minutes, m.hours_status, m.hours_review_comment,
  m.hours_reviewed_at, m.version;

-- MissionHoursRepository.structureName
SELECT name FROM structure WHERE id = $1;

-- MissionHoursRepository.visibleNames
SELECT DISTINCT ON (p.id) p.id, p.first_name, p.last_name, pr.share_full_name
         FROM person p JOIN proposal pr ON pr.person_id = p.id AND pr.structure_id = p.structure_id
        WHERE p.id = ANY($2::uuid[]) AND (pr.partner_organisation_id = $1::uuid AND pr.status IN ('PROPOSED','INTERVIEW_REQUESTED','VALIDATED','DECLINED','HIRED') AND pr.consent_withdrawn_at IS NULL)
        ORDER BY p.id, pr.proposed_at DESC;
