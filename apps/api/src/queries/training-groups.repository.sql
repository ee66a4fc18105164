-- Requêtes de modules/activities/training-groups.repository.ts (généré : npm run sql:snapshots)

-- TrainingGroupsRepository.byIds
SELECT "g"."id" AS "g_id", "g"."created_at" AS "g_created_at", "g"."updated_at" AS "g_updated_at", "g"."structure_id" AS "g_structure_id", "g"."name" AS "g_name", "g"."starts_on" AS "g_starts_on", "g"."ends_on" AS "g_ends_on", "g"."created_by_id" AS "g_created_by_id", "g"."version" AS "g_version" FROM "training_group" "g" WHERE "g"."structure_id" = $1 AND EXISTS (SELECT 1 FROM training_group_supervisor gs WHERE gs.group_id = "g"."id" AND gs.structure_id = "g"."structure_id" AND gs.user_id = $2) AND "g"."id" = ANY($3);

-- TrainingGroupsRepository.changeMembers
-- a répondu : insert or update on table "training_group_member" violates a foreign key constraint
WITH removed AS (
         DELETE FROM training_group_member m
          WHERE m.structure_id = $1 AND m.group_id = $2 AND m.person_id = ANY($5::uuid[])
          RETURNING m.person_id),
       added AS (
         INSERT INTO training_group_member (structure_id, group_id, person_id, created_by_id)
         SELECT $1, $2, a.person_id, $3 FROM unnest($4::uuid[]) AS a(person_id)
         ON CONFLICT (group_id, person_id) DO NOTHING
         RETURNING person_id)
       SELECT ((SELECT count(*) FROM training_group_member m WHERE m.structure_id = $1 AND m.group_id = $2)
               - (SELECT count(*) FROM removed) + (SELECT count(*) FROM added))::int AS count;

-- TrainingGroupsRepository.insert
-- a répondu : insert or update on table "training_group" violates a foreign key constraint
INSERT INTO "training_group"("id", "created_at", "updated_at", "structure_id", "name", "starts_on", "ends_on", "created_by_id", "version") VALUES (DEFAULT, DEFAULT, DEFAULT, $1, $2, $3, $4, $5, 1) RETURNING "id", "created_at", "updated_at", "version";

-- TrainingGroupsRepository.insertSessions
-- a répondu : insert or update on table "collective_session" violates a foreign key constraint
INSERT INTO "collective_session"("id", "created_at", "updated_at", "structure_id", "kind", "title", "training_body", "session_date", "planned_minutes", "certification_block_id", "created_by_id", "group_id") VALUES (DEFAULT, DEFAULT, DEFAULT, $1, $2, $3, $4, $5, $6, $7, $8, $9) RETURNING "id", "created_at", "updated_at";

-- TrainingGroupsRepository.list
SELECT "g"."id" AS "g_id", "g"."created_at" AS "g_created_at", "g"."updated_at" AS "g_updated_at", "g"."structure_id" AS "g_structure_id", "g"."name" AS "g_name", "g"."starts_on" AS "g_starts_on", "g"."ends_on" AS "g_ends_on", "g"."created_by_id" AS "g_created_by_id", "g"."version" AS "g_version" FROM "training_group" "g" WHERE "g"."structure_id" = $1 AND EXISTS (SELECT 1 FROM training_group_supervisor gs WHERE gs.group_id = "g"."id" AND gs.structure_id = "g"."structure_id" AND gs.user_id = $2) ORDER BY "g"."starts_on" DESC, "g"."name" ASC, "g"."id" ASC;

-- TrainingGroupsRepository.lock
SELECT "g"."id" AS "g_id", "g"."created_at" AS "g_created_at", "g"."updated_at" AS "g_updated_at", "g"."structure_id" AS "g_structure_id", "g"."name" AS "g_name", "g"."starts_on" AS "g_starts_on", "g"."ends_on" AS "g_ends_on", "g"."created_by_id" AS "g_created_by_id", "g"."version" AS "g_version" FROM "training_group" "g" WHERE "g"."id" = $1 AND "g"."structure_id" = $2 FOR UPDATE;

-- TrainingGroupsRepository.lockSessions
SELECT "s"."id" AS "s_id", "s"."created_at" AS "s_created_at", "s"."updated_at" AS "s_updated_at", "s"."structure_id" AS "s_structure_id", "s"."kind" AS "s_kind", "s"."title" AS "s_title", "s"."training_body" AS "s_training_body", "s"."session_date" AS "s_session_date", "s"."planned_minutes" AS "s_planned_minutes", "s"."certification_block_id" AS "s_certification_block_id", "s"."created_by_id" AS "s_created_by_id", "s"."group_id" AS "s_group_id" FROM "collective_session" "s" WHERE "s"."structure_id" = $1 AND "s"."id" = ANY($2) AND EXISTS (SELECT 1 FROM training_group_supervisor gs WHERE gs.group_id = "s"."group_id" AND gs.structure_id = "s"."structure_id" AND gs.user_id = $3) ORDER BY "s"."id" ASC FOR UPDATE;

