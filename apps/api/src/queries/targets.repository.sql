-- Requêtes de modules/reports/targets.repository.ts (généré : npm run sql:snapshots)

-- TargetsRepository.get
-- a répondu : Could not find any entity of type "StructureTargetEntity" matching: {
SELECT "StructureTargetEntity"."id" AS "StructureTargetEntity_id", "StructureTargetEntity"."created_at" AS "StructureTargetEntity_created_at", "StructureTargetEntity"."updated_at" AS "StructureTargetEntity_updated_at", "StructureTargetEntity"."structure_id" AS "StructureTargetEntity_structure_id", "StructureTargetEntity"."year" AS "StructureTargetEntity_year", "StructureTargetEntity"."dynamic_exit_rate_bp" AS "StructureTargetEntity_dynamic_exit_rate_bp", "StructureTargetEntity"."durable_employment_rate_bp" AS "StructureTargetEntity_durable_employment_rate_bp", "StructureTargetEntity"."created_by_id" AS "StructureTargetEntity_created_by_id", "StructureTargetEntity"."version" AS "StructureTargetEntity_version" FROM "structure_target" "StructureTargetEntity" WHERE (("StructureTargetEntity"."id" = $1)) LIMIT 1;

-- TargetsRepository.insertIfMissing
-- a répondu : insert or update on table "structure_target" violates a foreign key constraint
INSERT INTO structure_target (structure_id, year, dynamic_exit_rate_bp, durable_employment_rate_bp, created_by_id)
         VALUES ($1, $2, $3, $4, $5)
         ON CONFLICT ON CONSTRAINT "UQ_structure_target_year" DO NOTHING;

-- TargetsRepository.list
SELECT "StructureTargetEntity"."id" AS "StructureTargetEntity_id", "StructureTargetEntity"."created_at" AS "StructureTargetEntity_created_at", "StructureTargetEntity"."updated_at" AS "StructureTargetEntity_updated_at", "StructureTargetEntity"."structure_id" AS "StructureTargetEntity_structure_id", "StructureTargetEntity"."year" AS "StructureTargetEntity_year", "StructureTargetEntity"."dynamic_exit_rate_bp" AS "StructureTargetEntity_dynamic_exit_rate_bp", "StructureTargetEntity"."durable_employment_rate_bp" AS "StructureTargetEntity_durable_employment_rate_bp", "StructureTargetEntity"."created_by_id" AS "StructureTargetEntity_created_by_id", "StructureTargetEntity"."version" AS "StructureTargetEntity_version" FROM "structure_target" "StructureTargetEntity" WHERE (("StructureTargetEntity"."structure_id" = $1)) ORDER BY "StructureTargetEntity"."year" DESC;

-- TargetsRepository.lockYear
-- a répondu : Could not find any entity of type "StructureTargetEntity" matching: {
SELECT "t"."id" AS "t_id", "t"."created_at" AS "t_created_at", "t"."updated_at" AS "t_updated_at", "t"."structure_id" AS "t_structure_id", "t"."year" AS "t_year", "t"."dynamic_exit_rate_bp" AS "t_dynamic_exit_rate_bp", "t"."durable_employment_rate_bp" AS "t_durable_employment_rate_bp", "t"."created_by_id" AS "t_created_by_id", "t"."version" AS "t_version" FROM "structure_target" "t" WHERE "t"."structure_id" = $1 AND "t"."year" = $2 FOR UPDATE;

-- TargetsRepository.save
-- a répondu : insert or update on table "structure_target" violates a foreign key constraint
SELECT "StructureTargetEntity"."id" AS "StructureTargetEntity_id", "StructureTargetEntity"."created_at" AS "StructureTargetEntity_created_at", "StructureTargetEntity"."updated_at" AS "StructureTargetEntity_updated_at", "StructureTargetEntity"."structure_id" AS "StructureTargetEntity_structure_id", "StructureTargetEntity"."year" AS "StructureTargetEntity_year", "StructureTargetEntity"."dynamic_exit_rate_bp" AS "StructureTargetEntity_dynamic_exit_rate_bp", "StructureTargetEntity"."durable_employment_rate_bp" AS "StructureTargetEntity_durable_employment_rate_bp", "StructureTargetEntity"."created_by_id" AS "StructureTargetEntity_created_by_id", "StructureTargetEntity"."version" AS "StructureTargetEntity_version" FROM "structure_target" "StructureTargetEntity" WHERE "StructureTargetEntity"."id" = $1;

INSERT INTO "structure_target"("id", "created_at", "updated_at", "structure_id", "year", "dynamic_exit_rate_bp", "durable_employment_rate_bp", "created_by_id", "version") VALUES ($1, DEFAULT, DEFAULT, $2, $3, $4, $5, $6, $7) RETURNING "id", "created_at", "updated_at", "version";
