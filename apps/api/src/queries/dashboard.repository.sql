-- Requêtes de modules/reports/dashboard.repository.ts (généré : npm run sql:snapshots)

-- DashboardRepository.partnershipName
SELECT o.name FROM partnership ps JOIN partner_organisation o ON o.id = ps.partner_organisation_id
          WHERE ps.id = $1 AND ps.structure_id = $2;

-- DashboardRepository.sharedTargetName
SELECT name || ' (objectif partagé)' AS name FROM partnership_group WHERE id = $1 AND structure_id = $2;

-- DashboardRepository.structureName
SELECT name FROM structure WHERE id = $1;

-- DashboardRepository.structures
SELECT "StructureEntity"."id" AS "StructureEntity_id", "StructureEntity"."created_at" AS "StructureEntity_created_at", "StructureEntity"."updated_at" AS "StructureEntity_updated_at", "StructureEntity"."name" AS "StructureEntity_name", "StructureEntity"."kind" AS "StructureEntity_kind", "StructureEntity"."siret" AS "StructureEntity_siret", "StructureEntity"."city" AS "StructureEntity_city", "StructureEntity"."password_sign_in_allowed" AS "StructureEntity_password_sign_in_allowed", "StructureEntity"."departement" AS "StructureEntity_departement", "StructureEntity"."convention_number" AS "StructureEntity_convention_number", "StructureEntity"."convention_starts_on" AS "StructureEntity_convention_starts_on", "StructureEntity"."convention_ends_on" AS "StructureEntity_convention_ends_on", "StructureEntity"."annex_number" AS "StructureEntity_annex_number", "StructureEntity"."annex_starts_on" AS "StructureEntity_annex_starts_on", "StructureEntity"."annex_ends_on" AS "StructureEntity_annex_ends_on", "StructureEntity"."hiring_target" AS "StructureEntity_hiring_target", "StructureEntity"."active" AS "StructureEntity_active" FROM "structure" "StructureEntity" WHERE (("StructureEntity"."id" = $1)) ORDER BY "StructureEntity"."name" ASC, "StructureEntity"."id" ASC;

-- DashboardRepository.structures (réseau)
SELECT "StructureEntity"."id" AS "StructureEntity_id", "StructureEntity"."created_at" AS "StructureEntity_created_at", "StructureEntity"."updated_at" AS "StructureEntity_updated_at", "StructureEntity"."name" AS "StructureEntity_name", "StructureEntity"."kind" AS "StructureEntity_kind", "StructureEntity"."siret" AS "StructureEntity_siret", "StructureEntity"."city" AS "StructureEntity_city", "StructureEntity"."password_sign_in_allowed" AS "StructureEntity_password_sign_in_allowed", "StructureEntity"."departement" AS "StructureEntity_departement", "StructureEntity"."convention_number" AS "StructureEntity_convention_number", "StructureEntity"."convention_starts_on" AS "StructureEntity_convention_starts_on", "StructureEntity"."convention_ends_on" AS "StructureEntity_convention_ends_on", "StructureEntity"."annex_number" AS "StructureEntity_annex_number", "StructureEntity"."annex_starts_on" AS "StructureEntity_annex_starts_on", "StructureEntity"."annex_ends_on" AS "StructureEntity_annex_ends_on", "StructureEntity"."hiring_target" AS "StructureEntity_hiring_target", "StructureEntity"."active" AS "StructureEntity_active" FROM "structure" "StructureEntity" ORDER BY "StructureEntity"."name" ASC, "StructureEntity"."id" ASC;
