// `npm run bench:limits`: how fast the API refuses hostile GraphQL requests, and whether anyone else waits meanwhile.
//
// Creates a database of its own on the local PostgreSQL (DATABASE_URL, default postgres://postgres@127.0.0.1:5432/postgres;
// dropped at the end) with one structure, one counsellor and 100 persons, starts the built API (dist, production mode)
// as a process of its own, signs the counsellor in, then sends each hostile request of
// libs/api/testing/src/hostile-queries.ts once to warm up, then several times in a row while /health/live is asked
// every 10 ms (without waiting for the previous answer, as clients keep coming).
// Prints, per request: its size, the answer (status, code, message), the time to that answer (p50, max) and the
// latency of /health/live meanwhile (p50, p95, max) — figures, not assertions (the tests assert the refusals).
//
//   --main PATH     the server to start (default dist/tools/api/apps/api/src/main.js): another build can be measured
//   --rounds N      requests of each kind (default 10)
//   --chain N       levels of the fragment chain (default 25)
//   --only a,b      some requests only: chain, aliases, deep, tokens, directives
//
// The CPU column is the server process's own time (/proc), probes included: on a shared machine, the figure that
// least depends on the others' load.
import { Buffer } from 'node:buffer';
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { createServer } from 'node:http';
import { performance } from 'node:perf_hooks';
import { clearInterval, setInterval } from 'node:timers';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { createDatabase, dropDatabase } from './admin.repository.mjs';

const require = createRequire(import.meta.url);
const ROOT = new URL('../../', import.meta.url).pathname;
// The API built with its test helpers (the builders it fills the database with): `npm run build:api-tools`.
const DIST = `${ROOT}dist/tools/api/`;

const { values: args } = parseArgs({
  options: {
    main: { type: 'string', default: `${DIST}apps/api/src/main.js` },
    rounds: { type: 'string', default: '10' },
    chain: { type: 'string', default: '25' },
    only: { type: 'string' },
  },
});
const ROUNDS = Number(args.rounds);
const PROBE_EVERY_MS = 10;
const REQUEST_TIMEOUT_MS = 180_000;

const percentile = (values, p) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] : NaN;
};
const ms = (n) =>
  Number.isFinite(n) ? `${n < 10 ? n.toFixed(1) : n.toFixed(0)} ms` : n === Infinity ? 'sans réponse' : '—';

function freePort() {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = /** @type {import('node:net').AddressInfo} */ (srv.address());
      srv.close(() => resolve(port));
    });
  });
}

/** The built API as a process of its own, as deployed (its event loop is not the benchmark's). */
async function startApi(main, databaseUrl) {
  if (!existsSync(main))
    throw new Error(`API non compilée (${main}) : lancez npm run build:api-tools (npm run bench:limits le fait).`);
  const port = await freePort();
  let out = '';
  const child = spawn(process.execPath, [main], {
    cwd: ROOT,
    env: {
      PATH: process.env.PATH ?? '',
      NODE_ENV: 'production',
      HOST: '127.0.0.1',
      PORT: String(port),
      DATABASE_URL: databaseUrl,
      LOG_LEVEL: 'warn',
      SEED_DEMO: 'false',
      REPORT_WORKER: 'false',
      RETENTION_JOB: 'false',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  // Whatever ends this script, the server it started ends with it.
  process.on('exit', () => child.exitCode === null && child.kill('SIGKILL'));
  child.stdout.on('data', (b) => (out += b));
  child.stderr.on('data', (b) => (out += b));
  const url = `http://127.0.0.1:${port}`;
  for (const deadline = Date.now() + 60_000; ;) {
    if (child.exitCode !== null) throw new Error(`L’API s’est arrêtée au démarrage :\n${out}`);
    const ready = await fetch(`${url}/health/ready`).then(
      (r) => r.status,
      () => 0,
    );
    if (ready === 200) break;
    if (Date.now() > deadline) throw new Error(`L’API n’est pas prête après 60 s :\n${out}`);
    await new Promise((r) => setTimeout(r, 200));
  }
  return { url, child, output: () => out };
}

/**
 * CPU time the process has used so far, in ms (Linux: /proc/PID/stat, utime + stime in ticks of 10 ms): on a shared
 * machine, a figure that does not depend on what the other processes do. NaN elsewhere.
 */
function cpuMs(pid) {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
    return (Number(fields[11]) + Number(fields[12])) * 10;
  } catch {
    return NaN;
  }
}

/**
 * Asks /health/live every PROBE_EVERY_MS without waiting for the previous answer (as clients would keep coming)
 * until stopped; resolves to the latencies. A server that stalls 5 s makes every probe of those 5 s wait.
 */
function probeLiveness(url) {
  const pending = [];
  const timer = setInterval(() => {
    const started = performance.now();
    pending.push(
      fetch(`${url}/health/live`)
        .then((r) => r.arrayBuffer())
        .then(
          () => performance.now() - started,
          () => Infinity, // no answer at all (a connection reset under the pile-up): counted as the worst
        ),
    );
  }, PROBE_EVERY_MS);
  return () => {
    clearInterval(timer);
    return Promise.all(pending);
  };
}

async function graphql(url, query, cookie) {
  const started = performance.now();
  const res = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(cookie ? { cookie } : {}) },
    body: JSON.stringify({ query }),
    signal: globalThis.AbortSignal.timeout(REQUEST_TIMEOUT_MS),
  });
  const text = await res.text();
  const elapsed = performance.now() - started;
  let first;
  try {
    first = JSON.parse(text).errors?.[0];
  } catch {
    first = { message: text.slice(0, 80) };
  }
  const message = first?.message ?? `(données, ${(text.length / 1024).toFixed(0)} Ko)`;
  return { elapsed, status: res.status, code: first?.extensions?.code ?? '—', message };
}

