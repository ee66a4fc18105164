/**
 * The facts the alerts are computed from (`computeAlerts` of the shared domain), gathered for many persons at once:
 * one statement per kind of fact (7), whatever the number of persons and records. Used by `Person.alerts` (through a
 * per-request loader) and by the caseload filter `persons(filter: { alert })`, so that both say the same thing.
 * Nothing is stored: alerts are computed on read (docs/adr/0004-pathway-records.md).
 */
import type { DataSource, EntityManager } from 'typeorm';
import {
  addMonths,
  AI_PLACEMENT_WINDOW_MONTHS,
  type Alert,
  type AlertFacts,
  computeAlerts,
  type ContractAlertFacts,
  ContractStatus,
  ELIGIBILITY_CRITERIA,
  type EligibilityCriterionCode,
  expiredProofs,
  minIso,
  MissionKind,
  PathwayEventKind,
  type PathwayStage,
  SessionKind,
  StructureKind,
} from '@tremplin/domain';
import { attendedMinutesSql } from '../contracts/contract-attendance';

/** Everything but the stage, which the caller already has (the person row). */
export type PersonAlertFacts = Omit<AlertFacts, 'stage'>;

type Db = Pick<DataSource | EntityManager, 'query'>;

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
}) as PersonAlertFacts;

const PERSONS = `structure_id = $1 AND person_id = ANY($2::uuid[])`;

/**
 * The alert facts of `personIds` (of the caller's structure `structureId`) on `today`, one per id in the same order.
 * Ids of another structure get no facts.
 */
