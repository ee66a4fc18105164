-- Requêtes de modules/rights/retention.repository.ts (généré : npm run sql:snapshots)

-- RetentionRepository.anonymisedAt
SELECT anonymised_at FROM person_retention WHERE person_id = $1;

-- RetentionRepository.anonymiseNotifications
UPDATE notification n SET title = $2::text, body = $3::text, updated_at = now()
         FROM unnest($1::uuid[]) AS p(id) WHERE n.link LIKE '/personnes/' || p.id || '%';

-- RetentionRepository.anonymisePersons
UPDATE person SET first_name = $2::text, last_name = $2::text, sort_key = lower($2::text),
              birth_date = make_date(extract(year FROM birth_date)::int, 7, 1),
              email = NULL, phone = NULL, address_line = NULL, postal_code = NULL, city = NULL, latitude = NULL, longitude = NULL,
              version = version + 1, updated_at = now()
        WHERE id = ANY($1::uuid[]);

-- RetentionRepository.anonymiseTables
UPDATE "mission" t SET "tutor_feedback" = NULL WHERE t.person_id = ANY($1::uuid[]) AND t."tutor_feedback" IS NOT NULL;

UPDATE "mission" t SET "hours_review_comment" = NULL WHERE (t.person_id = ANY($1::uuid[])) AND t.hours_status <> 'CONFIRMED';

UPDATE "referral" t SET "prescriber_contact_name" = NULL, "prescriber_contact_email" = NULL, "prescriber_contact_phone" = NULL WHERE t.person_id = ANY($1::uuid[]);

-- RetentionRepository.auditAnonymised
INSERT INTO audit_log (actor_user_id, actor_role, actor_label, action, structure_id, person_id, subject_type,
                              subject_id, details)
       SELECT NULL, 'SYSTEM', 'Tremplin (tâche de conservation)', $1, e.structure_id, e.person_id, 'person', e.person_id,
              e.details
         FROM jsonb_to_recordset($2::jsonb) AS e(structure_id uuid, person_id uuid, details jsonb);

-- RetentionRepository.candidates
WITH contact AS (SELECT person_id, max(day) AS last_contact FROM (
  SELECT id AS person_id, (created_at AT TIME ZONE 'Europe/Paris')::date AS day FROM person
  UNION ALL SELECT person_id, referred_on FROM referral
  UNION ALL SELECT person_id, decided_on FROM admission_decision
  UNION ALL SELECT person_id, diagnosed_on FROM eligibility_diagnosis
  UNION ALL SELECT person_id, effective_on FROM stage_transition
  UNION ALL SELECT person_id, occurred_on FROM pathway_event
  UNION ALL SELECT a.person_id, s.session_date FROM session_attendance a JOIN collective_session s ON s.id = a.session_id
  UNION ALL SELECT person_id, evaluated_on FROM skills_evaluation
  UNION ALL SELECT person_id, session_date FROM exam_session
  UNION ALL SELECT person_id, end_date FROM mission
  UNION ALL SELECT person_id, end_date FROM immersion
  UNION ALL SELECT person_id, coalesce(end_date, 'infinity'::date) FROM tutoring
  UNION ALL SELECT person_id, coalesce(end_date, 'infinity'::date) FROM employment_contract
  UNION ALL SELECT person_id, coalesce(broken_on, completed_on, end_date) FROM professionalisation_contract
  UNION ALL SELECT person_id, (month + interval '1 month - 1 day')::date FROM worked_month
  UNION ALL SELECT person_id, exit_date FROM pathway_exit
  UNION ALL SELECT person_id, start_date FROM hire
  UNION ALL SELECT person_id, checked_on FROM retention_check
  UNION ALL SELECT person_id, six_months_checked_on FROM fse_participant
  UNION ALL SELECT person_id, (created_at AT TIME ZONE 'Europe/Paris')::date FROM proposal
  UNION ALL SELECT person_id, worked_on FROM staff_time_entry WHERE person_id IS NOT NULL) d
                         WHERE day IS NOT NULL GROUP BY person_id),
            dated AS (SELECT p.id, p.structure_id, p.first_name, p.last_name, p.counsellor_id, c.last_contact,
                             (c.last_contact + make_interval(years => $2))::date AS anonymise_on
                        FROM person p JOIN contact c ON c.person_id = p.id)
       SELECT d.id, d.structure_id, d.first_name, d.last_name, d.last_contact::text AS last_contact,
              d.anonymise_on::text AS anonymise_on, r.notice_for_date::text AS notice_for_date,
              (r.notice_sent_at AT TIME ZONE 'Europe/Paris')::date::text AS notice_day,
              coalesce((SELECT array_agg(u.id) FROM app_user u
                         WHERE u.id = d.counsellor_id AND u.active AND u.structure_id = d.structure_id),
                       (SELECT array_agg(u.id ORDER BY u.id) FROM app_user u
                         WHERE u.structure_id = d.structure_id AND u.role = $5 AND u.active)) AS recipients
         FROM dated d
         LEFT JOIN person_retention r ON r.person_id = d.id
        WHERE d.anonymise_on != 'infinity'::date
          AND d.anonymise_on - $3::int <= $1::date
          AND r.anonymised_at IS NULL
          AND NOT (r.legal_hold_reason IS NOT NULL AND (r.legal_hold_until IS NULL OR r.legal_hold_until >= $1::date))
          AND NOT EXISTS (
            SELECT 1 FROM fse_participant f JOIN funding_agreement a ON a.id = f.agreement_id
             WHERE f.person_id = d.id
               AND make_date(greatest(extract(year FROM a.end_date)::int, $4) + $6, 12, 31) >= $1::date)
        ORDER BY d.id;

