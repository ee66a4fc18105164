// The `replacement-ranking` operation of tools/bench/run.mjs (issue 18, point 3): « Ranking 1,000 candidates for one
// request reads a constant number of SQL statements and takes ≤ 100 ms on the bench database ».
//
// One structure (tools/bench/replacements.repository.mjs: not the fixture's when there is another, the one with the
// fewest persons of its own) is given bench persons with the facts the ranking reads, and one OPEN request at a
// partner site. `replacementCandidates(requestId)` is then called as one of its counsellors: statements counted by the
// proxy at 100 and at 1,000 candidates, then timed one call at a time (SEQUENTIAL calls) at 1,000; run.mjs adds its
// usual loaded rounds at 16 connections.
import { performance } from 'node:perf_hooks';
import pg from 'pg';
import {
  ensureRankingCandidates,
  ensureRankingRequest,
  MAX_CANDIDATES,
  pickRankingStructure,
} from './replacements.repository.mjs';

export const SEQUENTIAL = 50;
/** The web app's document (features/replacements/graphql/replacements.graphql), its fragment spelled out. */
export const TREMPLIN_REPLACEMENT_CANDIDATES = `query ReplacementCandidates($requestId: ID!) {
  replacementCandidates(requestId: $requestId) {
    request { id structureId partnerOrganisationId siteId startsAt endsAt minutes jobLabel requiredBlockIds minLevel
      requiredClearances answerBy status statusLabel filledAt missionId createdAt version }
    candidates { personId firstName lastName score distanceKm travelMinutes reasons { kind ok text } }
    excluded { personId firstName lastName reasons { kind ok text } }
    offers { personId status }
  } }`;

const pct = (sorted, p) =>
  sorted.length ? sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] : NaN;

/**
 * Prepares the data, counts statements at 100 and 1,000 candidates, times SEQUENTIAL calls at 1,000.
 * @param {{ dbUrl: string, fixture: any, password: string, bases: Record<string, string>,
 *           countedBases: Record<string, string>, proxyBase: string, log: (s: string) => void,
 *           signIn: (base: string, email: string, password: string) => Promise<string>,
 *           countStatements: Function, request: Function, isError: Function,
 *           gql: (q: string, v: unknown, cookie?: string) => any }} o
 */
export async function prepareReplacementRanking(o) {
  const c = new pg.Client({ connectionString: o.dbUrl });
  await c.connect();
  try {
    const t0 = performance.now();
    const s = await pickRankingStructure(c, o.fixture.structureId, o.fixture.caseloadCounsellorId);
    const request = await ensureRankingRequest(c, s.structureId, s.counsellorId);
    const cookie = await o.signIn(o.bases.tremplin, s.counsellorEmail, o.password);
    const spec = () => o.gql(TREMPLIN_REPLACEMENT_CANDIDATES, { requestId: request.id }, cookie);
    const sizes = {};
    for (const count of [100, MAX_CANDIDATES]) {
      const candidates = await ensureRankingCandidates(c, { ...s, count, request });
      await c.query('ANALYZE person, person_availability, person_clearance, skills_evaluation, mission');
      const counted = await o.countStatements(o.proxyBase, 'tremplin', o.countedBases.tremplin, spec);
      if (counted.error) throw new Error(`replacementCandidates : ${counted.error}`);
      const r = await o.request(o.bases.tremplin, spec());
      const data = JSON.parse(r.text).data.replacementCandidates;
      sizes[count] = {
        candidates,
        eligible: data.candidates.length,
        apart: data.excluded.length,
        statements: counted.statements,
        min: counted.min,
        max: counted.max,
      };
    }
    o.log(
      `Remplacements : structure ${s.structureId} (${s.own} personnes à elle en parcours), demande ${request.id} ` +
        `(${((performance.now() - t0) / 1000).toFixed(1)} s de préparation)`,
    );
    for (const [count, z] of Object.entries(sizes))
      o.log(
        `  ${count} candidat·es visé·es : ${z.candidates} en parcours, ${z.eligible} classé·es + ${z.apart} à part ; ` +
          `requêtes SQL par appel ${z.statements} (min ${z.min}, max ${z.max})`,
      );
    // One call at a time, on the direct instance, after a few warm-up calls.
    const latencies = [];
    for (let i = 0; i < SEQUENTIAL + 5; i++) {
      const t = performance.now();
      const r = await o.request(o.bases.tremplin, spec());
      const ms = performance.now() - t;
      if (o.isError(r.status, r.text)) throw new Error(`replacementCandidates : ${r.text.slice(0, 400)}`);
      if (i >= 5) latencies.push(ms);
    }
    latencies.sort((a, b) => a - b);
    const sequential = { count: latencies.length, p50: pct(latencies, 50), p95: pct(latencies, 95) };
    const constant = sizes[100].statements === sizes[MAX_CANDIDATES].statements;
    o.log(
      `  ${sequential.count} appels l’un après l’autre à ${sizes[MAX_CANDIDATES].candidates} candidat·es : ` +
        `p50 ${sequential.p50.toFixed(1)} ms, p95 ${sequential.p95.toFixed(1)} ms`,
    );
    o.log(
      `  Objectif « takes ≤ 100 ms » (lu sur la p50 des appels l’un après l’autre ; p95 donnée à côté) : ` +
        `${sequential.p50 <= 100 ? '✅' : '❌'} p50 ${sequential.p50.toFixed(1)} ms` +
        ` (p95 ${sequential.p95.toFixed(1)} ms ${sequential.p95 <= 100 ? '≤' : '>'} 100) ; requêtes SQL constantes ` +
        `(100 → ${MAX_CANDIDATES}) : ${sizes[100].statements} → ${sizes[MAX_CANDIDATES].statements} ${constant ? '✅' : '❌'}`,
    );
    return {
      op: {
        key: 'replacement-ranking',
        label: `Remplacements : classement de ${MAX_CANDIDATES} candidat·es`,
        servers: { tremplin: spec },
        notes: {
          postgraphile: 'non mesuré : le classement (règles, raisons) est propre à Tremplin',
          raw: 'non mesuré : le classement (règles, raisons) est propre à Tremplin',
        },
      },
      sizes,
      sequential,
      constant,
    };
  } finally {
    await c.end();
  }
}
