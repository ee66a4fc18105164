// The bench data generator's statements (tools/bench/generate.mjs; ADR 0011: SQL lives in repositories). Each takes
// `q`, the generator's query function on its one session (`pg.Client#query`), and answers what it answers. The
// set-based inserts read the session's plan tables `pp` (one row per person) and `ss` (one per collective session)
// and the helpers `pg_temp.h` (a seeded hash in [0, 1)) and `pg_temp.uid` (deterministic uuids).

/** @typedef {(sql: string, params?: unknown[]) => Promise<import('pg').QueryResult<any>>} Q */

/** The description of a generated database (key → value), or throws 42P01 when it has none. @param {import('pg').Client} client */
export async function readBenchMeta(client) {
  const { rows } = await client.query(`SELECT key, value FROM bench_meta`);
  return Object.fromEntries(rows.map((r) => [r.key, r.value]));
}

/**
 * INSERT … SELECT FROM unnest(typed arrays): `cols` as [name, pgType][], `columns` one array of values per column
 * (array types travel as text and are cast back).
 * @param {Q} q @param {string} table @param {[string, string][]} cols @param {unknown[][]} columns
 */
export async function insertFromArrays(q, table, cols, columns) {
  const select = cols.map(([, type], c) => (type.endsWith('[]') ? `u.c${c}::${type}` : `u.c${c}`));
  const unnestTypes = cols.map(([, type], c) => `$${c + 1}::${type.endsWith('[]') ? 'text' : type}[]`);
  await q(
    `INSERT INTO ${table} (${cols.map(([n]) => n).join(', ')})
         SELECT ${select.join(', ')} FROM unnest(${unnestTypes.join(', ')}) AS u(${cols.map((_, c) => `c${c}`).join(', ')})`,
    columns,
  );
}

/**
 * The filling session's settings and helpers. Foreign keys are checked once, set-based, at the end
 * (`foreignKeyViolations`) rather than by a trigger per row: this session only (the schema is untouched); CHECK
 * constraints and unique indexes still apply row by row. Both helpers must stay inlinable (immutable bodies only:
 * `n::text`, not `|| n`, whose implicit cast is only stable).
 * @param {Q} q @param {number} seed
 */
export async function prepareFillSession(q, seed) {
  await q(`SET synchronous_commit = off`);
  await q(`SET session_replication_role = replica`);
  await q(`SET work_mem = '128MB'`);
  await q(`SET maintenance_work_mem = '256MB'`);
  await q(`CREATE FUNCTION pg_temp.h(n bigint, salt int) RETURNS float8 LANGUAGE sql IMMUTABLE PARALLEL SAFE AS
           $$ SELECT (hashint8extended(n, ${Number(seed)}::bigint * 1000 + salt) & 4503599627370495)::float8 / 4503599627370496.0 $$`);
  await q(`CREATE FUNCTION pg_temp.uid(tag text, n bigint) RETURNS uuid LANGUAGE sql IMMUTABLE PARALLEL SAFE AS
           $$ SELECT overlay(overlay(md5('${Number(seed)}:' || tag || ':' || n::text) placing '4' from 13) placing '8' from 17)::uuid $$`);
}

/** Foreign keys checked again by trigger (the end of the filling). @param {Q} q */
export async function restoreForeignKeyTriggers(q) {
  await q(`SET session_replication_role = origin`);
}

/** The creation-instant columns of the schema. @param {Q} q @returns {Promise<{ table_name: string, column_name: string }[]>} */
export async function stampedColumns(q) {
  return (
    await q(`SELECT table_name, column_name FROM information_schema.columns
              WHERE table_schema = 'public' AND column_name IN ('created_at', 'updated_at') ORDER BY 1, 2`)
  ).rows;
}

/**
 * Sets the default of every `stamped` column to `expression` (a fixed instant while filling, `now()` after).
 * @param {Q} q @param {{ table_name: string, column_name: string }[]} stamped @param {string} expression
 */
export async function setStampDefaults(q, stamped, expression) {
  for (const r of stamped)
    await q(`ALTER TABLE "${r.table_name}" ALTER COLUMN "${r.column_name}" SET DEFAULT ${expression}`);
}