-- RetentionRepository.claimRun
INSERT INTO retention_run (run_on) VALUES ($1) ON CONFLICT DO NOTHING RETURNING run_on;

-- RetentionRepository.countRows
SELECT 'mission' AS table_name, x.person_id, count(*)::int AS n FROM (SELECT t.person_id AS person_id FROM "mission" t WHERE t.person_id = ANY($1::uuid[])) x GROUP BY x.person_id UNION ALL SELECT 'referral' AS table_name, x.person_id, count(*)::int AS n FROM (SELECT t.person_id AS person_id FROM "referral" t WHERE t.person_id = ANY($1::uuid[])) x GROUP BY x.person_id UNION ALL SELECT 'exam_result' AS table_name, x.person_id, count(*)::int AS n FROM (SELECT p.person_id FROM "exam_result" t JOIN "exam_session" p ON p.id = t."exam_session_id" WHERE p.person_id = ANY($1::uuid[])) x GROUP BY x.person_id;

-- RetentionRepository.finishRun
UPDATE retention_run SET anonymised_count = $2, notice_count = $3 WHERE run_on = $1;

-- RetentionRepository.liftLegalHold
UPDATE person_retention SET legal_hold_reason = NULL, legal_hold_until = NULL, legal_hold_set_at = NULL,
              created_by_id = $2, updated_at = now()
        WHERE person_id = $1 AND legal_hold_reason IS NOT NULL RETURNING id;

-- RetentionRepository.markAnonymised
INSERT INTO person_retention (structure_id, person_id, anonymised_at)
       SELECT p.structure_id, p.id, $2::timestamptz FROM person p WHERE p.id = ANY($1::uuid[])
       ON CONFLICT (person_id) DO UPDATE SET anonymised_at = EXCLUDED.anonymised_at, updated_at = now();

-- RetentionRepository.personTables
SELECT child.relname AS child, parent.relname AS parent, ca.attname AS column
       FROM pg_constraint k
       JOIN pg_class child ON child.oid = k.conrelid
       JOIN pg_class parent ON parent.oid = k.confrelid
       CROSS JOIN LATERAL unnest(k.conkey, k.confkey) AS u(ck, pk)
       JOIN pg_attribute ca ON ca.attrelid = k.conrelid AND ca.attnum = u.ck
       JOIN pg_attribute pa ON pa.attrelid = k.confrelid AND pa.attnum = u.pk AND pa.attname = 'id'
      WHERE k.contype = 'f' AND child.relnamespace = 'public'::regnamespace AND child.relname <> parent.relname
      ORDER BY child.relname, ca.attname;

SELECT c.relname AS table, a.attname AS column, NOT a.attnotnull AS nullable
       FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid
      WHERE c.relnamespace = 'public'::regnamespace AND c.relname = ANY($1::text[]) AND a.attnum > 0
        AND NOT a.attisdropped AND a.atttypid = 'text'::regtype
      ORDER BY c.relname, a.attnum;

-- RetentionRepository.recordNotices
-- a répondu : insert or update on table "person_retention" violates a foreign key constraint
INSERT INTO person_retention (structure_id, person_id, notice_for_date, notice_sent_at)
       SELECT n.structure_id, n.person_id, n.notice_for_date, $2::timestamptz
         FROM jsonb_to_recordset($1::jsonb) AS n(structure_id uuid, person_id uuid, notice_for_date date)
       ON CONFLICT (person_id) DO UPDATE SET notice_for_date = EXCLUDED.notice_for_date,
              notice_sent_at = EXCLUDED.notice_sent_at, updated_at = now();

-- RetentionRepository.setLegalHold
-- a répondu : insert or update on table "person_retention" violates a foreign key constraint
INSERT INTO person_retention (structure_id, person_id, created_by_id, legal_hold_reason, legal_hold_until,
                                     legal_hold_set_at)
       VALUES ($1, $2, $3, $4, $5, $6)
       ON CONFLICT (person_id) DO UPDATE SET created_by_id = EXCLUDED.created_by_id,
              legal_hold_reason = EXCLUDED.legal_hold_reason, legal_hold_until = EXCLUDED.legal_hold_until,
              legal_hold_set_at = EXCLUDED.legal_hold_set_at, updated_at = now();

