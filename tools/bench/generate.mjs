#!/usr/bin/env node
// Benchmark data: a large network filled deterministically through the real schema (the built API's migrations).
//
//   node tools/bench/generate.mjs [--url U] [--seed 42] [--scale 1] [--force]
//
// 200 structures × (1 director, 4 counsellors), ~50 landlords with sites, reviewers, hiring needs, partnerships and
// hiring targets, 50,000 persons across all stages with their whole pathway, ~2,000,000 hour records (training
// attendance lines + mission hours), contracts, funders, agreements, allocations, FSE+ participants, proposals, exits,
// hires. Same seed and scale → the same rows (ids, dates and values come from a seeded hash, never from random() or
// now(); every date is relative to REFERENCE_DATE). Writes `bench_meta` last; `ensureBenchDatabase` reuses a database
// whose bench_meta matches the scale, seed and generator version.
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import argon2 from 'argon2';
import pg from 'pg';
import {
  CITIES,
  EXIT_REASON_WEIGHTS,
  EXTERNAL_EMPLOYERS,
  FIRST_NAMES,
  HIRE_OF_REASON,
  LAST_NAMES,
  LEVEL_1_CRITERIA,
  LEVEL_2_CRITERIA,
  PRESCRIBERS,
} from './data/catalogues.mjs';
import { createDatabase, dropDatabase } from './admin.repository.mjs';
import {
  allocateExpenses,
  allocateMissions,
  allocateStaffTime,
  allocateTrainingAttendance,
  countRows,
  createBenchMeta,
  createPlanTable,
  createSessionTable,
  dropPlanTables,
  fixturePersonRecords,
  foreignKeyViolations,
  foreignKeys,
  indexPlanTables,
  insertExamResults,
  insertExamSessions,
  insertFromArrays,
  insertInformationAttendance,
  insertOnboardingFollowUps,
  insertPathwayEvents,
  insertPlacementMissions,
  insertSkillsEvaluations,
  insertStaffTime,
  insertTestMissions,
  insertTrainingAttendance,
  lastTrainingSession,
  minutesWorkedToExit,
  prepareFillSession,
  readBenchMeta,
  restoreForeignKeyTriggers,
  sessionAttendees,
  setStampDefaults,
  stampedColumns,
  userTables,
  vacuumAnalyze,
} from './generate.repository.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const DIST = resolve(ROOT, 'dist/apps/api');
const require = createRequire(import.meta.url);

/** Bump when the generated rows change, so that an older bench database is regenerated. */
export const GENERATOR_VERSION = 1;
export const DEFAULT_URL = 'postgres://postgres@127.0.0.1:5432/tremplin_bench';
/** Every date is relative to this day (a Sunday). Alerts are computed by the API against the real today. */
export const REFERENCE_DATE = '2026-11-01';
export const BENCH_PASSWORD = 'Bench-Tremplin-2026!';
/** The fixture's period: the calendar year of the reference date (dashboard, reports). */
const PERIOD = { start: '2026-01-01', end: '2026-12-31' };
/** Funding agreements run over this period (18 months around the reference date). */
const AGREEMENT = { start: '2025-10-01', end: '2027-03-31' };
const TRAINING_WEEKS_PAST = 104;
const TRAINING_WEEKS_FUTURE = 4;
/** Twice a week: Tuesday 4 h, Thursday 3 h (7 h a week, as in the demo). */
const TRAINING_SLOTS = [
  { offset: 2, minutes: 240 },
  { offset: 4, minutes: 180 },
];
const CREATED_AT = `${REFERENCE_DATE}T06:00:00Z`;

// ---------------------------------------------------------------------------------------------------------------
// Deterministic helpers.

/** A hash of (seed, n, salt) in [0, 1): the generator's only source of variety. */
function hasher(seed) {
  return (n, salt) => {
    let x = (Math.imul(n | 0, 0x9e3779b1) ^ Math.imul((salt | 0) + 0x632be5ab, 0x85ebca77)) >>> 0;
    x = (x ^ Math.imul((seed | 0) + 0x27d4eb2f, 0xc2b2ae3d)) >>> 0;
    x ^= x >>> 16;
    x = Math.imul(x, 0x7feb352d);
    x ^= x >>> 15;
    x = Math.imul(x, 0x846ca68b);
    x ^= x >>> 16;
    return (x >>> 0) / 4294967296;
  };
}
const uidOf = (seed) => (tag, n) => {
  const hex = createHash('md5').update(`${seed}:${tag}:${n}`).digest('hex');
  // Shaped as a version-4 uuid (like gen_random_uuid's), the same way as pg_temp.uid below.
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-8${hex.slice(17, 20)}-${hex.slice(20)}`;
};
const DAY = 86_400_000;
const REF_MS = Date.parse(`${REFERENCE_DATE}T00:00:00Z`);
/** ISO date `days` after the reference date (negative: before). */
const day = (days) => new Date(REF_MS + days * DAY).toISOString().slice(0, 10);
const addDaysIso = (iso, days) => new Date(Date.parse(`${iso}T00:00:00Z`) + days * DAY).toISOString().slice(0, 10);
const dayNumber = (iso) => Math.round((Date.parse(`${iso}T00:00:00Z`) - REF_MS) / DAY);
function addMonthsIso(iso, months) {
  const [y, m, d] = iso.split('-').map(Number);
  const total = y * 12 + (m - 1) + months;
  const ny = Math.floor(total / 12);
  const nm = (total % 12) + 1;
  const last = new Date(Date.UTC(ny, nm, 0)).getUTCDate();
  return `${ny}-${String(nm).padStart(2, '0')}-${String(Math.min(d, last)).padStart(2, '0')}`;
}
const pick = (list, u) => list[Math.min(list.length - 1, Math.floor(u * list.length))];
function weighted(list, u, weightIndex) {
  const total = list.reduce((s, e) => s + e[weightIndex], 0);
  let x = u * total;
  for (const e of list) {
    x -= e[weightIndex];
    if (x < 0) return e;
  }
  return list[list.length - 1];
}
const pad = (n, w) => String(n).padStart(w, '0');

// ---------------------------------------------------------------------------------------------------------------
// The built API: migrations, domain rules, reference certifications.

function loadBuiltApi() {
  const options = resolve(DIST, 'apps/api/src/database/data-source-options.js');
  if (!existsSync(options)) throw new Error(`Built API not found (${options}): run \`npm run build:api\` first.`);
  return {
    dataSourceOptions: require(options).dataSourceOptions,
    domain: require(resolve(DIST, 'libs/shared/domain/src/index.js')),
    certifications: require(resolve(DIST, 'apps/api/src/database/reference/certifications.js'))
      .CERTIFICATION_REFERENCE_LIST,
    verifyPassword: require(resolve(DIST, 'apps/api/src/core/auth/password.js')).verifyPassword,
  };
}

async function migrate(api, url) {
  const { DataSource } = require('typeorm');
  const ds = new DataSource({ ...api.dataSourceOptions(url, 1), logging: false, logger: undefined });
  await ds.initialize();
  try {
    await ds.runMigrations({ transaction: 'each' });
  } finally {
    await ds.destroy();
  }
}

// ---------------------------------------------------------------------------------------------------------------
// Database lifecycle.

