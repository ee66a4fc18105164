-- Requêtes de modules/partners/partner-admin.repository.ts (généré : npm run sql:snapshots)

-- PartnerAdminRepository.emailTaken
SELECT 1 FROM app_user WHERE lower(email) = $1;

-- PartnerAdminRepository.endSessions
DELETE FROM user_session WHERE user_id = $1;

-- PartnerAdminRepository.findOrganisation
SELECT "PartnerOrganisationEntity"."id" AS "PartnerOrganisationEntity_id", "PartnerOrganisationEntity"."created_at" AS "PartnerOrganisationEntity_created_at", "PartnerOrganisationEntity"."updated_at" AS "PartnerOrganisationEntity_updated_at", "PartnerOrganisationEntity"."name" AS "PartnerOrganisationEntity_name", "PartnerOrganisationEntity"."kind" AS "PartnerOrganisationEntity_kind", "PartnerOrganisationEntity"."siret" AS "PartnerOrganisationEntity_siret", "PartnerOrganisationEntity"."city" AS "PartnerOrganisationEntity_city" FROM "partner_organisation" "PartnerOrganisationEntity" WHERE (("PartnerOrganisationEntity"."id" = $1)) LIMIT 1;

-- PartnerAdminRepository.findSite
SELECT "PartnerSiteEntity"."id" AS "PartnerSiteEntity_id", "PartnerSiteEntity"."created_at" AS "PartnerSiteEntity_created_at", "PartnerSiteEntity"."updated_at" AS "PartnerSiteEntity_updated_at", "PartnerSiteEntity"."partner_organisation_id" AS "PartnerSiteEntity_partner_organisation_id", "PartnerSiteEntity"."name" AS "PartnerSiteEntity_name", "PartnerSiteEntity"."address_line" AS "PartnerSiteEntity_address_line", "PartnerSiteEntity"."postal_code" AS "PartnerSiteEntity_postal_code", "PartnerSiteEntity"."city" AS "PartnerSiteEntity_city", "PartnerSiteEntity"."latitude" AS "PartnerSiteEntity_latitude", "PartnerSiteEntity"."longitude" AS "PartnerSiteEntity_longitude", "PartnerSiteEntity"."version" AS "PartnerSiteEntity_version" FROM "partner_site" "PartnerSiteEntity" WHERE (("PartnerSiteEntity"."id" = $1)) LIMIT 1;

-- PartnerAdminRepository.insertOrganisation
INSERT INTO "partner_organisation"("id", "created_at", "updated_at", "name", "kind", "siret", "city") VALUES (DEFAULT, DEFAULT, DEFAULT, $1, $2, $3, $4) RETURNING "id", "created_at", "updated_at";

SELECT "PartnerOrganisationEntity"."id" AS "PartnerOrganisationEntity_id", "PartnerOrganisationEntity"."created_at" AS "PartnerOrganisationEntity_created_at", "PartnerOrganisationEntity"."updated_at" AS "PartnerOrganisationEntity_updated_at", "PartnerOrganisationEntity"."name" AS "PartnerOrganisationEntity_name", "PartnerOrganisationEntity"."kind" AS "PartnerOrganisationEntity_kind", "PartnerOrganisationEntity"."siret" AS "PartnerOrganisationEntity_siret", "PartnerOrganisationEntity"."city" AS "PartnerOrganisationEntity_city" FROM "partner_organisation" "PartnerOrganisationEntity" WHERE (("PartnerOrganisationEntity"."id" = $1)) LIMIT 1;

-- PartnerAdminRepository.insertSite
-- a répondu : insert or update on table "partner_site" violates a foreign key constraint
INSERT INTO "partner_site"("id", "created_at", "updated_at", "partner_organisation_id", "name", "address_line", "postal_code", "city", "latitude", "longitude", "version") VALUES (DEFAULT, DEFAULT, DEFAULT, $1, $2, $3, $4, $5, DEFAULT, DEFAULT, 1) RETURNING "id", "created_at", "updated_at", "version";

