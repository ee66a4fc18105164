-- Requêtes de modules/outcomes/exam-sessions.repository.ts (généré : npm run sql:snapshots)

-- ExamSessionsRepository.blockResults
SELECT r.block_id, count(*)::int AS n,
              (array_agg(r.result ORDER BY s.session_date DESC, s.created_at DESC))[1] AS result,
              (array_agg(s.session_date::text ORDER BY s.session_date DESC, s.created_at DESC))[1] AS session_date
         FROM exam_result r
         JOIN exam_session s ON s.id = r.exam_session_id AND s.structure_id = r.structure_id
        WHERE r.structure_id = $1 AND s.person_id = $2 AND r.block_id = ANY($3::uuid[])
        GROUP BY r.block_id;

-- ExamSessionsRepository.blocksOf
SELECT "CertificationBlockEntity"."id" AS "CertificationBlockEntity_id", "CertificationBlockEntity"."created_at" AS "CertificationBlockEntity_created_at", "CertificationBlockEntity"."updated_at" AS "CertificationBlockEntity_updated_at", "CertificationBlockEntity"."certification_id" AS "CertificationBlockEntity_certification_id", "CertificationBlockEntity"."code" AS "CertificationBlockEntity_code", "CertificationBlockEntity"."title" AS "CertificationBlockEntity_title", "CertificationBlockEntity"."position" AS "CertificationBlockEntity_position" FROM "certification_block" "CertificationBlockEntity" WHERE (("CertificationBlockEntity"."certification_id" = $1));

-- ExamSessionsRepository.blocksWithCertification
SELECT "CertificationBlockEntity"."id" AS "CertificationBlockEntity_id", "CertificationBlockEntity"."created_at" AS "CertificationBlockEntity_created_at", "CertificationBlockEntity"."updated_at" AS "CertificationBlockEntity_updated_at", "CertificationBlockEntity"."certification_id" AS "CertificationBlockEntity_certification_id", "CertificationBlockEntity"."code" AS "CertificationBlockEntity_code", "CertificationBlockEntity"."title" AS "CertificationBlockEntity_title", "CertificationBlockEntity"."position" AS "CertificationBlockEntity_position", "3f88a4c08300466ef30a29dc6b654bdde6363b4d"."id" AS "3f88a4c08300466ef30a29dc6b654bdde6363b4d_id", "3f88a4c08300466ef30a29dc6b654bdde6363b4d"."created_at" AS "3f88a4c08300466ef30a29dc6b654bdde6363b4d_created_at", "3f88a4c08300466ef30a29dc6b654bdde6363b4d"."updated_at" AS "3f88a4c08300466ef30a29dc6b654bdde6363b4d_updated_at", "3f88a4c08300466ef30a29dc6b654bdde6363b4d"."title" AS "3f88a4c08300466ef30a29dc6b654bdde6363b4d_title", "3f88a4c08300466ef30a29dc6b654bdde6363b4d"."rncp_code" AS "3f88a4c08300466ef30a29dc6b654bdde6363b4d_rncp_code", "3f88a4c08300466ef30a29dc6b654bdde6363b4d"."level" AS "3f88a4c08300466ef30a29dc6b654bdde6363b4d_level", "3f88a4c08300466ef30a29dc6b654bdde6363b4d"."certifier" AS "3f88a4c08300466ef30a29dc6b654bdde6363b4d_certifier", "3f88a4c08300466ef30a29dc6b654bdde6363b4d"."active" AS "3f88a4c08300466ef30a29dc6b654bdde6363b4d_active" FROM "certification_block" "CertificationBlockEntity" LEFT JOIN "certification" "3f88a4c08300466ef30a29dc6b654bdde6363b4d" ON "3f88a4c08300466ef30a29dc6b654bdde6363b4d"."id"="CertificationBlockEntity"."certification_id" WHERE (("CertificationBlockEntity"."id" IN ($1)));