function databaseName(url) {
  const name = decodeURIComponent(new URL(url).pathname.replace(/^\//, ''));
  if (!name) throw new Error(`No database name in ${url}`);
  if (['postgres', 'test', 'template0', 'template1'].includes(name))
    throw new Error(
      `Refusing to use the database « ${name} » for the benchmark: give it its own (BENCH_DATABASE_URL).`,
    );
  return name;
}

function maintenanceUrl(url) {
  const u = new URL(url);
  u.pathname = '/template1';
  return u.toString();
}

async function readMeta(url) {
  const client = new pg.Client({ connectionString: url });
  try {
    await client.connect();
  } catch (e) {
    if (/** @type {{ code?: string }} */ (e).code === '3D000') return null; // database does not exist
    throw e;
  }
  try {
    return await readBenchMeta(client);
  } catch (e) {
    if (/** @type {{ code?: string }} */ (e).code === '42P01') return null; // no bench_meta: not (fully) generated
    throw e;
  } finally {
    await client.end();
  }
}

async function recreateDatabase(url) {
  const name = databaseName(url);
  const admin = new pg.Client({ connectionString: maintenanceUrl(url) });
  await admin.connect();
  try {
    await dropDatabase(admin, name);
    await createDatabase(admin, name);
  } finally {
    await admin.end();
  }
}

/**
 * Makes sure the bench database holds the network for this scale and seed: reuses it when bench_meta matches
 * (unless `force`), otherwise drops it, recreates it, migrates it with the built API's migrations and fills it.
 */
export async function ensureBenchDatabase({
  url = process.env.BENCH_DATABASE_URL ?? DEFAULT_URL,
  seed = 42,
  scale = 1,
  force = false,
  log = (line) => process.stdout.write(`${line}\n`),
} = {}) {
  databaseName(url);
  if (!force) {
    const meta = await readMeta(url);
    if (
      meta &&
      meta.scale === scale &&
      meta.seed === seed &&
      meta.generatorVersion === GENERATOR_VERSION &&
      meta.fingerprint
    ) {
      log(`bench data: reusing ${databaseName(url)} (scale ${scale}, seed ${seed}, fingerprint ${meta.fingerprint})`);
      // Migrations added since the data was generated (indexes, statistics) apply as they would in production.
      await migrate(loadBuiltApi(), url);
      return { fixture: meta.fixture, counts: meta.counts, generatedMs: 0, reused: true };
    }
  }
  const started = performance.now();
  const api = loadBuiltApi();
  log(`bench data: (re)creating ${databaseName(url)} — scale ${scale}, seed ${seed}`);
  await recreateDatabase(url);
  let t = performance.now();
  await migrate(api, url);
  log(`  migrations                         ${ms(performance.now() - t)}`);
  const { fixture, counts } = await fill({ url, seed, scale, api, log });
  const generatedMs = Math.round(performance.now() - started);
  log(`bench data: generated in ${(generatedMs / 1000).toFixed(1)} s`);
  return { fixture, counts, generatedMs, reused: false };
}

const ms = (x) => `${(x / 1000).toFixed(2).padStart(7)} s`;

// ---------------------------------------------------------------------------------------------------------------
// Filling.

async function fill({ url, seed, scale, api, log }) {
  const h = hasher(seed);
  const uid = uidOf(seed);
  const { domain } = api;
  const S = Math.max(2, Math.round(200 * scale));
  const N = Math.max(S * 20, Math.round(50_000 * scale));
  const L = Math.max(5, Math.round(50 * scale));
  const P = 5; // partnerships per structure
  const step = Math.max(1, Math.floor(L / P));

  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const timings = [];
  /** @type {(sql: string, params?: unknown[]) => Promise<import('pg').QueryResult<any>>} */
  const q = (sql, params) => client.query(sql, params);
  async function timed(label, fn) {
    const t = performance.now();
    const r = await fn();
    const elapsed = performance.now() - t;
    timings.push([label, elapsed]);
    log(`  ${label.padEnd(34)} ${ms(elapsed)}`);
    return r;
  }
  /** INSERT … SELECT FROM unnest(typed arrays), in chunks. `cols`: [name, pgType][]; rows: arrays in that order. */
  async function bulk(table, cols, rows, chunk = 20_000) {
    for (let o = 0; o < rows.length; o += chunk) {
      const part = rows.slice(o, o + chunk);
      await insertFromArrays(
        q,
        table,
        cols,
        cols.map((_, c) => part.map((r) => r[c])),
      );
    }
  }
  const pgArray = (list) => `{${list.map((v) => `"${String(v).replace(/"/g, '\\"')}"`).join(',')}}`;

  // Bulk-load settings of this session, and session-local helpers (pg_temp: nothing is left in the schema): a seeded
  // hash in [0, 1) and deterministic uuids (generate.repository.mjs).
  await prepareFillSession(q, seed);
  // Fixed creation instants (the columns default to now()): restored once the data is in.
  const stamped = await stampedColumns(q);
  await setStampDefaults(q, stamped, `'${CREATED_AT}'::timestamptz`);

  const passwordHash = await timed('password hash (argon2, once)', async () => {
    // The API's parameters (apps/api/src/core/auth/password.ts) with a salt derived from the seed: deterministic.
    const salt = createHash('sha256').update(`tremplin-bench:${seed}`).digest().subarray(0, 16);
    const hash = await argon2.hash(BENCH_PASSWORD, {
      type: argon2.argon2id,
      memoryCost: 19_456,
      timeCost: 2,
      parallelism: 1,
      salt,
    });
    if (!(await api.verifyPassword(hash, BENCH_PASSWORD))) throw new Error('the bench password hash does not verify');
    return hash;
  });

  // --- Certifications (inserted by the migrations) -----------------------------------------------------------
  const certs = api.certifications.map((c) => ({ id: c.id, blocks: c.blocks.map((b) => b.id) }));
  const certOrder = [1, 0, 2, 3].map((i) => certs[i]); // AFPOLS first (the fixture's, as in the demo)

  // --- Structures and their staff ------------------------------------------------------------------------------
  const kinds = [
    ['AI', 35],
    ['ACI', 35],
    ['EI', 15],
    ['ETTI', 8],
    ['EITI', 3],
    ['GEIQ', 4],
  ];
  const structures = [];
  for (let s = 1; s <= S; s++) {
    const [city, postal] = pick(CITIES, h(s, 11));
    const kind = s === 1 ? 'AI' : weighted(kinds, h(s, 12), 1)[0];
    structures.push({
      s,
      id: uid('structure', s),
      name: `${kind === 'AI' ? 'Association' : kind === 'ACI' ? 'Chantier' : 'Entreprise'} d’insertion ${pad(s, 3)} — ${city}`,
      kind,
      siret: `7${pad(s, 8)}00014`.slice(0, 14),
      city,
      postal,
      director: uid('director', s),
      counsellors: [1, 2, 3, 4].map((k) => uid('counsellor', s * 10 + k)),
      cert: certOrder[(s - 1) % certOrder.length],
      structureTutors: [1, 2].map((k) => uid('structure-tutor', s * 10 + k)),
      partnerships: Array.from({ length: P }, (_, j) => ({
        j,
        id: uid('partnership', s * 10 + j),
        landlord: (((s - 1) * 3 + j * step) % L) + 1,
        hostTutor: uid('host-tutor', s * 10 + j),
      })),
      funders: {
        OPCO: uid('funder', s * 10 + 1),
        FSE_PLUS: uid('funder', s * 10 + 2),
        DDETS_FDI: uid('funder', s * 10 + 3),
        CITY_POLICY: uid('funder', s * 10 + 4),
      },
      agreements: {
        OPCO: uid('agreement', s * 10 + 1),
        FSE_PLUS: uid('agreement', s * 10 + 2),
        DDETS_FDI: uid('agreement', s * 10 + 3),
        CITY_POLICY: uid('agreement', s * 10 + 4),
      },
    });
  }
  const landlords = Array.from({ length: L }, (_, k) => {
    const l = k + 1;
    const [city, postal] = pick(CITIES, h(l, 21));
    return {
      l,
      id: uid('landlord', l),
      name: l % 10 === 0 ? `Groupement d’employeurs ${pad(l, 2)} — ${city}` : `Bailleur social ${pad(l, 2)} — ${city}`,
      kind: l % 10 === 0 ? 'OTHER' : 'SOCIAL_LANDLORD',
      siret: `4${pad(l, 8)}00021`.slice(0, 14),
      city,
      postal,
      reviewer: uid('reviewer', l),
      reviewerName: [pick(FIRST_NAMES, h(l, 22)), pick(LAST_NAMES, h(l, 23))],
      sites: [1, 2].map((k2) => ({
        id: uid('site', l * 10 + k2),
        name: `Résidence ${pick(LAST_NAMES, h(l * 10 + k2, 24))}`,
      })),
      needs: [1, 2, 3, 4, 5, 6].map((k2) => uid('need', l * 10 + k2)),
    };
  });
  const landlordOf = (l) => landlords[l - 1];

  await timed('structures, users, partners', async () => {
    await bulk(
      'structure',
      [
        ['id', 'uuid'],
        ['name', 'text'],
        ['kind', 'structure_kind'],
        ['siret', 'text'],
        ['city', 'text'],
      ],
      structures.map((x) => [x.id, x.name, x.kind, x.siret, x.city]),
    );
    await bulk(
      'partner_organisation',
      [
        ['id', 'uuid'],
        ['name', 'text'],
        ['kind', 'partner_organisation_kind'],
        ['siret', 'text'],
        ['city', 'text'],
      ],
      landlords.map((x) => [x.id, x.name, x.kind, x.siret, x.city]),
    );
    const users = [];
    users.push([uid('admin', 1), 'admin@bench.tremplin.test', 'Alex', 'Durand', 'ADMINISTRATOR', null, null]);
    for (const x of structures) {
      users.push([
        x.director,
        `direction.${pad(x.s, 3)}@bench.tremplin.test`,
        pick(FIRST_NAMES, h(x.s, 31)),
        pick(LAST_NAMES, h(x.s, 32)),
        'DIRECTOR',
        x.id,
        null,
      ]);
      x.counsellors.forEach((id, k) =>
        users.push([
          id,
          `conseil.${pad(x.s, 3)}.${k + 1}@bench.tremplin.test`,
          pick(FIRST_NAMES, h(x.s * 10 + k, 33)),
          pick(LAST_NAMES, h(x.s * 10 + k, 34)),
          'COUNSELLOR',
          x.id,
          null,
        ]),
      );
    }
    for (const l of landlords)
      users.push([
        l.reviewer,
        `rh.${pad(l.l, 3)}@bench.tremplin.test`,
        l.reviewerName[0],
        l.reviewerName[1],
        'PARTNER_REVIEWER',
        null,
        l.id,
      ]);
    await bulk(
      'app_user',
      [
        ['id', 'uuid'],
        ['email', 'text'],
        ['first_name', 'text'],
        ['last_name', 'text'],
        ['role', 'user_role'],
        ['structure_id', 'uuid'],
        ['partner_organisation_id', 'uuid'],
        ['password_hash', 'text'],
      ],
      users.map((u) => [...u, passwordHash]),
    );
    await bulk(
      'partner_site',
      [
        ['id', 'uuid'],
        ['partner_organisation_id', 'uuid'],
        ['name', 'text'],
        ['city', 'text'],
        ['postal_code', 'text'],
      ],
      landlords.flatMap((l) => l.sites.map((st) => [st.id, l.id, st.name, l.city, l.postal])),
    );
    await bulk(
      'partnership',
      [
        ['id', 'uuid'],
        ['structure_id', 'uuid'],
        ['partner_organisation_id', 'uuid'],
        ['started_on', 'date'],
      ],
      structures.flatMap((x) =>
        x.partnerships.map((p) => [
          p.id,
          x.id,
          landlordOf(p.landlord).id,
          `${2019 + Math.floor(h(x.s * 10 + p.j, 35) * 6)}-09-01`,
        ]),
      ),
    );
    await bulk(
      'hiring_target',
      [
        ['id', 'uuid'],
        ['partnership_id', 'uuid'],
        ['year', 'int2'],
        ['hires', 'int4'],
      ],
      structures.flatMap((x) =>
        x.partnerships.flatMap((p) =>
          [2025, 2026].map((y) => [
            uid('hiring-target', (x.s * 10 + p.j) * 10000 + y),
            p.id,
            y,
            1 + Math.floor(h(x.s * 10 + p.j, y) * 3),
          ]),
        ),
      ),
    );
    const statuses = ['OPEN', 'OPEN', 'FILLED', 'FILLED', 'CLOSED', 'OPEN'];
    const jobs = [
      'Gardien·ne d’immeuble',
      'Gardien·ne d’immeuble',
      'Gardien·ne d’immeuble',
      'Employé·e d’immeuble',
      'Agent·e d’entretien des parties communes',
      'Gardien·ne d’immeuble',
    ];
    await bulk(
      'hiring_need',
      [
        ['id', 'uuid'],
        ['partner_organisation_id', 'uuid'],
        ['site_id', 'uuid'],
        ['job_title', 'text'],
        ['positions', 'int4'],
        ['start_date', 'date'],
        ['requirements', 'text'],
        ['status', 'text'],
      ],
      landlords.flatMap((l) =>
        l.needs.map((id, k) => [
          id,
          l.id,
          l.sites[k % 2].id,
          jobs[k],
          1 + (k % 3),
          day(k * 15 - 40 + (statuses[k] === 'FILLED' ? -150 : 0)),
          'Certification de gardien·ne obtenue ou en cours, sens du contact avec les locataires.',
          statuses[k],
        ]),
      ),
    );
    await bulk(
      'tutor',
      [
        ['id', 'uuid'],
        ['structure_id', 'uuid'],
        ['side', 'text'],
        ['first_name', 'text'],
        ['last_name', 'text'],
        ['job_title', 'text'],
        ['partner_organisation_id', 'uuid'],
      ],
      structures.flatMap((x) => [
        ...x.structureTutors.map((id, k) => [
          id,
          x.id,
          'STRUCTURE',
          pick(FIRST_NAMES, h(x.s * 10 + k, 41)),
          pick(LAST_NAMES, h(x.s * 10 + k, 42)),
          'Encadrant·e technique',
          null,
        ]),
        ...x.partnerships.map((p) => [
          p.hostTutor,
          x.id,
          'HOST',
          pick(FIRST_NAMES, h(x.s * 10 + p.j, 43)),
          pick(LAST_NAMES, h(x.s * 10 + p.j, 44)),
          'Gardien principal',
          landlordOf(p.landlord).id,
        ]),
      ]),
    );
    await bulk(
      'structure_target',
      [
        ['id', 'uuid'],
        ['structure_id', 'uuid'],
        ['year', 'int2'],
        ['dynamic_exit_rate_bp', 'int4'],
        ['durable_employment_rate_bp', 'int4'],
        ['created_by_id', 'uuid'],
      ],
      structures.flatMap((x) =>
        [2025, 2026].map((y) => [uid('target', x.s * 10000 + y), x.id, y, 6000, 2500, x.director]),
      ),
    );
  });

  await timed('funders and agreements', async () => {
    const funderRows = [];
    const agreementRows = [];
    for (const x of structures) {
      const ref = pad(x.s, 3);
      funderRows.push(
        [
          x.funders.OPCO,
          x.id,
          x.director,
          'OPCO',
          'OPCO Cohésion sociale',
          domain.DEFAULT_OPCO_HOURLY_RATE_CENTS,
          'alternance@opco-cs.test',
        ],
        [x.funders.FSE_PLUS, x.id, x.director, 'FSE_PLUS', `FSE+ — DREETS (${x.city})`, null, null],
        [x.funders.DDETS_FDI, x.id, x.director, 'DDETS_FDI', `DDETS — FDI (${x.city})`, null, null],
        [x.funders.CITY_POLICY, x.id, x.director, 'CITY_POLICY', `Politique de la ville — ${x.city}`, null, null],
      );
      const a = (k, reference, title, amount, bp, rate, sources, indicators) =>
        agreementRows.push([
          x.agreements[k],
          x.id,
          x.director,
          x.funders[k],
          reference,
          title,
          AGREEMENT.start,
          AGREEMENT.end,
          amount,
          bp,
          rate,
          pgArray(sources),
          pgArray(indicators),
          'Périmètre de la convention (données de banc d’essai).',
        ]);
      a(
        'OPCO',
        `OPCO-CS-2026-${ref}`,
        'Contrats de professionnalisation — gardien·nes d’immeuble',
        40 * 350 * domain.DEFAULT_OPCO_HOURLY_RATE_CENTS,
        10000,
        domain.DEFAULT_OPCO_HOURLY_RATE_CENTS,
        ['TRAINING_ATTENDANCE'],
        ['TRAINING_HOURS', 'OPCO_AMOUNT'],
      );
      a(
        'FSE_PLUS',
        `FSE-2026-IAE-${ref}`,
        'Parcours qualifiants vers les métiers du logement social',
        4_800_000,
        6000,
        null,
        ['STAFF_TIME', 'EXPENSE'],
        ['PARTICIPANTS', 'FSE_PARTICIPANT_DATA', 'EXITS_BY_CATEGORY', 'BUDGET_CONSUMED'],
      );
      a(
        'DDETS_FDI',
        `FDI-2026-${ref}`,
        'Fonds départemental d’insertion — mises à disposition',
        4_000_000,
        10000,
        1200,
        ['MISSION'],
        ['ENTRIES', 'EXITS_BY_CATEGORY', 'DYNAMIC_EXIT_RATE'],
      );
      a(
        'CITY_POLICY',
        `PV-2026-${ref}`,
        'Contrat de ville — accès à l’emploi des habitant·es des quartiers',
        1_200_000,
        10000,
        null,
        ['STAFF_TIME', 'EXPENSE'],
        ['PARTICIPANTS', 'HIRES'],
      );
    }
    await bulk(
      'funder',
      [
        ['id', 'uuid'],
        ['structure_id', 'uuid'],
        ['created_by_id', 'uuid'],
        ['kind', 'text'],
        ['name', 'text'],
        ['hourly_rate_cents', 'int4'],
        ['contact_email', 'text'],
      ],
      funderRows,
    );
    await bulk(
      'funding_agreement',
      [
        ['id', 'uuid'],
        ['structure_id', 'uuid'],
        ['created_by_id', 'uuid'],
        ['funder_id', 'uuid'],
        ['reference', 'text'],
        ['title', 'text'],
        ['start_date', 'date'],
        ['end_date', 'date'],
        ['amount_granted_cents', 'int8'],
        ['co_financing_rate_bp', 'int4'],
        ['hourly_rate_cents', 'int4'],
        ['source_kinds', 'varchar(30)[]'],
        ['indicators', 'varchar(40)[]'],
        ['scope', 'text'],
      ],
      agreementRows,
    );
  });

  // --- Collective sessions: two training sessions a week (104 weeks past, 4 to come), a monthly information meeting.
  const sessionRows = [];
  for (const x of structures) {
    for (let w = 0; w < TRAINING_WEEKS_PAST + TRAINING_WEEKS_FUTURE; w++)
      TRAINING_SLOTS.forEach((slot, k) => {
        const idx = w * TRAINING_SLOTS.length + k;
        sessionRows.push([
          uid('session', x.s * 1000 + idx),
          x.id,
          'TRAINING',
          `Formation gardien·ne d’immeuble — séance ${idx + 1}`,
          'AFPOLS',
          day(7 * (w - TRAINING_WEEKS_PAST) + slot.offset),
          slot.minutes,
          x.cert.blocks[idx % x.cert.blocks.length],
          x.director,
          x.s,
          idx,
        ]);
      });
    for (let m = 0; m < 25; m++)
      sessionRows.push([
        uid('info-session', x.s * 100 + m),
        x.id,
        'INFORMATION',
        'Réunion d’information — métier de gardien·ne d’immeuble',
        null,
        day(-30 * m + 3),
        180,
        null,
        x.director,
        x.s,
        900 + m,
      ]);
  }
  await timed('collective_session', () =>
    bulk(
      'collective_session',
      [
        ['id', 'uuid'],
        ['structure_id', 'uuid'],
        ['kind', 'text'],
        ['title', 'text'],
        ['training_body', 'text'],
        ['session_date', 'date'],
        ['planned_minutes', 'int4'],
        ['certification_block_id', 'uuid'],
        ['created_by_id', 'uuid'],
      ],
      sessionRows.map((r) => r.slice(0, 9)),
    ),
  );

  // --- Persons: the plan of each pathway (JS, seeded), loaded into a temp table for the set-based inserts. ----
  const FIXTURE_STRUCTURE = 1;
  const persons = [];
  let fixturePerson = null;
  for (let n = 1; n <= N; n++) {
    const s = 1 + ((n - 1) % S);
    const i = Math.floor((n - 1) / S);
    const x = structures[s - 1];
    const u = (salt) => h(n, salt);
    const first = pick(FIRST_NAMES, u(1));
    const last = pick(LAST_NAMES, u(2));
    const r1 = u(3);
    let stage = r1 < 0.15 ? 'RECRUITMENT' : r1 < 0.45 ? 'TRAINING' : r1 < 0.57 ? 'SECURING' : 'EXITED';
    // Null where the stage has none; read only where it has one (which the checker cannot follow).
    /** @type {any} */
    let csAgo = null;
    /** @type {any} */
    let secAgo = null;
    /** @type {any} */
    let exitAgo = null;
    // Days before the reference date: contract start (cs), securing stage, exit. Tuned for ~2 M hour records.
    if (stage === 'TRAINING') csAgo = 7 + Math.floor(u(4) * 200);
    if (stage === 'SECURING') {
      csAgo = 240 + Math.floor(u(4) * 470);
      secAgo = Math.max(5, csAgo - 180 - Math.floor(u(5) * 90));
    }
    if (stage === 'EXITED') {
      exitAgo = 1 + Math.floor(u(5) * 400);
      const stay = 30 + Math.floor(u(4) * u(4) * 360);
      csAgo = exitAgo + stay;
      if (stay > 200 && u(6) < 0.5) secAgo = exitAgo + Math.floor(stay / 4);
    }
    const counsellor = x.counsellors[i % 4];
    const isFixture = !fixturePerson && s === FIXTURE_STRUCTURE && i % 4 === 0 && stage === 'SECURING';
    if (isFixture) {
      csAgo = 700;
      secAgo = 90;
      fixturePerson = n;
    }
    const referredAgo = stage === 'RECRUITMENT' ? 3 + Math.floor(u(7) * 80) : csAgo + 20 + Math.floor(u(7) * 60);
    const [city, postal] = pick(CITIES, u(8));
    const [prescriberKind, prescriberLabel] = weighted(PRESCRIBERS, u(9), 2);
    const admitted = stage !== 'RECRUITMENT';
    // Training attendance: from the contract's start while in stage 2 (until the exit, or the securing stage); those
    // in training are registered to the sessions to come. The fixture person keeps training to the end (≥ 200 lines).
    let attEnd = null;
    if (admitted)
      attEnd = isFixture || stage === 'TRAINING' ? day(7 * TRAINING_WEEKS_FUTURE) : day(-(secAgo ?? exitAgo));
    const exitReason = stage === 'EXITED' ? weighted(EXIT_REASON_WEIGHTS, u(10), 1)[0] : null;
    const hostJ = Math.floor(u(11) * P);
    // Contrat de professionnalisation: about half of those admitted, some drafts among those recruited.
    let contract = null;
    if (isFixture || (admitted && u(12) < 0.5) || (stage === 'RECRUITMENT' && u(12) < 0.15)) contract = contractPlan();
    function contractPlan() {
      if (!admitted) return { status: 'DRAFT', start: day(2 + Math.floor(u(13) * 20)) };
      const start = day(-csAgo);
      const end = addDaysIso(addMonthsIso(start, 12), -1);
      if (stage === 'TRAINING') {
        if (u(13) < 0.04) return { status: 'REFUSED', start, end };
        if (csAgo < 20) return { status: 'SUBMITTED', start, end };
        if (csAgo < 35) return { status: 'ACCEPTED', start, end };
        return { status: 'ACTIVE', start, end };
      }
      if (stage === 'SECURING') {
        if (!isFixture && u(13) < 0.12 && dayNumber(end) < 0) return { status: 'RENEWED', start, end };
        return { status: dayNumber(end) < 0 ? 'COMPLETED' : 'ACTIVE', start, end };
      }
      const exit = day(-exitAgo);
      return exit < end ? { status: 'BROKEN', start, end, broken: exit } : { status: 'COMPLETED', start, end };
    }
    const hireType = exitReason ? HIRE_OF_REASON[exitReason] : null;
    let hire = null;
    if (hireType) hire = { start: day(-exitAgo + 1), type: hireType, landlordJ: u(14) < 0.5 ? hostJ : null };
    else if (stage === 'SECURING' && u(14) < 0.15 && !isFixture)
      hire = { start: day(-(5 + Math.floor(u(15) * Math.max(1, secAgo - 5)))), type: 'CDI', landlordJ: hostJ };
    const nCriteria = u(16) < 0.6 ? 1 : 3;
    const criteria =
      nCriteria === 1
        ? [pick(LEVEL_1_CRITERIA, u(17))]
        : [0, 3, 7].map(
            (o) => LEVEL_2_CRITERIA[(Math.floor(u(17) * LEVEL_2_CRITERIA.length) + o) % LEVEL_2_CRITERIA.length],
          );
    const lastFollowUpAgo = stage === 'EXITED' ? exitAgo + Math.floor(u(18) * 20) : Math.floor(u(18) * 45);
    persons.push({
      n,
      s,
      i,
      id: uid('person', n),
      sid: x.id,
      counsellor,
      stage,
      first,
      last,
      sortKey: domain.normalizeForSearch(`${last} ${first}`),
      email: `${domain.normalizeForSearch(first).replace(/\W/g, '')}.${domain.normalizeForSearch(last).replace(/\W/g, '')}.${n}@exemple.test`,
      phone: `06 ${pad(n % 100, 2)} ${pad((n * 7) % 100, 2)} ${pad((n * 13) % 100, 2)} ${pad((n * 31) % 100, 2)}`,
      birth: day(-365 * (19 + Math.floor(u(19) * 42)) - Math.floor(u(20) * 365)),
      city,
      postal,
      referred: day(-referredAgo),
      cs: admitted ? day(-csAgo) : null,
      sec: secAgo !== null ? day(-secAgo) : null,
      exit: exitAgo !== null ? day(-exitAgo) : null,
      attEnd,
      passStart: admitted
        ? stage === 'TRAINING' && u(21) < 0.06
          ? day(-csAgo - 600 - Math.floor(u(22) * 120))
          : day(-csAgo)
        : null,
      hostJ,
      ratio: 0.55 + 0.45 * Math.pow(u(23), 0.35),
      prescriberKind,
      prescriberOrg: `${prescriberLabel} ${city}`,
      diagAuthor: u(24) < 0.8 ? 'PRESCRIBER' : 'EMPLOYER',
      criteria,
      proofAgo: stage === 'RECRUITMENT' && u(25) < 0.1 ? 80 + Math.floor(u(26) * 40) : 2 + Math.floor(u(26) * 40),
      contract,
      exitReason,
      hire,
      lastFollowUpAgo,
      confidential: u(27) < 0.06,
      fse: admitted && u(28) < 0.7,
      isFixture,
    });
  }
  if (!fixturePerson) throw new Error('no fixture person (scale too small?)');

  await timed('person', async () => {
    await bulk(
      'person',
      [
        ['id', 'uuid'],
        ['structure_id', 'uuid'],
        ['first_name', 'text'],
        ['last_name', 'text'],
        ['birth_date', 'date'],
        ['email', 'text'],
        ['phone', 'text'],
        ['postal_code', 'text'],
        ['city', 'text'],
        ['counsellor_id', 'uuid'],
        ['stage', 'pathway_stage'],
        ['sort_key', 'text'],
        ['information_given_on', 'date'],
        ['consent_given_on', 'date'],
        ['target_certification_id', 'uuid'],
      ],
      persons.map((p) => [
        p.id,
        p.sid,
        p.first,
        p.last,
        p.birth,
        p.email,
        p.phone,
        p.postal,
        p.city,
        p.counsellor,
        p.stage,
        p.sortKey,
        p.referred,
        p.referred,
        p.stage === 'RECRUITMENT' ? null : structures[p.s - 1].cert.id,
      ]),
    );
    // The plan, for the set-based inserts below.
    await createPlanTable(q);
    await bulk(
      'pp',
      [
        ['n', 'int4'],
        ['id', 'uuid'],
        ['s', 'int4'],
        ['sid', 'uuid'],
        ['counsellor', 'uuid'],
        ['stage', 'text'],
        ['cs', 'date'],
        ['sec', 'date'],
        ['exit', 'date'],
        ['att_end', 'date'],
        ['host_j', 'int4'],
        ['ratio', 'float8'],
        ['last_fu_ago', 'int4'],
        ['confidential', 'bool'],
        ['referred', 'date'],
        ['director', 'uuid'],
        ['stutor', 'uuid'],
        ['htutor', 'uuid'],
        ['landlord', 'uuid'],
        ['reviewer', 'uuid'],
        ['cert', 'uuid'],
        ['kind', 'text'],
      ],
      persons.map((p) => {
        const x = structures[p.s - 1];
        const ll = landlordOf(x.partnerships[p.hostJ].landlord);
        return [
          p.n,
          p.id,
          p.s,
          p.sid,
          p.counsellor,
          p.stage,
          p.cs,
          p.sec,
          p.exit,
          p.attEnd,
          p.hostJ,
          p.ratio,
          p.lastFollowUpAgo,
          p.confidential,
          p.referred,
          x.director,
          x.structureTutors[p.n % 2],
          x.partnerships[p.hostJ].hostTutor,
          ll.id,
          ll.reviewer,
          x.cert.id,
          x.kind,
        ];
      }),
      50_000,
    );
    await createSessionTable(q, [
      sessionRows.map((r) => r[0]),
      sessionRows.map((r) => r[9]),
      sessionRows.map((r) => r[5]),
      sessionRows.map((r) => r[6]),
      sessionRows.map((r) => r[2]),
    ]);
    await indexPlanTables(q);
  });

  // --- Intake: referral, diagnosis + criteria, admission, PASS IAE, employment contract, tutoring, transitions.
  await timed('intake (referral … tutoring)', async () => {
    const admitted = persons.filter((p) => p.cs);
    await bulk(
      'referral',
      [
        ['id', 'uuid'],
        ['structure_id', 'uuid'],
        ['person_id', 'uuid'],
        ['created_by_id', 'uuid'],
        ['prescriber_kind', 'text'],
        ['prescriber_organisation', 'text'],
        ['prescriber_contact_name', 'text'],
        ['referred_on', 'date'],
      ],
      persons.map((p) => [
        uid('referral', p.n),
        p.sid,
        p.id,
        p.counsellor,
        p.prescriberKind,
        p.prescriberOrg,
        'Conseiller·ère référent·e',
        p.referred,
      ]),
    );
    const diag = persons.map((p) => {
      const on = addDaysIso(p.referred, 5);
      return [
        uid('diagnosis', p.n),
        p.sid,
        p.id,
        p.counsellor,
        p.diagAuthor,
        p.diagAuthor === 'PRESCRIBER' ? p.prescriberOrg : structures[p.s - 1].name,
        on,
        domain.diagnosisValidUntil(p.diagAuthor, on),
      ];
    });
    await bulk(
      'eligibility_diagnosis',
      [
        ['id', 'uuid'],
        ['structure_id', 'uuid'],
        ['person_id', 'uuid'],
        ['created_by_id', 'uuid'],
        ['author', 'text'],
        ['author_name', 'text'],
        ['diagnosed_on', 'date'],
        ['valid_until', 'date'],
      ],
      diag,
    );
    await bulk(
      'eligibility_criterion',
      [
        ['id', 'uuid'],
        ['structure_id', 'uuid'],
        ['diagnosis_id', 'uuid'],
        ['code', 'text'],
        ['proof_reference', 'text'],
        ['proof_date', 'date'],
      ],
      persons.flatMap((p, k) =>
        p.criteria.map((code, c) => [
          uid('criterion', p.n * 10 + c),
          p.sid,
          diag[k][0],
          code,
          'Justificatif vu et copié au dossier',
          addDaysIso(diag[k][6], -p.proofAgo - c),
        ]),
      ),
    );
    await bulk(
      'admission_decision',
      [
        ['id', 'uuid'],
        ['structure_id', 'uuid'],
        ['person_id', 'uuid'],
        ['created_by_id', 'uuid'],
        ['decided_on', 'date'],
        ['outcome', 'text'],
        ['comment', 'text'],
      ],
      [
        ...admitted.map((p) => [
          uid('admission', p.n),
          p.sid,
          p.id,
          p.counsellor,
          addDaysIso(p.cs, -7),
          'ADMITTED',
          'Projet validé après immersion.',
        ]),
        ...persons
          .filter((p) => !p.cs && h(p.n, 40) < 0.08)
          .map((p) => [
            uid('admission', p.n),
            p.sid,
            p.id,
            p.counsellor,
            addDaysIso(p.referred, 2),
            'REFUSED',
            'Projet à retravailler avec le prescripteur.',
          ]),
      ],
    );
    await bulk(
      'pass_iae',
      [
        ['id', 'uuid'],
        ['structure_id', 'uuid'],
        ['person_id', 'uuid'],
        ['created_by_id', 'uuid'],
        ['number', 'text'],
        ['start_date', 'date'],
        ['end_date', 'date'],
      ],
      admitted.map((p) => [
        uid('pass', p.n),
        p.sid,
        p.id,
        p.counsellor,
        `99999${pad(p.n, 7)}`,
        p.passStart,
        domain.passEndDate(p.passStart, [], []),
      ]),
    );
    const contractKind = {
      AI: 'CDD_USAGE',
      ACI: 'CDDI',
      EI: 'CDDI',
      ETTI: 'TEMPORARY_MISSION',
      EITI: 'CDDI',
      GEIQ: 'PROFESSIONALISATION',
    };
    await bulk(
      'employment_contract',
      [
        ['id', 'uuid'],
        ['structure_id', 'uuid'],
        ['person_id', 'uuid'],
        ['created_by_id', 'uuid'],
        ['kind', 'text'],
        ['start_date', 'date'],
        ['end_date', 'date'],
        ['weekly_minutes', 'int4'],
      ],
      admitted.map((p) => [
        uid('employment', p.n),
        p.sid,
        p.id,
        p.counsellor,
        contractKind[structures[p.s - 1].kind],
        p.cs,
        p.exit,
        (structures[p.s - 1].kind === 'AI' ? 26 : 35) * 60,
      ]),
    );
    await bulk(
      'tutoring',
      [
        ['id', 'uuid'],
        ['structure_id', 'uuid'],
        ['person_id', 'uuid'],
        ['created_by_id', 'uuid'],
        ['tutor_id', 'uuid'],
        ['start_date', 'date'],
        ['end_date', 'date'],
      ],
      admitted.flatMap((p) => {
        const x = structures[p.s - 1];
        return [
          [uid('tutoring', p.n * 10), p.sid, p.id, p.counsellor, x.structureTutors[p.n % 2], p.cs, p.exit],
          [
            uid('tutoring', p.n * 10 + 1),
            p.sid,
            p.id,
            p.counsellor,
            x.partnerships[p.hostJ].hostTutor,
            addDaysIso(p.cs, 14),
            p.exit,
          ],
        ];
      }),
    );
    const transitions = [];
    for (const p of persons) {
      const t = (k, from, to, on, reason) =>
        transitions.push([uid('transition', p.n * 10 + k), p.sid, p.id, p.counsellor, from, to, on, reason]);
      t(0, null, 'RECRUITMENT', p.referred, 'Orientation reçue');
      if (p.cs) t(1, 'RECRUITMENT', 'TRAINING', p.cs, null);
      if (p.sec) t(2, 'TRAINING', 'SECURING', p.sec, null);
      if (p.exit) t(3, p.sec ? 'SECURING' : 'TRAINING', 'EXITED', p.exit, domain.EXIT_REASONS[p.exitReason].label);
    }
    await bulk(
      'stage_transition',
      [
        ['id', 'uuid'],
        ['structure_id', 'uuid'],
        ['person_id', 'uuid'],
        ['created_by_id', 'uuid'],
        ['from_stage', 'pathway_stage'],
        ['to_stage', 'pathway_stage'],
        ['effective_on', 'date'],
        ['reason', 'text'],
      ],
      transitions,
    );
    const recruits = persons.filter((p) => !p.cs && h(p.n, 41) < 0.12);
    await bulk(
      'immersion',
      [
        ['id', 'uuid'],
        ['structure_id', 'uuid'],
        ['person_id', 'uuid'],
        ['created_by_id', 'uuid'],
        ['host_organisation_id', 'uuid'],
        ['host_name', 'text'],
        ['host_tutor_name', 'text'],
        ['objective', 'text'],
        ['start_date', 'date'],
        ['end_date', 'date'],
      ],
      recruits.map((p) => {
        const ll = landlordOf(structures[p.s - 1].partnerships[p.hostJ].landlord);
        return [
          uid('immersion', p.n),
          p.sid,
          p.id,
          p.counsellor,
          ll.id,
          ll.name,
          'Tuteur·rice du bailleur',
          'CONFIRM_PROJECT',
          addDaysIso(p.referred, 7),
          addDaysIso(p.referred, 14),
        ];
      }),
    );
  });

  // --- Hour records: training attendance lines and mission hours (set-based). ------------------------------
  await timed('session_attendance (training)', () => insertTrainingAttendance(q, [REFERENCE_DATE]));
  await timed('session_attendance (information)', () => insertInformationAttendance(q, [REFERENCE_DATE]));
  await timed('mission', async () => {
    // Monthly placements at the host landlord (35–70 h), from two weeks after the contract's start until the exit
    // or the reference date; a test mission for some of those recruited. Hosts confirmed what ended more than 45
    // days before the reference date; a few recent ones are disputed.
    await insertPlacementMissions(q, [REFERENCE_DATE]);
    await insertTestMissions(q, [REFERENCE_DATE]);
  });

  // --- Pathway records: events, skills, exams. ---------------------------------------------------------------
  await timed('pathway_event', () => insertPathwayEvents(q, [REFERENCE_DATE]));
  await timed('skills_evaluation, exams', async () => {
    await insertSkillsEvaluations(q, [REFERENCE_DATE]);
    await insertExamSessions(q);
    await insertExamResults(q);
  });

  // --- Contracts de professionnalisation in every status, with break follow-ups. ------------------------------
  await timed('professionalisation_contract', async () => {
    const rows = [];
    const followUps = [];
    const breakReasonOf = (reason) =>
      domain.EXIT_REASONS[reason].category === 'SUSTAINABLE_JOB'
        ? 'PERMANENT_HIRE_ELSEWHERE'
        : reason === 'DISMISSAL'
          ? 'GROSS_MISCONDUCT'
          : reason === 'HEALTH_LEAVE'
            ? 'UNFITNESS'
            : reason === 'JOB_SEEKING'
              ? 'RESIGNATION'
              : 'MUTUAL_AGREEMENT';
    for (const p of persons) {
      if (!p.contract) continue;
      const x = structures[p.s - 1];
      const c = p.contract;
      const start = c.start;
      const end = c.end ?? addDaysIso(addMonthsIso(start, 12), -1);
      const deposited = c.status !== 'DRAFT';
      const decided = deposited && c.status !== 'SUBMITTED';
      const refused = c.status === 'REFUSED';
      const id = uid('contract', p.n * 10);
      const base = {
        id,
        sid: p.sid,
        person: p.id,
        by: p.counsellor,
        status: c.status,
        cerfa: 1,
        start,
        end,
        submitted: deposited
          ? c.status === 'SUBMITTED'
            ? addDaysIso(start, Math.min(3, -dayNumber(start)))
            : addDaysIso(start, 3)
          : null,
        decision: decided ? (refused ? 'REFUSED' : 'ACCEPTED') : null,
        decidedOn: decided ? addDaysIso(start, 15) : null,
        refusal: refused ? 'Organisme de formation non référencé pour cette certification.' : null,
        completed: c.status === 'COMPLETED' ? end : null,
        broken: c.status === 'BROKEN' ? c.broken : null,
        breakReason: c.status === 'BROKEN' ? breakReasonOf(p.exitReason) : null,
        renewalReason: null,
        renewedFrom: null,
      };
      const row = (r) => [
        r.id,
        r.sid,
        r.person,
        r.by,
        r.status,
        r.cerfa,
        'CDD',
        'LONG_TERM_JOBSEEKER',
        x.siret,
        x.siret,
        'Gardien·ne d’immeuble',
        `${pad(4_100_000 + p.n, 7)}R`,
        r.start,
        r.end,
        30,
        35 * 60,
        180_180,
        x.cert.id,
        'AFPOLS',
        350 * 60,
        x.structureTutors[p.n % 2],
        r.status === 'DRAFT' ? null : x.partnerships[p.hostJ].hostTutor,
        r.status === 'DRAFT' ? null : 72,
        x.funders.OPCO,
        r.decision === 'ACCEPTED' ? `CS-${r.start.slice(0, 4)}-${pad(p.n, 6)}` : null,
        r.submitted,
        r.decision,
        r.decidedOn,
        r.refusal,
        r.completed,
        r.broken,
        r.breakReason,
        r.broken ? 'Rupture enregistrée (données de banc d’essai).' : null,
        r.renewalReason,
        r.renewedFrom,
      ];
      rows.push(row(base));
      if (c.status === 'RENEWED') {
        const s2 = addDaysIso(end, 1);
        const e2 = addDaysIso(addMonthsIso(s2, 12), -1);
        rows.push(
          row({
            ...base,
            id: uid('contract', p.n * 10 + 1),
            status: dayNumber(e2) < 0 ? 'COMPLETED' : 'ACTIVE',
            cerfa: 2,
            start: s2,
            end: e2,
            submitted: addDaysIso(s2, 3),
            decidedOn: addDaysIso(s2, 15),
            completed: dayNumber(e2) < 0 ? e2 : null,
            renewalReason: 'EXAM_FAILURE',
            renewedFrom: id,
          }),
        );
      }
      if (c.status === 'BROKEN') {
        const closed = dayNumber(c.broken) < -30;
        followUps.push([
          uid('break-follow-up', p.n),
          p.sid,
          p.id,
          p.counsellor,
          id,
          addDaysIso(c.broken, 15),
          closed ? addDaysIso(c.broken, 3) : null,
          closed ? 'Réorientation étudiée avec la personne.' : null,
          closed ? addDaysIso(c.broken, 5) : null,
        ]);
      }
    }
    // Renewed contracts first: the renewal's foreign key points at them.
    rows.sort((a, b) => (a[34] ? 1 : 0) - (b[34] ? 1 : 0));
    await bulk(
      'professionalisation_contract',
      [
        ['id', 'uuid'],
        ['structure_id', 'uuid'],
        ['person_id', 'uuid'],
        ['created_by_id', 'uuid'],
        ['status', 'text'],
        ['cerfa_kind', 'int2'],
        ['form', 'text'],
        ['public_category', 'text'],
        ['employer_siret', 'text'],
        ['workplace_siret', 'text'],
        ['job_title', 'text'],
        ['france_travail_id', 'text'],
        ['start_date', 'date'],
        ['end_date', 'date'],
        ['trial_period_days', 'int4'],
        ['weekly_minutes', 'int4'],
        ['gross_monthly_pay_cents', 'int4'],
        ['certification_id', 'uuid'],
        ['training_body_name', 'text'],
        ['planned_training_minutes', 'int4'],
        ['structure_tutor_id', 'uuid'],
        ['host_tutor_id', 'uuid'],
        ['host_tutor_experience_months', 'int2'],
        ['opco_funder_id', 'uuid'],
        ['opco_file_number', 'text'],
        ['submitted_on', 'date'],
        ['opco_decision', 'text'],
        ['opco_decided_on', 'date'],
        ['opco_refusal_reason', 'text'],
        ['completed_on', 'date'],
        ['broken_on', 'date'],
        ['break_reason', 'text'],
        ['break_comment', 'text'],
        ['renewal_reason', 'text'],
        ['renewed_from_id', 'uuid'],
      ],
      rows,
    );
    await bulk(
      'contract_break_follow_up',
      [
        ['id', 'uuid'],
        ['structure_id', 'uuid'],
        ['person_id', 'uuid'],
        ['created_by_id', 'uuid'],
        ['contract_id', 'uuid'],
        ['due_on', 'date'],
        ['opco_informed_on', 'date'],
        ['reorientation', 'text'],
        ['closed_on', 'date'],
      ],
      followUps,
    );
  });

  // --- Hires, retention checks, exits (with the API's own « does it count » rule and message). ----------------
  const hires = new Map();
  await timed('hire, retention_check, pathway_exit', async () => {
    const hireRows = [];
    const checks = [];
    for (const p of persons) {
      if (!p.hire) continue;
      const x = structures[p.s - 1];
      const ll = p.hire.landlordJ === null ? null : landlordOf(x.partnerships[p.hire.landlordJ].landlord);
      const id = uid('hire', p.n);
      hires.set(p.n, { id, landlord: ll });
      hireRows.push([
        id,
        p.sid,
        p.id,
        p.counsellor,
        ll?.id ?? null,
        ll?.name ?? pick(EXTERNAL_EMPLOYERS, h(p.n, 60)),
        p.hire.type,
        p.hire.start,
        35 * 60,
        'Gardien·ne d’immeuble',
      ]);
      for (const months of [6, 12]) {
        const due = addMonthsIso(p.hire.start, months);
        if (dayNumber(due) <= 0 && h(p.n * 10 + months, 61) < 0.85)
          checks.push([
            uid('retention', p.n * 100 + months),
            p.sid,
            p.id,
            p.counsellor,
            id,
            months,
            addDaysIso(due, Math.floor(h(p.n, 62) * 10)),
            h(p.n * 10 + months, 63) < 0.85,
            null,
          ]);
      }
    }
    await bulk(
      'hire',
      [
        ['id', 'uuid'],
        ['structure_id', 'uuid'],
        ['person_id', 'uuid'],
        ['created_by_id', 'uuid'],
        ['employer_organisation_id', 'uuid'],
        ['employer_name', 'text'],
        ['contract_type', 'text'],
        ['start_date', 'date'],
        ['weekly_minutes', 'int4'],
        ['job_title', 'text'],
      ],
      hireRows,
    );
    await bulk(
      'retention_check',
      [
        ['id', 'uuid'],
        ['structure_id', 'uuid'],
        ['person_id', 'uuid'],
        ['created_by_id', 'uuid'],
        ['hire_id', 'uuid'],
        ['months_after', 'int2'],
        ['checked_on', 'date'],
        ['still_employed', 'bool'],
        ['comment', 'text'],
      ],
      checks.filter((c) => dayNumber(c[6]) <= 0),
    );
    await insertOnboardingFollowUps(q, [REFERENCE_DATE]);
    // Minutes worked up to the exit: training attended and mission hours, as the API sums them.
    const { rows: worked } = await minutesWorkedToExit(q);
    const byN = new Map(worked.map((r) => [r.n, r.minutes]));
    const exits = persons
      .filter((p) => p.exit)
      .map((p) => {
        const minutesWorked = byN.get(p.n) ?? 0;
        const verdict = domain.exitCounts(structures[p.s - 1].kind, {
          contractStart: p.cs,
          exitDate: p.exit,
          minutesWorked,
        });
        const reason = domain.EXIT_REASONS[p.exitReason];
        return [
          uid('exit', p.n),
          p.sid,
          p.id,
          p.counsellor,
          p.exit,
          p.exitReason,
          reason.category,
          verdict.counts,
          verdict.message,
          p.cs,
          minutesWorked,
        ];
      });
    await bulk(
      'pathway_exit',
      [
        ['id', 'uuid'],
        ['structure_id', 'uuid'],
        ['person_id', 'uuid'],
        ['created_by_id', 'uuid'],
        ['exit_date', 'date'],
        ['reason', 'text'],
        ['category', 'text'],
        ['counts', 'bool'],
        ['presence_explanation', 'text'],
        ['contract_start', 'date'],
        ['minutes_worked', 'int4'],
      ],
      exits,
    );
  });

  // --- Proposals to the landlords' needs, in every status, with their events and audit lines. -----------------
  let fixtureProposals = 0;
  await timed('proposal, proposal_event, audit_log', async () => {
    const proposals = [];
    const events = [];
    const audit = [];
    const at = (iso, hour = 9) => `${iso}T${pad(hour, 2)}:30:00+01:00`;
    for (const p of persons) {
      const hire = hires.get(p.n);
      const plans = [];
      const viaLandlord = hire?.landlord && p.hire.landlordJ !== null;
      if (viaLandlord)
        plans.push({
          j: p.hire.landlordJ,
          need: 2,
          status: 'HIRED',
          proposedAgo: -dayNumber(p.hire.start) + 30,
          decidedAgo: -dayNumber(p.hire.start) + 15,
        });
      const candidate = p.isFixture || p.stage === 'SECURING' || (p.stage === 'TRAINING' && h(p.n, 70) < 0.12);
      if (candidate && !viaLandlord) {
        const r = h(p.n, 71);
        const status = p.isFixture
          ? 'INTERVIEW_REQUESTED'
          : r < 0.3
            ? 'PROPOSED'
            : r < 0.5
              ? 'INTERVIEW_REQUESTED'
              : r < 0.65
                ? 'VALIDATED'
                : r < 0.85
                  ? 'DECLINED'
                  : 'WITHDRAWN';
        const proposedAgo = 3 + Math.floor(h(p.n, 72) * 40);
        plans.push({
          j: p.hostJ,
          need: 0,
          status,
          proposedAgo,
          decidedAgo: status === 'PROPOSED' || status === 'WITHDRAWN' ? null : Math.max(1, proposedAgo - 5),
        });
        if (p.isFixture || h(p.n, 73) < 0.35)
          plans.push({
            j: (p.hostJ + 1) % P,
            need: p.isFixture ? 5 : 1,
            status: p.isFixture ? 'DECLINED' : h(p.n, 74) < 0.6 ? 'DECLINED' : 'PROPOSED',
            proposedAgo: proposedAgo + 20,
            decidedAgo: proposedAgo + 10,
          });
        if (p.isFixture)
          plans.push({ j: (p.hostJ + 2) % P, need: 0, status: 'PROPOSED', proposedAgo: 2, decidedAgo: null });
      }
      plans.forEach((pl, k) => {
        const x = structures[p.s - 1];
        const ll = landlordOf(x.partnerships[pl.j].landlord);
        const id = uid('proposal', p.n * 10 + k);
        const decided = pl.decidedAgo !== null && pl.status !== 'PROPOSED' && pl.status !== 'WITHDRAWN';
        const withdrawn = pl.status === 'WITHDRAWN';
        if (p.isFixture) fixtureProposals += 1;
        proposals.push([
          id,
          p.sid,
          p.id,
          p.counsellor,
          ll.needs[pl.need],
          ll.id,
          pl.status,
          day(-pl.proposedAgo),
          k === 0,
          false,
          withdrawn ? at(day(-1)) : null,
          'Parcours solide ; à l’aise avec les locataires.',
          at(day(-pl.proposedAgo)),
          decided ? at(day(-(/** @type {number} */ (pl.decidedAgo))), 14) : null,
          decided ? ll.reviewer : null,
          pl.status === 'DECLINED'
            ? pick(['POSITION_FILLED', 'SKILLS_NOT_YET', 'MOBILITY', 'SCHEDULE'], h(p.n * 10 + k, 75))
            : null,
          decided ? 'Décision du bailleur (données de banc d’essai).' : null,
          withdrawn ? at(day(-1)) : null,
          withdrawn ? 'La personne a retiré son consentement au partage.' : null,
          pl.status === 'HIRED' ? hire.id : null,
        ]);
        const ev = (e, kind, when, actor, label, reason = null) =>
          events.push([
            uid('proposal-event', (p.n * 10 + k) * 10 + e),
            p.sid,
            p.id,
            id,
            kind,
            when,
            actor,
            label,
            reason,
            null,
          ]);
        ev(0, 'PROPOSED', at(day(-pl.proposedAgo)), p.counsellor, 'Conseiller·ère');
        audit.push([
          p.counsellor,
          'COUNSELLOR',
          'Conseiller·ère',
          p.sid,
          null,
          'PROPOSAL_SENT',
          p.sid,
          p.id,
          'proposal',
          id,
          at(day(-pl.proposedAgo)),
        ]);
        if (decided) {
          const kind =
            pl.status === 'INTERVIEW_REQUESTED'
              ? 'INTERVIEW_REQUESTED'
              : pl.status === 'DECLINED'
                ? 'DECLINED'
                : 'VALIDATED';
          ev(
            1,
            kind,
            at(day(-(/** @type {number} */ (pl.decidedAgo))), 14),
            ll.reviewer,
            `${ll.reviewerName[0]} ${ll.reviewerName[1]}`,
            pl.status === 'DECLINED' ? proposals[proposals.length - 1][15] : null,
          );
          audit.push([
            ll.reviewer,
            'PARTNER_REVIEWER',
            `${ll.reviewerName[0]} ${ll.reviewerName[1]}`,
            null,
            ll.id,
            'PROPOSAL_DECIDED',
            p.sid,
            p.id,
            'proposal',
            id,
            at(day(-(/** @type {number} */ (pl.decidedAgo))), 14),
          ]);
        }
        if (pl.status === 'HIRED') ev(2, 'HIRED', at(p.hire.start, 11), p.counsellor, 'Conseiller·ère');
        if (withdrawn) ev(3, 'CONSENT_WITHDRAWN', at(day(-1)), p.counsellor, 'Conseiller·ère');
      });
    }
    await bulk(
      'proposal',
      [
        ['id', 'uuid'],
        ['structure_id', 'uuid'],
        ['person_id', 'uuid'],
        ['created_by_id', 'uuid'],
        ['hiring_need_id', 'uuid'],
        ['partner_organisation_id', 'uuid'],
        ['status', 'text'],
        ['consent_given_on', 'date'],
        ['share_full_name', 'bool'],
        ['share_contact', 'bool'],
        ['consent_withdrawn_at', 'timestamptz'],
        ['message', 'text'],
        ['proposed_at', 'timestamptz'],
        ['decided_at', 'timestamptz'],
        ['decided_by_id', 'uuid'],
        ['decline_reason', 'text'],
        ['decision_comment', 'text'],
        ['withdrawn_at', 'timestamptz'],
        ['withdrawal_reason', 'text'],
        ['hire_id', 'uuid'],
      ],
      proposals,
    );
    await bulk(
      'proposal_event',
      [
        ['id', 'uuid'],
        ['structure_id', 'uuid'],
        ['person_id', 'uuid'],
        ['proposal_id', 'uuid'],
        ['kind', 'text'],
        ['occurred_at', 'timestamptz'],
        ['actor_user_id', 'uuid'],
        ['actor_label', 'text'],
        ['reason', 'text'],
        ['comment', 'text'],
      ],
      events,
    );
    audit.sort((a, b) => (a[10] < b[10] ? -1 : a[10] > b[10] ? 1 : String(a[9]).localeCompare(String(b[9]))));
    await bulk(
      'audit_log',
      [
        ['actor_user_id', 'uuid'],
        ['actor_role', 'text'],
        ['actor_label', 'text'],
        ['actor_structure_id', 'uuid'],
        ['actor_partner_organisation_id', 'uuid'],
        ['action', 'text'],
        ['structure_id', 'uuid'],
        ['person_id', 'uuid'],
        ['subject_type', 'text'],
        ['subject_id', 'uuid'],
        ['occurred_at', 'timestamptz'],
      ],
      audit,
    );
  });

  // --- Funding: FSE+ participants, staff time, expenses, allocations (never above 100 % of a source). ----------
  await timed('fse_participant', () =>
    bulk(
      'fse_participant',
      [
        ['id', 'uuid'],
        ['structure_id', 'uuid'],
        ['person_id', 'uuid'],
        ['created_by_id', 'uuid'],
        ['agreement_id', 'uuid'],
        ['entry_date', 'date'],
        ['gender', 'text'],
        ['labour_market_status', 'text'],
        ['isced_level', 'text'],
        ['situations', 'varchar(40)[]'],
        ['situations_answered', 'bool'],
        ['birth_year', 'int2'],
        ['exit_date', 'date'],
        ['exit_situation', 'text'],
      ],
      persons
        .filter((p) => p.fse && (p.exit ?? REFERENCE_DATE) >= AGREEMENT.start)
        .map((p) => {
          const u = (salt) => h(p.n, salt);
          const situations = u(80) < 0.1 ? ['RURAL_AREA'] : u(80) < 0.2 ? ['HOMELESS_OR_HOUSING_EXCLUSION'] : [];
          const job =
            p.exitReason && ['SUSTAINABLE_JOB', 'TRANSITION_JOB'].includes(domain.EXIT_REASONS[p.exitReason].category);
          return [
            uid('fse', p.n),
            p.sid,
            p.id,
            p.counsellor,
            structures[p.s - 1].agreements.FSE_PLUS,
            p.cs > AGREEMENT.start ? p.cs : AGREEMENT.start,
            u(81) < 0.45 ? 'WOMAN' : u(81) < 0.99 ? 'MAN' : 'NON_BINARY',
            u(82) < 0.05
              ? null
              : pick(['LONG_TERM_UNEMPLOYED', 'LONG_TERM_UNEMPLOYED', 'UNEMPLOYED', 'INACTIVE'], u(83)),
            u(84) < 0.05 ? null : pick(['ISCED_0_2', 'ISCED_0_2', 'ISCED_3_4', 'ISCED_5_8'], u(85)),
            pgArray(situations),
            u(86) < 0.05 ? null : true,
            Number(p.birth.slice(0, 4)),
            p.exit,
            p.exit
              ? job
                ? 'EMPLOYED'
                : p.exitReason === 'QUALIFYING_TRAINING'
                  ? 'IN_EDUCATION_OR_TRAINING'
                  : p.exitReason === 'JOB_SEEKING'
                    ? 'JOB_SEARCHING'
                    : 'INACTIVE'
              : null,
          ];
        }),
    ),
  );
  await timed('staff_time_entry, expense', async () => {
    await insertStaffTime(q, [REFERENCE_DATE]);
    const expenses = [];
    for (const x of structures)
      for (let k = 0; k < 6; k++)
        expenses.push([
          uid('expense', x.s * 10 + k),
          x.id,
          x.director,
          day(-30 - 60 * k),
          pick(
            [
              'Tenues de travail et équipements de protection',
              'Location de la salle de formation (trimestre)',
              'Titres de transport des salarié·es en parcours',
            ],
            k / 6,
          ),
          50_000 + Math.floor(h(x.s * 10 + k, 90) * 200_000),
          `FAC-2026-${pad(x.s * 10 + k, 5)}`,
        ]);
    await bulk(
      'expense',
      [
        ['id', 'uuid'],
        ['structure_id', 'uuid'],
        ['created_by_id', 'uuid'],
        ['incurred_on', 'date'],
        ['label', 'text'],
        ['amount_cents', 'int4'],
        ['proof_reference', 'text'],
      ],
      expenses,
    );
  });
  await timed('funding_allocation', async () => {
    // OPCO: the training hours attended under each accepted contract, within the contract and the agreement.
    await allocateTrainingAttendance(q, [REFERENCE_DATE]);
    // FDI: the mission hours of the period.
    await allocateMissions(q);
    // Counsellors' time shared 60 % FSE+ / 40 % city policy; costs half and half.
    for (const [prefix, bp] of [
      ['FSE-', 6000],
      ['PV-', 4000],
    ]) {
      await allocateStaffTime(q, [prefix, bp]);
      await allocateExpenses(q, [prefix]);
    }
  });

  await timed('foreign keys (set-based check)', async () => {
    await restoreForeignKeyTriggers(q);
    await checkForeignKeys(q);
  });
  await timed('restore defaults, VACUUM ANALYZE', async () => {
    await setStampDefaults(q, stamped, 'now()');
    await dropPlanTables(q);
    // The steady state of a live database, where autovacuum has passed: statistics, and visibility maps so that
    // index-only scans need no heap visit (right after a bulk load, none is set yet).
    await vacuumAnalyze(q);
  });

  // --- Counts, fixture, bench_meta. -------------------------------------------------------------------------
  const { rows: tables } = await userTables(q);
  /** @type {Record<string, number>} */
  const counts = {};
  for (const { relname } of tables) {
    if (relname === 'typeorm_migrations' || relname === 'bench_meta') continue;
    counts[relname] = await countRows(q, relname);
  }
  counts.hour_records = counts.session_attendance + counts.mission;

  const fx = persons[fixturePerson - 1];
  const x1 = structures[FIXTURE_STRUCTURE - 1];
  const { rows: fxSession } = await lastTrainingSession(q, [x1.id, REFERENCE_DATE]);
  const { rows: attendees } = await sessionAttendees(q, [fxSession[0].id]);
  const { rows: fxCheck } = await fixturePersonRecords(q, [fx.id, x1.agreements.FSE_PLUS, x1.counsellors[0]]);
  const fixture = {
    referenceDate: REFERENCE_DATE,
    directorEmail: `direction.${pad(1, 3)}@bench.tremplin.test`,
    counsellorEmail: `conseil.${pad(1, 3)}.1@bench.tremplin.test`,
    reviewerEmail: `rh.${pad(x1.partnerships[0].landlord, 3)}@bench.tremplin.test`,
    password: BENCH_PASSWORD,
    structureId: x1.id,
    caseloadCounsellorId: x1.counsellors[0],
    personId: fx.id,
    sessionId: fxSession[0].id,
    attendeePersonIds: attendees.map((r) => r.person_id),
    agreementId: x1.agreements.FSE_PLUS,
    partnershipId: x1.partnerships[0].id,
    periodStart: PERIOD.start,
    periodEnd: PERIOD.end,
    personRecords: fxCheck[0],
  };
  if (fxCheck[0].attendance < 200 || !fxCheck[0].missions || !fxCheck[0].contracts || fixtureProposals < 2)
    throw new Error(`fixture person lacks records: ${JSON.stringify(fxCheck[0])}`);
  const fingerprint = createHash('md5')
    .update(JSON.stringify({ scale, seed, version: GENERATOR_VERSION, counts }))
    .digest('hex');
  await createBenchMeta(q);
  await bulk(
    'bench_meta',
    [
      ['key', 'text'],
      ['value', 'jsonb'],
    ],
    Object.entries({
      scale,
      seed,
      generatorVersion: GENERATOR_VERSION,
      referenceDate: REFERENCE_DATE,
      fingerprint,
      counts,
      fixture,
      timings: Object.fromEntries(timings.map(([k, v]) => [k, Math.round(v)])),
    }).map(([k, v]) => [k, JSON.stringify(v)]),
  );
  await client.end();

  log('  counts:');
  for (const [k, v] of Object.entries(counts)) log(`    ${k.padEnd(30)} ${String(v).padStart(10)}`);
  log(`  fingerprint ${fingerprint}`);
  return { fixture, counts };
}