async function main() {
  const {
    fragmentChain,
    aliasFlood,
    deepQuery,
    tokenFlood,
    directiveFlood,
    buildStructure,
    buildUser,
    buildPersons,
  } = require(`${DIST}libs/api/testing/src/index.js`);
  const { Role } = require(`${DIST}libs/shared/domain/src/index.js`);
  const hostile = [
    [
      'chain',
      `Chaîne de ${args.chain} fragments (chacun déplie le suivant deux fois)`,
      fragmentChain(Number(args.chain)),
    ],
    ['aliases', '1 000 alias de persons(first: 100), connecté·e', aliasFlood(1000)],
    ['deep', 'Requête imbriquée sur 600 niveaux', deepQuery(600)],
    ['tokens', '33 000 jetons (corps de 99 Ko)', tokenFlood(33_000)],
    ['directives', '250 directives sur un champ', directiveFlood(250)],
  ].filter(([key]) => !args.only || args.only.split(',').includes(key));

  const serverUrl = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
  const dbName = `tremplin_bench_limits_${Date.now().toString(36)}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await createDatabase(admin, dbName);
  const url = new URL(serverUrl);
  url.pathname = `/${dbName}`;
  const databaseUrl = url.toString();
  let api;
  const client = new pg.Client({ connectionString: databaseUrl });
  try {
    api = await startApi(args.main, databaseUrl); // migrates the new database
    await client.connect();
    const db = { query: (sql, params) => client.query(sql, params).then((r) => r.rows) };
    const structure = await buildStructure(db);
    const counsellor = await buildUser(db, { role: Role.COUNSELLOR, structureId: structure.id });
    await buildPersons(db, structure.id, 100, counsellor.id);
    const signIn = await fetch(`${api.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        query: 'mutation($i: SignInInput!) { signIn(input: $i) { id } }',
        variables: { i: { email: counsellor.email, password: counsellor.password } },
      }),
    });
    const cookie = (signIn.headers.get('set-cookie') ?? '').split(';')[0];

    // One of each first, unmeasured: the server compiles its code paths (JIT) on the first requests.
    for (const [, , query] of hostile)
      await graphql(
        api.url,
        `
          ${query}
          # warm-up
        `,
        cookie,
      );
    const stopIdle = probeLiveness(api.url);
    await new Promise((r) => setTimeout(r, 2000));
    const idle = await stopIdle();
    console.log(`Serveur : ${args.main.replace(ROOT, '')} (NODE_ENV=production), ${ROUNDS} requêtes de chaque sorte`);
    console.log(`/health/live au repos : p50 ${ms(percentile(idle, 50))}, p95 ${ms(percentile(idle, 95))}\n`);
    console.log(
      '| Requête | Taille | Réponse | Réponse p50 | Réponse max | CPU serveur / requête | /health/live p50 | p95 | max |',
    );
    console.log('| --- | ---: | --- | ---: | ---: | ---: | ---: | ---: | ---: |');
    for (const [, label, query] of hostile) {
      const stop = probeLiveness(api.url);
      const cpuBefore = cpuMs(api.child.pid);
      const answers = [];
      // A different text each time, as an attacker would send: Apollo keeps the documents it validated by their text.
      for (let i = 0; i < ROUNDS; i++) answers.push(await graphql(api.url, `${query}\n# ${i}`, cookie));
      const live = await stop();
      const cpu = (cpuMs(api.child.pid) - cpuBefore) / ROUNDS; // the probes' share included
      const a = answers[0];
      const times = answers.map((x) => x.elapsed);
      const answer = `${a.status} ${a.code} « ${a.message.length > 60 ? `${a.message.slice(0, 57)}…` : a.message} »`;
      const size = Buffer.byteLength(JSON.stringify({ query }));
      console.log(
        `| ${label} | ${size < 1024 ? `${size} o` : `${(size / 1024).toFixed(1)} Ko`} | ${answer} | ${ms(percentile(times, 50))} | ${ms(Math.max(...times))} | ${ms(cpu)} | ${ms(percentile(live, 50))} | ${ms(percentile(live, 95))} | ${ms(Math.max(...live))} |`,
      );
    }
  } finally {
    await client.end().catch(() => undefined);
    if (api && api.child.exitCode === null) {
      const exited = new Promise((r) => api.child.once('exit', r));
      api.child.kill('SIGTERM');
      await exited;
    }
    await dropDatabase(admin, dbName);
    await admin.end();
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
