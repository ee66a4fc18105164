import type { EntityManager } from 'typeorm';
import {
  AbsenceKind,
  addDays,
  addMonths,
  AdmissionOutcome,
  BlockResult,
  DiagnosisAuthor,
  diagnosisValidUntil,
  EligibilityCriterionCode as C,
  EmploymentContractKind,
  EXIT_REASONS,
  ExitReason,
  HireContractType,
  ImmersionObjective,
  MissionKind,
  PathwayEventKind,
  PathwayStage,
  passEndDate,
  PrescriberKind,
  SessionKind,
  SkillLevel,
  TutorSide,
} from '@tremplin/domain';
import { CERTIFICATION_IDS } from '../reference/certifications';
import { DemoSeedRepository } from './demo-seed.repository';
import { sqlInserter } from './seed-sql';

/**
 * The demo's pathways: every person of the Rouen AI gets a referral, an eligibility diagnosis and, once admitted,
 * a PASS IAE, a contract, tutors, training with attendance, placements at the landlords, evaluations, exams, hires
 * and exits — dated relative to the day the demo is created, and chosen so that every kind of alert shows:
 * Hélène's PASS ends in 40 days, Kevin's RSA proof is 4 months old, Julien attended half of his training,
 * Bruno worked 410 h at Rouen Habitat, Youssef's 6-month check after his hire is due, Kevin has not been seen for 45 days.
 */
export interface DemoPathwayContext {
  structureId: string;
  authorId: string;
  personIds: string[];
  landlordIds: Record<string, string>;
  today: string;
}

const AFPOLS_BLOCKS = [
  '5e7c0000-0000-4000-8000-000000000201',
  '5e7c0000-0000-4000-8000-000000000202',
  '5e7c0000-0000-4000-8000-000000000203',
];

/** Person index in DEMO_PERSONS → its story. */
interface Story {
  referredDaysAgo: number;
  prescriber: PrescriberKind;
  prescriberOrganisation: string;
  criteria: { code: C; proofDaysBeforeDiagnosis: number }[];
  /** Days ago the contract started (admitted persons). */
  contractDaysAgo?: number;
  host?: string;
  placementHours?: number;
  attendanceRatio?: number;
  securingDaysAgo?: number;
  exam?: BlockResult[];
  hire?: { daysAgo: number; landlord: string; type: HireContractType; checked6?: boolean };
  exit?: { daysAgo: number; reason: ExitReason };
  lastFollowUpDaysAgo: number;
  confidentialNote?: string;
  passEndsInDays?: number;
}

