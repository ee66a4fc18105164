import type { EntityManager } from 'typeorm';
import {
  type ExitContractFact,
  exitCounts,
  type ExitHireFact,
  FunderKind,
  type PresenceAnnex,
  SessionKind,
  type StructureKind,
} from '@tremplin/domain';

/**
 * The minimum-presence figures of exits — the start of the first employment contract, the last financial annex, the
 * hours worked on it and the missions and training sessions behind them — in ONE statement for any number of exits,
 * and the refresh that keeps the stored `pathway_exit.counts`, `presence_explanation`, `minutes_worked` and
 * `contract_start` current. Rules and their sources: docs/domain/exits.md.
 *
 * Plain functions over the caller's transaction (no Nest dependency): `ExitsService`, `ExitPresenceService` (the
 * other modules' entry) and the demo seed share them.
 */

/** Exits to recompute: a person's exit, or every exit of the structure (`personId: null`). */
export interface ExitScope {
  structureId: string;
  personId: string | null;
}

/**
 * A mission, a training attendance, or a month's hours brought by the caseload import (`worked_month`, a month
 * counting on its first day as the ASP dates its monthly statement: docs/domain/caseload-import.md), counted in the
 * hours worked.
 */
export interface CountedHours {
  source: 'MISSION' | 'TRAINING' | 'WORKED_MONTH';
  id: string;
  startDate: string;
  endDate: string;
  minutes: number;
  /** `MissionKind` for a mission, `SessionKind` for a session. */
  kind: string;
  /** The host's name, or the session's title. */
  label: string;
  /** The mission's site, or the training body. */
  place: string | null;
}

/** What the presence rule and the consistency check read for one exit (recorded, or about to be). */
export interface PresenceFactsRow {
  personId: string;
  /** `null` for an exit not recorded yet (the form's preview, `recordExit` before it writes). */
  exitId: string | null;
  structureId: string;
  structureKind: StructureKind;
  exitDate: string;
  reason: string | null;
  contractStart: string | null;
  annex: (PresenceAnnex & { endDate: string }) | null;
  minutesWorked: number;
  /** With `details` only: the hours counted, by date. */
  hours: CountedHours[];
  hires: ExitHireFact[];
  contracts: ExitContractFact[];
}

interface RawRow {
  person_id: string;
  exit_id: string | null;
  structure_id: string;
  structure_kind: StructureKind;
  exit_date: string;
  reason: string | null;
  contract_start: string | null;
  annex_reference: string | null;
  annex_start: string | null;
  annex_end: string | null;
  minutes_worked: number;
  hours?: CountedHours[] | null;
  hires?: ExitHireFact[] | null;
  contracts?: ExitContractFact[] | null;
}

/** Every recorded exit in `scope` (one row per person: an exit per person). */
const RECORDED_TARGET = `SELECT e.id AS exit_id, e.structure_id, e.person_id, e.exit_date, e.reason
    FROM pathway_exit e
   WHERE EXISTS (SELECT 1 FROM unnest($1::uuid[], $2::uuid[]) AS w(structure_id, person_id)
                  WHERE w.structure_id = e.structure_id AND (w.person_id IS NULL OR w.person_id = e.person_id))`;

/** An exit not recorded yet: $1 structure, $2 person, $3 exit date, $4 reason. */
const VIRTUAL_TARGET = `SELECT NULL::uuid AS exit_id, $1::uuid AS structure_id, $2::uuid AS person_id, $3::date AS exit_date,
         $4::varchar AS reason`;

/**
 * The statement. `counted` is THE definition of the hours worked (docs/domain/exits.md § « Heures travaillées ») —
 * missions started from the annex's first day to the exit, attendance at TRAINING sessions dated in the same days,
 * and the imported months' hours (`worked_month`) of those days — summed for the rule and listed for the exit tab, so
 * that both always agree.
 */
