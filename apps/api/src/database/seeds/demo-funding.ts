import type { EntityManager } from 'typeorm';
import {
  addDays,
  addMonths,
  ContractBreakReason,
  ContractCerfaKind,
  ContractForm,
  ContractPublic,
  ContractStatus,
  DEFAULT_OPCO_HOURLY_RATE_CENTS,
  FseExitSituation,
  FseGender,
  FseIscedLevel,
  FseLabourMarketStatus,
  FseSituation,
  FunderKind,
  FundingIndicator,
  FundingSourceKind,
  OpcoDecisionKind,
  TutorSide,
} from '@tremplin/domain';
import { CERTIFICATION_IDS } from '../reference/certifications';
import { DemoSeedRepository } from './demo-seed.repository';
import { sqlInserter } from './seed-sql';

/**
 * The Rouen cohort's contrats de professionnalisation (12 months, 350 training hours at AFPOLS, OPCO Cohésion sociale)
 * and the funders behind the pathway: the OPCO pays the training hours, the FSE+ and the city policy share the
 * counsellors' time and the costs, the DDETS (FDI) funds the mission hours. Every contract state and contract alert
 * shows: Mamadou's contract is a draft due for deposit, Laetitia's waits for the OPCO's decision, Julien is behind on
 * his training, David's contract ends in two weeks, Céline's was broken ten days ago and her follow-up is open.
 */
export interface DemoFundingContext {
  structureId: string;
  authorId: string;
  /** The counsellors whose time sheets are charged to agreements. */
  counsellorIds: string[];
  personIds: string[];
  today: string;
}

type ContractPlan =
  | { state: 'ACTIVE' | 'COMPLETED' }
  | { state: 'BROKEN'; daysAgo: number; reason: ContractBreakReason; comment: string; closed: boolean }
  | { state: 'SUBMITTED'; startDaysAgo: number; submittedDaysAgo: number }
  | { state: 'DRAFT'; startInDays: number };

/** Person index → contract (admitted persons; Mamadou is about to be). */
const CONTRACTS: Record<number, ContractPlan> = {
  0: { state: 'ACTIVE' },
  1: { state: 'ACTIVE' },
  2: { state: 'ACTIVE' },
  3: { state: 'DRAFT', startInDays: 3 },
  4: { state: 'ACTIVE' },
  6: {
    state: 'BROKEN',
    daysAgo: 251,
    reason: ContractBreakReason.PERMANENT_HIRE_ELSEWHERE,
    comment: 'Embauchée en CDI par Habitat 76.',
    closed: true,
  },
  7: {
    state: 'BROKEN',
    daysAgo: 187,
    reason: ContractBreakReason.PERMANENT_HIRE_ELSEWHERE,
    comment: 'Embauché en CDI par ESH de l’Estuaire.',
    closed: true,
  },
  8: {
    state: 'BROKEN',
    daysAgo: 10,
    reason: ContractBreakReason.MUTUAL_AGREEMENT,
    comment: 'Souhaite se réorienter vers le métier d’agent·e d’entretien.',
    closed: false,
  },
  9: { state: 'COMPLETED' },
  11: { state: 'ACTIVE' },
  12: { state: 'SUBMITTED', startDaysAgo: 20, submittedDaysAgo: 17 },
  13: {
    state: 'BROKEN',
    daysAgo: 95,
    reason: ContractBreakReason.OTHER,
    comment: 'Déménagement hors de la métropole.',
    closed: true,
  },
};

