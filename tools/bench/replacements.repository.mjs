// What the replacement-ranking operation (tools/bench/replacement-ranking.mjs) reads from and prepares in the database
// it measures (ADR 0011: SQL lives in repositories). `c`: a connected `pg.Client` on that database.
//
// Every row it writes is its own: deterministic ids (`pg_temp`-free: md5 of a fixed text), bench persons recognised by
// their e-mail domain, `ON CONFLICT DO NOTHING` — a second run reuses what the first wrote.

/** The bench persons' e-mail domain: how they are told from the structure's own persons. */
export const BENCH_EMAIL_DOMAIN = 'remplacement.bench.tremplin.test';
/** The most bench persons a structure may need (1,000 candidates, minus its own persons in pathway). */
export const MAX_CANDIDATES = 1000;

/** A deterministic uuid from a text (SQL). */
const uid = (text) => `md5(${text})::uuid`;

/**
 * The structure to rank: the one, other than `avoidStructureId` when another exists, with the fewest persons of its own
 * in pathway (bench persons left out); its counsellor other than `avoidCounsellorId` when it has one.
 * @param {import('pg').Client} c @param {string} avoidStructureId @param {string} avoidCounsellorId
 * @returns {Promise<{ structureId: string, own: number, counsellorId: string, counsellorEmail: string }>}
 */
export async function pickRankingStructure(c, avoidStructureId, avoidCounsellorId) {
  const { rows } = await c.query(
    `SELECT s.id AS "structureId",
            (SELECT count(*)::int FROM person p WHERE p.structure_id = s.id AND p.stage <> 'EXITED'
                AND coalesce(p.email, '') NOT LIKE '%@' || $3) AS own,
            u.id AS "counsellorId", u.email AS "counsellorEmail"
       FROM structure s
       JOIN LATERAL (SELECT u.id, u.email FROM app_user u WHERE u.structure_id = s.id AND u.role = 'COUNSELLOR'
                      ORDER BY u.id = $2, u.id LIMIT 1) u ON true
      ORDER BY s.id = $1, own, s.id
      LIMIT 1`,
    [avoidStructureId, avoidCounsellorId, BENCH_EMAIL_DOMAIN],
  );
  if (!rows[0]) throw new Error('aucune structure avec un·e conseiller·ère');
  return rows[0];
}

/**
 * The structure's OPEN replacement request (one per structure, its id derived from the structure's): at the partner
 * site with coordinates (the first by id; coordinates given to it when none has any), next week's Tuesday 18:00–22:00
 * (Paris), the first two blocks of the first certification at PROGRESSING or above, the SST required. Reset to OPEN,
 * its slot moved to the coming week, at each run (no offer is ever sent on it).
 * @param {import('pg').Client} c @param {string} structureId @param {string} createdById
 * @returns {Promise<{ id: string, blockIds: string[], day: string, siteId: string, partnerId: string, latitude: number,
 *                     longitude: number }>}
 */
