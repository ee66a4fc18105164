// What the bench runner (tools/bench/run.mjs) reads from and prepares in the database it measures (ADR 0011: SQL lives
// in repositories). `c`: a connected `pg.Client` on that database.

/**
 * The fixture of `--try` (the demo database): the counsellor with the largest caseload, a director of their structure,
 * the person with the most attendance lines, the past session with the most lines, a FSE+ agreement, and counts.
 * @param {import('pg').Client} c
 */
export async function readTryFixture(c) {
  /** @type {(sql: string, p?: unknown[]) => Promise<any>} */
  const one = async (sql, p = []) => (await c.query(sql, p)).rows[0];
  const counsellor = await one(
    `SELECT u.id, u.email, u.structure_id FROM app_user u WHERE u.role = 'COUNSELLOR'
      ORDER BY (SELECT count(*) FROM person p WHERE p.counsellor_id = u.id) DESC LIMIT 1`,
  );
  const director = await one(`SELECT email FROM app_user WHERE role = 'DIRECTOR' AND structure_id = $1 LIMIT 1`, [
    counsellor.structure_id,
  ]);
  const person = await one(
    `SELECT person_id AS id FROM session_attendance WHERE structure_id = $1 GROUP BY 1 ORDER BY count(*) DESC LIMIT 1`,
    [counsellor.structure_id],
  );
  const session = await one(
    `SELECT s.id, array_agg(a.person_id) AS persons FROM collective_session s JOIN session_attendance a ON a.session_id = s.id
      WHERE s.structure_id = $1 AND s.session_date <= current_date GROUP BY s.id ORDER BY count(*) DESC LIMIT 1`,
    [counsellor.structure_id],
  );
  const agreement = await one(
    `SELECT a.id FROM funding_agreement a JOIN funder f ON f.id = a.funder_id WHERE a.structure_id = $1 AND f.kind = 'FSE_PLUS' LIMIT 1`,
    [counsellor.structure_id],
  );
  const counts = Object.fromEntries(
    (
      await c.query(
        `SELECT 'structures' k, count(*)::int n FROM structure UNION ALL SELECT 'persons', count(*) FROM person
         UNION ALL SELECT 'attendance', count(*) FROM session_attendance UNION ALL SELECT 'missions', count(*) FROM mission`,
      )
    ).rows.map((r) => [r.k, r.n]),
  );
  return { counsellor, director, person, session, agreement, counts };
}

/**
 * The attendance write's starting point: every line of session `sessionId` set to full presence (its planned minutes,
 * a new version where that changed a line), then the lines of `personIds` with their id and version.
 * @param {import('pg').Client} c @param {string} sessionId @param {string[]} personIds
 * @returns {Promise<{ plannedMinutes: number, lines: { person_id: string, id: string, version: number }[] }>}
 */
export async function prepareAttendanceLines(c, sessionId, personIds) {
  const plannedMinutes = (await c.query(`SELECT planned_minutes FROM collective_session WHERE id = $1`, [sessionId]))
    .rows[0].planned_minutes;
  await c.query(
    `UPDATE session_attendance SET minutes_attended = $2::int, absence = NULL, version = version + 1
      WHERE session_id = $1 AND (minutes_attended IS DISTINCT FROM $2::int OR absence IS NOT NULL)`,
    [sessionId, plannedMinutes],
  );
  const { rows } = await c.query(
    `SELECT person_id, id, version FROM session_attendance WHERE session_id = $1 AND person_id = ANY($2::uuid[])`,
    [sessionId, personIds],
  );
  return { plannedMinutes, lines: rows };
}
