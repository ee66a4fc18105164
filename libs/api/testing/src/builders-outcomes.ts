/**
 * Test data builders for the outcomes records (exam sessions, hires, retention checks, exit) and the stage history,
 * plus `outcomeEvidence`: the records of other modules that the stage gates and the exit rule read (admission,
 * contract, tutoring, missions, training attendance). Written by SQL, readable defaults.
 */
import type { DataSource } from 'typeorm';
import { insertRowWithId } from './builders.repository';

type Db = Pick<DataSource, 'query'>;

const insertRow = insertRowWithId;

/** An exam session with a result per block (`results`: block id and FULL / PARTIAL / NONE). */
export async function buildExamSession(
  db: Db,
  structureId: string,
  personId: string,
  certificationId: string,
  o: Partial<{
    sessionDate: string;
    centre: string;
    results: { blockId: string; result: string }[];
    createdById: string | null;
  }> = {},
): Promise<{ id: string }> {
  const session = await insertRow(db, 'exam_session', {
    structure_id: structureId,
    person_id: personId,
    certification_id: certificationId,
    session_date: o.sessionDate ?? '2026-06-15',
    centre: o.centre ?? 'Lycée Colbert, Rouen',
    created_by_id: o.createdById ?? null,
  });
  for (const r of o.results ?? [])
    await insertRow(db, 'exam_result', {
      structure_id: structureId,
      exam_session_id: session.id,
      block_id: r.blockId,
      result: r.result,
    });
  return session;
}

export async function buildHire(
  db: Db,
  structureId: string,
  personId: string,
  o: Partial<{
    employerOrganisationId: string | null;
    employerName: string;
    contractType: string;
    startDate: string;
    weeklyMinutes: number;
    jobTitle: string | null;
  }> = {},
): Promise<{ id: string }> {
  return insertRow(db, 'hire', {
    structure_id: structureId,
    person_id: personId,
    employer_organisation_id: o.employerOrganisationId ?? null,
    employer_name: o.employerName ?? 'Rouen Habitat',
    contract_type: o.contractType ?? 'CDI',
    start_date: o.startDate ?? '2026-03-01',
    weekly_minutes: o.weeklyMinutes ?? 35 * 60,
    job_title: o.jobTitle === undefined ? 'Gardien·ne d’immeuble' : o.jobTitle,
  });
}

export async function buildRetentionCheck(
  db: Db,
  structureId: string,
  personId: string,
  hireId: string,
  o: Partial<{ monthsAfter: number; checkedOn: string; stillEmployed: boolean; comment: string | null }> = {},
): Promise<{ id: string }> {
  return insertRow(db, 'retention_check', {
    structure_id: structureId,
    person_id: personId,
    hire_id: hireId,
    months_after: o.monthsAfter ?? 6,
    checked_on: o.checkedOn ?? '2026-09-01',
    still_employed: o.stillEmployed ?? true,
    comment: o.comment ?? null,
  });
}

/** An exit row only (the person's stage is not changed: pass `stage` to buildPerson for that). */
export async function buildExit(
  db: Db,
  structureId: string,
  personId: string,
  o: Partial<{
    exitDate: string;
    reason: string;
    category: string;
    counts: boolean;
    presenceExplanation: string;
    minutesWorked: number;
    contractStart: string | null;
    comment: string | null;
  }> = {},
): Promise<{ id: string }> {
  return insertRow(db, 'pathway_exit', {
    structure_id: structureId,
    person_id: personId,
    exit_date: o.exitDate ?? '2026-08-31',
    reason: o.reason ?? 'CDI',
    category: o.category ?? 'SUSTAINABLE_JOB',
    counts: o.counts ?? true,
    presence_explanation: o.presenceExplanation ?? '200 h travaillées : la sortie compte.',
    contract_start: o.contractStart ?? null,
    minutes_worked: o.minutesWorked ?? 200 * 60,
    comment: o.comment ?? null,
  });
}

export async function buildStageTransition(
  db: Db,
  structureId: string,
  personId: string,
  o: Partial<{
    fromStage: string | null;
    toStage: string;
    effectiveOn: string;
    reason: string | null;
    overrideReason: string | null;
    missingEvidence: string[];
    createdById: string | null;
  }> = {},
): Promise<{ id: string }> {
  return insertRow(db, 'stage_transition', {
    structure_id: structureId,
    person_id: personId,
    from_stage: o.fromStage === undefined ? 'RECRUITMENT' : o.fromStage,
    to_stage: o.toStage ?? 'TRAINING',
    effective_on: o.effectiveOn ?? '2026-02-01',
    reason: o.reason ?? null,
    override_reason: o.overrideReason ?? null,
    missing_evidence: o.missingEvidence ?? [],
    created_by_id: o.createdById ?? null,
  });
}

/** The records of other modules that the stage gates and the exit's minimum-presence rule read. */
export const outcomeEvidence = {
  admission: (db: Db, s: string, p: string, o: Partial<{ decidedOn: string; outcome: string }> = {}) =>
    insertRow(db, 'admission_decision', {
      structure_id: s,
      person_id: p,
      decided_on: o.decidedOn ?? '2026-01-30',
      outcome: o.outcome ?? 'ADMITTED',
    }),

  employmentContract: (
    db: Db,
    s: string,
    p: string,
    o: Partial<{ kind: string; startDate: string; endDate: string | null }> = {},
  ) =>
    insertRow(db, 'employment_contract', {
      structure_id: s,
      person_id: p,
      kind: o.kind ?? 'CDDI',
      start_date: o.startDate ?? '2026-02-01',
      end_date: o.endDate ?? null,
      weekly_minutes: 26 * 60,
    }),

  /** A tutor of the structure and a tutoring of the person by them. */
  async tutoring(
    db: Db,
    s: string,
    p: string,
    o: Partial<{ startDate: string; endDate: string | null }> = {},
  ): Promise<{ id: string }> {
    const tutor = await insertRow(db, 'tutor', {
      structure_id: s,
      side: 'STRUCTURE',
      first_name: 'Paul',
      last_name: 'Tuteur',
    });
    return insertRow(db, 'tutoring', {
      structure_id: s,
      person_id: p,
      tutor_id: tutor.id,
      start_date: o.startDate ?? '2026-02-01',
      end_date: o.endDate ?? null,
    });
  },

  mission: (
    db: Db,
    s: string,
    p: string,
    hostOrganisationId: string,
    o: Partial<{ kind: string; startDate: string; endDate: string; minutes: number }> = {},
  ) =>
    insertRow(db, 'mission', {
      structure_id: s,
      person_id: p,
      host_organisation_id: hostOrganisationId,
      kind: o.kind ?? 'PLACEMENT',
      start_date: o.startDate ?? '2026-03-02',
      end_date: o.endDate ?? o.startDate ?? '2026-03-06',
      minutes: o.minutes ?? 35 * 60,
    }),

  /** A collective session of the structure (TRAINING unless told) and the person's attendance at it. */
  async attendance(
    db: Db,
    s: string,
    p: string,
    o: Partial<{ kind: string; sessionDate: string; minutesAttended: number }> = {},
  ): Promise<{ id: string }> {
    const minutes = o.minutesAttended ?? 7 * 60;
    const session = await insertRow(db, 'collective_session', {
      structure_id: s,
      kind: o.kind ?? 'TRAINING',
      title: 'Entretien des parties communes',
      session_date: o.sessionDate ?? '2026-02-10',
      planned_minutes: minutes,
    });
    return insertRow(db, 'session_attendance', {
      structure_id: s,
      person_id: p,
      session_id: session.id,
      minutes_attended: minutes,
    });
  },
};
