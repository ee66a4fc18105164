-- Requêtes de modules/activities/sessions.repository.ts (généré : npm run sql:snapshots)

-- SessionsRepository.attendancesByPersons
SELECT "SessionAttendanceEntity"."id" AS "SessionAttendanceEntity_id", "SessionAttendanceEntity"."created_at" AS "SessionAttendanceEntity_created_at", "SessionAttendanceEntity"."updated_at" AS "SessionAttendanceEntity_updated_at", "SessionAttendanceEntity"."structure_id" AS "SessionAttendanceEntity_structure_id", "SessionAttendanceEntity"."person_id" AS "SessionAttendanceEntity_person_id", "SessionAttendanceEntity"."created_by_id" AS "SessionAttendanceEntity_created_by_id", "SessionAttendanceEntity"."session_id" AS "SessionAttendanceEntity_session_id", "SessionAttendanceEntity"."minutes_attended" AS "SessionAttendanceEntity_minutes_attended", "SessionAttendanceEntity"."absence" AS "SessionAttendanceEntity_absence", "SessionAttendanceEntity"."version" AS "SessionAttendanceEntity_version", "SessionAttendanceEntity__SessionAttendanceEntity_session"."id" AS "SessionAttendanceEntity__SessionAttendanceEntity_session_id", "SessionAttendanceEntity__SessionAttendanceEntity_session"."created_at" AS "85fa1eae23cede1e0c141c6324d261094126e28a", "SessionAttendanceEntity__SessionAttendanceEntity_session"."updated_at" AS "ba1afc8c9cd87e359e9e3507831fe73005b1910b", "SessionAttendanceEntity__SessionAttendanceEntity_session"."structure_id" AS "2ec0569783669a34b5e2eef3f15403950a738c88", "SessionAttendanceEntity__SessionAttendanceEntity_session"."kind" AS "SessionAttendanceEntity__SessionAttendanceEntity_session_kind", "SessionAttendanceEntity__SessionAttendanceEntity_session"."title" AS "SessionAttendanceEntity__SessionAttendanceEntity_session_title", "SessionAttendanceEntity__SessionAttendanceEntity_session"."training_body" AS "3cc9c185cafd5d738b921708cdb9b9e86753a9f6", "SessionAttendanceEntity__SessionAttendanceEntity_session"."session_date" AS "94c1ee54e43730e4a9b53a154254665557a260d2", "SessionAttendanceEntity__SessionAttendanceEntity_session"."planned_minutes" AS "017896df0a04fe73dca83c86a91bc9fab1210398", "SessionAttendanceEntity__SessionAttendanceEntity_session"."certification_block_id" AS "86c61ca1f13923efd4422db87f774ca7efe5192d", "SessionAttendanceEntity__SessionAttendanceEntity_session"."created_by_id" AS "6ca15e5decb2936e8a166d1449156b75239fa9c5", "SessionAttendanceEntity__SessionAttendanceEntity_session"."group_id" AS "d4eaa9b4650d8f6c5ca37d6fbd72271ff9a30ee6" FROM "session_attendance" "SessionAttendanceEntity" LEFT JOIN "collective_session" "SessionAttendanceEntity__SessionAttendanceEntity_session" ON "SessionAttendanceEntity__SessionAttendanceEntity_session"."id"="SessionAttendanceEntity"."session_id" AND "SessionAttendanceEntity__SessionAttendanceEntity_session"."structure_id"="SessionAttendanceEntity"."structure_id" WHERE (("SessionAttendanceEntity"."structure_id" = $1) AND ("SessionAttendanceEntity"."person_id" = ANY(CAST($2 AS uuid[])))) ORDER BY "SessionAttendanceEntity__SessionAttendanceEntity_session"."session_date" DESC, "SessionAttendanceEntity__SessionAttendanceEntity_session"."created_at" DESC, "SessionAttendanceEntity"."id" ASC;

