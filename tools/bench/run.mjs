// `npm run bench`: Tremplin's GraphQL API, PostGraphile 5 over the same database (the peer) and a raw-SQL server
// (the floor), measured side by side in the same run, interleaved, at 16 connections (autocannon), each behind its
// own statement-counting PostgreSQL proxy. Prints the figures and writes them to docs/benchmarks.md.
//
//   node tools/bench/run.mjs [--url U] [--seed 42] [--scale 1] [--force] [--rounds 3] [--duration 5] [--no-docs]
//                            [--ops caseload50,person,replacement-ranking | --ops report] [--report-participants 8500]
//
// The database comes from tools/bench/generate.mjs (ensureBenchDatabase: reused when it holds the same scale and
// seed). `--try` uses instead the demo database `tremplin_bench_try` (created by the built API with SEED_DEMO=true)
// and a fixture read from it — to try the runner on small data. Figures, never assertions.
import { spawn, execSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, unlinkSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import { performance } from 'node:perf_hooks';
import { setTimeout as sleep } from 'node:timers/promises';
import autocannon from 'autocannon';
import pg from 'pg';
import { bundleSizes, renderBundleSizes } from './bundle-size.mjs';
import { prepareAttendanceLines, readTryFixture } from './fixture.repository.mjs';
import { prepareReplacementRanking } from './replacement-ranking.mjs';

const ROOT = new URL('../../', import.meta.url).pathname;
const MAIN = `${ROOT}dist/apps/api/apps/api/src/main.js`;
const CONNECTIONS = 16;

const argv = process.argv.slice(2);
const flag = (name) => argv.includes(`--${name}`);
const opt = (name, def) => {
  const i = argv.indexOf(`--${name}`);
  return i >= 0 ? argv[i + 1] : def;
};
const TRY = flag('try');
const defaultUrl = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/tremplin_bench';
const dbUrl = opt('url', TRY ? defaultUrl.replace(/\/[^/]*$/, '/tremplin_bench_try') : defaultUrl);
const seed = Number(opt('seed', 42));
const scale = Number(opt('scale', 1));
const rounds = Number(opt('rounds', 3));
const duration = Number(opt('duration', 5));
const warmup = Number(opt('warmup', 2));
// `--ops caseload50,person`: only those operations, a short table, no report render, docs untouched (a quick loop
// while working on one operation; the figures in docs/benchmarks.md always come from a full run).
const onlyOps = opt('ops', '').split(',').filter(Boolean);

const children = [];
const log = (s) => process.stdout.write(`${s}\n`);
const pct = (sorted, p) =>
  sorted.length ? sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] : NaN;
const fmt = (n, d = 1) => (Number.isFinite(n) ? n.toFixed(d) : '—');

// ── Database and fixture ─────────────────────────────────────────────────────────────────────────────────────────
async function tryFixture(url) {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  const { counsellor, director, person, session, agreement, counts } = await readTryFixture(c);
  await c.end();
  const { DEMO_PASSWORD } = await import(`${ROOT}dist/apps/api/apps/api/src/database/seeds/demo.seed.js`);
  return {
    fixture: {
      directorEmail: director.email,
      counsellorEmail: counsellor.email,
      password: DEMO_PASSWORD,
      structureId: counsellor.structure_id,
      caseloadCounsellorId: counsellor.id,
      personId: person.id,
      sessionId: session.id,
      attendeePersonIds: session.persons,
      agreementId: agreement.id,
      periodStart: `${new Date().getFullYear()}-01-01`,
      periodEnd: `${new Date().getFullYear()}-12-31`,
    },
    counts,
    generatedMs: 0,
    reused: true,
  };
}

async function database() {
  if (TRY) return tryFixture(dbUrl);
  const generator = new URL('./generate.mjs', import.meta.url);
  if (!existsSync(generator.pathname))
    throw new Error('tools/bench/generate.mjs manque (générateur des données) ; --try pour la base de démonstration');
  const { ensureBenchDatabase } = await import(generator.href);
  return ensureBenchDatabase({ url: dbUrl, seed, scale, force: flag('force') });
}