export async function gatherAlertFacts(
  db: Db,
  structureId: string,
  personIds: readonly string[],
  today: string,
): Promise<PersonAlertFacts[]> {
  const ids = [...new Set(personIds)];
  const p = [structureId, ids];
  const [passes, criteria, attendance, placements, hires, followUps, contracts] = await Promise.all([
    db.query(
      `SELECT person_id AS "personId", start_date::text AS "startDate", end_date::text AS "endDate" FROM pass_iae WHERE ${PERSONS}`,
      p,
    ) as Promise<{ personId: string; startDate: string; endDate: string }[]>,
    // The criteria of each person's latest diagnosis.
    db.query(
      `SELECT d.person_id AS "personId", c.code, c.proof_date::text AS "proofDate"
         FROM (SELECT DISTINCT ON (person_id) id, person_id FROM eligibility_diagnosis WHERE ${PERSONS}
                ORDER BY person_id, diagnosed_on DESC, created_at DESC) d
         JOIN eligibility_criterion c ON c.diagnosis_id = d.id AND c.structure_id = $1`,
      p,
    ) as Promise<{ personId: string; code: string; proofDate: string }[]>,
    // Training sessions up to today that the person is registered at (present or absent): planned vs attended.
    db.query(
      `SELECT a.person_id AS "personId", SUM(s.planned_minutes)::int AS planned, SUM(a.minutes_attended)::int AS attended
         FROM session_attendance a JOIN collective_session s ON s.id = a.session_id AND s.structure_id = a.structure_id
        WHERE a.structure_id = $1 AND a.person_id = ANY($2::uuid[]) AND s.kind = $3 AND s.session_date <= $4::date
        GROUP BY a.person_id`,
      [...p, SessionKind.TRAINING, today],
    ) as Promise<{ personId: string; planned: number; attended: number }[]>,
    // The highest per-host total of mise à disposition over the 24 months ending today, for AI structures only.
    // Same window as `placementMinutesInWindow` of the domain: a mission counts in full when it ends in
    // ]today − 24 months, today].
    db.query(
      `SELECT h."personId", MAX(h.total)::int AS "maxMinutes"
         FROM (SELECT m.person_id AS "personId", m.host_organisation_id, SUM(m.minutes) AS total
                 FROM mission m JOIN structure s ON s.id = m.structure_id AND s.kind = $3
                WHERE m.structure_id = $1 AND m.person_id = ANY($2::uuid[]) AND m.kind = $4
                  AND m.end_date > $5::date AND m.end_date <= $6::date
                GROUP BY m.person_id, m.host_organisation_id) h
        GROUP BY h."personId"`,
      [...p, StructureKind.AI, MissionKind.PLACEMENT, addMonths(today, -AI_PLACEMENT_WINDOW_MONTHS), today],
    ) as Promise<{ personId: string; maxMinutes: number }[]>,
    // The latest hire of each person and the retention checks already done for it.
    db.query(
      `SELECT h.person_id AS "personId", h.start_date::text AS "startDate",
              COALESCE(array_agg(r.months_after::int ORDER BY r.months_after) FILTER (WHERE r.id IS NOT NULL), '{}') AS done
         FROM (SELECT DISTINCT ON (person_id) id, person_id, start_date FROM hire WHERE ${PERSONS}
                ORDER BY person_id, start_date DESC, created_at DESC) h
         LEFT JOIN retention_check r ON r.hire_id = h.id AND r.structure_id = $1
        GROUP BY h.id, h.person_id, h.start_date`,
      p,
    ) as Promise<{ personId: string; startDate: string; done: number[] }[]>,
    // The latest follow-up interview that took place (confidential ones included: only the date is used).
    db.query(
      `SELECT person_id AS "personId", MAX(occurred_on)::text AS "lastDate" FROM pathway_event
        WHERE ${PERSONS} AND kind = $3 AND occurred_on <= $4::date GROUP BY person_id`,
      [...p, PathwayEventKind.FOLLOW_UP_INTERVIEW, today],
    ) as Promise<{ personId: string; lastDate: string }[]>,
    // Contrats de professionnalisation that may raise an alert: drafts, deposits awaiting the OPCO, running
    // contracts (with their training minutes attended in the period), and any contract whose break follow-up is open.
    db.query(
      `SELECT c.person_id AS "personId", c.status, c.start_date::text AS "startDate", c.end_date::text AS "endDate",
              c.submitted_on::text AS "submittedOn", c.opco_decision AS "opcoDecision", c.broken_on::text AS "brokenOn",
              c.planned_training_minutes AS "plannedTrainingMinutes",
              CASE WHEN c.status = '${ContractStatus.ACTIVE}' THEN ${attendedMinutesSql('$4')} ELSE 0 END AS "attendedMinutes",
              f.due_on::text AS "followUpDueOn", f.closed_on::text AS "followUpClosedOn"
         FROM professionalisation_contract c
         LEFT JOIN contract_break_follow_up f ON f.contract_id = c.id AND f.structure_id = c.structure_id
        WHERE c.structure_id = $1 AND c.person_id = ANY($2::uuid[])
          AND (c.status = ANY($3::text[]) OR (f.id IS NOT NULL AND f.closed_on IS NULL))
        ORDER BY c.start_date, c.created_at`,
      [...p, [ContractStatus.DRAFT, ContractStatus.SUBMITTED, ContractStatus.ACTIVE], today],
    ) as Promise<
      (Omit<ContractAlertFacts, 'followUp'> & {
        personId: string;
        followUpDueOn: string | null;
        followUpClosedOn: string | null;
      })[]
    >,
  ]);

  const facts = new Map<string, PersonAlertFacts>(
    ids.map((id) => [id, { ...NO_FACTS, retentionChecksDone: [], contracts: [] }]),
  );
  const of = (personId: string) => facts.get(personId);
  const passStart = new Map<string, string>();
  for (const r of passes) {
    const f = of(r.personId);
    if (f) f.passEndDate = r.endDate;
    passStart.set(r.personId, r.startDate);
  }
  const proofsByPerson = new Map<string, { code: EligibilityCriterionCode; proofDate: string }[]>();
  for (const r of criteria) {
    // A code the catalogue does not know has no known validity: it cannot be said to be expired.
    if (!(r.code in ELIGIBILITY_CRITERIA)) continue;
    const list = proofsByPerson.get(r.personId) ?? [];
    list.push({ code: r.code as EligibilityCriterionCode, proofDate: r.proofDate });
    proofsByPerson.set(r.personId, list);
  }
  // A proof must be valid on the day the PASS IAE was delivered (what an after-the-fact control checks); until there
  // is a PASS, it must be valid today — an old proof then needs renewing before the hire.
  for (const [personId, list] of proofsByPerson) {
    const f = of(personId);
    if (f) f.expiredProofCount = expiredProofs(list, minIso(passStart.get(personId) ?? today, today)).length;
  }
  for (const r of attendance) {
    const f = of(r.personId);
    if (f) Object.assign(f, { plannedMinutesToDate: r.planned, attendedMinutes: r.attended });
  }
  for (const r of placements) {
    const f = of(r.personId);
    if (f) f.maxPlacementMinutes = r.maxMinutes;
  }
  for (const r of hires) {
    const f = of(r.personId);
    if (f) Object.assign(f, { hireStartDate: r.startDate, retentionChecksDone: r.done });
  }
  for (const r of followUps) {
    const f = of(r.personId);
    if (f) f.lastFollowUpDate = r.lastDate;
  }
  for (const { personId, followUpDueOn, followUpClosedOn, ...contract } of contracts)
    of(personId)?.contracts.push({
      ...contract,
      followUp: followUpDueOn ? { dueOn: followUpDueOn, closedOn: followUpClosedOn } : null,
    });
  return personIds.map((id) => facts.get(id) ?? NO_FACTS);
}

/** A person's alerts on `today`, from their gathered facts and their stage (pure). */
export function alertsFromFacts(facts: PersonAlertFacts, stage: PathwayStage, today: string): Alert[] {
  return computeAlerts({ ...facts, stage }, today);
}

/** The earliest due date among alerts, `null` when none has one. */
export function nextDeadlineOf(alerts: Alert[]): string | null {
  return alerts.reduce<string | null>(
    (min, a) => (a.dueDate && (min === null || a.dueDate < min) ? a.dueDate : min),
    null,
  );
}

/**
 * The alerts of many persons of the caller's structure on `today`, one list per person in the same order: the batch
 * the caseload filter uses (7 statements whatever the number of persons).
 */
export async function alertsByPersons(
  db: Db,
  structureId: string,
  persons: readonly { id: string; stage: PathwayStage }[],
  today: string,
): Promise<Alert[][]> {
  if (persons.length === 0) return [];
  const facts = await gatherAlertFacts(
    db,
    structureId,
    persons.map((p) => p.id),
    today,
  );
  return persons.map((p, i) => alertsFromFacts(facts[i], p.stage, today));
}
