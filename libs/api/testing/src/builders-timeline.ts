/**
 * Test data builders for the person timeline and the alerts: one function per kind of pathway record, written by
 * SQL with readable defaults (override what the test is about). Grouped in one object, `pathwayRows`, so that their
 * names never clash with the builders of the modules that own these records.
 */
import type { DataSource } from 'typeorm';
import { insertRowWithId } from './builders.repository';

type Db = Pick<DataSource, 'query'>;
type Ref = { id: string };

const insert = insertRowWithId;

/** `s` = structure id, `p` = person id. Dates `YYYY-MM-DD`, durations in minutes. */
export const pathwayRows = {
  referral: (
    db: Db,
    s: string,
    p: string,
    o: Partial<{ prescriberKind: string; organisation: string; contactName: string | null; referredOn: string }> = {},
  ) =>
    insert(db, 'referral', {
      structure_id: s,
      person_id: p,
      prescriber_kind: o.prescriberKind ?? 'FRANCE_TRAVAIL',
      prescriber_organisation: o.organisation ?? 'France Travail Rouen Nord',
      prescriber_contact_name: o.contactName ?? null,
      referred_on: o.referredOn ?? '2026-01-05',
    }),

  /** A diagnosis and its criteria (`criteria`: code and proof date). */
  async diagnosis(
    db: Db,
    s: string,
    p: string,
    o: Partial<{
      author: string;
      authorName: string;
      diagnosedOn: string;
      validUntil: string;
      criteria: { code: string; proofDate: string }[];
    }> = {},
  ): Promise<Ref> {
    const d = await insert(db, 'eligibility_diagnosis', {
      structure_id: s,
      person_id: p,
      author: o.author ?? 'PRESCRIBER',
      author_name: o.authorName ?? 'France Travail Rouen Nord',
      diagnosed_on: o.diagnosedOn ?? '2026-01-10',
      valid_until: o.validUntil ?? '2026-07-09',
    });
    for (const c of o.criteria ?? [{ code: 'DETLD_24_MONTHS', proofDate: o.diagnosedOn ?? '2026-01-10' }])
      await insert(db, 'eligibility_criterion', {
        structure_id: s,
        diagnosis_id: d.id,
        code: c.code,
        proof_date: c.proofDate,
      });
    return d;
  },

  pass: (db: Db, s: string, p: string, o: Partial<{ number: string; startDate: string; endDate: string }> = {}) =>
    insert(db, 'pass_iae', {
      structure_id: s,
      person_id: p,
      number: o.number ?? '999992600001',
      start_date: o.startDate ?? '2026-01-15',
      end_date: o.endDate ?? '2028-01-14',
    }),

  passSuspension: (
    db: Db,
    s: string,
    passId: string,
    o: Partial<{ startDate: string; endDate: string; reason: string }> = {},
  ) =>
    insert(db, 'pass_suspension', {
      structure_id: s,
      pass_id: passId,
      start_date: o.startDate ?? '2026-03-01',
      end_date: o.endDate ?? '2026-03-31',
      reason: o.reason ?? 'CONTRACT_SUSPENDED',
    }),

  passProlongation: (
    db: Db,
    s: string,
    passId: string,
    o: Partial<{ requestedOn: string; startDate: string; endDate: string; reason: string }> = {},
  ) =>
    insert(db, 'pass_prolongation', {
      structure_id: s,
      pass_id: passId,
      requested_on: o.requestedOn ?? '2027-12-01',
      start_date: o.startDate ?? '2028-01-14',
      end_date: o.endDate ?? '2028-07-14',
      reason: o.reason ?? 'COMPLETE_TRAINING',
    }),

  stageTransition: (
    db: Db,
    s: string,
    p: string,
    o: Partial<{
      fromStage: string | null;
      toStage: string;
      effectiveOn: string;
      reason: string | null;
      overrideReason: string | null;
      missingEvidence: string[];
    }> = {},
  ) =>
    insert(db, 'stage_transition', {
      structure_id: s,
      person_id: p,
      from_stage: o.fromStage === undefined ? 'RECRUITMENT' : o.fromStage,
      to_stage: o.toStage ?? 'TRAINING',
      effective_on: o.effectiveOn ?? '2026-02-01',
      reason: o.reason ?? null,
      override_reason: o.overrideReason ?? null,
      missing_evidence: o.missingEvidence ?? [],
    }),

  admission: (
    db: Db,
    s: string,
    p: string,
    o: Partial<{ decidedOn: string; outcome: string; comment: string | null }> = {},
  ) =>
    insert(db, 'admission_decision', {
      structure_id: s,
      person_id: p,
      decided_on: o.decidedOn ?? '2026-01-30',
      outcome: o.outcome ?? 'ADMITTED',
      comment: o.comment ?? null,
    }),

  employmentContract: (
    db: Db,
    s: string,
    p: string,
    o: Partial<{ kind: string; startDate: string; endDate: string | null; weeklyMinutes: number }> = {},
  ) =>
    insert(db, 'employment_contract', {
      structure_id: s,
      person_id: p,
      kind: o.kind ?? 'PROFESSIONALISATION',
      start_date: o.startDate ?? '2026-02-01',
      end_date: o.endDate === undefined ? '2027-01-31' : o.endDate,
      weekly_minutes: o.weeklyMinutes ?? 35 * 60,
    }),

  immersion: (
    db: Db,
    s: string,
    p: string,
    o: Partial<{
      hostOrganisationId: string | null;
      hostName: string;
      hostTutorName: string;
      objective: string;
      startDate: string;
      endDate: string;
      comment: string | null;
    }> = {},
  ) =>
    insert(db, 'immersion', {
      structure_id: s,
      person_id: p,
      host_organisation_id: o.hostOrganisationId ?? null,
      host_name: o.hostName ?? 'Résidence Les Tilleuls',
      host_tutor_name: o.hostTutorName ?? 'Jacques Martin',
      objective: o.objective ?? 'DISCOVER_JOB',
      start_date: o.startDate ?? '2026-01-19',
      end_date: o.endDate ?? '2026-01-23',
      comment: o.comment ?? null,
    }),

  mission: (
    db: Db,
    s: string,
    p: string,
    hostOrganisationId: string,
    o: Partial<{ kind: string; site: string | null; startDate: string; endDate: string; minutes: number }> = {},
  ) =>
    insert(db, 'mission', {
      structure_id: s,
      person_id: p,
      host_organisation_id: hostOrganisationId,
      kind: o.kind ?? 'PLACEMENT',
      site: o.site ?? null,
      start_date: o.startDate ?? '2026-03-02',
      end_date: o.endDate ?? '2026-03-06',
      minutes: o.minutes ?? 35 * 60,
    }),

  session: (
    db: Db,
    s: string,
    o: Partial<{
      kind: string;
      title: string;
      trainingBody: string | null;
      sessionDate: string;
      plannedMinutes: number;
    }> = {},
  ) =>
    insert(db, 'collective_session', {
      structure_id: s,
      kind: o.kind ?? 'TRAINING',
      title: o.title ?? 'Entretien des parties communes',
      training_body: o.trainingBody ?? null,
      session_date: o.sessionDate ?? '2026-02-10',
      planned_minutes: o.plannedMinutes ?? 7 * 60,
    }),

  attendance: (
    db: Db,
    s: string,
    p: string,
    sessionId: string,
    o: Partial<{ minutesAttended: number; absence: string | null }> = {},
  ) =>
    insert(db, 'session_attendance', {
      structure_id: s,
      person_id: p,
      session_id: sessionId,
      minutes_attended: o.minutesAttended ?? 7 * 60,
      absence: o.absence ?? null,
    }),

  tutor: (
    db: Db,
    s: string,
    o: Partial<{
      side: string;
      firstName: string;
      lastName: string;
      jobTitle: string | null;
      partnerOrganisationId: string | null;
    }> = {},
  ) =>
    insert(db, 'tutor', {
      structure_id: s,
      side: o.side ?? 'HOST',
      first_name: o.firstName ?? 'Paul',
      last_name: o.lastName ?? 'Gardien',
      job_title: o.jobTitle ?? null,
      partner_organisation_id: o.partnerOrganisationId ?? null,
    }),

  tutoring: (
    db: Db,
    s: string,
    p: string,
    tutorId: string,
    o: Partial<{ startDate: string; endDate: string | null }> = {},
  ) =>
    insert(db, 'tutoring', {
      structure_id: s,
      person_id: p,
      tutor_id: tutorId,
      start_date: o.startDate ?? '2026-02-01',
      end_date: o.endDate ?? null,
    }),

  /** A certification with `blocks` blocks (codes BC01, BC02…). */
  async certification(
    db: Db,
    o: Partial<{ title: string; blocks: number }> = {},
  ): Promise<{ id: string; blockIds: string[] }> {
    const c = await insert(db, 'certification', {
      title: o.title ?? 'CAP Gardien d’immeuble',
      level: 3,
      certifier: 'Ministère de l’Éducation nationale',
    });
    const blockIds: string[] = [];
    for (let i = 1; i <= (o.blocks ?? 2); i++)
      blockIds.push(
        (
          await insert(db, 'certification_block', {
            certification_id: c.id,
            code: `BC0${i}`,
            title: `Bloc ${i}`,
            position: i,
          })
        ).id,
      );
    return { id: c.id, blockIds };
  },

  skillsEvaluation: (
    db: Db,
    s: string,
    p: string,
    blockId: string,
    o: Partial<{ level: string; evaluatedOn: string; evaluatorName: string; comment: string | null }> = {},
  ) =>
    insert(db, 'skills_evaluation', {
      structure_id: s,
      person_id: p,
      block_id: blockId,
      level: o.level ?? 'PROGRESSING',
      evaluated_on: o.evaluatedOn ?? '2026-04-01',
      evaluator_name: o.evaluatorName ?? 'Anne Formatrice',
      comment: o.comment ?? null,
    }),

  event: (
    db: Db,
    s: string,
    p: string,
    o: Partial<{ kind: string; occurredOn: string; title: string; notes: string | null; confidential: boolean }> = {},
  ) =>
    insert(db, 'pathway_event', {
      structure_id: s,
      person_id: p,
      kind: o.kind ?? 'FOLLOW_UP_INTERVIEW',
      occurred_on: o.occurredOn ?? '2026-03-15',
      title: o.title ?? 'Point mensuel',
      notes: o.notes ?? null,
      confidential: o.confidential ?? false,
    }),

  /** An exam session with a result per block (`results`: block id and FULL / PARTIAL / NONE). */
  async examSession(
    db: Db,
    s: string,
    p: string,
    certificationId: string,
    o: Partial<{ sessionDate: string; centre: string; results: { blockId: string; result: string }[] }> = {},
  ): Promise<Ref> {
    const x = await insert(db, 'exam_session', {
      structure_id: s,
      person_id: p,
      certification_id: certificationId,
      session_date: o.sessionDate ?? '2026-06-15',
      centre: o.centre ?? 'Lycée Colbert, Rouen',
    });
    for (const r of o.results ?? [])
      await insert(db, 'exam_result', {
        structure_id: s,
        exam_session_id: x.id,
        block_id: r.blockId,
        result: r.result,
      });
    return x;
  },

  hire: (
    db: Db,
    s: string,
    p: string,
    o: Partial<{
      employerName: string;
      contractType: string;
      startDate: string;
      weeklyMinutes: number;
      jobTitle: string | null;
    }> = {},
  ) =>
    insert(db, 'hire', {
      structure_id: s,
      person_id: p,
      employer_name: o.employerName ?? 'Rouen Habitat',
      contract_type: o.contractType ?? 'CDI',
      start_date: o.startDate ?? '2026-09-01',
      weekly_minutes: o.weeklyMinutes ?? 35 * 60,
      job_title: o.jobTitle ?? 'Gardien·ne d’immeuble',
    }),

  retentionCheck: (
    db: Db,
    s: string,
    p: string,
    hireId: string,
    o: Partial<{ monthsAfter: number; checkedOn: string; stillEmployed: boolean; comment: string | null }> = {},
  ) =>
    insert(db, 'retention_check', {
      structure_id: s,
      person_id: p,
      hire_id: hireId,
      months_after: o.monthsAfter ?? 6,
      checked_on: o.checkedOn ?? '2027-03-01',
      still_employed: o.stillEmployed ?? true,
      comment: o.comment ?? null,
    }),

  exit: (
    db: Db,
    s: string,
    p: string,
    o: Partial<{
      exitDate: string;
      reason: string;
      category: string;
      counts: boolean;
      presenceExplanation: string;
      minutesWorked: number;
      comment: string | null;
    }> = {},
  ) =>
    insert(db, 'pathway_exit', {
      structure_id: s,
      person_id: p,
      exit_date: o.exitDate ?? '2026-08-31',
      reason: o.reason ?? 'CDI',
      category: o.category ?? 'SUSTAINABLE_JOB',
      counts: o.counts ?? true,
      presence_explanation: o.presenceExplanation ?? 'Sortie comptée : 7 mois de contrat (au moins 3 mois).',
      contract_start: null,
      minutes_worked: o.minutesWorked ?? 0,
      comment: o.comment ?? null,
    }),

  /**
   * One record of every kind for a person (PASS with a suspension and a prolongation, a tutoring with its end, an exam
   * with results…), `times` times over: the « many records » world of statement-count tests. Needs a partner
   * organisation (host) and a certification.
   */
  async everyKind(
    db: Db,
    s: string,
    p: string,
    hostId: string,
    certification: { id: string; blockIds: string[] },
    times = 1,
  ): Promise<void> {
    const pass = await pathwayRows.pass(db, s, p);
    await pathwayRows.referral(db, s, p);
    const hire = await pathwayRows.hire(db, s, p);
    await pathwayRows.exit(db, s, p);
    for (let i = 0; i < times; i++) {
      await pathwayRows.diagnosis(db, s, p, {
        criteria: [
          { code: 'RSA', proofDate: '2026-01-02' },
          { code: 'QPV_RESIDENT', proofDate: '2026-01-02' },
        ],
      });
      await pathwayRows.passSuspension(db, s, pass.id);
      await pathwayRows.passProlongation(db, s, pass.id);
      await pathwayRows.stageTransition(db, s, p);
      await pathwayRows.admission(db, s, p);
      await pathwayRows.employmentContract(db, s, p);
      await pathwayRows.immersion(db, s, p, { hostOrganisationId: hostId });
      await pathwayRows.mission(db, s, p, hostId);
      const session = await pathwayRows.session(db, s);
      await pathwayRows.attendance(db, s, p, session.id);
      const tutor = await pathwayRows.tutor(db, s, { partnerOrganisationId: hostId });
      await pathwayRows.tutoring(db, s, p, tutor.id, { endDate: '2026-06-30' });
      await pathwayRows.skillsEvaluation(db, s, p, certification.blockIds[0]);
      await pathwayRows.event(db, s, p, { confidential: i % 2 === 1 });
      await pathwayRows.examSession(db, s, p, certification.id, {
        results: certification.blockIds.map((blockId) => ({ blockId, result: 'FULL' })),
      });
      if (i < 2) await pathwayRows.retentionCheck(db, s, p, hire.id, { monthsAfter: i === 0 ? 6 : 12 });
    }
  },
};
