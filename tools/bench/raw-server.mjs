// The floor: node:http + pg (pool 10) doing the bench's reads and write in hand-written SQL, as few statements per
// operation as SQL allows; no GraphQL, no framework, no authentication, no validation beyond parsing. The pure rules
// (alerts from their facts), the alert-fact statement and the dashboard's indicator SQL come from the compiled API
// (dist), so that the floor does the same work in the database and in JavaScript, without the framework around it.
//
//   DATABASE_URL=postgres://… PORT=… node tools/bench/raw-server.mjs
//
// Routes (JSON): GET /ping · GET /caseload?structureId&counsellorId&first · GET /person?structureId&id ·
// POST /attendance {structureId, sessionId, personId, minutesAttended, absence} ·
// GET /dashboard?structureId&periodStart&periodEnd. Prints `ready <port>` once it listens.
import { createServer } from 'node:http';
import { createRequire } from 'node:module';
import pg from 'pg';
import { caseloadPage, personWithTimeline, upsertAttendance } from './raw-floor.repository.mjs';

const require = createRequire(import.meta.url);
const DIST = new URL('../../dist/apps/api/', import.meta.url).pathname;
const domain = require(`${DIST}libs/shared/domain/src/index.js`);
const records = require(`${DIST}apps/api/src/modules/reports/indicators/indicators.repository.js`);
const { familyFigures } = records;
const { gatherAlertFacts } = require(`${DIST}apps/api/src/modules/stages/alerts.facts.js`);
const { FACTS_SQL, factParams } = require(`${DIST}apps/api/src/modules/stages/alerts.repository.js`);

const connectionString = process.env.DATABASE_URL;
if (!connectionString) throw new Error('DATABASE_URL manquant');
const pool = new pg.Pool({ connectionString, max: 10 });
// Dates as text, as the API reads them (no JS Date round trip).
pg.types.setTypeParser(1082, (v) => v);

const todayInParis = () => domain.todayInParis();

// Two statements: the page (keyset order by sort key) with its total and referent, then every alert fact of the page's
// persons — the API's own fact statement (alerts.facts.ts, from dist), so that the floor does the same work in the
// database and differs only by what is around it (no GraphQL, no framework, no ORM).
const db = { query: (text, values) => pool.query(text, values).then((r) => r.rows) };
// The API's AlertsRepository.factRows, on this pool: the same prepared statement, the same parameters.
const alertsRepository = {
  factRows: (structureId, ids, today) =>
    pool
      .query({ name: 'alert_facts', text: FACTS_SQL, values: factParams(structureId, ids, today) })
      .then((r) => r.rows),
};

async function caseload(q) {
  const today = todayInParis();
  const first = Math.min(Number(q.get('first') ?? 50), 100);
  const structureId = q.get('structureId');
  const rows = await caseloadPage(pool, structureId, q.get('counsellorId'), first);
  const facts = await gatherAlertFacts(
    alertsRepository,
    structureId,
    rows.map((r) => r.id),
    today,
  );
  return {
    totalCount: Number(rows[0]?.totalCount ?? 0),
    nodes: rows.map((r, i) => {
      const alerts = domain.computeAlerts({ ...facts[i], stage: r.stage }, today);
      const nextDeadline = alerts.reduce((m, a) => (a.dueDate && (!m || a.dueDate < m) ? a.dueDate : m), null);
      return {
        id: r.id,
        firstName: r.firstName,
        lastName: r.lastName,
        birthDate: r.birthDate,
        stage: r.stage,
        city: r.city,
        counsellor: r.counsellorId ? { id: r.counsellorId, fullName: r.counsellorName } : null,
        passEndDate: facts[i].passEndDate,
        nextDeadline,
        alerts,
      };
    }),
  };
}

// One statement: the person, referent and PASS, and the timeline — every dated record of theirs, newest first.

async function person(q) {
  const row = await personWithTimeline(pool, q.get('structureId'), q.get('id'));
  if (!row) throw Object.assign(new Error('not found'), { status: 404 });
  return row;
}

async function attendance(body) {
  return upsertAttendance(pool, body);
}

// The dashboard's figures: the same indicator-family statements as the API (one per family, plus partnership targets).
async function dashboard(q) {
  const scope = { structureId: q.get('structureId'), start: q.get('periodStart'), end: q.get('periodEnd') };
  const tp = new records.SqlParams();
  const results = await Promise.all([
    familyFigures(db, records.PATHWAY_FAMILY, scope),
    familyFigures(db, records.ENTRIES_FAMILY, scope, undefined, ['entries']),
    familyFigures(db, records.EXITS_FAMILY, scope, undefined, ['exits.total']),
    familyFigures(db, records.TRAINING_FAMILY, scope, undefined, ['training.scheduled', 'training.attended']),
    familyFigures(db, records.CERTIFICATIONS_FAMILY, scope),
    familyFigures(db, records.EMPLOYMENT_FAMILY, scope),
    familyFigures(db, records.PARTNERSHIPS_FAMILY, scope),
    familyFigures(db, records.CONTRACTS_FAMILY, scope),
    db.query(records.partnershipTargetsSql(tp, scope), tp.values),
  ]);
  const figures = {};
  for (const f of results.slice(0, 8)) for (const [code, agg] of f.byCode) figures[code] = agg;
  return { figures, partnerships: results[8] };
}

const readBody = (req) =>
  new Promise((resolve, reject) => {
    let s = '';
    req.on('data', (d) => (s += d)).on('end', () => resolve(s ? JSON.parse(s) : {}));
    req.on('error', reject);
  });

const server = createServer(async (req, res) => {
  const url = new URL(req.url ?? '/', 'http://x');
  try {
    let out;
    if (url.pathname === '/ping') out = { ok: true };
    else if (url.pathname === '/caseload') out = await caseload(url.searchParams);
    else if (url.pathname === '/person') out = await person(url.searchParams);
    else if (url.pathname === '/attendance' && req.method === 'POST') out = await attendance(await readBody(req));
    else if (url.pathname === '/dashboard') out = await dashboard(url.searchParams);
    else {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(out));
  } catch (/** @type {any} */ e) {
    res.writeHead(e.status ?? 500, { 'content-type': 'application/json' }).end(JSON.stringify({ error: e.message }));
  }
});
server.listen(Number(process.env.PORT ?? 0), '127.0.0.1', () => {
  process.stdout.write(`ready ${/** @type {import('node:net').AddressInfo} */ (server.address()).port}\n`);
});
process.on('SIGTERM', () => {
  server.close();
  void pool.end().then(() => process.exit(0));
});