export async function ensureRankingRequest(c, structureId, createdById) {
  const site = (
    await c.query(
      `SELECT id, partner_organisation_id AS "partnerId", latitude, longitude FROM partner_site
        ORDER BY latitude IS NULL, id LIMIT 1`,
    )
  ).rows[0];
  if (!site) throw new Error('aucun site d’employeur partenaire');
  if (site.latitude === null) {
    await c.query(`UPDATE partner_site SET latitude = 49.4431, longitude = 1.0993 WHERE id = $1`, [site.id]);
    Object.assign(site, { latitude: 49.4431, longitude: 1.0993 });
  }
  const { rows } = await c.query(
    `WITH slot AS (
       SELECT (date_trunc('week', now() AT TIME ZONE 'Europe/Paris') + interval '8 days 18 hours') AT TIME ZONE 'Europe/Paris' AS starts_at),
     blocks AS (
       SELECT coalesce(array_agg(b.id ORDER BY b.position, b.id), '{}') AS ids FROM (
         SELECT b.id, b.position FROM certification_block b
          WHERE b.certification_id = (SELECT id FROM certification ORDER BY id LIMIT 1)
          ORDER BY b.position, b.id LIMIT 2) b)
     INSERT INTO replacement_request (id, structure_id, partner_organisation_id, site_id, starts_at, ends_at, minutes,
                                      job_label, required_block_ids, min_level, required_clearances, answer_by, status,
                                      created_by_id)
     SELECT ${uid(`'bench-replacement-request:' || $1::uuid::text`)}, $1, $2, $3, slot.starts_at, slot.starts_at + interval '4 hours',
            240, 'Veille de nuit (bench)', blocks.ids, 'PROGRESSING', ARRAY['SST']::varchar[],
            slot.starts_at - interval '1 hour', 'OPEN', $4
       FROM slot, blocks
     ON CONFLICT (id) DO UPDATE SET starts_at = EXCLUDED.starts_at, ends_at = EXCLUDED.ends_at,
            answer_by = EXCLUDED.answer_by, status = 'OPEN', filled_at = NULL, mission_id = NULL, escalated_at = NULL
     RETURNING id, required_block_ids AS "blockIds", to_char(starts_at AT TIME ZONE 'Europe/Paris', 'YYYY-MM-DD') AS day`,
    [structureId, site.partnerId, site.id, createdById],
  );
  return { ...rows[0], siteId: site.id, partnerId: site.partnerId, latitude: site.latitude, longitude: site.longitude };
}

/**
 * The structure's bench persons n = 0 … MAX_CANDIDATES − own − 1 (inserted once), those below `count − own` in pathway
 * and the others exited, so that exactly `count` persons of the structure are candidates (when `own` ≤ `count`).
 * Their facts, a mix that sends some apart and ranks the others (n the person's index):
 * - home within ~0–20 km of the site;
 * - availability: n % 3 = 0 none, 1 weekday evenings 17:00–24:00 (covers the slot), 2 weekday days 08:00–17:00;
 * - the SST when n % 4 ≠ 3 (expired when n % 10 = 6);
 * - on each required block, when n % 5 ≠ 0, an evaluation BEGINNING (n % 5 = 1), PROGRESSING (2, 3) or ACQUIRED (4),
 *   and an older BEGINNING one before it;
 * - an absence over the slot's day when n % 17 = 0;
 * - a past placement at the request's employer when n % 4 = 0 (history, the 480-hour cap), a mission the week of the
 *   slot when n % 9 = 0 (48-hour week, overlap).
 * @param {import('pg').Client} c
 * @param {{ structureId: string, own: number, counsellorId: string, count: number,
 *           request: { blockIds: string[], day: string, partnerId: string, latitude: number, longitude: number } }} o
 * @returns {Promise<number>} the structure's candidates now (persons in pathway)
 */
