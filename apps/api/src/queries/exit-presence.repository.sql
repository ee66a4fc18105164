-- Requêtes de modules/exit-presence/exit-presence.repository.ts (généré : npm run sql:snapshots)

-- ExitPresenceRepository.lock
SELECT count(pg_advisory_xact_lock(k)) FROM (
         SELECT hashtextextended('tremplin.exit_presence.' || id::text, 0) AS k FROM unnest($1::uuid[]) AS id ORDER BY 1) x;

-- ExitPresenceRepository.lockRuleFingerprint
INSERT INTO app_state (key, value) VALUES ($1, '') ON CONFLICT (key) DO NOTHING;

SELECT value FROM app_state WHERE key = $1 FOR UPDATE;

-- ExitPresenceRepository.plannedFacts
WITH target AS (SELECT NULL::uuid AS exit_id, $1::uuid AS structure_id, $2::uuid AS person_id, $3::date AS exit_date,
         $4::varchar AS reason),
  af AS (
    SELECT DISTINCT ON (t.person_id) t.person_id, a.reference, a.start_date, a.end_date
      FROM target t
      JOIN funding_agreement a ON a.structure_id = t.structure_id AND a.start_date <= t.exit_date
      JOIN funder f ON f.id = a.funder_id AND f.structure_id = a.structure_id AND f.kind = 'DDETS_AIDE_AU_POSTE'
     ORDER BY t.person_id, a.start_date DESC, a.created_at DESC, a.id DESC),
  counted AS (
    SELECT t.person_id, 'MISSION' AS source, m.id, m.start_date, m.end_date, m.minutes, m.kind, o.name AS label,
           m.site AS place
      FROM target t LEFT JOIN af ON af.person_id = t.person_id
      JOIN mission m ON m.structure_id = t.structure_id AND m.person_id = t.person_id
       AND m.start_date BETWEEN coalesce(af.start_date, '-infinity'::date) AND t.exit_date
      JOIN partner_organisation o ON o.id = m.host_organisation_id
    UNION ALL
    SELECT t.person_id, 'TRAINING', a.id, s.session_date, s.session_date, a.minutes_attended, s.kind, s.title,
           s.training_body
      FROM target t LEFT JOIN af ON af.person_id = t.person_id
      JOIN session_attendance a ON a.structure_id = t.structure_id AND a.person_id = t.person_id
      JOIN collective_session s ON s.id = a.session_id AND s.structure_id = a.structure_id
       AND s.kind = 'TRAINING'
       AND s.session_date BETWEEN coalesce(af.start_date, '-infinity'::date) AND t.exit_date
    UNION ALL
    SELECT t.person_id, 'WORKED_MONTH', w.id, w.month, (w.month + interval '1 month' - interval '1 day')::date,
           w.minutes, 'WORKED_MONTH', 'Heures du mois (import)', NULL
      FROM target t LEFT JOIN af ON af.person_id = t.person_id
      JOIN worked_month w ON w.structure_id = t.structure_id AND w.person_id = t.person_id
       AND w.month BETWEEN coalesce(af.start_date, '-infinity'::date) AND t.exit_date),
  worked AS (SELECT k.person_id, sum(k.minutes) AS minutes FROM counted k GROUP BY k.person_id)
  SELECT t.person_id, t.exit_id, t.structure_id, st.kind AS structure_kind, t.exit_date::text AS exit_date, t.reason,
         (SELECT min(c.start_date)::text FROM employment_contract c
           WHERE c.structure_id = t.structure_id AND c.person_id = t.person_id) AS contract_start,
         af.reference AS annex_reference, af.start_date::text AS annex_start, af.end_date::text AS annex_end,
         coalesce(wk.minutes, 0)::int AS minutes_worked,
         coalesce((SELECT json_agg(json_build_object('source', k.source, 'id', k.id, 'startDate', k.start_date::text,
                   'endDate', k.end_date::text, 'minutes', k.minutes, 'kind', k.kind, 'label', k.label, 'place', k.place)
                   ORDER BY k.start_date, k.source, k.label, k.id)
                   FROM counted k WHERE k.person_id = t.person_id), '[]'::json) AS hours,
         coalesce((SELECT json_agg(json_build_object('contractType', h.contract_type, 'startDate', h.start_date::text,
                   'employerName', h.employer_name) ORDER BY h.start_date)
                   FROM hire h WHERE h.structure_id = t.structure_id AND h.person_id = t.person_id), '[]'::json) AS hires,
         coalesce((SELECT json_agg(json_build_object('kind', c.kind, 'startDate', c.start_date::text,
                   'endDate', c.end_date::text) ORDER BY c.start_date)
                   FROM employment_contract c WHERE c.structure_id = t.structure_id AND c.person_id = t.person_id), '[]'::json) AS contracts
    FROM target t
    JOIN structure st ON st.id = t.structure_id
    LEFT JOIN af ON af.person_id = t.person_id
    LEFT JOIN worked wk ON wk.person_id = t.person_id;