-- ExamSessionsRepository.certificationsWithBlockCount
SELECT "c"."id" AS "c_id", "c"."created_at" AS "c_created_at", "c"."updated_at" AS "c_updated_at", "c"."title" AS "c_title", "c"."rncp_code" AS "c_rncp_code", "c"."level" AS "c_level", "c"."certifier" AS "c_certifier", "c"."active" AS "c_active", (SELECT count(*)::int FROM certification_block b WHERE b.certification_id = "c"."id") AS "block_count" FROM "certification" "c" WHERE "c"."id" IN ($1);

-- ExamSessionsRepository.createSession
-- a répondu : insert or update on table "exam_session" violates a foreign key constraint
INSERT INTO "exam_session"("id", "created_at", "updated_at", "structure_id", "person_id", "created_by_id", "certification_id", "session_date", "centre") VALUES (DEFAULT, DEFAULT, DEFAULT, $1, $2, $3, $4, $5, $6) RETURNING "id", "created_at", "updated_at";

-- ExamSessionsRepository.findCertification
SELECT "CertificationEntity"."id" AS "CertificationEntity_id", "CertificationEntity"."created_at" AS "CertificationEntity_created_at", "CertificationEntity"."updated_at" AS "CertificationEntity_updated_at", "CertificationEntity"."title" AS "CertificationEntity_title", "CertificationEntity"."rncp_code" AS "CertificationEntity_rncp_code", "CertificationEntity"."level" AS "CertificationEntity_level", "CertificationEntity"."certifier" AS "CertificationEntity_certifier", "CertificationEntity"."active" AS "CertificationEntity_active" FROM "certification" "CertificationEntity" WHERE (("CertificationEntity"."id" = $1)) LIMIT 1;

-- ExamSessionsRepository.insertResults
-- a répondu : insert or update on table "exam_result" violates a foreign key constraint
INSERT INTO "exam_result"("id", "created_at", "updated_at", "structure_id", "exam_session_id", "block_id", "result") VALUES (DEFAULT, DEFAULT, DEFAULT, $1, $2, $3, $4) RETURNING "id", "created_at", "updated_at";

-- ExamSessionsRepository.resultsOfSessions
SELECT r.exam_session_id AS session_id, r.block_id, b.code, b.title, b.position, r.result
         FROM exam_result r JOIN certification_block b ON b.id = r.block_id
        WHERE r.structure_id = $1 AND r.exam_session_id = ANY($2::uuid[])
        ORDER BY b.position, b.code;

-- ExamSessionsRepository.sessionsByPersons
SELECT "ExamSessionEntity"."id" AS "ExamSessionEntity_id", "ExamSessionEntity"."created_at" AS "ExamSessionEntity_created_at", "ExamSessionEntity"."updated_at" AS "ExamSessionEntity_updated_at", "ExamSessionEntity"."structure_id" AS "ExamSessionEntity_structure_id", "ExamSessionEntity"."person_id" AS "ExamSessionEntity_person_id", "ExamSessionEntity"."created_by_id" AS "ExamSessionEntity_created_by_id", "ExamSessionEntity"."certification_id" AS "ExamSessionEntity_certification_id", "ExamSessionEntity"."session_date" AS "ExamSessionEntity_session_date", "ExamSessionEntity"."centre" AS "ExamSessionEntity_centre" FROM "exam_session" "ExamSessionEntity" WHERE (("ExamSessionEntity"."structure_id" = $1) AND ("ExamSessionEntity"."person_id" = ANY(CAST($2 AS uuid[])))) ORDER BY "ExamSessionEntity"."session_date" DESC, "ExamSessionEntity"."created_at" DESC;

-- ExamSessionsRepository.targetResults
SELECT p.id AS person_id,
              (SELECT count(*)::int FROM certification_block b WHERE b.certification_id = p.target_certification_id) AS block_count,
              r.block_id, r.result
         FROM person p
         JOIN exam_session s ON s.structure_id = p.structure_id AND s.person_id = p.id AND s.certification_id = p.target_certification_id
         JOIN exam_result r ON r.exam_session_id = s.id AND r.structure_id = s.structure_id
        WHERE p.structure_id = $1 AND p.id = ANY($2::uuid[])
        ORDER BY s.session_date, s.created_at;
