-- Requêtes de modules/activities/skills.repository.ts (généré : npm run sql:snapshots)

-- SkillsRepository.blocksOfPersons
SELECT p.id AS person_id, b.id, b.code, b.title, b.position
         FROM person p JOIN certification_block b ON b.certification_id = p.target_certification_id
        WHERE p.structure_id = $1 AND p.id = ANY($2::uuid[])
        ORDER BY b.position;

-- SkillsRepository.createEvaluation
-- a répondu : insert or update on table "skills_evaluation" violates a foreign key constraint
INSERT INTO "skills_evaluation"("id", "created_at", "updated_at", "structure_id", "person_id", "created_by_id", "block_id", "level", "evaluated_on", "evaluator_name", "comment", "client_id") VALUES (DEFAULT, DEFAULT, DEFAULT, $1, $2, $3, $4, $5, $6, $7, $8, $9) RETURNING "id", "created_at", "updated_at";

-- SkillsRepository.evaluationsByPersons
SELECT "SkillsEvaluationEntity"."person_id" AS "SkillsEvaluationEntity_person_id", "SkillsEvaluationEntity"."block_id" AS "SkillsEvaluationEntity_block_id", "SkillsEvaluationEntity"."level" AS "SkillsEvaluationEntity_level", "SkillsEvaluationEntity"."evaluated_on" AS "SkillsEvaluationEntity_evaluated_on", "SkillsEvaluationEntity"."evaluator_name" AS "SkillsEvaluationEntity_evaluator_name", "SkillsEvaluationEntity"."id" AS "SkillsEvaluationEntity_id" FROM "skills_evaluation" "SkillsEvaluationEntity" WHERE (("SkillsEvaluationEntity"."structure_id" = $1) AND ("SkillsEvaluationEntity"."person_id" = ANY(CAST($2 AS uuid[])))) ORDER BY "SkillsEvaluationEntity_evaluated_on" ASC, "SkillsEvaluationEntity"."created_at" ASC;

-- SkillsRepository.findBlock
SELECT "CertificationBlockEntity"."id" AS "CertificationBlockEntity_id", "CertificationBlockEntity"."created_at" AS "CertificationBlockEntity_created_at", "CertificationBlockEntity"."updated_at" AS "CertificationBlockEntity_updated_at", "CertificationBlockEntity"."certification_id" AS "CertificationBlockEntity_certification_id", "CertificationBlockEntity"."code" AS "CertificationBlockEntity_code", "CertificationBlockEntity"."title" AS "CertificationBlockEntity_title", "CertificationBlockEntity"."position" AS "CertificationBlockEntity_position" FROM "certification_block" "CertificationBlockEntity" WHERE (("CertificationBlockEntity"."id" = $1)) LIMIT 1;

-- SkillsRepository.findByClientId
SELECT "SkillsEvaluationEntity"."id" AS "SkillsEvaluationEntity_id", "SkillsEvaluationEntity"."created_at" AS "SkillsEvaluationEntity_created_at", "SkillsEvaluationEntity"."updated_at" AS "SkillsEvaluationEntity_updated_at", "SkillsEvaluationEntity"."structure_id" AS "SkillsEvaluationEntity_structure_id", "SkillsEvaluationEntity"."person_id" AS "SkillsEvaluationEntity_person_id", "SkillsEvaluationEntity"."created_by_id" AS "SkillsEvaluationEntity_created_by_id", "SkillsEvaluationEntity"."block_id" AS "SkillsEvaluationEntity_block_id", "SkillsEvaluationEntity"."level" AS "SkillsEvaluationEntity_level", "SkillsEvaluationEntity"."evaluated_on" AS "SkillsEvaluationEntity_evaluated_on", "SkillsEvaluationEntity"."evaluator_name" AS "SkillsEvaluationEntity_evaluator_name", "SkillsEvaluationEntity"."comment" AS "SkillsEvaluationEntity_comment", "SkillsEvaluationEntity"."client_id" AS "SkillsEvaluationEntity_client_id" FROM "skills_evaluation" "SkillsEvaluationEntity" WHERE (("SkillsEvaluationEntity"."structure_id" = $1) AND ("SkillsEvaluationEntity"."client_id" = $2)) LIMIT 1;

-- SkillsRepository.findCertification
SELECT "CertificationEntity"."id" AS "CertificationEntity_id", "CertificationEntity"."created_at" AS "CertificationEntity_created_at", "CertificationEntity"."updated_at" AS "CertificationEntity_updated_at", "CertificationEntity"."title" AS "CertificationEntity_title", "CertificationEntity"."rncp_code" AS "CertificationEntity_rncp_code", "CertificationEntity"."level" AS "CertificationEntity_level", "CertificationEntity"."certifier" AS "CertificationEntity_certifier", "CertificationEntity"."active" AS "CertificationEntity_active" FROM "certification" "CertificationEntity" WHERE (("CertificationEntity"."id" = $1)) LIMIT 1;

-- SkillsRepository.latestEvaluation
SELECT e.level, e.evaluated_on::text AS evaluated_on, e.evaluator_name, count(*) OVER ()::int AS n
         FROM skills_evaluation e
        WHERE e.structure_id = $1 AND e.person_id = $2 AND e.block_id = $3
        ORDER BY e.evaluated_on DESC, e.created_at DESC
        LIMIT 1;