/** FSE+ entry data per person index (gender, status, ISCED); a few gaps show the completeness view. */
const FSE: Record<number, [FseGender, FseLabourMarketStatus | null, FseIscedLevel | null, FseSituation[] | null]> = {
  0: [FseGender.WOMAN, FseLabourMarketStatus.LONG_TERM_UNEMPLOYED, FseIscedLevel.ISCED_0_2, []],
  1: [FseGender.MAN, FseLabourMarketStatus.UNEMPLOYED, FseIscedLevel.ISCED_3_4, []],
  2: [FseGender.WOMAN, FseLabourMarketStatus.LONG_TERM_UNEMPLOYED, FseIscedLevel.ISCED_0_2, [FseSituation.RURAL_AREA]],
  4: [FseGender.WOMAN, FseLabourMarketStatus.INACTIVE, null, []],
  6: [FseGender.WOMAN, FseLabourMarketStatus.LONG_TERM_UNEMPLOYED, FseIscedLevel.ISCED_0_2, []],
  7: [FseGender.MAN, FseLabourMarketStatus.UNEMPLOYED, FseIscedLevel.ISCED_0_2, [FseSituation.THIRD_COUNTRY_NATIONAL]],
  8: [FseGender.WOMAN, FseLabourMarketStatus.LONG_TERM_UNEMPLOYED, FseIscedLevel.ISCED_3_4, null],
  9: [FseGender.MAN, FseLabourMarketStatus.LONG_TERM_UNEMPLOYED, FseIscedLevel.ISCED_0_2, []],
  11: [FseGender.MAN, FseLabourMarketStatus.LONG_TERM_UNEMPLOYED, FseIscedLevel.ISCED_3_4, []],
  12: [
    FseGender.WOMAN,
    FseLabourMarketStatus.INACTIVE,
    FseIscedLevel.ISCED_0_2,
    [FseSituation.HOMELESS_OR_HOUSING_EXCLUSION],
  ],
  13: [FseGender.MAN, FseLabourMarketStatus.UNEMPLOYED, FseIscedLevel.ISCED_0_2, []],
};

const TRAINING_MINUTES = 350 * 60;
const FULL_TIME_MINUTES = 35 * 60;
/** Monthly gross pay at the SMIC for 35 h (1 801,80 €), in cents. */
const PAY_CENTS = 180_180;
/** Loaded hourly cost of a counsellor (pay and charges), in cents. */
const COUNSELLOR_HOURLY_COST_CENTS = 3_150;