-- RetentionRepository.status
SELECT (SELECT max(day) FROM (
  SELECT id AS person_id, (created_at AT TIME ZONE 'Europe/Paris')::date AS day FROM person
  UNION ALL SELECT person_id, referred_on FROM referral
  UNION ALL SELECT person_id, decided_on FROM admission_decision
  UNION ALL SELECT person_id, diagnosed_on FROM eligibility_diagnosis
  UNION ALL SELECT person_id, effective_on FROM stage_transition
  UNION ALL SELECT person_id, occurred_on FROM pathway_event
  UNION ALL SELECT a.person_id, s.session_date FROM session_attendance a JOIN collective_session s ON s.id = a.session_id
  UNION ALL SELECT person_id, evaluated_on FROM skills_evaluation
  UNION ALL SELECT person_id, session_date FROM exam_session
  UNION ALL SELECT person_id, end_date FROM mission
  UNION ALL SELECT person_id, end_date FROM immersion
  UNION ALL SELECT person_id, coalesce(end_date, 'infinity'::date) FROM tutoring
  UNION ALL SELECT person_id, coalesce(end_date, 'infinity'::date) FROM employment_contract
  UNION ALL SELECT person_id, coalesce(broken_on, completed_on, end_date) FROM professionalisation_contract
  UNION ALL SELECT person_id, (month + interval '1 month - 1 day')::date FROM worked_month
  UNION ALL SELECT person_id, exit_date FROM pathway_exit
  UNION ALL SELECT person_id, start_date FROM hire
  UNION ALL SELECT person_id, checked_on FROM retention_check
  UNION ALL SELECT person_id, six_months_checked_on FROM fse_participant
  UNION ALL SELECT person_id, (created_at AT TIME ZONE 'Europe/Paris')::date FROM proposal
  UNION ALL SELECT person_id, worked_on FROM staff_time_entry WHERE person_id IS NOT NULL) d WHERE d.person_id = $1 AND day IS NOT NULL AND day < 'infinity')::text AS last_contact,
              EXISTS (SELECT 1 FROM (
  SELECT id AS person_id, (created_at AT TIME ZONE 'Europe/Paris')::date AS day FROM person
  UNION ALL SELECT person_id, referred_on FROM referral
  UNION ALL SELECT person_id, decided_on FROM admission_decision
  UNION ALL SELECT person_id, diagnosed_on FROM eligibility_diagnosis
  UNION ALL SELECT person_id, effective_on FROM stage_transition
  UNION ALL SELECT person_id, occurred_on FROM pathway_event
  UNION ALL SELECT a.person_id, s.session_date FROM session_attendance a JOIN collective_session s ON s.id = a.session_id
  UNION ALL SELECT person_id, evaluated_on FROM skills_evaluation
  UNION ALL SELECT person_id, session_date FROM exam_session
  UNION ALL SELECT person_id, end_date FROM mission
  UNION ALL SELECT person_id, end_date FROM immersion
  UNION ALL SELECT person_id, coalesce(end_date, 'infinity'::date) FROM tutoring
  UNION ALL SELECT person_id, coalesce(end_date, 'infinity'::date) FROM employment_contract
  UNION ALL SELECT person_id, coalesce(broken_on, completed_on, end_date) FROM professionalisation_contract
  UNION ALL SELECT person_id, (month + interval '1 month - 1 day')::date FROM worked_month
  UNION ALL SELECT person_id, exit_date FROM pathway_exit
  UNION ALL SELECT person_id, start_date FROM hire
  UNION ALL SELECT person_id, checked_on FROM retention_check
  UNION ALL SELECT person_id, six_months_checked_on FROM fse_participant
  UNION ALL SELECT person_id, (created_at AT TIME ZONE 'Europe/Paris')::date FROM proposal
  UNION ALL SELECT person_id, worked_on FROM staff_time_entry WHERE person_id IS NOT NULL) d WHERE d.person_id = $1 AND day = 'infinity') AS infinite,
              r.legal_hold_reason, r.legal_hold_until::text AS legal_hold_until, r.notice_sent_at, r.anonymised_at,
              (SELECT max(a.end_date)::text FROM fse_participant f JOIN funding_agreement a ON a.id = f.agreement_id
                WHERE f.person_id = $1) AS fse_end
         FROM (SELECT 1) one LEFT JOIN person_retention r ON r.person_id = $1 AND r.structure_id = $2;

-- RetentionRepository.tryLockRun
SELECT pg_try_advisory_xact_lock(hashtext($1)) AS locked;