-- SessionsRepository.attendancesBySessions
SELECT "a"."id" AS "a_id", "a"."created_at" AS "a_created_at", "a"."updated_at" AS "a_updated_at", "a"."structure_id" AS "a_structure_id", "a"."person_id" AS "a_person_id", "a"."created_by_id" AS "a_created_by_id", "a"."session_id" AS "a_session_id", "a"."minutes_attended" AS "a_minutes_attended", "a"."absence" AS "a_absence", "a"."version" AS "a_version" FROM "session_attendance" "a" INNER JOIN "person" "p" ON "p"."id"="a"."person_id" AND "p"."structure_id"="a"."structure_id" WHERE "a"."structure_id" = $1 AND "a"."session_id" IN ($2) ORDER BY "p"."sort_key" ASC, "a"."id" ASC;

-- SessionsRepository.attendeesByIds
SELECT "PersonEntity"."id" AS "PersonEntity_id", "PersonEntity"."first_name" AS "PersonEntity_first_name", "PersonEntity"."last_name" AS "PersonEntity_last_name", "PersonEntity"."structure_id" AS "PersonEntity_structure_id" FROM "person" "PersonEntity" WHERE (("PersonEntity"."structure_id" = $1) AND ("PersonEntity"."id" IN ($2)));

-- SessionsRepository.blocksByIds
SELECT "CertificationBlockEntity"."id" AS "CertificationBlockEntity_id", "CertificationBlockEntity"."created_at" AS "CertificationBlockEntity_created_at", "CertificationBlockEntity"."updated_at" AS "CertificationBlockEntity_updated_at", "CertificationBlockEntity"."certification_id" AS "CertificationBlockEntity_certification_id", "CertificationBlockEntity"."code" AS "CertificationBlockEntity_code", "CertificationBlockEntity"."title" AS "CertificationBlockEntity_title", "CertificationBlockEntity"."position" AS "CertificationBlockEntity_position" FROM "certification_block" "CertificationBlockEntity" WHERE (("CertificationBlockEntity"."id" IN ($1)));

-- SessionsRepository.createCollectiveSession
-- a répondu : insert or update on table "collective_session" violates a foreign key constraint
INSERT INTO "collective_session"("id", "created_at", "updated_at", "structure_id", "kind", "title", "training_body", "session_date", "planned_minutes", "certification_block_id", "created_by_id", "group_id") VALUES (DEFAULT, DEFAULT, DEFAULT, $1, $2, $3, $4, $5, $6, $7, $8, $9) RETURNING "id", "created_at", "updated_at";

-- SessionsRepository.currentLines
SELECT p.id, p.first_name, p.last_name, a.version, a.minutes_attended, a.absence
         FROM person p
         LEFT JOIN session_attendance a ON a.structure_id = p.structure_id AND a.session_id = $2 AND a.person_id = p.id
        WHERE p.structure_id = $1 AND p.id = ANY($3::uuid[]);

-- SessionsRepository.findBlock
SELECT "CertificationBlockEntity"."id" AS "CertificationBlockEntity_id", "CertificationBlockEntity"."created_at" AS "CertificationBlockEntity_created_at", "CertificationBlockEntity"."updated_at" AS "CertificationBlockEntity_updated_at", "CertificationBlockEntity"."certification_id" AS "CertificationBlockEntity_certification_id", "CertificationBlockEntity"."code" AS "CertificationBlockEntity_code", "CertificationBlockEntity"."title" AS "CertificationBlockEntity_title", "CertificationBlockEntity"."position" AS "CertificationBlockEntity_position" FROM "certification_block" "CertificationBlockEntity" WHERE (("CertificationBlockEntity"."id" = $1)) LIMIT 1;

