// `npm run bench:report`: a FSE+ report over 5,000 participants, rendered while the API keeps answering.
//
// As a module (the main benchmark runner): `const figures = await runReportBench({ participants, log })` does the same
// and returns the figures as an object (see its JSDoc); `log` receives the lines printed here (default: none).
//
// Creates a database of its own on the local PostgreSQL (DATABASE_URL, default postgres://postgres@127.0.0.1:5432/postgres;
// dropped at the end), fills one structure with BENCH_PARTICIPANTS (5,000) FSE+ participants on one FSE+ agreement with
// their training attendance (set-based SQL, deterministic), starts the built API (dist) in this process with its report
// worker, queues the FSE+ report, and while it is generated measures the API's event-loop delay (perf_hooks) and the
// latency of a cheap GraphQL query fired every 50 ms (BENCH_OUT=dir keeps the files). Prints the render time, pages, file sizes, peak memory (process
// and render thread), event-loop delay and query latency — figures, not assertions.
import { createRequire } from 'node:module';
import { existsSync } from 'node:fs';
import { monitorEventLoopDelay, performance } from 'node:perf_hooks';
import { getHeapStatistics } from 'node:v8';
import { Buffer } from 'node:buffer';
import { clearInterval, setInterval } from 'node:timers';
import { pathToFileURL } from 'node:url';
import pg from 'pg';
import { createDatabase, dropDatabase } from './bench/admin.repository.mjs';
import { countAttendance, fillReportParticipants, reportJobRow, reportTableRows } from './bench/report.repository.mjs';

const require = createRequire(import.meta.url);
// The API built with its test helpers (the builders below): `npm run build:api-tools`.
const DIST = new URL('../dist/tools/api/', import.meta.url).pathname;
const PING_EVERY_MS = 50;

const ms = (n) => `${n.toFixed(1)} ms`;
const mb = (n) => `${(n / 1024 / 1024).toFixed(1)} Mo`;
const kb = (n) => `${(n / 1024).toFixed(0)} Ko`;
const percentile = (sorted, p) =>
  sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] : NaN;

/**
 * The whole benchmark: a database of its own (created, filled, dropped), the built API in this process with its report
 * worker, one FSE+ report over `participants` participants queued through GraphQL and measured until DONE.
 * `log` gets the human-readable lines (the CLI prints them). `out`: a folder to keep the PDF, the spreadsheet and the
 * figures (JSON) in. Resolves to:
 * `{ participants, attendance, tableRows, pages, pdfBytes, xlsxBytes, queuedMs, totalMs (queue → DONE, seen by the
 *    client), workerMs (claim → DONE, worker), figuresMs (SQL), renderMs, pdfMs, xlsxMs, storeMs,
 *    memory: { apiPeakRssBytes, apiPeakHeapBytes, idleRssBytes, idleHeapBytes, renderPeakHeapBytes (both threads),
 *      renderPdfPeakHeapBytes, renderXlsxPeakHeapBytes, renderPeakRssBytes },
 *    eventLoop: { p50, p99, max, mean } (ms, during the generation), eventLoopIdle: same at rest,
 *    queries: { count, p50, p95, p99, max } (ms, the cheap query during the generation), queriesIdle: same at rest,
 *    stalls: [{ lag, stage }], figuresSha256 }`.
 */
/**
 * @param {{ participants?: number, log?: (line: string) => void, out?: string, databaseUrl?: string }} [options]
 */