-- ExitPresenceRepository.recordedFacts
WITH target AS (SELECT e.id AS exit_id, e.structure_id, e.person_id, e.exit_date, e.reason
    FROM pathway_exit e
   WHERE EXISTS (SELECT 1 FROM unnest($1::uuid[], $2::uuid[]) AS w(structure_id, person_id)
                  WHERE w.structure_id = e.structure_id AND (w.person_id IS NULL OR w.person_id = e.person_id))),
  af AS (
    SELECT DISTINCT ON (t.person_id) t.person_id, a.reference, a.start_date, a.end_date
      FROM target t
      JOIN funding_agreement a ON a.structure_id = t.structure_id AND a.start_date <= t.exit_date
      JOIN funder f ON f.id = a.funder_id AND f.structure_id = a.structure_id AND f.kind = 'DDETS_AIDE_AU_POSTE'
     ORDER BY t.person_id, a.start_date DESC, a.created_at DESC, a.id DESC),
  counted AS (
    SELECT t.person_id, 'MISSION' AS source, m.id, m.start_date, m.end_date, m.minutes, m.kind, o.name AS label,
           m.site AS place
      FROM target t LEFT JOIN af ON af.person_id = t.person_id
      JOIN mission m ON m.structure_id = t.structure_id AND m.person_id = t.person_id
       AND m.start_date BETWEEN coalesce(af.start_date, '-infinity'::date) AND t.exit_date
      JOIN partner_organisation o ON o.id = m.host_organisation_id
    UNION ALL
    SELECT t.person_id, 'TRAINING', a.id, s.session_date, s.session_date, a.minutes_attended, s.kind, s.title,
           s.training_body
      FROM target t LEFT JOIN af ON af.person_id = t.person_id
      JOIN session_attendance a ON a.structure_id = t.structure_id AND a.person_id = t.person_id
      JOIN collective_session s ON s.id = a.session_id AND s.structure_id = a.structure_id
       AND s.kind = 'TRAINING'
       AND s.session_date BETWEEN coalesce(af.start_date, '-infinity'::date) AND t.exit_date
    UNION ALL
    SELECT t.person_id, 'WORKED_MONTH', w.id, w.month, (w.month + interval '1 month' - interval '1 day')::date,
           w.minutes, 'WORKED_MONTH', 'Heures du mois (import)', NULL
      FROM target t LEFT JOIN af ON af.person_id = t.person_id
      JOIN worked_month w ON w.structure_id = t.structure_id AND w.person_id = t.person_id
       AND w.month BETWEEN coalesce(af.start_date, '-infinity'::date) AND t.exit_date),
  worked AS (SELECT k.person_id, sum(k.minutes) AS minutes FROM counted k GROUP BY k.person_id)
  SELECT t.person_id, t.exit_id, t.structure_id, st.kind AS structure_kind, t.exit_date::text AS exit_date, t.reason,
         (SELECT min(c.start_date)::text FROM employment_contract c
           WHERE c.structure_id = t.structure_id AND c.person_id = t.person_id) AS contract_start,
         af.reference AS annex_reference, af.start_date::text AS annex_start, af.end_date::text AS annex_end,
         coalesce(wk.minutes, 0)::int AS minutes_worked,
         coalesce((SELECT json_agg(json_build_object('source', k.source, 'id', k.id, 'startDate', k.start_date::text,
                   'endDate', k.end_date::text, 'minutes', k.minutes, 'kind', k.kind, 'label', k.label, 'place', k.place)
                   ORDER BY k.start_date, k.source, k.label, k.id)
                   FROM counted k WHERE k.person_id = t.person_id), '[]'::json) AS hours,
         coalesce((SELECT json_agg(json_build_object('contractType', h.contract_type, 'startDate', h.start_date::text,
                   'employerName', h.employer_name) ORDER BY h.start_date)
                   FROM hire h WHERE h.structure_id = t.structure_id AND h.person_id = t.person_id), '[]'::json) AS hires,
         coalesce((SELECT json_agg(json_build_object('kind', c.kind, 'startDate', c.start_date::text,
                   'endDate', c.end_date::text) ORDER BY c.start_date)
                   FROM employment_contract c WHERE c.structure_id = t.structure_id AND c.person_id = t.person_id), '[]'::json) AS contracts
    FROM target t
    JOIN structure st ON st.id = t.structure_id
    LEFT JOIN af ON af.person_id = t.person_id
    LEFT JOIN worked wk ON wk.person_id = t.person_id;

-- ExitPresenceRepository.saveRuleFingerprint
UPDATE app_state SET value = $2, updated_at = now() WHERE key = $1;

-- ExitPresenceRepository.structuresWithExits
SELECT DISTINCT structure_id AS id FROM pathway_exit;

-- ExitPresenceRepository.updateFigures
UPDATE pathway_exit e
          SET counts = v.counts, presence_explanation = v.explanation, minutes_worked = v.minutes_worked,
              contract_start = v.contract_start, updated_at = now()
         FROM unnest($1::uuid[], $2::boolean[], $3::text[], $4::int[], $5::date[])
              AS v(id, counts, explanation, minutes_worked, contract_start)
        WHERE e.id = v.id
          AND (e.counts, e.presence_explanation, e.minutes_worked, e.contract_start)
              IS DISTINCT FROM (v.counts, v.explanation, v.minutes_worked, v.contract_start);
