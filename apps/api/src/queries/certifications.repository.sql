-- Requêtes de modules/certifications/certifications.repository.ts (généré : npm run sql:snapshots)

-- CertificationsRepository.blocksOf
SELECT "CertificationBlockEntity"."id" AS "CertificationBlockEntity_id", "CertificationBlockEntity"."created_at" AS "CertificationBlockEntity_created_at", "CertificationBlockEntity"."updated_at" AS "CertificationBlockEntity_updated_at", "CertificationBlockEntity"."certification_id" AS "CertificationBlockEntity_certification_id", "CertificationBlockEntity"."code" AS "CertificationBlockEntity_code", "CertificationBlockEntity"."title" AS "CertificationBlockEntity_title", "CertificationBlockEntity"."position" AS "CertificationBlockEntity_position" FROM "certification_block" "CertificationBlockEntity" WHERE (("CertificationBlockEntity"."certification_id" IN ($1))) ORDER BY "CertificationBlockEntity"."certification_id" ASC, "CertificationBlockEntity"."position" ASC;

-- CertificationsRepository.byIds
SELECT "CertificationEntity"."id" AS "CertificationEntity_id", "CertificationEntity"."created_at" AS "CertificationEntity_created_at", "CertificationEntity"."updated_at" AS "CertificationEntity_updated_at", "CertificationEntity"."title" AS "CertificationEntity_title", "CertificationEntity"."rncp_code" AS "CertificationEntity_rncp_code", "CertificationEntity"."level" AS "CertificationEntity_level", "CertificationEntity"."certifier" AS "CertificationEntity_certifier", "CertificationEntity"."active" AS "CertificationEntity_active" FROM "certification" "CertificationEntity" WHERE (("CertificationEntity"."id" IN ($1)));

-- CertificationsRepository.isActive
SELECT 1 AS "row_exists" FROM (SELECT 1 AS dummy_column) "dummy_table" WHERE EXISTS (SELECT 1 FROM "certification" "CertificationEntity" WHERE (("CertificationEntity"."id" = $1) AND ("CertificationEntity"."active" = $2))) LIMIT 1;

-- CertificationsRepository.listActive
SELECT "CertificationEntity"."id" AS "CertificationEntity_id", "CertificationEntity"."created_at" AS "CertificationEntity_created_at", "CertificationEntity"."updated_at" AS "CertificationEntity_updated_at", "CertificationEntity"."title" AS "CertificationEntity_title", "CertificationEntity"."rncp_code" AS "CertificationEntity_rncp_code", "CertificationEntity"."level" AS "CertificationEntity_level", "CertificationEntity"."certifier" AS "CertificationEntity_certifier", "CertificationEntity"."active" AS "CertificationEntity_active" FROM "certification" "CertificationEntity" WHERE (("CertificationEntity"."active" = $1)) ORDER BY "CertificationEntity"."title" ASC, "CertificationEntity"."id" ASC;

-- CertificationsRepository.setTarget
UPDATE "person" SET "target_certification_id" = $1, "version" = "version" + 1, "updated_at" = CURRENT_TIMESTAMP WHERE "id" = $2 AND "structure_id" = $3;