/** The plan tables' indexes and statistics, once filled. @param {Q} q */
export async function indexPlanTables(q) {
  await q(`CREATE INDEX ON ss (s, d)`);
  await q(`ANALYZE pp; ANALYZE ss`);
}

/** @param {Q} q */
export async function dropPlanTables(q) {
  await q(`DROP TABLE pp; DROP TABLE ss`);
}

/**
 * The steady state of a live database, where autovacuum has passed: statistics, and visibility maps so that
 * index-only scans need no heap visit (right after a bulk load, none is set yet).
 * @param {Q} q
 */
export async function vacuumAnalyze(q) {
  await q(`VACUUM (ANALYZE)`);
}

/** Rows of table `relname`. @param {Q} q @param {string} relname @returns {Promise<number>} */
export async function countRows(q, relname) {
  return Number((await q(`SELECT count(*)::int AS n FROM "${relname}"`)).rows[0].n);
}

/** The table describing the generated data (not part of the application schema). @param {Q} q */
export async function createBenchMeta(q) {
  await q(`CREATE TABLE bench_meta (key text PRIMARY KEY, value jsonb NOT NULL)`);
  await q(
    `COMMENT ON TABLE bench_meta IS 'Benchmark data description (tools/bench/generate.mjs); not part of the application schema.'`,
  );
}

/**
 * Rows of `fk.child` whose key `fk.cols` (all set) has no row of `fk.parent` with `fk.refcols`: one anti-join.
 * @param {Q} q @param {{ child: string, parent: string, cols: string[], refcols: string[] }} fk @returns {Promise<number>}
 */
export async function foreignKeyViolations(q, fk) {
  const notNull = fk.cols.map((c) => `x."${c}" IS NOT NULL`).join(' AND ');
  const match = fk.cols.map((c, i) => `y."${fk.refcols[i]}" = x."${c}"`).join(' AND ');
  const { rows } = await q(
    `SELECT count(*)::int AS n FROM ${fk.child} x WHERE ${notNull} AND NOT EXISTS (SELECT 1 FROM ${fk.parent} y WHERE ${match})`,
  );
  return rows[0].n;
}

/** @param {Q} q */
export const createPlanTable = (q) =>
  q(`CREATE TEMP TABLE pp (n int PRIMARY KEY, id uuid, s int, sid uuid, counsellor uuid, stage text, cs date, sec date,
              exit date, att_end date, host_j int, ratio float8, last_fu_ago int, confidential bool, referred date, director uuid,
              stutor uuid, htutor uuid, landlord uuid, reviewer uuid, cert uuid, kind text)`);

/** @param {Q} q @param {unknown[]} params */
export const createSessionTable = (q, params) =>
  q(
    `CREATE TEMP TABLE ss AS SELECT * FROM unnest($1::uuid[], $2::int[], $3::date[], $4::int[], $5::text[]) AS u(id, s, d, minutes, kind)`,
    params,
  );

/** @param {Q} q @param {unknown[]} params */
export const insertTrainingAttendance = (q, params) =>
  q(
    `INSERT INTO session_attendance (id, structure_id, person_id, created_by_id, session_id, minutes_attended, absence)
       SELECT pg_temp.uid('attendance', pp.n::bigint * 100000 + ss_idx.k), pp.sid, pp.id, pp.counsellor, ss.id,
              CASE WHEN ss.d > $1::date THEN 0
                   WHEN pg_temp.h(pp.n::bigint * 100000 + ss_idx.k, 1) < pp.ratio THEN ss.minutes
                   WHEN pg_temp.h(pp.n::bigint * 100000 + ss_idx.k, 2) < 0.5 THEN 0
                   ELSE ss.minutes / 2 END,
              CASE WHEN ss.d > $1::date OR pg_temp.h(pp.n::bigint * 100000 + ss_idx.k, 1) < pp.ratio THEN NULL
                   WHEN pp.ratio < 0.7 THEN 'UNJUSTIFIED' ELSE 'JUSTIFIED' END
         FROM pp
         JOIN ss ON ss.s = pp.s AND ss.kind = 'TRAINING' AND ss.d BETWEEN pp.cs AND pp.att_end
         CROSS JOIN LATERAL (SELECT (ss.d - DATE '2000-01-01') AS k) ss_idx
        WHERE pp.cs IS NOT NULL`,
    params,
  );

