-- Requêtes de core/auth/session.repository.ts (généré : npm run sql:snapshots)

-- SessionRepository.accountSessions
SELECT encode(sha256(convert_to(s.id, 'UTF8')), 'hex') AS handle, s.created_at, s.last_seen_at, s.ip_address, s.user_agent, s.id = $2 AS current
         FROM user_session s
        WHERE s.user_id = $1 AND s.expires_at > now() AND s.last_seen_at > now() - make_interval(mins => $3)
        ORDER BY (s.id = $2) DESC, s.last_seen_at DESC;

-- SessionRepository.close
DELETE FROM user_session WHERE id = $1;

-- SessionRepository.endByHandle
DELETE FROM user_session s WHERE s.user_id = $1 AND encode(sha256(convert_to(s.id, 'UTF8')), 'hex') = $2;

-- SessionRepository.endOthers
DELETE FROM user_session WHERE user_id = $1 AND id <> $2;

-- SessionRepository.lookup
SELECT s.id AS session_id, s.last_seen_at, u.id, u.email, u.first_name, u.last_name, u.role,
         u.structure_id, u.partner_organisation_id, u.must_change_password,
         (u.role IN ('DIRECTOR', 'ADMINISTRATOR')
           AND EXISTS (SELECT 1 FROM structure_two_factor_policy p WHERE p.structure_id = u.structure_id)
           AND NOT EXISTS (SELECT 1 FROM user_two_factor t WHERE t.user_id = u.id AND t.enabled_at IS NOT NULL)) AS must_enrol_two_factor
    FROM user_session s JOIN app_user u ON u.id = s.user_id
    LEFT JOIN structure st ON st.id = u.structure_id
   WHERE s.id = $1 AND u.active AND coalesce(st.active, true)
     AND s.expires_at > now()
     AND s.last_seen_at > now() - make_interval(mins => $2);

-- SessionRepository.open
-- a répondu : insert or update on table "user_session" violates a foreign key constraint
WITH purge AS (
         DELETE FROM user_session
          WHERE user_id = $2 AND (expires_at <= now() OR last_seen_at <= now() - make_interval(mins => $6))
       )
       INSERT INTO user_session (id, user_id, last_seen_at, expires_at, ip_address, user_agent)
       VALUES ($1, $2, now(), now() + make_interval(hours => $3), $4, $5);

-- SessionRepository.partnerOrganisation
SELECT "PartnerOrganisationEntity"."id" AS "PartnerOrganisationEntity_id", "PartnerOrganisationEntity"."created_at" AS "PartnerOrganisationEntity_created_at", "PartnerOrganisationEntity"."updated_at" AS "PartnerOrganisationEntity_updated_at", "PartnerOrganisationEntity"."name" AS "PartnerOrganisationEntity_name", "PartnerOrganisationEntity"."kind" AS "PartnerOrganisationEntity_kind", "PartnerOrganisationEntity"."siret" AS "PartnerOrganisationEntity_siret", "PartnerOrganisationEntity"."city" AS "PartnerOrganisationEntity_city" FROM "partner_organisation" "PartnerOrganisationEntity" WHERE (("PartnerOrganisationEntity"."id" = $1)) LIMIT 1;

-- SessionRepository.passwordSignInAllowed
SELECT password_sign_in_allowed AS allowed FROM structure WHERE id = $1;

-- SessionRepository.structure
SELECT "StructureEntity"."id" AS "StructureEntity_id", "StructureEntity"."created_at" AS "StructureEntity_created_at", "StructureEntity"."updated_at" AS "StructureEntity_updated_at", "StructureEntity"."name" AS "StructureEntity_name", "StructureEntity"."kind" AS "StructureEntity_kind", "StructureEntity"."siret" AS "StructureEntity_siret", "StructureEntity"."city" AS "StructureEntity_city", "StructureEntity"."password_sign_in_allowed" AS "StructureEntity_password_sign_in_allowed", "StructureEntity"."departement" AS "StructureEntity_departement", "StructureEntity"."convention_number" AS "StructureEntity_convention_number", "StructureEntity"."convention_starts_on" AS "StructureEntity_convention_starts_on", "StructureEntity"."convention_ends_on" AS "StructureEntity_convention_ends_on", "StructureEntity"."annex_number" AS "StructureEntity_annex_number", "StructureEntity"."annex_starts_on" AS "StructureEntity_annex_starts_on", "StructureEntity"."annex_ends_on" AS "StructureEntity_annex_ends_on", "StructureEntity"."hiring_target" AS "StructureEntity_hiring_target", "StructureEntity"."active" AS "StructureEntity_active" FROM "structure" "StructureEntity" WHERE (("StructureEntity"."id" = $1)) LIMIT 1;

-- SessionRepository.touch
UPDATE user_session SET last_seen_at = now() WHERE id = $1;

-- SessionRepository.user
-- a répondu : Could not find any entity of type "UserEntity" matching: {
SELECT "UserEntity"."id" AS "UserEntity_id", "UserEntity"."created_at" AS "UserEntity_created_at", "UserEntity"."updated_at" AS "UserEntity_updated_at", "UserEntity"."email" AS "UserEntity_email", "UserEntity"."first_name" AS "UserEntity_first_name", "UserEntity"."last_name" AS "UserEntity_last_name", "UserEntity"."password_hash" AS "UserEntity_password_hash", "UserEntity"."must_change_password" AS "UserEntity_must_change_password", "UserEntity"."role" AS "UserEntity_role", "UserEntity"."structure_id" AS "UserEntity_structure_id", "UserEntity"."partner_organisation_id" AS "UserEntity_partner_organisation_id", "UserEntity"."active" AS "UserEntity_active" FROM "app_user" "UserEntity" WHERE (("UserEntity"."id" = $1)) LIMIT 1;

-- SessionRepository.userByEmail
SELECT "UserEntity"."id" AS "UserEntity_id", "UserEntity"."created_at" AS "UserEntity_created_at", "UserEntity"."updated_at" AS "UserEntity_updated_at", "UserEntity"."email" AS "UserEntity_email", "UserEntity"."first_name" AS "UserEntity_first_name", "UserEntity"."last_name" AS "UserEntity_last_name", "UserEntity"."password_hash" AS "UserEntity_password_hash", "UserEntity"."must_change_password" AS "UserEntity_must_change_password", "UserEntity"."role" AS "UserEntity_role", "UserEntity"."structure_id" AS "UserEntity_structure_id", "UserEntity"."partner_organisation_id" AS "UserEntity_partner_organisation_id", "UserEntity"."active" AS "UserEntity_active" FROM "app_user" "UserEntity" WHERE (("UserEntity"."email" = $1)) LIMIT 1;
