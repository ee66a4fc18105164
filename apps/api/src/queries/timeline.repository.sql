-- Requêtes de modules/stages/timeline.repository.ts (généré : npm run sql:snapshots)

-- TimelineRepository.rowsByPersons
SELECT 'referrals' AS kind, to_json(t) AS row FROM (
    SELECT id, person_id AS "personId", created_at AS "createdAt", referred_on::text AS date,
           prescriber_kind AS "prescriberKind", prescriber_organisation AS organisation, prescriber_contact_name AS "contactName"
      FROM referral WHERE structure_id = $1 AND person_id = ANY($2::uuid[])) t
UNION ALL SELECT 'diagnoses' AS kind, to_json(t) AS row FROM (
    SELECT d.id, d.person_id AS "personId", d.created_at AS "createdAt", d.diagnosed_on::text AS date,
           d.author, d.author_name AS "authorName", d.valid_until::text AS "validUntil",
           COALESCE(array_agg(c.code::text ORDER BY c.code) FILTER (WHERE c.id IS NOT NULL), '{}') AS codes
      FROM eligibility_diagnosis d
      LEFT JOIN eligibility_criterion c ON c.diagnosis_id = d.id AND c.structure_id = d.structure_id
     WHERE d.structure_id = $1 AND d.person_id = ANY($2::uuid[])
     GROUP BY d.id) t
UNION ALL SELECT 'passes' AS kind, to_json(t) AS row FROM (
    SELECT id, person_id AS "personId", created_at AS "createdAt", start_date::text AS date, number, end_date::text AS "endDate"
      FROM pass_iae WHERE structure_id = $1 AND person_id = ANY($2::uuid[])) t
UNION ALL SELECT 'suspensions' AS kind, to_json(t) AS row FROM (
    SELECT s.id, p.person_id AS "personId", s.created_at AS "createdAt", s.start_date::text AS date,
           s.end_date::text AS "endDate", s.reason
      FROM pass_suspension s JOIN pass_iae p ON p.id = s.pass_id AND p.structure_id = s.structure_id
     WHERE p.structure_id = $1 AND p.person_id = ANY($2::uuid[])) t
UNION ALL SELECT 'prolongations' AS kind, to_json(t) AS row FROM (
    SELECT r.id, p.person_id AS "personId", r.created_at AS "createdAt", r.requested_on::text AS date,
           r.end_date::text AS "endDate", (r.end_date - r.start_date)::int AS days, r.reason
      FROM pass_prolongation r JOIN pass_iae p ON p.id = r.pass_id AND p.structure_id = r.structure_id
     WHERE p.structure_id = $1 AND p.person_id = ANY($2::uuid[])) t
UNION ALL SELECT 'transitions' AS kind, to_json(t) AS row FROM (
    SELECT id, person_id AS "personId", created_at AS "createdAt", effective_on::text AS date,
           from_stage::text AS "fromStage", to_stage::text AS "toStage", reason, override_reason AS "overrideReason",
           missing_evidence AS "missingEvidence"
      FROM stage_transition WHERE structure_id = $1 AND person_id = ANY($2::uuid[])) t
UNION ALL SELECT 'admissions' AS kind, to_json(t) AS row FROM (
    SELECT id, person_id AS "personId", created_at AS "createdAt", decided_on::text AS date, outcome, comment
      FROM admission_decision WHERE structure_id = $1 AND person_id = ANY($2::uuid[])) t
UNION ALL SELECT 'contracts' AS kind, to_json(t) AS row FROM (
    SELECT id, person_id AS "personId", created_at AS "createdAt", start_date::text AS date, kind,
           end_date::text AS "endDate", weekly_minutes AS "weeklyMinutes"
      FROM employment_contract WHERE structure_id = $1 AND person_id = ANY($2::uuid[])) t
UNION ALL SELECT 'immersions' AS kind, to_json(t) AS row FROM (
    SELECT i.id, i.person_id AS "personId", i.created_at AS "createdAt", i.start_date::text AS date,
           i.end_date::text AS "endDate", COALESCE(o.name, i.host_name) AS "hostName", i.host_tutor_name AS "hostTutorName",
           i.objective, i.comment
      FROM immersion i LEFT JOIN partner_organisation o ON o.id = i.host_organisation_id
     WHERE i.structure_id = $1 AND i.person_id = ANY($2::uuid[])) t
UNION ALL SELECT 'missions' AS kind, to_json(t) AS row FROM (
    SELECT m.id, m.person_id AS "personId", m.created_at AS "createdAt", m.start_date::text AS date, m.kind,
           m.end_date::text AS "endDate", o.name AS "hostName", m.site, m.minutes
      FROM mission m JOIN partner_organisation o ON o.id = m.host_organisation_id
     WHERE m.structure_id = $1 AND m.person_id = ANY($2::uuid[])) t
UNION ALL SELECT 'attendances' AS kind, to_json(t) AS row FROM (
    SELECT a.id, a.person_id AS "personId", a.created_at AS "createdAt", s.session_date::text AS date,
           s.kind AS "sessionKind", s.title AS "sessionTitle", s.training_body AS "trainingBody",
           s.planned_minutes AS "plannedMinutes", a.minutes_attended AS "minutesAttended", a.absence
      FROM session_attendance a JOIN collective_session s ON s.id = a.session_id AND s.structure_id = a.structure_id
     WHERE a.structure_id = $1 AND a.person_id = ANY($2::uuid[])) t