/** @param {Q} q @param {unknown[]} params */
export const insertInformationAttendance = (q, params) =>
  q(
    `INSERT INTO session_attendance (id, structure_id, person_id, created_by_id, session_id, minutes_attended, absence)
       SELECT pg_temp.uid('attendance-info', pp.n), pp.sid, pp.id, pp.counsellor, i.id, CASE WHEN i.d > $1::date THEN 0 ELSE 180 END, NULL
         FROM pp
         CROSS JOIN LATERAL (SELECT ss.id, ss.d FROM ss WHERE ss.s = pp.s AND ss.kind = 'INFORMATION' AND ss.d >= pp.referred ORDER BY ss.d LIMIT 1) i`,
    params,
  );

/** @param {Q} q @param {unknown[]} params */
export const insertPlacementMissions = (q, params) =>
  q(
    `INSERT INTO mission (id, structure_id, person_id, created_by_id, kind, host_organisation_id, site, start_date, end_date, minutes,
                                  tutor_feedback, hours_status, hours_reviewed_at, hours_reviewed_by_id, hours_review_comment)
       SELECT pg_temp.uid('mission', pp.n::bigint * 100 + m), pp.sid, pp.id, pp.counsellor,
              CASE WHEN m = 0 AND pg_temp.h(pp.n::bigint * 100 + m, 3) < 0.3 THEN 'TEST'
                   WHEN pg_temp.h(pp.n::bigint * 100 + m, 3) > 0.95 THEN 'REPLACEMENT' ELSE 'PLACEMENT' END,
              pp.landlord, 'Patrimoine du bailleur', st, st + 25,
              60 * (35 + floor(pg_temp.h(pp.n::bigint * 100 + m, 4) * 36)::int),
              CASE WHEN st + 25 < $1::date - 45 THEN 'Travail soigné et ponctuel ; bon contact avec les locataires.' END,
              CASE WHEN st + 25 < $1::date - 45 THEN 'CONFIRMED'
                   WHEN pg_temp.h(pp.n::bigint * 100 + m, 5) < 0.08 THEN 'DISPUTED' ELSE 'PENDING' END,
              CASE WHEN st + 25 < $1::date - 45 THEN (st + 30)::timestamp AT TIME ZONE 'Europe/Paris' + interval '10 hours'
                   WHEN pg_temp.h(pp.n::bigint * 100 + m, 5) < 0.08 THEN (st + 28)::timestamp AT TIME ZONE 'Europe/Paris' + interval '10 hours' END,
              CASE WHEN st + 25 < $1::date - 45 OR pg_temp.h(pp.n::bigint * 100 + m, 5) < 0.08 THEN pp.reviewer END,
              CASE WHEN st + 25 >= $1::date - 45 AND pg_temp.h(pp.n::bigint * 100 + m, 5) < 0.08
                   THEN 'Une demi-journée d’absence la 2e semaine selon notre planning.' END
         FROM pp
         CROSS JOIN LATERAL generate_series(0, floor((least(coalesce(pp.exit, $1::date), $1::date) - pp.cs - 39) / 30.0)::int) AS m
         CROSS JOIN LATERAL (SELECT pp.cs + 14 + 30 * m AS st) d
        WHERE pp.cs IS NOT NULL`,
    params,
  );

/** @param {Q} q @param {unknown[]} params */
export const insertTestMissions = (q, params) =>
  q(
    `INSERT INTO mission (id, structure_id, person_id, created_by_id, kind, host_organisation_id, site, start_date, end_date, minutes)
       SELECT pg_temp.uid('mission', pp.n::bigint * 100 + 99), pp.sid, pp.id, pp.counsellor, 'TEST', pp.landlord, 'Résidence du bailleur',
              pp.referred + 10, pp.referred + 12, 21 * 60
         FROM pp WHERE pp.cs IS NULL AND pg_temp.h(pp.n, 50) < 0.1 AND pp.referred + 12 <= $1::date`,
    params,
  );