function presenceSql(target: string, details: boolean): string {
  const json = (sql: string) => `coalesce((${sql}), '[]'::json)`;
  return `WITH target AS (${target}),
  af AS (
    SELECT DISTINCT ON (t.person_id) t.person_id, a.reference, a.start_date, a.end_date
      FROM target t
      JOIN funding_agreement a ON a.structure_id = t.structure_id AND a.start_date <= t.exit_date
      JOIN funder f ON f.id = a.funder_id AND f.structure_id = a.structure_id AND f.kind = '${FunderKind.DDETS_AIDE_AU_POSTE}'
     ORDER BY t.person_id, a.start_date DESC, a.created_at DESC, a.id DESC),
  counted AS (
    SELECT t.person_id, 'MISSION' AS source, m.id, m.start_date, m.end_date, m.minutes, m.kind, o.name AS label,
           m.site AS place
      FROM target t LEFT JOIN af ON af.person_id = t.person_id
      JOIN mission m ON m.structure_id = t.structure_id AND m.person_id = t.person_id
       AND m.start_date BETWEEN coalesce(af.start_date, '-infinity'::date) AND t.exit_date
      JOIN partner_organisation o ON o.id = m.host_organisation_id
    UNION ALL
    SELECT t.person_id, 'TRAINING', a.id, s.session_date, s.session_date, a.minutes_attended, s.kind, s.title,
           s.training_body
      FROM target t LEFT JOIN af ON af.person_id = t.person_id
      JOIN session_attendance a ON a.structure_id = t.structure_id AND a.person_id = t.person_id
      JOIN collective_session s ON s.id = a.session_id AND s.structure_id = a.structure_id
       AND s.kind = '${SessionKind.TRAINING}'
       AND s.session_date BETWEEN coalesce(af.start_date, '-infinity'::date) AND t.exit_date
    UNION ALL
    SELECT t.person_id, 'WORKED_MONTH', w.id, w.month, (w.month + interval '1 month' - interval '1 day')::date,
           w.minutes, 'WORKED_MONTH', 'Heures du mois (import)', NULL
      FROM target t LEFT JOIN af ON af.person_id = t.person_id
      JOIN worked_month w ON w.structure_id = t.structure_id AND w.person_id = t.person_id
       AND w.month BETWEEN coalesce(af.start_date, '-infinity'::date) AND t.exit_date)
  SELECT t.person_id, t.exit_id, t.structure_id, st.kind AS structure_kind, t.exit_date::text AS exit_date, t.reason,
         (SELECT min(c.start_date)::text FROM employment_contract c
           WHERE c.structure_id = t.structure_id AND c.person_id = t.person_id) AS contract_start,
         af.reference AS annex_reference, af.start_date::text AS annex_start, af.end_date::text AS annex_end,
         (SELECT coalesce(sum(k.minutes), 0)::int FROM counted k WHERE k.person_id = t.person_id) AS minutes_worked${
           details
             ? `,
         ${json(`SELECT json_agg(json_build_object('source', k.source, 'id', k.id, 'startDate', k.start_date::text,
                   'endDate', k.end_date::text, 'minutes', k.minutes, 'kind', k.kind, 'label', k.label, 'place', k.place)
                   ORDER BY k.start_date, k.source, k.label, k.id)
                   FROM counted k WHERE k.person_id = t.person_id`)} AS hours,
         ${json(`SELECT json_agg(json_build_object('contractType', h.contract_type, 'startDate', h.start_date::text,
                   'employerName', h.employer_name) ORDER BY h.start_date)
                   FROM hire h WHERE h.structure_id = t.structure_id AND h.person_id = t.person_id`)} AS hires,
         ${json(`SELECT json_agg(json_build_object('kind', c.kind, 'startDate', c.start_date::text,
                   'endDate', c.end_date::text) ORDER BY c.start_date)
                   FROM employment_contract c WHERE c.structure_id = t.structure_id AND c.person_id = t.person_id`)} AS contracts`
             : ''
         }
    FROM target t
    JOIN structure st ON st.id = t.structure_id
    LEFT JOIN af ON af.person_id = t.person_id`;
}

function toFacts(r: RawRow): PresenceFactsRow {
  return {
    personId: r.person_id,
    exitId: r.exit_id,
    structureId: r.structure_id,
    structureKind: r.structure_kind,
    exitDate: r.exit_date,
    reason: r.reason,
    contractStart: r.contract_start,
    annex:
      r.annex_reference && r.annex_start && r.annex_end
        ? { reference: r.annex_reference, startDate: r.annex_start, endDate: r.annex_end }
        : null,
    minutesWorked: Number(r.minutes_worked),
    hours: r.hours ?? [],
    hires: r.hires ?? [],
    contracts: r.contracts ?? [],
  };
}