-- PartnerAdminRepository.insertUser
-- a répondu : insert or update on table "app_user" violates a foreign key constraint
INSERT INTO "app_user"("id", "created_at", "updated_at", "email", "first_name", "last_name", "password_hash", "must_change_password", "role", "structure_id", "partner_organisation_id", "active") VALUES (DEFAULT, DEFAULT, DEFAULT, $1, $2, $3, $4, DEFAULT, $5, DEFAULT, $6, DEFAULT) RETURNING "id", "created_at", "updated_at", "must_change_password", "active";

-- PartnerAdminRepository.lastSignIn
SELECT max(attempted_at) AS at FROM sign_in_attempt WHERE email = $1 AND succeeded;

-- PartnerAdminRepository.lockCatalogue
SELECT pg_advisory_xact_lock($1);

-- PartnerAdminRepository.lockOrganisation
SELECT id FROM partner_organisation WHERE id = $1 FOR NO KEY UPDATE;

-- PartnerAdminRepository.lockReviewer
SELECT "u"."id" AS "u_id", "u"."created_at" AS "u_created_at", "u"."updated_at" AS "u_updated_at", "u"."email" AS "u_email", "u"."first_name" AS "u_first_name", "u"."last_name" AS "u_last_name", "u"."password_hash" AS "u_password_hash", "u"."must_change_password" AS "u_must_change_password", "u"."role" AS "u_role", "u"."structure_id" AS "u_structure_id", "u"."partner_organisation_id" AS "u_partner_organisation_id", "u"."active" AS "u_active" FROM "app_user" "u" WHERE "u"."id" = $1 AND "u"."role" = $2 FOR UPDATE;

-- PartnerAdminRepository.lockSiteVersion
-- a répondu : Cannot read properties of undefined (reading 'version')
SELECT version FROM partner_site WHERE id = $1 FOR NO KEY UPDATE;

-- PartnerAdminRepository.organisationDuplicates
SELECT name, lower(name) = lower($1::text) AS same_name, coalesce(siret = $2::text, false) AS same_siret
         FROM partner_organisation
        WHERE (lower(name) = lower($1::text) OR siret = $2::text) AND ($3::uuid IS NULL OR id <> $3::uuid);

-- PartnerAdminRepository.organisations
SELECT "PartnerOrganisationEntity"."id" AS "PartnerOrganisationEntity_id", "PartnerOrganisationEntity"."created_at" AS "PartnerOrganisationEntity_created_at", "PartnerOrganisationEntity"."updated_at" AS "PartnerOrganisationEntity_updated_at", "PartnerOrganisationEntity"."name" AS "PartnerOrganisationEntity_name", "PartnerOrganisationEntity"."kind" AS "PartnerOrganisationEntity_kind", "PartnerOrganisationEntity"."siret" AS "PartnerOrganisationEntity_siret", "PartnerOrganisationEntity"."city" AS "PartnerOrganisationEntity_city" FROM "partner_organisation" "PartnerOrganisationEntity" ORDER BY "PartnerOrganisationEntity"."name" ASC, "PartnerOrganisationEntity"."id" ASC;

-- PartnerAdminRepository.reviewersByOrganisations
SELECT "u"."id" AS "u_id", "u"."created_at" AS "u_created_at", "u"."updated_at" AS "u_updated_at", "u"."email" AS "u_email", "u"."first_name" AS "u_first_name", "u"."last_name" AS "u_last_name", "u"."password_hash" AS "u_password_hash", "u"."must_change_password" AS "u_must_change_password", "u"."role" AS "u_role", "u"."structure_id" AS "u_structure_id", "u"."partner_organisation_id" AS "u_partner_organisation_id", "u"."active" AS "u_active", (SELECT max(a.attempted_at) FROM sign_in_attempt a WHERE a.email = "u"."email" AND a.succeeded) AS "last_signed_in_at" FROM "app_user" "u" WHERE "u"."role" = $1 AND "u"."partner_organisation_id" IN ($2) ORDER BY "u"."active" DESC, "u"."last_name" ASC, "u"."first_name" ASC, "u"."id" ASC;

