// The data of the report benchmark (tools/bench-report.mjs), set-based and deterministic, and what it reads back
// (ADR 0011: SQL lives in repositories). `db`: the API's TypeORM DataSource (`query` answers the rows).

/** @typedef {{ query: (sql: string, params?: unknown[]) => Promise<any[]> }} Db */

/**
 * `participants` persons of structure `structureId`, each a FSE+ participant of `agreementId`, with twelve monthly
 * training sessions and their attendance lines (one person in three per session).
 * @param {Db} db @param {string} structureId @param {string} agreementId @param {number} participants
 */
export async function fillReportParticipants(db, structureId, agreementId, participants) {
  await db.query(
    `INSERT INTO person (structure_id, first_name, last_name, birth_date, sort_key)
       SELECT $1, 'Prénom' || g, 'Participant·e ' || lpad(g::text, 5, '0'), DATE '1960-01-01' + (g * 37 % 16000),
              'participant·e ' || lpad(g::text, 5, '0') || ' prenom' || g
         FROM generate_series(1, $2) g`,
    [structureId, participants],
  );
  await db.query(
    `INSERT INTO fse_participant (structure_id, agreement_id, person_id, entry_date, gender, labour_market_status,
         isced_level, situations, situations_answered, birth_year, exit_date, exit_situation, six_months_checked_on,
         six_months_employed, six_months_improved_situation)
       SELECT p.structure_id, $2, p.id,
              DATE '2026-01-02' + (n * 7 % 180),
              (ARRAY['WOMAN','MAN','NON_BINARY', NULL])[1 + n % 4],
              (ARRAY['LONG_TERM_UNEMPLOYED','UNEMPLOYED','INACTIVE','EMPLOYED', NULL])[1 + n % 5],
              (ARRAY['ISCED_0_2','ISCED_3_4','ISCED_5_8', NULL])[1 + n % 4],
              CASE WHEN n % 6 = 0 THEN ARRAY['DISABILITY']::varchar[] ELSE '{}'::varchar[] END,
              n % 9 <> 0,
              1960 + n % 45,
              CASE WHEN n % 5 < 3 THEN DATE '2026-01-02' + (n * 7 % 180) + 120 + n % 60 END,
              CASE WHEN n % 5 < 3 THEN (ARRAY['EMPLOYED','IN_EDUCATION_OR_TRAINING','GAINED_QUALIFICATION','JOB_SEARCHING','INACTIVE'])[1 + n % 5 * 7 % 5] END,
              CASE WHEN n % 5 = 0 THEN DATE '2026-12-15' END,
              CASE WHEN n % 5 = 0 THEN n % 2 = 0 END,
              CASE WHEN n % 5 = 0 THEN n % 3 <> 0 END
         FROM (SELECT id, structure_id, (row_number() OVER (ORDER BY last_name))::int AS n FROM person WHERE structure_id = $1) p`,
    [structureId, agreementId],
  );
  await db.query(
    `INSERT INTO collective_session (structure_id, kind, title, session_date, planned_minutes)
       SELECT $1, 'TRAINING', 'Formation ' || m, DATE '2026-01-15' + (m - 1) * 30, 420 FROM generate_series(1, 12) m`,
    [structureId],
  );
  await db.query(
    `INSERT INTO session_attendance (structure_id, person_id, session_id, minutes_attended)
       SELECT p.structure_id, p.id, cs.id, 420 - (p.n + cs.m) % 4 * 60
         FROM (SELECT id, structure_id, (row_number() OVER (ORDER BY last_name))::int AS n FROM person WHERE structure_id = $1) p
         JOIN (SELECT id, (row_number() OVER (ORDER BY session_date))::int AS m FROM collective_session WHERE structure_id = $1) cs
           ON (p.n + cs.m) % 3 = 0`,
    [structureId],
  );
}

/** Attendance lines of the structure. @param {Db} db @param {string} structureId @returns {Promise<number>} */
export async function countAttendance(db, structureId) {
  const [{ n }] = await db.query(`SELECT count(*)::int AS n FROM session_attendance WHERE structure_id = $1`, [
    structureId,
  ]);
  return n;
}

/** What the report's figures file keeps of its job. @param {Db} db @param {string} jobId */
export async function reportJobRow(db, jobId) {
  const [row] = await db.query(`SELECT figures, kind, created_at, parameters FROM report_job WHERE id = $1`, [jobId]);
  return row;
}

/** Rows of every table of the report's figures. @param {Db} db @param {string} jobId @returns {Promise<number>} */
export async function reportTableRows(db, jobId) {
  const [{ rows }] = await db.query(
    `SELECT sum(json_array_length(t->'rows'))::int AS rows FROM report_job, json_array_elements(figures->'tables') t WHERE id = $1`,
    [jobId],
  );
  return rows;
}