// ── Processes ────────────────────────────────────────────────────────────────────────────────────────────────────
function start(name, args, env, readyLine) {
  const child = spawn(process.execPath, args, { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  children.push(child);
  let out = '';
  const ready = new Promise((resolve, reject) => {
    const onData = (d) => {
      out += d;
      const m = readyLine && out.match(readyLine);
      if (m) resolve(m);
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', (d) => (out += d));
    child.on('exit', (code) => reject(new Error(`${name} s’est arrêté (code ${code}) :\n${out.slice(-3000)}`)));
  });
  return { child, ready, output: () => out };
}

async function waitHttp(url, timeoutMs = 60_000) {
  const t0 = Date.now();
  for (;;) {
    try {
      const r = await fetch(url);
      if (r.ok) return;
    } catch {
      /* not yet */
    }
    if (Date.now() - t0 > timeoutMs) throw new Error(`${url} ne répond pas`);
    await sleep(250);
  }
}

const withPort = (url, port) => {
  const u = new URL(url);
  u.hostname = '127.0.0.1';
  u.port = String(port);
  return u.toString();
};

// ── HTTP helpers ─────────────────────────────────────────────────────────────────────────────────────────────────
async function request(base, spec) {
  const res = await fetch(`${base}${spec.path}`, {
    method: spec.method,
    headers: spec.headers,
    body: spec.body,
  });
  const text = await res.text();
  return { status: res.status, text, headers: res.headers };
}

const isError = (status, text) => status >= 400 || text.startsWith('{"errors"') || text.includes('"errors":[');

async function signIn(base, email, password) {
  const res = await fetch(`${base}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      query: `mutation($input: SignInInput!) { signIn(input: $input) { id } }`,
      variables: { input: { email, password } },
    }),
  });
  const body = await res.text();
  if (isError(res.status, body)) throw new Error(`Connexion de ${email} refusée : ${body}`);
  return res.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .join('; ');
}

const gql = (query, variables, cookie) => ({
  method: 'POST',
  path: '/graphql',
  headers: { 'content-type': 'application/json', ...(cookie ? { cookie } : {}) },
  body: JSON.stringify({ query, variables }),
});

// ── The operations ───────────────────────────────────────────────────────────────────────────────────────────────
// Tremplin: the web app's own documents (persons.documents.ts, pathway.documents.ts, sessions.documents.ts,
// dashboard.documents.ts). PostGraphile: the closest query its default schema allows. Raw: the floor's routes.
const TREMPLIN_PERSONS = `query Persons($filter: PersonFilter, $first: Int) {
  persons(filter: $filter, first: $first) {
    totalCount
    pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
    edges { cursor node { id firstName lastName age stage city counsellor { id fullName } nextDeadline
      alerts { code label severity message } } }
  } }`;
const TREMPLIN_PERSON = `query PersonFile($id: ID!) {
  person(id: $id) {
    id firstName lastName age stage version counsellor { id fullName }
    passIae { id endDate statusLabel }
    alerts { code label severity message dueDate }
    nextStageGate { toStage missing }
    stageHistory { id fromStage toStage effectiveOn reason overrideReason missingEvidence author { id fullName } }
    timeline { id date kind kindLabel title detail confidential }
  } }`;
const TREMPLIN_ATTENDANCE = `mutation RecordAttendance($input: RecordAttendanceInput!) {
  recordAttendance(input: $input) { id plannedMinutes } }`;
const TREMPLIN_DASHBOARD = `query Dashboard($periodStart: String!, $periodEnd: String!) {
  dashboard(periodStart: $periodStart, periodEnd: $periodEnd) {
    periodStart periodEnd structureName
    sections { title
      figures { code label value unit targetValue targetLabel definition drillable }
      charts { code kind title unit categories series { label values } } } } }`;

const PGL_PERSONS = `query Caseload($structureId: UUID!, $counsellorId: UUID!, $first: Int!) {
  allPeople(condition: { structureId: $structureId, counsellorId: $counsellorId }, orderBy: [SORT_KEY_ASC, PRIMARY_KEY_ASC], first: $first) {
    totalCount
    pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
    edges { cursor node {
      rowId firstName lastName birthDate stage city
      appUserByCounsellorId { rowId firstName lastName }
      hiresByPersonIdAndStructureId(orderBy: START_DATE_DESC, first: 1) {
        nodes { startDate } }
      pathwayEventsByPersonIdAndStructureId(orderBy: OCCURRED_ON_DESC, first: 1) { nodes { occurredOn kind } }
      professionalisationContractsByPersonIdAndStructureId {
        nodes { status startDate endDate submittedOn opcoDecision brokenOn plannedTrainingMinutes } }
      eligibilityDiagnosesByPersonIdAndStructureId(first: 1) { nodes { diagnosedOn validUntil } }
    } }
  } }`;
const PGL_PERSON = `query PersonFile($id: UUID!) {
  personByRowId(rowId: $id) {
    rowId firstName lastName birthDate stage version appUserByCounsellorId { rowId firstName lastName }
    stageTransitionsByPersonIdAndStructureId { nodes { rowId effectiveOn fromStage toStage reason overrideReason } }
    sessionAttendancesByPersonIdAndStructureId { nodes { rowId minutesAttended absence
      collectiveSessionBySessionIdAndStructureId { sessionDate kind title plannedMinutes } } }
    missionsByPersonIdAndStructureId { nodes { rowId startDate endDate kind minutes site } }
    pathwayEventsByPersonIdAndStructureId { nodes { rowId occurredOn kind title notes confidential } }
    employmentContractsByPersonIdAndStructureId { nodes { rowId startDate endDate kind } }
    professionalisationContractsByPersonIdAndStructureId { nodes { rowId startDate endDate status } }
    eligibilityDiagnosesByPersonIdAndStructureId { nodes { rowId diagnosedOn author validUntil } }
    admissionDecisionsByPersonIdAndStructureId { nodes { rowId decidedOn outcome comment } }
    immersionsByPersonIdAndStructureId { nodes { rowId startDate endDate hostName objective } }
    tutoringsByPersonIdAndStructureId { nodes { rowId startDate endDate } }
    skillsEvaluationsByPersonIdAndStructureId { nodes { rowId evaluatedOn level comment } }
    examSessionsByPersonIdAndStructureId { nodes { rowId sessionDate centre } }
    hiresByPersonIdAndStructureId { nodes { rowId startDate employerName jobTitle } }
    retentionChecksByPersonIdAndStructureId { nodes { rowId checkedOn monthsAfter stillEmployed } }
  }
  allPassIaes(condition: { personId: $id }) { nodes { rowId number startDate endDate } }
}`;
const PGL_ATTENDANCE = `mutation Attendance($rowId: UUID!, $minutes: Int!) {
  updateSessionAttendanceByRowId(input: { rowId: $rowId, sessionAttendancePatch: { minutesAttended: $minutes, absence: null } }) {
    sessionAttendance { rowId minutesAttended } } }`;

async function operations({ fixture, cookies, bases, attendanceRows, lineVersions, plannedMinutes }) {
  const f = fixture;
  const attendees = f.attendeePersonIds.slice(0, 50);
  let n = 0;
  // The write: one attendance line (full presence) for the next attendee of the session, round robin.
  const nextAttendee = () => attendees[n++ % attendees.length];
  const caseload = (first) => ({
    tremplin: () =>
      gql(TREMPLIN_PERSONS, { filter: { counsellorId: f.caseloadCounsellorId }, first }, cookies.counsellor),
    postgraphile: () => gql(PGL_PERSONS, { structureId: f.structureId, counsellorId: f.caseloadCounsellorId, first }),
    raw: () => ({
      method: 'GET',
      path: `/caseload?structureId=${f.structureId}&counsellorId=${f.caseloadCounsellorId}&first=${first}`,
    }),
  });
  return [
    { key: 'caseload50', label: 'Portefeuille, page de 50', servers: caseload(50) },
    { key: 'caseload10', label: 'Portefeuille, page de 10', servers: caseload(10) },
    {
      key: 'person',
      label: 'Fiche personne + chronologie',
      servers: {
        tremplin: () => gql(TREMPLIN_PERSON, { id: f.personId }, cookies.counsellor),
        postgraphile: () => gql(PGL_PERSON, { id: f.personId }),
        raw: () => ({ method: 'GET', path: `/person?structureId=${f.structureId}&id=${f.personId}` }),
      },
    },
    {
      key: 'attendance',
      label: 'Écriture : une présence',
      servers: {
        tremplin: () => {
          const personId = nextAttendee();
          const version = lineVersions.get(personId);
          return gql(
            TREMPLIN_ATTENDANCE,
            { input: { sessionId: f.sessionId, entries: [{ personId, minutesAttended: plannedMinutes, version }] } },
            cookies.counsellor,
          );
        },
        postgraphile: () => gql(PGL_ATTENDANCE, { rowId: attendanceRows.get(nextAttendee()), minutes: plannedMinutes }),
        raw: () => ({
          method: 'POST',
          path: '/attendance',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({
            structureId: f.structureId,
            sessionId: f.sessionId,
            personId: nextAttendee(),
            minutesAttended: plannedMinutes,
          }),
        }),
      },
    },
    {
      key: 'dashboard',
      label: 'Tableau de bord (année)',
      servers: {
        tremplin: () =>
          gql(TREMPLIN_DASHBOARD, { periodStart: f.periodStart, periodEnd: f.periodEnd }, cookies.director),
        raw: () => ({
          method: 'GET',
          path: `/dashboard?structureId=${f.structureId}&periodStart=${f.periodStart}&periodEnd=${f.periodEnd}`,
        }),
      },
      notes: {
        postgraphile:
          'non mesuré : les agrégats par famille d’indicateurs (CTE, generate_series par mois) ne s’expriment pas avec le preset par défaut (ni agrégats ni filtres de dates)',
      },
    },
  ].map((op) => ({ ...op, bases }));
}

// ── Statement counting ───────────────────────────────────────────────────────────────────────────────────────────
async function countStatements(proxy, server, base, spec, samples = 5) {
  const seen = [];
  let error = null;
  for (let i = 0; i < samples; i++) {
    await fetch(`${proxy}/reset?name=${server}`, { method: 'POST' });
    const r = await request(base, spec());
    const counts = /** @type {any} */ (await (await fetch(`${proxy}/counts`)).json());
    if (isError(r.status, r.text)) error = `${r.status} ${r.text.slice(0, 400)}`;
    seen.push(counts[server].statements);
  }
  seen.sort((a, b) => a - b);
  return { statements: seen[Math.floor(seen.length / 2)], min: seen[0], max: seen[seen.length - 1], error };
}

// ── Load ─────────────────────────────────────────────────────────────────────────────────────────────────────────
function load(base, spec, seconds) {
  return new Promise((resolve, reject) => {
    const latencies = [];
    const errors = new Map();
    const first = spec();
    const instance = autocannon(
      {
        url: base,
        connections: CONNECTIONS,
        duration: seconds,
        pipelining: 1,
        requests: [
          {
            method: first.method,
            path: first.path,
            headers: first.headers ?? {},
            body: first.body,
            setupRequest: (req) => {
              const s = spec();
              return { ...req, path: s.path, body: s.body, headers: s.headers ?? {}, method: s.method };
            },
            onResponse: (status, body) => {
              if (isError(status, body ?? '')) {
                const k = `${status} ${String(body).slice(0, 200)}`;
                errors.set(k, (errors.get(k) ?? 0) + 1);
              }
            },
          },
        ],
      },
      (err, result) => {
        if (err) reject(err);
        else resolve({ latencies, errors, result });
      },
    );
    instance.on('response', (_client, _status, _bytes, responseTime) => latencies.push(responseTime));
  });
}

// CPU time (ms) used so far by a process and by every PostgreSQL process of this machine, from /proc (Linux; NaN
// elsewhere). Read around each timed pass: CPU ms per request say where a request's cost goes, and on a machine with
// few cores how many requests per second it can serve at best.
const TICK_MS = 10; // USER_HZ = 100 on Linux
function cpuMsOf(pid) {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
    return (Number(fields[11]) + Number(fields[12])) * TICK_MS; // utime + stime
  } catch {
    return NaN;
  }
}
/** CPU ms per PostgreSQL process (pid → ms). */
function postgresCpu() {
  const byPid = new Map();
  if (!existsSync('/proc')) return byPid;
  for (const pid of readdirSync('/proc')) {
    if (!/^\d+$/.test(pid)) continue;
    try {
      if (readFileSync(`/proc/${pid}/comm`, 'utf8').trim() === 'postgres') byPid.set(pid, cpuMsOf(pid));
    } catch {
      /* gone */
    }
  }
  return byPid;
}
/** CPU ms PostgreSQL used since `before` (backends started since count from zero; one that ended is not seen). */
function postgresCpuSince(before) {
  if (!existsSync('/proc')) return NaN;
  let total = 0;
  for (const [pid, ms] of postgresCpu()) total += Math.max(0, (ms || 0) - (before.get(pid) ?? 0));
  return total;
}

// ── Report render ────────────────────────────────────────────────────────────────────────────────────────────────
async function reportRender(base, cookie, fixture) {
  const post = (query, variables) => request(base, gql(query, variables, cookie));
  const metrics = async (method) => {
    const r = await fetch(`${base}/__bench/event-loop`, { method });
    return method === 'GET' ? r.json() : null;
  };
  // An idle baseline of the cheap request, then the render.
  const ping = async (query, variables) => {
    const t0 = performance.now();
    const r = await post(query, variables);
    return { ms: performance.now() - t0, r };
  };
  const CHEAP = `query($id: ID!) { reportJob(id: $id) { id status progress progressLabel pdfPages error startedAt finishedAt } }`;
  await metrics('POST');
  const t0 = performance.now();
  const queued = await post(`mutation($input: GenerateReportInput!) { generateReport(input: $input) { id status } }`, {
    input: {
      kind: 'FSE_PLUS',
      agreementId: fixture.agreementId,
      periodStart: fixture.periodStart,
      periodEnd: fixture.periodEnd,
    },
  });
  if (isError(queued.status, queued.text)) throw new Error(`generateReport : ${queued.text}`);
  const id = JSON.parse(queued.text).data.generateReport.id;
  const latencies = [];
  let job;
  for (;;) {
    const tick = performance.now();
    const { ms, r } = await ping(CHEAP, { id });
    latencies.push(ms);
    job = JSON.parse(r.text).data?.reportJob;
    if (!job || job.status === 'DONE' || job.status === 'FAILED') break;
    if (performance.now() - t0 > 10 * 60_000) throw new Error('rapport non terminé en 10 minutes');
    const wait = 20 - (performance.now() - tick);
    if (wait > 0) await sleep(wait);
  }
  const wallMs = performance.now() - t0;
  const loop = await metrics('GET').catch(() => null);
  latencies.sort((a, b) => a - b);
  return {
    status: job?.status,
    error: job?.error,
    pages: job?.pdfPages,
    wallMs,
    renderMs: job?.startedAt && job?.finishedAt ? Date.parse(job.finishedAt) - Date.parse(job.startedAt) : NaN,
    pings: { count: latencies.length, p50: pct(latencies, 50), p99: pct(latencies, 99), max: latencies.at(-1) },
    loop,
  };
}

// ── Machine ──────────────────────────────────────────────────────────────────────────────────────────────────────
async function machine(url) {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  const { rows } = await c.query('SHOW server_version');
  await c.end();
  const osRelease = existsSync('/etc/os-release')
    ? (readFileSync('/etc/os-release', 'utf8').match(/^PRETTY_NAME="?([^"\n]*)/m)?.[1] ?? '')
    : '';
  const sh = (cmd) => {
    try {
      return execSync(cmd, { cwd: ROOT, encoding: 'utf8' }).trim();
    } catch {
      return '';
    }
  };
  return {
    cpu: cpus()[0]?.model ?? '?',
    cpuCount: cpus().length,
    ramGb: totalmem() / 1024 ** 3,
    os: `${osRelease} (${sh('uname -sr')})`,
    node: process.version,
    postgres: rows[0].server_version,
    commit: sh('git rev-parse --short HEAD') + (sh('git status --porcelain') ? ' (+ modifications non commitées)' : ''),
    date: new Date().toISOString().replace('T', ' ').slice(0, 16) + ' UTC',
  };
}

// ── Main ─────────────────────────────────────────────────────────────────────────────────────────────────────────
/** The 400-page report alone (tools/bench-report.mjs: a database of its own, the API in that process). */
async function bigReport() {
  // 8,500 participants make a little over 400 pages since cells wrap (issue 13: 15,000 made 723).
  const participants = Number(opt('report-participants', process.env.BENCH_REPORT_PARTICIPANTS ?? 8500));
  log(`Rapport FSE+ de ${participants} participants (base à part, tools/bench-report.mjs)…`);
  const serverUrl = new URL(dbUrl);
  serverUrl.pathname = '/postgres';
  // In a process of its own: it loads the API built with its test helpers (dist/tools), whose GraphQL types would
  // clash with those of dist/apps/api this process loaded for the migrations (« multiple types named "PageInfo" »).
  const json = `${tmpdir()}/tremplin-bench-report-${process.pid}.json`;
  const child = start(
    'tools/bench-report.mjs',
    [`${ROOT}tools/bench-report.mjs`],
    { DATABASE_URL: serverUrl.toString(), BENCH_PARTICIPANTS: String(participants), BENCH_JSON: json },
    null,
  );
  child.ready.catch(() => undefined); // its exit rejects it: the exit code says what happened
  let shown = 0;
  const code = await new Promise((resolve) => {
    child.child.stdout.on('data', () => {
      const lines = child.output().split('\n');
      for (; shown < lines.length - 1; shown++) if (!lines[shown].startsWith('{')) log(`  ${lines[shown]}`);
    });
    child.child.on('exit', resolve);
  });
  if (code !== 0 || !existsSync(json))
    throw new Error(`tools/bench-report.mjs a échoué :\n${child.output().slice(-3000)}`);
  const figures = JSON.parse(readFileSync(json, 'utf8'));
  unlinkSync(json);
  return figures;
}

async function main() {
  if (!existsSync(MAIN)) throw new Error('API non compilée : npm run build:api (npm run bench le fait)');
  // `--ops report`: only the 400-page report (no servers, no bench database), its figures printed.
  if (onlyOps.length === 1 && onlyOps[0] === 'report') {
    const big = await bigReport();
    log(
      `\nRapport : ${big.pages} pages en ${fmt(big.totalMs / 1000, 2)} s de la demande à DONE (chiffres SQL ` +
        `${fmt(big.figuresMs / 1000, 2)} s, rendu ${fmt(big.renderMs / 1000, 2)} s, enregistrement ${fmt(big.storeMs / 1000, 2)} s) ; ` +
        `boucle d’événements p50 ${fmt(big.eventLoop.p50)} ms, p99 ${fmt(big.eventLoop.p99)} ms, max ${fmt(big.eventLoop.max)} ms.`,
    );
    return;
  }
  const tData = performance.now();
  const db = await database();
  log(
    `Base ${new URL(dbUrl).pathname.slice(1)} : ${db.reused ? 'réutilisée' : `générée en ${fmt(db.generatedMs / 1000)} s`} ` +
      `(${fmt((performance.now() - tData) / 1000)} s) — ${JSON.stringify(db.counts)}`,
  );
  const { fixture } = db;

  // Proxy, then the three servers, each through its own counting port.
  const proxy = start(
    'proxy',
    [
      `${ROOT}tools/bench/pg-count-proxy.mjs`,
      '--target',
      `${new URL(dbUrl).hostname}:${new URL(dbUrl).port || 5432}`,
      '--names',
      'tremplin,postgraphile,raw',
    ],
    {},
    /ready (\{.*\})\n/,
  );
  const { control, ports } = JSON.parse((await proxy.ready)[1]);
  const proxyBase = `http://127.0.0.1:${control}`;
  // Each server runs twice: once through its counting port (statements per operation, alone and under load) and once
  // straight on PostgreSQL for the timed rounds — the proxy copies every byte of every result, and on two cores its
  // CPU would be charged to the chattiest server. Only the direct Tremplin runs the report worker.
  // The three servers run with the same V8 tuning as Tremplin's production start (Dockerfile): a 64 MiB young generation.
  const NODE_FLAGS = ['--max-semi-space-size=64'];
  let pids = {};
  const startServers = async (label, urlOf, reportWorker) => {
    const tremplinPort = 4100 + Math.floor(Math.random() * 900);
    const tremplin = start(
      `Tremplin (${label})`,
      [...NODE_FLAGS, MAIN],
      {
        NODE_ENV: 'production',
        HOST: '127.0.0.1',
        PORT: String(tremplinPort),
        DATABASE_URL: urlOf('tremplin'),
        DB_POOL_SIZE: '10',
        REPORT_WORKER: String(reportWorker),
        // The daily retention job would notice or anonymise the generated caseload in the middle of a measure.
        RETENTION_JOB: 'false',
        SEED_DEMO: 'false',
        LOG_LEVEL: 'warn',
        COOKIE_SECURE: 'false',
        BENCH_METRICS: 'true',
      },
      null,
    );
    const pgl = start(
      `PostGraphile (${label})`,
      [...NODE_FLAGS, `${ROOT}tools/bench/postgraphile-server.mjs`],
      { DATABASE_URL: urlOf('postgraphile'), PORT: '0', GRAPHILE_ENV: 'production' },
      /ready (\d+)/,
    );
    const raw = start(
      `raw (${label})`,
      [...NODE_FLAGS, `${ROOT}tools/bench/raw-server.mjs`],
      { DATABASE_URL: urlOf('raw'), PORT: '0' },
      /ready (\d+)/,
    );
    const b = { tremplin: `http://127.0.0.1:${tremplinPort}` };
    await Promise.race([waitHttp(`${b.tremplin}/health/ready`), tremplin.ready]);
    b.postgraphile = `http://127.0.0.1:${(await pgl.ready)[1]}`;
    b.raw = `http://127.0.0.1:${(await raw.ready)[1]}`;
    pids = { tremplin: tremplin.child.pid, postgraphile: pgl.child.pid, raw: raw.child.pid };
    return b;
  };
  const countedBases = await startServers('compté', (name) => withPort(dbUrl, ports[name]), false);
  const bases = await startServers('direct', () => withPort(dbUrl, new URL(dbUrl).port || 5432), true);
  log(
    `Serveurs prêts : ${Object.entries(bases)
      .map(([k, v]) => `${k} ${v}`)
      .join(', ')}`,
  );

  const cookies = {
    counsellor: await signIn(bases.tremplin, fixture.counsellorEmail, fixture.password),
    director: await signIn(bases.tremplin, fixture.directorEmail, fixture.password),
  };
  const c = new pg.Client({ connectionString: dbUrl });
  await c.connect();
  const { plannedMinutes, lines: rowsA } = await prepareAttendanceLines(
    c,
    fixture.sessionId,
    fixture.attendeePersonIds,
  );
  await c.end();
  const attendanceRows = new Map(rowsA.map((r) => [r.person_id, r.id]));
  // Each line carries the version it was read at (docs/domain/concurrent-edits.md). Every server writes the same
  // value (full presence): the lines are set to it first, so that a write changes no value and no version, and each
  // Tremplin write sends the version read here.
  const lineVersions = new Map(rowsA.map((r) => [r.person_id, r.version]));
  fixture.attendeePersonIds = fixture.attendeePersonIds.filter((p) => attendanceRows.has(p));

  const ops = (await operations({ fixture, cookies, bases, attendanceRows, lineVersions, plannedMinutes })).filter(
    (op) => !onlyOps.length || onlyOps.includes(op.key),
  );
  // Issue 18: 1,000 candidates ranked for one request (its own data and figures: tools/bench/replacement-ranking.mjs).
  if (!onlyOps.length || onlyOps.includes('replacement-ranking')) {
    const deps = { dbUrl, fixture, password: fixture.password, bases, countedBases, proxyBase, log };
    const ranking = await prepareReplacementRanking({ ...deps, signIn, countStatements, request, isError, gql });
    ops.push(/** @type {any} */ ({ ...ranking.op, bases }));
  }
  const SERVERS = ['tremplin', 'postgraphile', 'raw'];
  const results = {};
  for (const op of ops) {
    results[op.key] = {};
    for (const s of SERVERS) {
      if (!op.servers[s]) continue;
      const counted = await countStatements(proxyBase, s, countedBases[s], op.servers[s]);
      results[op.key][s] = { ...counted, latencies: [], requests: 0, seconds: 0, errors: new Map() };
      if (counted.error) log(`  ! ${op.key} ${s} : ${counted.error}`);
    }
  }
  log('Requêtes SQL par opération (médiane de 5, compteur du proxy) :');
  for (const op of ops)
    log(`  ${op.key.padEnd(11)} ${SERVERS.map((s) => `${s} ${results[op.key][s]?.statements ?? '—'}`).join('  ')}`);

  // Warm-up, then interleaved rounds: for each round, each operation on Tremplin, PostGraphile, raw in turn.
  log(
    `Échauffement (${warmup} s par opération et serveur), puis ${rounds} tours de ${duration} s à ${CONNECTIONS} connexions…`,
  );
  for (const op of ops) for (const s of SERVERS) if (op.servers[s]) await load(bases[s], op.servers[s], warmup);
  // Statements under load: a loaded pass on the counting instances (concurrent requests must not multiply them).
  for (const op of ops)
    for (const s of SERVERS) {
      if (!op.servers[s]) continue;
      await fetch(`${proxyBase}/reset?name=${s}`, { method: 'POST' });
      const out = await load(countedBases[s], op.servers[s], warmup);
      const counts = /** @type {any} */ (await (await fetch(`${proxyBase}/counts`)).json());
      const total = out.result.requests.total;
      results[op.key][s].statementsUnderLoad = total ? counts[s].statements / total : NaN;
    }
  for (let r = 0; r < rounds; r++) {
    for (const op of ops) {
      for (const s of SERVERS) {
        if (!op.servers[s]) continue;
        const [node0, pg0] = [cpuMsOf(pids[s]), postgresCpu()];
        const out = await load(bases[s], op.servers[s], duration);
        const acc = results[op.key][s];
        acc.cpuServerMs = (acc.cpuServerMs ?? 0) + cpuMsOf(pids[s]) - node0;
        acc.cpuPostgresMs = (acc.cpuPostgresMs ?? 0) + postgresCpuSince(pg0);
        acc.latencies.push(...out.latencies);
        acc.requests += out.result.requests.total;
        acc.seconds += duration;
        acc.transportErrors = (acc.transportErrors ?? 0) + out.result.errors + out.result.timeouts;
        for (const [k, v] of out.errors) acc.errors.set(k, (acc.errors.get(k) ?? 0) + v);
      }
    }
    log(`  tour ${r + 1}/${rounds} fait`);
  }
  for (const op of ops)
    for (const s of SERVERS) {
      const acc = results[op.key][s];
      if (!acc) continue;
      acc.latencies.sort((a, b) => a - b);
      acc.p50 = pct(acc.latencies, 50);
      acc.p95 = pct(acc.latencies, 95);
      acc.p99 = pct(acc.latencies, 99);
      acc.rps = acc.requests / acc.seconds;
      acc.errorCount = [...acc.errors.values()].reduce((a, b) => a + b, 0) + acc.transportErrors;
      acc.cpuServerPerReq = acc.requests ? acc.cpuServerMs / acc.requests : NaN;
      acc.cpuPostgresPerReq = acc.requests ? acc.cpuPostgresMs / acc.requests : NaN;
    }

  if (onlyOps.length) {
    for (const op of ops)
      for (const s of SERVERS) {
        const a = results[op.key][s];
        if (a)
          log(
            `${op.key.padEnd(11)} ${s.padEnd(12)} p50 ${fmt(a.p50)} p95 ${fmt(a.p95)} p99 ${fmt(a.p99)} ms  ${fmt(a.rps, 0)} req/s  SQL ${a.statements}  CPU/req ${fmt(a.cpuServerPerReq)} + ${fmt(a.cpuPostgresPerReq)} ms  erreurs ${a.errorCount}`,
          );
      }
    return;
  }
  log('Rapport FSE+ (Tremplin)…');
  const report = await reportRender(bases.tremplin, cookies.director, fixture);
  // The 400-page goal: no structure of the scale-1 network has enough participants on one agreement, so the report is
  // measured on a database of its own (tools/bench-report.mjs: one structure, BENCH_REPORT_PARTICIPANTS participants,
  // the API in-process with its report worker), once the three servers are idle.
  const big = await bigReport();
  const mach = await machine(dbUrl);
  // The web app's sizes, from its build (dist/apps/web, made by `npm run bench`): tools/bench/bundle-size.mjs.
  const bundle = bundleSizes();
  const text =
    `${render({ ops, results, report, bigReport: big, mach, db, SERVERS })}\n\n` +
    (bundle ? renderBundleSizes(bundle) : 'Taille du bundle : pas de build du web (npm run build:web).');
  log(`\n${text}`);
  if (!flag('no-docs')) {
    writeDocs(text);
    log('docs/benchmarks.md mis à jour.');
  }
}

// ── Output ───────────────────────────────────────────────────────────────────────────────────────────────────────
function render({ ops, results, report, bigReport: big, mach, db, SERVERS }) {
  const lines = [];
  const row = (cells) => lines.push(`| ${cells.join(' | ')} |`);
  row([
    'Opération',
    'Serveur',
    'p50 ms',
    'p95 ms',
    'p99 ms',
    'req/s',
    'erreurs',
    'SQL/op',
    'SQL/op en charge',
    'CPU ms/req serveur',
    'CPU ms/req PostgreSQL',
  ]);
  row(['---', '---', '---:', '---:', '---:', '---:', '---:', '---:', '---:', '---:', '---:']);
  const errorsText = [];
  for (const op of ops)
    for (const s of SERVERS) {
      const r = results[op.key][s];
      if (!r) {
        row([op.label, s, '—', '—', '—', '—', '—', '—', op.notes?.[s] ? 'voir note' : '—', '—', '—']);
        continue;
      }
      row([
        op.label,
        s,
        fmt(r.p50),
        fmt(r.p95),
        fmt(r.p99),
        fmt(r.rps, 0),
        String(r.errorCount),
        String(r.statements),
        fmt(r.statementsUnderLoad),
        fmt(r.cpuServerPerReq),
        fmt(r.cpuPostgresPerReq),
      ]);
      for (const [k, v] of r.errors) errorsText.push(`- ${op.key} ${s} : ${v} × ${k}`);
      if (r.error) errorsText.push(`- ${op.key} ${s} (comptage) : ${r.error}`);
    }
  const ratio = (op, a, b) => {
    const x = results[op]?.[a]?.p50;
    const y = results[op]?.[b]?.p50;
    return x && y ? `${fmt(x / y, 2)}×` : '—';
  };
  lines.push('');
  lines.push('| Opération | Tremplin / PostGraphile (p50) | Tremplin / raw (p50) |');
  lines.push('| --- | ---: | ---: |');
  for (const op of ops)
    lines.push(`| ${op.label} | ${ratio(op.key, 'tremplin', 'postgraphile')} | ${ratio(op.key, 'tremplin', 'raw')} |`);
  for (const op of ops)
    for (const [s, note] of Object.entries(op.notes ?? {})) lines.push(`\n${op.label}, ${s} : ${note}.`);
  lines.push('');
  lines.push(
    `Rapport FSE+ (Tremplin) : ${report.status}, ${report.pages ?? '—'} pages, rendu ${fmt(report.renderMs / 1000, 2)} s ` +
      `(de la demande à DONE vu par le client : ${fmt(report.wallMs / 1000, 2)} s)${report.error ? ` — erreur : ${report.error}` : ''}.`,
  );
  lines.push(
    `Pendant le rendu, requête légère (reportJob) toutes les 20 ms : ${report.pings.count} requêtes, p50 ${fmt(report.pings.p50)} ms, ` +
      `p99 ${fmt(report.pings.p99)} ms, max ${fmt(report.pings.max)} ms.`,
  );
  if (report.loop)
    lines.push(
      `Retard de la boucle d’événements de l’API (monitorEventLoopDelay, résolution 1 ms, BENCH_METRICS=true) : ` +
        `p50 ${fmt(report.loop.p50)} ms, p99 ${fmt(report.loop.p99)} ms, max ${fmt(report.loop.max)} ms.`,
    );

  const mb = (n) => `${fmt(n / 1024 / 1024, 0)} Mo`;
  lines.push('');
  lines.push(
    `Rapport FSE+ de ${big.participants.toLocaleString('fr-FR')} participants (base à part, API dans le processus de ` +
      `tools/bench-report.mjs) : ${big.pages} pages, PDF ${mb(big.pdfBytes)}, xlsx ${mb(big.xlsxBytes)} ; de la demande ` +
      `à DONE ${fmt(big.totalMs / 1000, 2)} s (chiffres SQL ${fmt(big.figuresMs / 1000, 2)} s, rendu ` +
      `${fmt(big.renderMs / 1000, 2)} s dont PDF ${fmt(big.pdfMs / 1000, 2)} s et xlsx ${fmt(big.xlsxMs / 1000, 2)} s, ` +
      `enregistrement ${fmt(big.storeMs / 1000, 2)} s).`,
  );
  lines.push(
    `Pendant ce rapport : boucle d’événements de l’API p50 ${fmt(big.eventLoop.p50)} ms, p99 ${fmt(big.eventLoop.p99)} ms, ` +
      `max ${fmt(big.eventLoop.max)} ms ; requête GraphQL légère ${big.queries.count} fois, p50 ${fmt(big.queries.p50)} ms, ` +
      `p99 ${fmt(big.queries.p99)} ms ; mémoire pic : API ${mb(big.memory.apiPeakRssBytes)} (RSS), fil de rendu ` +
      `${mb(big.memory.renderPeakHeapBytes)} (tas).`,
  );

  // Goals (reported, not asserted).
  const cl = results.caseload50;
  const ok = (b) => (b ? '✅' : '❌');
  const s10 = results.caseload10;
  const indep = ['tremplin', 'postgraphile', 'raw'].map(
    (s) => `${s} ${s10?.[s]?.statements ?? '—'} → ${cl?.[s]?.statements ?? '—'}`,
  );
  const tremplinIndep = s10?.tremplin && cl?.tremplin && s10.tremplin.statements === cl.tremplin.statements;
  const loopP99 = big.eventLoop.p99;
  lines.push('');
  lines.push('| Objectif | Mesure | |');
  lines.push('| --- | --- | --- |');
  lines.push(
    `| Portefeuille (page de 50) p95 ≤ 40 ms à 16 connexions | ${fmt(cl?.tremplin?.p95)} ms | ${ok(cl?.tremplin?.p95 <= 40)} |`,
  );
  const r15 = cl?.tremplin && cl?.postgraphile ? cl.tremplin.p50 / cl.postgraphile.p50 : NaN;
  lines.push(
    `| Portefeuille p50 ≤ 1,5 × PostGraphile | ${fmt(r15, 2)}× (${fmt(cl?.tremplin?.p50)} / ${fmt(cl?.postgraphile?.p50)} ms) | ${ok(r15 <= 1.5)} |`,
  );
  lines.push(
    `| Requêtes SQL indépendantes de la taille de page (10 → 50) | ${indep.join(' ; ')} | ${ok(tremplinIndep)} |`,
  );
  lines.push(
    `| Rapport de 400 pages en ≤ 5 s (de la demande à DONE) | ${big.pages} pages en ${fmt(big.totalMs / 1000, 2)} s | ${ok(big.pages >= 400 && big.totalMs <= 5000)}${big.pages < 400 ? ' (moins de 400 pages)' : ''} |`,
  );
  lines.push(`| Boucle d’événements p99 ≤ 50 ms pendant ce rendu | ${fmt(loopP99)} ms | ${ok(loopP99 <= 50)} |`);

  lines.push('');
  lines.push(
    `Machine : ${mach.cpu} × ${mach.cpuCount}, ${fmt(mach.ramGb, 0)} Go de RAM, ${mach.os}, Node ${mach.node}, PostgreSQL ${mach.postgres}. ` +
      `Commit ${mach.commit}, ${mach.date}.`,
  );
  lines.push(
    `Données : ${Object.entries(db.counts ?? {})
      .map(([k, v]) => `${k} ${Number(v).toLocaleString('fr-FR')}`)
      .join(', ')}.`,
  );
  if (errorsText.length) {
    lines.push('');
    lines.push('Erreurs :');
    lines.push(...errorsText);
  }
  return lines.join('\n');
}

const START = '<!-- bench:figures:start -->';
const END = '<!-- bench:figures:end -->';
function writeDocs(figures) {
  const path = `${ROOT}docs/benchmarks.md`;
  const block = `${START}\n${figures}\n${END}`;
  if (existsSync(path)) {
    const old = readFileSync(path, 'utf8');
    if (old.includes(START) && old.includes(END)) {
      writeFileSync(path, old.slice(0, old.indexOf(START)) + block + old.slice(old.indexOf(END) + END.length));
      return;
    }
  }
  writeFileSync(path, `${DOC_HEAD}\n${block}\n`);
}

const DOC_HEAD = `# Benchmarks

\`npm run bench\` builds the API for production, prepares the bench database (\`tools/bench/generate.mjs\`: seeded, reused
when it holds the same scale and seed, its pending migrations applied) and measures, in the same run, three servers
over that same database:

- **Tremplin** — the production build (\`NODE_ENV=production\`, report worker on, pool of 10), through its GraphQL API
  with a signed-in counsellor (director for the dashboard and the report), using the web app's own documents;
- **PostGraphile 5** — the default preset (\`postgraphile/presets/amber\`) over schema \`public\`, pool of 10, no
  authentication: the peer a team would pick to expose PostgreSQL as GraphQL, asked the closest query its generated
  schema allows (it cannot compute the alerts: its caseload page reads the raw relations instead);
- **raw** — \`node:http\` + \`pg\`, pool of 10, hand-written SQL, no GraphQL, no framework, no authentication: the floor.
  Its caseload runs the API's own alert-fact statement and rules (from \`dist\`), so that it differs from Tremplin only by
  what is around them.

All three run with the same Node flags as Tremplin's production start (\`--max-semi-space-size=64\`).

Each server runs twice. One instance reaches PostgreSQL through its own port of a small proxy
(\`tools/bench/pg-count-proxy.mjs\`) that reads the wire protocol and counts the statements a client sends (simple
\`Query\` and extended-protocol \`Execute\` messages): "SQL/op" is the median count over 5 requests made one at a time,
"SQL/op en charge" the count during a loaded pass divided by its requests (background work included). The other
instance connects straight to PostgreSQL and is the one timed: the proxy copies every byte of every answer, and on
two cores its CPU would be charged to the chattiest server.

Load: autocannon, 16 connections, one warm-up pass, then interleaved rounds (each operation on Tremplin, PostGraphile,
raw in turn, repeated) so that machine noise hits all three alike; the percentiles are over every request of all
rounds. The report render (Tremplin only) queues a FSE+ report of the bench structure and polls it every 20 ms: the
latency of that cheap request and the API's own event-loop delay (\`monitorEventLoopDelay\`, exposed only with
\`BENCH_METRICS=true\`) say how much the render disturbs the API. The 400-page goal is measured by
\`tools/bench-report.mjs\` (also \`npm run bench:report\`) on a database of its own — one structure whose FSE+ agreement
has 8,500 participants — a little over 400 pages (\`--report-participants N\`), since no structure of the network has that many.

\`node tools/bench/run.mjs --ops caseload50,caseload10 --rounds 1\` times only some operations (no report, docs
untouched): the loop used while working on one of them.

Goals (reported, not asserted): caseload page p95 ≤ 40 ms at 16 connections and ≤ 1.5 × PostGraphile's p50; SQL
statements per operation independent of the page size; a 400-page report in ≤ 5 s with event-loop p99 ≤ 50 ms.

## Latest figures
`;

try {
  await main();
} catch (e) {
  process.stderr.write(`${e instanceof Error ? e.stack : e}\n`);
  process.exitCode = 1;
} finally {
  for (const child of children) child.kill('SIGTERM');
}
