-- Requêtes de modules/intake/eligibility.repository.ts (généré : npm run sql:snapshots)

-- EligibilityRepository.createDiagnosis
-- a répondu : insert or update on table "eligibility_diagnosis" violates a foreign key constraint
INSERT INTO "eligibility_diagnosis"("id", "created_at", "updated_at", "structure_id", "person_id", "created_by_id", "author", "author_name", "diagnosed_on", "valid_until") VALUES (DEFAULT, DEFAULT, DEFAULT, $1, $2, $3, $4, $5, $6, $7) RETURNING "id", "created_at", "updated_at";

-- EligibilityRepository.criteriaOf
SELECT "EligibilityCriterionEntity"."id" AS "EligibilityCriterionEntity_id", "EligibilityCriterionEntity"."created_at" AS "EligibilityCriterionEntity_created_at", "EligibilityCriterionEntity"."updated_at" AS "EligibilityCriterionEntity_updated_at", "EligibilityCriterionEntity"."structure_id" AS "EligibilityCriterionEntity_structure_id", "EligibilityCriterionEntity"."diagnosis_id" AS "EligibilityCriterionEntity_diagnosis_id", "EligibilityCriterionEntity"."code" AS "EligibilityCriterionEntity_code", "EligibilityCriterionEntity"."proof_reference" AS "EligibilityCriterionEntity_proof_reference", "EligibilityCriterionEntity"."proof_date" AS "EligibilityCriterionEntity_proof_date" FROM "eligibility_criterion" "EligibilityCriterionEntity" WHERE (("EligibilityCriterionEntity"."structure_id" = $1) AND ("EligibilityCriterionEntity"."diagnosis_id" IN ($2)));

-- EligibilityRepository.diagnosesByPersons
SELECT "EligibilityDiagnosisEntity"."id" AS "EligibilityDiagnosisEntity_id", "EligibilityDiagnosisEntity"."created_at" AS "EligibilityDiagnosisEntity_created_at", "EligibilityDiagnosisEntity"."updated_at" AS "EligibilityDiagnosisEntity_updated_at", "EligibilityDiagnosisEntity"."structure_id" AS "EligibilityDiagnosisEntity_structure_id", "EligibilityDiagnosisEntity"."person_id" AS "EligibilityDiagnosisEntity_person_id", "EligibilityDiagnosisEntity"."created_by_id" AS "EligibilityDiagnosisEntity_created_by_id", "EligibilityDiagnosisEntity"."author" AS "EligibilityDiagnosisEntity_author", "EligibilityDiagnosisEntity"."author_name" AS "EligibilityDiagnosisEntity_author_name", "EligibilityDiagnosisEntity"."diagnosed_on" AS "EligibilityDiagnosisEntity_diagnosed_on", "EligibilityDiagnosisEntity"."valid_until" AS "EligibilityDiagnosisEntity_valid_until" FROM "eligibility_diagnosis" "EligibilityDiagnosisEntity" WHERE (("EligibilityDiagnosisEntity"."structure_id" = $1) AND ("EligibilityDiagnosisEntity"."person_id" = ANY(CAST($2 AS uuid[])))) ORDER BY "EligibilityDiagnosisEntity"."diagnosed_on" DESC, "EligibilityDiagnosisEntity"."created_at" DESC, "EligibilityDiagnosisEntity"."id" ASC;

-- EligibilityRepository.hasValidDiagnosisBy
SELECT 1 AS "row_exists" FROM (SELECT 1 AS dummy_column) "dummy_table" WHERE EXISTS (SELECT 1 FROM "eligibility_diagnosis" "d" WHERE "d"."structure_id" = $1 AND "d"."person_id" = $2 AND "d"."author" = $3 AND "d"."diagnosed_on" <= $4 AND "d"."valid_until" >= $4) LIMIT 1;

-- EligibilityRepository.insertCriteria
-- a répondu : insert or update on table "eligibility_criterion" violates a foreign key constraint
INSERT INTO "eligibility_criterion"("id", "created_at", "updated_at", "structure_id", "diagnosis_id", "code", "proof_reference", "proof_date") VALUES (DEFAULT, DEFAULT, DEFAULT, $1, $2, $3, $4, $5) RETURNING "id", "created_at", "updated_at";