const STORIES: Story[] = [
  /* 0 Amina */ {
    referredDaysAgo: 210,
    prescriber: PrescriberKind.FRANCE_TRAVAIL,
    prescriberOrganisation: 'France Travail Rouen Rive Gauche',
    criteria: [{ code: C.RSA, proofDaysBeforeDiagnosis: 20 }],
    contractDaysAgo: 160,
    host: 'rouen-habitat',
    placementHours: 140,
    attendanceRatio: 1,
    lastFollowUpDaysAgo: 9,
    confidentialNote:
      'Difficultés de logement évoquées : orientation vers l’assistante sociale du CCAS. Ne pas partager.',
  },
  /* 1 Julien */ {
    referredDaysAgo: 200,
    prescriber: PrescriberKind.PLIE,
    prescriberOrganisation: 'PLIE de la Métropole Rouen Normandie',
    criteria: [
      { code: C.LOW_QUALIFICATION, proofDaysBeforeDiagnosis: 10 },
      { code: C.DELD_12_24_MONTHS, proofDaysBeforeDiagnosis: 15 },
    ],
    contractDaysAgo: 150,
    host: 'seine-logis',
    placementHours: 120,
    attendanceRatio: 0.5,
    lastFollowUpDaysAgo: 12,
  },
  /* 2 Sandrine */ {
    referredDaysAgo: 380,
    prescriber: PrescriberKind.DEPARTMENT,
    prescriberOrganisation: 'Département de Seine-Maritime — UTAS Rouen',
    criteria: [{ code: C.RSA, proofDaysBeforeDiagnosis: 30 }],
    contractDaysAgo: 330,
    host: 'normandie-foyers',
    placementHours: 300,
    attendanceRatio: 0.95,
    securingDaysAgo: 60,
    exam: [BlockResult.FULL, BlockResult.FULL, BlockResult.FULL],
    lastFollowUpDaysAgo: 6,
  },
  /* 3 Mamadou */ {
    referredDaysAgo: 35,
    prescriber: PrescriberKind.SPIP,
    prescriberOrganisation: 'SPIP de Seine-Maritime',
    criteria: [
      { code: C.PRISON_LEAVER, proofDaysBeforeDiagnosis: 12 },
      { code: C.LOW_QUALIFICATION, proofDaysBeforeDiagnosis: 12 },
    ],
    lastFollowUpDaysAgo: 4,
  },
  /* 4 Hélène */ {
    referredDaysAgo: 720,
    prescriber: PrescriberKind.FRANCE_TRAVAIL,
    prescriberOrganisation: 'France Travail Rouen Saint-Sever',
    criteria: [{ code: C.DETLD_24_MONTHS, proofDaysBeforeDiagnosis: 25 }],
    contractDaysAgo: 140,
    host: 'rouen-habitat',
    placementHours: 150,
    attendanceRatio: 0.9,
    lastFollowUpDaysAgo: 14,
    passEndsInDays: 40,
  },
  /* 5 Kevin */ {
    referredDaysAgo: 50,
    prescriber: PrescriberKind.MISSION_LOCALE,
    prescriberOrganisation: 'Mission locale de l’agglomération rouennaise',
    criteria: [{ code: C.RSA, proofDaysBeforeDiagnosis: 75 }],
    lastFollowUpDaysAgo: 45,
  },
  /* 6 Nathalie */ {
    referredDaysAgo: 640,
    prescriber: PrescriberKind.FRANCE_TRAVAIL,
    prescriberOrganisation: 'France Travail Rouen Rive Gauche',
    criteria: [{ code: C.RSA, proofDaysBeforeDiagnosis: 10 }],
    contractDaysAgo: 600,
    host: 'habitat-76',
    placementHours: 380,
    attendanceRatio: 1,
    securingDaysAgo: 330,
    exam: [BlockResult.FULL, BlockResult.FULL, BlockResult.FULL],
    hire: { daysAgo: 250, landlord: 'habitat-76', type: HireContractType.CDI, checked6: true },
    exit: { daysAgo: 250, reason: ExitReason.CDI },
    lastFollowUpDaysAgo: 60,
  },
  /* 7 Youssef */ {
    referredDaysAgo: 560,
    prescriber: PrescriberKind.MISSION_LOCALE,
    prescriberOrganisation: 'Mission locale de l’agglomération rouennaise',
    criteria: [
      { code: C.YOUTH_UNDER_26, proofDaysBeforeDiagnosis: 5 },
      { code: C.QPV_RESIDENT, proofDaysBeforeDiagnosis: 30 },
    ],
    contractDaysAgo: 520,
    host: 'esh-estuaire',
    placementHours: 330,
    attendanceRatio: 0.92,
    securingDaysAgo: 240,
    exam: [BlockResult.FULL, BlockResult.FULL, BlockResult.PARTIAL],
    hire: { daysAgo: 186, landlord: 'esh-estuaire', type: HireContractType.CDI },
    lastFollowUpDaysAgo: 20,
  },
  /* 8 Céline */ {
    referredDaysAgo: 190,
    prescriber: PrescriberKind.CAP_EMPLOI,
    prescriberOrganisation: 'Cap emploi 76',
    criteria: [
      { code: C.DISABLED_WORKER, proofDaysBeforeDiagnosis: 40 },
      { code: C.SINGLE_PARENT, proofDaysBeforeDiagnosis: 20 },
    ],
    contractDaysAgo: 130,
    host: 'quevilly-residences',
    placementHours: 110,
    attendanceRatio: 0.88,
    lastFollowUpDaysAgo: 10,
  },
  /* 9 Bruno */ {
    referredDaysAgo: 420,
    prescriber: PrescriberKind.FRANCE_TRAVAIL,
    prescriberOrganisation: 'France Travail Grand-Quevilly',
    criteria: [
      { code: C.SENIOR_50_PLUS, proofDaysBeforeDiagnosis: 3 },
      { code: C.DELD_12_24_MONTHS, proofDaysBeforeDiagnosis: 20 },
    ],
    contractDaysAgo: 380,
    host: 'rouen-habitat',
    placementHours: 410,
    attendanceRatio: 0.97,
    lastFollowUpDaysAgo: 16,
  },
  /* 10 Aïcha */ {
    referredDaysAgo: 25,
    prescriber: PrescriberKind.CCAS,
    prescriberOrganisation: 'CCAS de Rouen',
    criteria: [
      { code: C.SINGLE_PARENT, proofDaysBeforeDiagnosis: 15 },
      { code: C.QPV_RESIDENT, proofDaysBeforeDiagnosis: 40 },
    ],
    lastFollowUpDaysAgo: 7,
  },
  /* 11 David */ {
    referredDaysAgo: 400,
    prescriber: PrescriberKind.PLIE,
    prescriberOrganisation: 'PLIE de la Métropole Rouen Normandie',
    criteria: [{ code: C.ASS, proofDaysBeforeDiagnosis: 20 }],
    contractDaysAgo: 350,
    host: 'logis-cauchois',
    placementHours: 290,
    attendanceRatio: 0.9,
    securingDaysAgo: 45,
    exam: [BlockResult.FULL, BlockResult.PARTIAL, BlockResult.NONE],
    lastFollowUpDaysAgo: 11,
  },
  /* 12 Laetitia */ {
    referredDaysAgo: 170,
    prescriber: PrescriberKind.DEPARTMENT,
    prescriberOrganisation: 'Département de Seine-Maritime — UTAS Rouen',
    criteria: [{ code: C.RSA, proofDaysBeforeDiagnosis: 40 }],
    contractDaysAgo: 100,
    host: 'seine-logis',
    placementHours: 70,
    attendanceRatio: 1,
    lastFollowUpDaysAgo: 5,
  },
  /* 13 Stéphane */ {
    referredDaysAgo: 300,
    prescriber: PrescriberKind.FRANCE_TRAVAIL,
    prescriberOrganisation: 'France Travail Rouen Saint-Sever',
    criteria: [{ code: C.DETLD_24_MONTHS, proofDaysBeforeDiagnosis: 30 }],
    contractDaysAgo: 240,
    host: 'normandie-foyers',
    // Few hours worked: the exit does not count (under 150 h for an AI).
    placementHours: 40,
    attendanceRatio: 0.6,
    exit: { daysAgo: 95, reason: ExitReason.MOVED_AWAY },
    lastFollowUpDaysAgo: 100,
  },
  /* 14 Océane */ {
    referredDaysAgo: 12,
    prescriber: PrescriberKind.MISSION_LOCALE,
    prescriberOrganisation: 'Mission locale de l’agglomération rouennaise',
    criteria: [
      { code: C.YOUTH_UNDER_26, proofDaysBeforeDiagnosis: 2 },
      { code: C.LOW_QUALIFICATION, proofDaysBeforeDiagnosis: 2 },
    ],
    lastFollowUpDaysAgo: 3,
  },
];

