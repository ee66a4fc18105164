-- Requêtes de modules/activities/tutoring.repository.ts (généré : npm run sql:snapshots)

-- TutoringRepository.activeTraineeCounts
SELECT tutor_id, count(*)::int AS n FROM tutoring
        WHERE structure_id = $1 AND tutor_id = ANY($2::uuid[]) AND (end_date IS NULL OR end_date >= $3::date)
        GROUP BY tutor_id;

-- TutoringRepository.createTutor
-- a répondu : insert or update on table "tutor" violates a foreign key constraint
INSERT INTO "tutor"("id", "created_at", "updated_at", "structure_id", "side", "first_name", "last_name", "job_title", "partner_organisation_id") VALUES (DEFAULT, DEFAULT, DEFAULT, $1, $2, $3, $4, $5, $6) RETURNING "id", "created_at", "updated_at";

-- TutoringRepository.createTutoring
-- a répondu : insert or update on table "tutoring" violates a foreign key constraint
INSERT INTO "tutoring"("id", "created_at", "updated_at", "structure_id", "person_id", "created_by_id", "tutor_id", "start_date", "end_date") VALUES (DEFAULT, DEFAULT, DEFAULT, $1, $2, $3, $4, $5, $6) RETURNING "id", "created_at", "updated_at";

-- TutoringRepository.lockTutor
SELECT "t"."id" AS "t_id", "t"."created_at" AS "t_created_at", "t"."updated_at" AS "t_updated_at", "t"."structure_id" AS "t_structure_id", "t"."side" AS "t_side", "t"."first_name" AS "t_first_name", "t"."last_name" AS "t_last_name", "t"."job_title" AS "t_job_title", "t"."partner_organisation_id" AS "t_partner_organisation_id" FROM "tutor" "t" WHERE "t"."id" = $1 AND "t"."structure_id" = $2 FOR UPDATE;

-- TutoringRepository.lockTutoring
SELECT "tg"."id" AS "tg_id", "tg"."created_at" AS "tg_created_at", "tg"."updated_at" AS "tg_updated_at", "tg"."structure_id" AS "tg_structure_id", "tg"."person_id" AS "tg_person_id", "tg"."created_by_id" AS "tg_created_by_id", "tg"."tutor_id" AS "tg_tutor_id", "tg"."start_date" AS "tg_start_date", "tg"."end_date" AS "tg_end_date" FROM "tutoring" "tg" WHERE "tg"."id" = $1 AND "tg"."structure_id" = $2 FOR UPDATE;

-- TutoringRepository.periodsOfTutor
SELECT "TutoringEntity"."start_date" AS "TutoringEntity_start_date", "TutoringEntity"."end_date" AS "TutoringEntity_end_date", "TutoringEntity"."id" AS "TutoringEntity_id" FROM "tutoring" "TutoringEntity" WHERE (("TutoringEntity"."tutor_id" = $1));

-- TutoringRepository.runningOnSide
SELECT "tg"."id" AS "tg_id", "tg"."created_at" AS "tg_created_at", "tg"."updated_at" AS "tg_updated_at", "tg"."structure_id" AS "tg_structure_id", "tg"."person_id" AS "tg_person_id", "tg"."created_by_id" AS "tg_created_by_id", "tg"."tutor_id" AS "tg_tutor_id", "tg"."start_date" AS "tg_start_date", "tg"."end_date" AS "tg_end_date", "t"."id" AS "t_id", "t"."created_at" AS "t_created_at", "t"."updated_at" AS "t_updated_at", "t"."structure_id" AS "t_structure_id", "t"."side" AS "t_side", "t"."first_name" AS "t_first_name", "t"."last_name" AS "t_last_name", "t"."job_title" AS "t_job_title", "t"."partner_organisation_id" AS "t_partner_organisation_id" FROM "tutoring" "tg" INNER JOIN "tutor" "t" ON "t"."id"="tg"."tutor_id" AND "t"."structure_id"="tg"."structure_id" WHERE "tg"."structure_id" = $1 AND "tg"."person_id" = $2 AND "t"."side" = $3 AND ("tg"."end_date" IS NULL OR "tg"."end_date" >= $4) ORDER BY "tg"."start_date" ASC;