-- PartnerAdminRepository.saveOrganisation
SELECT "PartnerOrganisationEntity"."id" AS "PartnerOrganisationEntity_id", "PartnerOrganisationEntity"."created_at" AS "PartnerOrganisationEntity_created_at", "PartnerOrganisationEntity"."updated_at" AS "PartnerOrganisationEntity_updated_at", "PartnerOrganisationEntity"."name" AS "PartnerOrganisationEntity_name", "PartnerOrganisationEntity"."kind" AS "PartnerOrganisationEntity_kind", "PartnerOrganisationEntity"."siret" AS "PartnerOrganisationEntity_siret", "PartnerOrganisationEntity"."city" AS "PartnerOrganisationEntity_city" FROM "partner_organisation" "PartnerOrganisationEntity" WHERE "PartnerOrganisationEntity"."id" = $1;

INSERT INTO "partner_organisation"("id", "created_at", "updated_at", "name", "kind", "siret", "city") VALUES ($1, DEFAULT, DEFAULT, $2, $3, $4, $5) RETURNING "id", "created_at", "updated_at";

SELECT "PartnerOrganisationEntity"."id" AS "PartnerOrganisationEntity_id", "PartnerOrganisationEntity"."created_at" AS "PartnerOrganisationEntity_created_at", "PartnerOrganisationEntity"."updated_at" AS "PartnerOrganisationEntity_updated_at", "PartnerOrganisationEntity"."name" AS "PartnerOrganisationEntity_name", "PartnerOrganisationEntity"."kind" AS "PartnerOrganisationEntity_kind", "PartnerOrganisationEntity"."siret" AS "PartnerOrganisationEntity_siret", "PartnerOrganisationEntity"."city" AS "PartnerOrganisationEntity_city" FROM "partner_organisation" "PartnerOrganisationEntity" WHERE (("PartnerOrganisationEntity"."id" = $1)) LIMIT 1;

-- PartnerAdminRepository.saveSite
-- a répondu : insert or update on table "partner_site" violates a foreign key constraint
SELECT "PartnerSiteEntity"."id" AS "PartnerSiteEntity_id", "PartnerSiteEntity"."created_at" AS "PartnerSiteEntity_created_at", "PartnerSiteEntity"."updated_at" AS "PartnerSiteEntity_updated_at", "PartnerSiteEntity"."partner_organisation_id" AS "PartnerSiteEntity_partner_organisation_id", "PartnerSiteEntity"."name" AS "PartnerSiteEntity_name", "PartnerSiteEntity"."address_line" AS "PartnerSiteEntity_address_line", "PartnerSiteEntity"."postal_code" AS "PartnerSiteEntity_postal_code", "PartnerSiteEntity"."city" AS "PartnerSiteEntity_city", "PartnerSiteEntity"."latitude" AS "PartnerSiteEntity_latitude", "PartnerSiteEntity"."longitude" AS "PartnerSiteEntity_longitude", "PartnerSiteEntity"."version" AS "PartnerSiteEntity_version" FROM "partner_site" "PartnerSiteEntity" WHERE "PartnerSiteEntity"."id" = $1;

INSERT INTO "partner_site"("id", "created_at", "updated_at", "partner_organisation_id", "name", "address_line", "postal_code", "city", "latitude", "longitude", "version") VALUES ($1, DEFAULT, DEFAULT, $2, $3, $4, $5, $6, DEFAULT, DEFAULT, $7) RETURNING "id", "created_at", "updated_at", "version";

-- PartnerAdminRepository.siteDuplicate
SELECT name FROM partner_site
        WHERE partner_organisation_id = $1 AND lower(name) = lower($2::text) AND ($3::uuid IS NULL OR id <> $3::uuid);

-- PartnerAdminRepository.updateUser
UPDATE "app_user" SET "active" = $1, "updated_at" = CURRENT_TIMESTAMP WHERE "id" = $2;