export async function ensureRankingCandidates(c, { structureId, own, counsellorId, count, request }) {
  const total = Math.max(0, MAX_CANDIDATES - own);
  const active = Math.max(0, count - own);
  const key = (kind, n = 'n') => uid(`'bench-replacement:${kind}:' || $1::uuid::text || ':' || ${n}::text`);
  await c.query(
    `INSERT INTO person (id, structure_id, first_name, last_name, birth_date, email, city, counsellor_id, stage, sort_key,
                         latitude, longitude)
     SELECT ${key('person')}, $1, 'Candidat·e', 'Remplacement ' || lpad(n::text, 4, '0'), date '1990-01-01' + (n % 9000),
            'remplacement.' || n || '@' || $3, 'Rouen', $2, 'TRAINING', 'remplacement ' || lpad(n::text, 4, '0') || ' candidat·e',
            $4::float8 + ((n * 37) % 200 - 100) * 0.001, $5::float8 + ((n * 53) % 200 - 100) * 0.0014
       FROM generate_series(0, $6::int - 1) n
     ON CONFLICT DO NOTHING`,
    [structureId, counsellorId, BENCH_EMAIL_DOMAIN, request.latitude, request.longitude, total],
  );
  const persons = `(SELECT n, ${key('person')} AS id FROM generate_series(0, $2::int - 1) n) p`;
  await c.query(
    `INSERT INTO person_availability (id, structure_id, person_id, created_by_id, weekday, start_minute, end_minute)
     SELECT ${key("availability:' || d::text || '", 'p.n')}, $1, p.id, $3, d,
            CASE WHEN p.n % 3 = 1 THEN 1020 ELSE 480 END, CASE WHEN p.n % 3 = 1 THEN 1440 ELSE 1020 END
       FROM ${persons} CROSS JOIN generate_series(1, 5) d WHERE p.n % 3 <> 0
     ON CONFLICT DO NOTHING`,
    [structureId, total, counsellorId],
  );
  await c.query(
    `INSERT INTO person_clearance (id, structure_id, person_id, created_by_id, code, expires_on)
     SELECT ${key('clearance', 'p.n')}, $1, p.id, $3, 'SST', CASE WHEN p.n % 10 = 6 THEN $4::date - 30 END
       FROM ${persons} WHERE p.n % 4 <> 3
     ON CONFLICT DO NOTHING`,
    [structureId, total, counsellorId, request.day],
  );
  await c.query(
    `INSERT INTO skills_evaluation (id, structure_id, person_id, created_by_id, block_id, level, evaluated_on, evaluator_name)
     SELECT ${key("skills:' || b.ord::text || ':' || r::text || '", 'p.n')}, $1, p.id, $3, b.id,
            CASE WHEN r = 0 THEN 'BEGINNING' WHEN p.n % 5 = 1 THEN 'BEGINNING' WHEN p.n % 5 = 4 THEN 'ACQUIRED'
                 ELSE 'PROGRESSING' END,
            $5::date - 200 + 60 * r - b.ord::int, 'Encadrant·e technique'
       FROM ${persons} CROSS JOIN unnest($4::uuid[]) WITH ORDINALITY b(id, ord) CROSS JOIN generate_series(0, 1) r
      WHERE p.n % 5 <> 0
     ON CONFLICT DO NOTHING`,
    [structureId, total, counsellorId, request.blockIds, request.day],
  );
  await c.query(
    `INSERT INTO person_unavailability (id, structure_id, person_id, created_by_id, starts_on, ends_on, reason)
     SELECT ${key('absence', 'p.n')}, $1, p.id, $3, $4::date - 1, $4::date + 1, 'Rendez-vous (bench)'
       FROM ${persons} WHERE p.n % 17 = 0
     ON CONFLICT DO NOTHING`,
    [structureId, total, counsellorId, request.day],
  );
  await c.query(
    `INSERT INTO mission (id, structure_id, person_id, created_by_id, kind, host_organisation_id, site, start_date, end_date,
                          minutes, tutor_feedback)
     SELECT ${key("mission:' || k::text || '", 'p.n')}, $1, p.id, $3, 'PLACEMENT', $5,
            CASE WHEN k = 0 THEN 'Résidence (bench)' ELSE 'Chantier (bench)' END,
            CASE WHEN k = 0 THEN $4::date - 120 ELSE $4::date - 1 END, CASE WHEN k = 0 THEN $4::date - 90 ELSE $4::date + 3 END,
            CASE WHEN k = 0 THEN 60 * (20 + p.n % 40) ELSE 60 * 35 END,
            CASE WHEN k = 0 THEN 'Ponctuel·le, bon contact avec les locataires.' END
       FROM ${persons} CROSS JOIN generate_series(0, 1) k
      WHERE (k = 0 AND p.n % 4 = 0) OR (k = 1 AND p.n % 9 = 0)
     ON CONFLICT DO NOTHING`,
    [structureId, total, counsellorId, request.day, request.partnerId],
  );
  // Exactly `count` candidates: the first `active` bench persons in pathway, the others exited.
  await c.query(
    `UPDATE person SET stage = CASE WHEN p.n < $3 THEN 'TRAINING' ELSE 'EXITED' END::pathway_stage
       FROM ${persons}
      WHERE person.id = p.id AND person.stage <> CASE WHEN p.n < $3 THEN 'TRAINING' ELSE 'EXITED' END::pathway_stage`,
    [structureId, total, active],
  );
  const { rows } = await c.query(
    `SELECT count(*)::int AS n FROM person WHERE structure_id = $1 AND stage <> 'EXITED'`,
    [structureId],
  );
  return rows[0].n;
}