-- SessionsRepository.linesBelowAllocated
SELECT a.person_id, a.minutes_attended AS minutes, sum(fa.quantity)::int AS allocated,
              json_agg(json_build_object('agreementId', ag.id, 'agreementReference', ag.reference, 'quantity', fa.quantity)) AS allocations
         FROM session_attendance a
         JOIN funding_allocation fa ON fa.attendance_id = a.id AND fa.structure_id = a.structure_id
         JOIN funding_agreement ag ON ag.id = fa.agreement_id AND ag.structure_id = fa.structure_id
        WHERE a.structure_id = $1 AND a.session_id = $2 AND a.person_id = ANY($3::uuid[])
        GROUP BY a.id, a.person_id, a.minutes_attended
       HAVING sum(fa.quantity) > a.minutes_attended;

-- SessionsRepository.list
SELECT "s"."id" AS "s_id", "s"."created_at" AS "s_created_at", "s"."updated_at" AS "s_updated_at", "s"."structure_id" AS "s_structure_id", "s"."kind" AS "s_kind", "s"."title" AS "s_title", "s"."training_body" AS "s_training_body", "s"."session_date" AS "s_session_date", "s"."planned_minutes" AS "s_planned_minutes", "s"."certification_block_id" AS "s_certification_block_id", "s"."created_by_id" AS "s_created_by_id", "s"."group_id" AS "s_group_id" FROM "collective_session" "s" WHERE "s"."structure_id" = $1 AND "s"."kind" = $2 AND "s"."session_date" >= $3 AND "s"."session_date" <= $4 ORDER BY "s"."session_date" DESC, "s"."created_at" DESC, "s"."id" ASC LIMIT 200;

-- SessionsRepository.lockSession
SELECT "s"."id" AS "s_id", "s"."created_at" AS "s_created_at", "s"."updated_at" AS "s_updated_at", "s"."structure_id" AS "s_structure_id", "s"."kind" AS "s_kind", "s"."title" AS "s_title", "s"."training_body" AS "s_training_body", "s"."session_date" AS "s_session_date", "s"."planned_minutes" AS "s_planned_minutes", "s"."certification_block_id" AS "s_certification_block_id", "s"."created_by_id" AS "s_created_by_id", "s"."group_id" AS "s_group_id" FROM "collective_session" "s" WHERE "s"."id" = $1 AND "s"."structure_id" = $2 FOR UPDATE;

-- SessionsRepository.readSheet
SELECT "s"."id" AS "s_id", "s"."created_at" AS "s_created_at", "s"."updated_at" AS "s_updated_at", "s"."structure_id" AS "s_structure_id", "s"."kind" AS "s_kind", "s"."title" AS "s_title", "s"."training_body" AS "s_training_body", "s"."session_date" AS "s_session_date", "s"."planned_minutes" AS "s_planned_minutes", "s"."certification_block_id" AS "s_certification_block_id", "s"."created_by_id" AS "s_created_by_id", "s"."group_id" AS "s_group_id", coalesce((SELECT json_agg(json_build_object('id', p.id, 'firstName', p.first_name, 'lastName', p.last_name,
                    'version', a.version, 'minutesAttended', a.minutes_attended, 'absence', a.absence))
              FROM person p
              LEFT JOIN session_attendance a ON a.structure_id = p.structure_id AND a.session_id = "s"."id" AND a.person_id = p.id
             WHERE p.structure_id = "s"."structure_id" AND p.id = ANY(CAST($1 AS uuid[]))), '[]'::json) AS "sheet_lines", EXISTS (SELECT 1 FROM pathway_exit x
                  WHERE x.structure_id = "s"."structure_id" AND x.person_id = ANY(CAST($1 AS uuid[]))) AS "sheet_has_exit" FROM "collective_session" "s" WHERE "s"."id" = $2 AND "s"."structure_id" = $3;

