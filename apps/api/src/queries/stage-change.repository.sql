-- Requêtes de modules/stages/stage-change.repository.ts (généré : npm run sql:snapshots)

-- StageChangeRepository.evidenceByPersons
SELECT p.id,
            coalesce((SELECT d.outcome = $4 FROM admission_decision d
                       WHERE d.structure_id = p.structure_id AND d.person_id = p.id
                       ORDER BY d.decided_on DESC, d.created_at DESC LIMIT 1), false) AS admitted,
            EXISTS (SELECT 1 FROM employment_contract c WHERE c.structure_id = p.structure_id AND c.person_id = p.id) AS employment_contract,
            (p.target_certification_id IS NOT NULL AND EXISTS (
               SELECT 1 FROM tutoring t WHERE t.structure_id = p.structure_id AND t.person_id = p.id
                  AND t.start_date <= $3::date AND (t.end_date IS NULL OR t.end_date >= $3::date))) AS training_plan_with_tutor,
            p.target_certification_id IS NOT NULL AS certification_target,
            EXISTS (SELECT 1 FROM exam_session s WHERE s.structure_id = p.structure_id AND s.person_id = p.id
                       AND s.certification_id = p.target_certification_id) AS exam_session_or_result,
            EXISTS (SELECT 1 FROM pathway_exit x WHERE x.structure_id = p.structure_id AND x.person_id = p.id) AS exit_recorded
       FROM person p
      WHERE p.structure_id = $1 AND p.id = ANY($2::uuid[]);

-- StageChangeRepository.historyByPersons
SELECT "StageTransitionEntity"."id" AS "StageTransitionEntity_id", "StageTransitionEntity"."created_at" AS "StageTransitionEntity_created_at", "StageTransitionEntity"."updated_at" AS "StageTransitionEntity_updated_at", "StageTransitionEntity"."structure_id" AS "StageTransitionEntity_structure_id", "StageTransitionEntity"."person_id" AS "StageTransitionEntity_person_id", "StageTransitionEntity"."created_by_id" AS "StageTransitionEntity_created_by_id", "StageTransitionEntity"."from_stage" AS "StageTransitionEntity_from_stage", "StageTransitionEntity"."to_stage" AS "StageTransitionEntity_to_stage", "StageTransitionEntity"."effective_on" AS "StageTransitionEntity_effective_on", "StageTransitionEntity"."reason" AS "StageTransitionEntity_reason", "StageTransitionEntity"."override_reason" AS "StageTransitionEntity_override_reason", "StageTransitionEntity"."missing_evidence" AS "StageTransitionEntity_missing_evidence" FROM "stage_transition" "StageTransitionEntity" WHERE (("StageTransitionEntity"."structure_id" = $1) AND ("StageTransitionEntity"."person_id" = ANY(CAST($2 AS uuid[])))) ORDER BY "StageTransitionEntity"."effective_on" DESC, "StageTransitionEntity"."created_at" DESC;

-- StageChangeRepository.insertTransition
-- a répondu : insert or update on table "stage_transition" violates a foreign key constraint
INSERT INTO "stage_transition"("id", "created_at", "updated_at", "structure_id", "person_id", "created_by_id", "from_stage", "to_stage", "effective_on", "reason", "override_reason", "missing_evidence") VALUES (DEFAULT, DEFAULT, DEFAULT, $1, $2, $3, $4, $5, $6, $7, $8, $9) RETURNING "id", "created_at", "updated_at", "missing_evidence";

-- StageChangeRepository.lastChangeOn
SELECT max(effective_on)::text AS last FROM stage_transition WHERE structure_id = $1 AND person_id = $2;

-- StageChangeRepository.person
-- a répondu : Could not find any entity of type "PersonEntity" matching: {
SELECT "PersonEntity"."id" AS "PersonEntity_id", "PersonEntity"."created_at" AS "PersonEntity_created_at", "PersonEntity"."updated_at" AS "PersonEntity_updated_at", "PersonEntity"."structure_id" AS "PersonEntity_structure_id", "PersonEntity"."first_name" AS "PersonEntity_first_name", "PersonEntity"."last_name" AS "PersonEntity_last_name", "PersonEntity"."birth_date" AS "PersonEntity_birth_date", "PersonEntity"."sex" AS "PersonEntity_sex", "PersonEntity"."email" AS "PersonEntity_email", "PersonEntity"."phone" AS "PersonEntity_phone", "PersonEntity"."address_line" AS "PersonEntity_address_line", "PersonEntity"."postal_code" AS "PersonEntity_postal_code", "PersonEntity"."city" AS "PersonEntity_city", "PersonEntity"."latitude" AS "PersonEntity_latitude", "PersonEntity"."longitude" AS "PersonEntity_longitude", "PersonEntity"."counsellor_id" AS "PersonEntity_counsellor_id", "PersonEntity"."stage" AS "PersonEntity_stage", "PersonEntity"."information_given_on" AS "PersonEntity_information_given_on", "PersonEntity"."consent_given_on" AS "PersonEntity_consent_given_on", "PersonEntity"."target_certification_id" AS "PersonEntity_target_certification_id", "PersonEntity"."sort_key" AS "PersonEntity_sort_key", "PersonEntity"."version" AS "PersonEntity_version" FROM "person" "PersonEntity" WHERE (("PersonEntity"."id" = $1) AND ("PersonEntity"."structure_id" = $2)) LIMIT 1;

-- StageChangeRepository.setStage
UPDATE "person" SET "stage" = $1, "version" = "version" + 1, "updated_at" = CURRENT_TIMESTAMP WHERE "id" = $2 AND "structure_id" = $3 AND "version" = $4;