-- TutoringRepository.saveTutoring
-- a répondu : null value in column "structure_id" of relation "tutoring" violates not-null constraint
SELECT "TutoringEntity"."id" AS "TutoringEntity_id", "TutoringEntity"."created_at" AS "TutoringEntity_created_at", "TutoringEntity"."updated_at" AS "TutoringEntity_updated_at", "TutoringEntity"."structure_id" AS "TutoringEntity_structure_id", "TutoringEntity"."person_id" AS "TutoringEntity_person_id", "TutoringEntity"."created_by_id" AS "TutoringEntity_created_by_id", "TutoringEntity"."tutor_id" AS "TutoringEntity_tutor_id", "TutoringEntity"."start_date" AS "TutoringEntity_start_date", "TutoringEntity"."end_date" AS "TutoringEntity_end_date" FROM "tutoring" "TutoringEntity" WHERE "TutoringEntity"."id" = $1;

INSERT INTO "tutoring"("id", "created_at", "updated_at", "structure_id", "person_id", "created_by_id", "tutor_id", "start_date", "end_date") VALUES ($1, DEFAULT, DEFAULT, DEFAULT, DEFAULT, DEFAULT, DEFAULT, DEFAULT, $2) RETURNING "id", "created_at", "updated_at";

-- TutoringRepository.tutoringsByPersons
SELECT "TutoringEntity"."id" AS "TutoringEntity_id", "TutoringEntity"."created_at" AS "TutoringEntity_created_at", "TutoringEntity"."updated_at" AS "TutoringEntity_updated_at", "TutoringEntity"."structure_id" AS "TutoringEntity_structure_id", "TutoringEntity"."person_id" AS "TutoringEntity_person_id", "TutoringEntity"."created_by_id" AS "TutoringEntity_created_by_id", "TutoringEntity"."tutor_id" AS "TutoringEntity_tutor_id", "TutoringEntity"."start_date" AS "TutoringEntity_start_date", "TutoringEntity"."end_date" AS "TutoringEntity_end_date" FROM "tutoring" "TutoringEntity" WHERE (("TutoringEntity"."structure_id" = $1) AND ("TutoringEntity"."person_id" = ANY(CAST($2 AS uuid[])))) ORDER BY "TutoringEntity"."start_date" DESC, "TutoringEntity"."created_at" DESC;

-- TutoringRepository.tutors
SELECT "TutorEntity"."id" AS "TutorEntity_id", "TutorEntity"."created_at" AS "TutorEntity_created_at", "TutorEntity"."updated_at" AS "TutorEntity_updated_at", "TutorEntity"."structure_id" AS "TutorEntity_structure_id", "TutorEntity"."side" AS "TutorEntity_side", "TutorEntity"."first_name" AS "TutorEntity_first_name", "TutorEntity"."last_name" AS "TutorEntity_last_name", "TutorEntity"."job_title" AS "TutorEntity_job_title", "TutorEntity"."partner_organisation_id" AS "TutorEntity_partner_organisation_id" FROM "tutor" "TutorEntity" WHERE (("TutorEntity"."structure_id" = $1)) ORDER BY "TutorEntity"."last_name" ASC, "TutorEntity"."first_name" ASC, "TutorEntity"."id" ASC;

-- TutoringRepository.tutorsByIds
SELECT "TutorEntity"."id" AS "TutorEntity_id", "TutorEntity"."created_at" AS "TutorEntity_created_at", "TutorEntity"."updated_at" AS "TutorEntity_updated_at", "TutorEntity"."structure_id" AS "TutorEntity_structure_id", "TutorEntity"."side" AS "TutorEntity_side", "TutorEntity"."first_name" AS "TutorEntity_first_name", "TutorEntity"."last_name" AS "TutorEntity_last_name", "TutorEntity"."job_title" AS "TutorEntity_job_title", "TutorEntity"."partner_organisation_id" AS "TutorEntity_partner_organisation_id" FROM "tutor" "TutorEntity" WHERE (("TutorEntity"."structure_id" = $1) AND ("TutorEntity"."id" IN ($2)));
