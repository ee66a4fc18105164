-- Requêtes de modules/accounts/accounts.repository.ts (généré : npm run sql:snapshots)

-- AccountsRepository.activeUserByEmail
SELECT "UserEntity"."id" AS "UserEntity_id", "UserEntity"."created_at" AS "UserEntity_created_at", "UserEntity"."updated_at" AS "UserEntity_updated_at", "UserEntity"."email" AS "UserEntity_email", "UserEntity"."first_name" AS "UserEntity_first_name", "UserEntity"."last_name" AS "UserEntity_last_name", "UserEntity"."password_hash" AS "UserEntity_password_hash", "UserEntity"."must_change_password" AS "UserEntity_must_change_password", "UserEntity"."role" AS "UserEntity_role", "UserEntity"."structure_id" AS "UserEntity_structure_id", "UserEntity"."partner_organisation_id" AS "UserEntity_partner_organisation_id", "UserEntity"."active" AS "UserEntity_active" FROM "app_user" "UserEntity" WHERE (("UserEntity"."email" = $1) AND ("UserEntity"."active" = $2)) LIMIT 1;

-- AccountsRepository.administratorExists
SELECT 1 FROM app_user WHERE role = $1;

-- AccountsRepository.consumeLink
UPDATE account_token t SET used_at = now()
         FROM app_user u LEFT JOIN structure s ON s.id = u.structure_id
        WHERE t.token_hash = $1 AND t.used_at IS NULL AND t.expires_at > now()
          AND u.id = t.user_id AND u.active AND coalesce(s.active, true)
        RETURNING t.user_id AS "userId", t.kind, u.email, u.first_name AS "firstName", u.last_name AS "lastName";

-- AccountsRepository.emailTaken
SELECT 1 FROM app_user WHERE email = $1;

-- AccountsRepository.endOtherSessions
DELETE FROM user_session WHERE user_id = $1 AND id <> $2;

-- AccountsRepository.endSessions
DELETE FROM user_session WHERE user_id = $1;

-- AccountsRepository.insertAdministrator
INSERT INTO app_user (email, first_name, last_name, password_hash, role, structure_id, partner_organisation_id, active)
       VALUES ($1, $2, $3, NULL, $4, NULL, NULL, true) RETURNING id;

-- AccountsRepository.issueLink
-- a répondu : insert or update on table "account_token" violates a foreign key constraint
WITH revoked AS (
         UPDATE account_token SET used_at = now() WHERE user_id = $2 AND kind = $3 AND used_at IS NULL
       )
       INSERT INTO account_token (token_hash, user_id, kind, expires_at, created_by_id)
       VALUES ($1, $2, $3, now() + make_interval(mins => $4::int), $5);

-- AccountsRepository.linksInLastHour
SELECT count(*)::int AS n FROM account_token
        WHERE user_id = $1 AND kind = $2 AND created_at > now() - interval '1 hour';

-- AccountsRepository.lockStaffMember
SELECT "u"."id" AS "u_id", "u"."created_at" AS "u_created_at", "u"."updated_at" AS "u_updated_at", "u"."email" AS "u_email", "u"."first_name" AS "u_first_name", "u"."last_name" AS "u_last_name", "u"."password_hash" AS "u_password_hash", "u"."must_change_password" AS "u_must_change_password", "u"."role" AS "u_role", "u"."structure_id" AS "u_structure_id", "u"."partner_organisation_id" AS "u_partner_organisation_id", "u"."active" AS "u_active" FROM "app_user" "u" WHERE "u"."id" = $1 AND "u"."structure_id" = $2 FOR UPDATE;

-- AccountsRepository.lockStructure
SELECT id FROM structure WHERE id = $1 FOR UPDATE;

-- AccountsRepository.lockUser
SELECT 1 FROM app_user WHERE id = $1 FOR UPDATE;

-- AccountsRepository.lockUsersTable
LOCK TABLE app_user IN SHARE ROW EXCLUSIVE MODE;

-- AccountsRepository.lookupNoLink
SELECT 1 FROM account_token WHERE token_hash = $1;

-- AccountsRepository.otherActiveDirectors
SELECT count(*)::int AS n FROM app_user
        WHERE structure_id = $1 AND role = 'DIRECTOR' AND active AND password_hash IS NOT NULL AND id <> $2;

-- AccountsRepository.readLink
SELECT t.user_id AS "userId", t.kind, u.email, u.first_name AS "firstName", u.last_name AS "lastName"
    FROM account_token t JOIN app_user u ON u.id = t.user_id
    LEFT JOIN structure s ON s.id = u.structure_id
   WHERE t.token_hash = $1 AND t.used_at IS NULL AND t.expires_at > now() AND u.active AND coalesce(s.active, true);

-- AccountsRepository.revokeLinks
UPDATE account_token SET used_at = now() WHERE user_id = $1 AND used_at IS NULL;

-- AccountsRepository.revokeLinksOfKind
UPDATE account_token SET used_at = now() WHERE user_id = $1 AND used_at IS NULL AND kind = $2;

-- AccountsRepository.saveUser
-- a répondu : insert or update on table "app_user" violates a foreign key constraint
INSERT INTO "app_user"("id", "created_at", "updated_at", "email", "first_name", "last_name", "password_hash", "must_change_password", "role", "structure_id", "partner_organisation_id", "active") VALUES (DEFAULT, DEFAULT, DEFAULT, $1, $2, $3, $4, $5, $6, $7, $8, $9) RETURNING "id", "created_at", "updated_at", "must_change_password", "active";

