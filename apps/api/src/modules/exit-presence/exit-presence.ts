import { createHash } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import {
  type ExitContractFact,
  exitCounts,
  type ExitHireFact,
  type PresenceAnnex,
  type StructureKind,
} from '@tremplin/domain';
import type { CountedHours, ExitScope } from './exit-presence.types';

export type { CountedHours, ExitScope } from './exit-presence.types';
import { ExitPresenceRepository, presenceStatementText, type PresenceRawRow } from './exit-presence.repository';

/**
 * The minimum-presence figures of exits — the start of the first employment contract, the last financial annex, the
 * hours worked on it and the missions and training sessions behind them — in ONE statement for any number of exits,
 * and the refresh that keeps the stored `pathway_exit.counts`, `presence_explanation`, `minutes_worked` and
 * `contract_start` current. Rules and their sources: docs/domain/exits.md.
 *
 * Plain functions over the caller's transaction (no Nest dependency): `ExitsService`, `ExitPresenceService` (the
 * other modules' entry) and the demo seed share them.
 */

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

/** The statements, over the caller's transaction (these functions are used outside Nest: bootstrap, demo seed). */
function repository(manager: EntityManager): ExitPresenceRepository {
  return new ExitPresenceRepository(manager.connection);
}

function toFacts(r: PresenceRawRow): PresenceFactsRow {
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
  const rows = await repository(manager).recordedFacts(scope, details, manager);
  return rows.map(toFacts);
}

/** The facts of an exit about to be recorded (the form's preview, `recordExit`), with the details (one statement). */
export async function plannedExitFacts(
  manager: EntityManager,
  p: { structureId: string; personId: string; exitDate: string; reason: string | null },
): Promise<PresenceFactsRow> {
  return toFacts(await repository(manager).plannedFacts(p, manager));
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
  await repository(manager).lock(ids, manager);
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
  return repository(manager).updateFigures(
    judged.map((j) => ({
      exitId: j.f.exitId as string,
      counts: j.verdict.counts,
      explanation: j.verdict.message,
      minutesWorked: j.f.minutesWorked,
      contractStart: j.f.contractStart,
    })),
    manager,
  );
}

/**
 * Every recorded exit of every structure, recomputed: run at start, after the migrations, so that exits recorded
 * before a rule changed (a new version, or before the refresh existed) are judged by the current rule
 * (docs/domain/exits.md § « Toujours à jour »). Four statements whatever the number of exits.
 */
export async function refreshAllExitPresence(manager: EntityManager): Promise<number> {
  const structureIds = await repository(manager).structuresWithExits(manager);
  return refreshExitPresence(
    manager,
    structureIds.map((structureId) => ({ structureId, personId: null })),
  );
}

/**
 * Bump when the rule changes in a way its texts below do not show (a threshold constant of the shared domain, say):
 * the next start then recomputes every exit.
 */
const RULE_REVISION = '2026-12-06';

/**
 * The fingerprint of the minimum-presence rule: its revision, the statement that reads its facts and the functions that
 * judge them. A change of any of them (a new version of the rule) changes it.
 */
export function presenceRuleFingerprint(): string {
  return createHash('sha256')
    .update(RULE_REVISION)
    .update(presenceStatementText())
    .update(judgePresence.toString())
    .update(exitCounts.toString())
    .digest('hex');
}

/**
 * At start, after the migrations: every exit recomputed when the rule changed since the stored figures were computed
 * (or was never recorded), else nothing — the writes keep the figures current in their own transactions. Returns the
 * number of exits whose figures changed, or null when the rule had not changed.
 */
export async function refreshExitPresenceIfRuleChanged(manager: EntityManager): Promise<number | null> {
  const repo = repository(manager);
  const fingerprint = presenceRuleFingerprint();
  if ((await repo.lockRuleFingerprint(manager)) === fingerprint) return null;
  const changed = await refreshAllExitPresence(manager);
  await repo.saveRuleFingerprint(fingerprint, manager);
  return changed;
}