export async function runReportBench({
  participants = 5000,
  log = () => undefined,
  out = undefined,
  databaseUrl: serverUrl = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres',
} = {}) {
  const PARTICIPANTS = participants;
  if (!existsSync(`${DIST}apps/api/src/bootstrap.js`))
    throw new Error('API non compilée : lancez npm run build:api-tools (npm run bench:report le fait).');
  const { createApp, prepareDatabase } = require(`${DIST}apps/api/src/bootstrap.js`);
  const { loadConfig } = require(`${DIST}apps/api/src/config/app-config.js`);
  const { ReportWorker } = require(`${DIST}apps/api/src/modules/reports/report-worker.js`);
  const { buildStructure, buildUser, buildFunder, buildFundingAgreement } = require(
    `${DIST}libs/api/testing/src/index.js`,
  );
  const dbName = `tremplin_bench_report_${Date.now().toString(36)}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await createDatabase(admin, dbName);
  await admin.end();
  const url = new URL(serverUrl);
  url.pathname = `/${dbName}`;
  const databaseUrl = url.toString();
  let app;
  try {
    const config = loadConfig({
      NODE_ENV: 'production',
      DATABASE_URL: databaseUrl,
      LOG_LEVEL: 'warn',
      SEED_DEMO: 'false',
    });
    app = await createApp({ config, databaseUrl });
    await prepareDatabase(app, false);
    await app.listen(0, '127.0.0.1');
    const base = `http://127.0.0.1:${app.getHttpServer().address().port}`;
    const db = app.get(require('typeorm').DataSource);

    // ── Data ────────────────────────────────────────────────────────────────────────────────────────────────
    const fillStart = performance.now();
    const s = await buildStructure(db, { name: 'Structure du banc d’essai' });
    const user = await buildUser(db, { role: 'DIRECTOR', structureId: s.id, firstName: 'Claire', lastName: 'Banc' });
    const funder = await buildFunder(db, s.id, { kind: 'FSE_PLUS', name: 'Région — FSE+' });
    const agreement = await buildFundingAgreement(db, s.id, funder.id, {
      reference: 'FSE-BENCH-2026',
      title: 'Parcours renforcés (banc d’essai)',
      amountGrantedCents: 250_000_000,
    });
    await fillReportParticipants(db, s.id, agreement.id, PARTICIPANTS);
    const attendance = await countAttendance(db, s.id);
    const fillMs = performance.now() - fillStart;

    // ── Session ─────────────────────────────────────────────────────────────────────────────────────────────
    let cookie = '';
    const gql = async (query, variables = {}) => {
      const res = await fetch(`${base}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(cookie ? { cookie } : {}) },
        body: JSON.stringify({ query, variables }),
      });
      const set = res.headers.get('set-cookie');
      if (set) cookie = set.split(';')[0];
      const body = /** @type {any} */ (await res.json());
      if (body.errors) throw new Error(JSON.stringify(body.errors));
      return body.data;
    };
    await gql(`mutation($input: SignInInput!) { signIn(input: $input) { id } }`, {
      input: { email: user.email, password: user.password },
    });
    const PING = `query { reportJobs(first: 5) { id status progress progressLabel pdfPages } }`;

    // ── Measure: an idle baseline, then the render ───────────────────────────────────────────────────────────
    const measure = () => {
      const h = monitorEventLoopDelay({ resolution: 10 });
      h.enable();
      const latencies = [];
      let peakRss = 0;
      let peakHeap = 0;
      let last = null;
      let stop = false;
      // Stalls: a 10 ms timer that fires late says the loop was blocked; noted with the job's stage then.
      const stalls = [];
      let tick = performance.now();
      const watch = setInterval(() => {
        const now = performance.now();
        const lag = now - tick - 10;
        if (lag > 40) stalls.push({ lag, stage: last?.progressLabel ?? '—' });
        tick = now;
      }, 10);
      const memory = setInterval(() => {
        peakRss = Math.max(peakRss, process.memoryUsage.rss());
        peakHeap = Math.max(peakHeap, getHeapStatistics().used_heap_size);
      }, 20);
      const pings = (async () => {
        while (!stop) {
          const t0 = performance.now();
          const data = await gql(PING);
          latencies.push(performance.now() - t0);
          last = data.reportJobs[0] ?? null;
          const wait = PING_EVERY_MS - (performance.now() - t0);
          if (wait > 0) await new Promise((r) => setTimeout(r, wait));
        }
      })();
      return {
        last: () => last,
        async end() {
          stop = true;
          await pings;
          clearInterval(memory);
          clearInterval(watch);
          h.disable();
          const sorted = [...latencies].sort((a, b) => a - b);
          return {
            loop: { p50: h.percentile(50) / 1e6, p99: h.percentile(99) / 1e6, max: h.max / 1e6, mean: h.mean / 1e6 },
            queries: {
              count: sorted.length,
              p50: percentile(sorted, 50),
              p95: percentile(sorted, 95),
              p99: percentile(sorted, 99),
              max: sorted[sorted.length - 1],
            },
            peakRss,
            peakHeap,
            stalls: stalls.sort((a, b) => b.lag - a.lag).slice(0, 5),
          };
        },
      };
    };

    const idle = measure();
    await new Promise((r) => setTimeout(r, 2000));
    const baseline = await idle.end();

    const during = measure();
    const queuedAt = performance.now();
    const { generateReport } = await gql(
      `mutation($input: GenerateReportInput!) { generateReport(input: $input) { id status } }`,
      { input: { kind: 'FSE_PLUS', agreementId: agreement.id, periodStart: '2026-01-01', periodEnd: '2026-12-31' } },
    );
    const queuedMs = performance.now() - queuedAt;
    const labels = new Set();
    for (;;) {
      const j = during.last();
      if (j?.id === generateReport.id) {
        if (j.progressLabel) labels.add(j.progressLabel.replace(/\(page \d+\)/, '(page n)'));
        if (j.status === 'DONE' || j.status === 'FAILED') break;
      }
      if (performance.now() - queuedAt > 10 * 60_000) throw new Error('Rapport non généré en 10 minutes');
      await new Promise((r) => setTimeout(r, 20));
    }
    const wallMs = performance.now() - queuedAt;
    const render = await during.end();
    const job = (
      await gql(`query($id: ID!) { reportJob(id: $id) { status error pdfPages figuresSha256 pdfUrl xlsxUrl } }`, {
        id: generateReport.id,
      })
    ).reportJob;
    if (job.status !== 'DONE') throw new Error(`Rapport en échec : ${job.error}`);
    const stats = app.get(ReportWorker).lastRun;
    const pdf = await fetch(`${base}${job.pdfUrl}`, { headers: { cookie } });
    const pdfData = Buffer.from(await pdf.arrayBuffer());
    const pdfBytes = pdfData.byteLength;
    if (out) {
      // BENCH_OUT=dossier : garde le PDF, le tableur et les chiffres (JSON, avec les métadonnées du rendu) pour les
      // regarder ou rejouer le rendu seul.
      const { mkdirSync, writeFileSync } = await import('node:fs');
      mkdirSync(out, { recursive: true });
      writeFileSync(`${out}/bench-report.pdf`, pdfData);
      const xlsx = await fetch(`${base}${job.xlsxUrl}`, { headers: { cookie } });
      writeFileSync(`${out}/bench-report.xlsx`, Buffer.from(await xlsx.arrayBuffer()));
      const row = await reportJobRow(db, generateReport.id);
      writeFileSync(
        `${out}/bench-report.figures.json`,
        JSON.stringify({
          figures: row.figures,
          meta: {
            jobId: generateReport.id,
            kind: row.kind,
            kindLabel: row.parameters.kindLabel,
            createdAt: new Date(row.created_at).toISOString(),
            requestedBy: row.parameters.requestedBy?.name ?? null,
            subjectLabel: row.parameters.subjectLabel,
          },
        }),
      );
    }
    const tableRows = await reportTableRows(db, generateReport.id);

    log(
      `\nBanc d’essai : rapport FSE+ sur ${PARTICIPANTS.toLocaleString('fr-FR')} participant·es (Node ${process.version})`,
    );
    log(
      `  données          ${PARTICIPANTS} personnes, ${PARTICIPANTS} participant·es FSE+, ${attendance} présences en formation (${ms(fillMs)})`,
    );
    log(`  generateReport   réponse en ${ms(queuedMs)} (QUEUED), rapport DONE après ${ms(wallMs)}`);
    log(`  étapes vues      ${[...labels].join(' → ')}`);
    log(`  chiffres (SQL)   ${ms(stats.figuresMs)} ; lignes des tableaux ${tableRows}`);
    log(
      `  rendu (threads)  ${ms(stats.renderMs)} : PDF ${ms(stats.pdfMs)} et tableur ${ms(stats.xlsxMs)} côte à côte ; enregistrement ${ms(stats.storeMs)}`,
    );
    log(`  PDF              ${job.pdfPages} pages, ${kb(stats.pdfBytes)} (téléchargé : ${kb(pdfBytes)})`);
    log(`  tableur          ${kb(stats.xlsxBytes)}`);
    log(
      `  mémoire          processus de l’API : RSS max ${mb(render.peakRss)}, tas V8 max ${mb(render.peakHeap)} (au repos : ${mb(baseline.peakRss)}, ${mb(baseline.peakHeap)})`,
    );
    log(
      `                   threads de rendu : tas V8 max ${mb(stats.peakHeapUsedBytes)} (PDF ${mb(stats.pdfPeakHeapUsedBytes)} + tableur ${mb(stats.xlsxPeakHeapUsedBytes)} ; RSS du processus vue des threads : ${mb(stats.peakRssBytes)})`,
    );
    log(`  boucle d’événements de l’API (monitorEventLoopDelay, résolution 10 ms : 10 ms = aucun retard)`);
    log(
      `                   au repos    p50 ${ms(baseline.loop.p50)}  p99 ${ms(baseline.loop.p99)}  max ${ms(baseline.loop.max)}`,
    );
    log(
      `                   génération  p50 ${ms(render.loop.p50)}  p99 ${ms(render.loop.p99)}  max ${ms(render.loop.max)}`,
    );
    const stallText = (list) => list.map((x) => `${x.lag.toFixed(0)} ms (${x.stage})`).join(', ') || 'aucun';
    log(`  blocages > 40 ms au repos : ${stallText(baseline.stalls)}`);
    log(`  blocages > 40 ms pendant la génération (étape affichée alors) : ${stallText(render.stalls)}`);
    log(`  requête GraphQL toutes les ${PING_EVERY_MS} ms (reportJobs)`);
    log(
      `                   au repos    ${baseline.queries.count} requêtes, p50 ${ms(baseline.queries.p50)}  p95 ${ms(baseline.queries.p95)}  max ${ms(baseline.queries.max)}`,
    );
    log(
      `                   génération  ${render.queries.count} requêtes, p50 ${ms(render.queries.p50)}  p95 ${ms(render.queries.p95)}  max ${ms(render.queries.max)}`,
    );
    log(`  empreinte        ${job.figuresSha256}`);
    return {
      participants: PARTICIPANTS,
      attendance,
      tableRows,
      pages: job.pdfPages,
      pdfBytes: stats.pdfBytes,
      xlsxBytes: stats.xlsxBytes,
      queuedMs,
      totalMs: wallMs,
      workerMs: stats.totalMs,
      figuresMs: stats.figuresMs,
      renderMs: stats.renderMs,
      pdfMs: stats.pdfMs,
      xlsxMs: stats.xlsxMs,
      storeMs: stats.storeMs,
      memory: {
        apiPeakRssBytes: render.peakRss,
        apiPeakHeapBytes: render.peakHeap,
        idleRssBytes: baseline.peakRss,
        idleHeapBytes: baseline.peakHeap,
        renderPeakHeapBytes: stats.peakHeapUsedBytes,
        renderPdfPeakHeapBytes: stats.pdfPeakHeapUsedBytes,
        renderXlsxPeakHeapBytes: stats.xlsxPeakHeapUsedBytes,
        renderPeakRssBytes: stats.peakRssBytes,
      },
      eventLoop: render.loop,
      eventLoopIdle: baseline.loop,
      queries: render.queries,
      queriesIdle: baseline.queries,
      stalls: render.stalls,
      figuresSha256: job.figuresSha256,
    };
  } finally {
    await app?.close().catch(() => undefined);
    const c = new pg.Client({ connectionString: serverUrl });
    await c.connect();
    await dropDatabase(c, dbName);
    await c.end();
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  runReportBench({
    participants: Number(process.env.BENCH_PARTICIPANTS ?? 5000),
    log: (line) => console.log(line),
    out: process.env.BENCH_OUT || undefined,
  })
    // BENCH_JSON=file: the figures (runReportBench's object) written there too, for tools/bench/run.mjs.
    .then(async (figures) => {
      if (process.env.BENCH_JSON)
        (await import('node:fs')).writeFileSync(process.env.BENCH_JSON, JSON.stringify(figures));
    })
    .catch((e) => {
      console.error(e);
      process.exit(1);
    });
}