-- AccountsRepository.setPassword
UPDATE app_user SET password_hash = $2, must_change_password = false, updated_at = now() WHERE id = $1;

-- AccountsRepository.staff
SELECT "UserEntity"."id" AS "UserEntity_id", "UserEntity"."created_at" AS "UserEntity_created_at", "UserEntity"."updated_at" AS "UserEntity_updated_at", "UserEntity"."email" AS "UserEntity_email", "UserEntity"."first_name" AS "UserEntity_first_name", "UserEntity"."last_name" AS "UserEntity_last_name", "UserEntity"."password_hash" AS "UserEntity_password_hash", "UserEntity"."must_change_password" AS "UserEntity_must_change_password", "UserEntity"."role" AS "UserEntity_role", "UserEntity"."structure_id" AS "UserEntity_structure_id", "UserEntity"."partner_organisation_id" AS "UserEntity_partner_organisation_id", "UserEntity"."active" AS "UserEntity_active" FROM "app_user" "UserEntity" WHERE (("UserEntity"."structure_id" = $1)) ORDER BY "UserEntity"."active" DESC, "UserEntity"."last_name" ASC, "UserEntity"."first_name" ASC, "UserEntity"."id" ASC;

-- AccountsRepository.staffStructureId
SELECT structure_id FROM app_user WHERE id = $1 AND structure_id IS NOT NULL;

-- AccountsRepository.structure
SELECT "StructureEntity"."id" AS "StructureEntity_id", "StructureEntity"."created_at" AS "StructureEntity_created_at", "StructureEntity"."updated_at" AS "StructureEntity_updated_at", "StructureEntity"."name" AS "StructureEntity_name", "StructureEntity"."kind" AS "StructureEntity_kind", "StructureEntity"."siret" AS "StructureEntity_siret", "StructureEntity"."city" AS "StructureEntity_city", "StructureEntity"."password_sign_in_allowed" AS "StructureEntity_password_sign_in_allowed", "StructureEntity"."departement" AS "StructureEntity_departement", "StructureEntity"."convention_number" AS "StructureEntity_convention_number", "StructureEntity"."convention_starts_on" AS "StructureEntity_convention_starts_on", "StructureEntity"."convention_ends_on" AS "StructureEntity_convention_ends_on", "StructureEntity"."annex_number" AS "StructureEntity_annex_number", "StructureEntity"."annex_starts_on" AS "StructureEntity_annex_starts_on", "StructureEntity"."annex_ends_on" AS "StructureEntity_annex_ends_on", "StructureEntity"."hiring_target" AS "StructureEntity_hiring_target", "StructureEntity"."active" AS "StructureEntity_active" FROM "structure" "StructureEntity" WHERE (("StructureEntity"."id" = $1)) LIMIT 1;

-- AccountsRepository.structureOrFail
-- a répondu : Could not find any entity of type "StructureEntity" matching: {
SELECT "StructureEntity"."id" AS "StructureEntity_id", "StructureEntity"."created_at" AS "StructureEntity_created_at", "StructureEntity"."updated_at" AS "StructureEntity_updated_at", "StructureEntity"."name" AS "StructureEntity_name", "StructureEntity"."kind" AS "StructureEntity_kind", "StructureEntity"."siret" AS "StructureEntity_siret", "StructureEntity"."city" AS "StructureEntity_city", "StructureEntity"."password_sign_in_allowed" AS "StructureEntity_password_sign_in_allowed", "StructureEntity"."departement" AS "StructureEntity_departement", "StructureEntity"."convention_number" AS "StructureEntity_convention_number", "StructureEntity"."convention_starts_on" AS "StructureEntity_convention_starts_on", "StructureEntity"."convention_ends_on" AS "StructureEntity_convention_ends_on", "StructureEntity"."annex_number" AS "StructureEntity_annex_number", "StructureEntity"."annex_starts_on" AS "StructureEntity_annex_starts_on", "StructureEntity"."annex_ends_on" AS "StructureEntity_annex_ends_on", "StructureEntity"."hiring_target" AS "StructureEntity_hiring_target", "StructureEntity"."active" AS "StructureEntity_active" FROM "structure" "StructureEntity" WHERE (("StructureEntity"."id" = $1)) LIMIT 1;

-- AccountsRepository.updateUser
UPDATE "app_user" SET "active" = $1, "updated_at" = CURRENT_TIMESTAMP WHERE "id" = $2;

-- AccountsRepository.user
-- a répondu : Could not find any entity of type "UserEntity" matching: {
SELECT "UserEntity"."id" AS "UserEntity_id", "UserEntity"."created_at" AS "UserEntity_created_at", "UserEntity"."updated_at" AS "UserEntity_updated_at", "UserEntity"."email" AS "UserEntity_email", "UserEntity"."first_name" AS "UserEntity_first_name", "UserEntity"."last_name" AS "UserEntity_last_name", "UserEntity"."password_hash" AS "UserEntity_password_hash", "UserEntity"."must_change_password" AS "UserEntity_must_change_password", "UserEntity"."role" AS "UserEntity_role", "UserEntity"."structure_id" AS "UserEntity_structure_id", "UserEntity"."partner_organisation_id" AS "UserEntity_partner_organisation_id", "UserEntity"."active" AS "UserEntity_active" FROM "app_user" "UserEntity" WHERE (("UserEntity"."id" = $1)) LIMIT 1;