/** Host tutors at the landlords (at most three trainees each) and the structure's tutors. */
const HOST_TUTORS: Record<string, [string, string, string]> = {
  'rouen-habitat': ['Gérard', 'Dupuis', 'Gardien principal'],
  'seine-logis': ['Mireille', 'Laurent', 'Responsable de secteur'],
  'normandie-foyers': ['Hervé', 'Colin', 'Gardien'],
  'habitat-76': ['Sophie', 'Marchal', 'Gardienne'],
  'esh-estuaire': ['Yann', 'Le Goff', 'Gardien principal'],
  'quevilly-residences': ['Farid', 'Mansouri', 'Gardien'],
  'logis-cauchois': ['Annie', 'Thomas', 'Responsable de proximité'],
};

/**
 * Weekly 7-hour training sessions since the first contract of the cohort, 600 days ago (7 h × 50 weeks ≈ a contract's
 * 350 h), and 4 to come.
 */
const TRAINING_WEEKS = 90;
const TRAINING_SESSION_MINUTES = 7 * 60;

export async function insertDemoPathways(tx: EntityManager, ctx: DemoPathwayContext): Promise<void> {
  const { structureId, authorId, today } = ctx;
  const d = (daysAgo: number) => addDays(today, -daysAgo);
  const insert = sqlInserter(tx);
  const seeds = new DemoSeedRepository(tx.connection);
  const record = (personId: string) => ({ structure_id: structureId, person_id: personId, created_by_id: authorId });

  // Tutors.
  const structureTutors = [
    await insert('tutor', {
      structure_id: structureId,
      side: TutorSide.STRUCTURE,
      first_name: 'Patrick',
      last_name: 'Lemaire',
      job_title: 'Encadrant technique',
    }),
    await insert('tutor', {
      structure_id: structureId,
      side: TutorSide.STRUCTURE,
      first_name: 'Sylvie',
      last_name: 'Moreau',
      job_title: 'Encadrante technique',
    }),
  ];
  const hostTutors: Record<string, string> = {};
  for (const [slug, [first, last, job]] of Object.entries(HOST_TUTORS))
    hostTutors[slug] = await insert('tutor', {
      structure_id: structureId,
      side: TutorSide.HOST,
      first_name: first,
      last_name: last,
      job_title: job,
      partner_organisation_id: ctx.landlordIds[slug],
    });

  // Collective sessions: an information meeting a month ago, and weekly training sessions (86 past, 4 to come).
  const infoSession = await insert('collective_session', {
    structure_id: structureId,
    kind: SessionKind.INFORMATION,
    title: 'Réunion d’information — métier de gardien·ne d’immeuble',
    session_date: d(30),
    planned_minutes: 180,
    created_by_id: authorId,
  });
  const trainingSessions: { id: string; date: string }[] = [];
  for (let w = 0; w < TRAINING_WEEKS; w++) {
    const date = d(7 * (TRAINING_WEEKS - 4 - w));
    trainingSessions.push({
      id: await insert('collective_session', {
        structure_id: structureId,
        kind: SessionKind.TRAINING,
        title: `Formation gardien·ne d’immeuble — séance ${w + 1}`,
        training_body: 'AFPOLS',
        session_date: date,
        planned_minutes: TRAINING_SESSION_MINUTES,
        certification_block_id: AFPOLS_BLOCKS[w % 3],
        created_by_id: authorId,
      }),
      date,
    });
  }

  for (const [i, story] of STORIES.entries()) {
    const personId = ctx.personIds[i];
    const r = record(personId);
    const referredOn = d(story.referredDaysAgo);
    const diagnosedOn = addDays(referredOn, 5);

    await insert('referral', {
      ...r,
      prescriber_kind: story.prescriber,
      prescriber_organisation: story.prescriberOrganisation,
      prescriber_contact_name: 'Conseiller·ère référent·e',
      referred_on: referredOn,
    });
    await seeds.recordInformationAndConsent(personId, referredOn, tx);
    const diagnosisId = await insert('eligibility_diagnosis', {
      ...r,
      author: DiagnosisAuthor.PRESCRIBER,
      author_name: story.prescriberOrganisation,
      diagnosed_on: diagnosedOn,
      valid_until: diagnosisValidUntil(DiagnosisAuthor.PRESCRIBER, diagnosedOn),
    });
    for (const c of story.criteria)
      await insert('eligibility_criterion', {
        structure_id: structureId,
        diagnosis_id: diagnosisId,
        code: c.code,
        proof_reference: 'Justificatif vu et copié au dossier',
        proof_date: addDays(diagnosedOn, -c.proofDaysBeforeDiagnosis),
      });
    await insert('stage_transition', {
      ...r,
      from_stage: null,
      to_stage: PathwayStage.RECRUITMENT,
      effective_on: referredOn,
      reason: 'Orientation reçue',
    });
    await insert('pathway_event', {
      ...r,
      kind: PathwayEventKind.SELECTION_INTERVIEW,
      occurred_on: addDays(referredOn, 10),
      title: 'Entretien de sélection',
      notes: 'Motivation confirmée pour le métier de gardien·ne.',
      confidential: false,
    });
    await insert('pathway_event', {
      ...r,
      kind: PathwayEventKind.FOLLOW_UP_INTERVIEW,
      occurred_on: d(story.lastFollowUpDaysAgo),
      title: 'Entretien de suivi',
      notes: 'Point sur le parcours et les démarches en cours.',
      confidential: false,
    });
    if (story.confidentialNote)
      await insert('pathway_event', {
        ...r,
        kind: PathwayEventKind.FOLLOW_UP_INTERVIEW,
        occurred_on: d(story.lastFollowUpDaysAgo + 20),
        title: 'Entretien de suivi (confidentiel)',
        notes: story.confidentialNote,
        confidential: true,
      });

    if (story.contractDaysAgo === undefined) {
      // Still in recruitment: information meeting, and a work situation for some.
      await insert('session_attendance', { ...r, session_id: infoSession, minutes_attended: 180 });
      if (i === 3)
        await insert('immersion', {
          ...r,
          host_organisation_id: ctx.landlordIds['rouen-habitat'],
          host_name: 'Rouen Habitat',
          host_tutor_name: 'Gérard Dupuis',
          objective: ImmersionObjective.CONFIRM_PROJECT,
          start_date: d(20),
          end_date: d(7),
        });
      if (i === 10)
        await insert('mission', {
          ...r,
          kind: MissionKind.TEST,
          host_organisation_id: ctx.landlordIds['seine-logis'],
          site: 'Résidence Les Sapins, Rouen',
          start_date: d(10),
          end_date: d(8),
          minutes: 21 * 60,
        });
      continue;
    }

    // Admitted: decision, contract, PASS IAE, target certification, tutors.
    const contractStart = d(story.contractDaysAgo);
    await insert('admission_decision', {
      ...r,
      decided_on: addDays(contractStart, -7),
      outcome: AdmissionOutcome.ADMITTED,
      comment: 'Projet validé après immersion.',
    });
    await insert('employment_contract', {
      ...r,
      kind: EmploymentContractKind.CDD_USAGE,
      start_date: contractStart,
      end_date: story.exit ? d(story.exit.daysAgo) : null,
      weekly_minutes: 26 * 60,
    });
    const passStart = story.passEndsInDays !== undefined ? addDays(today, story.passEndsInDays - 729) : contractStart;
    await insert('pass_iae', {
      ...r,
      number: `9999${String(24000000 + i * 7919).slice(0, 8)}`,
      start_date: passStart,
      end_date: passEndDate(passStart, [], []),
    });
    await seeds.setTargetCertification(personId, CERTIFICATION_IDS.afpolsGardien, tx);
    await insert('tutoring', {
      ...r,
      tutor_id: structureTutors[i % 2],
      start_date: contractStart,
      end_date: story.exit ? d(story.exit.daysAgo) : null,
    });
    if (story.host)
      await insert('tutoring', {
        ...r,
        tutor_id: hostTutors[story.host],
        start_date: addDays(contractStart, 14),
        end_date: story.exit ? d(story.exit.daysAgo) : null,
      });
    await insert('stage_transition', {
      ...r,
      from_stage: PathwayStage.RECRUITMENT,
      to_stage: PathwayStage.TRAINING,
      effective_on: contractStart,
      reason: null,
    });

    // Placements at the host landlord, in monthly missions of at most 70 h, before the exit for those who left.
    if (story.host && story.placementHours) {
      let left = story.placementHours * 60;
      let month = 0;
      while (left > 0) {
        const minutes = Math.min(left, 70 * 60);
        const end = addDays(today, -((story.exit?.daysAgo ?? 0) + 10 + 30 * month));
        await insert('mission', {
          ...r,
          kind: MissionKind.PLACEMENT,
          host_organisation_id: ctx.landlordIds[story.host],
          site: 'Patrimoine du bailleur, Rouen',
          start_date: addDays(end, -25),
          end_date: end,
          minutes,
        });
        left -= minutes;
        month += 1;
      }
    }

    // Training attendance for the sessions held since the contract started (and registration to the ones to come).
    for (const s of trainingSessions) {
      if (s.date < contractStart || (story.exit && s.date > d(story.exit.daysAgo))) continue;
      const past = s.date <= today;
      const attended = past ? Math.round((TRAINING_SESSION_MINUTES * (story.attendanceRatio ?? 1)) / 30) * 30 : 0;
      await insert('session_attendance', {
        ...r,
        session_id: s.id,
        minutes_attended: attended,
        absence:
          past && attended < TRAINING_SESSION_MINUTES
            ? story.attendanceRatio! < 0.7
              ? AbsenceKind.UNJUSTIFIED
              : AbsenceKind.JUSTIFIED
            : null,
      });
    }

    // Skills evaluations: two rounds per block, showing progress.
    for (const [b, blockId] of AFPOLS_BLOCKS.entries()) {
      await insert('skills_evaluation', {
        ...r,
        block_id: blockId,
        level: SkillLevel.BEGINNING,
        evaluated_on: addDays(contractStart, 30 + b * 5),
        evaluator_name: 'Patrick Lemaire',
      });
      if (story.contractDaysAgo > 90)
        await insert('skills_evaluation', {
          ...r,
          block_id: blockId,
          level: story.exam ? SkillLevel.ACQUIRED : SkillLevel.PROGRESSING,
          evaluated_on: addDays(contractStart, 90 + b * 5),
          evaluator_name: HOST_TUTORS[story.host ?? 'rouen-habitat'].slice(0, 2).join(' '),
        });
    }
    await insert('pathway_event', {
      ...r,
      kind: PathwayEventKind.TUTOR_MEETING,
      occurred_on: addDays(contractStart, 45),
      title: 'Rencontre tutorale à trois',
      notes: 'Objectifs du semestre fixés avec le tuteur du bailleur.',
      confidential: false,
    });

    if (story.securingDaysAgo !== undefined) {
      await insert('stage_transition', {
        ...r,
        from_stage: PathwayStage.TRAINING,
        to_stage: PathwayStage.SECURING,
        effective_on: d(story.securingDaysAgo),
        reason: null,
      });
      await insert('pathway_event', {
        ...r,
        kind: PathwayEventKind.INTERVIEW_SIMULATION,
        occurred_on: d(story.securingDaysAgo - 10),
        title: 'Simulation d’entretien d’embauche',
        notes: 'Bonne présentation ; préparer des exemples de gestion de conflit.',
        confidential: false,
      });
    }
    if (story.exam) {
      const examId = await insert('exam_session', {
        ...r,
        certification_id: CERTIFICATION_IDS.afpolsGardien,
        session_date: d((story.securingDaysAgo ?? 60) - 20),
        centre: 'AFPOLS — centre de Rouen',
      });
      for (const [b, result] of story.exam.entries())
        await insert('exam_result', {
          structure_id: structureId,
          exam_session_id: examId,
          block_id: AFPOLS_BLOCKS[b],
          result,
        });
    }
    if (story.hire) {
      const hireStart = d(story.hire.daysAgo);
      const hireId = await insert('hire', {
        ...r,
        employer_organisation_id: ctx.landlordIds[story.hire.landlord],
        employer_name: story.hire.landlord,
        contract_type: story.hire.type,
        start_date: hireStart,
        weekly_minutes: 35 * 60,
        job_title: 'Gardien·ne d’immeuble',
      });
      await seeds.copyHireEmployerName(hireId, tx);
      await insert('pathway_event', {
        ...r,
        kind: PathwayEventKind.ONBOARDING_FOLLOW_UP,
        occurred_on: addDays(hireStart, 30),
        title: 'Suivi d’intégration chez l’employeur',
        notes: 'Prise de poste réussie ; échange avec le responsable de secteur.',
        confidential: false,
      });
      if (story.hire.checked6)
        await insert('retention_check', {
          ...r,
          hire_id: hireId,
          months_after: 6,
          checked_on: addMonths(hireStart, 6),
          still_employed: true,
          comment: 'Toujours en poste, CDI confirmé.',
        });
    }
    if (story.exit) {
      const exitDate = d(story.exit.daysAgo);
      const reason = EXIT_REASONS[story.exit.reason];
      // The presence figures are computed by the refresh at the end of the seed, as the application computes them.
      await insert('pathway_exit', {
        ...r,
        exit_date: exitDate,
        reason: story.exit.reason,
        category: reason.category,
        counts: false,
        presence_explanation: '',
        contract_start: null,
        minutes_worked: 0,
      });
      await insert('stage_transition', {
        ...r,
        from_stage: story.securingDaysAgo !== undefined ? PathwayStage.SECURING : PathwayStage.TRAINING,
        to_stage: PathwayStage.EXITED,
        effective_on: exitDate,
        reason: reason.label,
      });
    }
  }
}