/** Every foreign key of the schema, verified with one anti-join each: the rows must be what the API could write. */
async function checkForeignKeys(q) {
  const { rows: fks } = await foreignKeys(q);
  const broken = [];
  for (const fk of fks) {
    const n = await foreignKeyViolations(q, fk);
    if (n > 0) broken.push(`${fk.conname}: ${n} rows`);
  }
  if (broken.length) throw new Error(`foreign keys violated: ${broken.join('; ')}`);
}

// ---------------------------------------------------------------------------------------------------------------
// Command line.

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const { values } = parseArgs({
    options: {
      url: { type: 'string' },
      seed: { type: 'string', default: '42' },
      scale: { type: 'string', default: '1' },
      force: { type: 'boolean', default: false },
    },
  });
  const seed = Number(values.seed);
  const scale = Number(values.scale);
  if (!Number.isInteger(seed) || !(scale > 0)) {
    process.stderr.write('usage: node tools/bench/generate.mjs [--url U] [--seed 42] [--scale 1] [--force]\n');
    process.exit(2);
  }
  ensureBenchDatabase({ url: values.url, seed, scale, force: values.force })
    .then((r) => {
      process.stdout.write(
        `${JSON.stringify({ reused: r.reused, generatedMs: r.generatedMs, fixture: r.fixture }, null, 2)}\n`,
      );
    })
    .catch((e) => {
      process.stderr.write(`bench data: ${e.stack ?? e}\n`);
      process.exit(1);
    });
}