export async function insertDemoFunding(tx: EntityManager, ctx: DemoFundingContext): Promise<void> {
  const { structureId, authorId, today } = ctx;
  const d = (daysAgo: number) => addDays(today, -daysAgo);
  const insert = sqlInserter(tx);
  const seeds = new DemoSeedRepository(tx.connection);
  const owned = { structure_id: structureId, created_by_id: authorId };

  // Funders and this year's agreements.
  const opco = await insert('funder', {
    ...owned,
    kind: FunderKind.OPCO,
    name: 'OPCO Cohésion sociale',
    hourly_rate_cents: DEFAULT_OPCO_HOURLY_RATE_CENTS,
    contact_email: 'alternance@opco-cs.demo',
  });
  const fse = await insert('funder', { ...owned, kind: FunderKind.FSE_PLUS, name: 'FSE+ — DREETS Normandie' });
  const fdi = await insert('funder', { ...owned, kind: FunderKind.DDETS_FDI, name: 'DDETS de la Seine-Maritime' });
  const city = await insert('funder', {
    ...owned,
    kind: FunderKind.CITY_POLICY,
    name: 'Métropole Rouen Normandie — politique de la ville',
  });
  const period = { start_date: d(400), end_date: addDays(today, 200) };
  const agreement = (row: Record<string, unknown>) => insert('funding_agreement', { ...owned, ...period, ...row });
  const opcoAgreement = await agreement({
    funder_id: opco,
    reference: 'OPCO-CS-2026-GARDIENS',
    title: 'Contrats de professionnalisation — gardien·nes d’immeuble',
    amount_granted_cents: 10 * 350 * DEFAULT_OPCO_HOURLY_RATE_CENTS,
    co_financing_rate_bp: 10_000,
    hourly_rate_cents: DEFAULT_OPCO_HOURLY_RATE_CENTS,
    source_kinds: [FundingSourceKind.TRAINING_ATTENDANCE],
    scope: 'Heures de formation réalisées et justifiées des contrats de professionnalisation (forfait 9,15 €/h).',
    indicators: [FundingIndicator.TRAINING_HOURS, FundingIndicator.OPCO_AMOUNT],
  });
  const fseAgreement = await agreement({
    funder_id: fse,
    reference: 'FSE-2026-NOR-IAE-0421',
    title: 'Parcours qualifiants vers les métiers du logement social',
    amount_granted_cents: 4_800_000,
    co_financing_rate_bp: 6_000,
    hourly_rate_cents: null,
    source_kinds: [FundingSourceKind.STAFF_TIME, FundingSourceKind.EXPENSE],
    scope: 'Accompagnement socioprofessionnel des salarié·es en parcours, métropole de Rouen.',
    indicators: [
      FundingIndicator.PARTICIPANTS,
      FundingIndicator.FSE_PARTICIPANT_DATA,
      FundingIndicator.EXITS_BY_CATEGORY,
      FundingIndicator.BUDGET_CONSUMED,
    ],
  });
  const fdiAgreement = await agreement({
    funder_id: fdi,
    reference: 'FDI-76-2026-017',
    title: 'Fonds départemental d’insertion — mises à disposition chez les bailleurs',
    amount_granted_cents: 4_000_000,
    co_financing_rate_bp: 10_000,
    hourly_rate_cents: 1_200,
    source_kinds: [FundingSourceKind.MISSION],
    scope: 'Heures de mise à disposition encadrées chez les bailleurs sociaux partenaires.',
    indicators: [FundingIndicator.ENTRIES, FundingIndicator.EXITS_BY_CATEGORY, FundingIndicator.DYNAMIC_EXIT_RATE],
  });
  const cityAgreement = await agreement({
    funder_id: city,
    reference: 'PV-MRN-2026-GARDIENS',
    title: 'Contrat de ville — accès à l’emploi des habitant·es des quartiers',
    amount_granted_cents: 1_200_000,
    co_financing_rate_bp: 10_000,
    hourly_rate_cents: null,
    source_kinds: [FundingSourceKind.STAFF_TIME, FundingSourceKind.EXPENSE],
    scope: 'Accompagnement des habitant·es des quartiers prioritaires vers les métiers de gardien·ne.',
    indicators: [FundingIndicator.PARTICIPANTS, FundingIndicator.HIRES],
  });

  // Contracts, from each admitted person's tutors and start date.
  const tutors = await seeds.tutorsOf(structureId, tx);
  const tutorOf = (personId: string, side: TutorSide) =>
    tutors.find((t) => t.person_id === personId && t.side === side)?.tutor_id ?? null;
  const starts = await seeds.employmentContractStarts(structureId, tx);
  const siret = await seeds.structureSiret(structureId, tx);
  const [anyStructureTutor] = tutors.filter((t) => t.side === TutorSide.STRUCTURE);

  for (const [key, plan] of Object.entries(CONTRACTS)) {
    const i = Number(key);
    const personId = ctx.personIds[i];
    const start =
      plan.state === 'DRAFT'
        ? addDays(today, plan.startInDays)
        : plan.state === 'SUBMITTED'
          ? d(plan.startDaysAgo)
          : starts.find((s) => s.person_id === personId)!.start_date;
    const end = addDays(addMonths(start, 12), -1);
    const deposited = plan.state !== 'DRAFT';
    const decided = deposited && plan.state !== 'SUBMITTED';
    const contractId = await insert('professionalisation_contract', {
      ...owned,
      person_id: personId,
      status: ContractStatus[plan.state],
      cerfa_kind: ContractCerfaKind.INITIAL,
      form: ContractForm.CDD,
      public_category: ContractPublic.LONG_TERM_JOBSEEKER,
      employer_siret: siret,
      workplace_siret: siret,
      collective_agreement: null,
      job_title: 'Gardien·ne d’immeuble',
      france_travail_id: `${String(4_100_000 + i * 137)}R`,
      start_date: start,
      end_date: end,
      trial_period_days: 30,
      weekly_minutes: FULL_TIME_MINUTES,
      gross_monthly_pay_cents: PAY_CENTS,
      certification_id: CERTIFICATION_IDS.afpolsGardien,
      training_body_name: 'AFPOLS',
      planned_training_minutes: TRAINING_MINUTES,
      structure_tutor_id: tutorOf(personId, TutorSide.STRUCTURE) ?? anyStructureTutor.tutor_id,
      // Mamadou's host is not chosen yet: his draft shows the double-tutoring check.
      host_tutor_id: tutorOf(personId, TutorSide.HOST),
      host_tutor_experience_months: tutorOf(personId, TutorSide.HOST) ? 72 : null,
      opco_funder_id: opco,
      opco_file_number: decided ? `CS-76-${start.slice(0, 4)}-${String(1000 + i)}` : null,
      submitted_on: deposited ? (plan.state === 'SUBMITTED' ? d(plan.submittedDaysAgo) : addDays(start, 3)) : null,
      opco_decision: decided ? OpcoDecisionKind.ACCEPTED : null,
      opco_decided_on: decided ? addDays(start, 15) : null,
      completed_on: plan.state === 'COMPLETED' ? end : null,
      broken_on: plan.state === 'BROKEN' ? d(plan.daysAgo) : null,
      break_reason: plan.state === 'BROKEN' ? plan.reason : null,
      break_comment: plan.state === 'BROKEN' ? plan.comment : null,
    });
    if (plan.state === 'BROKEN')
      await insert('contract_break_follow_up', {
        ...owned,
        person_id: personId,
        contract_id: contractId,
        due_on: d(plan.daysAgo - 15),
        opco_informed_on: plan.closed ? d(plan.daysAgo - 3) : null,
        reorientation: plan.closed ? plan.comment : null,
        closed_on: plan.closed ? d(plan.daysAgo - 5) : null,
      });
  }

  // The OPCO pays the training hours attended under each contract (within the contract, up to its break).
  await seeds.allocateContractTrainingAttendance(
    structureId,
    authorId,
    opcoAgreement,
    FundingSourceKind.TRAINING_ATTENDANCE,
    period.start_date,
    period.end_date,
    tx,
  );
  // The FDI pays the mission hours of the period.
  await seeds.allocateMissions(
    structureId,
    authorId,
    fdiAgreement,
    FundingSourceKind.MISSION,
    period.start_date,
    period.end_date,
    tx,
  );

  // Counsellors' time sheets (one 7-hour line a week each for 12 weeks), shared 60 % FSE+ / 40 % city policy.
  await seeds.insertCounsellorTimeSheets(
    structureId,
    authorId,
    today,
    COUNSELLOR_HOURLY_COST_CENTS,
    ctx.counsellorIds,
    tx,
  );
  for (const [agreementId, bp] of [
    [fseAgreement, 6_000],
    [cityAgreement, 4_000],
  ] as const)
    await seeds.allocateStaffTime(structureId, authorId, agreementId, FundingSourceKind.STAFF_TIME, bp, tx);

  // Costs, shared half and half.
  for (const [label, cents, daysAgo, proof] of [
    ['Tenues de travail et équipements de protection', 184_000, 150, 'FAC-2026-0142'],
    ['Location de la salle de formation (trimestre)', 240_000, 60, 'FAC-2026-0388'],
    ['Titres de transport des salarié·es en parcours', 96_050, 30, 'FAC-2026-0411'],
  ] as const) {
    const expense = await insert('expense', {
      ...owned,
      incurred_on: d(daysAgo),
      label,
      amount_cents: cents,
      proof_reference: proof,
    });
    const half = Math.floor(cents / 2);
    for (const [agreementId, quantity] of [
      [fseAgreement, half],
      [cityAgreement, cents - half],
    ] as const)
      await insert('funding_allocation', {
        ...owned,
        agreement_id: agreementId,
        source_kind: FundingSourceKind.EXPENSE,
        expense_id: expense,
        quantity,
      });
  }

  // FSE+ participants: entry data at the contract's start; exit data for those who left; six months when due.
  const exits = await seeds.pathwayExits(structureId, tx);
  const births = await seeds.birthYears(structureId, tx);
  for (const [key, [gender, status, isced, situations]] of Object.entries(FSE)) {
    const personId = ctx.personIds[Number(key)];
    const entry = starts.find((s) => s.person_id === personId)!.start_date;
    const exit = exits.find((e) => e.person_id === personId);
    await insert('fse_participant', {
      ...owned,
      person_id: personId,
      agreement_id: fseAgreement,
      entry_date: entry,
      gender,
      labour_market_status: status,
      isced_level: isced,
      situations: situations ?? [],
      situations_answered: situations === null ? null : true,
      birth_year: births.find((b) => b.id === personId)!.year,
      exit_date: exit?.exit_date ?? null,
      exit_situation: exit ? (exit.reason === 'CDI' ? FseExitSituation.EMPLOYED : FseExitSituation.INACTIVE) : null,
      // No six-month data yet: Nathalie's is due (she left 8 months ago), so the completeness view lists it.
    });
  }
}