UNION ALL SELECT 'tutorings' AS kind, to_json(t) AS row FROM (
    SELECT t.id, t.person_id AS "personId", t.created_at AS "createdAt", t.start_date::text AS date,
           t.end_date::text AS "endDate", u.first_name || ' ' || u.last_name AS "tutorName", u.side,
           u.job_title AS "jobTitle", o.name AS "organisationName"
      FROM tutoring t JOIN tutor u ON u.id = t.tutor_id AND u.structure_id = t.structure_id
      LEFT JOIN partner_organisation o ON o.id = u.partner_organisation_id
     WHERE t.structure_id = $1 AND t.person_id = ANY($2::uuid[])) t
UNION ALL SELECT 'evaluations' AS kind, to_json(t) AS row FROM (
    SELECT e.id, e.person_id AS "personId", e.created_at AS "createdAt", e.evaluated_on::text AS date,
           b.code AS "blockCode", b.title AS "blockTitle", e.level, e.evaluator_name AS "evaluatorName", e.comment
      FROM skills_evaluation e JOIN certification_block b ON b.id = e.block_id
     WHERE e.structure_id = $1 AND e.person_id = ANY($2::uuid[])) t
UNION ALL SELECT 'events' AS kind, to_json(t) AS row FROM (
    SELECT id, person_id AS "personId", created_at AS "createdAt", occurred_on::text AS date, kind, title, notes, confidential
      FROM pathway_event WHERE structure_id = $1 AND person_id = ANY($2::uuid[]) AND ($3::boolean OR NOT confidential)) t
UNION ALL SELECT 'exams' AS kind, to_json(t) AS row FROM (
    SELECT x.id, x.person_id AS "personId", x.created_at AS "createdAt", x.session_date::text AS date,
           c.title AS "certificationTitle", x.centre,
           COALESCE(json_agg(json_build_object('code', b.code, 'title', b.title, 'result', r.result) ORDER BY b.position)
                    FILTER (WHERE r.id IS NOT NULL), '[]') AS results
      FROM exam_session x JOIN certification c ON c.id = x.certification_id
      LEFT JOIN exam_result r ON r.exam_session_id = x.id AND r.structure_id = x.structure_id
      LEFT JOIN certification_block b ON b.id = r.block_id
     WHERE x.structure_id = $1 AND x.person_id = ANY($2::uuid[])
     GROUP BY x.id, c.title) t
UNION ALL SELECT 'hires' AS kind, to_json(t) AS row FROM (
    SELECT id, person_id AS "personId", created_at AS "createdAt", start_date::text AS date, employer_name AS "employerName",
           contract_type AS "contractType", weekly_minutes AS "weeklyMinutes", job_title AS "jobTitle"
      FROM hire WHERE structure_id = $1 AND person_id = ANY($2::uuid[])) t
UNION ALL SELECT 'retentionChecks' AS kind, to_json(t) AS row FROM (
    SELECT id, person_id AS "personId", created_at AS "createdAt", checked_on::text AS date, months_after::int AS "monthsAfter",
           still_employed AS "stillEmployed", comment
      FROM retention_check WHERE structure_id = $1 AND person_id = ANY($2::uuid[])) t
UNION ALL SELECT 'exits' AS kind, to_json(t) AS row FROM (
    SELECT id, person_id AS "personId", created_at AS "createdAt", exit_date::text AS date, reason, category,
           presence_explanation AS "presenceExplanation", comment
      FROM pathway_exit WHERE structure_id = $1 AND person_id = ANY($2::uuid[])) t
UNION ALL SELECT 'coachingContacts' AS kind, to_json(t) AS row FROM (
    SELECT c.id, c.person_id AS "personId", c.created_at AS "createdAt", c.occurred_on::text AS date, c.kind, c.note,
           c.confidential, o.name AS "hostName", u.first_name || ' ' || u.last_name AS "authorName"
      FROM coaching_contact c
      JOIN mission m ON m.id = c.mission_id AND m.structure_id = c.structure_id
      JOIN partner_organisation o ON o.id = m.host_organisation_id
      LEFT JOIN app_user u ON u.id = c.author_id AND u.structure_id = c.structure_id
     WHERE c.structure_id = $1 AND c.person_id = ANY($2::uuid[]) AND c.status = 'DONE' AND ($3::boolean OR NOT c.confidential)) t
UNION ALL SELECT 'proposalEvents' AS kind, to_json(t) AS row FROM (
    SELECT e.id, e.person_id AS "personId", e.occurred_at AS "createdAt",
           (e.occurred_at AT TIME ZONE 'Europe/Paris')::date::text AS date, e.kind, e.actor_label AS "actorLabel",
           e.reason, e.comment, o.name AS "partnerName", n.job_title AS "jobTitle"
      FROM proposal_event e
      JOIN proposal pr ON pr.id = e.proposal_id AND pr.structure_id = e.structure_id
      JOIN hiring_need n ON n.id = pr.hiring_need_id
      JOIN partner_organisation o ON o.id = pr.partner_organisation_id
     WHERE e.structure_id = $1 AND e.person_id = ANY($2::uuid[])) t;