-- SessionsRepository.trainingHoursByPersons
SELECT a.person_id,
              sum(s.planned_minutes)::int AS planned,
              sum(a.minutes_attended)::int AS attended,
              coalesce(sum(s.planned_minutes) FILTER (WHERE s.session_date <= $3::date), 0)::int AS planned_to_date
         FROM session_attendance a
         JOIN collective_session s ON s.id = a.session_id AND s.structure_id = a.structure_id
        WHERE a.structure_id = $1 AND a.person_id = ANY($2::uuid[]) AND s.kind = $4
        GROUP BY a.person_id;

-- SessionsRepository.upsertLines
-- a répondu : insert or update on table "session_attendance" violates a foreign key constraint
INSERT INTO session_attendance (structure_id, session_id, created_by_id, person_id, minutes_attended, absence)
       SELECT $1, $2, $3, e.person_id, e.minutes_attended, e.absence
         FROM unnest($4::uuid[], $5::int[], $6::varchar[]) AS e(person_id, minutes_attended, absence)
       ON CONFLICT (session_id, person_id)
       DO UPDATE SET minutes_attended = EXCLUDED.minutes_attended, absence = EXCLUDED.absence, updated_at = now(),
                     version = session_attendance.version + 1
        WHERE (session_attendance.minutes_attended, session_attendance.absence)
              IS DISTINCT FROM (EXCLUDED.minutes_attended, EXCLUDED.absence);

-- SessionsRepository.writeSheetAtOnce
WITH s AS (
           SELECT s.id FROM collective_session s WHERE s.id = $2 AND s.structure_id = $1 FOR UPDATE SKIP LOCKED),
         e AS (
           SELECT * FROM unnest($4::uuid[], $5::int[], $6::varchar[], $7::int[])
                      AS e(person_id, minutes_attended, absence, read_version)),
         guard AS (
           SELECT EXISTS (SELECT 1 FROM s)
              AND pg_try_advisory_xact_lock(hashtextextended('tremplin.exit_presence.' || $1::text, 0))
              AND NOT EXISTS (SELECT 1 FROM pathway_exit x WHERE x.structure_id = $1 AND x.person_id = ANY($4::uuid[]))
              AND NOT EXISTS (
                    SELECT 1
                      FROM session_attendance a
                      JOIN e ON e.person_id = a.person_id
                      JOIN funding_allocation fa ON fa.attendance_id = a.id AND fa.structure_id = a.structure_id
                      JOIN funding_agreement ag ON ag.id = fa.agreement_id AND ag.structure_id = fa.structure_id
                     WHERE a.structure_id = $1 AND a.session_id = $2
                     GROUP BY a.id, e.minutes_attended
                    HAVING sum(fa.quantity) > e.minutes_attended) AS ok),
         w AS (
           INSERT INTO session_attendance (structure_id, session_id, created_by_id, person_id, minutes_attended, absence)
           SELECT $1, $2, $3, e.person_id, e.minutes_attended, e.absence FROM e WHERE (SELECT ok FROM guard)
           ON CONFLICT (session_id, person_id)
           DO UPDATE SET minutes_attended = EXCLUDED.minutes_attended, absence = EXCLUDED.absence,
                         updated_at = CASE WHEN (session_attendance.minutes_attended, session_attendance.absence)
                                                IS DISTINCT FROM (EXCLUDED.minutes_attended, EXCLUDED.absence)
                                           THEN now() ELSE session_attendance.updated_at END,
                         version = CASE WHEN (session_attendance.minutes_attended, session_attendance.absence)
                                             IS DISTINCT FROM (EXCLUDED.minutes_attended, EXCLUDED.absence)
                                        THEN session_attendance.version + 1 ELSE session_attendance.version END
            WHERE session_attendance.version
                  IS NOT DISTINCT FROM ($7::int[])[array_position($4::uuid[], EXCLUDED.person_id)]
           RETURNING 1)
         SELECT g.ok,
                CASE WHEN g.ok AND n.n < cardinality($4::uuid[]) THEN CAST('tremplin.attendance.stale:' || n.n AS int) END AS stale
           FROM guard g, (SELECT count(*)::int AS n FROM w) n;
