// The raw floor's statements (tools/bench/raw-server.mjs; ADR 0011: SQL lives in repositories). They are the
// baseline every other server is compared with: hand-written, as few statements per operation as SQL allows — change
// them only knowing that the floor moves with them. `pool`: the floor's `pg.Pool`.

// The page (keyset order by sort key) with its total and referent; the page's alert facts are read next with the
// API's own fact statement (raw-server.mjs).
const CASELOAD_SQL = `
SELECT p.id, p.first_name AS "firstName", p.last_name AS "lastName", p.birth_date AS "birthDate", p.stage, p.city,
       (SELECT count(*) FROM person c WHERE c.structure_id = $1 AND c.counsellor_id = $2) AS "totalCount",
       u.id AS "counsellorId", u.first_name || ' ' || u.last_name AS "counsellorName"
  FROM person p
  LEFT JOIN app_user u ON u.id = p.counsellor_id AND u.structure_id = p.structure_id
 WHERE p.structure_id = $1 AND p.counsellor_id = $2
 ORDER BY p.sort_key, p.id
 LIMIT $3`;

/**
 * @param {import('pg').Pool} pool @param {string | null} structureId @param {string | null} counsellorId
 * @param {number} first
 */
export async function caseloadPage(pool, structureId, counsellorId, first) {
  const { rows } = await pool.query(CASELOAD_SQL, [structureId, counsellorId, first]);
  return rows;
}

// One statement: the person, referent and PASS, and the timeline — every dated record of theirs, newest first.
const PERSON_SQL = `
WITH tl AS (
  SELECT a.person_id, s.session_date AS date, 'SESSION_ATTENDANCE' AS kind, s.title,
         a.minutes_attended || '/' || s.planned_minutes || ' min' || COALESCE(' ' || a.absence, '') AS detail
    FROM session_attendance a JOIN collective_session s ON s.id = a.session_id AND s.structure_id = a.structure_id
   WHERE a.structure_id = $1 AND a.person_id = $2
  UNION ALL SELECT m.person_id, m.start_date, 'MISSION', o.name, m.kind || ' ' || m.minutes || ' min'
    FROM mission m JOIN partner_organisation o ON o.id = m.host_organisation_id WHERE m.structure_id = $1 AND m.person_id = $2
  UNION ALL SELECT person_id, occurred_on, kind, title, notes FROM pathway_event WHERE structure_id = $1 AND person_id = $2
  UNION ALL SELECT person_id, effective_on, 'STAGE_TRANSITION', from_stage || ' → ' || to_stage, reason
    FROM stage_transition WHERE structure_id = $1 AND person_id = $2
  UNION ALL SELECT person_id, start_date, 'EMPLOYMENT_CONTRACT', kind, end_date::text
    FROM employment_contract WHERE structure_id = $1 AND person_id = $2
  UNION ALL SELECT person_id, start_date, 'PROFESSIONALISATION_CONTRACT', status, end_date::text
    FROM professionalisation_contract WHERE structure_id = $1 AND person_id = $2
  UNION ALL SELECT person_id, start_date, 'PASS_IAE', number, end_date::text FROM pass_iae WHERE structure_id = $1 AND person_id = $2
  UNION ALL SELECT person_id, referred_on, 'REFERRAL', prescriber_organisation, prescriber_kind
    FROM referral WHERE structure_id = $1 AND person_id = $2
  UNION ALL SELECT person_id, diagnosed_on, 'ELIGIBILITY_DIAGNOSIS', author, valid_until::text
    FROM eligibility_diagnosis WHERE structure_id = $1 AND person_id = $2
  UNION ALL SELECT person_id, decided_on, 'ADMISSION_DECISION', outcome, comment
    FROM admission_decision WHERE structure_id = $1 AND person_id = $2
  UNION ALL SELECT person_id, start_date, 'IMMERSION', host_name, objective FROM immersion WHERE structure_id = $1 AND person_id = $2
  UNION ALL SELECT person_id, start_date, 'TUTORING', tutor_id::text, end_date::text FROM tutoring WHERE structure_id = $1 AND person_id = $2
  UNION ALL SELECT person_id, evaluated_on, 'SKILLS_EVALUATION', level, comment FROM skills_evaluation WHERE structure_id = $1 AND person_id = $2
  UNION ALL SELECT person_id, session_date, 'EXAM_SESSION', centre, NULL FROM exam_session WHERE structure_id = $1 AND person_id = $2
  UNION ALL SELECT person_id, start_date, 'HIRE', employer_name, job_title FROM hire WHERE structure_id = $1 AND person_id = $2
  UNION ALL SELECT person_id, checked_on, 'RETENTION_CHECK', months_after::text, comment FROM retention_check WHERE structure_id = $1 AND person_id = $2
  UNION ALL SELECT person_id, (occurred_at AT TIME ZONE 'Europe/Paris')::date, 'PROPOSAL', kind, comment
    FROM proposal_event WHERE structure_id = $1 AND person_id = $2
  UNION ALL SELECT person_id, exit_date, 'EXIT', reason, comment FROM pathway_exit WHERE structure_id = $1 AND person_id = $2
)
SELECT p.id, p.first_name AS "firstName", p.last_name AS "lastName", p.birth_date AS "birthDate", p.stage, p.version,
       u.first_name || ' ' || u.last_name AS "counsellorName", pass.end_date AS "passEndDate",
       COALESCE((SELECT json_agg(json_build_object('date', t.date, 'kind', t.kind, 'title', t.title, 'detail', t.detail)
                         ORDER BY t.date DESC, t.kind) FROM tl t), '[]') AS timeline
  FROM person p
  LEFT JOIN app_user u ON u.id = p.counsellor_id
  LEFT JOIN pass_iae pass ON pass.person_id = p.id AND pass.structure_id = p.structure_id
 WHERE p.structure_id = $1 AND p.id = $2`;

/** The person with their timeline, or undefined. @param {import('pg').Pool} pool @param {string | null} structureId @param {string | null} id */
export async function personWithTimeline(pool, structureId, id) {
  const { rows } = await pool.query({ name: 'person', text: PERSON_SQL, values: [structureId, id] });
  return rows[0];
}

/**
 * One attendance line written (inserted, or updated in place).
 * @param {import('pg').Pool} pool
 * @param {{ structureId: string, sessionId: string, personId: string, minutesAttended: number, absence?: string | null }} body
 */
export async function upsertAttendance(pool, body) {
  const { rows } = await pool.query(
    `INSERT INTO session_attendance (structure_id, session_id, person_id, minutes_attended, absence)
     VALUES ($1, $2, $3, $4, $5)
     ON CONFLICT (session_id, person_id)
     DO UPDATE SET minutes_attended = EXCLUDED.minutes_attended, absence = EXCLUDED.absence, updated_at = now()
     RETURNING id, minutes_attended AS "minutesAttended"`,
    [body.structureId, body.sessionId, body.personId, body.minutesAttended, body.absence ?? null],
  );
  return rows[0];
}
