/**
 * The facts the alerts are computed from (`computeAlerts` of the shared domain), gathered for many persons at once:
 * one statement, whatever the number of persons and records. Used by `Person.alerts` (through a
 * per-request loader) and by the caseload filter `persons(filter: { alert })`, so that both say the same thing.
 * Nothing is stored: alerts are computed on read (docs/adr/0004-pathway-records.md).
 */
import type { EntityManager } from 'typeorm';
import {
  type Alert,
  type AlertFacts,
  ELIGIBILITY_CRITERIA,
  type EligibilityCriterionCode,
  expiredProofs,
  minIso,
  type PathwayStage,
} from '@tremplin/domain';
import type { AlertsRepository } from './alerts.repository';

/** Everything but the stage, which the caller already has (the person row). */
export type PersonAlertFacts = Omit<AlertFacts, 'stage'>;

export const NO_FACTS: PersonAlertFacts = Object.freeze({
  passEndDate: null,
  expiredProofCount: 0,
  plannedMinutesToDate: 0,
  attendedMinutes: 0,
  maxPlacementMinutes: 0,
  hireStartDate: null,
  retentionChecksDone: [],
  lastFollowUpDate: null,
  contracts: [],
  coaching: null,
}) as PersonAlertFacts;

/**
 * The alert facts of `personIds` (of the caller's structure `structureId`) on `today`, one per id in the same order,
 * in one statement whatever the number of persons and records. Ids of another structure get no facts.
 */
export async function gatherAlertFacts(
  repo: AlertsRepository,
  structureId: string,
  personIds: readonly string[],
  today: string,
  tx?: EntityManager,
): Promise<PersonAlertFacts[]> {
  const ids = [...new Set(personIds)];
  if (ids.length === 0) return [];
  const rows = await repo.factRows(structureId, ids, today, tx);
  const facts = new Map<string, PersonAlertFacts>();
  const passStart = new Map<string, string>();
  const proofsByPerson = new Map<string, { code: EligibilityCriterionCode; proofDate: string }[]>();
  for (const r of rows) {
    let f = facts.get(r.personId);
    if (!f) facts.set(r.personId, (f = { ...NO_FACTS, retentionChecksDone: [], contracts: [] }));
    switch (r.kind) {
      case 'pass':
        f.passEndDate = r.value[1];
        passStart.set(r.personId, r.value[0]);
        break;
      case 'criteria':
        // A code the catalogue does not know has no known validity: it cannot be said to be expired.
        proofsByPerson.set(
          r.personId,
          r.value.filter(
            (c): c is { code: EligibilityCriterionCode; proofDate: string } => c.code in ELIGIBILITY_CRITERIA,
          ),
        );
        break;
      case 'attendance':
        [f.plannedMinutesToDate, f.attendedMinutes] = r.value;
        break;
      case 'placements':
        f.maxPlacementMinutes = r.value;
        break;
      case 'hire':
        [f.hireStartDate, f.retentionChecksDone] = r.value;
        break;
      case 'followUp':
        f.lastFollowUpDate = r.value;
        break;
      case 'contracts':
        f.contracts = r.value;
        break;
      case 'coaching':
        f.coaching = { missionStart: r.value[0], lastContactOn: r.value[1], thresholdDays: r.value[2] };
        break;
    }
  }
  // A proof must be valid on the day the PASS IAE was delivered (what an after-the-fact control checks); until there
  // is a PASS, it must be valid today — an old proof then needs renewing before the hire.
  for (const [personId, proofs] of proofsByPerson) {
    const f = facts.get(personId);
    if (f) f.expiredProofCount = expiredProofs(proofs, minIso(passStart.get(personId) ?? today, today)).length;
  }
  return personIds.map((id) => facts.get(id) ?? NO_FACTS);
}

// The pure part — a person's alerts from their facts and stage, the next deadline — lives in the shared domain
// (ADR 0012); re-exported for the stages' files.
import { alertsFromFacts } from '@tremplin/domain';
export { alertsFromFacts, nextDeadlineOf } from '@tremplin/domain';

/**
 * The alerts of many persons of the caller's structure on `today`, one list per person in the same order: the batch
 * the caseload filter uses (one statement whatever the number of persons).
 */
export async function alertsByPersons(
  repo: AlertsRepository,
  structureId: string,
  persons: readonly { id: string; stage: PathwayStage }[],
  today: string,
  tx?: EntityManager,
): Promise<Alert[][]> {
  if (persons.length === 0) return [];
  const facts = await gatherAlertFacts(
    repo,
    structureId,
    persons.map((p) => p.id),
    today,
    tx,
  );
  return persons.map((p, i) => alertsFromFacts(facts[i], p.stage, today));
}
