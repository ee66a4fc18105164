-- Requêtes de modules/stages/alerts.repository.ts (généré : npm run sql:snapshots)

-- AlertsRepository.factRows
WITH pass AS (
  -- The PASS in force: a person may have had several, the latest by start date counts.
  SELECT DISTINCT ON (person_id) person_id, start_date::text AS start_date, end_date::text AS end_date
    FROM pass_iae WHERE structure_id = $1 AND person_id = ANY($2::uuid[]) ORDER BY person_id, start_date DESC, created_at DESC
), criteria AS (
  -- The criteria of each person's latest diagnosis.
  SELECT d.person_id, json_agg(json_build_object('code', c.code, 'proofDate', c.proof_date::text)) AS list
    FROM (SELECT DISTINCT ON (person_id) id, person_id FROM eligibility_diagnosis WHERE structure_id = $1 AND person_id = ANY($2::uuid[])
           ORDER BY person_id, diagnosed_on DESC, created_at DESC) d
    JOIN eligibility_criterion c ON c.diagnosis_id = d.id AND c.structure_id = $1
   GROUP BY d.person_id
), attendance AS (
  -- Training sessions up to today that the person is registered at (present or absent): planned vs attended.
  SELECT a.person_id, SUM(s.planned_minutes)::int AS planned, SUM(a.minutes_attended)::int AS attended
    FROM session_attendance a JOIN collective_session s ON s.id = a.session_id AND s.structure_id = a.structure_id
   WHERE a.structure_id = $1 AND a.person_id = ANY($2::uuid[]) AND s.kind = $4 AND s.session_date <= $3::date
   GROUP BY a.person_id
), placements AS (
  -- The highest per-host total of mise à disposition over the 24 months ending today, for AI structures only. Same
  -- window as `placementMinutesInWindow` of the domain: a mission counts in full when it ends in
  -- ]today − 24 months, today].
  SELECT h.person_id, MAX(h.total)::int AS max_minutes
    FROM (SELECT m.person_id, m.host_organisation_id, SUM(m.minutes) AS total
            FROM mission m JOIN structure s ON s.id = m.structure_id AND s.kind = $5
           WHERE m.structure_id = $1 AND m.person_id = ANY($2::uuid[]) AND m.kind = $6
             AND m.end_date > $7::date AND m.end_date <= $3::date
           GROUP BY m.person_id, m.host_organisation_id) h
   GROUP BY h.person_id
), hires AS (
  -- The latest hire of each person and the retention checks already done for it.
  SELECT h.person_id, h.start_date::text AS start_date,
         COALESCE(array_agg(r.months_after::int ORDER BY r.months_after) FILTER (WHERE r.id IS NOT NULL), '{}') AS done
    FROM (SELECT DISTINCT ON (person_id) id, person_id, start_date FROM hire WHERE structure_id = $1 AND person_id = ANY($2::uuid[])
           ORDER BY person_id, start_date DESC, created_at DESC) h
    LEFT JOIN retention_check r ON r.hire_id = h.id AND r.structure_id = $1
   GROUP BY h.id, h.person_id, h.start_date
), follow_ups AS (
  -- The latest follow-up interview that took place (confidential ones included: only the date is used).
  SELECT person_id, MAX(occurred_on)::text AS last_date FROM pathway_event
   WHERE structure_id = $1 AND person_id = ANY($2::uuid[]) AND kind = $8 AND occurred_on <= $3::date GROUP BY person_id
), contracts AS (
  -- Contrats de professionnalisation that may raise an alert: drafts, deposits awaiting the OPCO, running contracts
  -- (with their training minutes attended in the period), and any contract whose break follow-up is open.
  SELECT c.person_id, json_agg(json_build_object(
           'status', c.status, 'startDate', c.start_date::text, 'endDate', c.end_date::text,
           'submittedOn', c.submitted_on::text, 'opcoDecision', c.opco_decision, 'brokenOn', c.broken_on::text,
           'plannedTrainingMinutes', c.planned_training_minutes,
           'attendedMinutes', CASE WHEN c.status = 'ACTIVE' THEN COALESCE((
    SELECT SUM(a.minutes_attended)
      FROM session_attendance a
      JOIN collective_session s ON s.id = a.session_id AND s.structure_id = a.structure_id
     WHERE a.structure_id = c.structure_id AND a.person_id = c.person_id AND s.kind = 'TRAINING'
       AND s.session_date >= c.start_date
       AND s.session_date <= LEAST(c.end_date, COALESCE(c.broken_on, c.end_date), $3::date)
  ), 0)::int ELSE 0 END,
           'followUp', CASE WHEN f.id IS NULL THEN NULL
                            ELSE json_build_object('dueOn', f.due_on::text, 'closedOn', f.closed_on::text) END)
           ORDER BY c.start_date, c.created_at) AS list
    FROM professionalisation_contract c
    LEFT JOIN contract_break_follow_up f ON f.contract_id = c.id AND f.structure_id = c.structure_id
   WHERE c.structure_id = $1 AND c.person_id = ANY($2::uuid[])
     AND (c.status = ANY($9::text[]) OR (f.id IS NOT NULL AND f.closed_on IS NULL))
   GROUP BY c.person_id
), coaching AS (
  -- Persons in a mission running today: the earliest running mission's start, their last coaching contact held (any
  -- mission, up to today) and the structure's threshold of days without contact (coaching module).
  SELECT r.person_id, r.mission_start, c.last_contact,
         COALESCE(s.alert_days, 14) AS threshold
    FROM (SELECT person_id, MIN(start_date)::text AS mission_start FROM mission
           WHERE structure_id = $1 AND person_id = ANY($2::uuid[]) AND start_date <= $3::date AND end_date >= $3::date GROUP BY person_id) r
    LEFT JOIN (SELECT person_id, MAX(occurred_on)::text AS last_contact FROM coaching_contact
                WHERE structure_id = $1 AND person_id = ANY($2::uuid[]) AND status = 'DONE' AND occurred_on <= $3::date
                GROUP BY person_id) c ON c.person_id = r.person_id
    LEFT JOIN coaching_setting s ON s.structure_id = $1
)
SELECT person_id AS "personId", 'pass' AS kind, json_build_array(start_date, end_date) AS value FROM pass
UNION ALL SELECT person_id, 'criteria', list FROM criteria
UNION ALL SELECT person_id, 'attendance', json_build_array(planned, attended) FROM attendance
UNION ALL SELECT person_id, 'placements', to_json(max_minutes) FROM placements
UNION ALL SELECT person_id, 'hire', json_build_array(start_date, done) FROM hires
UNION ALL SELECT person_id, 'followUp', to_json(last_date) FROM follow_ups
UNION ALL SELECT person_id, 'contracts', list FROM contracts
UNION ALL SELECT person_id, 'coaching', json_build_array(mission_start, last_contact, threshold) FROM coaching;