/** The facts of the recorded exits in `scope` (one statement); `details` adds the hours, hires and contracts. */
export async function recordedExitFacts(
  manager: EntityManager,
  scope: readonly ExitScope[],
  details: boolean,
): Promise<PresenceFactsRow[]> {
  if (!scope.length) return [];
  const rows: RawRow[] = await manager.query(presenceSql(RECORDED_TARGET, details), [
    scope.map((s) => s.structureId),
    scope.map((s) => s.personId),
  ]);
  return rows.map(toFacts);
}

/** The facts of an exit about to be recorded (the form's preview, `recordExit`), with the details (one statement). */
export async function plannedExitFacts(
  manager: EntityManager,
  p: { structureId: string; personId: string; exitDate: string; reason: string | null },
): Promise<PresenceFactsRow> {
  const [row]: RawRow[] = await manager.query(presenceSql(VIRTUAL_TARGET, true), [
    p.structureId,
    p.personId,
    p.exitDate,
    p.reason,
  ]);
  return toFacts(row);
}

/** The rule of docs/domain/exits.md applied to the facts: whether the exit counts, and why. */
export function judgePresence(f: PresenceFactsRow): { counts: boolean; message: string } {
  return exitCounts(f.structureKind, {
    contractStart: f.contractStart,
    exitDate: f.exitDate,
    minutesWorked: f.minutesWorked,
    annex: f.annex,
  });
}

/**
 * Serialises, per structure, every computation of stored exit figures (the refresh and `recordExit`) until the
 * transaction ends: the next one starts after this one committed and reads what it wrote. Held by a transaction-level
 * advisory lock, not a row lock, so that nothing else waits. Must run in its own statement BEFORE the facts are read
 * (a statement's snapshot is taken when it starts, before it would wait).
 */
export async function lockExitPresence(manager: EntityManager, structureIds: readonly string[]): Promise<void> {
  const ids = [...new Set(structureIds)].sort();
  if (!ids.length) return;
  await manager.query(
    `SELECT count(pg_advisory_xact_lock(k)) FROM (
       SELECT hashtextextended('tremplin.exit_presence.' || id::text, 0) AS k FROM unnest($1::uuid[]) AS id ORDER BY 1) x`,
    [ids],
  );
}

/**
 * Recomputes the stored figures of the exits in `scope` from the current missions, attendance, contracts, annexes and
 * structure kind, in the caller's transaction — after its writes, as its last step. Three statements whatever the
 * number of exits: the lock, the facts, one UPDATE of the rows whose figures changed. Returns how many changed.
 */
export async function refreshExitPresence(manager: EntityManager, scope: readonly ExitScope[]): Promise<number> {
  if (!scope.length) return 0;
  await lockExitPresence(
    manager,
    scope.map((s) => s.structureId),
  );
  const facts = await recordedExitFacts(manager, scope, false);
  if (!facts.length) return 0;
  const judged = facts.map((f) => ({ f, verdict: judgePresence(f) }));
  const [, changed]: [unknown, number] = await manager.query(
    `UPDATE pathway_exit e
        SET counts = v.counts, presence_explanation = v.explanation, minutes_worked = v.minutes_worked,
            contract_start = v.contract_start, updated_at = now()
       FROM unnest($1::uuid[], $2::boolean[], $3::text[], $4::int[], $5::date[])
            AS v(id, counts, explanation, minutes_worked, contract_start)
      WHERE e.id = v.id
        AND (e.counts, e.presence_explanation, e.minutes_worked, e.contract_start)
            IS DISTINCT FROM (v.counts, v.explanation, v.minutes_worked, v.contract_start)`,
    [
      judged.map((j) => j.f.exitId),
      judged.map((j) => j.verdict.counts),
      judged.map((j) => j.verdict.message),
      judged.map((j) => j.f.minutesWorked),
      judged.map((j) => j.f.contractStart),
    ],
  );
  return changed;
}

/**
 * Every recorded exit of every structure, recomputed: run at start, after the migrations, so that exits recorded
 * before a rule changed (a new version, or before the refresh existed) are judged by the current rule
 * (docs/domain/exits.md § « Toujours à jour »). Four statements whatever the number of exits.
 */
export async function refreshAllExitPresence(manager: EntityManager): Promise<number> {
  const structures: { id: string }[] = await manager.query(`SELECT DISTINCT structure_id AS id FROM pathway_exit`);
  return refreshExitPresence(
    manager,
    structures.map((s) => ({ structureId: s.id, personId: null })),
  );
}