/** @param {Q} q @param {unknown[]} params */
export const insertPathwayEvents = (q, params) =>
  q(
    `INSERT INTO pathway_event (id, structure_id, person_id, created_by_id, kind, occurred_on, title, notes, confidential)
       SELECT pg_temp.uid('event', pp.n::bigint * 100 + e.k), pp.sid, pp.id, pp.counsellor, e.kind, e.on, e.title, e.notes, e.confidential
         FROM pp
         CROSS JOIN LATERAL (
           SELECT 0 AS k, 'SELECTION_INTERVIEW' AS kind, pp.referred + 10 AS on, 'Entretien de sélection' AS title,
                  'Motivation confirmée pour le métier de gardien·ne.' AS notes, false AS confidential
            WHERE pp.referred + 10 <= $1::date
           UNION ALL
           SELECT 10 + g, 'FOLLOW_UP_INTERVIEW', $1::date - pp.last_fu_ago - 38 * g, 'Entretien de suivi',
                  'Point sur le parcours et les démarches en cours.', false
             FROM generate_series(0, 6) g
            WHERE $1::date - pp.last_fu_ago - 38 * g >= pp.referred + 12
           UNION ALL
           SELECT 30, 'FOLLOW_UP_INTERVIEW', $1::date - pp.last_fu_ago - 20, 'Entretien de suivi (confidentiel)',
                  'Difficultés personnelles évoquées : orientation vers l’assistante sociale. Ne pas partager.', true
            WHERE pp.confidential AND $1::date - pp.last_fu_ago - 20 > pp.referred
           UNION ALL
           SELECT 40, 'TUTOR_MEETING', pp.cs + 45, 'Rencontre tutorale à trois', 'Objectifs du semestre fixés avec le tuteur du bailleur.', false
            WHERE pp.cs IS NOT NULL AND pp.cs + 45 <= least($1::date, coalesce(pp.exit, $1::date))
           UNION ALL
           SELECT 50, 'INTERVIEW_SIMULATION', pp.sec + 10, 'Simulation d’entretien d’embauche', 'Bonne présentation ; préparer des exemples.', false
            WHERE pp.sec IS NOT NULL AND pp.sec + 10 <= least($1::date, coalesce(pp.exit, $1::date))
         ) e`,
    params,
  );

/** @param {Q} q @param {unknown[]} params */
export const insertSkillsEvaluations = (q, params) =>
  q(
    `INSERT INTO skills_evaluation (id, structure_id, person_id, created_by_id, block_id, level, evaluated_on, evaluator_name)
       SELECT pg_temp.uid('skills', pp.n::bigint * 100 + r * 10 + b.position), pp.sid, pp.id, pp.counsellor, b.id,
              CASE WHEN r = 0 THEN 'BEGINNING' WHEN pp.sec IS NOT NULL THEN 'ACQUIRED' ELSE 'PROGRESSING' END,
              pp.cs + (30 + 60 * r) + 5 * b.position, 'Encadrant·e technique'
         FROM pp
         JOIN certification_block b ON b.certification_id = pp.cert
         CROSS JOIN generate_series(0, 1) r
        WHERE pp.cs IS NOT NULL AND pp.cs + (30 + 60 * r) + 5 * b.position <= least($1::date, coalesce(pp.exit, $1::date))`,
    params,
  );

/** @param {Q} q */
export const insertExamSessions = (q) =>
  q(`INSERT INTO exam_session (id, structure_id, person_id, created_by_id, certification_id, session_date, centre)
       SELECT pg_temp.uid('exam', pp.n), pp.sid, pp.id, pp.counsellor, pp.cert, pp.sec - 20, 'Centre d’examen régional'
         FROM pp WHERE pp.sec IS NOT NULL`);

/** @param {Q} q */
export const insertExamResults = (q) =>
  q(`INSERT INTO exam_result (id, structure_id, exam_session_id, block_id, result)
       SELECT pg_temp.uid('exam-result', pp.n::bigint * 10 + b.position), pp.sid, pg_temp.uid('exam', pp.n), b.id,
              CASE WHEN pg_temp.h(pp.n::bigint * 10 + b.position, 6) < 0.8 THEN 'FULL' WHEN pg_temp.h(pp.n::bigint * 10 + b.position, 6) < 0.93 THEN 'PARTIAL' ELSE 'NONE' END
         FROM pp JOIN certification_block b ON b.certification_id = pp.cert WHERE pp.sec IS NOT NULL`);