-- TrainingGroupsRepository.memberCountsByGroups
SELECT m.group_id, count(*)::int AS count FROM training_group_member m
        WHERE m.structure_id = $1 AND m.group_id = ANY($2::uuid[])
        GROUP BY m.group_id;

-- TrainingGroupsRepository.membersByGroups
SELECT m.group_id AS key, p.id, p.first_name AS "firstName", p.last_name AS "lastName"
         FROM training_group_member m
         JOIN person p ON p.id = m.person_id AND p.structure_id = m.structure_id
        WHERE m.structure_id = $1 AND m.group_id = ANY($2::uuid[])
        ORDER BY p.sort_key, p.id;

-- TrainingGroupsRepository.personsOfStructure
SELECT p.id FROM person p WHERE p.structure_id = $1 AND p.id = ANY($2::uuid[]);

-- TrainingGroupsRepository.rostersBySessions
WITH r AS (
         SELECT s.id AS session_id, m.person_id
           FROM collective_session s
           JOIN training_group_member m ON m.group_id = s.group_id AND m.structure_id = s.structure_id
          WHERE s.structure_id = $1 AND s.id = ANY($2::uuid[])
         UNION
         SELECT a.session_id, a.person_id
           FROM session_attendance a
          WHERE a.structure_id = $1 AND a.session_id = ANY($2::uuid[]))
       SELECT r.session_id AS key, p.id, p.first_name AS "firstName", p.last_name AS "lastName"
         FROM r JOIN person p ON p.id = r.person_id AND p.structure_id = $1
        ORDER BY p.sort_key, p.id;

-- TrainingGroupsRepository.setSupervisors
-- a répondu : insert or update on table "training_group_supervisor" violates a foreign key constraint
WITH removed AS (
         DELETE FROM training_group_supervisor s
          WHERE s.structure_id = $1 AND s.group_id = $2 AND NOT (s.user_id = ANY($3::uuid[])))
       INSERT INTO training_group_supervisor (structure_id, group_id, user_id)
       SELECT $1, $2, u.user_id FROM unnest($3::uuid[]) AS u(user_id)
       ON CONFLICT (group_id, user_id) DO NOTHING;

-- TrainingGroupsRepository.staffOfStructure
SELECT u.id FROM app_user u
        WHERE u.structure_id = $1 AND u.id = ANY($2::uuid[]) AND u.active AND u.role::text = ANY($3::text[]);

-- TrainingGroupsRepository.supervisorsByGroups
SELECT s.group_id AS key, u.id, u.first_name AS "firstName", u.last_name AS "lastName"
         FROM training_group_supervisor s
         JOIN app_user u ON u.id = s.user_id
        WHERE s.structure_id = $1 AND s.group_id = ANY($2::uuid[])
        ORDER BY lower(u.last_name), lower(u.first_name), u.id;

-- TrainingGroupsRepository.update
UPDATE "training_group" SET "name" = $1, "starts_on" = $2, "ends_on" = $3, "version" = "version" + 1, "updated_at" = now() WHERE "id" = $4;

-- TrainingGroupsRepository.weekPersons
WITH r AS (
         SELECT m.person_id, true AS member FROM training_group_member m
          WHERE m.structure_id = $1 AND m.group_id = $2
         UNION ALL
         SELECT DISTINCT a.person_id, false FROM session_attendance a
          WHERE a.structure_id = $1 AND a.session_id = ANY($3::uuid[])),
       persons AS (SELECT r.person_id, bool_or(r.member) AS member FROM r GROUP BY r.person_id)
       SELECT p.id, p.first_name AS "firstName", p.last_name AS "lastName", x.member
         FROM persons x JOIN person p ON p.id = x.person_id AND p.structure_id = $1
        ORDER BY p.sort_key, p.id;

-- TrainingGroupsRepository.weekSessions
SELECT "s"."id" AS "s_id", "s"."created_at" AS "s_created_at", "s"."updated_at" AS "s_updated_at", "s"."structure_id" AS "s_structure_id", "s"."kind" AS "s_kind", "s"."title" AS "s_title", "s"."training_body" AS "s_training_body", "s"."session_date" AS "s_session_date", "s"."planned_minutes" AS "s_planned_minutes", "s"."certification_block_id" AS "s_certification_block_id", "s"."created_by_id" AS "s_created_by_id", "s"."group_id" AS "s_group_id" FROM "collective_session" "s" WHERE "s"."structure_id" = $1 AND "s"."group_id" = $2 AND "s"."session_date" BETWEEN $3 AND $4 ORDER BY "s"."session_date" ASC, "s"."title" ASC, "s"."id" ASC;