/** @param {Q} q @param {unknown[]} params */
export const insertOnboardingFollowUps = (q, params) =>
  q(
    `INSERT INTO pathway_event (id, structure_id, person_id, created_by_id, kind, occurred_on, title, notes, confidential)
             SELECT pg_temp.uid('event', pp.n::bigint * 100 + 60), h.structure_id, h.person_id, pp.counsellor, 'ONBOARDING_FOLLOW_UP', h.start_date + 30,
                    'Suivi d’intégration chez l’employeur', 'Prise de poste réussie ; échange avec le responsable de secteur.', false
               FROM hire h JOIN pp ON pp.id = h.person_id WHERE h.start_date + 30 <= $1::date`,
    params,
  );

/** @param {Q} q */
export const minutesWorkedToExit = (q) =>
  q(`
      SELECT pp.n, coalesce(a.m, 0) + coalesce(mi.m, 0) AS minutes
        FROM pp
        LEFT JOIN (SELECT a.person_id, sum(a.minutes_attended)::int m FROM session_attendance a JOIN collective_session s ON s.id = a.session_id
                    JOIN pp ON pp.id = a.person_id WHERE pp.exit IS NOT NULL AND s.kind = 'TRAINING' AND s.session_date <= pp.exit GROUP BY a.person_id) a ON a.person_id = pp.id
        LEFT JOIN (SELECT m.person_id, sum(m.minutes)::int m FROM mission m JOIN pp ON pp.id = m.person_id WHERE pp.exit IS NOT NULL AND m.end_date <= pp.exit GROUP BY m.person_id) mi ON mi.person_id = pp.id
       WHERE pp.exit IS NOT NULL`);

/** @param {Q} q @param {unknown[]} params */
export const insertStaffTime = (q, params) =>
  q(
    `INSERT INTO staff_time_entry (id, structure_id, created_by_id, user_id, worked_on, minutes, hourly_cost_cents, description)
             SELECT pg_temp.uid('staff-time', u.ord * 1000 + w), u.structure_id, u.structure_director, u.id, $1::date - 7 * w + 1, 420, 3150,
                    'Accompagnement socioprofessionnel (entretiens, démarches)'
               FROM (SELECT a.id, a.structure_id, (SELECT d.id FROM app_user d WHERE d.structure_id = a.structure_id AND d.role = 'DIRECTOR') AS structure_director,
                            row_number() OVER (ORDER BY a.email) AS ord
                       FROM app_user a WHERE a.role = 'COUNSELLOR') u
               CROSS JOIN generate_series(1, 52) w`,
    params,
  );

/** @param {Q} q @param {unknown[]} params */
export const allocateTrainingAttendance = (q, params) =>
  q(
    `INSERT INTO funding_allocation (id, structure_id, created_by_id, agreement_id, source_kind, attendance_id, quantity)
             SELECT pg_temp.uid('alloc-att', hashtextextended(a.id::text, 0)), a.structure_id, NULL, fa.id, 'TRAINING_ATTENDANCE', a.id, a.minutes_attended
               FROM session_attendance a
               JOIN collective_session s ON s.id = a.session_id AND s.kind = 'TRAINING'
               JOIN professionalisation_contract c ON c.person_id = a.person_id AND c.structure_id = a.structure_id
                    AND c.status IN ('ACTIVE', 'COMPLETED', 'BROKEN', 'RENEWED')
               JOIN funding_agreement fa ON fa.structure_id = a.structure_id AND fa.reference LIKE 'OPCO-%'
              WHERE a.minutes_attended > 0 AND s.session_date BETWEEN c.start_date AND coalesce(c.broken_on, c.end_date)
                AND s.session_date BETWEEN fa.start_date AND least(fa.end_date, $1::date)`,
    params,
  );

/** @param {Q} q */
export const allocateMissions = (q) =>
  q(`INSERT INTO funding_allocation (id, structure_id, created_by_id, agreement_id, source_kind, mission_id, quantity)
             SELECT pg_temp.uid('alloc-mission', hashtextextended(m.id::text, 0)), m.structure_id, NULL, fa.id, 'MISSION', m.id, m.minutes
               FROM mission m JOIN funding_agreement fa ON fa.structure_id = m.structure_id AND fa.reference LIKE 'FDI-%'
              WHERE m.start_date >= fa.start_date AND m.end_date <= fa.end_date`);

/** @param {Q} q @param {unknown[]} params */
export const allocateStaffTime = (q, params) =>
  q(
    `INSERT INTO funding_allocation (id, structure_id, created_by_id, agreement_id, source_kind, staff_time_entry_id, quantity)
               SELECT pg_temp.uid('alloc-staff-' || $1, hashtextextended(t.id::text, 0)), t.structure_id, NULL, fa.id, 'STAFF_TIME', t.id, (t.minutes * $2) / 10000
                 FROM staff_time_entry t JOIN funding_agreement fa ON fa.structure_id = t.structure_id AND fa.reference LIKE $1 || '%'
                WHERE t.worked_on BETWEEN fa.start_date AND fa.end_date`,
    params,
  );

/** @param {Q} q @param {unknown[]} params */
export const allocateExpenses = (q, params) =>
  q(
    `INSERT INTO funding_allocation (id, structure_id, created_by_id, agreement_id, source_kind, expense_id, quantity)
               SELECT pg_temp.uid('alloc-expense-' || $1, hashtextextended(e.id::text, 0)), e.structure_id, NULL, fa.id, 'EXPENSE', e.id,
                      CASE WHEN $1 = 'FSE-' THEN e.amount_cents / 2 ELSE e.amount_cents - e.amount_cents / 2 END
                 FROM expense e JOIN funding_agreement fa ON fa.structure_id = e.structure_id AND fa.reference LIKE $1 || '%'
                WHERE e.incurred_on BETWEEN fa.start_date AND fa.end_date`,
    params,
  );

/** @param {Q} q */
export const userTables = (q) =>
  q(`SELECT relname FROM pg_stat_user_tables WHERE schemaname = 'public' ORDER BY relname`);

/** @param {Q} q @param {unknown[]} params */
export const lastTrainingSession = (q, params) =>
  q(
    `SELECT s.id FROM collective_session s WHERE s.structure_id = $1 AND s.kind = 'TRAINING' AND s.session_date <= $2::date
      ORDER BY s.session_date DESC LIMIT 1`,
    params,
  );

/** @param {Q} q @param {unknown[]} params */
export const sessionAttendees = (q, params) =>
  q(
    `SELECT a.person_id FROM session_attendance a JOIN person p ON p.id = a.person_id WHERE a.session_id = $1 ORDER BY p.sort_key, p.id LIMIT 50`,
    params,
  );

/** @param {Q} q @param {unknown[]} params */
export const fixturePersonRecords = (q, params) =>
  q(
    `SELECT (SELECT count(*)::int FROM session_attendance WHERE person_id = $1) AS attendance,
            (SELECT count(*)::int FROM mission WHERE person_id = $1) AS missions,
            (SELECT count(*)::int FROM professionalisation_contract WHERE person_id = $1) AS contracts,
            (SELECT count(*)::int FROM proposal WHERE person_id = $1) AS proposals,
            (SELECT count(*)::int FROM fse_participant WHERE agreement_id = $2) AS participants,
            (SELECT count(*)::int FROM person WHERE counsellor_id = $3) AS caseload`,
    params,
  );

/** @param {Q} q */
export const foreignKeys = (q) =>
  q(`
    SELECT c.conname, c.conrelid::regclass::text AS child, c.confrelid::regclass::text AS parent,
           array_agg(a.attname::text ORDER BY k.n) AS cols, array_agg(af.attname::text ORDER BY k.n) AS refcols
      FROM pg_constraint c
      CROSS JOIN LATERAL unnest(c.conkey, c.confkey) WITH ORDINALITY AS k(col, refcol, n)
      JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = k.col
      JOIN pg_attribute af ON af.attrelid = c.confrelid AND af.attnum = k.refcol
     WHERE c.contype = 'f' AND c.connamespace = 'public'::regnamespace
     GROUP BY c.conname, c.conrelid, c.confrelid`);
